"""The ``.vdpkg`` file layout: a sealed package in one file, streamed in and out.

::

    MAGIC (8) | format version (2) | header length (4) | header (JSON)
    payload: one chunked AES-256-GCM stream per item (secure_store.chunked, as vault blobs)
    trailer: body length (4) | body (JSON) | Ed25519 signature (64) | ML-DSA-65 signature (3309)
    footer:  trailer length (4) | END_MAGIC (8)

The header (readable without a key) names the package id, its kind, the sender's own identity
card, and per recipient the content key sealed with HPKE. The trailer body holds the manifest
(name, media type, size and SHA-256 of every item, and where its stream lies), the SHA-256 of
the header bytes and of every byte before the trailer. The sender signs the body with both
keys, so any byte changed anywhere breaks a signature, a hash, a GCM tag or the layout.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from .identity_card import (
    ED25519_SIGNATURE_BYTES,
    MLDSA65_SIGNATURE_BYTES,
    IdentityCard,
    InvalidIdentityCard,
    from_b64,
    to_b64,
)
from .package_errors import (
    NotAPackage,
    PackageTampered,
    PackageTruncated,
    UnknownPackageVersion,
)

MAGIC = b"VDPKG\r\n\x1a"
END_MAGIC = b"VDPKGEND"
VERSION = 1
FORMAT = "veilig-dossier-package"
SUFFIX = ".vdpkg"
SIGNED_DOMAIN = b"veilig-dossier/v1/package\n"
MAX_HEADER = 1024 * 1024
MAX_BODY = 4 * 1024 * 1024
SEALED_KEY_BYTES = 1120 + 48  # ML-KEM-768+X25519 encapsulation + AES-256-GCM of a 32-byte key
_PREFIX = struct.Struct(">8sHI")
_FOOTER = struct.Struct(">I8s")
_LENGTH = struct.Struct(">I")
_SIGNATURES = ED25519_SIGNATURE_BYTES + MLDSA65_SIGNATURE_BYTES
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}(/[a-z0-9][a-z0-9._-]{0,63}){0,3}$")
_MEDIA_TYPE = re.compile(r"^[a-z]+/[a-z0-9.+-]{1,60}$")
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Recipient:
    """Who can open the package: a key id, a name to show, and the content key sealed to them."""

    key_id: str
    name: str
    organisation: str
    sealed_key: bytes = field(repr=False)

    def to_json(self) -> dict[str, str]:
        return {
            "key_id": self.key_id,
            "name": self.name,
            "organisation": self.organisation,
            "sealed_key": to_b64(self.sealed_key),
        }


@dataclass(frozen=True)
class ManifestEntry:
    """One item: name, media type, plaintext size and SHA-256, and where its stream lies."""

    name: str
    media_type: str
    size: int
    sha256: str
    stream_id: str
    offset: int
    length: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class PackageInfo:
    """What a package says about itself, after its layout and both signatures were checked."""

    version: int
    package_id: str
    kind: str
    created: str
    sender: IdentityCard
    recipients: tuple[Recipient, ...]
    manifest: tuple[ManifestEntry, ...]
    chunk_size: int
    file_size: int
    prefix_sha256: str
    prefix_size: int

    @property
    def payload_size(self) -> int:
        """Bytes of plaintext in all items together."""
        return sum(entry.size for entry in self.manifest)

    def entry(self, name: str) -> ManifestEntry:
        """The manifest entry called ``name``. Raises KeyError."""
        for entry in self.manifest:
            if entry.name == name:
                return entry
        raise KeyError(name)


def encode_prefix(header: dict[str, Any]) -> bytes:
    """Magic, version, and the header as the JSON bytes whose SHA-256 the trailer signs."""
    raw = json.dumps(header, sort_keys=True, ensure_ascii=False).encode()
    return _PREFIX.pack(MAGIC, VERSION, len(raw)) + raw


def body_bytes(body: dict[str, Any]) -> bytes:
    """The trailer body as the exact bytes that are signed and stored."""
    return json.dumps(body, sort_keys=True, ensure_ascii=False).encode()


def signed_message(body: bytes) -> bytes:
    """What the sender signs: the trailer body, behind the package domain line."""
    return SIGNED_DOMAIN + body


def encode_trailer(body: bytes, signatures: tuple[bytes, bytes]) -> bytes:
    """Trailer and footer for ``body`` (from :func:`body_bytes`) and its two signatures."""
    trailer = _LENGTH.pack(len(body)) + body + signatures[0] + signatures[1]
    return trailer + _FOOTER.pack(len(trailer), END_MAGIC)


def read_package(source: BinaryIO, size: int) -> PackageInfo:
    """Parse a package and check its layout, header hash and both signatures.

    The payload itself is not read: :mod:`secure_store.package_reader` checks it with the GCM
    tags and manifest hashes when opening, or with the prefix hash when verifying keylessly.

    Raises:
        NotAPackage, UnknownPackageVersion, PackageTruncated, PackageTampered.
    """
    header_bytes, prefix = _read_prefix(source)
    body, signatures, trailer_start = _read_trailer(source, size, len(prefix))
    header = _json(header_bytes, "kop")
    fields = _json(body, "inhoudsopgave")
    if fields.get("header_sha256") != hashlib.sha256(prefix).hexdigest():
        raise PackageTampered("kop")
    sender = _sender(header)
    if not sender.keys.verify(signed_message(body), *signatures):
        raise PackageTampered("handtekening")
    return _info(header, fields, sender, size, (len(prefix), trailer_start))


def _read_prefix(source: BinaryIO) -> tuple[bytes, bytes]:
    head = source.read(_PREFIX.size)
    if head[: len(MAGIC)] != MAGIC[: len(head)] or not head:
        raise NotAPackage()
    if len(head) < _PREFIX.size:
        raise PackageTruncated("kop")
    _, version, length = _PREFIX.unpack(head)
    if version != VERSION:
        raise UnknownPackageVersion(str(version))
    if length > MAX_HEADER:
        raise PackageTampered("koplengte")
    header = source.read(length)
    if len(header) != length:
        raise PackageTruncated("kop")
    return header, head + header


def _read_trailer(
    source: BinaryIO, size: int, prefix_size: int
) -> tuple[bytes, tuple[bytes, bytes], int]:
    """The trailer body, the two signatures, and where the trailer starts."""
    if size < prefix_size + _FOOTER.size:
        raise PackageTruncated("einde")
    source.seek(size - _FOOTER.size)
    length, end = _FOOTER.unpack(source.read(_FOOTER.size))
    if end != END_MAGIC:
        raise PackageTruncated("einde")
    start = size - _FOOTER.size - length
    if start < prefix_size or length < _LENGTH.size + _SIGNATURES:
        raise PackageTampered("staartlengte")
    source.seek(start)
    trailer = source.read(length)
    (body_length,) = _LENGTH.unpack(trailer[: _LENGTH.size])
    if body_length > MAX_BODY or _LENGTH.size + body_length + _SIGNATURES != length:
        raise PackageTampered("staart")
    body = trailer[_LENGTH.size : _LENGTH.size + body_length]
    signatures = trailer[_LENGTH.size + body_length :]
    split = (signatures[:ED25519_SIGNATURE_BYTES], signatures[ED25519_SIGNATURE_BYTES:])
    return body, split, start


def _json(raw: bytes, part: str) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageTampered(part) from exc
    if not isinstance(value, dict):
        raise PackageTampered(part)
    return value


def _sender(header: dict[str, Any]) -> IdentityCard:
    try:
        return IdentityCard.from_json(header.get("sender"))
    except InvalidIdentityCard as exc:
        raise PackageTampered("afzender") from exc


def _info(
    header: dict[str, Any],
    body: dict[str, Any],
    sender: IdentityCard,
    size: int,
    bounds: tuple[int, int],
) -> PackageInfo:
    """Check every signed field for shape, and that the items fill the payload exactly.

    ``bounds`` is where the payload starts (after the header) and ends (the trailer).
    """
    try:
        recipients = tuple(_recipient(r) for r in header["recipients"])
        manifest = tuple(_entry(e) for e in body["manifest"])
        info = PackageInfo(
            VERSION, _text(header["package_id"], _HEX32), _text(header["kind"]),
            _text(header["created"]), sender, recipients, manifest,
            _int(header["chunk_size"]), size, _text(body["prefix_sha256"], _HEX64),
            _int(body["prefix_size"]),
        )  # fmt: skip
    except (KeyError, TypeError, ValueError) as exc:
        raise PackageTampered("velden") from exc
    ok = header.get("format") == FORMAT and bool(recipients) and 0 < info.chunk_size <= 1 << 26
    at, names = bounds[0], set[str]()
    for entry in manifest:
        ok = ok and entry.offset == at and entry.name not in names
        at, names = at + entry.length, names | {entry.name}
    if not ok or at != info.prefix_size or info.prefix_size != bounds[1]:
        raise PackageTampered("inhoudsopgave")
    return info


def _text(value: object, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise ValueError("text")
    if pattern is not None and not pattern.fullmatch(value):
        raise ValueError(value)
    return value


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("int")
    return value


def _recipient(value: dict[str, Any]) -> Recipient:
    return Recipient(
        _text(value["key_id"], _HEX32),
        _text(value["name"]),
        _text(value["organisation"]),
        from_b64(value["sealed_key"], SEALED_KEY_BYTES),
    )


def _entry(value: dict[str, Any]) -> ManifestEntry:
    return ManifestEntry(
        _text(value["name"], _NAME),
        _text(value["media_type"], _MEDIA_TYPE),
        _int(value["size"]),
        _text(value["sha256"], _HEX64),
        _text(value["stream_id"], _HEX32),
        _int(value["offset"]),
        _int(value["length"]),
    )


def valid_item_name(name: str) -> bool:
    """Item names are short lower-case paths; every part starts with a letter or digit, so
    neither ``..`` nor an absolute path can occur."""
    return bool(_NAME.fullmatch(name))
