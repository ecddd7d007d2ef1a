"""Stored Handle with Care tasks: one per child, due 24 hours after intake.

Whether a child gets one, when it is due and what the message says are
:mod:`opvang.handle_with_care`'s rules; this module stores the tasks and who sent them, when and
how.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from opvang.access import OpvangService, new_id, parse_moment
from opvang.clients import ClientService
from opvang.errors import RecordNotFound
from opvang.handle_with_care import (
    Channel,
    SchoolSignalTask,
    SignalSent,
    SignalStatus,
    school_signal_task,
    signal_text,
)
from secure_store.database import Connection

_COLUMNS = (
    "g.id, g.client_id, c.household_id, c.pseudonym, g.child_ref, g.school, g.intake_at,"
    " g.sent_at, g.sent_by, g.channel, c.first_name || ' ' || c.last_name"
)


@dataclass(frozen=True)
class StoredSignal:
    """A school signal task with the child it is for and its status when read."""

    id: str
    client_id: str
    household_id: str
    pseudonym: str
    task: SchoolSignalTask
    status: SignalStatus
    client_name: str


def write_task(conn: Connection, client_id: str, task: SchoolSignalTask) -> str:
    """Store a new task inside the caller's transaction; returns its id."""
    signal_id = new_id()
    conn.execute(
        "INSERT INTO ov_school_signals (id, client_id, child_ref, school, intake_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (signal_id, client_id, task.child_ref, task.school, task.intake_at.isoformat()),
    )
    return signal_id


class SchoolSignalService(OpvangService):
    """Lists school signals and records that one was sent."""

    def _from_row(self, r: Sequence[Any]) -> StoredSignal:
        sent_at = parse_moment(r[7])
        sent = SignalSent(sent_at, r[8], Channel(r[9])) if sent_at is not None else None
        moment = parse_moment(r[6])
        assert moment is not None  # NOT NULL column
        task = SchoolSignalTask(r[4], r[5], moment, sent)
        return StoredSignal(
            r[0], r[1], r[2], r[3], task, task.status(self.session.clock), r[10].strip()
        )

    def _select(self, where: str, params: Sequence[Any]) -> list[StoredSignal]:
        rows = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM ov_school_signals g JOIN ov_clients c ON c.id = g.client_id"
            f" {where} ORDER BY g.intake_at, c.seq",
            params,
        ).fetchall()
        return [self._from_row(r) for r in rows]

    def all(self, *, open_only: bool = False) -> list[StoredSignal]:
        """Every school signal (or only those not yet sent), oldest intake first."""
        self.require("school_signal.list", "school_signal")
        found = self._select("WHERE g.sent_at IS NULL" if open_only else "", ())
        self.log("school_signal.list", "school_signal", detail=f"{len(found)} signalen")
        return found

    def of_client(self, client_id: str) -> StoredSignal | None:
        """The child's school signal task, or None when the child has none."""
        household = self.enter_client("school_signal.read", client_id)
        found = self._select("WHERE g.client_id = ?", (client_id,))
        self.log("school_signal.read", "client", client_id, household=household)
        return found[0] if found else None

    def get(self, signal_id: str) -> StoredSignal:
        """One task.

        Raises:
            PermissionDenied, RecordNotFound.
        """
        self.require("school_signal.read", "school_signal", signal_id)
        found = self._select("WHERE g.id = ?", (signal_id,))
        if not found:
            raise RecordNotFound()
        self.log("school_signal.read", "school_signal", signal_id, household=found[0].household_id)
        return found[0]

    def message(self, signal_id: str) -> str:
        """The text for the school: only *that* the child may need support.

        Raises:
            InvalidRecord: No school is recorded yet.
        """
        stored = self.get(signal_id)
        return signal_text(stored.task.child_ref, stored.task.school)

    def set_school(self, signal_id: str, school: str) -> StoredSignal:
        """Record where the signal goes, for a child whose school was not known at intake."""
        stored = self.get(signal_id)
        self.require("school_signal.change", "school_signal", signal_id)
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE ov_school_signals SET school = ? WHERE id = ?", (school.strip(), signal_id)
            )
            self.log(
                "school_signal.change", "school_signal", signal_id,
                household=stored.household_id, detail="school",
            )  # fmt: skip
        return self.get(signal_id)

    def mark_sent(
        self, signal_id: str, sent_at: datetime, channel: Channel, sent_by: str | None = None
    ) -> StoredSignal:
        """Record that the school was told (by default by the current user).

        Raises:
            InvalidRecord: Already sent, no school recorded, or a time before intake (the rules
                of :meth:`SchoolSignalTask.mark_sent`).
        """
        stored = self.get(signal_id)
        self.require("school_signal.send", "school_signal", signal_id)
        task = stored.task.mark_sent(sent_at, sent_by or self.actor, channel)
        assert task.sent is not None
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE ov_school_signals SET sent_at = ?, sent_by = ?, channel = ? WHERE id = ?",
                (task.sent.sent_at.isoformat(), task.sent.sent_by, channel.value, signal_id),
            )
            self.log(
                "school_signal.send", "school_signal", signal_id,
                household=stored.household_id, detail=channel.value,
            )  # fmt: skip
        return self.get(signal_id)

    def sync(self, client_id: str) -> StoredSignal | None:
        """Bring a child's task in line with its record after the school or childcare changed.

        A child who now needs a signal (childcare recorded after intake) gets the task, due 24
        hours after the intake as always; an unsent task follows the recorded school.

        Returns:
            The task, or None when the child does not need one.
        """
        existing = self.of_client(client_id)
        client = ClientService(self.session).get(client_id)
        school = client.school_or_childcare
        if existing is not None:
            if existing.task.sent is None and school and school != existing.task.school:
                return self.set_school(existing.id, school)
            return existing
        row = self.session.conn.execute(
            "SELECT intake_at FROM ov_intakes WHERE household_id = ?", (client.household_id,)
        ).fetchone()
        intake_at = parse_moment(row[0])
        assert intake_at is not None  # NOT NULL column
        task = school_signal_task(
            client.first_name, client.date_of_birth, intake_at, school or None
        )
        if task is None:
            return None
        with self.session.transaction() as conn:
            signal_id = write_task(conn, client_id, task)
            self.log(
                "school_signal.create", "school_signal", signal_id, household=client.household_id
            )
        return self.get(signal_id)
