"""The .vdpkg layout: each structural check, with validly signed but malformed packages too."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secure_store.export import ExportSink
from secure_store.identities import Identities
from secure_store.identity_card import PrivateIdentity
from secure_store.package import OpenedPackage, import_package
from secure_store.package_errors import NotAPackage, PackageTampered, PackageTruncated
from secure_store.package_format import MAGIC, MAX_HEADER, VERSION
from secure_store.package_reader import inspect_package
from secure_store.package_writer import OutgoingItem, write_package
from tests.unit.secure_store.package_helpers import KIND, Pair, craft, leftovers, make_pair, seal


@pytest.fixture
def pair(template_vault: Path, tmp_path: Path) -> Pair:
    return make_pair(template_vault, tmp_path)


def _private(pair: Pair) -> PrivateIdentity:
    return Identities(pair.sender).private_keys(pair.sender_card.key_id)


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "crafted.vdpkg"
    path.write_bytes(data)
    return path


def _crafted(pair: Pair, tmp_path: Path, **kw: Any) -> Path:
    return _write(tmp_path, craft(_private(pair), pair.sender_card, pair.recipient_card, **kw))


def test_a_crafted_package_with_proper_fields_is_accepted(pair: Pair, tmp_path: Path) -> None:
    info = inspect_package(_crafted(pair, tmp_path))
    assert info.version == VERSION and info.kind == KIND and info.manifest[0].size == 11
    with pytest.raises(KeyError):
        info.entry("missing")


@pytest.mark.parametrize(
    "edit",
    [
        {"header": {"format": "other"}},
        {"header": {"recipients": []}},
        {"header": {"chunk_size": 0}},
        {"header": {"chunk_size": True}},
        {"header": {"package_id": "not hex"}},
        {"header": {"kind": 5}},
        {"header": {"sender": {"format": "nope"}}},
        {"header": {"recipients": [{"key_id": "0" * 32}]}},
        {"header": {"recipients": [{"key_id": "0" * 32, "name": "x", "organisation": "",
                                    "sealed_key": "AAAA"}]}},
        {"body": {"prefix_size": 3}},
        {"body": {"prefix_sha256": "z"}},
        {"body": {"header_sha256": "0" * 64}},
        {"manifest": lambda e: [e, e]},
        {"manifest": lambda e: [{**e, "offset": e["offset"] + 1}]},
        {"manifest": lambda e: [{**e, "name": "../x"}]},
        {"manifest": lambda e: [{**e, "media_type": "nope"}]},
        {"manifest": lambda e: [{**e, "size": -1}]},
        {"manifest": lambda e: "not a list"},
    ],
)  # fmt: skip
def test_signed_but_malformed_fields_are_refused_as_tampered(
    pair: Pair, tmp_path: Path, edit: dict[str, Any]
) -> None:
    with pytest.raises(PackageTampered):
        inspect_package(_crafted(pair, tmp_path, **edit))


def _refused_on_import(pair: Pair, path: Path, consume: Callable[[OpenedPackage], object]) -> None:
    before = leftovers(pair.recipient, path.parent)
    with pytest.raises(PackageTampered):
        import_package(pair.recipient, path, kinds={KIND}, consume=consume)
    assert leftovers(pair.recipient, path.parent) == before


def test_a_content_key_that_does_not_open_is_refused(pair: Pair, tmp_path: Path) -> None:
    path = _crafted(pair, tmp_path, sealed_key=bytes(1168))
    _refused_on_import(pair, path, lambda opened: opened.read("doc.json"))


def test_items_that_differ_from_the_manifest_are_refused(pair: Pair, tmp_path: Path) -> None:
    short = _crafted(pair, tmp_path, manifest=lambda e: [{**e, "size": 5}])
    _refused_on_import(pair, short, lambda opened: opened.reader("doc.json").read())
    long = _crafted(pair, tmp_path, manifest=lambda e: [{**e, "size": 20}])
    _refused_on_import(pair, long, lambda opened: opened.read("doc.json"))
    wrong = _crafted(pair, tmp_path, manifest=lambda e: [{**e, "sha256": "0" * 64}])
    _refused_on_import(pair, wrong, lambda opened: opened.read("doc.json"))


def test_an_item_read_past_its_end_stays_empty(pair: Pair, tmp_path: Path) -> None:
    path = _crafted(pair, tmp_path)

    def twice(opened: OpenedPackage) -> tuple[bytes, bytes, bytes]:
        reader = opened.reader("doc.json")
        return reader.read(), reader.read(), reader.read()

    assert import_package(pair.recipient, path, kinds={KIND}, consume=twice) == (
        b"hello world",
        b"",
        b"",
    )


def _sealed(pair: Pair, tmp_path: Path) -> bytes:
    seal(pair, tmp_path / "p.vdpkg")
    return (tmp_path / "p.vdpkg").read_bytes()


def test_layout_damage_is_named_for_what_it_is(pair: Pair, tmp_path: Path) -> None:
    raw = _sealed(pair, tmp_path)
    header_length = struct.unpack(">I", raw[10:14])[0]
    cases: list[tuple[bytes, type[Exception]]] = [
        (b"VDP", PackageTruncated),  # the start of the magic only
        (b"XX" + raw[2:], NotAPackage),
        (raw[:10] + struct.pack(">I", MAX_HEADER + 1) + raw[14:], PackageTampered),
        (raw[: 14 + header_length] + b"VDPKGEND", PackageTruncated),  # too short for a footer
        (raw[:-12] + struct.pack(">I", len(raw)) + raw[-8:], PackageTampered),  # trailer too long
        (raw[:-12] + struct.pack(">I", 10) + raw[-8:], PackageTampered),  # trailer too short
    ]
    trailer_length = struct.unpack(">I", raw[-12:-8])[0]
    start = len(raw) - 12 - trailer_length
    cases.append((raw[:start] + struct.pack(">I", 5) + raw[start + 4 :], PackageTampered))
    body_length = struct.unpack(">I", raw[start : start + 4])[0]
    body_start = start + 4
    cases.append((  # a body that is not JSON, signature or not
        raw[:body_start] + b"\xff" * body_length + raw[body_start + body_length :], PackageTampered
    ))  # fmt: skip
    for data, expected in cases:
        with pytest.raises(expected):
            inspect_package(_write(tmp_path, data))


def test_header_json_must_be_an_object(pair: Pair, tmp_path: Path) -> None:
    raw = _sealed(pair, tmp_path)
    length = struct.unpack(">I", raw[10:14])[0]
    fake = b"[" + b" " * (length - 2) + b"]"
    with pytest.raises(PackageTampered):
        inspect_package(_write(tmp_path, raw[:14] + fake + raw[14 + length :]))


def test_write_package_works_over_any_binary_file(pair: Pair, tmp_path: Path) -> None:
    with (tmp_path / "plain.vdpkg").open("wb") as handle:
        sink = ExportSink(handle)
        info = write_package(
            sink, sender=_private(pair), sender_card=pair.sender_card, kind=KIND,
            recipients=[pair.recipient_card],
            items=[OutgoingItem.from_bytes("a.json", "application/json", b"{}")], created="2026",
        )  # fmt: skip
    assert inspect_package(tmp_path / "plain.vdpkg") == info
    assert sink.size == (tmp_path / "plain.vdpkg").stat().st_size
    assert (tmp_path / "plain.vdpkg").read_bytes()[:8] == MAGIC
