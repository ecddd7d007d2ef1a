"""Handle with Care: within 24 hours of intake, tell the school that a child may need support.

The signal says only *that* the child may need extra care, never *what* happened or where the
child is: the school needs to be gentle, not informed, and every extra word could reach the
person the family fled from.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from opvang.consent import age_on
from opvang.errors import InvalidRecord
from secure_store.clock import Clock

SCHOOL_AGE = 4
"""In the Netherlands children may go to school from their 4th birthday (leerplicht from 5)."""

SIGNAL_WITHIN = timedelta(hours=24)


class Channel(enum.Enum):
    """How the signal reached the school."""

    PHONE = "phone"
    EMAIL = "email"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            Channel.PHONE: "telefoon",
            Channel.EMAIL: "e-mail",
            Channel.IN_PERSON: "persoonlijk",
        }[self]


class SignalStatus(enum.Enum):
    """Where a school signal stands."""

    DUE = "due"
    OVERDUE = "overdue"
    SENT = "sent"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            SignalStatus.DUE: "nog versturen",
            SignalStatus.OVERDUE: "te laat",
            SignalStatus.SENT: "verstuurd",
        }[self]


@dataclass(frozen=True)
class SignalSent:
    """Who sent the signal, when and how."""

    sent_at: datetime
    sent_by: str
    channel: Channel


def _require_aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None:
        raise InvalidRecord(f"{what} heeft geen tijdzone.")


@dataclass(frozen=True)
class SchoolSignalTask:
    """The task to signal one child's school or childcare.

    Attributes:
        child_ref: The child's first name or initials as the school knows the child.
        school: The school or childcare; empty while not yet known.
        intake_at: The moment of intake (aware); the signal is due 24 hours later.
        sent: When, by whom and how it was sent, once done.
    """

    child_ref: str
    school: str
    intake_at: datetime
    sent: SignalSent | None = None

    def __post_init__(self) -> None:
        if not self.child_ref.strip():
            raise InvalidRecord("Vul de voornaam of initialen van het kind in.")
        _require_aware(self.intake_at, "Het intakemoment")

    @property
    def due_at(self) -> datetime:
        """The moment the signal must have been sent."""
        return self.intake_at + SIGNAL_WITHIN

    def status(self, clock: Clock) -> SignalStatus:
        """Sent, still due, or overdue at the clock's current time."""
        if self.sent is not None:
            return SignalStatus.SENT
        return SignalStatus.OVERDUE if clock.now() > self.due_at else SignalStatus.DUE

    @property
    def sent_on_time(self) -> bool:
        """Whether it was sent within 24 hours of intake (False while not sent)."""
        return self.sent is not None and self.sent.sent_at <= self.due_at

    def mark_sent(self, sent_at: datetime, sent_by: str, channel: Channel) -> SchoolSignalTask:
        """This task, recorded as sent.

        Raises:
            InvalidRecord: Already sent, no school recorded, no sender, or a time before intake.
        """
        _require_aware(sent_at, "Het verzendmoment")
        if self.sent is not None:
            raise InvalidRecord("Dit signaal is al verstuurd.")
        if not self.school.strip():
            raise InvalidRecord("Leg eerst vast naar welke school of opvang het signaal gaat.")
        if not sent_by.strip():
            raise InvalidRecord("Vul in wie het signaal heeft verstuurd.")
        if sent_at < self.intake_at:
            raise InvalidRecord("Het signaal kan niet vóór de intake zijn verstuurd.")
        return dataclasses.replace(self, sent=SignalSent(sent_at, sent_by, channel))


def needs_school_signal(
    date_of_birth: date, on_date: date, attends_school_or_childcare: bool
) -> bool:
    """Whether a child gets a school signal: school age (4+), or a younger child whose school
    or childcare (kinderopvang, peuterspeelzaal) is recorded."""
    return attends_school_or_childcare or age_on(date_of_birth, on_date) >= SCHOOL_AGE


def school_signal_task(
    child_ref: str, date_of_birth: date, intake_at: datetime, school: str | None
) -> SchoolSignalTask | None:
    """The signal task for one child at intake, or None for a young child without school.

    Args:
        child_ref: First name or initials as the school knows the child.
        date_of_birth: The child's date of birth.
        intake_at: The moment of intake (aware).
        school: The school or childcare, or None when none is recorded yet.
    """
    _require_aware(intake_at, "Het intakemoment")
    has_school = bool(school and school.strip())
    if not needs_school_signal(date_of_birth, intake_at.date(), has_school):
        return None
    return SchoolSignalTask(child_ref, school or "", intake_at)


def signal_text(child_first_name_or_initials: str, school: str) -> str:
    """The message to the school: only that the child may need extra support.

    It deliberately names no event, no place, no organisation and no other person, so it can be
    read aloud or forwarded without harm.
    """
    child = child_first_name_or_initials.strip()
    if not child or not school.strip():
        raise InvalidRecord("Vul de naam van het kind en de school in.")
    return (
        f"Aan {school.strip()},\n\n"
        f"Handle with Care: {child} kan de komende tijd wat extra steun en geduld gebruiken. "
        "U hoeft niets te vragen of uit te zoeken. Een rustige, voorspelbare dag en een vertrouwd "
        "aanspreekpunt helpen. Heeft u vragen, of merkt u iets op, neem dan gerust contact met ons "
        "op.\n\n"
        "Met vriendelijke groet"
    )
