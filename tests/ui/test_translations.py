"""Every compiled catalogue loads, and the English one really translates the UI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.admin.user_dialogs import AddUserDialog
from desktop.common.errors import error_text
from desktop.common.worker import Workers
from desktop.unlock.unlock_screen import UnlockScreen
from secure_store.errors import WrongPassphrase
from secure_store.vault import Vault


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "en")
    yield
    i18n.uninstall(qapp, installed)


@pytest.mark.parametrize("language", [c for c in i18n.available_catalogues() if c != "nl"])
def test_every_catalogue_loads_and_translates_a_known_string(language: str) -> None:
    translator = QTranslator()
    assert translator.load(i18n.catalogue_path(language))
    assert not translator.isEmpty()
    assert translator.translate("UnlockScreen", "Ontgrendelen") not in ("", "Ontgrendelen")


def test_english_is_among_the_catalogues() -> None:
    assert "en" in i18n.available_catalogues()


def test_the_english_catalogue_has_no_unfinished_strings() -> None:
    ts = Path(i18n.catalogue_path("en")).with_suffix(".ts")
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "run `make translations` and translate new strings"


def test_the_ui_speaks_english_when_chosen(
    qtbot: QtBot, english: None, vault_dir: Path, workers: Workers
) -> None:
    screen = UnlockScreen(Vault.open(vault_dir), workers)
    qtbot.addWidget(screen)
    assert screen.unlock_button.text() == "Unlock"
    dialog = AddUserDialog()
    qtbot.addWidget(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel", "strings of a base class translate in subclasses"
    assert error_text(WrongPassphrase()) == WrongPassphrase.message_en
    assert QCoreApplication.translate("Workspaces", "Beheer") == "Administration"


def test_dutch_is_the_default_and_needs_no_catalogue(qtbot: QtBot, qapp: QApplication) -> None:
    installed = i18n.install(qapp, "nl")
    try:
        assert QCoreApplication.translate("UnlockScreen", "Ontgrendelen") == "Ontgrendelen"
        assert error_text(WrongPassphrase()) == WrongPassphrase.message_nl
    finally:
        i18n.uninstall(qapp, installed)
