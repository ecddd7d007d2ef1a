"""The SQLCipher connection and ordered schema migrations.

SQLCipher 4 keyed with a raw 256-bit key (no PBKDF2 inside SQLCipher: Argon2id already did the
slow part), WAL for crash safety, foreign keys on, and secure_delete so erased rows are
overwritten rather than left in free pages. A 64 MiB page cache keeps decrypted pages instead of
decrypting them again for every query (measured in bench/vault_queries). cipher_memory_security
stays at SQLCipher's default (off since 4.5): it wipes all of SQLite's heap at a cost of 2x on
every query, while the decrypted rows live in Python objects anyway.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from .errors import VaultDamaged, VaultTooNew

Connection = sqlite3.Connection
#: What a statement raises when a row breaks a constraint (NOT NULL, CHECK, UNIQUE, FOREIGN KEY).
IntegrityError = sqlcipher3.IntegrityError
CACHE_KIB = 64 * 1024


@dataclass(frozen=True)
class Migration:
    """One step of a component's schema; ``version`` counts up from 1 without gaps."""

    version: int
    sql: str


@dataclass(frozen=True)
class Schema:
    """The tables one component (core, forensics, opvang, …) owns, as ordered migrations."""

    component: str
    migrations: Sequence[Migration]

    @property
    def version(self) -> int:
        return len(self.migrations)


def connect(path: Path, key: bytes) -> Connection:
    """Open ``path`` with ``key``; raises VaultDamaged when the key does not fit or the file is bad."""
    conn: Connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged("database") from exc
    return conn


def migrate(conn: Connection, schema: Schema) -> int:
    """Bring ``schema`` up to date, one migration per transaction; returns steps applied.

    Raises:
        VaultTooNew: the database holds a newer version than this program knows.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_versions"
        " (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
    )
    row = conn.execute(
        "SELECT version FROM schema_versions WHERE component = ?", (schema.component,)
    ).fetchone()
    current = row[0] if row else 0
    if current > schema.version:
        raise VaultTooNew(f"{schema.component} v{current}")
    for step in schema.migrations[current:]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(step.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_versions (component, version) VALUES (?, ?)"
                " ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                (schema.component, step.version),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return schema.version - current


def _statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite's executescript would commit on its own)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlcipher3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


CORE_SCHEMA = Schema(
    "core",
    [
        Migration(
            1,
            """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE users (
                name TEXT PRIMARY KEY,
                display_name TEXT NOT NULL,
                roles TEXT NOT NULL,
                must_change INTEGER NOT NULL DEFAULT 0,
                created TEXT NOT NULL
            );
            CREATE TABLE cases (
                id TEXT PRIMARY KEY,
                area TEXT NOT NULL,
                wrapped_key BLOB NOT NULL,
                created TEXT NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE TABLE blobs (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                media_type TEXT NOT NULL,
                created TEXT NOT NULL
            );
            CREATE INDEX blobs_by_case ON blobs(case_id);
            CREATE TABLE audit (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                roles TEXT NOT NULL,
                action TEXT NOT NULL,
                record_type TEXT NOT NULL,
                record_id TEXT NOT NULL,
                subject TEXT NOT NULL,
                reason TEXT NOT NULL,
                workstation TEXT NOT NULL,
                detail TEXT NOT NULL,
                prev TEXT NOT NULL,
                mac TEXT NOT NULL
            );
            CREATE INDEX audit_by_user ON audit(user);
            CREATE INDEX audit_by_record ON audit(record_type, record_id);
            CREATE TABLE audit_head (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                seq INTEGER NOT NULL,
                mac TEXT NOT NULL,
                head_mac TEXT NOT NULL
            );
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
            CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """,
        ),
    ],
)

# Practitioner certificates for signing reports. The private key is stored wrapped (AES-256-GCM
# under a key derived from the master key, bound to the row's id and owner), inside the already
# encrypted database; removing a user removes their keys.
SIGNING_SCHEMA = Schema(
    "signing",
    [
        Migration(
            1,
            """
            CREATE TABLE signing_certificates (
                id TEXT PRIMARY KEY,
                owner TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
                subject TEXT NOT NULL,
                issuer TEXT NOT NULL,
                serial TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                not_before TEXT NOT NULL,
                not_after TEXT NOT NULL,
                kind TEXT NOT NULL,
                certificate BLOB NOT NULL,
                chain BLOB NOT NULL,
                wrapped_key BLOB NOT NULL,
                created TEXT NOT NULL,
                UNIQUE (owner, fingerprint)
            );
            """,
        ),
    ],
)

IDENTITIES_SCHEMA = Schema(
    "identities",
    [
        Migration(
            1,
            """
            CREATE TABLE id_own (
                user TEXT PRIMARY KEY REFERENCES users(name) ON DELETE CASCADE,
                key_id TEXT NOT NULL UNIQUE,
                card BLOB NOT NULL,
                wrapped_private BLOB NOT NULL,
                created TEXT NOT NULL
            );
            CREATE TABLE id_contacts (
                key_id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                organisation TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                card BLOB NOT NULL,
                confirmed_by TEXT NOT NULL,
                confirmed_at TEXT NOT NULL
            );
            CREATE TABLE id_organisations (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                created TEXT NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE TABLE id_members (
                organisation_id TEXT NOT NULL REFERENCES id_organisations(id) ON DELETE CASCADE,
                key_id TEXT NOT NULL REFERENCES id_contacts(key_id) ON DELETE CASCADE,
                PRIMARY KEY (organisation_id, key_id)
            );
            CREATE TABLE pkg_received (
                package_id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                sender_key_id TEXT NOT NULL,
                received_at TEXT NOT NULL,
                received_by TEXT NOT NULL
            );
            """,
        ),
    ],
)
"""Identities of the vault's practitioners, their address book, and the packages received."""

#: The trust layer's own components beside the core, migrated at every unlock before the domains.
TRUST_SCHEMAS: tuple[Schema, ...] = (SIGNING_SCHEMA, IDENTITIES_SCHEMA)
