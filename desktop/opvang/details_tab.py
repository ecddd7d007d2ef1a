"""Gegevens: the client's own data, and the stay the household is in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opvang.clients import ClientService
from opvang.records import SchoolContact
from opvang.school_signals import SchoolSignalService
from secure_store.session import Session

from ..common.style import set_primary
from .client_data import ClientBundle
from .date_field import DateField
from .report_exports import INTAKE, open_opvang_report
from .tasks import dutch_date

if TYPE_CHECKING:
    from ..reports.export_dialog import ReportExportDialog
    from .client_page import ClientPage


class DetailsTab(QWidget):
    """Name, date of birth, mentor, school; the intake in words."""

    def __init__(self, page: ClientPage) -> None:
        super().__init__()
        self.setObjectName("detailsTab")
        self.page = page
        self.first_name = QLineEdit()
        self.first_name.setObjectName("detailsFirstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("detailsLastName")
        self.date_of_birth = DateField("detailsDateOfBirth")
        self.mentor = QLineEdit()
        self.mentor.setObjectName("detailsMentor")
        self.school = QLineEdit()
        self.school.setObjectName("detailsSchool")
        self.school_contact = QLineEdit()
        self.school_contact.setObjectName("detailsSchoolContact")
        self.school_reach = QLineEdit()
        self.school_reach.setObjectName("detailsSchoolReach")
        self.childcare = QLineEdit()
        self.childcare.setObjectName("detailsChildcare")
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("detailsSave")
        set_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.stay = QLabel()
        self.stay.setObjectName("detailsStay")
        self.stay.setWordWrap(True)
        self.intake_report_button = QPushButton(self.tr("Intakeverslag (PDF)…"))
        self.intake_report_button.setObjectName("exportIntakeReport")
        self.intake_report_button.setToolTip(
            self.tr("Een ondertekend intakeverslag van het hele huishouden")
        )
        self.intake_report_button.clicked.connect(self.export_intake)
        person = QGroupBox(self.tr("Cliënt"))
        form = QFormLayout(person)
        form.addRow(self.tr("Voornaam"), self.first_name)
        form.addRow(self.tr("Achternaam"), self.last_name)
        form.addRow(self.tr("Geboortedatum"), self.date_of_birth)
        form.addRow(self.tr("Mentor / begeleider"), self.mentor)
        self.school_box = QGroupBox(self.tr("School en opvang"))
        school_form = QFormLayout(self.school_box)
        school_form.addRow(self.tr("School"), self.school)
        school_form.addRow(self.tr("Contactpersoon"), self.school_contact)
        school_form.addRow(self.tr("Bereikbaar via"), self.school_reach)
        school_form.addRow(self.tr("Kinderopvang"), self.childcare)
        stay = QGroupBox(self.tr("Verblijf van het huishouden"))
        stay_layout = QVBoxLayout(stay)
        stay_layout.addWidget(self.stay)
        stay_layout.addWidget(self.intake_report_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(person)
        layout.addWidget(self.school_box)
        layout.addLayout(buttons)
        layout.addWidget(stay)
        layout.addStretch(1)

    def show_bundle(self, bundle: ClientBundle) -> None:
        c = bundle.client
        self.first_name.setText(c.first_name)
        self.last_name.setText(c.last_name)
        self.date_of_birth.set_value(c.date_of_birth)
        self.mentor.setText(c.mentor)
        self.school_box.setVisible(c.is_child)
        self.school.setText(c.school.name if c.school else "")
        self.school_contact.setText(c.school.contact_person if c.school else "")
        self.school_reach.setText(c.school.reach if c.school else "")
        self.childcare.setText(c.childcare)
        intake = bundle.household.intake
        lines = [
            self.tr("{0}, intake op {1} door {2}.").format(
                intake.kind.label.capitalize(),
                intake.intake_at.astimezone().strftime("%d-%m-%Y %H:%M"), intake.intake_by,
            ),
            self.tr("Verwezen door: {0}{1}.").format(
                intake.referral.label,
                f" ({intake.referral_detail})" if intake.referral_detail else "",
            ),
            self.tr("Fase: {0}.").format(intake.phase.label),
        ]  # fmt: skip
        if intake.planned_end:
            lines.append(self.tr("Gepland einde: {0}.").format(dutch_date(intake.planned_end)))
        if intake.ended_on:
            destination = intake.destination.label if intake.destination else "?"
            lines.append(
                self.tr("Vertrokken op {0} naar: {1}.").format(
                    dutch_date(intake.ended_on), destination
                )
            )
        others = [o.name for o in bundle.household.clients if o.id != c.id]
        lines.append(
            self.tr("Huishouden {0}: {1}.").format(bundle.household.reference, ", ".join(others))
        )
        self.stay.setText("\n".join(lines))

    def export_intake(self) -> ReportExportDialog | None:
        """Open the export dialog for the intake summary of this client's household."""
        bundle = self.page.bundle
        if bundle is None:
            return None
        household = bundle.household
        return open_opvang_report(
            self.page.context, INTAKE, household.id, self, f"intakeverslag-{household.reference}"
        )

    def changes(self) -> dict[str, Any]:
        """The fields as typed in (the service keeps only what changed)."""
        changes: dict[str, Any] = {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "mentor": self.mentor.text().strip(),
        }
        born = self.date_of_birth.value()
        if born is not None:
            changes["date_of_birth"] = born
        if self.page.bundle is not None and self.page.bundle.client.is_child:
            name = self.school.text().strip()
            changes["school"] = (
                SchoolContact(
                    name, self.school_contact.text().strip(), self.school_reach.text().strip()
                )
                if name
                else None
            )
            changes["childcare"] = self.childcare.text().strip()
        return changes

    def save(self) -> None:
        bundle = self.page.bundle
        if bundle is None:
            return
        client_id, changes, child = bundle.client.id, self.changes(), bundle.client.is_child

        def store(session: Session) -> None:
            ClientService(session).update(client_id, **changes)
            if child:
                # A school or childcare recorded now may call for a Handle with Care signal.
                SchoolSignalService(session).sync(client_id)

        self.page.change("opvang.client.save", store)
