"""Stored screening plans, completed screenings and observations, and what is due.

The plan of each client is made by :func:`opvang.screening_plan.plan_for_client` and stored per
planned moment. A completed form is scored by :func:`opvang.scoring.score` at the moment it is
recorded, and the score is stored with the instrument version, so a later change of the
definition never rewrites what was found. Follow-up after a positive screen is in
:mod:`opvang.follow_ups`.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from opvang.access import OpvangService, dumps, new_id
from opvang.errors import InvalidRecord, RecordNotFound
from opvang.instruments import Respondent
from opvang.organisation import Organisation
from opvang.scoring import CutoffOutcome, ScreeningResult, score
from opvang.screening_plan import (
    PlannedKind,
    PlannedScreening,
    Purpose,
    ScreeningRecord,
    due_and_overdue,
)
from secure_store.database import Connection
from secure_store.session import Session

PLAN_COLUMNS = "key, purpose, kind, due_on, open_from, age, instrument_id, respondent, reason"
_SCREENING_COLUMNS = (
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


class ScreeningService(OpvangService):
    """Plans, scores and lists the screenings of clients."""

    def __init__(self, session: Session, organisation: Organisation | None = None) -> None:
        super().__init__(session)
        self.organisation = organisation or Organisation(session)

    # -- plan ----------------------------------------------------------------------------
    def plan(self, client_id: str) -> list[PlannedScreening]:
        """The client's planned screenings in date order."""
        household = self.enter_client("screening.read", client_id)
        rows = self.session.conn.execute(
            f"SELECT {PLAN_COLUMNS} FROM ov_planned WHERE client_id = ? ORDER BY due_on, key",
            (client_id,),
        ).fetchall()
        self.log("screening.plan.read", "client", client_id, household=household)
        return [planned_from_row(r) for r in rows]

    def replace_open_plan(self, client_id: str, plan: Iterable[PlannedScreening]) -> None:
        """Replace the planned moments that were not done yet by ``plan`` (minus those done).

        Used when the expected end of the stay changes: the exit screening moves with it.
        """
        household = self.enter_client("screening.plan.change", client_id)
        with self.session.transaction() as conn:
            done = {
                r[0]
                for r in conn.execute(
                    "SELECT key FROM ov_screenings WHERE client_id = ?", (client_id,)
                )
            }
            conn.execute(
                "DELETE FROM ov_planned WHERE client_id = ? AND key NOT IN"
                " (SELECT key FROM ov_screenings WHERE client_id = ?)",
                (client_id, client_id),
            )
            write_plan(conn, client_id, [p for p in plan if p.key not in done])
            self.log("screening.plan.change", "client", client_id, household=household)

    # -- recording -----------------------------------------------------------------------
    def _planned(self, client_id: str, key: str) -> PlannedScreening | None:
        row = self.session.conn.execute(
            f"SELECT {PLAN_COLUMNS} FROM ov_planned WHERE client_id = ? AND key = ?",
            (client_id, key),
        ).fetchone()
        return None if row is None else planned_from_row(row)

    def _check_new(self, client_id: str, key: str, done_on: date) -> None:
        if done_on > self.today():
            raise InvalidRecord("De datum van de screening ligt in de toekomst.")
        taken = self.session.conn.execute(
            "SELECT 1 FROM ov_screenings WHERE client_id = ? AND key = ?", (client_id, key)
        ).fetchone()
        if taken:
            raise InvalidRecord("Deze geplande screening is al vastgelegd.")

    def _extra_key(self, client_id: str) -> str:
        count = self.session.conn.execute(
            "SELECT count(*) FROM ov_screenings WHERE client_id = ? AND key LIKE 'extra-%'",
            (client_id,),
        ).fetchone()[0]
        return f"extra-{count + 1}"

    def record(
        self,
        client_id: str,
        key: str | None,
        answers: Mapping[str, int],
        done_on: date,
        *,
        instrument_id: str | None = None,
        language: str = "nl",
    ) -> StoredScreening:
        """Score a completed form and store it.

        Args:
            client_id: The client screened.
            key: The planned moment it fulfils, or None for an extra screening.
            answers: Answer value per item id.
            done_on: The day it was filled in.
            instrument_id: The instrument used; defaults to the planned one (required for an
                extra screening).
            language: The language the form was filled in.

        Raises:
            AnswerError: The answers cannot be scored (missing, off the scale); nothing stored.
            InvalidRecord: Already recorded, a future date, or no instrument known.
            RecordNotFound: No such client, planned moment or instrument.
        """
        household = self.enter_client("screening.record", client_id)
        planned = self._planned(client_id, key) if key is not None else None
        if key is not None and planned is None:
            raise RecordNotFound("Deze geplande screening bestaat niet.")
        chosen = instrument_id or (planned.instrument_id if planned else None)
        if chosen is None:
            raise InvalidRecord("Kies het screeningsinstrument.")
        key = key or self._extra_key(client_id)
        self._check_new(client_id, key, done_on)
        instrument = self.organisation.instrument(chosen)
        result = score(instrument, answers, language)
        stored = StoredScreening(
            new_id(), client_id, key, done_on, PlannedKind.SCREENING, instrument.id,
            instrument.version, instrument.respondent, language, dict(answers), result, "", "",
            result.positive, self.actor,
        )  # fmt: skip
        self._insert(stored, household)
        return stored

    def record_observation(
        self,
        client_id: str,
        key: str | None,
        done_on: date,
        observer: str,
        findings: str,
        treatment_needed: bool,
    ) -> StoredScreening:
        """Store a specialist's observation (where no instrument fits the child's age).

        Raises:
            InvalidRecord: No observer or findings, already recorded, a future date.
        """
        household = self.enter_client("screening.record", client_id)
        if not observer.strip() or not findings.strip():
            raise InvalidRecord("Vul in wie heeft geobserveerd en wat de uitkomst is.")
        if key is not None and self._planned(client_id, key) is None:
            raise RecordNotFound("Deze geplande observatie bestaat niet.")
        key = key or self._extra_key(client_id)
        self._check_new(client_id, key, done_on)
        stored = StoredScreening(
            new_id(), client_id, key, done_on, PlannedKind.OBSERVATION, None, "", None, "nl",
            {}, None, observer.strip(), findings.strip(), treatment_needed, self.actor,
        )  # fmt: skip
        self._insert(stored, household)
        return stored

    def _insert(self, s: StoredScreening, household: str) -> None:
        with self.session.transaction() as conn:
            conn.execute(
                f"INSERT INTO ov_screenings ({_SCREENING_COLUMNS}, total, recorded_at)"
                f" VALUES ({', '.join('?' * 17)})",
                (
                    s.id, s.client_id, s.key, s.done_on.isoformat(), s.kind.value,
                    s.instrument_id, s.instrument_version,
                    s.respondent.value if s.respondent else None, s.language, dumps(s.answers),
                    int(s.positive), result_to_json(s.result) if s.result else "", s.observer,
                    s.findings, s.recorded_by, s.result.total if s.result else None,
                    self.session.now_text(),
                ),
            )  # fmt: skip
            self.log(
                "screening.record", "screening", s.id, household=household,
                detail=f"{s.key} {s.instrument_id or 'observatie'}",
            )  # fmt: skip

    # -- reading -------------------------------------------------------------------------
    def screenings(self, client_id: str) -> list[StoredScreening]:
        """The client's recorded screenings and observations, oldest first."""
        household = self.enter_client("screening.read", client_id)
        rows = self.session.conn.execute(
            f"SELECT {_SCREENING_COLUMNS} FROM ov_screenings WHERE client_id = ?"
            " ORDER BY done_on, recorded_at",
            (client_id,),
        ).fetchall()
        self.log("screening.read", "client", client_id, household=household)
        return [screening_from_row(r) for r in rows]

    def screening(self, screening_id: str) -> StoredScreening:
        """One recorded screening.

        Raises:
            PermissionDenied, RecordNotFound.
        """
        self.require("screening.read", "screening", screening_id)
        row = self.session.conn.execute(
            f"SELECT {_SCREENING_COLUMNS} FROM ov_screenings WHERE id = ?", (screening_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound()
        stored = screening_from_row(row)
        household = self.household_of_client(stored.client_id)
        self.log("screening.read", "screening", screening_id, household=household)
        return stored

    def timeline(self, client_id: str, today: date | None = None) -> list[TimelineEntry]:
        """The plan and what was done, in date order, each moment with its status."""
        today = today or self.today()
        plan = self.plan(client_id)
        done = {s.key: s for s in self.screenings(client_id)}
        lists = due_and_overdue(plan, [s.as_record() for s in done.values()], today)
        overdue = {p.key for p in lists.overdue}
        due = {p.key for p in lists.due}
        entries = []
        for p in plan:
            if p.key in done:
                status = TimelineStatus.DONE
            elif p.key in overdue:
                status = TimelineStatus.OVERDUE
            else:
                status = TimelineStatus.DUE if p.key in due else TimelineStatus.PLANNED
            entries.append(TimelineEntry(p.key, p, done.pop(p.key, None), status))
        entries += [TimelineEntry(k, None, s, TimelineStatus.DONE) for k, s in done.items()]
        return sorted(entries, key=lambda e: (e.day, e.key))

    def due_list(self, today: date | None = None) -> list[DueScreening]:
        """Every due or overdue screening of clients still in care, overdue first, by date.

        The split into due and overdue is :func:`~opvang.screening_plan.due_and_overdue`'s.
        """
        self.require("screening.due_list", "screening")
        today = today or self.today()
        columns = ", ".join(f"p.{c.strip()}" for c in PLAN_COLUMNS.split(","))
        rows = self.session.conn.execute(
            "SELECT c.id, c.household_id, c.pseudonym, c.first_name || ' ' || c.last_name,"
            f" {columns} FROM ov_planned p JOIN ov_clients c ON c.id = p.client_id"
            " JOIN ov_intakes i ON i.household_id = c.household_id"
            " WHERE i.ended_on IS NULL ORDER BY c.id"
        ).fetchall()
        done = self.session.conn.execute(
            "SELECT s.client_id, s.key, s.done_on, s.instrument_id, s.positive"
            " FROM ov_screenings s JOIN ov_clients c ON c.id = s.client_id"
            " JOIN ov_intakes i ON i.household_id = c.household_id WHERE i.ended_on IS NULL"
        ).fetchall()
        records: dict[str, list[ScreeningRecord]] = {}
        for d in done:
            records.setdefault(d[0], []).append(
                ScreeningRecord(d[1], date.fromisoformat(d[2]), d[3], bool(d[4]))
            )
        clients: dict[str, tuple[Sequence[Any], list[PlannedScreening]]] = {}
        for r in rows:
            clients.setdefault(r[0], (r, []))[1].append(planned_from_row(r[4:]))
        items = []
        for client_id, (r, plan) in clients.items():
            lists = due_and_overdue(plan, records.get(client_id, []), today)
            for planned, overdue in [
                *((p, True) for p in lists.overdue),
                *((p, False) for p in lists.due),
            ]:
                items.append(DueScreening(client_id, r[1], r[2], r[3].strip(), planned, overdue))
        self.log("screening.due_list", "screening", detail=f"{len(items)} open")
        return sorted(items, key=lambda d: (not d.overdue, d.planned.due_on, d.pseudonym))
