"""The forensic dossier's records as plain values: subject, examination, injury, photo, addendum.

Dutch labels live beside the enum values; the UI and reports show them, the database stores the
stable English codes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from .vocabulary import Vocabulary


class Sex(Vocabulary):
    FEMALE = ("f", "vrouw", "female")
    MALE = ("m", "man", "male")
    OTHER = ("x", "anders / onbekend", "other / unknown")


class Requester(Vocabulary):
    POLICE = ("om_politie", "OM / politie", "Public prosecutor / police")
    VEILIG_THUIS = ("veilig_thuis", "Veilig Thuis", "Veilig Thuis")
    LECK = ("leck", "LECK", "LECK")
    HOSPITAL = ("ziekenhuis", "Ziekenhuis", "Hospital")
    OTHER = ("anders", "Anders", "Other")


class PhotoCategory(Vocabulary):
    OVERVIEW = ("overview", "overzicht", "overview")
    ORIENTATION = ("orientation", "oriëntatie (middenafstand)", "orientation (mid-range)")
    CLOSE_UP_SCALE = ("close_scale", "close-up met schaal", "close-up with scale")
    CLOSE_UP = ("close", "close-up zonder schaal", "close-up without scale")


#: The series every documented injury should have before the report (forensic photo practice).
RECOMMENDED_SERIES = (
    PhotoCategory.OVERVIEW,
    PhotoCategory.ORIENTATION,
    PhotoCategory.CLOSE_UP_SCALE,
    PhotoCategory.CLOSE_UP,
)


@dataclass(frozen=True)
class Consent:
    """Who consented, when, and to what (photographing, sharing with whom)."""

    given_by: str = ""
    given_at: str = ""
    photos: bool = False
    sharing: str = ""

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Consent:
        return cls(**json.loads(text)) if text else cls()


@dataclass(frozen=True)
class Subject:
    """The person examined. ``pseudonym`` replaces the name in everything that leaves."""

    id: str
    case_id: str
    name: str
    date_of_birth: date
    sex: Sex
    pseudonym: str
    bsn: str = ""

    def age_on(self, day: date) -> int:
        """Whole years of age on ``day``."""
        years = day.year - self.date_of_birth.year
        before_birthday = (day.month, day.day) < (self.date_of_birth.month, self.date_of_birth.day)
        return years - int(before_birthday)


@dataclass(frozen=True)
class Examination:
    """One examination of a subject; editable until sealed, then only addenda."""

    id: str
    subject_id: str
    examiner: str
    examined_at: datetime
    place: str = ""
    requester: Requester = Requester.OTHER
    requester_detail: str = ""
    question: str = ""
    consent: Consent = field(default_factory=Consent)
    history: str = ""
    history_source: str = ""
    findings: str = ""
    conclusion: str = ""
    conclusion_text: str = ""
    limitations: str = ""
    sealed_at: datetime | None = None
    sealed_by: str = ""
    cruising: bool | None = None
    """Whether the infant walks along furniture; None when not recorded (sentinel rule)."""

    @property
    def is_sealed(self) -> bool:
        return self.sealed_at is not None


#: Fields of an examination a user edits (the rest is identity or seal state).
EDITABLE_FIELDS = (
    "examined_at", "place", "requester", "requester_detail", "question", "consent", "history",
    "history_source", "findings", "conclusion", "conclusion_text", "limitations", "cruising",
)  # fmt: skip


@dataclass(frozen=True)
class BodyPoint:
    """A marker on a body-map view, in coordinates 0..1 of that view's drawing."""

    view: str
    x: float
    y: float


@dataclass(frozen=True)
class Injury:
    """One injury, numbered within its examination."""

    id: str
    examination_id: str
    number: int
    point: BodyPoint
    region_code: str
    type: str
    length_mm: float | None = None
    width_mm: float | None = None
    shape: str = ""
    colour: str = ""
    pattern: str = "none"
    description: str = ""


@dataclass(frozen=True)
class Addendum:
    """A dated correction or addition to a sealed examination, by its author."""

    id: str
    examination_id: str
    author: str
    written_at: datetime
    text: str
