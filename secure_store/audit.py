"""The audit log (NEN 7513 style): append-only, hash-chained and MACed.

Each entry records when, who (and in which roles), what, which record, on whose behalf or why,
and from which workstation; ``mac = HMAC(audit key, prev ‖ entry)`` with ``prev`` the previous
entry's MAC. A separate head row (seq and last MAC, itself MACed) makes a cut-off tail visible.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from .clock import Clock
from .database import Connection

GENESIS = "0" * 64
_FIELDS = (
    "seq", "at", "user", "roles", "action", "record_type", "record_id",
    "subject", "reason", "workstation", "detail",
)  # fmt: skip


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log as stored."""

    seq: int
    at: str
    user: str
    roles: str
    action: str
    record_type: str
    record_id: str
    subject: str
    reason: str
    workstation: str
    detail: str


@dataclass(frozen=True)
class AuditVerification:
    """The result of walking the chain: ok, or the first entry that does not hold."""

    ok: bool
    entries: int
    first_broken: int | None = None
    problem: str = ""


@dataclass(frozen=True)
class AuditQuery:
    """Filters for reading the log; empty fields match everything."""

    user: str = ""
    action: str = ""
    record_type: str = ""
    record_id: str = ""
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 10_000


def _mac(key: bytes, prev: str, entry: AuditEntry) -> str:
    body = json.dumps(asdict(entry), sort_keys=True, ensure_ascii=False).encode()
    return hmac.new(key, prev.encode() + b"\n" + body, hashlib.sha256).hexdigest()


def _head_mac(key: bytes, seq: int, mac: str) -> str:
    return hmac.new(key, f"head/{seq}/{mac}".encode(), hashlib.sha256).hexdigest()


class AuditLog:
    """Appends to and checks the audit table of one open vault connection."""

    def __init__(self, conn: Connection, key: bytes, clock: Clock) -> None:
        self._conn = conn
        self._key = key
        self._clock = clock
        self.workstation = socket.gethostname()

    def append(
        self,
        *,
        user: str,
        roles: str,
        action: str,
        record_type: str = "",
        record_id: str = "",
        subject: str = "",
        reason: str = "",
        detail: str = "",
        at: datetime | None = None,
    ) -> AuditEntry:
        """Add one entry inside the caller's transaction (or its own if there is none)."""
        own_transaction = not self._conn.in_transaction
        if own_transaction:
            self._conn.execute("BEGIN IMMEDIATE")
        try:
            head = self._conn.execute("SELECT seq, mac FROM audit_head").fetchone()
            seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
            when = (at or self._clock.now()).isoformat(timespec="microseconds")
            entry = AuditEntry(
                seq, when, user, roles, action, record_type, record_id,
                subject, reason, self.workstation, detail,
            )  # fmt: skip
            mac = _mac(self._key, prev, entry)
            self._conn.execute(
                f"INSERT INTO audit ({', '.join(_FIELDS)}, prev, mac)"
                f" VALUES ({', '.join('?' * (len(_FIELDS) + 2))})",
                (*asdict(entry).values(), prev, mac),
            )
            self._conn.execute(
                "INSERT INTO audit_head (id, seq, mac, head_mac) VALUES (1, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, mac = excluded.mac,"
                " head_mac = excluded.head_mac",
                (seq, mac, _head_mac(self._key, seq, mac)),
            )
        except BaseException:
            if own_transaction:
                self._conn.execute("ROLLBACK")
            raise
        if own_transaction:
            self._conn.execute("COMMIT")
        return entry

    def verify(self) -> AuditVerification:
        """Walk the whole chain; report the first entry that was changed, removed or moved."""
        expected_seq, prev, count = 1, GENESIS, 0
        rows = self._conn.execute(f"SELECT {', '.join(_FIELDS)}, prev, mac FROM audit ORDER BY seq")
        for row in rows:
            entry = AuditEntry(*row[: len(_FIELDS)])
            stored_prev, stored_mac = row[len(_FIELDS)], row[len(_FIELDS) + 1]
            if entry.seq != expected_seq:
                return AuditVerification(False, count, expected_seq, "regel ontbreekt")
            if stored_prev != prev or not hmac.compare_digest(
                stored_mac, _mac(self._key, prev, entry)
            ):
                return AuditVerification(False, count, entry.seq, "regel gewijzigd of verplaatst")
            expected_seq, prev, count = expected_seq + 1, stored_mac, count + 1
        head = self._conn.execute("SELECT seq, mac, head_mac FROM audit_head").fetchone()
        head_ok = (head is None and count == 0) or (
            head is not None
            and head[0] == count
            and head[1] == prev
            and hmac.compare_digest(head[2], _head_mac(self._key, head[0], head[1]))
        )
        if not head_ok:
            return AuditVerification(False, count, count + 1, "laatste regels verwijderd")
        return AuditVerification(True, count)

    def query(self, q: AuditQuery) -> Iterator[AuditEntry]:
        """Entries matching ``q``, newest first."""
        clauses, params = [], []
        for column in ("user", "action", "record_type", "record_id"):
            value = getattr(q, column)
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if q.since is not None:
            clauses.append("at >= ?")
            params.append(q.since.astimezone(UTC).isoformat(timespec="microseconds"))
        if q.until is not None:
            clauses.append("at < ?")
            params.append(q.until.astimezone(UTC).isoformat(timespec="microseconds"))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT {', '.join(_FIELDS)} FROM audit {where} ORDER BY seq DESC LIMIT ?"
        for row in self._conn.execute(sql, (*params, q.limit)):
            yield AuditEntry(*row)
