"""Which signed opvang reports left the vault, recorded with the record they are about.

The export writes the row in its own transaction (``ReportJob.alongside``), so a report is
recorded exactly when its signed file is written: a failure of either rolls back both.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from secure_store.export import ExportReceipt
from secure_store.session import Session


@dataclass(frozen=True)
class SentReport:
    """A signed report that left: which file, its SHA-256, when and by whom."""

    kind: str
    file_name: str
    sha256: str
    size: int
    signed_at: str
    signed_by: str


def record_export(
    session: Session, household_id: str, record_type: str, record_id: str, kind: str
) -> Callable[[ExportReceipt], None]:
    """The step that records the report inside the export's transaction."""

    def step(receipt: ExportReceipt) -> None:
        session.conn.execute(
            "INSERT INTO ov_reports (id, household_id, record_type, record_id, kind, file_name,"
            " sha256, size, signed_at, signed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                secrets.token_hex(16), household_id, record_type, record_id, kind,
                receipt.path.name, receipt.sha256, receipt.size, session.now_text(), session.user,
            ),
        )  # fmt: skip

    return step


def sent_reports(session: Session, record_type: str, record_id: str) -> tuple[SentReport, ...]:
    """The reports about one record, oldest first (the caller checked access)."""
    rows = session.conn.execute(
        "SELECT kind, file_name, sha256, size, signed_at, signed_by FROM ov_reports"
        " WHERE record_type = ? AND record_id = ? ORDER BY signed_at, rowid",
        (record_type, record_id),
    )
    return tuple(SentReport(r[0], r[1], r[2], int(r[3]), r[4], r[5]) for r in rows)
