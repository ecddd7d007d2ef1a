"""The one exit door for bytes leaving the vault.

Whatever leaves — a signed report, a sealed package, a monitoring CSV, an iCalendar file — is
written here: atomically, readable by the owner only, and recorded in the audit log with the
SHA-256 of exactly the bytes that left. Rendering and signing build on top
(:mod:`secure_store.report_export`).

The file is written and fsynced under a temp name first; then one transaction records the
export (and whatever the caller does ``alongside``, such as sealing the examination the report
is about), renames the file into place and commits. So a failure anywhere leaves neither a file
without its record nor a record without its file; only a crash between the rename and the
commit can leave a file the database does not know of, never the other way round.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .atomic import StagedFile
from .roles import Area

if TYPE_CHECKING:
    from .session import Session


@dataclass(frozen=True)
class ExportReceipt:
    """What left: where to, how many bytes, their SHA-256."""

    path: Path
    size: int
    sha256: str


@dataclass(frozen=True)
class _Record:
    """How an export is checked and audited."""

    area: Area
    kind: str
    record_type: str
    record_id: str
    subject: str
    reason: str
    detail: str = ""


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
    detail: str = "",
    alongside: Callable[[ExportReceipt], None] | None = None,
) -> ExportReceipt:
    """Write ``content`` to ``dest`` and audit it as ``export.<kind>``.

    Args:
        detail: appended to the audit entry's detail (after the hash, size and file name).
        alongside: runs inside the export's transaction once the file is staged; if it
            raises, the export is rolled back and no file appears.

    Raises:
        PermissionDenied: the caller's role may not export from ``area`` (logged).
    """
    parts = [content] if isinstance(content, bytes) else content

    def write(sink: ExportSink) -> None:
        for part in parts:
            sink.write(part)

    record = _Record(area, kind, record_type, record_id, subject, reason, detail)
    return _export(session, Path(dest), write, record, alongside)


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
    record = _Record(area, kind, record_type, record_id, subject, reason)
    return _export(session, Path(dest), write, record, None)


def _export(
    session: Session,
    dest: Path,
    write: Callable[[ExportSink], None],
    record: _Record,
    alongside: Callable[[ExportReceipt], None] | None,
) -> ExportReceipt:
    session.require(
        record.area,
        action=f"export.{record.kind}",
        record_type=record.record_type,
        record_id=record.record_id,
    )
    staged = StagedFile(dest)
    try:
        sink = ExportSink(staged.handle)
        write(sink)
        staged.seal()
        receipt = ExportReceipt(dest, sink.size, sink.digest_so_far())
        what = f"sha256={receipt.sha256} bytes={receipt.size} file={dest.name}"
        with session.transaction():
            session.log(
                f"export.{record.kind}", record.record_type, record.record_id,
                subject=record.subject, reason=record.reason,
                detail=" ".join(filter(None, (what, record.detail))),
            )  # fmt: skip
            if alongside is not None:
                alongside(receipt)
            staged.publish()
    except BaseException:
        staged.discard()
        if staged.published:  # the commit failed after the rename: take the file back
            dest.unlink(missing_ok=True)
        raise
    return receipt
