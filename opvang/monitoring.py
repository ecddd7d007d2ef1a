"""In-, door- and uitstroom figures per period, children and adults apart, as anonymous CSV.

The input (:class:`ClientFacts`) carries no name, date of birth or address; the output only
counts. For small organisations a count of 1 or 2 can still point at a person, so
:func:`to_csv` can hide small numbers (``suppress_below``).
"""

from __future__ import annotations

import csv
import enum
import io
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date

from opvang.errors import InvalidRecord
from opvang.follow_up import FollowUp
from opvang.handle_with_care import SchoolSignalTask
from opvang.screening_plan import ClientKind, PlannedScreening, ScreeningRecord


class ExitDestination(enum.Enum):
    """Where a client went after the stay."""

    OWN_HOME = "own_home"
    FAMILY_OR_FRIENDS = "family_or_friends"
    BACK_TO_PARTNER = "back_to_partner"
    OTHER_SHELTER = "other_shelter"
    CARE_INSTITUTION = "care_institution"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            ExitDestination.OWN_HOME: "eigen woning",
            ExitDestination.FAMILY_OR_FRIENDS: "familie of vrienden",
            ExitDestination.BACK_TO_PARTNER: "terug naar (ex-)partner",
            ExitDestination.OTHER_SHELTER: "andere opvang of beschermd wonen",
            ExitDestination.CARE_INSTITUTION: "zorginstelling",
            ExitDestination.UNKNOWN: "onbekend",
        }[self]


@dataclass(frozen=True)
class Period:
    """A reporting period, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidRecord("Het einde van de periode ligt vóór het begin.")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class ClientFacts:
    """What the figures need about one client's stay, and nothing that identifies her."""

    kind: ClientKind
    intake_on: date
    exit_on: date | None = None
    destination: ExitDestination | None = None
    planned: tuple[PlannedScreening, ...] = ()
    screenings: tuple[ScreeningRecord, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    school_signal: SchoolSignalTask | None = None


@dataclass(frozen=True)
class GroupFigures:
    """Counts for one group (children or adults) in one period; each counts clients once."""

    intakes: int
    in_care: int
    exits: int
    screening_due: int
    screened: int
    positive: int
    treatment_offered: int
    treatment_started: int
    school_signals_due: int
    school_signals_on_time: int
    exits_by_destination: Mapping[ExitDestination, int]


_LABELS = {
    "intakes": "instroom (intakes)",
    "in_care": "in zorg",
    "exits": "uitstroom",
    "screening_due": "screening gepland",
    "screened": "gescreend",
    "positive": "positief gescreend",
    "treatment_offered": "behandelaanbod gedaan",
    "treatment_started": "behandeling gestart",
    "school_signals_due": "schoolsignaal nodig",
    "school_signals_on_time": "schoolsignaal binnen 24 uur",
}


@dataclass(frozen=True)
class PeriodFigures:
    """The figures of one period, per group."""

    period: Period
    groups: Mapping[ClientKind, GroupFigures]


def _group(clients: list[ClientFacts], period: Period) -> GroupFigures:
    def count(test: Iterable[bool]) -> int:
        return sum(1 for hit in test if hit)

    exited = [c for c in clients if c.exit_on in period]
    signals = [c.school_signal for c in clients if c.school_signal is not None]
    signals_due = [s for s in signals if s.due_at.date() in period]
    return GroupFigures(
        intakes=count(c.intake_on in period for c in clients),
        in_care=count(
            c.intake_on <= period.end and (c.exit_on is None or c.exit_on >= period.start)
            for c in clients
        ),
        exits=len(exited),
        screening_due=count(any(p.due_on in period for p in c.planned) for c in clients),
        screened=count(any(s.done_on in period for s in c.screenings) for c in clients),
        positive=count(
            any(s.positive and s.done_on in period for s in c.screenings) for c in clients
        ),
        treatment_offered=count(any(f.offered_on in period for f in c.follow_ups) for c in clients),
        treatment_started=count(any(f.started_on in period for f in c.follow_ups) for c in clients),
        school_signals_due=len(signals_due),
        school_signals_on_time=count(s.sent_on_time for s in signals_due),
        exits_by_destination=Counter(c.destination or ExitDestination.UNKNOWN for c in exited),
    )


def figures(clients: Iterable[ClientFacts], period: Period) -> PeriodFigures:
    """Aggregate the clients' facts over ``period``, children and adults separately."""
    pool = list(clients)
    return PeriodFigures(
        period,
        {kind: _group([c for c in pool if c.kind is kind], period) for kind in ClientKind},
    )


def _cell(value: int, suppress_below: int) -> str:
    return f"<{suppress_below}" if 0 < value < suppress_below else str(value)


def to_csv(period_figures: PeriodFigures, suppress_below: int = 0) -> str:
    """The figures as CSV (``;``-separated, as Dutch spreadsheets expect), one row per figure.

    Args:
        period_figures: The aggregate figures.
        suppress_below: Show counts from 1 up to this number (exclusive) as ``<n``; 0 shows all.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(["periode_begin", "periode_eind", "groep", "cijfer", "aantal"])
    start, end = period_figures.period.start.isoformat(), period_figures.period.end.isoformat()
    for kind, group in period_figures.groups.items():
        for field in fields(GroupFigures):
            if field.name in _LABELS:
                value = getattr(group, field.name)
                writer.writerow(
                    [start, end, kind.label, _LABELS[field.name], _cell(value, suppress_below)]
                )
        for destination in ExitDestination:
            value = group.exits_by_destination.get(destination, 0)
            row = [start, end, kind.label, f"uitstroom naar {destination.label}"]
            writer.writerow([*row, _cell(value, suppress_below)])
    return out.getvalue()
