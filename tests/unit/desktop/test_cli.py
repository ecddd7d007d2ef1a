"""The command line: demo, backup, restore, audit; messages and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import secure_store.vault
from desktop.cli import commands, main
from desktop.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE, PASSPHRASE_ENV
from desktop.demo import DEMO_USERS
from secure_store.errors import NotAVault, PermissionDenied, WrongPassphrase
from secure_store.kdf import KdfParams
from secure_store.vault import Vault

ADMIN_PW = "paarse olifant danst traag"  # the template vault's "beheer"
PRIVACY_PW = "rode deur kraakt luid"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def cheap_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo command calibrates like a real vault; tests make it cheap."""
    monkeypatch.setattr(
        secure_store.vault, "calibrate", lambda: KdfParams(os.urandom(16), 1, 64 * 1024)
    )


def _run(monkeypatch: pytest.MonkeyPatch, argv: list[str], passphrase: str | None) -> int:
    if passphrase is None:
        monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    else:
        monkeypatch.setenv(PASSPHRASE_ENV, passphrase)
    return main(argv)


def test_the_registry_lists_the_issue_commands() -> None:
    assert {c.name for c in commands()} >= {"demo", "backup", "restore", "audit"}


def test_demo_creates_a_vault_with_every_role(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    cheap_calibration: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _run(monkeypatch, ["demo", str(tmp_path / "demo")], None) == EXIT_OK
    out = capsys.readouterr().out
    vault = Vault.open(tmp_path / "demo")
    assert sorted(vault.users) == sorted(u.name for u in DEMO_USERS)
    for user in DEMO_USERS:
        assert user.passphrase in out
        assert vault.unlock(user.name, user.passphrase).identity.roles == user.roles
    vault.lock()


def test_demo_refuses_a_folder_that_is_not_empty(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "iets.txt").write_text("x")
    assert _run(monkeypatch, ["demo", str(tmp_path)], None) == EXIT_FAILED
    assert "Kies een lege map" in capsys.readouterr().err


def test_backup_then_restore_round_trip(
    monkeypatch: pytest.MonkeyPatch, vault_dir: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "kopie.vdbackup"
    argv = ["backup", "--vault", str(vault_dir), "--user", "beheer", str(backup)]
    assert _run(monkeypatch, argv, ADMIN_PW) == EXIT_OK
    assert backup.stat().st_size > 0
    target = tmp_path / "terug"
    argv = ["restore", str(backup), str(target), "--user", "beheer"]
    assert _run(monkeypatch, argv, ADMIN_PW) == EXIT_OK
    assert Vault.open(target).unlock("beheer", ADMIN_PW).user == "beheer"


def test_restore_asks_the_user_name_when_not_given(
    monkeypatch: pytest.MonkeyPatch, vault_dir: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "kopie.vdbackup"
    argv = ["backup", "--vault", str(vault_dir), "--user", "beheer", str(backup)]
    assert _run(monkeypatch, argv, ADMIN_PW) == EXIT_OK
    monkeypatch.setattr("builtins.input", lambda prompt: "beheer")
    argv = ["restore", str(backup), str(tmp_path / "terug")]
    assert _run(monkeypatch, argv, ADMIN_PW) == EXIT_OK


def test_restore_needs_an_administrator_of_the_backup(
    monkeypatch: pytest.MonkeyPatch,
    vault_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = tmp_path / "kopie.vdbackup"
    argv = ["backup", "--vault", str(vault_dir), "--user", "beheer", str(backup)]
    assert _run(monkeypatch, argv, ADMIN_PW) == EXIT_OK
    argv = ["restore", str(backup), str(tmp_path / "terug"), "--user", "privacy"]
    assert _run(monkeypatch, argv, PRIVACY_PW) == EXIT_FAILED
    assert PermissionDenied.message_nl in capsys.readouterr().err
    assert not (tmp_path / "terug").exists()


def test_a_wrong_passphrase_fails_with_the_vaults_message(
    monkeypatch: pytest.MonkeyPatch,
    vault_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["backup", "--vault", str(vault_dir), "--user", "beheer", str(tmp_path / "b")]
    assert _run(monkeypatch, argv, "dit is niet goed genoeg") == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.strip() == f"Fout: {WrongPassphrase.message_nl}"
    assert "Traceback" not in err
    assert not (tmp_path / "b").exists()


def test_a_folder_that_is_not_a_vault_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["audit", "--vault", str(tmp_path), "--user", "beheer"]
    assert _run(monkeypatch, argv, ADMIN_PW) == EXIT_FAILED
    assert NotAVault.message_nl in capsys.readouterr().err


def test_missing_arguments_exit_with_usage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _run(monkeypatch, ["backup", "kopie.vdbackup"], ADMIN_PW)
    assert exit_info.value.code == EXIT_USAGE
    assert "--vault" in capsys.readouterr().err


def test_audit_lists_and_verifies(
    monkeypatch: pytest.MonkeyPatch, vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["audit", "--vault", str(vault_dir), "--user", "privacy", "--action", "user.add"]
    assert _run(monkeypatch, argv, PRIVACY_PW) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and all("user.add" in line for line in lines)
    argv = ["audit", "--vault", str(vault_dir), "--user", "privacy", "--verify"]
    assert _run(monkeypatch, argv, PRIVACY_PW) == EXIT_OK
    assert "Auditketen in orde" in capsys.readouterr().out


def test_audit_verify_fails_on_a_broken_chain(
    monkeypatch: pytest.MonkeyPatch, vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = Vault.open(vault_dir).unlock("beheer", ADMIN_PW)
    with session.transaction() as conn:
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DELETE FROM audit WHERE seq = 3")
    session.lock()
    argv = ["audit", "--vault", str(vault_dir), "--user", "privacy", "--verify"]
    assert _run(monkeypatch, argv, PRIVACY_PW) == EXIT_FAILED
    assert "GEBROKEN bij regel 3" in capsys.readouterr().out


def test_audit_is_refused_to_a_role_without_access(
    monkeypatch: pytest.MonkeyPatch, vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["audit", "--vault", str(vault_dir), "--user", "arts"]
    assert _run(monkeypatch, argv, "groene tafel zingt zacht") == EXIT_FAILED
    assert PermissionDenied.message_nl in capsys.readouterr().err


def test_without_terminal_or_variable_the_passphrase_is_asked_for_plainly(
    vault_dir: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "backup", "--vault", str(vault_dir),
         "--user", "beheer", str(tmp_path / "b")],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, cwd=ROOT,
        start_new_session=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == EXIT_FAILED
    assert PASSPHRASE_ENV in result.stderr
    assert "Traceback" not in result.stderr


def test_the_module_entry_point_shows_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--help"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert result.returncode == EXIT_OK
    for name in ("demo", "backup", "restore", "audit", "VD_PASSPHRASE"):
        assert name in result.stdout
