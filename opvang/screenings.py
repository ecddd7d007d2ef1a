"""Stored screening plans, completed screenings and observations, and what is due.

The plan of each client is made by :func:`opvang.screening_plan.plan_for_client` and stored per
planned moment. A completed form is scored by :func:`opvang.scoring.score` at the moment it is
recorded, and the score is stored with the instrument version, so a later change of the
definition never rewrites what was found. Follow-up after a positive screen is in
:mod:`opvang.follow_ups`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from opvang.access import OpvangService, dumps, new_id
from opvang.errors import InvalidRecord, RecordNotFound
from opvang.organisation import Organisation
from opvang.scoring import score
from opvang.screening_plan import PlannedKind, PlannedScreening, ScreeningRecord, due_and_overdue
from opvang.screening_records import (
    PLAN_COLUMNS,
    SCREENING_COLUMNS,
    DueScreening,
    StoredScreening,
    TimelineEntry,
    TimelineStatus,
    planned_from_row,
    result_to_json,
    screening_from_row,
    write_plan,
)
from secure_store.session import Session

__all__ = [
    "PLAN_COLUMNS",
    "DueScreening",
    "ScreeningService",
    "StoredScreening",
    "TimelineEntry",
    "TimelineStatus",
    "planned_from_row",
    "write_plan",
]


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
                f"INSERT INTO ov_screenings ({SCREENING_COLUMNS}, total, recorded_at)"
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
            f"SELECT {SCREENING_COLUMNS} FROM ov_screenings WHERE client_id = ?"
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
            f"SELECT {SCREENING_COLUMNS} FROM ov_screenings WHERE id = ?", (screening_id,)
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
