"""The one exit door for bytes leaving the vault.

Whatever leaves — a signed report, a sealed package, a monitoring CSV, an iCalendar file — is
written here: atomically, readable by the owner only, and recorded in the audit log with the
SHA-256 of exactly the bytes that left. Rendering and signing build on top (reports issue).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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
