"""Write files so that a crash leaves either the old file or the new one, never half of one.

Temp file in the same folder, fsync, rename over the target, fsync the folder (KeePassXC's
``Database::saveAs`` does the same). New files are readable by the owner only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".vd-tmp-"


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink inside ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class StagedFile:
    """A temp file beside ``target`` (or in ``staging``), owner-only, not yet in place.

    Write to :attr:`handle`, then :meth:`seal` (flush, fsync, close) and :meth:`publish`
    (rename over the target); :meth:`discard` removes whatever is left, at any point.
    """

    def __init__(self, target: Path, staging: Path | None = None) -> None:
        self.target = Path(target)
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=staging or self.target.parent)
        self.path = Path(name)
        self.handle: BinaryIO = os.fdopen(fd, "wb")
        self.published = False

    def seal(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()

    def publish(self) -> None:
        """Rename the sealed temp file over the target and make the rename durable."""
        os.replace(self.path, self.target)
        self.published = True
        fsync_dir(self.target.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):  # a full disk fails the close's flush as well
            self.handle.close()
        self.path.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_writer(target: Path, staging: Path | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``target`` only when the block ends without error.

    Args:
        target: The file to write.
        staging: Where the temp file lives (same filesystem); the target's folder by default.

    Raises:
        Whatever the block raises; the temp file is removed and ``target`` is untouched.
    """
    staged = StagedFile(target, staging)
    try:
        yield staged.handle
        staged.seal()
        staged.publish()
    except BaseException:
        staged.discard()
        raise


def write_atomic(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically (owner-only permissions)."""
    with atomic_writer(target) as handle:
        handle.write(data)


def sweep_temp_files(folder: Path) -> int:
    """Remove temp files a crash left behind in ``folder``; returns how many."""
    removed = 0
    for leftover in folder.glob(TEMP_PREFIX + "*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)  # a backup's scratch folder
        else:
            leftover.unlink(missing_ok=True)
        removed += 1
    return removed
