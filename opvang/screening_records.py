"""Screening records as stored: planned moments, scored forms and observations, as values.

The rows of ``ov_planned`` and ``ov_screenings`` and their conversion to and from the domain's
values (:class:`~opvang.screening_plan.PlannedScreening`, :class:`~opvang.scoring.ScreeningResult`).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from opvang.access import dumps
from opvang.instruments import Respondent
from opvang.scoring import CutoffOutcome, ScreeningResult
from opvang.screening_plan import PlannedKind, PlannedScreening, Purpose, ScreeningRecord
from secure_store.database import Connection

PLAN_COLUMNS = "key, purpose, kind, due_on, open_from, age, instrument_id, respondent, reason"
SCREENING_COLUMNS = (
    "id, client_id, key, done_on, kind, instrument_id, instrument_version, respondent, language,"
    " answers, positive, result, observer, findings, recorded_by"
)


@dataclass(frozen=True)
class StoredScreening:
    """A screening (scored form) or observation as recorded.

    Attributes:
        key: The planned moment it fulfils (``eerste``, ``herhaling-1``...) or ``extra-N``.
        result: The scores of a form; None for an observation.
        observer: Who observed (observation only).
        findings: What the observer found (observation only).
        positive: Whether follow-up is needed (a positive screen, or treatment needed).
    """

    id: str
    client_id: str
    key: str
    done_on: date
    kind: PlannedKind
    instrument_id: str | None
    instrument_version: str
    respondent: Respondent | None
    language: str
    answers: Mapping[str, int]
    result: ScreeningResult | None
    observer: str
    findings: str
    positive: bool
    recorded_by: str

    def as_record(self) -> ScreeningRecord:
        """The domain value the due lists and monitoring figures take."""
        return ScreeningRecord(self.key, self.done_on, self.instrument_id, self.positive)


class TimelineStatus(enum.Enum):
    """Where one moment of a client's screening plan stands."""

    DONE = "done"
    OVERDUE = "overdue"
    DUE = "due"
    PLANNED = "planned"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            TimelineStatus.DONE: "gedaan",
            TimelineStatus.OVERDUE: "te laat",
            TimelineStatus.DUE: "nu te doen",
            TimelineStatus.PLANNED: "gepland",
        }[self]


@dataclass(frozen=True)
class TimelineEntry:
    """One moment of the plan, or an extra screening, with what was done."""

    key: str
    planned: PlannedScreening | None
    screening: StoredScreening | None
    status: TimelineStatus

    @property
    def day(self) -> date:
        """The day it was done, or else the day it is due."""
        if self.screening is not None:
            return self.screening.done_on
        assert self.planned is not None  # an entry has a plan, a screening, or both
        return self.planned.due_on


@dataclass(frozen=True)
class DueScreening:
    """A planned screening that is due or overdue, for the agenda and the due list."""

    client_id: str
    household_id: str
    pseudonym: str
    client_name: str
    planned: PlannedScreening
    overdue: bool


def result_to_json(result: ScreeningResult) -> str:
    """A scored result as JSON for storage."""
    return dumps(
        {
            "instrument_id": result.instrument_id,
            "instrument_version": result.instrument_version,
            "total": result.total,
            "subscales": dict(result.subscales),
            "cutoffs": [
                [c.cutoff_id, c.min_score, c.reached, c.counts_as_positive] for c in result.cutoffs
            ],
            "positive": result.positive,
            "interpretation": result.interpretation,
            "gate_closed": result.gate_closed,
            "missing_items": list(result.missing_items),
        }
    )


def result_from_json(text: str) -> ScreeningResult:
    """The stored result back as a :class:`ScreeningResult`."""
    d = json.loads(text)
    return ScreeningResult(
        instrument_id=d["instrument_id"],
        instrument_version=d["instrument_version"],
        total=d["total"],
        subscales=d["subscales"],
        cutoffs=tuple(CutoffOutcome(c[0], c[1], c[2], c[3]) for c in d["cutoffs"]),
        positive=d["positive"],
        interpretation=d["interpretation"],
        gate_closed=d["gate_closed"],
        missing_items=tuple(d["missing_items"]),
    )


def planned_from_row(r: Sequence[Any]) -> PlannedScreening:
    """A :class:`PlannedScreening` from a row of the plan columns."""
    return PlannedScreening(
        key=r[0], purpose=Purpose(r[1]), kind=PlannedKind(r[2]),
        due_on=date.fromisoformat(r[3]), open_from=date.fromisoformat(r[4]), age=r[5],
        instrument_id=r[6], respondent=Respondent(r[7]) if r[7] else None, reason=r[8],
    )  # fmt: skip


def write_plan(conn: Connection, client_id: str, plan: Iterable[PlannedScreening]) -> None:
    """Store planned moments (inside the caller's transaction)."""
    conn.executemany(
        f"INSERT INTO ov_planned (client_id, {PLAN_COLUMNS}) VALUES ({', '.join('?' * 10)})",
        [
            (
                client_id, p.key, p.purpose.value, p.kind.value, p.due_on.isoformat(),
                p.open_from.isoformat(), p.age, p.instrument_id,
                p.respondent.value if p.respondent else None, p.reason,
            )
            for p in plan
        ],
    )  # fmt: skip


def screening_from_row(r: Sequence[Any]) -> StoredScreening:
    """A :class:`StoredScreening` from a row of the screening columns."""
    return StoredScreening(
        id=r[0], client_id=r[1], key=r[2], done_on=date.fromisoformat(r[3]),
        kind=PlannedKind(r[4]), instrument_id=r[5], instrument_version=r[6],
        respondent=Respondent(r[7]) if r[7] else None, language=r[8], answers=json.loads(r[9]),
        positive=bool(r[10]), result=result_from_json(r[11]) if r[11] else None,
        observer=r[12], findings=r[13], recorded_by=r[14],
    )  # fmt: skip
