"""Passphrase entry: a hidden field with a show toggle, and a confirmed pair with the rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from secure_store.errors import WeakPassphrase
from secure_store.passphrase import MIN_LENGTH, check_passphrase

from .errors import english


class PassphraseField(QWidget):
    """A password line edit with a "Tonen" check box beside it.

    Signals:
        submitted(): Enter was pressed in the field.
    """

    submitted = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(object_name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.returnPressed.connect(self.submitted)
        self.show_box = QCheckBox(self.tr("Tonen"), self)
        self.show_box.setObjectName(f"{object_name}Show")
        self.show_box.toggled.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_box)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()

    def _toggle(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)


def rules_text() -> str:
    """The passphrase rules in one short paragraph (shown beside every new passphrase)."""
    return QCoreApplication.translate(
        "Passphrase",
        "Minstens {0} tekens, geen veelgebruikt wachtwoord en niet uw gebruikersnaam. "
        "Een zin van vier losse woorden is sterk en goed te onthouden.",
    ).format(MIN_LENGTH)


class NewPassphrase(QWidget):
    """A new passphrase typed twice, with the rules and live feedback.

    Signals:
        changed(): either field changed; :meth:`problem` tells whether it is acceptable.
    """

    changed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_name = ""
        self.first = PassphraseField(f"{prefix}Passphrase", self)
        self.second = PassphraseField(f"{prefix}Repeat", self)
        self.rules = QLabel(rules_text(), self)
        self.rules.setWordWrap(True)
        self.rules.setObjectName("hint")
        self.feedback = QLabel(self)
        self.feedback.setObjectName(f"{prefix}Feedback")
        self.feedback.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        layout.addWidget(self.rules)
        layout.addWidget(self.feedback)
        self.second.edit.setPlaceholderText(self.tr("Herhaal het wachtwoord"))
        for field in (self.first, self.second):
            field.edit.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.first.text()

    def set_user_name(self, name: str) -> None:
        self.user_name = name
        self._update()

    def problem(self) -> str:
        """Why the passphrase cannot be used yet, or "" when it can."""
        first, second = self.first.text(), self.second.text()
        if not first:
            return self.tr("Vul een wachtwoord in.")
        try:
            check_passphrase(first, self.user_name)
        except WeakPassphrase as exc:
            reason = _reason(exc.detail)
            return self.tr("Te zwak: {0}.").format(reason) if reason else exc.message
        if first != second:
            return self.tr("De twee wachtwoorden zijn niet gelijk.")
        return ""

    def _update(self) -> None:
        problem = self.problem()
        self.feedback.setText(problem or self.tr("Dit wachtwoord is goed."))
        self.feedback.setProperty("ok", not problem)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.changed.emit()


def _reason(detail: str) -> str:
    """The vault's short Dutch reason, in the UI language."""
    reasons = {
        "korter dan": QCoreApplication.translate("Passphrase", "korter dan {0} tekens").format(
            MIN_LENGTH
        ),
        "komt te vaak voor": QCoreApplication.translate(
            "Passphrase", "dit wachtwoord komt te vaak voor"
        ),
        "bevat de gebruikersnaam": QCoreApplication.translate(
            "Passphrase", "het bevat de gebruikersnaam"
        ),
    }
    for key, text in reasons.items():
        if detail.startswith(key):
            return text
    return detail if not english() else ""
