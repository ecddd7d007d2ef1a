"""Streamed AEAD: AES-256-GCM in chunks, for vault blobs, backups and sealed packages.

Layout: ``MAGIC | stream id (16) | chunk size (4)`` then per chunk
``nonce (12) | ciphertext length (4) | ciphertext+tag``. Each chunk's associated data is the
header plus ``chunk index (8) | last flag (1)``, so a changed byte (header included), a dropped
final chunk, reordered chunks or a chunk swapped in from another stream all fail authentication.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"VDC1"
CHUNK_SIZE = 1024 * 1024
STREAM_ID_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
_HEADER = struct.Struct(">4s16sI")
_CHUNK_HEAD = struct.Struct(">12sI")


class StreamCorrupt(Exception):
    """The stream failed authentication or is malformed (callers map it to their error)."""


def _aad(stream_id: bytes, chunk_size: int, index: int, last: bool) -> bytes:
    return _HEADER.pack(MAGIC, stream_id, chunk_size) + struct.pack(">QB", index, int(last))


class ChunkWriter:
    """A write-only file object that encrypts what it is given, one chunk at a time.

    ``close()`` writes the final chunk (possibly empty) with the last flag set; a writer that is
    never closed leaves a stream that :class:`ChunkReader` rejects as truncated. With
    ``hash_plaintext=False`` the caller hashes the plaintext itself (sealed packages do it on
    another thread) and :attr:`sha256` stays empty.

    Each chunk is encrypted into one frame buffer that is reused, so ``sink.write`` must not
    keep the buffer it is given after it returns (no file object does). Whole chunks handed in
    as ``bytes`` are encrypted from where they are, without a copy.
    """

    def __init__(
        self,
        key: bytes,
        stream_id: bytes,
        sink: BinaryIO,
        chunk_size: int = CHUNK_SIZE,
        *,
        hash_plaintext: bool = True,
    ):
        if len(stream_id) != STREAM_ID_BYTES:
            raise ValueError("stream id must be 16 bytes")
        self._aead = AESGCM(key)
        self._stream_id = stream_id
        self._sink = sink
        self._chunk_size = chunk_size
        self._hash = hash_plaintext
        self._partial = bytearray()  # the start of the next chunk
        # A whole chunk held back: only close() knows which chunk is the last one.
        self._full: bytearray | memoryview | None = None
        self._frame = bytearray()  # grown to the largest chunk seen, then reused
        self._index = 0
        self.plain_size = 0
        self.sha256 = hashlib.sha256()
        sink.write(_HEADER.pack(MAGIC, stream_id, chunk_size))

    def write(self, data: bytes) -> int:
        view = memoryview(data).cast("B")
        size = view.nbytes
        self.plain_size += size
        if self._hash:
            self.sha256.update(view)
        immutable = isinstance(data, bytes)  # may be held past this call without a copy
        while view:
            if self._full is not None:  # more data follows, so the held chunk is not the last
                self._emit(self._full, last=False)
                self._full = None
            if immutable and not self._partial and len(view) >= self._chunk_size:
                self._full, view = view[: self._chunk_size], view[self._chunk_size :]
                continue
            room = self._chunk_size - len(self._partial)
            self._partial += view[:room]
            view = view[room:]
            if len(self._partial) == self._chunk_size:
                self._full, self._partial = self._partial, bytearray()
        return size

    def close(self) -> None:
        self._emit(self._partial if self._full is None else self._full, last=True)
        self._full, self._partial = None, bytearray()

    def _emit(self, plain: bytearray | memoryview, last: bool) -> None:
        nonce = os.urandom(NONCE_BYTES)
        aad = _aad(self._stream_id, self._chunk_size, self._index, last)
        sealed = len(plain) + TAG_BYTES
        if len(self._frame) < _CHUNK_HEAD.size + sealed:  # a small blob needs no 1 MiB frame
            self._frame = bytearray(_CHUNK_HEAD.size + sealed)
        _CHUNK_HEAD.pack_into(self._frame, 0, nonce, sealed)
        frame = memoryview(self._frame)[: _CHUNK_HEAD.size + sealed]
        self._aead.encrypt_into(nonce, plain, aad, frame[_CHUNK_HEAD.size :])
        self._sink.write(frame)
        self._index += 1


def read_header(source: BinaryIO) -> tuple[bytes, int]:
    """Read and check the stream header; returns (stream id, chunk size)."""
    raw = source.read(_HEADER.size)
    if len(raw) != _HEADER.size:
        raise StreamCorrupt("header truncated")
    magic, stream_id, chunk_size = _HEADER.unpack(raw)
    if magic != MAGIC or not 0 < chunk_size <= 64 * CHUNK_SIZE:
        raise StreamCorrupt("not an encrypted stream")
    return stream_id, chunk_size


def decrypt_chunks(key: bytes, expected_id: bytes, source: BinaryIO) -> Iterator[bytes]:
    """Yield the plaintext chunks of a stream, authenticating each before it is yielded.

    Raises:
        StreamCorrupt: on any change, truncation, reorder, swap, or a foreign stream id.
    """
    stream_id, chunk_size = read_header(source)
    if stream_id != expected_id:
        raise StreamCorrupt("stream belongs elsewhere")
    aead = AESGCM(key)
    limit = chunk_size + TAG_BYTES
    pending = _read_chunk(source, limit)
    index = 0
    while pending is not None:
        following = _read_chunk(source, limit)
        nonce, sealed = pending
        try:
            aad = _aad(stream_id, chunk_size, index, following is None)
            plain = aead.decrypt(nonce, sealed, aad)
        except InvalidTag as exc:
            raise StreamCorrupt(f"chunk {index} failed authentication") from exc
        yield plain
        pending, index = following, index + 1
    if index == 0:
        raise StreamCorrupt("no chunks")


def _read_chunk(source: BinaryIO, limit: int) -> tuple[bytes, bytes] | None:
    head = source.read(_CHUNK_HEAD.size)
    if not head:
        return None
    if len(head) != _CHUNK_HEAD.size:
        raise StreamCorrupt("chunk header truncated")
    nonce, length = _CHUNK_HEAD.unpack(head)
    if not TAG_BYTES <= length <= limit:
        raise StreamCorrupt("chunk length out of range")
    sealed = source.read(length)
    if len(sealed) != length:
        raise StreamCorrupt("chunk truncated")
    return nonce, sealed


class ChunkReader:
    """A read-only file object over :func:`decrypt_chunks` (for tarfile and streaming copies)."""

    def __init__(self, key: bytes, expected_id: bytes, source: BinaryIO) -> None:
        self._chunks = decrypt_chunks(key, expected_id, source)
        self._buffer = b""
        self._done = False

    def read(self, size: int = -1) -> bytes:
        while not self._done and (size < 0 or len(self._buffer) < size):
            try:
                self._buffer += next(self._chunks)
            except StopIteration:
                self._done = True
        if size < 0:
            size = len(self._buffer)
        out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out


def encrypt_stream(
    key: bytes, stream_id: bytes, source: BinaryIO, sink: BinaryIO, chunk_size: int = CHUNK_SIZE
) -> tuple[int, str]:
    """Encrypt all of ``source`` into ``sink``; returns (plaintext size, plaintext SHA-256 hex)."""
    writer = ChunkWriter(key, stream_id, sink, chunk_size)
    while block := source.read(chunk_size):
        writer.write(block)
    writer.close()
    return writer.plain_size, writer.sha256.hexdigest()
