"""Case keys: one random data key per dossier or household, for crypto-shredding.

The key is stored wrapped (AES-256-GCM under the vault's case-wrap key, bound to the case id) in
the case's row. Erasing a case deletes that row, its blob rows and files; a copy of a blob file
that survives somewhere is noise without the case key.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from .errors import CaseErased, VaultError
from .keys import random_key, unwrap, wrap
from .roles import Area

if TYPE_CHECKING:
    from .session import Session


class ReasonRequired(VaultError):
    message_nl = "Geef een reden op; vernietigen zonder reden is niet toegestaan."
    message_en = "Give a reason; erasing without a reason is not allowed."


def _context(case_id: str) -> bytes:
    return f"veilig-dossier/v1/case/{case_id}".encode()


class CaseStore:
    """Creates cases, hands out their keys to permitted roles, and erases them."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(self, area: Area) -> str:
        """A new case in ``area`` with a fresh data key; returns its id."""
        session = self._session
        session.require(area, action="case.create", record_type="case")
        case_id = secrets.token_hex(16)
        wrapped = wrap(session.keys.case_wrap, random_key(), _context(case_id))
        with session.transaction() as conn:
            conn.execute(
                "INSERT INTO cases (id, area, wrapped_key, created, created_by)"
                " VALUES (?, ?, ?, ?, ?)",
                (case_id, area.value, wrapped, session.now_text(), session.user),
            )
            session.log("case.create", "case", case_id, subject=case_id)
        return case_id

    def area(self, case_id: str) -> Area:
        """The area a case belongs to. Raises CaseErased for an unknown or erased case."""
        row = self._session.conn.execute(
            "SELECT area FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise CaseErased(case_id)
        return Area(row[0])

    def key(self, case_id: str) -> bytes:
        """The case's data key, after checking the caller's role may enter its area."""
        session = self._session
        row = session.conn.execute(
            "SELECT area, wrapped_key FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise CaseErased(case_id)
        session.require(Area(row[0]), action="case.key", record_type="case", record_id=case_id)
        return unwrap(session.keys.case_wrap, row[1], _context(case_id))

    def key_for_integrity_check(self, case_id: str) -> bytes:
        """The case key without a role check, for checks that reveal nothing but ok/damaged.

        Backup and restore verify every blob end to end; an administrator runs them but may not
        read dossier content, so the key stays inside :meth:`BlobStore.verify`.
        """
        row = self._session.conn.execute(
            "SELECT wrapped_key FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise CaseErased(case_id)
        return unwrap(self._session.keys.case_wrap, row[0], _context(case_id))

    def erase(self, case_id: str, reason: str) -> int:
        """Crypto-shred a case: its key, rows and blob files go; returns blob files removed.

        Raises:
            PermissionDenied: the caller is not a privacy officer.
            ReasonRequired: ``reason`` is empty.
        """
        session = self._session
        session.require(Area.ERASURE, action="case.erase", record_type="case", record_id=case_id)
        if not reason.strip():
            raise ReasonRequired()
        self.area(case_id)
        blob_ids = [
            row[0]
            for row in session.conn.execute("SELECT id FROM blobs WHERE case_id = ?", (case_id,))
        ]
        with session.transaction() as conn:
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            session.log("case.erase", "case", case_id, subject=case_id, reason=reason.strip())
        for blob_id in blob_ids:
            session.blobs.remove_file(blob_id)
        # Push the overwritten pages out of the WAL so no old copy of the wrapped key lingers.
        session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return len(blob_ids)
