"""The unlock screen: choose a user, type the passphrase; key derivation runs off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secure_store.errors import VaultError
from secure_store.session import Session
from secure_store.settings import IDLE_LOCK_MINUTES, ORGANISATION_NAME
from secure_store.vault import Vault

from ..common.errors import error_text
from ..common.message_label import MessageLabel
from ..common.passphrase import PassphraseField
from ..common.style import set_primary
from ..common.worker import Operation, Token, Workers


@dataclass(frozen=True)
class Unlocked:
    """A fresh session and the vault settings the shell needs right away."""

    session: Session
    idle_minutes: int
    organisation: str


def unlock_operation(vault: Vault, user: str, passphrase: str) -> Operation:
    """The work of unlocking (Argon2id, throttle wait, migrations) for a worker thread."""

    def run(token: Token) -> Unlocked:
        del token
        session = vault.unlock(user, passphrase)
        return _unlocked(session)

    return run


def recovery_operation(vault: Vault, key: str) -> Operation:
    """Unlocking with the recovery key, for a worker thread."""

    def run(token: Token) -> Unlocked:
        del token
        return _unlocked(vault.unlock_with_recovery(key))

    return run


def _unlocked(session: Session) -> Unlocked:
    minutes = int(session.settings.get(IDLE_LOCK_MINUTES))
    return Unlocked(session, minutes, str(session.settings.get(ORGANISATION_NAME)))


class UnlockScreen(QWidget):
    """A window with the vault's users and a passphrase field.

    Signals:
        unlocked(object): an :class:`Unlocked` after a successful unlock.
        recovery_requested(): the user follows the recovery-key link.
        other_vault_requested(): the user wants to open or create another vault.
    """

    unlocked = Signal(object)
    recovery_requested = Signal()
    other_vault_requested = Signal()

    def __init__(self, vault: Vault, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.setWindowTitle(self.tr("Veilig Dossier – ontgrendelen"))
        self.vault = vault
        self._workers = workers
        self.busy = False
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("userCombo")
        self.passphrase = PassphraseField("passphrase")
        self.passphrase.submitted.connect(self.attempt)
        self.unlock_button = QPushButton(self.tr("Ontgrendelen"))
        self.unlock_button.setObjectName("unlockButton")
        set_primary(self.unlock_button)
        self.unlock_button.clicked.connect(self.attempt)
        self.message = MessageLabel("unlockMessage")
        self.status = MessageLabel("unlockStatus")
        self.recovery_link = QPushButton(self.tr("Wachtwoord vergeten? Herstelsleutel gebruiken"))
        self.recovery_link.setObjectName("recoveryLink")
        self.recovery_link.setFlat(True)
        self.recovery_link.clicked.connect(self.recovery_requested)
        self.other_button = QPushButton(self.tr("Andere kluis…"))
        self.other_button.setObjectName("otherVaultButton")
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(self.other_vault_requested)
        self._build()
        self.reload_users()

    def _build(self) -> None:
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(460)
        title = QLabel(self.tr("Veilig Dossier"))
        title.setObjectName("title")
        intro = QLabel(self.tr("De kluis is vergrendeld. Kies uw naam en typ uw wachtwoord."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.folder_label = QLabel(self.tr("Kluis: {0}").format(self.vault.folder))
        self.folder_label.setObjectName("hint")
        self.folder_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Gebruiker"), self.user_combo)
        form.addRow(self.tr("Wachtwoord"), self.passphrase)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        for widget in (title, intro):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.status)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.recovery_link, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.folder_label)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def reload_users(self, preselect: str = "") -> None:
        """Fill the user list from the key slots (names only; nothing is decrypted)."""
        current = preselect or self.user_combo.currentText()
        self.user_combo.clear()
        self.user_combo.addItems(self.vault.users)
        index = self.user_combo.findText(current)
        if index >= 0:
            self.user_combo.setCurrentIndex(index)

    def prepare(self, user: str = "", note: str = "") -> None:
        """Reset for a new attempt, optionally preselecting ``user`` and showing ``note``."""
        self.reload_users(user)
        self.passphrase.clear()
        self.message.setText("")
        self.status.setText(note)
        self._set_busy(False)
        self.passphrase.setFocus()

    def attempt(self) -> None:
        """Unlock as the selected user, off the UI thread."""
        if self.busy:
            return
        user = self.user_combo.currentText()
        if not user or not self.passphrase.text():
            self.message.setText(self.tr("Kies een gebruiker en typ het wachtwoord."))
            return
        delay = self.vault.throttle.delay_for(user)
        wait = self.tr(" Na eerdere mislukte pogingen wacht het programma eerst {0} seconden.")
        self.status.setText(
            self.tr("Bezig met ontgrendelen…") + (wait.format(int(delay)) if delay else "")
        )
        self.message.setText("")
        self._set_busy(True)
        self._workers.run(
            "unlock",
            unlock_operation(self.vault, user, self.passphrase.text()),
            on_result=self._succeeded,
            on_error=self._failed,
        )

    def _succeeded(self, result: Unlocked) -> None:
        self.passphrase.clear()
        self.status.setText("")
        self._set_busy(False)
        self.unlocked.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.status.setText("")
        text = error_text(exc)
        delay = self.vault.throttle.delay_for(self.user_combo.currentText())
        if isinstance(exc, VaultError) and delay:
            text += " " + self.tr("De volgende poging wacht {0} seconden.").format(int(delay))
        self.message.setText(text)
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.user_combo, self.passphrase, self.unlock_button, self.recovery_link):
            widget.setEnabled(not busy)
