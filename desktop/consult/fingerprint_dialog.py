"""Confirming a card's fingerprint before it enters the address book."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secure_store.identity_card import IdentityCard


class FingerprintDialog(QDialog):
    """Shows who a card says it is and its fingerprint; adds it only once the user ticks that
    the number read out by the sender matches, digit for digit."""

    def __init__(self, card: IdentityCard, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprintDialog")
        self.setWindowTitle(self.tr("Vingerafdruk controleren"))
        self.card = card
        heading = QLabel(card.label)
        heading.setObjectName("subtitle")
        role = QLabel(card.role or "")
        role.setObjectName("hint")
        explanation = QLabel(intro)
        explanation.setWordWrap(True)
        self.fingerprint = QLabel(card.fingerprint)
        self.fingerprint.setObjectName("recoveryKey")  # the same calm, large monospace block
        how = QLabel(
            self.tr(
                "Bel de afzender op een telefoonnummer dat u zelf opzoekt (niet uit het bericht "
                "bij dit bestand) en laat de vingerafdruk voorlezen. Komt elk cijfer overeen, dan "
                "is dit echt de kaart van deze persoon."
            )
        )
        how.setObjectName("hint")
        how.setWordWrap(True)
        self.matches = QCheckBox(self.tr("De voorgelezen vingerafdruk komt overeen"))
        self.matches.setObjectName("fingerprintMatches")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("fingerprintAccept")
        self.ok_button.setText(self.tr("Toevoegen aan adresboek"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.matches.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, role, explanation, self.fingerprint, how, self.matches):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def confirmed_fingerprint(self) -> str:
        """The fingerprint the user confirmed (empty until the box is ticked)."""
        return self.card.fingerprint if self.matches.isChecked() else ""
