"""The intake wizard: the stay → the household → the adults → each child → what will be made.

The summary shows, before anything is stored, every client with the consent rule, the first
screening plan and the school signal that the intake will create (the domain's
:func:`opvang.intake_form.preview`). *Aanmaken* runs :meth:`IntakeService.admit` on the vault
worker; the wizard closes only when the household is stored, and stays open with the message
when it is not.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from opvang.errors import OpvangError
from opvang.instruments import Instrument
from opvang.intake_form import ClientPreview, IntakeForm, preview
from opvang.intakes import IntakeService
from opvang.locations import LocationService
from opvang.organisation import Organisation
from opvang.records import Household, ShelterLocation
from opvang.screening_plan import PlannedKind, ScreeningRule
from secure_store.session import Session

from ..common.style import set_primary
from ..shell.workspaces import WorkspaceContext
from .intake_child_page import ChildPage
from .intake_pages import MAX_CHILDREN, AdultsPage, HouseholdPage, StayPage
from .tasks import dutch_date, opvang_error_text, run_vault, show_opvang_error

STAY, HOUSEHOLD, ADULTS, SUMMARY = 0, 1, 2, 99
CHILD_BASE = 10


@dataclass(frozen=True)
class ReferenceData:
    """What the wizard needs from the vault before it can plan: locations, instruments, rule."""

    locations: list[ShelterLocation]
    instruments: tuple[Instrument, ...]
    rule: ScreeningRule


def load_reference(session: Session) -> ReferenceData:
    """Read the reference data (vault worker)."""
    organisation = Organisation(session)
    return ReferenceData(
        LocationService(session).list(), organisation.instruments(), organisation.rule()
    )


class LocationDialog(QDialog):
    """A new shelter location: a name and its (confidential) address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationDialog")
        self.setWindowTitle(self.tr("Nieuwe opvanglocatie"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("locationName")
        self.address_edit = QPlainTextEdit()
        self.address_edit.setObjectName("locationAddress")
        self.address_edit.setFixedHeight(70)
        note = QLabel(
            self.tr(
                "Het adres is geheim: het staat alleen in de kluis en komt in geen enkel document "
                "of bestand terecht, tenzij u dat bij het maken ervan uitdrukkelijk kiest."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("locationOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name_edit)
        form.addRow(self.tr("Adres"), self.address_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)


class SummaryPage(QWizardPage):
    """Every client with what the intake will generate for them."""

    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__()
        self.setObjectName("summaryPage")
        self._wizard = wizard
        self.setTitle(self.tr("Controleren en aanmaken"))
        self.setSubTitle(
            self.tr(
                "Dit wordt aangemaakt: een dossier per cliënt, de eerste screeningen en de "
                "schoolsignalen. Klopt het? Kies dan Aanmaken."
            )
        )
        self.browser = QTextBrowser()
        self.browser.setObjectName("intakeSummary")
        self.browser.setOpenLinks(False)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        self.previews: tuple[ClientPreview, ...] = ()
        self._problem = ""

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Work out the preview from the pages and show it."""
        reference = self._wizard.reference
        self._problem = ""
        if reference is None:
            self.previews = ()
            self._problem = self.tr("De gegevens uit de kluis worden nog geladen…")
            self.browser.setHtml("")
        else:
            try:
                form = self._wizard.form()
                self.previews = preview(form, reference.instruments, reference.rule)
            except OpvangError as exc:
                self.previews = ()
                self._problem = opvang_error_text(exc)
                self.browser.setHtml("")
            else:
                self.browser.setHtml(self.summary_html(reference))
        self.status.setText(self._problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.previews) and not self._problem and not self._wizard.busy

    def summary_html(self, reference: ReferenceData) -> str:
        """The summary as calm HTML: one table, a block of rows per client."""
        names = {i.id: i.name["nl"] for i in reference.instruments}
        signal_word, consent_word = self.tr("Schoolsignaal"), self.tr("Toestemming")
        rows: list[str] = []

        def row(label: str, value: str, extra: str = "", cls: str = "") -> None:
            rows.append(
                f"<tr><td width='130' class='muted'>{label}</td>"
                f"<td width='140' nowrap class='{cls}'>{value}</td>"
                f"<td>{extra}</td></tr>"
            )

        for p in self.previews:
            kind = self.tr("volwassene") if p.consent is None else self.tr("kind")
            age = self.tr("{0} jaar").format(p.age)
            rows.append(
                f"<tr><td colspan='3' class='who'>{html.escape(p.first_name)}"
                f" <span class='muted'>— {kind}, {age}</span></td></tr>"
            )
            for planned in p.plan[:3]:
                what = (
                    self.tr("observatie door een specialist")
                    if planned.kind is PlannedKind.OBSERVATION
                    else html.escape(names.get(planned.instrument_id or "", ""))
                )
                due = self.tr("vóór {0}").format(dutch_date(planned.due_on))
                row(html.escape(planned.purpose.label.capitalize()), due, what, "due")
            if len(p.plan) > 3:
                more = self.tr("en daarna nog {0} keer").format(len(p.plan) - 3)
                rows.append(f"<tr><td></td><td colspan='2' class='muted'>{more}</td></tr>")
            observation = next((q for q in p.plan if q.kind is PlannedKind.OBSERVATION), None)
            if observation is not None:
                rows.append(
                    f"<tr><td></td><td colspan='2' class='muted'>{html.escape(observation.reason)}"
                    "</td></tr>"
                )
            if p.consent is not None:
                if p.school_signal is None:
                    signal = self.tr("geen (jonger dan 4 jaar en geen kinderopvang)")
                else:
                    due = p.school_signal.due_at.astimezone().strftime("%d-%m-%Y %H:%M")
                    school = html.escape(p.school_signal.school) or self.tr("(school nog invullen)")
                    signal = self.tr("vóór {0} naar {1}").format(due, school)
                rows.append(
                    f"<tr><td class='muted'>{signal_word}</td>"
                    f"<td colspan='2'>{signal}</td></tr>"
                    f"<tr><td class='muted'>{consent_word}</td>"
                    f"<td colspan='2'>{html.escape(p.consent.explanation)}</td></tr>"
                )
        return (
            "<style>td{padding:3px 14px 3px 0; vertical-align:top;} .muted{color:#52606d;}"
            " .due{font-weight:bold;} .who{font-size:13pt; font-weight:bold; padding-top:14px;}"
            "</style><table width='100%' cellspacing='0'>" + "".join(rows) + "</table>"
        )


class IntakeWizard(QWizard):
    """Intake of a household, ending in one transaction on the vault worker.

    Signals:
        admitted(object): the stored :class:`Household`.
    """

    admitted = Signal(object)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWizard")
        self.context = context
        self.reference: ReferenceData | None = None
        self.busy = False
        self.household: Household | None = None
        self.setWindowTitle(self.tr("Nieuwe intake"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Aanmaken"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        finish = self.button(QWizard.WizardButton.FinishButton)
        assert isinstance(finish, QPushButton)  # QWizard's buttons are push buttons
        finish.setObjectName("intakeCreate")
        set_primary(finish)
        finish.style().unpolish(finish)  # QWizard polished its buttons before the property
        finish.style().polish(finish)
        self.stay = StayPage(context.clock.now())
        self.household_page = HouseholdPage()
        self.adults = AdultsPage(self._intake_day)
        self.child_pages = [ChildPage(i, self._intake_day) for i in range(MAX_CHILDREN)]
        self.summary = SummaryPage(self)
        self.setPage(STAY, self.stay)
        self.setPage(HOUSEHOLD, self.household_page)
        self.setPage(ADULTS, self.adults)
        for page in self.child_pages:
            self.setPage(CHILD_BASE + page.index, page)
        self.setPage(SUMMARY, self.summary)
        self.setStartId(STAY)
        self.stay.new_location.clicked.connect(self.add_location)
        self.resize(760, 640)
        run_vault(context, self, "opvang.intake.reference", load_reference, self._loaded)

    def _intake_day(self) -> date:
        return self.stay.moment().date()

    def _loaded(self, reference: ReferenceData, select: str = "") -> None:
        self.reference = reference
        self.stay.set_locations(reference.locations, select)
        if self.currentId() == SUMMARY:
            self.summary.refresh()

    def nextId(self) -> int:
        current = self.currentId()
        children = self.household_page.child_count.value()
        if current == STAY:
            return HOUSEHOLD
        if current == HOUSEHOLD:
            return ADULTS
        if current == ADULTS:
            return CHILD_BASE if children else SUMMARY
        if CHILD_BASE <= current < CHILD_BASE + MAX_CHILDREN:
            following = current - CHILD_BASE + 1
            return CHILD_BASE + following if following < children else SUMMARY
        return -1

    def initializePage(self, page_id: int) -> None:
        if page_id == ADULTS:
            self.adults.set_count(self.household_page.adult_count.value())
        if CHILD_BASE <= page_id < CHILD_BASE + MAX_CHILDREN:
            self.child_pages[page_id - CHILD_BASE].set_position(
                self.household_page.child_count.value()
            )
        super().initializePage(page_id)

    def form(self) -> IntakeForm:
        """The intake as entered on the pages."""
        count = self.household_page.child_count.value()
        return IntakeForm(
            kind=self.stay.kind(),
            intake_at=self.stay.moment(),
            planned_end=self.stay.planned_end.value(),
            location_id=self.stay.location_id(),
            referral=self.stay.referral(),
            referral_detail=self.stay.referral_detail.text().strip(),
            adults=self.adults.forms(),
            children=tuple(page.form() for page in self.child_pages[:count]),
        )

    def add_location(self) -> LocationDialog:
        """Ask for a new location and store it (vault worker)."""
        dialog = LocationDialog(self)

        def accepted() -> None:
            name, address = dialog.name_edit.text(), dialog.address_edit.toPlainText()

            def store(session: Session) -> tuple[ReferenceData, str]:
                location = LocationService(session).add(name, address)
                return load_reference(session), location.id

            run_vault(
                self.context, self, "opvang.location.add", store,
                lambda result: self._loaded(*result),
            )  # fmt: skip

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def accept(self) -> None:
        """Create the household on the vault worker; close when it is stored."""
        if self.busy:
            return
        form = self.form()
        self.busy = True
        self.summary.status.setText(self.tr("Bezig met aanmaken…"))
        self.summary.completeChanged.emit()

        def admit(session: Session) -> Household:
            return IntakeService(session).admit(form)

        run_vault(self.context, self, "opvang.intake.admit", admit, self._admitted, self._failed)

    def _admitted(self, household: Household) -> None:
        self.busy = False
        self.household = household
        self.admitted.emit(household)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.summary.status.setText(opvang_error_text(exc))
        self.summary.completeChanged.emit()
        show_opvang_error(self, exc)
