"""The one exit door for bytes leaving the vault.

Whatever leaves — a signed report, a sealed package, a monitoring CSV, an iCalendar file — is
written here: atomically, readable by the owner only, and recorded in the audit log with the
SHA-256 of exactly the bytes that left. Rendering and signing build on top (reports issue).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .atomic import atomic_writer
from .roles import Area

if TYPE_CHECKING:
    from .session import Session


@dataclass(frozen=True)
class ExportReceipt:
    """What left: where to, how many bytes, their SHA-256."""

    path: Path
    size: int
    sha256: str


def export_file(
    session: Session,
    dest: Path,
    content: bytes | Iterable[bytes],
    *,
    area: Area,
    kind: str,
    record_type: str,
    record_id: str,
    subject: str = "",
    reason: str = "",
) -> ExportReceipt:
    """Write ``content`` to ``dest`` and audit it as ``export.<kind>``.

    Raises:
        PermissionDenied: the caller's role may not export from ``area`` (logged).
    """
    session.require(area, action=f"export.{kind}", record_type=record_type, record_id=record_id)
    parts = [content] if isinstance(content, bytes) else content
    digest, size = hashlib.sha256(), 0
    with atomic_writer(Path(dest)) as sink:
        for part in parts:
            sink.write(part)
            digest.update(part)
            size += len(part)
    receipt = ExportReceipt(Path(dest), size, digest.hexdigest())
    session.log(
        f"export.{kind}",
        record_type,
        record_id,
        subject=subject,
        reason=reason,
        detail=f"sha256={receipt.sha256} bytes={size} file={Path(dest).name}",
    )
    return receipt


class ExportSink:
    """The file being exported, for writers that stream: bytes in, running SHA-256 beside.

    ``digest_so_far()`` lets a format sign a hash of its own first part (a sealed package
    signs everything before its trailer) without reading those bytes a second time.
    """

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self._handle.write(data)
        self._digest.update(data)
        self.size += len(data)
        return len(data)

    def digest_so_far(self) -> str:
        """SHA-256 (hex) of every byte written until now."""
        return self._digest.hexdigest()


def export_stream(
    session: Session,
    dest: Path,
    write: Callable[[ExportSink], None],
    *,
    area: Area,
    kind: str,
    record_type: str,
    record_id: str,
    subject: str = "",
    reason: str = "",
) -> ExportReceipt:
    """Like :func:`export_file`, for content that ``write`` streams into the sink.

    The file appears at ``dest`` only when ``write`` returns; if it raises (a cancel, a read
    error) nothing is left there and nothing is logged as exported.

    Raises:
        PermissionDenied: the caller's role may not export from ``area`` (logged).
    """
    session.require(area, action=f"export.{kind}", record_type=record_type, record_id=record_id)
    with atomic_writer(Path(dest)) as handle:
        sink = ExportSink(handle)
        write(sink)
    receipt = ExportReceipt(Path(dest), sink.size, sink.digest_so_far())
    session.log(
        f"export.{kind}",
        record_type,
        record_id,
        subject=subject,
        reason=reason,
        detail=f"sha256={receipt.sha256} bytes={receipt.size} file={Path(dest).name}",
    )
    return receipt
