"""Trauma screening instruments as data: the model, and loading definitions from JSON.

Definitions live in ``resources/instruments/*.json`` (shipped, only where the licence allows
redistribution) or in a folder of the organisation's own (:func:`load_instruments_from`).
Every definition is validated here; :mod:`opvang.instrument_schema` builds the values.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import resources
from opvang.errors import InstrumentDefinitionError
from opvang.json_source import SchemaProblem, line_of

LocalText = Mapping[str, str]
"""A text per language code (``"nl"``, ``"en"``, ...)."""


class Respondent(enum.Enum):
    """Who fills in the instrument."""

    SELF = "self"
    CAREGIVER = "caregiver"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {Respondent.SELF: "zelfrapportage", Respondent.CAREGIVER: "ouder/verzorger"}[self]


class TranslationStatus(enum.Enum):
    """How far a language version of the item texts can be trusted."""

    ORIGINAL = "original"
    OFFICIAL_TRANSLATION = "official_translation"
    WORKING_TRANSLATION = "working_translation"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            TranslationStatus.ORIGINAL: "originele tekst",
            TranslationStatus.OFFICIAL_TRANSLATION: "officiële vertaling",
            TranslationStatus.WORKING_TRANSLATION: "werkvertaling (niet officieel gevalideerd)",
        }[self]


@dataclass(frozen=True)
class ScaleOption:
    """One answer on a scale: the value that is scored and its label per language."""

    value: int
    label: LocalText


@dataclass(frozen=True)
class Scale:
    """An answer scale such as never (0) … almost always (3), or no (0) / yes (1)."""

    id: str
    options: tuple[ScaleOption, ...]

    @property
    def values(self) -> frozenset[int]:
        """The values an answer may take."""
        return frozenset(o.value for o in self.options)


@dataclass(frozen=True)
class Section:
    """A part of the form with its own instruction (events, symptoms, impairment)."""

    id: str
    instruction: LocalText


@dataclass(frozen=True)
class Item:
    """One question."""

    id: str
    section: str
    scale: str
    text: LocalText


@dataclass(frozen=True)
class Subscale:
    """A named sum of some items (e.g. a DSM-5 symptom cluster)."""

    id: str
    name: LocalText
    items: tuple[str, ...]


@dataclass(frozen=True)
class Gate:
    """Items that open the rest of the form: when every one has ``closed_value`` (e.g. no
    trauma exposure), the screen total is 0 and the scored items are not asked."""

    items: tuple[str, ...]
    closed_value: int


@dataclass(frozen=True)
class Scoring:
    """How answers become scores.

    Attributes:
        total_items: Items summed into the total (the others are context, e.g. an event list).
        subscales: Optional partial sums.
        gate: Optional exposure question(s), see :class:`Gate`.
        max_missing: How many scored items may be missing and prorated; 0 refuses any gap.
    """

    total_items: tuple[str, ...]
    subscales: tuple[Subscale, ...]
    gate: Gate | None
    max_missing: int


@dataclass(frozen=True)
class Cutoff:
    """A threshold: a total of ``min_score`` or more reaches it."""

    id: str
    min_score: int
    positive: bool
    interpretation: LocalText


@dataclass(frozen=True)
class Licence:
    """Under what terms the definition may be used and passed on."""

    text: str
    source: str
    citation: str
    redistribution_allowed: bool


@dataclass(frozen=True)
class Instrument:
    """A screening instrument: items, scales, scoring, cut-offs, who it is for, its licence.

    ``notes`` carries cautions for the user, such as which texts are a working translation.
    """

    id: str
    name: LocalText
    version: str
    languages: tuple[str, ...]
    translation_status: Mapping[str, TranslationStatus]
    respondent: Respondent
    min_age: int
    max_age: int | None
    licence: Licence
    scales: tuple[Scale, ...]
    sections: tuple[Section, ...]
    items: tuple[Item, ...]
    scoring: Scoring
    cutoffs: tuple[Cutoff, ...]
    below_cutoffs: LocalText
    notes: str = ""

    def item(self, item_id: str) -> Item:
        """The item with this id (KeyError when there is none)."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def scale(self, scale_id: str) -> Scale:
        """The scale with this id (KeyError when there is none)."""
        for scale in self.scales:
            if scale.id == scale_id:
                return scale
        raise KeyError(scale_id)

    def fits_age(self, age: int) -> bool:
        """Whether the instrument is meant for somebody of ``age`` completed years."""
        return self.min_age <= age and (self.max_age is None or age <= self.max_age)

    @property
    def age_text(self) -> str:
        """The age range in Dutch, e.g. ``"7–17 jaar"`` or ``"18 jaar en ouder"``."""
        if self.max_age is None:
            return f"{self.min_age} jaar en ouder"
        return f"{self.min_age}–{self.max_age} jaar"


def load_instrument(source: Path | str, *, name: str | None = None) -> Instrument:
    """Load and validate one definition.

    Args:
        source: A path to a ``.json`` file, or the JSON text itself.
        name: How to name the source in errors (defaults to the path, or ``<tekst>``).

    Raises:
        InstrumentDefinitionError: The file cannot be read, is not valid JSON, or does not fit
            the schema; the error names the source, the line and the reason.
    """
    if isinstance(source, Path):
        label = name or str(source)
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InstrumentDefinitionError(
                label, None, f"kan niet worden gelezen ({exc})"
            ) from exc
    else:
        label, text = name or "<tekst>", source
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InstrumentDefinitionError(label, exc.lineno, f"geen geldige JSON: {exc.msg}") from exc
    # Imported here, not at the top: the schema module builds the dataclasses defined above.
    from opvang.instrument_schema import parse_instrument

    try:
        return parse_instrument(data)
    except SchemaProblem as problem:
        raise InstrumentDefinitionError(
            label, line_of(text, problem.path), problem.reason
        ) from None


def _unique(instruments: list[Instrument], origin: str) -> tuple[Instrument, ...]:
    seen: set[str] = set()
    for instrument in instruments:
        if instrument.id in seen:
            raise InstrumentDefinitionError(
                origin, None, f"id '{instrument.id}' komt twee keer voor"
            )
        seen.add(instrument.id)
    return tuple(instruments)


def shipped_instruments() -> tuple[Instrument, ...]:
    """The definitions shipped in ``resources/instruments/`` (all redistributable).

    Raises:
        InstrumentDefinitionError: A shipped definition is broken or not redistributable (a bug
            in the release, caught by the tests).
    """
    loaded = []
    for entry in resources.listdir("instruments"):
        if entry.endswith(".json"):
            label = f"resources/instruments/{entry}"
            instrument = load_instrument(resources.read_text(f"instruments/{entry}"), name=label)
            if not instrument.licence.redistribution_allowed:
                raise InstrumentDefinitionError(
                    label, None, "de licentie staat verspreiden niet toe"
                )
            loaded.append(instrument)
    return _unique(loaded, "resources/instruments")


def load_instruments_from(folder: Path) -> tuple[Instrument, ...]:
    """The organisation's own definitions: every ``*.json`` file in ``folder``, sorted by name.

    Raises:
        InstrumentDefinitionError: The folder cannot be read, or a definition is broken, or two
            definitions share an id.
    """
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix == ".json" and p.is_file())
    except OSError as exc:
        raise InstrumentDefinitionError(str(folder), None, f"map niet leesbaar ({exc})") from exc
    return _unique([load_instrument(p) for p in files], str(folder))
