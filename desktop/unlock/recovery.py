"""Unlocking with the recovery key: an administrator session for resetting passphrases."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from secure_store.vault import Vault

from ..common.errors import error_text
from ..common.worker import Workers
from .unlock_screen import Unlocked, recovery_operation


class RecoveryDialog(QDialog):
    """Type the recovery key; on success ``unlocked`` carries an administrator session.

    Signals:
        unlocked(object): an :class:`Unlocked` for the recovery identity.
    """

    unlocked = Signal(object)

    def __init__(self, vault: Vault, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Herstelsleutel gebruiken"))
        self._vault = vault
        self._workers = workers
        explain = QLabel(
            self.tr(
                "Typ de herstelsleutel die bij het maken van de kluis is getoond. U krijgt "
                "daarmee alleen Beheer: geef daar de gebruiker een tijdelijk wachtwoord."
            )
        )
        explain.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyInput")
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ontgrendelen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (explain, self.key, self.message, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(560)

    def attempt(self) -> None:
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Bezig met ontgrendelen…"))
        self._workers.run(
            "recovery",
            recovery_operation(self._vault, self.key.text()),
            on_result=self._succeeded,
            on_error=self._failed,
        )

    def _succeeded(self, result: Unlocked) -> None:
        self.accept()
        self.unlocked.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(exc))
