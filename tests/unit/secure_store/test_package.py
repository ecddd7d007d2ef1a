"""Sealed packages: round trip, keyless verification, and every refusal leaving nothing behind."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secure_store.audit import AuditQuery
from secure_store.errors import Cancelled, PermissionDenied
from secure_store.export import ExportSink, export_stream
from secure_store.identities import Identities
from secure_store.package import NoItems, NoRecipients, OpenedPackage, import_package, seal_package
from secure_store.package_errors import (
    AlreadyImported,
    NotAPackage,
    PackageRefused,
    PackageTampered,
    PackageTruncated,
    UnknownPackageVersion,
    UnknownSender,
    WrongPackageKind,
    WrongRecipient,
)
from secure_store.package_format import MAGIC
from secure_store.package_reader import inspect_package, verify_package
from secure_store.package_writer import OutgoingItem, write_package
from secure_store.roles import Area
from tests.conftest import PASSPHRASES
from tests.unit.secure_store.package_helpers import (
    DOCUMENT,
    KIND,
    Pair,
    leftovers,
    make_pair,
    seal,
)


@pytest.fixture
def pair(template_vault: Path, tmp_path: Path) -> Pair:
    return make_pair(template_vault, tmp_path)


def _take(opened: OpenedPackage) -> tuple[bytes, str]:
    case_id = opened._session.cases.create(Area.CONSULT)
    ref = opened.store("data/payload.bin", case_id)
    return opened.read("doc.json"), ref.id


def _import(pair: Pair, path: Path, **kw: Any) -> tuple[bytes, str]:
    return import_package(pair.recipient, path, kinds={KIND}, consume=_take, **kw)


def test_a_package_round_trips_item_by_item(pair: Pair, tmp_path: Path) -> None:
    payload = os.urandom(1000)
    steps: list[tuple[int, int]] = []
    sealed = seal(
        pair, tmp_path / "p.vdpkg", items=None, progress=lambda d, t: steps.append((d, t))
    )
    assert steps[-1][0] == steps[-1][1] == len(DOCUMENT) + 1280
    sealed = seal(pair, tmp_path / "q.vdpkg", items=_items(payload))
    info = inspect_package(tmp_path / "q.vdpkg")
    assert info == sealed.info
    assert info.sender == pair.sender_card and [r.key_id for r in info.recipients] == [
        pair.recipient_card.key_id
    ]
    assert [(e.name, e.size, e.sha256) for e in info.manifest] == [
        ("doc.json", len(DOCUMENT), hashlib.sha256(DOCUMENT).hexdigest()),
        ("data/payload.bin", 1000, hashlib.sha256(payload).hexdigest()),
    ]
    assert sealed.receipt.sha256 == hashlib.sha256((tmp_path / "q.vdpkg").read_bytes()).hexdigest()
    seen: list[tuple[int, int]] = []
    document, blob_id = _import(
        pair, tmp_path / "q.vdpkg", progress=lambda d, t: seen.append((d, t))
    )
    assert document == DOCUMENT and pair.recipient.blobs.read(blob_id) == payload
    assert seen[-1] == (info.payload_size, info.payload_size)
    sent = list(pair.sender.audit_log.query(AuditQuery(action="export.package.test.kind")))
    assert sealed.receipt.sha256 in sent[0].detail
    received = list(pair.recipient.audit_log.query(AuditQuery(action="package.import")))
    assert received[0].record_id == info.package_id


def _items(payload: bytes) -> list[OutgoingItem]:
    from tests.unit.secure_store.package_helpers import items

    return items(payload)


def test_the_sealed_file_holds_none_of_the_plaintext(pair: Pair, tmp_path: Path) -> None:
    secret = b"Noor Zonnebloem, geboren 17-05-2025" * 40
    seal(pair, tmp_path / "p.vdpkg", items=_items(secret))
    raw = (tmp_path / "p.vdpkg").read_bytes()
    assert b"Zonnebloem" not in raw and b"Past dit letsel" not in raw


def test_verification_needs_no_key_and_reports_progress(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg")
    steps: list[tuple[int, int]] = []
    result = verify_package(tmp_path / "p.vdpkg", progress=lambda d, t: steps.append((d, t)))
    assert result.valid and result.info is not None and result.problem is None
    assert steps[-1] == (result.info.prefix_size, result.info.prefix_size)
    with pytest.raises(Cancelled):
        verify_package(tmp_path / "p.vdpkg", cancelled=lambda: True)


def test_a_changed_payload_byte_fails_keyless_verification_with_the_claims_kept(
    pair: Pair, tmp_path: Path
) -> None:
    sealed = seal(pair, tmp_path / "p.vdpkg")
    raw = bytearray((tmp_path / "p.vdpkg").read_bytes())
    raw[sealed.info.manifest[1].offset + 40] ^= 1
    (tmp_path / "p.vdpkg").write_bytes(bytes(raw))
    result = verify_package(tmp_path / "p.vdpkg")
    assert not result.valid and isinstance(result.problem, PackageTampered)
    assert result.info is not None and result.info.package_id == sealed.info.package_id


def _flip(path: Path, position: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[position % len(raw)] ^= 0x5A
    path.write_bytes(bytes(raw))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.integers(min_value=0, max_value=10**9))
def test_one_changed_byte_anywhere_is_refused_on_import_leaving_nothing(
    pair: Pair, tmp_path: Path, position: int
) -> None:
    original = tmp_path / "original.vdpkg"
    if not original.exists():
        seal(pair, original)
    tampered = tmp_path / "tampered.vdpkg"
    tampered.write_bytes(original.read_bytes())
    _flip(tampered, position)
    before = leftovers(pair.recipient, tmp_path)
    with pytest.raises(PackageRefused):
        _import(pair, tampered)
    assert leftovers(pair.recipient, tmp_path) == before
    assert not verify_package(tampered).valid


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_one_changed_byte_anywhere_fails_keyless_verification(
    pair: Pair, tmp_path: Path, data: st.DataObject
) -> None:
    original = tmp_path / "original.vdpkg"
    if not original.exists():
        seal(pair, original)
    size = original.stat().st_size
    position = data.draw(st.integers(min_value=0, max_value=size - 1))
    tampered = tmp_path / "tampered.vdpkg"
    tampered.write_bytes(original.read_bytes())
    _flip(tampered, position)
    assert not verify_package(tampered).valid


def test_truncated_packages_are_refused_as_incomplete(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg")
    raw = (tmp_path / "p.vdpkg").read_bytes()
    before = leftovers(pair.recipient, tmp_path)
    for keep in (3, 9, 12, 100, len(raw) // 2, len(raw) - 1):
        (tmp_path / "cut.vdpkg").write_bytes(raw[:keep])
        with pytest.raises(PackageTruncated):
            _import(pair, tmp_path / "cut.vdpkg")
        assert isinstance(verify_package(tmp_path / "cut.vdpkg").problem, PackageTruncated)
    assert leftovers(pair.recipient, tmp_path) == before
    refused = list(pair.recipient.audit_log.query(AuditQuery(action="package.refused")))
    assert refused[0].detail.startswith("truncated file=cut.vdpkg")


@pytest.mark.parametrize(
    "content", [b"", b"%PDF-1.7 not a package", b"\x89PNG\r\n\x1a\n" + bytes(40)]
)
def test_foreign_files_are_refused(pair: Pair, tmp_path: Path, content: bytes) -> None:
    (tmp_path / "foreign.vdpkg").write_bytes(content)
    with pytest.raises(NotAPackage):
        _import(pair, tmp_path / "foreign.vdpkg")


def test_an_unknown_format_version_is_refused(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg")
    raw = bytearray((tmp_path / "p.vdpkg").read_bytes())
    raw[len(MAGIC) : len(MAGIC) + 2] = (2).to_bytes(2, "big")
    (tmp_path / "p.vdpkg").write_bytes(bytes(raw))
    with pytest.raises(UnknownPackageVersion):
        _import(pair, tmp_path / "p.vdpkg")


def test_a_package_for_someone_else_is_refused(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg")
    colleague = pair.recipient_vault.unlock("arts", PASSPHRASES["arts"])
    before = leftovers(colleague, tmp_path)
    with pytest.raises(WrongRecipient):  # no identity of their own yet
        import_package(colleague, tmp_path / "p.vdpkg", kinds={KIND}, consume=_take)
    Identities(colleague).own()
    with pytest.raises(WrongRecipient) as refused:
        import_package(colleague, tmp_path / "p.vdpkg", kinds={KIND}, consume=_take)
    assert pair.recipient_card.name in str(refused.value)
    after = leftovers(colleague, tmp_path)
    assert after["blobs"] == before["blobs"] and after["received"] == 0


def test_an_unknown_sender_is_shown_with_the_fingerprint_and_refused(
    pair: Pair, tmp_path: Path
) -> None:
    from secure_store.address_book import AddressBook

    seal(pair, tmp_path / "p.vdpkg")
    AddressBook(pair.recipient).remove(pair.sender_card.key_id)
    with pytest.raises(UnknownSender) as refused:
        _import(pair, tmp_path / "p.vdpkg")
    assert refused.value.card == pair.sender_card
    assert pair.sender_card.fingerprint in str(refused.value)
    AddressBook(pair.recipient).add(
        refused.value.card, confirmed_fingerprint=pair.sender_card.fingerprint
    )
    assert _import(pair, tmp_path / "p.vdpkg")[0] == DOCUMENT


def test_a_package_is_imported_once_and_a_replay_is_refused(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg")
    _import(pair, tmp_path / "p.vdpkg")
    before = leftovers(pair.recipient, tmp_path)
    with pytest.raises(AlreadyImported):
        _import(pair, tmp_path / "p.vdpkg")
    assert leftovers(pair.recipient, tmp_path) == before


def test_a_package_of_another_kind_is_refused(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg", kind="consult.answer")
    with pytest.raises(WrongPackageKind):
        _import(pair, tmp_path / "p.vdpkg")


def test_a_cancelled_import_leaves_nothing(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg")
    before = leftovers(pair.recipient, tmp_path)
    with pytest.raises(Cancelled):
        _import(pair, tmp_path / "p.vdpkg", cancelled=lambda: True)
    assert leftovers(pair.recipient, tmp_path) == before
    assert not list(pair.recipient.audit_log.query(AuditQuery(action="package.refused")))


def test_a_failing_consumer_rolls_everything_back(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg")
    before = leftovers(pair.recipient, tmp_path)

    def consume(opened: OpenedPackage) -> None:
        _take(opened)
        opened.keep_sealed_copy(opened._session.cases.create(Area.CONSULT))
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        import_package(pair.recipient, tmp_path / "p.vdpkg", kinds={KIND}, consume=consume)
    assert leftovers(pair.recipient, tmp_path) == before


def test_a_sealed_copy_keeps_the_signed_file(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg")

    def consume(opened: OpenedPackage) -> str:
        return opened.keep_sealed_copy(opened._session.cases.create(Area.CONSULT)).id

    blob_id = import_package(pair.recipient, tmp_path / "p.vdpkg", kinds={KIND}, consume=consume)
    assert pair.recipient.blobs.read(blob_id) == (tmp_path / "p.vdpkg").read_bytes()


def test_unknown_items_and_oversized_documents_are_refused(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg")

    def unknown(opened: OpenedPackage) -> bytes:
        return opened.read("nope.json")

    with pytest.raises(KeyError):
        import_package(pair.recipient, tmp_path / "p.vdpkg", kinds={KIND}, consume=unknown)
    with pytest.raises(PackageTampered):
        import_package(
            pair.recipient, tmp_path / "p.vdpkg", kinds={KIND},
            consume=lambda opened: opened.read("data/payload.bin", limit=10),
        )  # fmt: skip


def test_a_cancelled_seal_leaves_no_file_and_no_export(pair: Pair, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        seal(pair, tmp_path / "p.vdpkg", cancelled=lambda: True)
    assert list(tmp_path.glob("p.vdpkg*")) == [] and list(tmp_path.glob(".vd-tmp-*")) == []
    assert not list(pair.sender.audit_log.query(AuditQuery(action="export.package.test.kind")))


def test_sealing_needs_recipients_items_and_the_role(pair: Pair, tmp_path: Path) -> None:
    with pytest.raises(NoRecipients):
        seal_package(pair.sender, tmp_path / "p", kind=KIND, recipients=[], items=_items(b"x"),
                     record_type="t", record_id="r")  # fmt: skip
    with pytest.raises(NoItems):
        seal_package(pair.sender, tmp_path / "p", kind=KIND, recipients=[pair.recipient_card],
                     items=[], record_type="t", record_id="r")  # fmt: skip
    opvang = pair.sender_vault.unlock("opvang", PASSPHRASES["opvang"])
    with pytest.raises(PermissionDenied):
        seal_package(opvang, tmp_path / "p", kind=KIND, recipients=[pair.recipient_card],
                     items=_items(b"x"), record_type="t", record_id="r")  # fmt: skip
    with pytest.raises(PermissionDenied):
        export_stream(opvang, tmp_path / "p", lambda sink: None, area=Area.CONSULT, kind="x",
                      record_type="t", record_id="r")  # fmt: skip


def test_the_writer_refuses_bad_item_lists(pair: Pair, tmp_path: Path) -> None:
    private = Identities(pair.sender).private_keys(pair.sender_card.key_id)
    one = OutgoingItem.from_bytes("a.json", "application/json", b"{}")
    for recipients, listed in (
        ([], [one]),
        ([pair.recipient_card], [one, one]),
        ([pair.recipient_card], [OutgoingItem.from_bytes("../etc", "text/plain", b"")]),
    ):
        with (tmp_path / "x").open("wb") as handle, pytest.raises(ValueError):
            write_package(
                ExportSink(handle), sender=private, sender_card=pair.sender_card, kind=KIND,
                recipients=recipients, items=listed, created="2026",
            )  # fmt: skip


def test_memory_stays_bounded_while_sealing_and_opening_a_large_package(
    pair: Pair, tmp_path: Path
) -> None:
    size, block = 48 * 1024 * 1024, os.urandom(1024 * 1024)
    big = OutgoingItem(
        "data/payload.bin", "application/octet-stream", lambda: (block for _ in range(48)), size
    )
    doc = OutgoingItem.from_bytes("doc.json", "application/json", DOCUMENT)
    tracemalloc.start()
    try:
        seal_package(pair.sender, tmp_path / "big.vdpkg", kind=KIND, recipients=[pair.recipient_card],
                     items=[doc, big], record_type="t", record_id="r")  # fmt: skip
        _, sealing_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        _, blob_id = _import(pair, tmp_path / "big.vdpkg")
        _, opening_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert pair.recipient.blobs.info(blob_id).size == size
    assert sealing_peak < 12 * 1024 * 1024, sealing_peak
    assert opening_peak < 12 * 1024 * 1024, opening_peak
