"""The pages of the intake wizard: the stay, the household, the adults, each child.

Pages only collect what the worker types; the rules (consent by age, who gets a school signal,
which instrument) are the domain's, and the child page shows their outcome as it is filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from opvang.intake_form import AdultForm
from opvang.records import IntakeKind, ReferralSource, ShelterLocation

from .date_field import DateField

MAX_ADULTS = 4
MAX_CHILDREN = 8


def _text_edit(name: str, placeholder: str, height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    """A line edit with an object name and a placeholder."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def hint(text: str = "") -> QLabel:
    """A muted, word-wrapped label."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class StayPage(QWizardPage):
    """Kind of care, moment of intake, planned end, location, referral."""

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stayPage")
        self.setTitle(self.tr("Het verblijf"))
        self.setSubTitle(
            self.tr(
                "Wat voor opvang, sinds wanneer en waar. Het adres van de locatie blijft in de kluis."
            )
        )
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("intakeKind")
        for kind in IntakeKind:
            self.kind_combo.addItem(kind.label, kind)
        local = now.astimezone()
        self.intake_at = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(local.timestamp())))
        self.intake_at.setObjectName("intakeMoment")
        self.intake_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.intake_at.setCalendarPopup(True)
        self.planned_end = DateField("plannedEnd")
        self.location_combo = QComboBox()
        self.location_combo.setObjectName("intakeLocation")
        self.location_combo.setMinimumWidth(260)
        self.new_location = QPushButton(self.tr("Nieuwe locatie…"))
        self.new_location.setObjectName("newLocationButton")
        self.referral_combo = QComboBox()
        self.referral_combo.setObjectName("intakeReferral")
        for source in ReferralSource:
            self.referral_combo.addItem(source.label, source)
        self.referral_detail = line_edit(
            "referralDetail", self.tr("bijv. welk team of welke persoon")
        )
        self.problem = hint()
        self.problem.setObjectName("stayProblem")
        form = QFormLayout(self)
        form.addRow(self.tr("Soort opvang"), self.kind_combo)
        form.addRow(self.tr("Intake op"), self.intake_at)
        form.addRow(
            self.tr("Gepland einde"),
            self._row(self.planned_end, hint(self.tr("leeg laten als dat nog niet bekend is"))),
        )
        form.addRow(self.tr("Opvanglocatie"), self._row(self.location_combo, self.new_location))
        form.addRow(self.tr("Verwezen door"), self.referral_combo)
        form.addRow(self.tr("Toelichting verwijzer"), self.referral_detail)
        form.addRow(self.problem)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.planned_end.date_changed.connect(self.completeChanged)
        self.location_combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self._kind_changed()

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def set_locations(self, locations: list[ShelterLocation], select: str = "") -> None:
        """Fill the location choice (names only; the address is never shown here)."""
        self.location_combo.clear()
        for location in locations:
            self.location_combo.addItem(location.name, location.id)
        if select:
            self.location_combo.setCurrentIndex(self.location_combo.findData(select))
        self.completeChanged.emit()

    def _kind_changed(self, *_args: object) -> None:
        stay = self.kind().has_stay
        self.location_combo.setEnabled(stay)
        self.new_location.setEnabled(stay)
        self.completeChanged.emit()

    def kind(self) -> IntakeKind:
        """The chosen kind of care."""
        value = self.kind_combo.currentData()
        assert isinstance(value, IntakeKind)
        return value

    def moment(self) -> datetime:
        """The moment of intake, aware, in local time."""
        moment = self.intake_at.dateTime().toPython()
        assert isinstance(moment, datetime)  # PySide6 types toPython() as object
        return moment.astimezone()

    def location_id(self) -> str | None:
        """The chosen location (None for an ambulant trajectory)."""
        data = self.location_combo.currentData() if self.kind().has_stay else None
        return str(data) if data else None

    def referral(self) -> ReferralSource:
        value = self.referral_combo.currentData()
        assert isinstance(value, ReferralSource)
        return value

    def problem_text(self) -> str:
        """What is missing, in Dutch, or ''."""
        if self.kind().has_stay and not self.location_id():
            return self.tr("Kies de opvanglocatie of voeg er een toe.")
        if not self.planned_end.is_empty():
            end = self.planned_end.value()
            if end is None:
                return self.tr("Het geplande einde is geen datum (dd-mm-jjjj).")
            if end < self.moment().date():
                return self.tr("Het geplande einde ligt vóór de intake.")
        return ""

    def isComplete(self) -> bool:
        problem = self.problem_text()
        self.problem.setText(problem)
        return not problem


class HouseholdPage(QWizardPage):
    """How many adults and children there are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdPage")
        self.setTitle(self.tr("Het huishouden"))
        self.setSubTitle(
            self.tr(
                "Iedere volwassene en ieder kind wordt een eigen cliënt, met een eigen dossier en een eigen hulpvraag."
            )
        )
        self.adult_count = QSpinBox()
        self.adult_count.setObjectName("adultCount")
        self.adult_count.setRange(1, MAX_ADULTS)
        self.child_count = QSpinBox()
        self.child_count.setObjectName("childCount")
        self.child_count.setRange(0, MAX_CHILDREN)
        form = QFormLayout(self)
        form.addRow(self.tr("Volwassenen"), self.adult_count)
        form.addRow(self.tr("Kinderen"), self.child_count)
        form.addRow(
            hint(
                self.tr(
                    "Tel alleen wie in deze opvang of dit traject meekomt. Kinderen die elders wonen komen in de kindcheck van de volwassene."
                )
            )
        )


class PersonFields(QGroupBox):
    """Name, date of birth, hulpvraag and mentor of one person."""

    def __init__(self, prefix: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.first_name = line_edit(f"{prefix}FirstName")
        self.last_name = line_edit(f"{prefix}LastName")
        self.date_of_birth = DateField(f"{prefix}DateOfBirth")
        self.hulpvraag = _text_edit(
            f"{prefix}Hulpvraag", self.tr("De eigen hulpvraag, zo veel mogelijk in eigen woorden")
        )
        self.mentor = line_edit(f"{prefix}Mentor", self.tr("eigen mentor of begeleider"))
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Voornaam"), self.first_name)
        self.form.addRow(self.tr("Achternaam"), self.last_name)
        self.form.addRow(self.tr("Geboortedatum"), self.date_of_birth)
        self.form.addRow(self.tr("Hulpvraag"), self.hulpvraag)
        self.form.addRow(self.tr("Mentor"), self.mentor)

    def problem_text(self, intake_day: date) -> str:
        """What is missing in this person's fields, or ''."""
        if not self.first_name.text().strip():
            return self.tr("Vul de voornaam in.")
        born = self.date_of_birth.value()
        if born is None:
            return self.tr("Vul de geboortedatum in als dd-mm-jjjj.")
        if born > intake_day:
            return self.tr("De geboortedatum ligt na de intake.")
        return ""


class AdultsPage(QWizardPage):
    """One block per adult."""

    def __init__(self, intake_day: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adultsPage")
        self.setTitle(self.tr("De volwassenen"))
        self.setSubTitle(
            self.tr("Voor elke volwassene: naam, geboortedatum, eigen hulpvraag en mentor.")
        )
        self._intake_day = intake_day
        self.blocks: list[PersonFields] = []
        self.problem = hint()
        self.problem.setObjectName("adultsProblem")
        inner = QWidget()
        self._column = QVBoxLayout(inner)
        self._column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)

    def set_count(self, count: int) -> None:
        """Show ``count`` blocks, keeping what was typed in the first ones."""
        while len(self.blocks) < count:
            n = len(self.blocks) + 1
            block = PersonFields(f"adult{n}", self.tr("Volwassene {0}").format(n))
            for edit in (block.first_name, block.date_of_birth):
                edit.textChanged.connect(lambda _t: self.completeChanged.emit())
            self._column.insertWidget(len(self.blocks), block)
            self.blocks.append(block)
        for i, block in enumerate(self.blocks):
            block.setVisible(i < count)
        self._count = count
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        for n, block in enumerate(self.blocks[: self._count], start=1):
            problem = block.problem_text(self._intake_day())
            if problem:
                self.problem.setText(self.tr("Volwassene {0}: {1}").format(n, problem))
                return False
        self.problem.setText("")
        return True

    def forms(self) -> tuple[AdultForm, ...]:
        """The adults as typed in."""
        return tuple(
            AdultForm(
                b.first_name.text().strip(), b.last_name.text().strip(),
                b.date_of_birth.value() or date.min, b.hulpvraag.toPlainText().strip(),
                b.mentor.text().strip(),
            )
            for b in self.blocks[: self._count]
        )  # fmt: skip
