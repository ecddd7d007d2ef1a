"""Beheer: roles, temporary passphrase, removal, settings, own passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.admin.beheer import BeheerWorkspace
from desktop.admin.users_page import UsersPage
from desktop.shell.main_window import MainWindow
from desktop.unlock.change_passphrase import ChangePassphraseDialog
from secure_store.errors import LastAdministrator
from secure_store.roles import Role
from secure_store.settings import IDLE_LOCK_MINUTES, ORGANISATION_ADDRESS, ORGANISATION_NAME
from secure_store.vault import Vault

ALL = ["arts", "beheer", "opvang", "privacy", "vta"]


def _users(qtbot: QtBot, window: MainWindow) -> UsersPage:
    beheer = window.show_workspace("beheer")
    assert isinstance(beheer, BeheerWorkspace) and beheer.users is not None
    qtbot.waitUntil(lambda: beheer.users is not None and beheer.users.model.names() == ALL)
    return beheer.users


def test_action_buttons_wait_for_a_selection(qtbot: QtBot, admin_window: MainWindow) -> None:
    users = _users(qtbot, admin_window)
    assert not users.roles_button.isEnabled()
    assert users.roles_button.toolTip()
    users.select("arts")
    assert users.roles_button.isEnabled() and users.remove_button.isEnabled()


def test_roles_change_and_reset_marks_the_user(qtbot: QtBot, admin_window: MainWindow) -> None:
    users = _users(qtbot, admin_window)
    users.select("arts")
    dialog = users.edit_roles()
    assert dialog is not None
    dialog.role_checks.boxes[Role.VERTROUWENSARTS].setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Role.VERTROUWENSARTS in users.model.row_at(0).roles)
    users.select("arts")
    reset = users.reset_passphrase()
    assert reset is not None
    reset.passphrase.first.set_text("tijdelijk wachtwoord 7")
    reset.passphrase.second.set_text("tijdelijk wachtwoord 7")
    qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.model.row_at(0).must_change, timeout=10_000)
    assert users.model.index(0, 3).data() == "Moet wachtwoord wijzigen"


def test_a_user_is_removed_after_confirmation(qtbot: QtBot, admin_window: MainWindow) -> None:
    users = _users(qtbot, admin_window)
    users.select("privacy")
    box = users.remove_user()
    assert box is not None and "privacy" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "privacy" not in users.model.names())


def test_removing_the_last_administrator_shows_the_reason(
    qtbot: QtBot, admin_window: MainWindow
) -> None:
    users = _users(qtbot, admin_window)
    users.select("beheer")
    box = users.remove_user()
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    def error_shown() -> bool:
        boxes = [b for b in users.findChildren(QMessageBox) if b.objectName() == "errorBox"]
        return any(b.text() == LastAdministrator.message_nl for b in boxes)

    qtbot.waitUntil(error_shown)
    assert "beheer" in users.model.names()


def test_settings_are_saved_in_the_vault(
    qtbot: QtBot, admin_window: MainWindow, vault_dir: Path, pw: dict[str, str]
) -> None:
    beheer = admin_window.show_workspace("beheer")
    assert isinstance(beheer, BeheerWorkspace) and beheer.settings is not None
    page = beheer.settings
    qtbot.waitUntil(page.save_button.isEnabled)
    assert page.organisation_edit.text() == "GGD Testregio"
    page.idle_spin.setValue(12)
    page.organisation_edit.setText("GGD Noord")
    page.address_edit.setPlainText("Straat 1\n9999 ZZ Noord")
    page.save()
    qtbot.waitUntil(lambda: "Opgeslagen" in page.status.text())
    admin_window.context.session.session.lock()
    session = Vault.open(vault_dir).unlock("beheer", pw["beheer"])
    assert session.settings.get(IDLE_LOCK_MINUTES) == 12
    assert session.settings.get(ORGANISATION_NAME) == "GGD Noord"
    assert session.settings.get(ORGANISATION_ADDRESS) == "Straat 1\n9999 ZZ Noord"


def test_language_choice_is_a_workstation_preference(
    qtbot: QtBot, admin_window: MainWindow
) -> None:
    beheer = admin_window.show_workspace("beheer")
    assert isinstance(beheer, BeheerWorkspace) and beheer.settings is not None
    combo = beheer.settings.language_combo
    combo.setCurrentIndex(combo.findData("en"))
    from desktop.settings import LANGUAGE

    assert admin_window.context.prefs.get(LANGUAGE) == "en"


def test_own_passphrase_change_from_the_account_menu(
    qtbot: QtBot, admin_window: MainWindow, vault_dir: Path, pw: dict[str, str]
) -> None:
    admin_window.passphrase_action.trigger()
    dialog = admin_window.findChild(ChangePassphraseDialog)
    assert dialog is not None
    dialog.old.set_text(pw["beheer"])
    dialog.new.first.set_text("nieuwe zin voor de baas")
    assert not dialog.ok_button.isEnabled()
    dialog.new.second.set_text("nieuwe zin voor de baas")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    admin_window.context.session.session.lock()
    assert Vault.open(vault_dir).unlock("beheer", "nieuwe zin voor de baas").user == "beheer"
