from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from secure_store.blobs import blob_key
from secure_store.chunked import StreamCorrupt, decrypt_chunks
from secure_store.errors import CaseErased, PermissionDenied, TamperedBlob
from secure_store.keys import VaultKeys, hkdf
from secure_store.roles import Area
from secure_store.session import Session

Unlock = Callable[[str], Session]
PHOTO = os.urandom(2_500_000)


def _forensic_blob(session: Session, data: bytes = PHOTO) -> tuple[str, str]:
    case = session.cases.create(Area.FORENSIC)
    ref = session.blobs.put(io.BytesIO(data), case, "image/jpeg")
    return case, ref.id


def test_blob_round_trips_bit_exact_with_its_hash(unlock: Unlock) -> None:
    import hashlib

    session = unlock("arts")
    case = session.cases.create(Area.FORENSIC)
    seen: list[int] = []
    ref = session.blobs.put(io.BytesIO(PHOTO), case, "image/jpeg", progress=seen.append)
    assert ref.size == len(PHOTO) and ref.sha256 == hashlib.sha256(PHOTO).hexdigest()
    assert session.blobs.read(ref.id) == PHOTO
    assert seen[-1] == len(PHOTO) and len(seen) == 3
    assert session.blobs.info(ref.id) == ref
    assert session.cases.area(case) is Area.FORENSIC


def test_empty_blob_round_trips(unlock: Unlock) -> None:
    session = unlock("opvang")
    case = session.cases.create(Area.OPVANG)
    ref = session.blobs.put(io.BytesIO(b""), case)
    assert session.blobs.read(ref.id) == b"" and ref.media_type == "application/octet-stream"


def test_blob_file_is_named_randomly_and_holds_no_plaintext(unlock: Unlock) -> None:
    session = unlock("arts")
    _, blob_id = _forensic_blob(session, b"Jan Jansen " * 1000)
    raw = session.blobs.path(blob_id).read_bytes()
    assert b"Jan Jansen" not in raw
    assert session.blobs.path(blob_id).parent.name == blob_id[:2]


def test_changed_byte_in_a_blob_is_detected(unlock: Unlock) -> None:
    session = unlock("arts")
    _, blob_id = _forensic_blob(session)
    path = session.blobs.path(blob_id)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(TamperedBlob) as caught:
        session.blobs.read(blob_id)
    assert "gewijzigd, ingekort of verwisseld" in caught.value.message


def test_truncated_blob_is_detected(unlock: Unlock) -> None:
    session = unlock("arts")
    _, blob_id = _forensic_blob(session)
    path = session.blobs.path(blob_id)
    path.write_bytes(path.read_bytes()[: 1024 * 1024 + 100])
    with pytest.raises(TamperedBlob):
        session.blobs.verify(blob_id)


def test_blob_swapped_with_another_is_detected(unlock: Unlock) -> None:
    session = unlock("arts")
    case, first = _forensic_blob(session)
    second = session.blobs.put(io.BytesIO(os.urandom(100)), case).id
    shutil.copy(session.blobs.path(second), session.blobs.path(first))
    with pytest.raises(TamperedBlob):
        session.blobs.read(first)


def test_missing_blob_file_and_unknown_blob_are_reported(unlock: Unlock) -> None:
    session = unlock("arts")
    _, blob_id = _forensic_blob(session)
    session.blobs.path(blob_id).unlink()
    with pytest.raises(TamperedBlob):
        session.blobs.read(blob_id)
    with pytest.raises(TamperedBlob, match="onbekend"):
        session.blobs.info("0" * 32)


def test_row_hash_that_does_not_match_the_content_is_detected(unlock: Unlock) -> None:
    session = unlock("arts")
    _, blob_id = _forensic_blob(session, b"content")
    session.conn.execute("UPDATE blobs SET sha256 = ? WHERE id = ?", ("0" * 64, blob_id))
    with pytest.raises(TamperedBlob, match="hash"):
        session.blobs.read(blob_id)


def test_opvang_user_cannot_read_a_forensic_blob_and_is_logged(vault, unlock: Unlock) -> None:  # type: ignore[no-untyped-def]
    case, blob_id = _forensic_blob(unlock("arts"))
    session = unlock("opvang")
    with pytest.raises(PermissionDenied):
        session.blobs.read(blob_id)
    with pytest.raises(PermissionDenied):
        session.blobs.put(io.BytesIO(b"x"), case)
    with pytest.raises(PermissionDenied):
        session.cases.create(Area.FORENSIC)
    refused = session.conn.execute(
        "SELECT user, record_id, detail FROM audit WHERE action = 'access.refused'"
    ).fetchall()
    assert refused[0] == ("opvang", case, "case.key (forensic)")
    assert len(refused) == 3


def test_admin_cannot_read_dossier_content(unlock: Unlock) -> None:
    _, blob_id = _forensic_blob(unlock("arts"))
    admin = unlock("beheer")
    with pytest.raises(PermissionDenied):
        admin.blobs.read(blob_id)
    admin.blobs.verify(blob_id)  # integrity check for backups reveals nothing but ok


def test_erasure_shreds_the_case_so_surviving_copies_are_noise(
    unlock: Unlock, tmp_path: Path
) -> None:
    session = unlock("arts")
    case, blob_id = _forensic_blob(session)
    copy = tmp_path / "copy.bin"
    shutil.copy(session.blobs.path(blob_id), copy)
    master = session.keys.master
    privacy = unlock("privacy")
    assert privacy.cases.erase(case, "bewaartermijn verstreken") == 1
    assert not privacy.blobs.path(blob_id).exists()
    with pytest.raises(CaseErased):
        privacy.cases.area(case)
    with pytest.raises(CaseErased):
        privacy.cases.key_for_integrity_check(case)
    # Whatever an attacker derives from the master key, the surviving copy does not open.
    keys = VaultKeys.from_master(master)
    candidates = [master, keys.database, keys.audit, keys.case_wrap, keys.backup]
    candidates += [blob_key(k, blob_id) for k in candidates]
    candidates += [hkdf(master, b"veilig-dossier/v1/case/" + case.encode())]
    for key in candidates:
        with pytest.raises(StreamCorrupt), copy.open("rb") as source:
            list(decrypt_chunks(key, bytes.fromhex(blob_id), source))
    erased = privacy.conn.execute("SELECT reason FROM audit WHERE action = 'case.erase'").fetchone()
    assert erased == ("bewaartermijn verstreken",)
    assert privacy.conn.execute("SELECT count(*) FROM blobs").fetchone() == (0,)


def test_erasure_needs_the_privacy_officer_and_a_reason(unlock: Unlock) -> None:
    from secure_store.cases import ReasonRequired

    case, _ = _forensic_blob(unlock("arts"))
    with pytest.raises(PermissionDenied):
        unlock("arts").cases.erase(case, "wil ik")
    with pytest.raises(ReasonRequired):
        unlock("privacy").cases.erase(case, "   ")
    with pytest.raises(CaseErased):
        unlock("privacy").cases.erase("f" * 32, "bestaat niet")


def test_erased_case_key_is_gone_for_its_own_role(unlock: Unlock) -> None:
    case, _ = _forensic_blob(unlock("arts"))
    unlock("privacy").cases.erase(case, "AVG art. 17 verzoek")
    with pytest.raises(CaseErased) as caught:
        unlock("arts").cases.key(case)
    assert "vernietigd" in caught.value.message


def test_cancelled_put_leaves_nothing(unlock: Unlock) -> None:
    from secure_store.errors import Cancelled

    session = unlock("arts")
    case = session.cases.create(Area.FORENSIC)
    calls = iter([False, True])
    with pytest.raises(Cancelled):
        session.blobs.put(io.BytesIO(PHOTO), case, cancelled=lambda: next(calls))
    assert session.conn.execute("SELECT count(*) FROM blobs").fetchone() == (0,)
    assert [p for p in session.blobs.folder.rglob("*") if p.is_file()] == []


def test_sweep_settles_markers_removing_only_unrecorded_files(unlock: Unlock) -> None:
    session = unlock("arts")
    _, kept = _forensic_blob(session, b"keep")
    case = session.cases.create(Area.FORENSIC)
    orphan = session.blobs.write(io.BytesIO(b"written, never recorded (crash)"), case)
    pending = session.blobs.pending
    (pending / ".vd-tmp-123").write_bytes(b"half")
    (pending / ("cd" * 16)).write_bytes(b"")  # marker of a write that died before its file
    (session.blobs.folder / "stray-file").write_bytes(b"not a folder")
    assert (pending / orphan.id).exists()
    assert session.blobs.sweep_orphans() == 2
    assert session.blobs.read(kept) == b"keep"
    assert not session.blobs.path(orphan.id).exists()
    assert list(pending.iterdir()) == []


class _FailingSource:
    """A source that breaks partway, like a USB stick pulled out (KeePassXC's FailDevice)."""

    def __init__(self) -> None:
        self.reads = 0

    def read(self, size: int = -1) -> bytes:
        self.reads += 1
        if self.reads > 1:
            raise OSError(5, "Input/output error")
        return b"x" * (1024 * 1024)


def test_failing_source_gives_a_clear_error_and_leaves_nothing(unlock: Unlock) -> None:
    from secure_store.errors import VaultWriteFailed

    session = unlock("arts")
    case = session.cases.create(Area.FORENSIC)
    with pytest.raises(VaultWriteFailed) as caught:
        session.blobs.put(_FailingSource(), case)  # type: ignore[arg-type]
    assert "niets half opgeslagen" in caught.value.message and "Input/output" in str(caught.value)
    assert [p for p in session.blobs.folder.rglob("*") if p.is_file()] == []
    assert session.conn.execute("SELECT count(*) FROM blobs").fetchone() == (0,)


def test_blob_whose_row_cannot_be_recorded_leaves_no_file(
    unlock: Unlock, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = unlock("arts")
    case = session.cases.create(Area.FORENSIC)

    def refuse(ref: object) -> None:
        raise RuntimeError("database refused the row")

    monkeypatch.setattr(session.blobs, "register", refuse)
    with pytest.raises(RuntimeError, match="refused"):
        session.blobs.put(io.BytesIO(b"evidence"), case)
    assert [p for p in session.blobs.folder.rglob("*") if p.is_file()] == []


def test_written_blob_is_recorded_later_in_the_callers_transaction(unlock: Unlock) -> None:
    session = unlock("arts")
    case = session.cases.create(Area.FORENSIC)
    ref = session.blobs.write(io.BytesIO(b"evidence"), case, "image/jpeg")
    assert session.blobs.path(ref.id).exists()
    with pytest.raises(TamperedBlob):
        session.blobs.info(ref.id)
    with session.transaction():
        session.blobs.register(ref)
    assert session.blobs.read(ref.id) == b"evidence"


def test_put_settles_its_marker_unless_a_caller_transaction_is_open(unlock: Unlock) -> None:
    session = unlock("arts")
    case = session.cases.create(Area.FORENSIC)
    alone = session.blobs.put(io.BytesIO(b"a"), case)
    with session.transaction():
        inside = session.blobs.put(io.BytesIO(b"b"), case)
    assert not (session.blobs.pending / alone.id).exists()
    assert (session.blobs.pending / inside.id).exists()  # settled at the next unlock
    assert session.blobs.sweep_orphans() == 0
    assert session.blobs.read(inside.id) == b"b"
