"""The worker's agenda from the stored records, and its export as an iCalendar file.

Screenings and observations not yet done, school signals not yet sent, and appointments, each
with whether it is overdue. Inside the program the worker sees the client's name; the exported
``.ics`` carries only the pseudonym and fixed labels (:mod:`opvang.agenda` builds it), and goes
out through :func:`secure_store.export.export_file`, which audits what left.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from opvang.access import OpvangService
from opvang.agenda import (
    AgendaItem,
    appointment,
    school_signal_item,
    screening_items,
    to_ical,
)
from opvang.appointments import AppointmentService
from opvang.handle_with_care import SignalStatus
from opvang.school_signals import SchoolSignalService
from opvang.screenings import PLAN_COLUMNS, ScreeningService, planned_from_row
from secure_store.export import ExportReceipt, export_file
from secure_store.roles import Area

CALENDAR_LABEL = "Opvang-agenda (Veilig Dossier)"


class EntryStatus(enum.Enum):
    """How an agenda entry stands today."""

    OVERDUE = "overdue"
    DUE = "due"
    SCHEDULED = "scheduled"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            EntryStatus.OVERDUE: "te laat",
            EntryStatus.DUE: "nu te doen",
            EntryStatus.SCHEDULED: "gepland",
        }[self]


@dataclass(frozen=True)
class WorklistEntry:
    """One line of the agenda.

    Attributes:
        item: The agenda item as it would be exported (pseudonym, fixed labels only).
        client_id: The client it is about.
        client_name: The name, for the screen inside the vault only.
        status: Overdue, due now, or scheduled.
        when: The moment it is due or starts (all-day items at the start of the day, local).
    """

    item: AgendaItem
    client_id: str
    household_id: str
    client_name: str
    status: EntryStatus
    when: datetime


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


class Worklist(OpvangService):
    """Builds the agenda of the opvang and exports it."""

    def entries(self, start: date, end: date) -> list[WorklistEntry]:
        """Everything open now (due or overdue), plus what is planned between ``start`` and
        ``end`` (both included); overdue first, then by time."""
        self.require("agenda.read", "agenda")
        today = self.today()
        found: list[WorklistEntry] = []
        # Whatever is open now (its window has opened, or it is late) is listed whatever the
        # period: it is to be done now. Later moments only when they fall in the period.
        for due in ScreeningService(self.session).due_list(today):
            (item,) = screening_items([due.planned], due.pseudonym)
            status = EntryStatus.OVERDUE if due.overdue else EntryStatus.DUE
            found.append(
                WorklistEntry(
                    item, due.client_id, due.household_id, due.client_name, status,
                    _start_of(due.planned.due_on),
                )
            )  # fmt: skip
        found += self._planned_later(today, end)
        for signal in SchoolSignalService(self.session).all(open_only=True):
            signal_item = school_signal_item(signal.task, signal.pseudonym)
            overdue = signal.status is SignalStatus.OVERDUE
            if signal_item is not None:
                found.append(
                    WorklistEntry(
                        signal_item, signal.client_id, signal.household_id, signal.client_name,
                        EntryStatus.OVERDUE if overdue else EntryStatus.DUE, signal.task.due_at,
                    )
                )  # fmt: skip
        window = (_start_of(start), _start_of(end + timedelta(days=1)))
        for a in AppointmentService(self.session).between(*window):
            found.append(
                WorklistEntry(
                    appointment(a.pseudonym, a.kind, a.starts_at, a.ends_at), a.client_id,
                    a.household_id, a.client_name, EntryStatus.SCHEDULED, a.starts_at,
                )
            )  # fmt: skip
        self.log("agenda.read", "agenda", detail=f"{len(found)} items")
        order = {EntryStatus.OVERDUE: 0, EntryStatus.DUE: 1, EntryStatus.SCHEDULED: 2}
        return sorted(found, key=lambda e: (order[e.status], e.when.astimezone(UTC)))

    def _planned_later(self, today: date, end: date) -> list[WorklistEntry]:
        """Screenings whose window has not opened yet but that fall due by ``end``."""
        columns = ", ".join(f"p.{c.strip()}" for c in PLAN_COLUMNS.split(","))
        rows = self.session.conn.execute(
            "SELECT c.id, c.household_id, c.pseudonym, c.first_name || ' ' || c.last_name,"
            f" {columns} FROM ov_planned p JOIN ov_clients c ON c.id = p.client_id"
            " JOIN ov_intakes i ON i.household_id = c.household_id"
            " WHERE i.ended_on IS NULL AND p.open_from > ? AND p.due_on <= ? AND NOT EXISTS"
            " (SELECT 1 FROM ov_screenings s WHERE s.client_id = p.client_id AND s.key = p.key)",
            (today.isoformat(), end.isoformat()),
        ).fetchall()
        entries = []
        for r in rows:
            planned = planned_from_row(r[4:])
            (item,) = screening_items([planned], r[2])
            entries.append(
                WorklistEntry(
                    item, r[0], r[1], r[3].strip(), EntryStatus.SCHEDULED,
                    _start_of(planned.due_on),
                )
            )  # fmt: skip
        return entries

    def export_ics(self, dest: Path, start: date, end: date) -> ExportReceipt:
        """Write the agenda of ``start``…``end`` as ``.ics``: pseudonyms only, no names.

        Raises:
            PermissionDenied: Not an opvang worker (logged).
        """
        items = [e.item for e in self.entries(start, end)]
        data = to_ical(items, CALENDAR_LABEL, self.session.clock)
        return export_file(
            self.session, dest, data, area=Area.OPVANG, kind="agenda_ics",
            record_type="agenda", record_id=f"{start.isoformat()}..{end.isoformat()}",
        )  # fmt: skip
