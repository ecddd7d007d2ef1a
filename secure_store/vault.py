"""A vault folder: create it, open it, unlock it.

``vault.db`` (SQLCipher), ``keyslots.json`` and ``blobs/``. Creation happens in a temp folder
that is renamed into place, so a half-created vault is never visible.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from .atomic import TEMP_PREFIX, fsync_dir, sweep_temp_files
from .audit import AuditLog
from .clock import Clock, SystemClock
from .database import CORE_SCHEMA, TRUST_SCHEMAS, Connection, Schema, connect, migrate
from .errors import NotAVault, UnknownUser, VaultDamaged, VaultExists, WrongPassphrase
from .folder_lock import FolderLock
from .kdf import KdfParams, calibrate
from .keys import VaultKeys, random_key
from .keyslots import RECOVERY, KeySlotFile, KeySlotStore, open_slot, seal_slot
from .passphrase import check_passphrase, new_recovery_key, normalise_recovery_key
from .roles import Role, decode_roles, encode_roles
from .session import Identity, Session
from .throttle import UnlockThrottle
from .users import check_user_name

DB_NAME = "vault.db"
RECOVERY_DISPLAY_NAME = "Herstelsleutel"


class Vault:
    """An opened (still locked) vault folder; :meth:`unlock` gives a :class:`Session`."""

    def __init__(
        self,
        folder: Path,
        slots: KeySlotFile,
        *,
        schemas: Sequence[Schema] = (),
        clock: Clock | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.folder = folder
        self.slots = KeySlotStore(folder, slots)
        self.schemas = tuple(schemas)
        self.clock = clock or SystemClock()
        self.throttle = UnlockThrottle(folder, sleep)
        self.session: Session | None = None

    # -- creating and opening ------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        admin_name: str,
        passphrase: str,
        *,
        organisation: str = "",
        display_name: str = "",
        kdf: KdfParams | None = None,
        schemas: Sequence[Schema] = (),
        clock: Clock | None = None,
    ) -> tuple[Vault, str]:
        """Create a vault in ``folder`` (absent or empty) with one administrator.

        Returns:
            The vault (locked) and the recovery key, which is shown once and never stored.

        Raises:
            VaultExists: ``folder`` holds files. WeakPassphrase: the passphrase breaks the rules.
        """
        folder = Path(folder)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists(str(folder))
        check_user_name(admin_name)
        check_passphrase(passphrase, admin_name)
        clock = clock or SystemClock()
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=folder.parent))
        try:
            recovery = _build(
                staging, admin_name, display_name, passphrase, organisation, kdf, clock
            )
            staging.chmod(0o700)
            os.replace(staging, folder)
            fsync_dir(folder.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return cls.open(folder, schemas=schemas, clock=clock), recovery

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        schemas: Sequence[Schema] = (),
        clock: Clock | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> Vault:
        """Open a vault folder without unlocking it (nothing is written until unlock).

        Raises:
            NotAVault: no keyslot file, or a foreign one. VaultDamaged: the files are broken.
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise NotAVault(str(folder))
        slots = KeySlotFile.load(folder)
        if not (folder / DB_NAME).is_file() or not (folder / "blobs").is_dir():
            raise VaultDamaged(DB_NAME)
        return cls(folder, slots, schemas=schemas, clock=clock, sleep=sleep)

    # -- unlocking -----------------------------------------------------------------------
    @property
    def users(self) -> list[str]:
        """The user names that can unlock this vault (for the unlock screen)."""
        return self.slots.current.user_names

    def unlock(self, user: str, passphrase: str) -> Session:
        """Unlock as ``user``. Failures are counted, slowed down and logged at the next unlock.

        Raises:
            UnknownUser, WrongPassphrase, VaultDamaged, VaultTooNew.
        """
        self.throttle.wait(user)
        try:
            slot = self.slots.current.slot_for(user)
        except UnknownUser:
            self.throttle.record_failure(user, self.clock.now())
            raise
        master = open_slot(self.slots.current.vault_id, slot, passphrase.encode())
        if master is None:
            self.throttle.record_failure(user, self.clock.now())
            raise WrongPassphrase()
        return self._start_session(user, master)

    def unlock_with_recovery(self, recovery_key: str) -> Session:
        """Unlock with the recovery key: an administrator session to reset passphrases."""
        self.throttle.wait(RECOVERY)
        slot = self.slots.current.slot_for(RECOVERY)
        secret = normalise_recovery_key(recovery_key).encode()
        master = open_slot(self.slots.current.vault_id, slot, secret)
        if master is None:
            self.throttle.record_failure(RECOVERY, self.clock.now())
            raise WrongPassphrase()
        return self._start_session(RECOVERY, master)

    def lock(self) -> None:
        """Lock the current session, if any."""
        if self.session is not None:
            self.session.lock()
            self.session = None

    def _start_session(self, user: str, master: bytes) -> Session:
        self.lock()
        folder_lock = FolderLock(self.folder)
        folder_lock.acquire()
        try:
            return self._open_session(user, master, folder_lock)
        except BaseException:
            folder_lock.release()
            raise

    def _open_session(self, user: str, master: bytes, folder_lock: FolderLock) -> Session:
        keys = VaultKeys.from_master(master)
        conn = connect(self.folder / DB_NAME, keys.database)
        try:
            for schema in (CORE_SCHEMA, *TRUST_SCHEMAS, *self.schemas):
                migrate(conn, schema)
            stored_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if stored_id is None or stored_id[0] != self.slots.current.vault_id:
                raise VaultDamaged("vault id")
            identity, must_change = _identity(conn, user)
        except BaseException:
            conn.close()
            raise
        session = Session(
            self.folder, self.slots, conn, keys, identity, self.clock, must_change,
            on_lock=folder_lock.release,
        )  # fmt: skip
        for failed_user, at in self.throttle.succeeded(user):
            session.audit_log.append(
                user=failed_user, roles="", action="login.failed", at=_parse(at)
            )
        session.log("login" if user != RECOVERY else "login.recovery")
        # Only now, holding the folder lock, is debris certainly a crash's and not a live write.
        sweep_temp_files(self.folder)
        session.blobs.sweep_orphans()
        self.session = session
        return session


def _identity(conn: Connection, user: str) -> tuple[Identity, bool]:
    if user == RECOVERY:
        return Identity(RECOVERY, RECOVERY_DISPLAY_NAME, frozenset({Role.ADMIN})), False
    row = conn.execute(
        "SELECT display_name, roles, must_change FROM users WHERE name = ?", (user,)
    ).fetchone()
    if row is None:
        raise UnknownUser(user)
    return Identity(user, row[0], decode_roles(row[1])), bool(row[2])


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _build(
    folder: Path,
    admin_name: str,
    display_name: str,
    passphrase: str,
    organisation: str,
    kdf: KdfParams | None,
    clock: Clock,
) -> str:
    """Fill an empty staging folder with a new vault; returns the recovery key."""
    kdf = kdf or calibrate()
    vault_id = KeySlotFile.new_vault_id()
    master = random_key()
    recovery = new_recovery_key()
    slots = KeySlotFile(
        vault_id,
        kdf,
        (
            seal_slot(vault_id, admin_name, passphrase.encode(), master, kdf),
            seal_slot(vault_id, RECOVERY, recovery.encode(), master, kdf),
        ),
    )
    (folder / "blobs").mkdir(mode=0o700)
    keys = VaultKeys.from_master(master)
    conn = connect(folder / DB_NAME, keys.database)
    try:
        migrate(conn, CORE_SCHEMA)
        now = clock.now().isoformat(timespec="microseconds")
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("vault_id", vault_id), ("created", now)],
        )
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('organisation_name', ?)", (organisation,)
        )
        conn.execute(
            "INSERT INTO users (name, display_name, roles, must_change, created) VALUES (?, ?, ?, 0, ?)",
            (admin_name, display_name or admin_name, encode_roles(frozenset({Role.ADMIN})), now),
        )
        AuditLog(conn, keys.audit, clock).append(
            user=admin_name, roles=encode_roles(frozenset({Role.ADMIN})), action="vault.create"
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    slots.save(folder)
    return recovery
