"""The export dialog's details for the opvang documents: the shelter address, the melding's.

Including the shelter address is a choice the user makes explicitly: the box is off every
time the dialog opens, and ticking it turns the warning beside it red.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from opvang.concerns import Urgency
from opvang.intake_report import IntakeChoices
from opvang.melding_report import MeldingChoices

from ..common import style
from .detail_forms import DetailsForm


class ShelterAddressChoice(QWidget):
    """A box to include the shelter address (default off) and the warning that goes with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Adres van de opvanglocatie opnemen"))
        self.check.setObjectName("includeShelterAddress")
        self.check.setChecked(False)
        self.warning = QLabel()
        self.warning.setObjectName("shelterAddressWarning")
        self.warning.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.warning)
        self.check.toggled.connect(self._show_warning)
        self._show_warning(False)

    def _show_warning(self, included: bool) -> None:
        if included:
            self.warning.setText(
                self.tr(
                    "Let op: het geheime adres komt in het document te staan. Veilig Thuis en "
                    "andere ontvangers kunnen een document met betrokkenen bespreken; neem het "
                    "adres alleen op als de ontvanger het echt nodig heeft."
                )
            )
            self.warning.setStyleSheet(f"color: {style.ALARM}; font-weight: 600;")
        else:
            self.warning.setText(
                self.tr(
                    "Het adres van de opvanglocatie is geheim en staat niet in het document. "
                    "De ontvanger bereikt de cliënt via de contactpersoon."
                )
            )
            self.warning.setStyleSheet("")

    def included(self) -> bool:
        """Whether the user chose to include the address."""
        return self.check.isChecked()


class IntakeDetailsForm(DetailsForm):
    """The intake summary's one choice: the shelter address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = ShelterAddressChoice()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.address)
        self.address.check.toggled.connect(self.changed)

    def details(self) -> IntakeChoices:
        return IntakeChoices(include_shelter_address=self.address.included())


class OpvangMeldingForm(DetailsForm):
    """Recipient, urgency (before step 4), contact person, what else was done, the address.

    The facts, opinions, children, weighing and steps come from the concern itself.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        source = QLabel(
            self.tr(
                "Feiten, meningen, betrokken kinderen, de afweging en de stappen komen uit de "
                "meldcode van deze zorg. Lege velden nemen over wat bij de zorg is vastgelegd."
            )
        )
        source.setObjectName("hint")
        source.setWordWrap(True)
        self.recipient = QLineEdit("Veilig Thuis")
        self.recipient.setObjectName("opvangMeldingRecipient")
        self.urgency = QComboBox()
        self.urgency.setObjectName("opvangMeldingUrgency")
        self.urgency.addItem(self.tr("Zoals vastgelegd in de meldcode (stap 4)"), None)
        self.urgency.addItem(self.tr("Acute onveiligheid"), Urgency.ACUTE)
        self.urgency.addItem(self.tr("Structurele onveiligheid"), Urgency.STRUCTURAL)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("opvangMeldingContactName")
        self.contact_role = QLineEdit()
        self.contact_role.setObjectName("opvangMeldingContactRole")
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("opvangMeldingContactPhone")
        for edit in (self.contact_name, self.contact_role, self.contact_phone):
            edit.setPlaceholderText(self.tr("zoals vastgelegd bij de zorg"))
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setObjectName("opvangMeldingActions")
        self.actions_edit.setPlaceholderText(
            self.tr("naast de stappen van de meldcode, bijv. politie gebeld")
        )
        self.actions_edit.setFixedHeight(54)
        self.address = ShelterAddressChoice()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(source)
        form.addRow(self.tr("Aan"), self.recipient)
        form.addRow(self.tr("Urgentie"), self.urgency)
        form.addRow(self.tr("Contactpersoon"), self.contact_name)
        form.addRow(self.tr("Functie"), self.contact_role)
        form.addRow(self.tr("Telefoon"), self.contact_phone)
        form.addRow(self.tr("Verder gedaan"), self.actions_edit)
        form.addRow(self.address)
        self.urgency.currentIndexChanged.connect(self.changed)
        for line in (self.recipient, self.contact_name, self.contact_role, self.contact_phone):
            line.textChanged.connect(self.changed)
        self.actions_edit.textChanged.connect(self.changed)
        self.address.check.toggled.connect(self.changed)

    def details(self) -> MeldingChoices:
        return MeldingChoices(
            recipient=self.recipient.text().strip() or "Veilig Thuis",
            urgency=self.urgency.currentData(),
            contact_name=self.contact_name.text(),
            contact_role=self.contact_role.text(),
            contact_phone=self.contact_phone.text(),
            actions_taken=self.actions_edit.toPlainText(),
            include_shelter_address=self.address.included(),
        )
