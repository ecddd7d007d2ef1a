"""An unlocked vault as seen by one user: keys, connection, role checks, audit.

Every domain service takes a Session. It is the only way to the data, so the role check and
the audit entry cannot be skipped by a screen that forgets them.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .audit import AuditEntry, AuditLog, AuditQuery, AuditVerification
from .blobs import BlobStore
from .cases import CaseStore
from .clock import Clock
from .database import Connection
from .errors import PermissionDenied, VaultLocked
from .keys import VaultKeys
from .keyslots import KeySlotStore
from .roles import Area, Role, areas_for, encode_roles
from .settings import VaultSettings
from .users import UserAdmin


class Rows(list[Any]):
    """The rows of one statement, fetched while the session lock was held."""

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        super().__init__(rows)
        self.rowcount = rowcount

    def fetchone(self) -> Any:
        return self[0] if self else None

    def fetchall(self) -> list[Any]:
        return list(self)


class LockedConnection:
    """The session's connection for one-statement use from any thread.

    Each statement runs and is fetched completely under the session lock, so an import worker,
    the UI thread and an idle lock never interleave on the one SQLite connection.
    """

    def __init__(self, conn: Connection, lock: threading.RLock) -> None:
        self._conn = conn
        self._lock = lock

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        with self._lock:
            cursor = self._conn.execute(sql, params)
            return Rows(cursor.fetchall(), cursor.rowcount)

    def executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        with self._lock:
            self._conn.executemany(sql, params)

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction


@dataclass(frozen=True)
class Identity:
    """Who is working: user name, display name, roles."""

    user: str
    display_name: str
    roles: frozenset[Role]


class Session:
    """An unlocked vault for one user; :meth:`lock` drops the keys and closes the database.

    All database work goes through :meth:`transaction` or :attr:`conn` under one re-entrant
    lock, so a worker thread and the UI thread never interleave statements.
    """

    def __init__(
        self,
        folder: Path,
        slots: KeySlotStore,
        conn: Connection,
        keys: VaultKeys,
        identity: Identity,
        clock: Clock,
        must_change_passphrase: bool = False,
        on_lock: Callable[[], None] = lambda: None,
    ) -> None:
        self.folder = folder
        self.slots = slots
        self.identity = identity
        self.clock = clock
        self.must_change_passphrase = must_change_passphrase
        self._conn: Connection | None = conn
        self._keys: VaultKeys | None = keys
        self._lock = threading.RLock()
        self._on_lock = on_lock
        self.audit_log = AuditLog(conn, keys.audit, clock)
        self.cases = CaseStore(self)
        self.blobs = BlobStore(self, folder / "blobs")
        self.users = UserAdmin(self)
        self.settings = VaultSettings(self)

    # -- identity and state --------------------------------------------------------------
    @property
    def user(self) -> str:
        return self.identity.user

    @property
    def roles(self) -> frozenset[Role]:
        return self.identity.roles

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    @property
    def conn(self) -> LockedConnection:
        """Run single statements (any thread); use :meth:`transaction` for units of work."""
        return LockedConnection(self._raw(), self._lock)

    def _raw(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def keys(self) -> VaultKeys:
        if self._keys is None:
            raise VaultLocked()
        return self._keys

    def now_text(self) -> str:
        return self.clock.now().isoformat(timespec="microseconds")

    def lock(self) -> None:
        """Drop the keys and close the database; later calls raise VaultLocked."""
        with self._lock:
            if self._conn is not None:
                self.log("logout")
                self._conn.close()
            self._conn = None
            self._keys = None
            self._on_lock()

    # -- transactions --------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work; nested blocks join the outer transaction."""
        with self._lock:
            conn = self._raw()
            if conn.in_transaction:
                yield conn
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[Connection]:
        """The connection with no other thread's statements in between, outside a transaction.

        For SQLite's online backup, which must not run inside a write transaction of its source.
        """
        with self._lock:
            yield self._raw()

    # -- roles and audit -----------------------------------------------------------------
    def can(self, area: Area) -> bool:
        return area in areas_for(self.roles)

    def require(
        self,
        area: Area,
        *,
        action: str,
        record_type: str = "",
        record_id: str = "",
        subject: str = "",
    ) -> None:
        """Refuse (and log the refusal) unless the user's roles give access to ``area``.

        Raises:
            PermissionDenied: always logged as ``access.refused`` with the attempted action.
        """
        if self.can(area):
            return
        self.log(
            "access.refused",
            record_type,
            record_id,
            subject=subject,
            detail=f"{action} ({area.value})",
        )
        raise PermissionDenied(action)

    def log(
        self,
        action: str,
        record_type: str = "",
        record_id: str = "",
        *,
        subject: str = "",
        reason: str = "",
        detail: str = "",
    ) -> AuditEntry:
        """Append an audit entry in this user's name (joins a running transaction)."""
        with self._lock:
            return self.audit_log.append(
                user=self.user,
                roles=encode_roles(self.roles),
                action=action,
                record_type=record_type,
                record_id=record_id,
                subject=subject,
                reason=reason,
                detail=detail,
            )

    def read_audit(self, query: AuditQuery) -> list[AuditEntry]:
        """Entries matching ``query`` (privacy officer and admin); the reading itself is logged."""
        self.require(Area.AUDIT, action="audit.read", record_type="audit")
        with self._lock:
            entries = list(self.audit_log.query(query))
            self.log("audit.read", "audit", detail=f"{len(entries)} regels")
        return entries

    def verify_audit(self) -> AuditVerification:
        """Walk the audit chain (privacy officer and admin)."""
        self.require(Area.AUDIT, action="audit.verify", record_type="audit")
        with self._lock:
            result = self.audit_log.verify()
            self.log(
                "audit.verify",
                "audit",
                detail="ok" if result.ok else f"broken at {result.first_broken}",
            )
        return result
