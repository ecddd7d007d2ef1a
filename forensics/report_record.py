"""Which signed reports left a forensic dossier: kind, file, SHA-256, signer, and for a melding
what was reported (urgency, children, contact). Recorded in the export's own transaction.

Its tables are a schema component of their own, so they migrate independently of the
examination tables.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from secure_store.database import Migration, Schema
from secure_store.export import ExportReceipt
from secure_store.roles import Area

from .dossiers import DossierService

FORENSIC_REPORTS_SCHEMA = Schema(
    "forensics.reports",
    [
        Migration(
            1,
            """
            CREATE TABLE fx_reports (
                id TEXT PRIMARY KEY,
                examination_id TEXT NOT NULL REFERENCES fx_examinations(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL,
                signed_at TEXT NOT NULL,
                signed_by TEXT NOT NULL,
                pseudonymous INTEGER NOT NULL,
                sealed INTEGER NOT NULL,
                details TEXT NOT NULL DEFAULT '{}'
            );
            CREATE INDEX fx_reports_by_examination ON fx_reports(examination_id);
            """,
        ),
    ],
)


@dataclass(frozen=True)
class ReportRecord:
    """A signed report that left the vault."""

    id: str
    examination_id: str
    kind: str
    file_name: str
    sha256: str
    size: int
    signed_at: str
    signed_by: str
    pseudonymous: bool
    sealed: bool
    details: dict[str, Any]


def record_step(
    dossiers: DossierService,
    examination_id: str,
    kind: str,
    *,
    pseudonymous: bool,
    seal: bool,
    details: dict[str, Any] | None = None,
) -> Callable[[ExportReceipt], None]:
    """The step that runs inside the export's transaction: seal (if asked) and record.

    Sealing here means the examination is sealed exactly when the signed file is written: a
    failure of either rolls back both.
    """

    def step(receipt: ExportReceipt) -> None:
        session = dossiers.session
        if seal:
            dossiers.seal(examination_id)
        session.conn.execute(
            "INSERT INTO fx_reports (id, examination_id, kind, file_name, sha256, size, signed_at,"
            " signed_by, pseudonymous, sealed, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                secrets.token_hex(16), examination_id, kind, receipt.path.name, receipt.sha256,
                receipt.size, session.now_text(), session.user, int(pseudonymous), int(seal),
                json.dumps(details or {}, sort_keys=True, ensure_ascii=False),
            ),
        )  # fmt: skip

    return step


def reports_of(dossiers: DossierService, examination_id: str) -> list[ReportRecord]:
    """The reports of an examination, oldest first."""
    dossiers.session.require(
        Area.FORENSIC, action="report.list", record_type="examination", record_id=examination_id
    )
    rows = dossiers.session.conn.execute(
        "SELECT id, examination_id, kind, file_name, sha256, size, signed_at, signed_by,"
        " pseudonymous, sealed, details FROM fx_reports WHERE examination_id = ? ORDER BY signed_at",
        (examination_id,),
    )
    return [
        ReportRecord(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            int(r[5]),
            r[6],
            r[7],
            bool(r[8]),
            bool(r[9]),
            json.loads(r[10]),
        )
        for r in rows
    ]
