"""One unlocked program per vault folder.

Two programs working in one vault would each take the other's half-written blob for debris a
crash left behind and sweep it away. An exclusive lock on ``.lock`` in the folder, held while a
session is unlocked, refuses the second with a message instead; the operating system releases it
when the program ends, however it ends.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import VaultInUse

LOCK_NAME = ".lock"

if sys.platform == "win32":  # pragma: no cover - Windows only; CI runs on Linux
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FolderLock:
    """The exclusive lock of one vault folder."""

    def __init__(self, folder: Path) -> None:
        self._path = Path(folder) / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock. Raises VaultInUse when another session holds it."""
        if self._fd is not None:
            return
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise VaultInUse(str(self._path.parent))
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
