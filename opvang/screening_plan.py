"""When each client is screened, with which instrument, and what is due or overdue.

The organisation sets the rhythm in a :class:`ScreeningRule`: a first screening soon after
intake, a rescreen every few months while in care, and one shortly before exit. For every
planned moment the instrument is chosen by the client's age *on that day* (a child who turns 7
during the stay moves from the caregiver version to the self-report). Where no instrument fits,
the plan asks for a specialist's observation instead of leaving the child out.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from opvang.consent import age_on
from opvang.errors import InvalidRecord
from opvang.instruments import Instrument, Respondent


class ClientKind(enum.Enum):
    """Adult client or child client."""

    ADULT = "adult"
    CHILD = "child"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {ClientKind.ADULT: "volwassene", ClientKind.CHILD: "kind"}[self]


class PlannedKind(enum.Enum):
    """A screening with an instrument, or an observation by a specialist."""

    SCREENING = "screening"
    OBSERVATION = "observation"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            PlannedKind.SCREENING: "screening",
            PlannedKind.OBSERVATION: "observatie door specialist",
        }[self]


class Purpose(enum.Enum):
    """Which moment of the stay a planned screening belongs to."""

    FIRST = "first"
    RESCREEN = "rescreen"
    EXIT = "exit"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            Purpose.FIRST: "eerste screening",
            Purpose.RESCREEN: "herhaalscreening",
            Purpose.EXIT: "screening voor uitstroom",
        }[self]


@dataclass(frozen=True)
class ScreeningRule:
    """The organisation's screening rhythm (defaults follow the opvang practice).

    Attributes:
        first_within_days: The first screening is due this many days after intake.
        rescreen_every_months: Rescreen interval while in care, counted from intake.
        exit_days_before: The exit screening is due this many days before the planned exit.
        window_days: A later screening shows as due this many days before its date.
        horizon_months: Without an exit date, rescreens are planned this far ahead.
    """

    first_within_days: int = 14
    rescreen_every_months: int = 3
    exit_days_before: int = 7
    window_days: int = 14
    horizon_months: int = 12

    def __post_init__(self) -> None:
        if min(self.first_within_days, self.rescreen_every_months, self.horizon_months) < 1:
            raise InvalidRecord("Termijnen van de screeningsregel moeten minstens 1 zijn.")
        if min(self.exit_days_before, self.window_days) < 0:
            raise InvalidRecord("Termijnen van de screeningsregel mogen niet negatief zijn.")


@dataclass(frozen=True)
class PlannedScreening:
    """One planned screening or observation.

    Attributes:
        key: Stable name within the client's plan (``eerste``, ``herhaling-2``, ``uitstroom``),
            used to link what was done to what was planned.
        purpose: First, rescreen or exit.
        kind: Screening with an instrument, or observation by a specialist.
        due_on: The last day it should be done.
        open_from: From this day on it is listed as due.
        age: The client's age on ``due_on``.
        instrument_id: The chosen instrument (None for an observation).
        respondent: Who fills it in (None for an observation).
        reason: Dutch explanation of the choice.
    """

    key: str
    purpose: Purpose
    kind: PlannedKind
    due_on: date
    open_from: date
    age: int
    instrument_id: str | None
    respondent: Respondent | None
    reason: str


def choose_instrument(
    age: int, respondent_available: Collection[Respondent], instruments: Iterable[Instrument]
) -> Instrument | None:
    """The instrument for somebody of ``age``, or None when none fits.

    Self-report is preferred over a caregiver report when both fit; then the narrowest age
    range; then the id, so the choice never depends on the order of the definitions.
    """
    fitting = [i for i in instruments if i.fits_age(age) and i.respondent in respondent_available]
    if not fitting:
        return None

    def preference(i: Instrument) -> tuple[int, int, str]:
        width = (i.max_age if i.max_age is not None else 200) - i.min_age
        return (0 if i.respondent is Respondent.SELF else 1, width, i.id)

    return min(fitting, key=preference)


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _observation_reason(age: int, instruments: Iterable[Instrument]) -> str:
    ranges = sorted({f"{i.age_text} ({i.respondent.label})" for i in instruments})
    available = "; ".join(ranges) if ranges else "geen"
    return (
        f"Er is geen passend screeningsinstrument voor {age} jaar (beschikbaar: {available}). "
        "Vraag een specialist, bijvoorbeeld een kinderpsycholoog of infant-mental-health-"
        "specialist, om het kind te observeren en de uitkomst vast te leggen."
    )


def _plan_one(
    key: str,
    purpose: Purpose,
    due_on: date,
    open_from: date,
    age: int,
    respondents: Collection[Respondent],
    instruments: tuple[Instrument, ...],
) -> PlannedScreening:
    chosen = choose_instrument(age, respondents, instruments)
    if chosen is None:
        kind, instrument_id, respondent = PlannedKind.OBSERVATION, None, None
        reason = _observation_reason(age, instruments)
    else:
        kind, instrument_id, respondent = PlannedKind.SCREENING, chosen.id, chosen.respondent
        reason = f"{chosen.name['nl']}: passend bij {age} jaar ({chosen.respondent.label})."
    return PlannedScreening(
        key=key,
        purpose=purpose,
        kind=kind,
        due_on=due_on,
        open_from=open_from,
        age=age,
        instrument_id=instrument_id,
        respondent=respondent,
        reason=reason,
    )


def plan_for_client(
    client_kind: ClientKind,
    date_of_birth: date,
    intake_date: date,
    exit_date: date | None,
    instruments: Iterable[Instrument],
    rule: ScreeningRule | None = None,
    respondents: Collection[Respondent] | None = None,
) -> list[PlannedScreening]:
    """Plan the screenings of one client's stay.

    Args:
        client_kind: Adult or child (an adult answers for herself; for a child the caregiver
            may answer too).
        date_of_birth: To choose the instrument by age on each planned day.
        intake_date: Start of the stay or trajectory.
        exit_date: Planned or actual exit, or None while unknown.
        instruments: Available definitions.
        rule: The organisation's rule (defaults: 14 days, every 3 months, before exit).
        respondents: Who can answer; defaults to self for adults, self and caregiver for children.

    Returns:
        The planned screenings in date order.

    Raises:
        InvalidRecord: The exit is before the intake, or the intake before the birth.
    """
    rule = rule or ScreeningRule()
    if exit_date is not None and exit_date < intake_date:
        raise InvalidRecord("De uitstroomdatum ligt vóór de intakedatum.")
    if respondents is None:
        adult = client_kind is ClientKind.ADULT
        respondents = {Respondent.SELF} if adult else {Respondent.SELF, Respondent.CAREGIVER}
    pool = tuple(instruments)
    age_on(date_of_birth, intake_date)  # refuses an intake before birth

    def plan(key: str, purpose: Purpose, due: date, opens: date) -> PlannedScreening:
        age = age_on(date_of_birth, due)
        return _plan_one(key, purpose, due, opens, age, respondents, pool)

    first_due = intake_date + timedelta(days=rule.first_within_days)
    if exit_date is not None:
        first_due = min(first_due, exit_date)
    planned = [plan("eerste", Purpose.FIRST, first_due, intake_date)]
    if exit_date is not None:
        last = exit_date - timedelta(days=rule.exit_days_before)
    else:
        last = _add_months(intake_date, rule.horizon_months)
    k = 1
    while (due := _add_months(intake_date, k * rule.rescreen_every_months)) <= last:
        # Without a known exit, a rescreen on the horizon is planned; before a known exit only one
        # that leaves a full window before the exit screening, so the two do not pile up.
        if due > first_due and (exit_date is None or due < last - timedelta(days=rule.window_days)):
            opens = max(intake_date, due - timedelta(days=rule.window_days))
            planned.append(plan(f"herhaling-{k}", Purpose.RESCREEN, due, opens))
        k += 1
    if exit_date is not None and last > first_due:
        opens = max(intake_date, last - timedelta(days=rule.window_days))
        planned.append(plan("uitstroom", Purpose.EXIT, last, opens))
    return planned


@dataclass(frozen=True)
class ScreeningRecord:
    """A screening or observation that was done, linked to the plan by ``key``.

    Attributes:
        key: The :attr:`PlannedScreening.key` it fulfils.
        done_on: The day it was done.
        instrument_id: The instrument used, or None for an observation.
        positive: Whether it calls for follow-up (a positive screen, or an observation that
            found treatment needed).
    """

    key: str
    done_on: date
    instrument_id: str | None
    positive: bool


@dataclass(frozen=True)
class DueList:
    """What still has to be done: open now (``due``) and past its date (``overdue``)."""

    due: tuple[PlannedScreening, ...]
    overdue: tuple[PlannedScreening, ...]


def due_and_overdue(
    planned: Iterable[PlannedScreening], done: Iterable[ScreeningRecord], today: date
) -> DueList:
    """Split the planned screenings not yet done into due (window open) and overdue.

    A planned screening whose window has not opened yet is in neither list.
    """
    done_keys = {record.key for record in done}
    waiting = sorted((p for p in planned if p.key not in done_keys), key=lambda p: p.due_on)
    overdue = tuple(p for p in waiting if today > p.due_on)
    due = tuple(p for p in waiting if p.open_from <= today <= p.due_on)
    return DueList(due=due, overdue=overdue)
