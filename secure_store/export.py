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
from typing import TYPE_CHECKING

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
    session.require(area, action=f"export.{kind}", record_type=record_type, record_id=record_id)
    dest = Path(dest)
    parts = [content] if isinstance(content, bytes) else content
    staged = StagedFile(dest)
    try:
        digest, size = hashlib.sha256(), 0
        for part in parts:
            staged.handle.write(part)
            digest.update(part)
            size += len(part)
        staged.seal()
        receipt = ExportReceipt(dest, size, digest.hexdigest())
        with session.transaction():
            session.log(
                f"export.{kind}", record_type, record_id, subject=subject, reason=reason,
                detail=" ".join(filter(None, (f"sha256={receipt.sha256} bytes={size} file={dest.name}", detail))),
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
