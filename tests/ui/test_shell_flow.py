"""The issue's "Must show" flow, driven through real widgets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.admin.beheer import BeheerWorkspace
from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow
from secure_store.errors import WrongPassphrase
from secure_store.roles import Role

ADMIN_PW = "wolken boven het ijsselmeer"
OPVANG_PW = "kinderen spelen in de zandbak"


def _create_vault(qtbot: QtBot, shell: Shell, folder: Path) -> str:
    shell.start(folder)
    dialog = shell.first_run
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.create_choice, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.CREATE
    assert not dialog.create_button.isEnabled()
    dialog.folder_edit.setText(str(folder))
    qtbot.keyClicks(dialog.organisation_edit, "GGD Testregio")
    qtbot.keyClicks(dialog.admin_edit, "beheerder")
    qtbot.keyClicks(dialog.display_edit, "Bea Beheer")
    dialog.new_passphrase.first.set_text(ADMIN_PW)
    assert not dialog.create_button.isEnabled(), "the repeat is still empty"
    dialog.new_passphrase.second.set_text(ADMIN_PW)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.RECOVERY, timeout=20_000)
    key = dialog.recovery_key.text()
    assert len(key.split("-")) == 8
    assert not dialog.continue_button.isEnabled(), "only after 'written down'"
    dialog.recovery_confirm.setChecked(True)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    return key


def _unlock(qtbot: QtBot, shell: Shell, user: str, passphrase: str) -> MainWindow:
    screen = shell.unlock_screen
    assert screen is not None
    screen.user_combo.setCurrentText(user)
    screen.passphrase.set_text(passphrase)
    with qtbot.waitSignal(shell.entered, timeout=20_000):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window is not None
    return shell.window


def test_first_run_create_add_user_lock_unlock_idle_lock_and_role_navigation(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    shell = make_shell()
    folder = tmp_path / "kluis"
    _create_vault(qtbot, shell, folder)
    screen = shell.unlock_screen
    assert screen is not None and screen.isVisible()
    assert shell.first_run is not None and not shell.first_run.isVisible()
    assert [screen.user_combo.itemText(i) for i in range(screen.user_combo.count())] == [
        "beheerder"
    ]

    # The administrator adds an opvang worker in Beheer.
    window = _unlock(qtbot, shell, "beheerder", ADMIN_PW)
    assert window.isVisible() and not screen.isVisible()
    assert window.navigation_keys() == ["audit", "beheer"]
    beheer = window.show_workspace("beheer")
    assert isinstance(beheer, BeheerWorkspace) and beheer.users is not None
    users = beheer.users
    qtbot.waitUntil(lambda: users.model.names() == ["beheerder"], timeout=10_000)
    dialog = users.add_user()
    qtbot.keyClicks(dialog.name_edit, "sanne")
    qtbot.keyClicks(dialog.display_edit, "Sanne Opvang")
    dialog.role_checks.boxes[Role.OPVANG_MEDEWERKER].setChecked(True)
    dialog.passphrase.first.set_text(OPVANG_PW)
    dialog.passphrase.second.set_text(OPVANG_PW)
    dialog.must_change.setChecked(False)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.model.names() == ["beheerder", "sanne"], timeout=20_000)

    # Lock by hand with Ctrl+L: keys dropped, window hidden, unlock screen shows.
    old_session = window.context.session.session
    window.activateWindow()  # a shortcut goes to the active window
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(shell.locked, timeout=5_000):
        qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert old_session.is_locked
    assert not window.isVisible() and screen.isVisible()

    # Wrong passphrase, then the right one: the same window comes back.
    screen.user_combo.setCurrentText("beheerder")
    screen.passphrase.set_text("dit is helemaal fout")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.text() == WrongPassphrase.message_nl, timeout=20_000)
    assert not window.isVisible()
    again = _unlock(qtbot, shell, "beheerder", ADMIN_PW)
    assert again is window, "the same user gets the same window (work kept)"
    assert window.context.session.session is not old_session
    assert window.stack.currentWidget() is beheer

    # Idle lock with a short timeout.
    with qtbot.waitSignal(shell.locked, timeout=5_000):
        shell.idle.start(200)
    assert window.context.session.session.is_locked
    assert not window.isVisible() and screen.isVisible()
    assert "Automatisch vergrendeld" in screen.status.text()

    # Another user gets a fresh window, and an opvang worker never sees forensics.
    opvang = _unlock(qtbot, shell, "sanne", OPVANG_PW)
    assert opvang is not window
    assert opvang.navigation_keys() == ["opvang"]
    assert "forensic" not in opvang.navigation_keys()
    items = [opvang.navigation.item(i).text() for i in range(opvang.navigation.count())]
    assert items == ["Opvang"]


def test_the_first_window_uses_the_room_a_screen_has_within_bounds() -> None:
    from PySide6.QtCore import QSize

    from desktop.shell.main_window import first_size

    assert first_size(QSize(2560, 1440)) == QSize(1440, 900)
    assert first_size(QSize(1366, 728)) == QSize(1229, 700)
    assert first_size(QSize(800, 600)) == QSize(1100, 700), "never smaller than the layout needs"
