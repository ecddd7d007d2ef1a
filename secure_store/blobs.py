"""Encrypted media files ("blobs"): streamed in, streamed out, never whole in memory.

Each blob has a random id (never a content hash or a file name), its own key derived from its
case key, and lives at ``blobs/<id[:2]>/<id>``. Writing goes: a marker ``blobs/pending/<id>``,
the temp file beside it, fsync, rename into place, then the DB row. A crash leaves at worst a
marked file without a row; the next unlock looks only at the markers, so its cost grows with
what was being written, not with the size of the vault.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .atomic import atomic_writer, fsync_dir, sweep_temp_files
from .chunked import CHUNK_SIZE, ChunkWriter, StreamCorrupt, decrypt_chunks
from .errors import Cancelled, TamperedBlob, VaultWriteFailed
from .keys import hkdf

if TYPE_CHECKING:
    from .session import Session

ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class BlobRef:
    """What :meth:`BlobStore.put` returns and the blobs table holds."""

    id: str
    case_id: str
    size: int
    sha256: str
    media_type: str


def blob_key(case_key: bytes, blob_id: str) -> bytes:
    """The key of one blob, derived from its case key (so erasing the case shreds it)."""
    return hkdf(case_key, f"veilig-dossier/v1/blob/{blob_id}".encode())


class BlobStore:
    """Puts and opens the encrypted blobs of one unlocked vault."""

    def __init__(self, session: Session, folder: Path) -> None:
        self._session = session
        self.folder = folder

    def path(self, blob_id: str) -> Path:
        return self.folder / blob_id[:2] / blob_id

    @property
    def pending(self) -> Path:
        """Markers of blobs being written (and their temp files)."""
        return self.folder / "pending"

    def put(
        self,
        source: BinaryIO,
        case_id: str,
        media_type: str = "application/octet-stream",
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> BlobRef:
        """Encrypt ``source`` into a new blob of ``case_id`` and record it (:meth:`write` then
        :meth:`register`).

        Raises:
            Cancelled: ``cancelled()`` became true; nothing is left behind.
            VaultWriteFailed: the source or the disk failed (full, unreadable); nothing is left.
            PermissionDenied: the caller may not write to this case.
        """
        ref = self.write(source, case_id, media_type, progress=progress, cancelled=cancelled)
        try:
            self.register(ref)
        except BaseException:
            self.remove_file(ref.id)
            raise
        if not self._session.conn.in_transaction:
            self.settle(ref)  # committed; inside a caller's transaction the next unlock settles it
        return ref

    def write(
        self,
        source: BinaryIO,
        case_id: str,
        media_type: str = "application/octet-stream",
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> BlobRef:
        """Encrypt ``source`` into a blob file of ``case_id`` without recording it yet.

        Writing needs no database lock, so several workers can write at once; the caller records
        the blob with :meth:`register` inside the transaction that uses it, or removes the file.
        A crash in between leaves an unrecorded file that the next unlock sweeps away.

        Raises:
            As :meth:`put`.
        """
        case_key = self._session.cases.key(case_id)
        blob_id = secrets.token_hex(16)
        target = self.path(blob_id)
        try:
            self.pending.mkdir(mode=0o700, exist_ok=True)
            # No fsync of the marker on its own: the fsync of the blob's folder after the rename
            # commits the filesystem journal, which on journaling filesystems carries the earlier
            # marker too. Elsewhere a power cut can at worst leave an unreferenced encrypted
            # file, never a row without its blob.
            (self.pending / blob_id).touch(mode=0o600)
            target.parent.mkdir(mode=0o700, exist_ok=True)
            with atomic_writer(target, staging=self.pending) as sink:
                writer = ChunkWriter(blob_key(case_key, blob_id), bytes.fromhex(blob_id), sink)
                while block := source.read(CHUNK_SIZE):
                    if cancelled is not None and cancelled():
                        raise Cancelled()
                    writer.write(block)
                    if progress is not None:
                        progress(writer.plain_size)
                writer.close()
        except BaseException as exc:
            (self.pending / blob_id).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise VaultWriteFailed(exc.strerror or type(exc).__name__) from exc
            raise
        return BlobRef(blob_id, case_id, writer.plain_size, writer.sha256.hexdigest(), media_type)

    def register(self, ref: BlobRef) -> None:
        """Record a written blob (joins the caller's transaction, if any)."""
        with self._session.transaction() as conn:
            conn.execute(
                "INSERT INTO blobs (id, case_id, size, sha256, media_type, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    ref.id,
                    ref.case_id,
                    ref.size,
                    ref.sha256,
                    ref.media_type,
                    self._session.now_text(),
                ),
            )

    def info(self, blob_id: str) -> BlobRef:
        row = self._session.conn.execute(
            "SELECT id, case_id, size, sha256, media_type FROM blobs WHERE id = ?", (blob_id,)
        ).fetchone()
        if row is None:
            raise TamperedBlob(f"{blob_id} onbekend")
        return BlobRef(*row)

    def chunks(self, blob_id: str) -> Iterator[bytes]:
        """Yield the plaintext of a blob chunk by chunk, each authenticated before it is yielded.

        Raises:
            PermissionDenied: the caller's role may not read the blob's case.
            TamperedBlob: the file was changed, truncated, reordered, swapped or is missing.
        """
        ref = self.info(blob_id)
        key = blob_key(self._session.cases.key(ref.case_id), blob_id)
        return self._decrypt(ref, key)

    def read(self, blob_id: str) -> bytes:
        """The whole plaintext of a (small) blob."""
        return b"".join(self.chunks(blob_id))

    def verify(self, blob_id: str) -> None:
        """Decrypt a blob end to end and check its SHA-256 against its row, revealing nothing.

        Raises:
            TamperedBlob: as :meth:`chunks`.
        """
        ref = self.info(blob_id)
        key = blob_key(self._session.cases.key_for_integrity_check(ref.case_id), blob_id)
        for _ in self._decrypt(ref, key):
            pass

    def _decrypt(self, ref: BlobRef, key: bytes) -> Iterator[bytes]:
        digest = hashlib.sha256()
        try:
            with self.path(ref.id).open("rb") as source:
                for chunk in decrypt_chunks(key, bytes.fromhex(ref.id), source):
                    digest.update(chunk)
                    yield chunk
        except (OSError, StreamCorrupt) as exc:
            raise TamperedBlob(ref.id) from exc
        if digest.hexdigest() != ref.sha256:
            raise TamperedBlob(f"{ref.id} hash")

    def settle(self, ref: BlobRef) -> None:
        """Drop the marker of a blob whose row has been committed."""
        (self.pending / ref.id).unlink(missing_ok=True)

    def remove_file(self, blob_id: str) -> None:
        path = self.path(blob_id)
        path.unlink(missing_ok=True)
        (self.pending / blob_id).unlink(missing_ok=True)
        fsync_dir(path.parent)

    def sweep_orphans(self) -> int:
        """Settle the markers a session left: files without a row go, recorded blobs stay.

        Only run while holding the vault's folder lock (see :mod:`secure_store.folder_lock`).
        Returns the number of files removed (orphan blobs and temp files).
        """
        if not self.pending.is_dir():
            return 0
        removed = sweep_temp_files(self.pending)
        markers = [m for m in self.pending.iterdir() if len(m.name) == 32]
        for marker in markers:
            known = self._session.conn.execute(
                "SELECT 1 FROM blobs WHERE id = ?", (marker.name,)
            ).fetchone()
            if known is None and self.path(marker.name).exists():
                self.path(marker.name).unlink()
                removed += 1
            marker.unlink()
        fsync_dir(self.pending)
        return removed
