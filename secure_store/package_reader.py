"""Reading a package: keyless inspection and verification, and the decrypting item streams.

:func:`verify_package` needs no vault and no key: it checks the layout, the sender's card, both
signatures and the hash of every byte before the trailer, so a changed byte anywhere shows.
:class:`ItemReader` decrypts one item chunk by chunk for a recipient, checking each GCM tag as
it goes and the item's size and SHA-256 against the signed manifest at its end; the SHA-256 is
taken on a worker thread (:mod:`secure_store.package_pipeline`) while the next chunk decrypts.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from .chunked import CHUNK_SIZE, ChunkReader, StreamCorrupt
from .errors import Cancelled
from .package_errors import PackageRefused, PackageTampered
from .package_format import ManifestEntry, PackageInfo, read_package
from .package_pipeline import Feed, SerialWorker

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def inspect_package(path: Path) -> PackageInfo:
    """Layout and both signatures of ``path``, without reading the payload.

    Raises:
        NotAPackage, UnknownPackageVersion, PackageTruncated, PackageTampered, OSError.
    """
    with Path(path).open("rb") as source:
        return read_package(source, os.fstat(source.fileno()).st_size)


@dataclass(frozen=True)
class PackageVerification:
    """The outcome of :func:`verify_package`: what the package says, or why it is refused.

    ``info`` is only given when both signatures hold, so nothing unverified is ever shown as
    the sender or the contents.
    """

    info: PackageInfo | None
    problem: PackageRefused | None

    @property
    def valid(self) -> bool:
        return self.problem is None


def verify_package(
    path: Path, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> PackageVerification:
    """Check every byte of ``path`` without decrypting anything.

    Raises:
        OSError: the file cannot be read. Cancelled.
    """
    with Path(path).open("rb") as source:
        size = os.fstat(source.fileno()).st_size
        try:
            info = read_package(source, size)
        except PackageRefused as exc:
            return PackageVerification(None, exc)
        source.seek(0)
        digest, done = hashlib.sha256(), 0
        while block := source.read(min(CHUNK_SIZE, info.prefix_size - done)):
            if cancelled is not None and cancelled():
                raise Cancelled()
            digest.update(block)
            done += len(block)
            if progress is not None:
                progress(done, info.prefix_size)
    if digest.hexdigest() != info.prefix_sha256:
        return PackageVerification(info, PackageTampered("inhoud"))
    return PackageVerification(info, None)


class _Window:
    """Bytes ``[start, start + length)`` of a shared file, read from its own position."""

    def __init__(self, source: BinaryIO, start: int, length: int) -> None:
        self._source = source
        self._at = start
        self._end = start + length

    def read(self, size: int = -1) -> bytes:
        size = self._end - self._at if size < 0 else min(size, self._end - self._at)
        self._source.seek(self._at)
        data = self._source.read(size)
        self._at += len(data)
        return data


class ItemReader:
    """A read-only file over one decrypted item; raises PackageTampered at the first bad byte.

    Every chunk is authenticated by its GCM tag before it is returned; the SHA-256 of the item
    is taken by ``hasher`` (shared by the readers of one package, closed by their owner) and
    checked against the manifest before the end of the item is reported. ``on_chunk(count)``
    is called with the plaintext bytes of each chunk (progress, cancel).
    """

    def __init__(
        self,
        source: BinaryIO,
        entry: ManifestEntry,
        key: bytes,
        hasher: SerialWorker,
        on_chunk: Callable[[int], None] = lambda _: None,
    ) -> None:
        window = _Window(source, entry.offset, entry.length)
        self._chunks = ChunkReader(key, bytes.fromhex(entry.stream_id), cast(BinaryIO, window))
        self._entry = entry
        self._hasher = hasher
        self._on_chunk = on_chunk
        self._digest = hashlib.sha256()
        self._hashing = Feed(hasher, self._digest.update)
        self._size = 0
        self._checked = False

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._chunks.read(size)
        except StreamCorrupt as exc:
            raise PackageTampered(self._entry.name) from exc
        self._size += len(data)
        if self._size > self._entry.size:
            raise PackageTampered(f"{self._entry.name} te groot")
        if data:
            self._hashing.put(data)
            self._on_chunk(len(data))
        elif not self._checked:
            self._check_end()
        return data

    def _check_end(self) -> None:
        self._checked = True
        self._hashing.flush()
        self._hasher.drain()
        if self._size != self._entry.size or self._digest.hexdigest() != self._entry.sha256:
            raise PackageTampered(f"{self._entry.name} SHA-256")

    def read_all(self, limit: int) -> bytes:
        """The whole item (for small documents); refuses items larger than ``limit``."""
        if self._entry.size > limit:
            raise PackageTampered(f"{self._entry.name} te groot")
        parts = []
        while block := self.read(CHUNK_SIZE):
            parts.append(block)
        return b"".join(parts)
