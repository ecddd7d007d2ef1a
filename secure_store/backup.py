"""Encrypted, self-verifying backups: the whole vault in one file, restorable elsewhere.

Layout: ``MAGIC | header length (4) | header JSON`` (format, vault id, time, key slots, stream
id) then one chunked AEAD stream under the vault's backup key holding a tar of a consistent
database snapshot, every blob file, the SHA-256 of the header and a manifest. Any changed byte —
header included — fails authentication or the manifest; restore builds the new vault in a
staging folder, unlocks it, checks every blob and the audit chain, and only then renames it
into place.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import secrets
import shutil
import struct
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from .atomic import TEMP_PREFIX, atomic_writer, fsync_dir
from .chunked import CHUNK_SIZE, ChunkReader, ChunkWriter, StreamCorrupt
from .database import connect
from .errors import BackupDamaged, Cancelled, VaultError, VaultExists, WrongPassphrase
from .export import ExportSink
from .keys import VaultKeys
from .keyslots import KeySlotFile, open_slot
from .roles import Area
from .vault import Vault

if TYPE_CHECKING:
    from .session import Session

MAGIC = b"VDBACKUP1\n"
FORMAT = "veilig-dossier-backup"
MAX_HEADER = 1024 * 1024
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class BackupReceipt:
    """What a finished backup reports: where, how big, its SHA-256, how many blobs."""

    path: Path
    size: int
    sha256: str
    blobs: int


class _HashingReader:
    """Reads a file for tarfile while hashing it, so a blob is read from disk once."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self.digest.update(data)
        return data


def _add(tar: tarfile.TarFile, name: str, source: BinaryIO, size: int) -> None:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    tar.addfile(info, source)


def create_backup(
    session: Session,
    dest: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> BackupReceipt:
    """Write a backup of the unlocked vault to ``dest`` (administrators only).

    Raises:
        PermissionDenied, Cancelled (nothing is left at ``dest``).
    """
    session.require(Area.BACKUP, action="backup.create", record_type="vault")
    dest = Path(dest)
    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX, dir=session.folder) as scratch:
        snapshot = Path(scratch) / "vault.db"
        with session.exclusive() as conn:
            blobs = [(r[0], r[1]) for r in conn.execute("SELECT id, size FROM blobs ORDER BY id")]
            target = connect(snapshot, session.keys.database)
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            target.close()
        files = [("vault.db", snapshot)] + [
            (f"blobs/{b[:2]}/{b}", session.blobs.path(b)) for b, _ in blobs
        ]
        total = sum(path.stat().st_size for _, path in files)
        header = {
            "format": FORMAT,
            "version": 1,
            "vault_id": session.slots.current.vault_id,
            "created": session.now_text(),
            "keyslots": json.loads(session.slots.current.to_bytes()),
            "stream_id": secrets.token_hex(16),
        }
        header_bytes = json.dumps(header).encode()
        with atomic_writer(dest) as raw:
            sink = ExportSink(raw)
            sink.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
            stream_id = bytes.fromhex(str(header["stream_id"]))
            writer = ChunkWriter(session.keys.backup, stream_id, cast(BinaryIO, sink))
            _write_tar(writer, files, header_bytes, total, progress, cancelled)
            writer.close()
    digest = sink.digest_so_far()
    session.log("backup.create", "vault", detail=f"sha256={digest} blobs={len(blobs)}")
    return BackupReceipt(dest, sink.size, digest, len(blobs))


def _write_tar(
    writer: ChunkWriter,
    files: list[tuple[str, Path]],
    header_bytes: bytes,
    total: int,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> dict[str, str]:
    manifest: dict[str, str] = {}
    done = 0
    with tarfile.open(fileobj=cast(BinaryIO, writer), mode="w|", format=tarfile.PAX_FORMAT) as tar:
        for name, path in files:
            if cancelled is not None and cancelled():
                raise Cancelled()
            size = path.stat().st_size
            with path.open("rb") as source:
                reader = _HashingReader(source)
                _add(tar, name, cast(BinaryIO, reader), size)
            manifest[name] = reader.digest.hexdigest()
            done += size
            if progress is not None:
                progress(done, total)
        manifest["header"] = hashlib.sha256(header_bytes).hexdigest()
        body = json.dumps(manifest, sort_keys=True).encode()
        _add(tar, "manifest.json", io.BytesIO(body), len(body))
    return manifest


def read_backup_header(source: BinaryIO) -> tuple[dict[str, Any], bytes]:
    """Parse the clear header of a backup file; raises BackupDamaged if it is not one."""
    if source.read(len(MAGIC)) != MAGIC:
        raise BackupDamaged("magic")
    raw_length = source.read(4)
    if len(raw_length) != 4:
        raise BackupDamaged("header")
    (length,) = struct.unpack(">I", raw_length)
    header_bytes = source.read(length) if length <= MAX_HEADER else b""
    try:
        header = json.loads(header_bytes)
        if header["format"] != FORMAT or header["version"] != 1:
            raise ValueError(header["format"])
        bytes.fromhex(header["stream_id"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged("header") from exc
    return header, header_bytes


def restore_backup(
    backup_file: Path,
    folder: Path,
    user: str,
    passphrase: str,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Restore ``backup_file`` into the new folder ``folder``; returns the number of blobs.

    The user must be an administrator in the backup. Nothing appears at ``folder`` unless the
    whole backup decrypts, matches its manifest, every blob matches its SHA-256 and the audit
    chain verifies.

    Raises:
        VaultExists, BackupDamaged, WrongPassphrase, UnknownUser, PermissionDenied, Cancelled.
    """
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExists(str(folder))
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=folder.parent))
    try:
        with Path(backup_file).open("rb") as source:
            header, header_bytes = read_backup_header(source)
            slots = _slots(header)
            master = open_slot(slots.vault_id, slots.slot_for(user), passphrase.encode())
            if master is None:
                raise WrongPassphrase()
            keys = VaultKeys.from_master(master)
            total = Path(backup_file).stat().st_size
            reader = ChunkReader(keys.backup, bytes.fromhex(header["stream_id"]), source)
            _extract(
                reader, staging, header_bytes, lambda: source.tell(), total, progress, cancelled
            )
        slots.save(staging)
        blobs = _verify_restored(Vault.open(staging), user, passphrase)
        staging.chmod(0o700)
        os.replace(staging, folder)
        fsync_dir(folder.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return blobs


def _slots(header: dict[str, Any]) -> KeySlotFile:
    try:
        return KeySlotFile.parse(json.dumps(header["keyslots"]).encode())
    except (VaultError, KeyError) as exc:
        raise BackupDamaged("keyslots") from exc


def _extract(
    reader: ChunkReader,
    staging: Path,
    header_bytes: bytes,
    position: Callable[[], int],
    total: int,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> None:
    """Unpack the tar into ``staging``, checking each name and the manifest."""
    (staging / "blobs").mkdir(mode=0o700)
    seen: dict[str, str] = {}
    manifest: dict[str, str] | None = None
    try:
        with tarfile.open(fileobj=cast(BinaryIO, reader), mode="r|") as tar:
            for member in tar:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                extracted = tar.extractfile(member)
                if not member.isfile() or extracted is None:
                    raise BackupDamaged(member.name)
                if member.name == "manifest.json":
                    manifest = json.loads(extracted.read())
                    continue
                target = _target(staging, member.name)
                target.parent.mkdir(mode=0o700, exist_ok=True)
                digest = hashlib.sha256()
                with target.open("wb") as out:
                    while block := extracted.read(CHUNK_SIZE):
                        digest.update(block)
                        out.write(block)
                seen[member.name] = digest.hexdigest()
                if progress is not None:
                    progress(position(), total)
    except (StreamCorrupt, tarfile.TarError, ValueError) as exc:
        raise BackupDamaged("inhoud") from exc
    expected = {**seen, "header": hashlib.sha256(header_bytes).hexdigest()}
    if manifest != expected:
        raise BackupDamaged("manifest")


def _target(staging: Path, name: str) -> Path:
    """Only ``vault.db`` and ``blobs/xx/<id>`` may come out of a backup (no path tricks)."""
    parts = name.split("/")
    valid_blob = (
        len(parts) == 3
        and parts[0] == "blobs"
        and len(parts[2]) == 32
        and all(c in "0123456789abcdef" for c in parts[2])
        and parts[1] == parts[2][:2]
    )
    if name != "vault.db" and not valid_blob:
        raise BackupDamaged(name)
    return staging.joinpath(*parts)


def _verify_restored(vault: Vault, user: str, passphrase: str) -> int:
    session = vault.unlock(user, passphrase)
    try:
        session.require(Area.BACKUP, action="backup.restore", record_type="vault")
        if not session.audit_log.verify().ok:
            raise BackupDamaged("audit")
        blob_ids = [r[0] for r in session.conn.execute("SELECT id FROM blobs")]
        for blob_id in blob_ids:
            try:
                session.blobs.verify(blob_id)
            except VaultError as exc:
                raise BackupDamaged(blob_id) from exc
        session.log("backup.restore", "vault", detail=f"blobs={len(blob_ids)}")
    finally:
        vault.lock()
    return len(blob_ids)
