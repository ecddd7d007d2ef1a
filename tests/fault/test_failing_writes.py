"""Imports that fail or are cancelled partway leave nothing behind (KeePassXC's FailDevice idea).

A source that breaks off (a pulled USB stick), a disk that refuses to grow the file, and a user
who presses cancel: each time no blob row, no blob file, no temp file, and a vault that verifies
and takes the next import as if nothing happened.
"""

from __future__ import annotations

import errno
import io
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from secure_store.atomic import TEMP_PREFIX
from secure_store.chunked import CHUNK_SIZE
from secure_store.errors import Cancelled, VaultWriteFailed
from secure_store.roles import Area
from secure_store.session import Session

Unlock = Callable[[str], Session]
DATA = os.urandom(3 * CHUNK_SIZE + 12_345)


class FailingSource(io.BytesIO):
    """Reads like a file until ``fail_after`` bytes have gone, then raises an I/O error."""

    def __init__(self, data: bytes, fail_after: int) -> None:
        super().__init__(data)
        self.fail_after = fail_after

    def read(self, size: int | None = -1, /) -> bytes:
        if self.tell() >= self.fail_after:
            raise OSError(errno.EIO, "Invoer/uitvoerfout: apparaat verwijderd")
        limit = self.fail_after - self.tell()
        return super().read(limit if size is None or size < 0 else min(size, limit))


@pytest.fixture
def arts(unlock: Unlock) -> Session:
    return unlock("arts")


@pytest.fixture
def case(arts: Session) -> str:
    return arts.cases.create(Area.FORENSIC)


def _files(folder: Path) -> list[Path]:
    return [p for p in (folder / "blobs").rglob("*") if p.is_file()]


def _assert_nothing_left(session: Session, vault_dir: Path) -> None:
    assert session.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    assert _files(vault_dir) == []
    assert list(vault_dir.rglob(TEMP_PREFIX + "*")) == []
    assert session.conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert session.audit_log.verify().ok


def _next_import_works(session: Session, case: str) -> None:
    ref = session.blobs.put(io.BytesIO(DATA), case, "image/jpeg")
    session.blobs.verify(ref.id)
    assert session.blobs.read(ref.id) == DATA


def test_source_failing_partway_leaves_no_row_and_no_file(
    arts: Session, case: str, vault_dir: Path
) -> None:
    seen: list[int] = []
    fail_after = CHUNK_SIZE + CHUNK_SIZE // 2
    with pytest.raises(VaultWriteFailed, match="apparaat verwijderd"):
        arts.blobs.put(FailingSource(DATA, fail_after), case, "image/jpeg", progress=seen.append)
    assert seen == [CHUNK_SIZE, fail_after]  # it failed midway, a chunk already in the temp file
    _assert_nothing_left(arts, vault_dir)
    _next_import_works(arts, case)


def test_source_failing_at_the_first_read_leaves_nothing(
    arts: Session, case: str, vault_dir: Path
) -> None:
    with pytest.raises(VaultWriteFailed):
        arts.blobs.put(FailingSource(DATA, fail_after=0), case)
    _assert_nothing_left(arts, vault_dir)


@pytest.fixture
def file_size_limit() -> Iterator[Callable[[int | None], None]]:
    """Let the operating system refuse to grow any file past a size (EFBIG), like a full disk.

    Yields a function that sets the limit in bytes, or lifts it with None.
    """
    if sys.platform == "win32":  # pragma: no cover - POSIX resource limits only
        pytest.skip("RLIMIT_FSIZE is POSIX")
    import resource

    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill

    def limit(size: int | None) -> None:
        soft = resource.RLIM_INFINITY if size is None else size
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, old_limit[1]))

    try:
        yield limit
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)


def test_disk_refusing_to_write_partway_leaves_no_row_and_no_file(
    arts: Session, case: str, vault_dir: Path, file_size_limit: Callable[[int | None], None]
) -> None:
    # Larger than the database and its WAL (so those still write), smaller than the blob.
    assert all(p.stat().st_size < CHUNK_SIZE for p in vault_dir.glob("vault.db*"))
    file_size_limit(2 * CHUNK_SIZE)
    with pytest.raises(VaultWriteFailed) as failure:
        arts.blobs.put(io.BytesIO(DATA), case, "image/jpeg")
    file_size_limit(None)
    assert isinstance(failure.value.__cause__, OSError)
    assert failure.value.__cause__.errno == errno.EFBIG
    _assert_nothing_left(arts, vault_dir)
    _next_import_works(arts, case)


def test_cancel_midway_raises_cancelled_and_leaves_nothing(
    arts: Session, case: str, vault_dir: Path
) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) == 3  # the user presses cancel while the third chunk is read

    seen: list[int] = []
    with pytest.raises(Cancelled) as error:
        arts.blobs.put(
            io.BytesIO(DATA), case, "image/jpeg", progress=seen.append, cancelled=cancelled
        )
    assert seen == [CHUNK_SIZE, 2 * CHUNK_SIZE]
    assert "niets half opgeslagen" in error.value.message
    _assert_nothing_left(arts, vault_dir)
    _next_import_works(arts, case)


def test_cancel_before_the_first_chunk_leaves_nothing(
    arts: Session, case: str, vault_dir: Path
) -> None:
    with pytest.raises(Cancelled):
        arts.blobs.put(io.BytesIO(DATA), case, cancelled=lambda: True)
    _assert_nothing_left(arts, vault_dir)
