"""Locking keeps work in progress for the same user and discards it for another."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.admin.beheer import BeheerWorkspace
from desktop.admin.user_dialogs import AddUserDialog
from desktop.settings import Prefs
from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow
from secure_store.settings import IDLE_LOCK_MINUTES
from secure_store.vault import Vault


def _open_add_dialog(qtbot: QtBot, window: MainWindow) -> AddUserDialog:
    beheer = window.show_workspace("beheer")
    assert isinstance(beheer, BeheerWorkspace) and beheer.users is not None
    dialog = beheer.users.add_user()
    qtbot.keyClicks(dialog.name_edit, "halfweg")
    assert dialog.isVisible()
    return dialog


def test_a_half_filled_dialog_hides_on_lock_and_returns_for_the_same_user(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[[Shell, str], MainWindow],
) -> None:
    shell = make_shell()
    shell.start(vault_dir)
    window = login(shell, "beheer")
    dialog = _open_add_dialog(qtbot, window)
    with qtbot.waitSignal(shell.locked, timeout=5_000):
        shell.idle.start(100)
    assert not dialog.isVisible() and not window.isVisible()
    assert login(shell, "beheer") is window
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "halfweg"


def test_another_user_does_not_get_the_previous_users_work(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[[Shell, str], MainWindow],
) -> None:
    shell = make_shell()
    shell.start(vault_dir)
    window = login(shell, "beheer")
    dialog = _open_add_dialog(qtbot, window)
    window.switch_action.trigger()
    assert shell.unlock_screen is not None
    assert "Kies uw naam" in shell.unlock_screen.status.text()
    fresh = login(shell, "privacy")
    assert fresh is not window
    assert not dialog.isVisible()
    assert fresh.navigation_keys() == ["audit"]


def test_preferences_hold_no_secrets(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[[Shell, str], MainWindow],
    prefs: Prefs,
    pw: dict[str, str],
    tmp_path: Path,
) -> None:
    shell = make_shell()
    shell.start(vault_dir)
    window = login(shell, "beheer")
    window.save_geometry()
    prefs.sync()
    stored = (tmp_path / "prefs.ini").read_text()
    assert str(vault_dir) in stored and "beheer" in stored
    assert "geometry" in stored
    for passphrase in pw.values():
        assert passphrase not in stored


def test_the_idle_time_comes_from_the_vault_setting(
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[[Shell, str], MainWindow],
    pw: dict[str, str],
) -> None:
    vault = Vault.open(vault_dir)
    vault.unlock("beheer", pw["beheer"]).settings.set(IDLE_LOCK_MINUTES, 7)
    vault.lock()
    shell = make_shell(idle_interval_ms=None)
    shell.start(vault_dir)
    login(shell, "arts")
    assert shell.idle.active
    assert shell.idle.interval_ms == 7 * 60_000
