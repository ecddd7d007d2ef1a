"""Sealing and opening on worker threads: what breaks there surfaces, and nothing stays behind.

The plaintext hash, the encryption and the writing run beside the thread that produces the items
(secure_store.package_pipeline). A failing disk, a failing source, a cancel or a failing hash each
reach the caller as before, leave no file, no temp file, no export and no thread; blocks from a
buffer the producer reuses are sealed as they were; and a changed byte is still refused.
"""

from __future__ import annotations

import errno
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secure_store import package_reader
from secure_store.audit import AuditQuery
from secure_store.errors import Cancelled
from secure_store.export import ExportSink
from secure_store.package import OpenedPackage, import_package
from secure_store.package_errors import PackageRefused, PackageTampered
from secure_store.package_pipeline import Feed, SerialWorker
from secure_store.package_reader import verify_package
from secure_store.package_writer import OutgoingItem
from secure_store.roles import Area
from tests.unit.secure_store.package_helpers import DOCUMENT, KIND, Pair, leftovers, make_pair, seal

CHUNK = 64
PAYLOAD = os.urandom(40 * CHUNK + 5)


@pytest.fixture
def pair(template_vault: Path, tmp_path: Path) -> Pair:
    return make_pair(template_vault, tmp_path)


def _package_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("package-")]


def _streamed(payload: bytes = PAYLOAD, block: int = 100) -> list[OutgoingItem]:
    return [
        OutgoingItem.from_bytes("doc.json", "application/json", DOCUMENT),
        OutgoingItem(
            "data/payload.bin", "application/octet-stream",
            lambda: (payload[i : i + block] for i in range(0, len(payload), block)), len(payload),
        ),
    ]  # fmt: skip


def _nothing_sealed(pair: Pair, folder: Path) -> None:
    assert list(folder.glob("*.vdpkg")) == [] and list(folder.glob(".vd-tmp-*")) == []
    assert not list(pair.sender.audit_log.query(AuditQuery(action=f"export.package.{KIND}")))
    assert _package_threads() == []


def _drain(opened: OpenedPackage) -> dict[str, bytes]:
    return {entry.name: opened.read(entry.name, limit=1 << 20) for entry in opened.info.manifest}


def test_a_disk_failing_on_the_writer_thread_fails_the_seal_and_leaves_nothing(
    pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failed_on: list[str] = []
    write = ExportSink.write

    def full_disk(self: ExportSink, data: bytes) -> int:
        if self.size > 20 * CHUNK:
            failed_on.append(threading.current_thread().name)
            raise OSError(errno.ENOSPC, "No space left on device")
        return write(self, data)

    monkeypatch.setattr(ExportSink, "write", full_disk)
    with pytest.raises(OSError, match="No space") as raised:
        seal(pair, tmp_path / "p.vdpkg", items=_streamed())
    assert raised.value.errno == errno.ENOSPC
    assert failed_on == ["package-seal-write"]  # raised there, reported here, only once
    _nothing_sealed(pair, tmp_path)


def test_a_source_failing_partway_fails_the_seal_and_leaves_nothing(
    pair: Pair, tmp_path: Path
) -> None:
    def broken() -> Iterator[bytes]:
        yield PAYLOAD[:1000]
        raise OSError(errno.EIO, "Invoer/uitvoerfout: apparaat verwijderd")

    items = [OutgoingItem("data/broken.bin", "application/octet-stream", broken, 5000)]
    with pytest.raises(OSError, match="apparaat verwijderd"):
        seal(pair, tmp_path / "p.vdpkg", items=items)
    _nothing_sealed(pair, tmp_path)


def test_a_cancel_midway_stops_the_workers_and_leaves_nothing(pair: Pair, tmp_path: Path) -> None:
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] > 30  # after a dozen blocks have gone to the workers

    with pytest.raises(Cancelled):
        seal(pair, tmp_path / "p.vdpkg", items=_streamed(), cancelled=cancelled)
    assert asked[0] == 31
    _nothing_sealed(pair, tmp_path)


def test_blocks_from_a_reused_buffer_are_sealed_as_they_were(pair: Pair, tmp_path: Path) -> None:
    def reused() -> Iterator[bytes]:
        buffer = bytearray(300)
        for start in range(0, len(PAYLOAD), 300):
            piece = PAYLOAD[start : start + 300]
            buffer[: len(piece)] = piece
            yield memoryview(buffer)[: len(piece)]  # as readinto() gives
            buffer[:] = bytes(300)  # the producer moves on before the workers are done

    items = [OutgoingItem("data/payload.bin", "application/octet-stream", reused, len(PAYLOAD))]
    sealed = seal(pair, tmp_path / "p.vdpkg", items=items, chunk_size=CHUNK)
    assert sealed.info.manifest[0].sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    opened = import_package(pair.recipient, tmp_path / "p.vdpkg", kinds={KIND}, consume=_drain)
    assert opened == {"data/payload.bin": PAYLOAD}


@pytest.mark.parametrize("block", [1, 63, 64, 65, 128, 1000, len(PAYLOAD)])
def test_any_block_size_round_trips_and_verifies(pair: Pair, tmp_path: Path, block: int) -> None:
    seal(pair, tmp_path / "p.vdpkg", items=_streamed(block=block), chunk_size=CHUNK)
    assert verify_package(tmp_path / "p.vdpkg").valid
    opened = import_package(pair.recipient, tmp_path / "p.vdpkg", kinds={KIND}, consume=_drain)
    assert opened == {"doc.json": DOCUMENT, "data/payload.bin": PAYLOAD}


def test_reading_in_small_pieces_round_trips_and_checks_the_hash(
    pair: Pair, tmp_path: Path
) -> None:
    seal(pair, tmp_path / "p.vdpkg", items=_streamed(), chunk_size=CHUNK)

    def nibble(opened: OpenedPackage) -> bytes:
        reader, parts = opened.reader("data/payload.bin"), []
        while piece := reader.read(7):
            parts.append(piece)
        return b"".join(parts)

    assert import_package(pair.recipient, tmp_path / "p.vdpkg", kinds={KIND}, consume=nibble) == (
        PAYLOAD
    )


def test_a_reader_left_halfway_leaves_no_thread(pair: Pair, tmp_path: Path) -> None:
    seal(pair, tmp_path / "p.vdpkg", items=_streamed(), chunk_size=CHUNK)
    before = leftovers(pair.recipient, tmp_path)

    def halfway(opened: OpenedPackage) -> None:
        opened.reader("data/payload.bin").read(500)
        raise RuntimeError("the user closed the program")

    with pytest.raises(RuntimeError):
        import_package(pair.recipient, tmp_path / "p.vdpkg", kinds={KIND}, consume=halfway)
    assert leftovers(pair.recipient, tmp_path) == before and _package_threads() == []


class _FailingFeed(Feed):
    """The reader's feed to the hash worker, whose hash breaks down there (a MemoryError)."""

    failed_on: ClassVar[list[str]] = []

    def __init__(self, worker: SerialWorker, consume: Callable[[bytes], object]) -> None:
        seen = [0]

        def failing(block: bytes) -> None:
            seen[0] += 1
            if seen[0] > 2:
                self.failed_on.append(threading.current_thread().name)
                raise MemoryError("hash worker failed")
            consume(block)

        super().__init__(worker, failing)

    def put(self, block: bytes) -> None:
        super().put(block)
        self.flush()  # every block on its own, so the failure comes partway through the item


def test_a_failing_hash_on_the_open_worker_fails_the_import_and_leaves_nothing(
    pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seal(pair, tmp_path / "p.vdpkg", items=_streamed(block=CHUNK), chunk_size=CHUNK)
    before = leftovers(pair.recipient, tmp_path)

    def consume(opened: OpenedPackage) -> None:
        opened.store("doc.json", opened._session.cases.create(Area.CONSULT))  # a blob to undo
        reader = opened.reader("data/payload.bin")
        while reader.read(CHUNK):
            pass

    monkeypatch.setattr(package_reader, "Feed", _FailingFeed)
    with pytest.raises(MemoryError, match="hash worker failed"):
        import_package(pair.recipient, tmp_path / "p.vdpkg", kinds={KIND}, consume=consume)
    assert _FailingFeed.failed_on == ["package-open-hash"]
    assert leftovers(pair.recipient, tmp_path) == before and _package_threads() == []


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_one_changed_byte_of_a_pipelined_package_is_refused_and_fails_verification(
    pair: Pair, tmp_path: Path, data: st.DataObject
) -> None:
    original = tmp_path / "original.vdpkg"
    if not original.exists():
        seal(pair, original, items=_streamed(block=3 * CHUNK + 1), chunk_size=CHUNK)
    raw = bytearray(original.read_bytes())
    raw[data.draw(st.integers(min_value=0, max_value=len(raw) - 1))] ^= data.draw(
        st.integers(min_value=1, max_value=255)
    )
    tampered = tmp_path / "tampered.vdpkg"
    tampered.write_bytes(bytes(raw))
    before = leftovers(pair.recipient, tmp_path)
    with pytest.raises(PackageRefused):
        import_package(pair.recipient, tampered, kinds={KIND}, consume=_drain)
    assert leftovers(pair.recipient, tmp_path) == before and _package_threads() == []
    assert not verify_package(tampered).valid


def test_a_changed_payload_chunk_is_refused_while_streaming(pair: Pair, tmp_path: Path) -> None:
    sealed = seal(pair, tmp_path / "p.vdpkg", items=_streamed(), chunk_size=CHUNK)
    raw = bytearray((tmp_path / "p.vdpkg").read_bytes())
    raw[sealed.info.manifest[1].offset + 30 * (CHUNK + 32)] ^= 1
    (tmp_path / "p.vdpkg").write_bytes(bytes(raw))
    with pytest.raises(PackageTampered, match=r"data/payload\.bin"):
        import_package(pair.recipient, tmp_path / "p.vdpkg", kinds={KIND}, consume=_drain)
