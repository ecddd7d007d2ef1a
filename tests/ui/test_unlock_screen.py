"""The unlock screen's messages, throttling note, forced change and the recovery key."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow
from desktop.unlock.change_passphrase import ChangePassphraseDialog
from desktop.unlock.recovery import RecoveryDialog
from secure_store.errors import NotAVault, VaultDamaged, WrongPassphrase
from secure_store.vault import Vault


def _attempt(qtbot: QtBot, shell: Shell, user: str, passphrase: str) -> str:
    screen = shell.unlock_screen
    assert screen is not None
    screen.user_combo.setCurrentText(user)
    screen.passphrase.set_text(passphrase)
    screen.message.setText("")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(screen.message.text()), timeout=20_000)
    return screen.message.text()


def test_a_folder_that_is_not_a_vault_is_named_as_such(
    make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    folder = tmp_path / "foreign"
    folder.mkdir()
    (folder / "keyslots.json").write_text(json.dumps({"format": "something else"}))
    shell = make_shell()
    shell.start(folder)
    assert shell.unlock_screen is None
    assert shell.first_run is not None
    assert shell.first_run.choice_message.text() == NotAVault.message_nl


def test_a_damaged_vault_says_so_instead_of_asking_for_a_passphrase(
    make_shell: Callable[..., Shell], vault_dir: Path
) -> None:
    (vault_dir / "vault.db").unlink()
    shell = make_shell()
    shell.start(vault_dir)
    assert shell.first_run is not None
    assert shell.first_run.choice_message.text() == VaultDamaged.message_nl


def test_wrong_passphrases_are_refused_and_the_delay_is_announced(
    qtbot: QtBot, make_shell: Callable[..., Shell], vault_dir: Path
) -> None:
    shell = make_shell()
    shell.start(vault_dir)
    first = _attempt(qtbot, shell, "arts", "niet het goede wachtwoord")
    assert first == WrongPassphrase.message_nl
    _attempt(qtbot, shell, "arts", "niet het goede wachtwoord")
    third = _attempt(qtbot, shell, "arts", "niet het goede wachtwoord")
    assert third.startswith(WrongPassphrase.message_nl)
    assert "1 seconden" in third
    assert shell.window is None


def test_a_reset_user_must_choose_a_new_passphrase_before_entering(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    pw: dict[str, str],
) -> None:
    vault = Vault.open(vault_dir)
    admin = vault.unlock("beheer", pw["beheer"])
    admin.users.reset_passphrase("arts", "tijdelijk wachtwoord 42")
    vault.lock()
    shell = make_shell()
    shell.start(vault_dir)
    screen = shell.unlock_screen
    assert screen is not None
    screen.user_combo.setCurrentText("arts")
    screen.passphrase.set_text("tijdelijk wachtwoord 42")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            isinstance(screen.findChild(ChangePassphraseDialog), ChangePassphraseDialog)
            and screen.findChild(ChangePassphraseDialog).isVisible()
        ),
        timeout=20_000,
    )
    dialog = screen.findChild(ChangePassphraseDialog)
    assert shell.window is None, "no work before the new passphrase"
    dialog.old.set_text("tijdelijk wachtwoord 42")
    dialog.new.first.set_text("mijn eigen nieuwe zin")
    dialog.new.second.set_text("mijn eigen nieuwe zin")
    with qtbot.waitSignal(shell.entered, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    shell.lock()  # one unlocked program per vault: the shell lets go before we look
    assert Vault.open(vault_dir).unlock("arts", "mijn eigen nieuwe zin").user == "arts"


def test_the_recovery_key_opens_beheer_only(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    recovery_key: str,
) -> None:
    shell = make_shell()
    shell.start(vault_dir)
    screen = shell.unlock_screen
    assert screen is not None
    qtbot.mouseClick(screen.recovery_link, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(RecoveryDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.key.setText("AAAAA-BBBBB")
    dialog.attempt()
    qtbot.waitUntil(lambda: dialog.message.text() == WrongPassphrase.message_nl, timeout=20_000)
    dialog.key.setText(recovery_key.lower())
    with qtbot.waitSignal(shell.entered, timeout=20_000) as entered:
        dialog.attempt()
    window: MainWindow = entered.args[0]
    assert window.navigation_keys() == ["audit", "beheer"]
