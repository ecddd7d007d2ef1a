"""The extra details a kind of report asks for in the export dialog (a melding's, the address).

A form is registered per report kind in :data:`DETAIL_FORMS`; the opvang kinds' forms live in
:mod:`desktop.reports.opvang_forms`. ``details()`` returns the value the kind's builder takes,
or raises :class:`DetailsIncomplete` with a Dutch sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from forensics.melding import InvolvedChild, MeldingDetails, Urgency


class DetailsIncomplete(Exception):
    """What is still missing, in one sentence for the user."""


class DetailsForm(QWidget):
    """Base of a kind's details form.

    Signals:
        changed(): any field changed (the dialog re-checks and marks the preview stale).
    """

    changed = Signal()

    def details(self) -> object:
        raise NotImplementedError


class MeldingForm(DetailsForm):
    """Urgency, the children involved, what was done, the contact person, the concerns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.urgency = QComboBox()
        self.urgency.setObjectName("meldingUrgency")
        self.urgency.addItem(self.tr("— kies —"), None)
        self.urgency.addItem(self.tr("Acute onveiligheid"), Urgency.ACUTE)
        self.urgency.addItem(self.tr("Structurele onveiligheid"), Urgency.STRUCTURAL)
        self.children_edit = QPlainTextEdit()
        self.children_edit.setObjectName("meldingChildren")
        self.children_edit.setPlaceholderText(
            self.tr("Eén kind per regel: naam; geboortedatum (JJJJ-MM-DD); relatie")
        )
        self.children_edit.setFixedHeight(60)
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setObjectName("meldingActions")
        self.actions_edit.setFixedHeight(60)
        self.concerns_edit = QPlainTextEdit()
        self.concerns_edit.setObjectName("meldingConcerns")
        self.concerns_edit.setFixedHeight(60)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("meldingContactName")
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("meldingContactPhone")
        self.recipient = QLineEdit("Veilig Thuis")
        self.recipient.setObjectName("meldingRecipient")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Aan"), self.recipient)
        form.addRow(self.tr("Urgentie"), self.urgency)
        form.addRow(self.tr("Betrokken kinderen"), self.children_edit)
        form.addRow(self.tr("Al gedaan"), self.actions_edit)
        form.addRow(self.tr("Oordeel en zorgen"), self.concerns_edit)
        form.addRow(self.tr("Contactpersoon"), self.contact_name)
        form.addRow(self.tr("Telefoon"), self.contact_phone)
        self.urgency.currentIndexChanged.connect(self.changed)
        for edit in (self.contact_name, self.contact_phone, self.recipient):
            edit.textChanged.connect(self.changed)
        for text in (self.children_edit, self.actions_edit, self.concerns_edit):
            text.textChanged.connect(self.changed)

    def details(self) -> MeldingDetails:
        urgency = self.urgency.currentData()
        if urgency is None:
            raise DetailsIncomplete(self.tr("Kies de ingeschatte urgentie."))
        children = tuple(
            self._child(line)
            for line in self.children_edit.toPlainText().splitlines()
            if line.strip()
        )
        details = MeldingDetails(
            urgency, children, self.actions_edit.toPlainText(), self.contact_name.text(),
            self.contact_phone.text(), self.concerns_edit.toPlainText(), self.recipient.text() or "Veilig Thuis",
        )  # fmt: skip
        if not details.contact_name.strip() or not details.contact_phone.strip():
            raise DetailsIncomplete(
                self.tr("Vul de contactpersoon in, met naam en telefoonnummer.")
            )
        if not details.actions_taken.strip():
            raise DetailsIncomplete(
                self.tr("Beschrijf wat er al is gedaan (ook als dat nog niets is).")
            )
        return details

    def _child(self, line: str) -> InvolvedChild:
        name, _, rest = line.partition(";")
        born, _, relation = rest.partition(";")
        try:
            birth = date.fromisoformat(born.strip()) if born.strip() else None
        except ValueError as exc:
            raise DetailsIncomplete(
                self.tr("Geboortedatum van {0} als JJJJ-MM-DD, of laat hem leeg.").format(
                    name.strip()
                )
            ) from exc
        return InvolvedChild(name.strip(), birth, relation.strip())


def _intake_form() -> DetailsForm:
    from .opvang_forms import IntakeDetailsForm  # imports this module: loaded when used

    return IntakeDetailsForm()


def _opvang_melding_form() -> DetailsForm:
    from .opvang_forms import OpvangMeldingForm

    return OpvangMeldingForm()


#: Report kind code -> the form of its details (kinds without details have none).
DETAIL_FORMS: dict[str, Callable[[], DetailsForm]] = {
    "melding": MeldingForm,
    "intake": _intake_form,
    "melding-opvang": _opvang_melding_form,
}
