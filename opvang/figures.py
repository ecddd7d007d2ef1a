"""Monitoring figures computed from the stored records, and their export as anonymous CSV.

The facts per client (:class:`opvang.monitoring.ClientFacts`) are read here without a name, date
of birth or address; :func:`opvang.monitoring.figures` counts them and
:func:`opvang.monitoring.to_csv` writes only the counts. The CSV leaves through
:func:`secure_store.export.export_file`, which audits its SHA-256.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

from opvang.access import OpvangService, parse_date
from opvang.follow_up import FollowUp
from opvang.handle_with_care import Channel, SchoolSignalTask, SignalSent
from opvang.monitoring import ClientFacts, ExitDestination, Period, PeriodFigures, figures, to_csv
from opvang.screening_plan import ClientKind, PlannedScreening, ScreeningRecord
from opvang.screenings import PLAN_COLUMNS, planned_from_row
from secure_store.export import ExportReceipt, export_file
from secure_store.roles import Area

#: Counts from 1 below this are shown as "<n" in an export, so a small group cannot be singled out.
DEFAULT_SUPPRESS_BELOW = 0


class MonitoringService(OpvangService):
    """Figures per period, children and adults apart."""

    def facts(self) -> list[ClientFacts]:
        """One :class:`ClientFacts` per client; nothing in it identifies the client."""
        self.require("monitoring.read", "monitoring")
        conn = self.session.conn
        planned: dict[str, list[PlannedScreening]] = defaultdict(list)
        for r in conn.execute(f"SELECT client_id, {PLAN_COLUMNS} FROM ov_planned"):
            planned[r[0]].append(planned_from_row(r[1:]))
        done: dict[str, list[ScreeningRecord]] = defaultdict(list)
        for r in conn.execute(
            "SELECT client_id, key, done_on, instrument_id, positive FROM ov_screenings"
        ):
            done[r[0]].append(ScreeningRecord(r[1], date.fromisoformat(r[2]), r[3], bool(r[4])))
        follow_ups: dict[str, list[FollowUp]] = defaultdict(list)
        for r in conn.execute(
            "SELECT s.client_id, s.key, f.offer, f.offered_on, f.accepted_on, f.declined_on,"
            " f.started_on FROM ov_follow_ups f JOIN ov_screenings s ON s.id = f.screening_id"
        ):
            follow_ups[r[0]].append(FollowUp(r[1], r[2], *(parse_date(d) for d in r[3:7])))
        signals: dict[str, SchoolSignalTask] = {}
        for r in conn.execute(
            "SELECT client_id, child_ref, school, intake_at, sent_at, sent_by, channel"
            " FROM ov_school_signals"
        ):
            sent = SignalSent(datetime.fromisoformat(r[4]), r[5], Channel(r[6])) if r[4] else None
            signals[r[0]] = SchoolSignalTask(r[1], r[2], datetime.fromisoformat(r[3]), sent)
        rows = conn.execute(
            "SELECT c.id, c.kind, i.intake_at, i.ended_on, i.destination FROM ov_clients c"
            " JOIN ov_intakes i ON i.household_id = c.household_id"
        ).fetchall()
        self.log("monitoring.read", "monitoring", detail=f"{len(rows)} cliënten")
        return [
            ClientFacts(
                kind=ClientKind(r[1]),
                intake_on=datetime.fromisoformat(r[2]).astimezone().date(),
                exit_on=parse_date(r[3]),
                destination=ExitDestination(r[4]) if r[4] else None,
                planned=tuple(planned[r[0]]),
                screenings=tuple(done[r[0]]),
                follow_ups=tuple(follow_ups[r[0]]),
                school_signal=signals.get(r[0]),
            )
            for r in rows
        ]

    def figures(self, period: Period) -> PeriodFigures:
        """The figures of ``period`` from the stored records."""
        return figures(self.facts(), period)

    def export_csv(
        self, dest: Path, period: Period, suppress_below: int = DEFAULT_SUPPRESS_BELOW
    ) -> ExportReceipt:
        """Write the figures of ``period`` as ``;``-separated CSV (aggregate, no personal data).

        UTF-8 with a byte-order mark, so Dutch spreadsheet programs read it without asking.

        Raises:
            PermissionDenied: Not an opvang worker (logged).
        """
        text = to_csv(self.figures(period), suppress_below)
        return export_file(
            self.session, dest, text.encode("utf-8-sig"), area=Area.OPVANG, kind="monitoring_csv",
            record_type="monitoring", record_id=f"{period.start.isoformat()}..{period.end.isoformat()}",
        )  # fmt: skip
