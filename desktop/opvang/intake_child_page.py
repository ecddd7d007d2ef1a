"""The intake wizard's page for one child: a client of her or his own.

The page shows, as it is filled in, what the rules make of it: whose consent a treatment needs
(by age and gezag) and whether the school gets a Handle with Care signal.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from opvang.consent import Gezag, GezagKind, age_on, required_consent
from opvang.errors import InvalidRecord
from opvang.handle_with_care import needs_school_signal
from opvang.intake_form import ADULT_AGE, ChildForm
from opvang.records import SchoolContact

from .intake_pages import PersonFields, hint, line_edit


class ChildPage(QWizardPage):
    """One child as a client of its own: own hulpvraag, mentor, school, gezag."""

    def __init__(
        self, index: int, intake_day: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName(f"childPage{index + 1}")
        self._intake_day = intake_day
        self.person = PersonFields(f"child{index + 1}", self.tr("Het kind"))
        self.school = line_edit(f"child{index + 1}School", self.tr("naam van de school"))
        self.school_contact = line_edit(
            f"child{index + 1}SchoolContact", self.tr("bijv. mentor of intern begeleider")
        )
        self.school_reach = line_edit(f"child{index + 1}SchoolReach", self.tr("telefoon of e-mail"))
        self.childcare = line_edit(
            f"child{index + 1}Childcare", self.tr("kinderopvang of peuterspeelzaal, als die er is")
        )
        self.gezag_kind = QComboBox()
        self.gezag_kind.setObjectName(f"child{index + 1}GezagKind")
        for kind in GezagKind:
            self.gezag_kind.addItem(kind.label, kind)
        self.gezag_kind.setCurrentIndex(self.gezag_kind.findData(GezagKind.NONE_RECORDED))
        self.gezag_holder = line_edit(
            f"child{index + 1}GezagHolder", self.tr("wie: bijv. moeder, of de voogdij-instelling")
        )
        self.self_report = QCheckBox(
            self.tr("Kan zelf een vragenlijst invullen (anders vult een ouder of verzorger in)")
        )
        self.self_report.setObjectName(f"child{index + 1}SelfReport")
        self.self_report.setChecked(True)
        self.outcome = hint()
        self.outcome.setObjectName(f"child{index + 1}Outcome")
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.problem = hint()
        self.problem.setObjectName(f"child{index + 1}Problem")
        school = QGroupBox(self.tr("School en opvang"))
        school_form = QFormLayout(school)
        school_form.addRow(self.tr("School"), self.school)
        school_form.addRow(self.tr("Contactpersoon"), self.school_contact)
        school_form.addRow(self.tr("Bereikbaar via"), self.school_reach)
        school_form.addRow(self.tr("Kinderopvang"), self.childcare)
        gezag = QGroupBox(self.tr("Gezag en toestemming"))
        gezag_form = QFormLayout(gezag)
        gezag_form.addRow(self.tr("Gezag"), self.gezag_kind)
        gezag_form.addRow(self.tr("Gezag bij"), self.gezag_holder)
        gezag_form.addRow(self.self_report)
        gezag_form.addRow(self.outcome)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.person)
        column.addWidget(school)
        column.addWidget(gezag)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        for edit in (
            self.person.first_name,
            self.person.date_of_birth,
            self.school,
            self.childcare,
            self.gezag_holder,
        ):
            edit.textChanged.connect(self._changed)
        self.gezag_kind.currentIndexChanged.connect(self._changed)

    def set_position(self, count: int) -> None:
        """Title the page 'Kind n van m'."""
        self.setTitle(self.tr("Kind {0} van {1}").format(self.index + 1, count))
        self.setSubTitle(
            self.tr(
                "Een eigen cliënt: eigen hulpvraag, eigen mentor, eigen school en wie het gezag heeft."
            )
        )

    def _changed(self, *_args: object) -> None:
        self.outcome.setText(self.outcome_text())
        self.completeChanged.emit()

    def gezag(self) -> Gezag | None:
        """The gezag as entered, or None while a holder is still missing."""
        kind = self.gezag_kind.currentData()
        assert isinstance(kind, GezagKind)
        needs_holder = kind in (GezagKind.ONE_PARENT, GezagKind.GUARDIAN)
        try:
            return Gezag(kind, self.gezag_holder.text().strip() if needs_holder else "")
        except InvalidRecord:
            return None

    def outcome_text(self) -> str:
        """What the rules make of what is typed: consent, school signal (rich text)."""
        born = self.person.date_of_birth.value()
        gezag = self.gezag()
        day = self._intake_day()
        if born is None or born > day or gezag is None:
            return ""
        if age_on(born, day) >= ADULT_AGE:
            return ""
        consent = required_consent(born, day, gezag)
        has_school = bool(self.school.text().strip() or self.childcare.text().strip())
        signal = (
            self.tr("Schoolsignaal (Handle with Care): ja, binnen 24 uur na de intake.")
            if needs_school_signal(born, day, has_school)
            else self.tr(
                "Schoolsignaal: nee, het kind is jonger dan 4 en er is geen kinderopvang ingevuld."
            )
        )
        consent_word = self.tr("Toestemming")
        return f"<b>{consent_word}</b>: {html.escape(consent.explanation)}<br><br>{signal}"

    def isComplete(self) -> bool:
        problem = self.person.problem_text(self._intake_day())
        born = self.person.date_of_birth.value()
        if not problem and born is not None and age_on(born, self._intake_day()) >= ADULT_AGE:
            problem = self.tr("Dit kind is 18 jaar of ouder: voeg haar of hem toe als volwassene.")
        if not problem and self.gezag() is None:
            problem = self.tr("Vul in bij wie het gezag ligt.")
        self.problem.setText(problem)
        return not problem

    def form(self) -> ChildForm:
        """The child as typed in."""
        school = self.school.text().strip()
        return ChildForm(
            first_name=self.person.first_name.text().strip(),
            last_name=self.person.last_name.text().strip(),
            date_of_birth=self.person.date_of_birth.value() or date.min,
            hulpvraag=self.person.hulpvraag.toPlainText().strip(),
            mentor=self.person.mentor.text().strip(),
            school=SchoolContact(
                school, self.school_contact.text().strip(), self.school_reach.text().strip()
            )
            if school
            else None,
            childcare=self.childcare.text().strip(),
            gezag=self.gezag() or Gezag(GezagKind.NONE_RECORDED),
            self_report=self.self_report.isChecked(),
        )
