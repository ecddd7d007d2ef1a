"""Shared pieces for the opvang tests: a small valid instrument definition to vary, and a vault
with the opvang tables, a clock and a household to admit."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from opvang.consent import Gezag, GezagKind
from opvang.intake_form import AdultForm, ChildForm, IntakeForm
from opvang.locations import LocationService
from opvang.records import IntakeKind, ReferralSource, SchoolContact
from opvang.schema import OPVANG_SCHEMA
from secure_store.clock import ManualClock
from secure_store.session import Session
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES

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


# -- a vault with the opvang tables, a household intake, an advancing clock ------------------


INTAKE_AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    """The clock of the opvang vault: intake day, 10:00 UTC."""
    return ManualClock(INTAKE_AT)


@pytest.fixture
def ov_vault(vault_dir: Path, clock: ManualClock) -> Vault:
    return Vault.open(vault_dir, schemas=[OPVANG_SCHEMA], clock=clock, sleep=lambda _: None)


@pytest.fixture
def as_user(ov_vault: Vault) -> Callable[[str], Session]:
    def _as(name: str) -> Session:
        return ov_vault.unlock(name, PASSPHRASES[name])

    return _as


@pytest.fixture
def worker(as_user: Callable[[str], Session]) -> Session:
    """A session of the opvang worker."""
    return as_user("opvang")


@pytest.fixture
def location_id(worker: Session) -> str:
    return LocationService(worker).add("Huis De Linde", "Geheimelaan 7, 9999 ZZ Verborgen").id


@pytest.fixture
def household_form(location_id: str) -> Callable[..., IntakeForm]:
    """The test household, optionally with childcare for the 2-year-old."""
    return lambda toddler_childcare="": _household_form(location_id, toddler_childcare)


def _household_form(location_id: str, toddler_childcare: str) -> IntakeForm:
    """Two adults and children of 2, 9 and 14 on the intake day (2 March 2026)."""
    both = Gezag(GezagKind.BOTH_PARENTS)
    return IntakeForm(
        kind=IntakeKind.CRISIS,
        intake_at=INTAKE_AT,
        planned_end=None,
        location_id=location_id,
        referral=ReferralSource.VEILIG_THUIS,
        referral_detail="Veilig Thuis Regio Test",
        adults=(
            AdultForm("Marieke", "Testvrouw", date(1990, 6, 1), "Rust en een eigen woning."),
            AdultForm("Ans", "Testvrouw", date(1962, 1, 15), "Steun voor mijn dochter."),
        ),
        children=(
            ChildForm(
                "Pim", "Testkind", date(2023, 11, 20), "Veilig slapen.", childcare=toddler_childcare,
                gezag=both,
            ),
            ChildForm(
                "Lotte", "Testkind", date(2016, 9, 1), "Naar school blijven gaan.",
                school=SchoolContact("Basisschool De Regenboog", "juf Anja", "010-1234567"),
                gezag=both,
            ),
            ChildForm(
                "Sem", "Testkind", date(2011, 5, 12), "Praten met iemand.",
                school=SchoolContact("Het Lyceum", "mentor Kees", "mentor@lyceum.example"),
                gezag=Gezag(GezagKind.ONE_PARENT, "moeder"),
            ),
        ),
    )  # fmt: skip
