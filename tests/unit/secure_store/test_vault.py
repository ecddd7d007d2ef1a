from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from secure_store.database import Migration, Schema
from secure_store.errors import (
    NotAVault,
    UnknownUser,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)
from secure_store.keyslots import RECOVERY
from secure_store.roles import Role
from secure_store.users import InvalidUserName
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES, cheap_kdf


def test_created_vault_has_the_designed_files(vault_dir: Path) -> None:
    assert {p.name for p in vault_dir.iterdir()} >= {"vault.db", "keyslots.json", "blobs"}
    assert not any(p.name.startswith(".vd-tmp") for p in vault_dir.parent.iterdir())
    assert oct(vault_dir.stat().st_mode & 0o777) == "0o700"


def test_create_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_text("x")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path, "beheer", PASSPHRASES["beheer"], kdf=cheap_kdf())
    file_target = tmp_path / "letter.txt"
    with pytest.raises(VaultExists):
        Vault.create(file_target, "beheer", PASSPHRASES["beheer"], kdf=cheap_kdf())


def test_create_refuses_weak_passphrase_and_bad_name_leaving_nothing(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "v", "beheer", "kort", kdf=cheap_kdf())
    with pytest.raises(InvalidUserName):
        Vault.create(tmp_path / "v", "Beheer Met Spatie", PASSPHRASES["beheer"], kdf=cheap_kdf())
    assert list(tmp_path.iterdir()) == []


def test_create_in_an_existing_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "v").mkdir()
    vault, recovery = Vault.create(
        tmp_path / "v", "beheer", PASSPHRASES["beheer"], display_name="B. Heer", kdf=cheap_kdf()
    )
    session = vault.unlock("beheer", PASSPHRASES["beheer"])
    assert session.identity.display_name == "B. Heer"
    assert session.roles == frozenset({Role.ADMIN})
    assert len(recovery) == 47


def test_failed_creation_leaves_no_staging_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import secure_store.vault as vault_module

    def explode(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(vault_module.os, "replace", explode)
    with pytest.raises(OSError, match="disk full"):
        Vault.create(tmp_path / "v", "beheer", PASSPHRASES["beheer"], kdf=cheap_kdf())
    assert list(tmp_path.iterdir()) == []


def test_users_are_listed_without_the_recovery_slot(vault: Vault) -> None:
    assert vault.users == ["arts", "beheer", "opvang", "privacy", "vta"]
    assert RECOVERY not in vault.users


def test_wrong_passphrase_is_refused_and_vault_unchanged(vault: Vault, vault_dir: Path) -> None:
    before = (vault_dir / "keyslots.json").read_bytes()
    with pytest.raises(WrongPassphrase) as caught:
        vault.unlock("arts", "dit is niet het wachtwoord")
    assert "wachtwoord klopt niet" in caught.value.message
    assert (vault_dir / "keyslots.json").read_bytes() == before
    assert vault.session is None


def test_unknown_user_is_refused(vault: Vault) -> None:
    with pytest.raises(UnknownUser):
        vault.unlock("niemand", "wat dan ook lang genoeg")


def test_failed_unlocks_are_slowed_down_and_logged_at_next_login(vault_dir: Path) -> None:
    waits: list[float] = []
    vault = Vault.open(vault_dir, sleep=waits.append)
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            vault.unlock("arts", "fout fout fout fout")
    with pytest.raises(UnknownUser):
        vault.unlock("indringer", "fout fout fout fout")
    assert waits == [1.0, 2.0]
    session = vault.unlock("privacy", PASSPHRASES["privacy"])
    failed = [e for e in session.read_audit(_query(action="login.failed"))]
    assert sorted(e.user for e in failed) == ["arts"] * 5 + ["indringer"]
    # The arts account is still throttled: only a successful unlock of that user resets it.
    assert vault.throttle.delay_for("arts") == 4.0
    vault.unlock("arts", PASSPHRASES["arts"])
    assert vault.throttle.delay_for("arts") == 0.0


def _query(**kwargs: str):  # type: ignore[no-untyped-def]
    from secure_store.audit import AuditQuery

    return AuditQuery(**kwargs)


def test_recovery_key_opens_an_administrator_session(vault: Vault, recovery_key: str) -> None:
    session = vault.unlock_with_recovery(recovery_key.lower().replace("-", " "))
    assert session.roles == frozenset({Role.ADMIN})
    session.users.reset_passphrase("arts", "tijdelijk wachtwoord 2026")
    assert vault.unlock("arts", "tijdelijk wachtwoord 2026").must_change_passphrase


def test_wrong_recovery_key_is_refused(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_recovery("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")


def test_lock_drops_the_session(vault: Vault, unlock) -> None:  # type: ignore[no-untyped-def]
    session = unlock("arts")
    vault.lock()
    assert session.is_locked
    with pytest.raises(VaultLocked):
        _ = session.conn
    with pytest.raises(VaultLocked):
        _ = session.keys
    vault.lock()  # locking twice is harmless
    session.lock()


def test_unlocking_another_user_locks_the_previous_session(unlock) -> None:  # type: ignore[no-untyped-def]
    first = unlock("arts")
    second = unlock("opvang")
    assert first.is_locked and not second.is_locked


def test_open_refuses_what_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "missing")
    with pytest.raises(NotAVault):
        Vault.open(tmp_path)
    (tmp_path / "keyslots.json").write_text("{not json")
    with pytest.raises(NotAVault) as caught:
        Vault.open(tmp_path)
    assert "geen Veilig Dossier-kluis" in caught.value.message
    (tmp_path / "keyslots.json").write_text('{"format": "something-else"}')
    with pytest.raises(NotAVault):
        Vault.open(tmp_path)
    (tmp_path / "keyslots.json").write_text("[1, 2]")
    with pytest.raises(NotAVault):
        Vault.open(tmp_path)


@pytest.mark.parametrize("missing", ["vault.db", "blobs"])
def test_open_reports_a_vault_missing_its_parts_as_damaged(vault_dir: Path, missing: str) -> None:
    target = vault_dir / missing
    shutil.rmtree(target) if target.is_dir() else target.unlink()
    with pytest.raises(VaultDamaged):
        Vault.open(vault_dir)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(version=99),
        lambda d: d["slots"][0].update(wrapped="zz"),
        lambda d: d.pop("kdf"),
        lambda d: d["slots"][0]["kdf"].update(memory_kib=1),
    ],
)
def test_broken_keyslot_file_is_reported_as_damaged(vault_dir: Path, edit) -> None:  # type: ignore[no-untyped-def]
    data = json.loads((vault_dir / "keyslots.json").read_text())
    edit(data)
    (vault_dir / "keyslots.json").write_text(json.dumps(data))
    with pytest.raises(VaultDamaged):
        Vault.open(vault_dir)


def test_garbage_database_is_reported_as_damaged(vault_dir: Path) -> None:
    (vault_dir / "vault.db").write_bytes(b"\0" * 8192)
    for suffix in ("-wal", "-shm"):
        (vault_dir / f"vault.db{suffix}").unlink(missing_ok=True)
    vault = Vault.open(vault_dir)
    with pytest.raises(VaultDamaged) as caught:
        vault.unlock("arts", PASSPHRASES["arts"])
    assert "beschadigd" in caught.value.message


def test_keyslots_from_another_vault_do_not_fit(tmp_path: Path, vault_dir: Path) -> None:
    Vault.create(tmp_path / "other", "beheer", PASSPHRASES["beheer"], kdf=cheap_kdf())
    shutil.copy(vault_dir / "vault.db", tmp_path / "other" / "vault.db")
    for suffix in ("-wal", "-shm"):
        (tmp_path / "other" / f"vault.db{suffix}").unlink(missing_ok=True)
    with pytest.raises(VaultDamaged):
        Vault.open(tmp_path / "other").unlock("beheer", PASSPHRASES["beheer"])


def test_slot_relabelled_to_another_user_does_not_open(vault_dir: Path) -> None:
    data = json.loads((vault_dir / "keyslots.json").read_text())
    arts = next(s for s in data["slots"] if s["owner"] == "arts")
    opvang = next(s for s in data["slots"] if s["owner"] == "opvang")
    opvang["kdf"], opvang["wrapped"] = arts["kdf"], arts["wrapped"]
    (vault_dir / "keyslots.json").write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir).unlock("opvang", PASSPHRASES["arts"])


def test_slot_without_user_row_is_refused(vault_dir: Path) -> None:
    vault = Vault.open(vault_dir)
    session = vault.unlock("beheer", PASSPHRASES["beheer"])
    with session.transaction() as conn:
        conn.execute("DELETE FROM users WHERE name = 'vta'")
    vault.lock()
    with pytest.raises(UnknownUser):
        vault.unlock("vta", PASSPHRASES["vta"])


def test_domain_schemas_migrate_in_order_at_unlock(vault_dir: Path) -> None:
    v1 = Schema("demo", [Migration(1, "CREATE TABLE demo_items (id INTEGER PRIMARY KEY);")])
    v2 = Schema(
        "demo",
        [*v1.migrations, Migration(2, "ALTER TABLE demo_items ADD COLUMN note TEXT;\n-- done\n")],
    )
    session = Vault.open(vault_dir, schemas=[v1]).unlock("arts", PASSPHRASES["arts"])
    session.conn.execute("INSERT INTO demo_items (id) VALUES (1)")
    session.lock()
    session = Vault.open(vault_dir, schemas=[v2]).unlock("arts", PASSPHRASES["arts"])
    assert session.conn.execute("SELECT id, note FROM demo_items").fetchall() == [(1, None)]
    versions = dict(session.conn.execute("SELECT component, version FROM schema_versions"))
    assert versions == {"core": 1, "signing": 1, "identities": 1, "demo": 2}


def test_a_failing_migration_rolls_back_and_leaves_the_old_version(vault_dir: Path) -> None:
    bad = Schema("demo", [Migration(1, "CREATE TABLE ok_table (x);\nCREATE TABLE broken (;")])
    import sqlcipher3

    with pytest.raises(sqlcipher3.Error):
        Vault.open(vault_dir, schemas=[bad]).unlock("arts", PASSPHRASES["arts"])
    session = Vault.open(vault_dir).unlock("arts", PASSPHRASES["arts"])
    tables = {r[0] for r in session.conn.execute("SELECT name FROM sqlite_master")}
    assert "ok_table" not in tables


def test_vault_from_a_newer_program_is_refused(vault_dir: Path) -> None:
    session = Vault.open(vault_dir).unlock("beheer", PASSPHRASES["beheer"])
    session.conn.execute("UPDATE schema_versions SET version = 9 WHERE component = 'core'")
    session.lock()
    with pytest.raises(VaultTooNew) as caught:
        Vault.open(vault_dir).unlock("beheer", PASSPHRASES["beheer"])
    assert "nieuwere versie" in caught.value.message


def test_unlock_sweeps_temp_files_left_by_a_crash_but_open_does_not(vault_dir: Path) -> None:
    (vault_dir / ".vd-tmp-abc").write_bytes(b"half")
    vault = Vault.open(vault_dir)
    assert (vault_dir / ".vd-tmp-abc").exists()
    vault.unlock("arts", PASSPHRASES["arts"])
    assert not (vault_dir / ".vd-tmp-abc").exists()


def test_a_second_program_cannot_unlock_an_unlocked_vault(vault_dir: Path) -> None:
    first = Vault.open(vault_dir)
    session = first.unlock("arts", PASSPHRASES["arts"])
    (vault_dir / "blobs" / "pending").mkdir()
    live = vault_dir / "blobs" / "pending" / ".vd-tmp-live-write"
    live.write_bytes(b"being written by the first program")
    second = Vault.open(vault_dir)
    with pytest.raises(VaultInUse) as caught:
        second.unlock("beheer", PASSPHRASES["beheer"])
    assert "al geopend" in caught.value.message
    assert live.exists() and not session.is_locked
    first.lock()
    assert second.unlock("beheer", PASSPHRASES["beheer"]).user == "beheer"
    assert not live.exists()
    with pytest.raises(VaultInUse):
        first.unlock("arts", PASSPHRASES["arts"])


def test_folder_lock_is_reentrant_for_its_holder_and_released_once(tmp_path: Path) -> None:
    from secure_store.folder_lock import FolderLock

    lock = FolderLock(tmp_path)
    lock.acquire()
    lock.acquire()
    assert lock.held
    lock.release()
    lock.release()
    assert not lock.held


def test_database_of_another_vault_id_is_reported_as_damaged(vault_dir: Path) -> None:
    session = Vault.open(vault_dir).unlock("beheer", PASSPHRASES["beheer"])
    session.conn.execute("UPDATE meta SET value = 'elsewhere' WHERE key = 'vault_id'")
    session.lock()
    with pytest.raises(VaultDamaged, match="vault id"):
        Vault.open(vault_dir).unlock("beheer", PASSPHRASES["beheer"])
