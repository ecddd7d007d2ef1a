"""Appointments of clients for the agenda: a fixed kind, a time, a note that stays inside.

The kind comes from :class:`opvang.agenda.AppointmentKind` so that only a fixed label reaches an
exported calendar; the free note never leaves the vault.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from opvang.access import OpvangService, new_id
from opvang.agenda import AppointmentKind
from opvang.errors import InvalidRecord, RecordNotFound

_COLUMNS = "a.id, a.client_id, c.household_id, c.pseudonym, a.kind, a.starts_at, a.ends_at, a.note, a.created_by, c.first_name || ' ' || c.last_name"


@dataclass(frozen=True)
class Appointment:
    """One appointment of a client."""

    id: str
    client_id: str
    household_id: str
    pseudonym: str
    kind: AppointmentKind
    starts_at: datetime
    ends_at: datetime
    note: str
    created_by: str
    client_name: str


def _utc(moment: datetime) -> str:
    """Stored in UTC, so that text order is time order across summer and winter time."""
    return moment.astimezone(UTC).isoformat()


def _from_row(r: Sequence[Any]) -> Appointment:
    return Appointment(
        r[0], r[1], r[2], r[3], AppointmentKind(r[4]), datetime.fromisoformat(r[5]),
        datetime.fromisoformat(r[6]), r[7], r[8], r[9].strip(),
    )  # fmt: skip


class AppointmentService(OpvangService):
    """Adds, lists and cancels appointments."""

    def add(
        self,
        client_id: str,
        kind: AppointmentKind,
        starts_at: datetime,
        ends_at: datetime,
        note: str = "",
    ) -> Appointment:
        """A new appointment.

        Raises:
            InvalidRecord: A time without time zone, or the end before the start.
        """
        household = self.enter_client("appointment.create", client_id)
        if starts_at.tzinfo is None or ends_at.tzinfo is None:
            raise InvalidRecord("Begin- en eindtijd hebben een tijdzone nodig.")
        if ends_at <= starts_at:
            raise InvalidRecord("De eindtijd ligt niet na de begintijd.")
        appointment_id = new_id()
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO ov_appointments (id, client_id, kind, starts_at, ends_at, note,"
                " created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    appointment_id, client_id, kind.value, _utc(starts_at), _utc(ends_at),
                    note.strip(), self.actor,
                ),
            )  # fmt: skip
            self.log("appointment.create", "appointment", appointment_id, household=household)
        return self._one(appointment_id)

    def _one(self, appointment_id: str) -> Appointment:
        row = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM ov_appointments a JOIN ov_clients c ON c.id = a.client_id"
            " WHERE a.id = ?",
            (appointment_id,),
        ).fetchone()
        if row is None:
            raise RecordNotFound()
        return _from_row(row)

    def between(self, start: datetime, end: datetime) -> list[Appointment]:
        """Appointments starting in [start, end), by time; one audit entry."""
        self.require("appointment.list", "appointment")
        rows = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM ov_appointments a JOIN ov_clients c ON c.id = a.client_id"
            " WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at",
            (_utc(start), _utc(end)),
        ).fetchall()
        found = [_from_row(r) for r in rows]
        self.log("appointment.list", "appointment", detail=f"{len(found)} afspraken")
        return found

    def of_client(self, client_id: str) -> list[Appointment]:
        """The client's appointments, by time."""
        household = self.enter_client("appointment.read", client_id)
        rows = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM ov_appointments a JOIN ov_clients c ON c.id = a.client_id"
            " WHERE a.client_id = ? ORDER BY a.starts_at",
            (client_id,),
        ).fetchall()
        self.log("appointment.read", "client", client_id, household=household)
        return [_from_row(r) for r in rows]

    def cancel(self, appointment_id: str) -> None:
        """Remove an appointment."""
        self.require("appointment.cancel", "appointment", appointment_id)
        appointment = self._one(appointment_id)
        with self.session.transaction() as conn:
            conn.execute("DELETE FROM ov_appointments WHERE id = ?", (appointment_id,))
            self.log(
                "appointment.cancel", "appointment", appointment_id,
                household=appointment.household_id,
            )  # fmt: skip
