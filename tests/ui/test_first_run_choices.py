"""First run: the demo vault and an existing folder; the idle watcher."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.demo import DEMO_USERS
from desktop.shell.controller import Shell
from desktop.shell.idle import IdleWatcher


def test_the_demo_choice_builds_a_demo_vault_and_lists_its_users(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    shell = make_shell()
    shell.start(tmp_path / "leeg")
    dialog = shell.first_run
    assert dialog is not None
    qtbot.mouseClick(dialog.demo_choice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.RECOVERY, timeout=60_000)
    for user in DEMO_USERS:
        assert user.passphrase in dialog.demo_users.text()
    assert dialog.continue_button.isEnabled()
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    screen = shell.unlock_screen
    assert screen is not None and screen.isVisible()
    assert screen.vault.folder == tmp_path / "demo"
    assert sorted(screen.vault.users) == sorted(u.name for u in DEMO_USERS)


def test_an_existing_vault_folder_can_be_opened(
    make_shell: Callable[..., Shell], vault_dir: Path, tmp_path: Path
) -> None:
    shell = make_shell()
    shell.start(tmp_path / "nergens")
    dialog = shell.first_run
    assert dialog is not None
    dialog.open_existing(tmp_path)
    assert "geen Veilig Dossier-kluis" in dialog.choice_message.text()
    dialog.open_existing(vault_dir)
    assert shell.unlock_screen is not None and shell.unlock_screen.isVisible()
    assert "beheer" in shell.unlock_screen.vault.users


def test_input_restarts_the_idle_timer(qtbot: QtBot, qapp: QApplication) -> None:
    watcher = IdleWatcher()
    qapp.installEventFilter(watcher)
    target = QWidget()
    qtbot.addWidget(target)
    try:
        watcher.start(60_000)
        timer = watcher._timer
        qtbot.waitUntil(lambda: timer.remainingTime() < 59_990, timeout=2_000)
        before = timer.remainingTime()
        QApplication.sendEvent(
            target,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
        )
        assert timer.remainingTime() > before
    finally:
        qapp.removeEventFilter(watcher)
        watcher.stop()


def test_the_idle_lock_waits_while_work_is_held(qtbot: QtBot) -> None:
    watcher = IdleWatcher()
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.hold(True)
    watcher.start(20)
    qtbot.waitUntil(lambda: watcher.postponed >= 3, timeout=2_000)
    assert not fired and watcher.active
    watcher.hold(False)
    qtbot.waitUntil(lambda: bool(fired), timeout=2_000)
