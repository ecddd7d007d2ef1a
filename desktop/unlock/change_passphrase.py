"""Changing one's own passphrase; forced after an administrator's reset."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secure_store.session import Session

from ..common.errors import error_text
from ..common.passphrase import NewPassphrase, PassphraseField
from ..common.worker import Token, Workers


class ChangePassphraseDialog(QDialog):
    """Old passphrase once, new one twice; the rewrap (Argon2id) runs off the UI thread.

    Signals:
        changed(): the passphrase was changed and the must-change flag cleared.
    """

    changed = Signal()

    def __init__(
        self, session: Session, workers: Workers, *, forced: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self._session = session
        self._workers = workers
        intro = QLabel(
            self.tr(
                "De beheerder heeft u een tijdelijk wachtwoord gegeven. Kies nu uw eigen "
                "wachtwoord; pas daarna kunt u verder."
            )
            if forced
            else self.tr("Kies een nieuw wachtwoord. Alleen u kent het.")
        )
        intro.setWordWrap(True)
        self.old = PassphraseField("oldPassphrase")
        self.new = NewPassphrase("new")
        self.new.set_user_name(session.user)
        self.message = QLabel()
        self.message.setObjectName("changeMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Wijzigen"))
        self.ok_button.setObjectName("changeOk")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Vergrendelen") if forced else self.tr("Annuleren"))
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        self.new.changed.connect(self._validate)
        form = QFormLayout()
        form.addRow(self.tr("Huidig wachtwoord"), self.old)
        form.addRow(self.tr("Nieuw wachtwoord"), self.new)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._validate()

    def _validate(self) -> None:
        self.ok_button.setEnabled(not self.new.problem())

    def attempt(self) -> None:
        old, new = self.old.text(), self.new.text()
        users = self._session.users

        def change(token: Token) -> None:
            del token
            users.change_own_passphrase(old, new)

        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Bezig met wijzigen…"))
        self._workers.run("passphrase", change, on_result=self._done, on_error=self._failed)

    def _done(self, _result: object) -> None:
        self.accept()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(exc))
