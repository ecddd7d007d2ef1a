from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from secure_store.backup import MAGIC, create_backup, read_backup_header, restore_backup
from secure_store.chunked import ChunkReader, ChunkWriter
from secure_store.database import connect
from secure_store.errors import (
    BackupDamaged,
    Cancelled,
    PermissionDenied,
    UnknownUser,
    VaultExists,
    WrongPassphrase,
)
from secure_store.roles import Area
from secure_store.session import Session
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES

Unlock = Callable[[str], Session]
PHOTOS = [os.urandom(n) for n in (10, 1_200_000, 0)]


@pytest.fixture
def backup_file(unlock: Unlock, tmp_path: Path) -> Path:
    arts = unlock("arts")
    case = arts.cases.create(Area.FORENSIC)
    for photo in PHOTOS:
        arts.blobs.put(io.BytesIO(photo), case, "image/jpeg")
    dest = tmp_path / "kluis.vdbackup"
    progress: list[tuple[int, int]] = []
    receipt = create_backup(unlock("beheer"), dest, progress=lambda d, t: progress.append((d, t)))
    assert receipt.blobs == 3 and receipt.size == dest.stat().st_size
    assert progress[-1][0] == progress[-1][1]
    return dest


def test_backup_restores_into_a_working_vault(backup_file: Path, tmp_path: Path) -> None:
    import hashlib

    assert restore_backup(backup_file, tmp_path / "new", "beheer", PASSPHRASES["beheer"]) == 3
    arts = Vault.open(tmp_path / "new").unlock("arts", PASSPHRASES["arts"])
    blobs = arts.conn.execute("SELECT id FROM blobs").fetchall()
    contents = sorted(hashlib.sha256(arts.blobs.read(b[0])).hexdigest() for b in blobs)
    assert contents == sorted(hashlib.sha256(p).hexdigest() for p in PHOTOS)
    actions = [r[0] for r in arts.conn.execute("SELECT action FROM audit ORDER BY seq")]
    # The snapshot is taken before its own backup.create entry; the restore logs itself.
    assert actions[-4:] == ["login", "backup.restore", "logout", "login"]
    assert arts.audit_log.verify().ok


def test_backup_holds_no_plaintext(unlock: Unlock, tmp_path: Path) -> None:
    session = unlock("arts")
    case = session.cases.create(Area.FORENSIC)
    session.blobs.put(io.BytesIO(b"Jan Jansen, Kerkstraat 1" * 50), case)
    dest = tmp_path / "b"
    create_backup(unlock("beheer"), dest)
    raw = dest.read_bytes()
    assert b"Jan Jansen" not in raw and b"Kerkstraat" not in raw and b"SQLite format" not in raw


def test_backup_file_receipt_is_audited_with_its_hash(unlock: Unlock, tmp_path: Path) -> None:
    import hashlib

    admin = unlock("beheer")
    receipt = create_backup(admin, tmp_path / "b")
    assert receipt.sha256 == hashlib.sha256((tmp_path / "b").read_bytes()).hexdigest()
    detail = admin.conn.execute(
        "SELECT detail FROM audit WHERE action = 'backup.create'"
    ).fetchone()[0]
    assert f"sha256={receipt.sha256}" in detail


def test_only_administrators_make_backups(unlock: Unlock, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        create_backup(unlock("arts"), tmp_path / "b")
    assert not (tmp_path / "b").exists()


def test_cancelled_backup_leaves_no_file(unlock: Unlock, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        create_backup(unlock("beheer"), tmp_path / "b", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]


@pytest.mark.parametrize("offset", [0.3, 0.6, 0.95])
def test_one_changed_byte_anywhere_is_refused_and_nothing_restored(
    backup_file: Path, tmp_path: Path, offset: float
) -> None:
    data = bytearray(backup_file.read_bytes())
    data[int(len(data) * offset)] ^= 0x20
    backup_file.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged) as caught:
        restore_backup(backup_file, tmp_path / "new", "beheer", PASSPHRASES["beheer"])
    assert "Er is niets teruggezet" in caught.value.message
    assert not (tmp_path / "new").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".vd-tmp")]


def test_changed_header_is_refused(backup_file: Path, tmp_path: Path) -> None:
    data = backup_file.read_bytes()
    patched = data.replace(b'"version": 1,', b'"version":  1,', 1)
    length = struct.unpack(">I", patched[len(MAGIC) : len(MAGIC) + 4])[0] + 1
    patched = MAGIC + struct.pack(">I", length) + patched[len(MAGIC) + 4 :]
    backup_file.write_bytes(patched)
    with pytest.raises(BackupDamaged, match="manifest"):
        restore_backup(backup_file, tmp_path / "new", "beheer", PASSPHRASES["beheer"])


def test_truncated_backup_is_refused(backup_file: Path, tmp_path: Path) -> None:
    backup_file.write_bytes(backup_file.read_bytes()[:-5000])
    with pytest.raises(BackupDamaged):
        restore_backup(backup_file, tmp_path / "new", "beheer", PASSPHRASES["beheer"])


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"PK\x03\x04 a zip file",
        MAGIC + b"\x00",
        MAGIC + struct.pack(">I", 5) + b"{bad}",
        MAGIC + struct.pack(">I", 2) + b"{}",
        MAGIC + struct.pack(">I", 29) + b'{"format": "x", "version": 1}',
        MAGIC + struct.pack(">I", 10**9),
    ],
)
def test_foreign_files_are_refused(tmp_path: Path, content: bytes) -> None:
    foreign = tmp_path / "foreign"
    foreign.write_bytes(content)
    with pytest.raises(BackupDamaged):
        restore_backup(foreign, tmp_path / "new", "beheer", PASSPHRASES["beheer"])


def test_header_with_broken_keyslots_is_refused(tmp_path: Path) -> None:
    import json

    header = json.dumps(
        {"format": "veilig-dossier-backup", "version": 1, "stream_id": "00" * 16, "keyslots": {}}
    ).encode()
    foreign = tmp_path / "foreign"
    foreign.write_bytes(MAGIC + struct.pack(">I", len(header)) + header)
    assert read_backup_header(io.BytesIO(foreign.read_bytes()))[0]["version"] == 1
    with pytest.raises(BackupDamaged, match="keyslots"):
        restore_backup(foreign, tmp_path / "new", "beheer", PASSPHRASES["beheer"])


def test_restore_needs_an_administrator_of_the_backup(backup_file: Path, tmp_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        restore_backup(backup_file, tmp_path / "new", "beheer", "niet het wachtwoord hoor")
    with pytest.raises(UnknownUser):
        restore_backup(backup_file, tmp_path / "new", "niemand", PASSPHRASES["beheer"])
    with pytest.raises(PermissionDenied):
        restore_backup(backup_file, tmp_path / "new", "arts", PASSPHRASES["arts"])
    assert not (tmp_path / "new").exists()


def test_restore_refuses_a_folder_in_use(backup_file: Path, vault_dir: Path) -> None:
    with pytest.raises(VaultExists):
        restore_backup(backup_file, vault_dir, "beheer", PASSPHRASES["beheer"])
    with pytest.raises(VaultExists):
        restore_backup(backup_file, backup_file, "beheer", PASSPHRASES["beheer"])


def test_restore_reports_progress_and_can_be_cancelled(backup_file: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    restore_backup(
        backup_file,
        tmp_path / "a",
        "beheer",
        PASSPHRASES["beheer"],
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen and seen[-1][1] == backup_file.stat().st_size
    with pytest.raises(Cancelled):
        restore_backup(
            backup_file, tmp_path / "b", "beheer", PASSPHRASES["beheer"], cancelled=lambda: True
        )
    assert not (tmp_path / "b").exists()


# -- backups that authenticate but lie: rebuilt with the right key ----------------------------
def _rewrite(
    backup_file: Path,
    backup_key: bytes,
    transform: Callable[[list[tuple[tarfile.TarInfo, bytes]]], list[tuple[tarfile.TarInfo, bytes]]],
) -> None:
    """Decrypt a backup, let ``transform`` edit its tar members, re-encrypt with the same key."""
    with backup_file.open("rb") as source:
        header, header_bytes = read_backup_header(source)
        stream_id = bytes.fromhex(header["stream_id"])
        reader = ChunkReader(backup_key, stream_id, source)
        members = []
        with tarfile.open(fileobj=reader, mode="r|") as tar:  # type: ignore[call-overload]
            for m in tar:
                f = tar.extractfile(m)
                members.append((m, f.read() if f else b""))
    members = transform(members)
    sink = io.BytesIO()
    sink.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
    writer = ChunkWriter(backup_key, stream_id, sink)
    with tarfile.open(fileobj=writer, mode="w|") as tar:  # type: ignore[call-overload]
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if info.isfile() else None)
    writer.close()
    backup_file.write_bytes(sink.getvalue())


def _manifest_for(
    members: list[tuple[tarfile.TarInfo, bytes]], header_sha: str
) -> tuple[tarfile.TarInfo, bytes]:
    manifest = {
        m.name: hashlib.sha256(d).hexdigest() for m, d in members if m.name != "manifest.json"
    }
    manifest["header"] = header_sha
    body = json.dumps(manifest).encode()
    info = tarfile.TarInfo("manifest.json")
    info.size = len(body)
    return info, body


def _header_sha(backup_file: Path) -> str:
    with backup_file.open("rb") as source:
        return hashlib.sha256(read_backup_header(source)[1]).hexdigest()


@pytest.fixture
def backup_key(vault: Vault) -> bytes:
    return vault.unlock("beheer", PASSPHRASES["beheer"]).keys.backup


def _restore_fails(backup_file: Path, tmp_path: Path, match: str | None) -> None:
    with pytest.raises(BackupDamaged, match=match):
        restore_backup(backup_file, tmp_path / "new", "beheer", PASSPHRASES["beheer"])
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize(
    "name",
    [
        "../evil",
        "blobs/zz/" + "ab" * 16,
        "blobs/ab/short",
        "blobs/ab/" + "ab" * 15 + "zz",
        "other.db",
    ],
)
def test_members_outside_the_vault_layout_are_refused(
    backup_file: Path, backup_key: bytes, tmp_path: Path, name: str
) -> None:
    def add_evil(
        members: list[tuple[tarfile.TarInfo, bytes]],
    ) -> list[tuple[tarfile.TarInfo, bytes]]:
        info = tarfile.TarInfo(name)
        info.size = 4
        return [(info, b"evil"), *members]

    _rewrite(backup_file, backup_key, add_evil)
    _restore_fails(backup_file, tmp_path, None)
    assert not (tmp_path / "evil").exists()


def test_non_file_members_are_refused(backup_file: Path, backup_key: bytes, tmp_path: Path) -> None:
    def add_dir(
        members: list[tuple[tarfile.TarInfo, bytes]],
    ) -> list[tuple[tarfile.TarInfo, bytes]]:
        info = tarfile.TarInfo("blobs")
        info.type = tarfile.DIRTYPE
        return [(info, b""), *members]

    _rewrite(backup_file, backup_key, add_dir)
    _restore_fails(backup_file, tmp_path, "blobs")


def test_manifest_mismatch_is_refused(backup_file: Path, backup_key: bytes, tmp_path: Path) -> None:
    _rewrite(
        backup_file, backup_key, lambda ms: [m for m in ms if not m[0].name.startswith("blobs/")]
    )
    _restore_fails(backup_file, tmp_path, "manifest")


def test_blob_that_does_not_decrypt_is_refused(
    backup_file: Path, backup_key: bytes, tmp_path: Path
) -> None:
    header_sha = _header_sha(backup_file)

    def corrupt_blob(
        members: list[tuple[tarfile.TarInfo, bytes]],
    ) -> list[tuple[tarfile.TarInfo, bytes]]:
        out = []
        for info, data in members:
            if info.name.startswith("blobs/") and info.size > 100:
                data = data[:-1] + bytes([data[-1] ^ 1])
            out.append((info, data))
        body = [m for m in out if m[0].name != "manifest.json"]
        return [*body, _manifest_for(body, header_sha)]

    _rewrite(backup_file, backup_key, corrupt_blob)
    _restore_fails(backup_file, tmp_path, None)


def test_database_with_a_broken_audit_chain_is_refused(
    backup_file: Path, backup_key: bytes, vault: Vault, tmp_path: Path
) -> None:
    db_key = vault.unlock("beheer", PASSPHRASES["beheer"]).keys.database
    header_sha = _header_sha(backup_file)

    def tamper_audit(
        members: list[tuple[tarfile.TarInfo, bytes]],
    ) -> list[tuple[tarfile.TarInfo, bytes]]:
        out = []
        for info, data in members:
            if info.name == "vault.db":
                scratch = tmp_path / "scratch.db"
                scratch.write_bytes(data)
                conn = connect(scratch, db_key)
                conn.execute("DROP TRIGGER audit_no_update")
                conn.execute("UPDATE audit SET user = 'iemand anders' WHERE seq = 2")
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.close()
                data = scratch.read_bytes()
                scratch.unlink()
                info.size = len(data)
            out.append((info, data))
        body = [m for m in out if m[0].name != "manifest.json"]
        return [*body, _manifest_for(body, header_sha)]

    _rewrite(backup_file, backup_key, tamper_audit)
    _restore_fails(backup_file, tmp_path, "audit")
