"""The stored records of the opvang as plain values: locations, intakes, households, clients.

The services (:mod:`opvang.intakes`, :mod:`opvang.clients`, ...) read and write these; the rules
(consent, screening plan, Handle with Care) stay in their own modules and take these values'
fields as input. The database stores the stable English codes; the Dutch label is beside them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from opvang.consent import ConsentRequirement, Gezag, GezagKind, age_on, required_consent
from opvang.errors import InvalidRecord
from opvang.monitoring import ExitDestination
from opvang.screening_plan import ClientKind


class IntakeKind(enum.Enum):
    """The form of care an intake starts."""

    CRISIS = "crisis"
    REGULAR = "regular"
    AMBULANT = "ambulant"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            IntakeKind.CRISIS: "crisisopvang",
            IntakeKind.REGULAR: "reguliere opvang",
            IntakeKind.AMBULANT: "ambulant traject",
        }[self]

    @property
    def has_stay(self) -> bool:
        """Whether the household stays at a shelter location (not for an ambulant trajectory)."""
        return self is not IntakeKind.AMBULANT


class ReferralSource(enum.Enum):
    """Who referred the household."""

    VEILIG_THUIS = "veilig_thuis"
    POLICE = "police"
    GP = "gp"
    SOCIAL_TEAM = "social_team"
    OTHER_SHELTER = "other_shelter"
    SELF = "self"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            ReferralSource.VEILIG_THUIS: "Veilig Thuis",
            ReferralSource.POLICE: "politie",
            ReferralSource.GP: "huisarts",
            ReferralSource.SOCIAL_TEAM: "wijkteam of gemeente",
            ReferralSource.OTHER_SHELTER: "andere opvang",
            ReferralSource.SELF: "op eigen initiatief",
            ReferralSource.OTHER: "anders",
        }[self]


class Phase(enum.Enum):
    """Where an intake stands in the in-, door- and uitstroom."""

    INSTROOM = "instroom"
    DOORSTROOM = "doorstroom"
    UITSTROOM = "uitstroom"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            Phase.INSTROOM: "instroom (in zorg)",
            Phase.DOORSTROOM: "doorstroom (andere vorm van zorg)",
            Phase.UITSTROOM: "uitstroom (vertrokken)",
        }[self]


CONFIDENTIAL_MARK = "[geheim adres]"

NO_GEZAG = Gezag(GezagKind.NONE_RECORDED)
"""Nothing recorded yet about who holds parental authority."""


@dataclass(frozen=True)
class ConfidentialAddress:
    """A shelter address. It is stored in the vault but never shows up by accident.

    ``str()``, ``repr()`` and f-strings give :data:`CONFIDENTIAL_MARK`; only :meth:`reveal` gives
    the address, so including it in anything that leaves the vault is always an explicit choice.
    """

    _value: str = field(repr=False)

    def reveal(self) -> str:
        """The address itself (call this only where the user chose to include it)."""
        return self._value

    def __str__(self) -> str:
        return CONFIDENTIAL_MARK

    def __repr__(self) -> str:
        return f"ConfidentialAddress({CONFIDENTIAL_MARK})"

    def __format__(self, spec: str) -> str:
        return CONFIDENTIAL_MARK


@dataclass(frozen=True)
class ShelterLocation:
    """A shelter location of the organisation; its address is confidential."""

    id: str
    name: str
    address: ConfidentialAddress


@dataclass(frozen=True)
class IntakeMove:
    """A doorstroom: the household moved on to another form of care on ``moved_on``."""

    moved_on: date
    from_kind: IntakeKind
    to_kind: IntakeKind
    location_id: str | None


@dataclass(frozen=True)
class Intake:
    """One stay or ambulant trajectory of a household.

    Attributes:
        id: Record id.
        household_id: The household it belongs to.
        kind: The current form of care (changes with a doorstroom).
        intake_at: The moment of intake (aware); school signals are due 24 hours later.
        planned_end: The planned end, if known.
        location_id: The shelter location (None for an ambulant trajectory).
        referral: Who referred the household, with ``referral_detail`` (e.g. which team).
        ended_on: The day the household left (uitstroom), once it did.
        destination: Where the household went.
        exit_notes: Free text about the exit (stays inside the vault).
        moves: The doorstroom steps, oldest first.
        intake_by: Display name of the worker who did the intake.
    """

    id: str
    household_id: str
    kind: IntakeKind
    intake_at: datetime
    planned_end: date | None
    location_id: str | None
    referral: ReferralSource
    referral_detail: str = ""
    ended_on: date | None = None
    destination: ExitDestination | None = None
    exit_notes: str = ""
    moves: tuple[IntakeMove, ...] = ()
    intake_by: str = ""

    @property
    def phase(self) -> Phase:
        """Instroom while in the first form of care, doorstroom after a move, uitstroom on exit."""
        if self.ended_on is not None:
            return Phase.UITSTROOM
        return Phase.DOORSTROOM if self.moves else Phase.INSTROOM

    @property
    def expected_end(self) -> date | None:
        """The actual exit once known, otherwise the planned end (for planning screenings)."""
        return self.ended_on or self.planned_end


@dataclass(frozen=True)
class SchoolContact:
    """A child's school (or childcare): its name, a contact person and how to reach them."""

    name: str
    contact_person: str = ""
    reach: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidRecord("Vul de naam van de school in.")


class GoalStatus(enum.Enum):
    """How far a goal of the plan is."""

    OPEN = "open"
    WORKING = "working"
    REACHED = "reached"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            GoalStatus.OPEN: "nog niet begonnen",
            GoalStatus.WORKING: "mee bezig",
            GoalStatus.REACHED: "behaald",
            GoalStatus.STOPPED: "gestopt",
        }[self]


@dataclass(frozen=True)
class Goal:
    """One goal of a client's own plan."""

    id: str
    text: str
    status: GoalStatus = GoalStatus.OPEN
    target_on: date | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise InvalidRecord("Beschrijf het doel.")


@dataclass(frozen=True)
class Note:
    """A dated note in a client's record, by its author."""

    id: str
    written_at: datetime
    author: str
    text: str


@dataclass(frozen=True)
class Client:
    """An adult or a child client: each with a record of their own.

    Attributes:
        id: Record id.
        household_id: The household.
        kind: Adult or child.
        first_name, last_name: The name (never leaves the vault except where a report needs it).
        date_of_birth: For age, consent band and the screening instrument.
        pseudonym: Used instead of the name in everything that leaves (agenda, monitoring).
        hulpvraag: The client's own request for help, in the client's words where possible.
        mentor: The client's own mentor or begeleider.
        school: The school with its contact person (children).
        childcare: The kinderopvang or peuterspeelzaal a young child attends, if any.
        gezag: Who holds parental authority (children).
        self_report: Whether a child can fill in a self-report instrument (default yes).
    """

    id: str
    household_id: str
    kind: ClientKind
    first_name: str
    last_name: str
    date_of_birth: date
    pseudonym: str
    hulpvraag: str = ""
    mentor: str = ""
    school: SchoolContact | None = None
    childcare: str = ""
    gezag: Gezag = NO_GEZAG
    self_report: bool = True

    @property
    def name(self) -> str:
        """First and last name."""
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_child(self) -> bool:
        """Whether this is a child client."""
        return self.kind is ClientKind.CHILD

    def age_on(self, day: date) -> int:
        """Completed years on ``day``."""
        return age_on(self.date_of_birth, day)

    def consent_on(self, day: date) -> ConsentRequirement | None:
        """Whose consent a treatment needs on ``day`` under the WGBO (None for an adult)."""
        if not self.is_child:
            return None
        return required_consent(self.date_of_birth, day, self.gezag)

    @property
    def school_or_childcare(self) -> str:
        """Where a Handle with Care signal goes: the school, or else the childcare."""
        if self.school is not None:
            return self.school.name
        return self.childcare.strip()


@dataclass(frozen=True)
class Household:
    """A household with its intake and clients; ``reference`` is its pseudonymous reference."""

    id: str
    case_id: str
    reference: str
    intake: Intake
    clients: tuple[Client, ...]

    @property
    def adults(self) -> tuple[Client, ...]:
        """The adult clients."""
        return tuple(c for c in self.clients if not c.is_child)

    @property
    def children(self) -> tuple[Client, ...]:
        """The child clients."""
        return tuple(c for c in self.clients if c.is_child)
