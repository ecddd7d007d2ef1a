"""Sealing a package: items streamed in, one ``.vdpkg`` streamed out, memory bounded.

A random content key encrypts every item as its own chunked AES-256-GCM stream (the format of
vault blobs); HPKE with ML-KEM-768 + X25519 seals that key to each recipient. The sender signs
the trailer — manifest, header hash, hash of all bytes before the trailer — with Ed25519 and
ML-DSA-65. Memory stays bounded: a few chunks at a time.

Sealing runs on three threads (:mod:`secure_store.package_pipeline`): the caller's produces the
items, one worker encrypts and writes them into the sink (which hashes the file as it goes),
another takes the SHA-256 of each item's plaintext for the manifest.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import BinaryIO, Protocol, cast

from cryptography.hazmat.primitives import hpke

from .chunked import CHUNK_SIZE, ChunkWriter
from .errors import Cancelled
from .identity_card import IdentityCard, PrivateIdentity
from .keys import random_key
from .package_format import (
    FORMAT,
    VERSION,
    ManifestEntry,
    PackageInfo,
    Recipient,
    body_bytes,
    encode_prefix,
    encode_trailer,
    signed_message,
    valid_item_name,
)
from .package_pipeline import Feed, SerialWorker

SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def key_info(package_id: str, sender_key_id: str, recipient_key_id: str) -> bytes:
    """HPKE ``info``: binds a sealed content key to its package, sender and recipient."""
    return (
        f"veilig-dossier/v1/package-key\n{package_id}\n{sender_key_id}\n{recipient_key_id}".encode()
    )


@dataclass(frozen=True)
class OutgoingItem:
    """One item to seal: its name in the package, media type, and its bytes as a stream.

    ``chunks`` is called once, on the caller's thread, when the item's turn comes, so an item
    is produced (read from a blob, de-identified, rendered) only while it is being written.
    Blocks are best given as ``bytes``: any other buffer is copied first, since the workers use
    a block after the producer has moved on. ``size_hint`` is for progress only.
    """

    name: str
    media_type: str
    chunks: Callable[[], Iterable[bytes]]
    size_hint: int = 0

    @classmethod
    def from_bytes(cls, name: str, media_type: str, data: bytes) -> OutgoingItem:
        return cls(name, media_type, lambda: (data,), len(data))


class PackageSink(Protocol):
    """Where a package is written (:class:`secure_store.export.ExportSink` in the program)."""

    size: int

    def write(self, data: bytes) -> int: ...

    def digest_so_far(self) -> str: ...


def write_package(
    sink: PackageSink,
    *,
    sender: PrivateIdentity,
    sender_card: IdentityCard,
    kind: str,
    recipients: Sequence[IdentityCard],
    items: Sequence[OutgoingItem],
    created: str,
    chunk_size: int = CHUNK_SIZE,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> PackageInfo:
    """Write a complete package into ``sink`` (which must start empty).

    ``progress`` and ``cancelled`` are called on the caller's thread only. The workers are
    joined before this returns or raises, so the caller may discard the sink at once.

    Raises:
        Cancelled: ``cancelled()`` became true; the caller discards what was written.
        ValueError: no recipients, or item names that are invalid or repeated (a bug).
        Whatever the sink or an item's blocks raise (a full disk, a read error), also when it
        was raised on a worker thread.
    """
    names = [item.name for item in items]
    if not recipients or len(set(names)) != len(names) or not all(map(valid_item_name, names)):
        raise ValueError("a package needs recipients and unique, valid item names")
    package_id, content_key = secrets.token_hex(16), random_key()
    sealed = [_seal_key(content_key, package_id, sender_card, card) for card in recipients]
    header = {
        "format": FORMAT,
        "package_id": package_id,
        "kind": kind,
        "created": created,
        "chunk_size": chunk_size,
        "sender": sender_card.to_json(),
        "recipients": [recipient.to_json() for recipient in sealed],
    }
    prefix = encode_prefix(header)
    sink.write(prefix)
    total, done = sum(item.size_hint for item in items), [0]

    def advance(count: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        done[0] += count
        if progress is not None:
            progress(done[0], max(total, done[0]))

    manifest = _write_items(sink, content_key, items, chunk_size, advance)
    prefix_sha256, prefix_size = sink.digest_so_far(), sink.size
    body = body_bytes({
        "manifest": [entry.to_json() for entry in manifest],
        "header_sha256": hashlib.sha256(prefix).hexdigest(),
        "prefix_sha256": prefix_sha256,
        "prefix_size": prefix_size,
    })  # fmt: skip
    sink.write(encode_trailer(body, sender.sign(signed_message(body))))
    return PackageInfo(
        VERSION, package_id, kind, created, sender_card, tuple(sealed), tuple(manifest),
        chunk_size, sink.size, prefix_sha256, prefix_size,
    )  # fmt: skip


def _seal_key(
    content_key: bytes, package_id: str, sender: IdentityCard, recipient: IdentityCard
) -> Recipient:
    info = key_info(package_id, sender.key_id, recipient.key_id)
    sealed = SUITE.encrypt(content_key, recipient.keys.hpke_public(), info)
    return Recipient(recipient.key_id, recipient.name, recipient.organisation, sealed)


def _write_items(
    sink: PackageSink,
    content_key: bytes,
    items: Sequence[OutgoingItem],
    chunk_size: int,
    advance: Callable[[int], None],
) -> list[ManifestEntry]:
    """Encrypt every item into ``sink``, in order, and return their manifest entries.

    This thread produces the blocks; the writer worker encrypts and writes them (the sink hashes
    the file as it goes) while the hash worker takes each item's SHA-256 of the plaintext.
    """
    streams = [_ItemStream(sink, content_key, item, chunk_size) for item in items]
    with SerialWorker("package-seal-write") as writer, SerialWorker("package-seal-hash") as hasher:
        for stream in streams:
            writer.submit(stream.open)
            feeds = Feed(writer, stream.write), Feed(hasher, stream.digest.update)
            for block in stream.item.chunks():
                advance(0)  # a cancel is honoured before each block, also when blocks are small
                # The workers use the block after this loop moved on: it must not change.
                block = block if isinstance(block, bytes) else bytes(block)
                for feed in feeds:
                    feed.put(block)
                advance(len(block))
            for feed in feeds:
                feed.flush()
            writer.submit(stream.close)
        writer.drain()
        hasher.drain()
    return [stream.entry() for stream in streams]


class _ItemStream:
    """One item's encrypted stream: written by the writer worker, hashed by the hash worker."""

    _chunks: ChunkWriter

    def __init__(self, sink: PackageSink, key: bytes, item: OutgoingItem, chunk_size: int) -> None:
        self.item = item
        self.stream_id = secrets.token_bytes(16)
        self.digest = hashlib.sha256()
        self.offset = self.length = 0
        self._sink = sink
        self._key = key
        self._chunk_size = chunk_size

    def open(self) -> None:
        self.offset = self._sink.size
        self._chunks = ChunkWriter(
            self._key, self.stream_id, cast(BinaryIO, self._sink), self._chunk_size,
            hash_plaintext=False,
        )  # fmt: skip

    def write(self, block: bytes) -> None:
        self._chunks.write(block)

    def close(self) -> None:
        self._chunks.close()
        self.length = self._sink.size - self.offset

    def entry(self) -> ManifestEntry:
        return ManifestEntry(
            self.item.name, self.item.media_type, self._chunks.plain_size,
            self.digest.hexdigest(), self.stream_id.hex(), self.offset, self.length,
        )  # fmt: skip
