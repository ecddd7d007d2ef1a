"""The worker's agenda: screenings due, school signals due, appointments; iCalendar export.

An exported calendar ends up on phones and in mail clients outside the vault, so an item names
its client only by the pseudonym or initials the caller passes (never a name from the dossier),
and carries no free text, no location and no instrument name: only what kind of thing is due.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import icalendar

from opvang.errors import InvalidRecord
from opvang.handle_with_care import SchoolSignalTask
from opvang.screening_plan import PlannedKind, PlannedScreening
from secure_store.clock import Clock, SystemClock

# Initials ("A.B.") or a one-word pseudonym ("Kind-3"): a full name has spaces and is refused.
_PSEUDONYM = re.compile(r"[^\W_][\w.\-]{0,15}\Z")
_UID_NAMESPACE = uuid.UUID("9f1d7c52-3b7e-4c55-9a43-0d8f2b6f1e21")
SIGNAL_SLOT = timedelta(minutes=15)


class AgendaKind(enum.Enum):
    """What an agenda item is about."""

    SCREENING = "screening"
    OBSERVATION = "observation"
    SCHOOL_SIGNAL = "school_signal"
    APPOINTMENT = "appointment"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            AgendaKind.SCREENING: "Screening",
            AgendaKind.OBSERVATION: "Observatie",
            AgendaKind.SCHOOL_SIGNAL: "Schoolsignaal",
            AgendaKind.APPOINTMENT: "Afspraak",
        }[self]


class AppointmentKind(enum.Enum):
    """Kinds of appointment; a fixed list so no free text reaches the calendar."""

    CONVERSATION = "conversation"
    MEDICAL = "medical"
    LEGAL = "legal"
    SCHOOL = "school"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            AppointmentKind.CONVERSATION: "gesprek",
            AppointmentKind.MEDICAL: "medisch",
            AppointmentKind.LEGAL: "juridisch",
            AppointmentKind.SCHOOL: "school",
            AppointmentKind.OTHER: "overig",
        }[self]


@dataclass(frozen=True)
class AgendaItem:
    """One entry. A ``date`` start is an all-day item; a ``datetime`` start must be aware.

    Attributes:
        kind: What it is about.
        who: Initials or pseudonym of the client (never a name).
        start: Day (all-day) or moment.
        end: End moment for timed items; None for all-day items.
        detail: A fixed Dutch label (purpose of a screening, kind of appointment).
    """

    kind: AgendaKind
    who: str
    start: date | datetime
    end: datetime | None = None
    detail: str = ""

    def __post_init__(self) -> None:
        if not _PSEUDONYM.match(self.who):
            raise InvalidRecord(
                f"'{self.who}' is geen pseudoniem of initialen (één woord, hooguit 16 tekens)."
            )
        timed = isinstance(self.start, datetime)
        if timed != (self.end is not None):
            raise InvalidRecord("Een agenda-item heeft een begin- én eindtijd, of is een hele dag.")
        if isinstance(self.start, datetime) and self.end is not None:
            if self.start.tzinfo is None or self.end.tzinfo is None:
                raise InvalidRecord("Begin- en eindtijd hebben een tijdzone nodig.")
            if self.end < self.start:
                raise InvalidRecord("De eindtijd ligt vóór de begintijd.")

    @property
    def summary(self) -> str:
        """The title shown in the calendar."""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.kind.label}{detail}: {self.who}"


def screening_items(
    planned: Iterable[PlannedScreening], who: str, done_keys: Iterable[str] = ()
) -> list[AgendaItem]:
    """All-day items for the planned screenings not yet done, on their due day."""
    done = set(done_keys)
    return [
        AgendaItem(
            AgendaKind.OBSERVATION if p.kind is PlannedKind.OBSERVATION else AgendaKind.SCREENING,
            who,
            p.due_on,
            detail=p.purpose.label,
        )
        for p in planned
        if p.key not in done
    ]


def school_signal_item(task: SchoolSignalTask, who: str) -> AgendaItem | None:
    """A short item at the signal's deadline, or None once it was sent.

    ``who`` replaces the child's first name the task carries for the school.
    """
    if task.sent is not None:
        return None
    return AgendaItem(AgendaKind.SCHOOL_SIGNAL, who, task.due_at - SIGNAL_SLOT, task.due_at)


def appointment(who: str, kind: AppointmentKind, start: datetime, end: datetime) -> AgendaItem:
    """An appointment item."""
    return AgendaItem(AgendaKind.APPOINTMENT, who, start, end, kind.label)


def to_ical(items: Iterable[AgendaItem], label: str, clock: Clock | None = None) -> bytes:
    """The items as an iCalendar (RFC 5545) file.

    Args:
        items: The agenda items.
        label: The calendar's name (``X-WR-CALNAME``), chosen by the caller.
        clock: For the DTSTAMP of each event; the system clock by default.
    """
    stamp = (clock or SystemClock()).now()
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Veilig Dossier//Opvang agenda//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", label)
    for item in items:
        event = icalendar.Event()
        # A stable UID lets a re-import update the event instead of duplicating it.
        key = f"{item.kind.value}|{item.who}|{item.start.isoformat()}|{item.detail}"
        event.add("uid", f"{uuid.uuid5(_UID_NAMESPACE, key)}@veilig-dossier")
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        event.add("dtstart", item.start)
        if item.end is not None:
            event.add("dtend", item.end)
        event.add("class", "PRIVATE")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()  # icalendar types this as Any
    return data
