"""Sealed packages in an unlocked vault: seal one through the export door, import one whole.

Sealing signs with the user's own identity (only its owner can) and writes through
:func:`secure_store.export.export_stream`, so the SHA-256 of the file that left is audited.

Importing refuses, in this order and each with its own exception: a foreign, unknown-version,
truncated or tampered file; a package of the wrong kind; one not addressed to this user; one
whose sender is not in the address book; one imported before (replay, by package id). Then the
caller's ``consume`` stores what it needs inside one transaction, and the package id is recorded
in the same transaction. If anything fails on the way — a GCM tag, a manifest hash, a full
disk, a cancel — the transaction rolls back and every blob file written is removed: nothing is
left behind. Refusals are logged as ``package.refused`` with their reason.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar, cast

from cryptography.exceptions import InvalidTag

from .address_book import AddressBook
from .blobs import BlobRef
from .chunked import CHUNK_SIZE
from .errors import Cancelled, VaultError
from .export import ExportReceipt, ExportSink, export_stream
from .identities import Identities
from .identity_card import IdentityCard
from .package_errors import (
    AlreadyImported,
    PackageRefused,
    PackageTampered,
    UnknownSender,
    WrongPackageKind,
    WrongRecipient,
)
from .package_format import PackageInfo, read_package
from .package_pipeline import SerialWorker
from .package_reader import ItemReader
from .package_writer import SUITE, OutgoingItem, key_info, write_package
from .roles import Area

if TYPE_CHECKING:
    from .session import Session

T = TypeVar("T")
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
MAX_DOCUMENT = 4 * 1024 * 1024
"""Largest item :meth:`OpenedPackage.read` returns whole (JSON documents, not photos)."""


class NoRecipients(VaultError):
    message_nl = "Kies minstens één ontvanger uit het adresboek."
    message_en = "Choose at least one recipient from the address book."


class NoItems(VaultError):
    message_nl = "Er is niets gekozen om te verzegelen."
    message_en = "Nothing was chosen to seal."


@dataclass(frozen=True)
class SealedPackage:
    """A package that left: the export receipt (file, size, SHA-256) and what it holds."""

    receipt: ExportReceipt
    info: PackageInfo


def seal_package(
    session: Session,
    dest: Path,
    *,
    kind: str,
    recipients: Sequence[IdentityCard],
    items: Sequence[OutgoingItem],
    record_type: str,
    record_id: str,
    subject: str = "",
    chunk_size: int = CHUNK_SIZE,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> SealedPackage:
    """Seal ``items`` to ``recipients`` as the user's own identity and write ``dest``.

    Raises:
        PermissionDenied: the user may not work with second opinions (logged).
        NoRecipients, NoItems. Cancelled: nothing is left at ``dest``.
    """
    session.require(Area.CONSULT, action="package.seal", record_type=record_type)
    if not recipients:
        raise NoRecipients()
    if not items:
        raise NoItems()
    identities = Identities(session)
    card = identities.own()
    private = identities.private_keys(card.key_id)
    described: list[PackageInfo] = []

    def write(sink: ExportSink) -> None:
        described.append(
            write_package(
                sink, sender=private, sender_card=card, kind=kind, recipients=recipients,
                items=items, created=session.now_text(), chunk_size=chunk_size,
                progress=progress, cancelled=cancelled,
            )
        )  # fmt: skip

    receipt = export_stream(
        session, Path(dest), write, area=Area.CONSULT, kind=f"package.{kind}",
        record_type=record_type, record_id=record_id, subject=subject,
    )  # fmt: skip
    info = described[0]
    session.log(
        "package.seal", record_type, record_id, subject=subject,
        detail=f"package={info.package_id} kind={kind} to={','.join(c.key_id for c in recipients)}",
    )  # fmt: skip
    return SealedPackage(receipt, info)


class OpenedPackage:
    """A verified package whose content key is unwrapped; handed to ``consume`` on import."""

    def __init__(
        self,
        session: Session,
        source: BinaryIO,
        info: PackageInfo,
        key: bytes,
        hasher: SerialWorker,
        progress: Progress | None,
        cancelled: CancelCheck | None,
    ) -> None:
        self.info = info
        self._session = session
        self._source = source
        self._key = key
        self._hasher = hasher
        self._progress = progress
        self._cancelled = cancelled
        self._done = 0
        self.written: list[BlobRef] = []

    def _advance(self, count: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()
        self._done += count
        if self._progress is not None:
            self._progress(self._done, self.info.payload_size)

    def reader(self, name: str) -> ItemReader:
        """A decrypting stream over item ``name``. Raises KeyError for an unknown name."""
        entry = self.info.entry(name)
        return ItemReader(self._source, entry, self._key, self._hasher, self._advance)

    def read(self, name: str, limit: int = MAX_DOCUMENT) -> bytes:
        """The whole of a small item, verified against the manifest."""
        return self.reader(name).read_all(limit)

    def keep_sealed_copy(self, case_id: str) -> BlobRef:
        """Store the package file itself, as received, in a blob of ``case_id``.

        The signatures live in the file, so keeping it keeps the proof of who signed what.
        """
        self._source.seek(0)
        ref = self._session.blobs.write(
            self._source, case_id, "application/vnd.veilig-dossier.package"
        )
        self.written.append(ref)
        self._session.blobs.register(ref)
        return ref

    def store(self, name: str, case_id: str) -> BlobRef:
        """Stream item ``name`` into a new blob of ``case_id`` (recorded in the transaction)."""
        entry = self.info.entry(name)
        blobs = self._session.blobs
        ref = blobs.write(cast(BinaryIO, self.reader(name)), case_id, entry.media_type)
        self.written.append(ref)
        blobs.register(ref)
        return ref


def import_package(
    session: Session,
    path: Path,
    *,
    kinds: Collection[str],
    consume: Callable[[OpenedPackage], T],
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> T:
    """Verify ``path``, open it for the user, and let ``consume`` store it in one transaction.

    Raises:
        PermissionDenied, the refusals of :mod:`secure_store.package_errors`, Cancelled, and
        whatever ``consume`` raises; in every case nothing of the package stays in the vault.
    """
    session.require(Area.CONSULT, action="package.import", record_type="package")
    path = Path(path)
    with path.open("rb") as source, SerialWorker("package-open-hash") as hasher:
        try:
            info, key = _open(session, source, kinds)
        except PackageRefused as exc:
            _log_refusal(session, path, exc)
            raise
        opened = OpenedPackage(session, source, info, key, hasher, progress, cancelled)
        try:
            with session.transaction() as conn:
                _check_not_received(session, opened.info)
                result = consume(opened)
                conn.execute(
                    "INSERT INTO pkg_received (package_id, kind, sender_key_id, received_at,"
                    " received_by) VALUES (?, ?, ?, ?, ?)",
                    (
                        opened.info.package_id, opened.info.kind, opened.info.sender.key_id,
                        session.now_text(), session.user,
                    ),
                )  # fmt: skip
                session.log(
                    "package.import", "package", opened.info.package_id,
                    detail=f"kind={opened.info.kind} from={opened.info.sender.key_id}"
                    f" sha256={opened.info.prefix_sha256} file={path.name}",
                )  # fmt: skip
        except BaseException as exc:
            for ref in opened.written:
                session.blobs.remove_file(ref.id)
            if isinstance(exc, PackageRefused):
                exc.package_id = info.package_id
                _log_refusal(session, path, exc)
            raise
    for ref in opened.written:
        session.blobs.settle(ref)
    return result


def _open(session: Session, source: BinaryIO, kinds: Collection[str]) -> tuple[PackageInfo, bytes]:
    """Every check that needs no payload, then the content key unwrapped for this user."""
    info = read_package(source, os.fstat(source.fileno()).st_size)
    try:
        return info, _unwrap_for_user(session, info, kinds)
    except PackageRefused as exc:
        exc.package_id = info.package_id
        raise


def _unwrap_for_user(session: Session, info: PackageInfo, kinds: Collection[str]) -> bytes:
    if info.kind not in kinds:
        raise WrongPackageKind(info.kind)
    identities = Identities(session)
    own = identities.card_of(session.user)
    if own is None or own.key_id not in {r.key_id for r in info.recipients}:
        raise WrongRecipient(", ".join(r.name for r in info.recipients))
    if AddressBook(session).contact(info.sender.key_id) is None:
        raise UnknownSender(info.sender)
    sealed = next(r.sealed_key for r in info.recipients if r.key_id == own.key_id)
    private = identities.private_keys(own.key_id)
    try:
        return SUITE.decrypt(
            sealed,
            private.hpke_private(),
            key_info(info.package_id, info.sender.key_id, own.key_id),
        )
    except InvalidTag as exc:
        raise PackageTampered("inhoudssleutel") from exc


def _check_not_received(session: Session, info: PackageInfo) -> None:
    # Inside the import's BEGIN IMMEDIATE, so two imports of one package cannot both pass.
    known = session.conn.execute(
        "SELECT received_at FROM pkg_received WHERE package_id = ?", (info.package_id,)
    ).fetchone()
    if known is not None:
        raise AlreadyImported(f"{info.package_id} op {known[0]}")


def _log_refusal(session: Session, path: Path, exc: PackageRefused) -> None:
    session.log(
        "package.refused", "package", exc.package_id,
        detail=f"{exc.code} file={path.name}" + (f" ({exc.detail})" if exc.detail else ""),
    )  # fmt: skip
