"""Shared pieces for the opvang tests: a small valid instrument definition to vary."""

from __future__ import annotations

import copy
from typing import Any

import pytest

_MINIMAL: dict[str, Any] = {
    "schema": 1,
    "id": "test-instrument",
    "name": {"nl": "Testlijst", "en": "Test list"},
    "version": "1",
    "languages": ["nl", "en"],
    "translation_status": {"nl": "original", "en": "working_translation"},
    "respondent": "self",
    "age": {"min_years": 8, "max_years": 12},
    "licence": {
        "text": "Eigen werk van de organisatie.",
        "source": "Testorganisatie",
        "citation": "Testorganisatie (2024). Testlijst.",
        "redistribution_allowed": False,
    },
    "scales": {
        "ja_nee": [
            {"value": 0, "label": {"nl": "Nee", "en": "No"}},
            {"value": 1, "label": {"nl": "Ja", "en": "Yes"}},
        ],
        "nul_twee": [
            {"value": 0, "label": {"nl": "Nooit", "en": "Never"}},
            {"value": 1, "label": {"nl": "Soms", "en": "Sometimes"}},
            {"value": 2, "label": {"nl": "Vaak", "en": "Often"}},
        ],
    },
    "sections": [
        {"id": "poort", "instruction": {"nl": "Eerst dit.", "en": "First this."}},
        {"id": "klachten", "instruction": {"nl": "Hoe vaak?", "en": "How often?"}},
    ],
    "items": [
        {
            "id": "p",
            "section": "poort",
            "scale": "ja_nee",
            "text": {"nl": "Gebeurd?", "en": "Happened?"},
        },
        {"id": "a", "section": "klachten", "scale": "nul_twee", "text": {"nl": "A?", "en": "A?"}},
        {"id": "b", "section": "klachten", "scale": "nul_twee", "text": {"nl": "B?", "en": "B?"}},
        {"id": "c", "section": "klachten", "scale": "nul_twee", "text": {"nl": "C?", "en": "C?"}},
        {"id": "d", "section": "klachten", "scale": "nul_twee", "text": {"nl": "D?", "en": "D?"}},
        {
            "id": "x",
            "section": "klachten",
            "scale": "ja_nee",
            "text": {"nl": "Extra", "en": "Extra"},
        },
    ],
    "scoring": {
        "total_items": ["a", "b", "c", "d"],
        "subscales": [
            {"id": "ab", "name": {"nl": "AB", "en": "AB"}, "items": ["a", "b"]},
            {"id": "cd", "name": {"nl": "CD", "en": "CD"}, "items": ["c", "d"]},
        ],
        "gate": {"items": ["p"], "closed_value": 0},
        "prorating": {"max_missing": 1},
    },
    "cutoffs": [
        {
            "id": "laag",
            "min_score": 3,
            "positive": False,
            "interpretation": {"nl": "Let op.", "en": "Watch."},
        },
        {
            "id": "hoog",
            "min_score": 6,
            "positive": True,
            "interpretation": {"nl": "Verwijzen.", "en": "Refer."},
        },
    ],
    "below_cutoffs": {"nl": "Niets bijzonders.", "en": "Nothing of note."},
}


@pytest.fixture
def definition() -> dict[str, Any]:
    """A fresh copy of a small, valid definition (prorating allowed, gate, two cut-offs)."""
    return copy.deepcopy(_MINIMAL)
