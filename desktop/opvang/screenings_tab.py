"""Screenings: the client's own timeline, the form, the observation and the follow-up."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opvang.errors import InvalidRecord
from opvang.follow_up import FollowUp
from opvang.follow_ups import FollowUpService, StoredFollowUp
from opvang.screening_plan import PlannedKind
from opvang.screenings import ScreeningService, TimelineEntry, TimelineStatus
from secure_store.session import Session

from ..common.style import set_primary
from ..common.table_view import prepare_table
from .client_data import ClientBundle
from .date_field import DateField
from .report_exports import SCREENING, open_opvang_report
from .screening_form import FilledForm, ScreeningFormDialog
from .timeline import TimelineModel, TimelineStrip

if TYPE_CHECKING:
    from ..reports.export_dialog import ReportExportDialog
    from .client_page import ClientPage


class ObservationDialog(QDialog):
    """A specialist's observation, where no instrument fits the child's age."""

    def __init__(self, reason: str, bundle: ClientBundle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observationDialog")
        self.setWindowTitle(self.tr("Observatie vastleggen"))
        self.observer = QLineEdit()
        self.observer.setObjectName("observationObserver")
        self.observer.setPlaceholderText(self.tr("naam en functie, bijv. kinderpsycholoog"))
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("observationFindings")
        self.needed = QCheckBox(self.tr("Behandeling of verdere hulp nodig"))
        self.needed.setObjectName("observationNeeded")
        self.done_on = DateField("observationDate")
        self.done_on.set_value(bundle.today)
        why = QLabel(reason)
        why.setObjectName("hint")
        why.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("observationOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Geobserveerd op"), self.done_on)
        form.addRow(self.tr("Door"), self.observer)
        form.addRow(self.tr("Uitkomst"), self.findings)
        form.addRow(self.needed)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 380)


class FollowUpDialog(QDialog):
    """The next step of a behandelaanbod: offered, accepted or declined, started."""

    def __init__(
        self, current: StoredFollowUp | None, bundle: ClientBundle, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("Behandelaanbod"))
        self.current = current
        self.offer = QLineEdit(current.follow_up.offer if current else "")
        self.offer.setObjectName("followUpOffer")
        self.step = QComboBox()
        self.step.setObjectName("followUpStep")
        if current is None:
            self.step.addItem(self.tr("aangeboden"), "offered")
        else:
            for key, text in (
                ("accepted", self.tr("geaccepteerd")),
                ("declined", self.tr("afgewezen")),
                ("started", self.tr("behandeling gestart")),
            ):
                self.step.addItem(text, key)
        self.on = DateField("followUpDate")
        self.on.set_value(bundle.today)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("followUpOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Aanbod"), self.offer)
        form.addRow(self.tr("Stap"), self.step)
        form.addRow(self.tr("Datum"), self.on)
        form.addRow(buttons)
        self.resize(520, 200)

    def values(self) -> tuple[str, date | None, str]:
        """The step chosen, its date and the offer text (read on the UI thread)."""
        return str(self.step.currentData()), self.on.value(), self.offer.text()


def apply_step(base: FollowUp, step: str, day: date | None, offer: str) -> FollowUp:
    """``base`` with one more step; the domain's :class:`FollowUp` checks the order.

    Raises:
        InvalidRecord: No date, or a step the follow-up cannot take now.
    """
    if day is None:
        raise InvalidRecord("Vul de datum in als dd-mm-jjjj.")
    if step == "offered":
        return base.offered(day, offer)
    return {"accepted": base.accepted, "declined": base.declined, "started": base.started}[step](
        day
    )


class ScreeningsTab(QWidget):
    """The timeline, and what can be done with the selected moment."""

    def __init__(self, page: ClientPage) -> None:
        super().__init__()
        self.setObjectName("screeningsTab")
        self.page = page
        self.strip = TimelineStrip()
        self.model = TimelineModel()
        self.table = QTableView()
        self.table.setObjectName("screeningTable")
        self.table.setModel(self.model)
        prepare_table(self.table)
        self.table.setWordWrap(False)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.fill_button = QPushButton(self.tr("Screening invullen…"))
        self.fill_button.setObjectName("fillScreening")
        set_primary(self.fill_button)
        self.fill_button.clicked.connect(self.fill_selected)
        self.observe_button = QPushButton(self.tr("Observatie vastleggen…"))
        self.observe_button.setObjectName("recordObservation")
        self.observe_button.clicked.connect(self.observe_selected)
        self.follow_button = QPushButton(self.tr("Behandelaanbod…"))
        self.follow_button.setObjectName("followUpButton")
        self.follow_button.clicked.connect(self.follow_up_selected)
        self.report_button = QPushButton(self.tr("Screeningsoverzicht (PDF)…"))
        self.report_button.setObjectName("exportScreeningReport")
        self.report_button.setToolTip(
            self.tr("Een ondertekend overzicht van alle screenings, scores en het vervolg")
        )
        self.report_button.clicked.connect(self.export_overview)
        buttons = QHBoxLayout()
        for button in (self.fill_button, self.observe_button, self.follow_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.strip)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.form: ScreeningFormDialog | None = None

    def show_bundle(self, bundle: ClientBundle) -> None:
        self.strip.set_entries(
            bundle.timeline, bundle.household.intake.intake_at.date(), bundle.today
        )
        self.model.set_timeline(bundle.timeline, bundle.follow_ups, bundle.instruments)
        first_open = next(
            (n for n, e in enumerate(bundle.timeline) if e.status is not TimelineStatus.DONE), -1
        )
        if first_open >= 0:
            self.table.selectRow(first_open)
        self._update_buttons()

    def export_overview(self) -> ReportExportDialog | None:
        """Open the export dialog for this client's screening overview."""
        bundle = self.page.bundle
        if bundle is None:
            return None
        client = bundle.client
        return open_opvang_report(
            self.page.context, SCREENING, client.id, self, f"screeningsoverzicht-{client.pseudonym}"
        )

    def selected(self) -> TimelineEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        open_ = entry is not None and entry.screening is None and entry.planned is not None
        kind = entry.planned.kind if entry and entry.planned else None
        self.fill_button.setEnabled(open_ and kind is PlannedKind.SCREENING)
        self.observe_button.setEnabled(open_ and kind is PlannedKind.OBSERVATION)
        self.follow_button.setEnabled(bool(entry and entry.screening and entry.screening.positive))
        self.hint.setText(entry.planned.reason if entry and entry.planned and open_ else "")

    def fill_selected(self) -> ScreeningFormDialog | None:
        """Open the form for the selected planned screening."""
        entry, bundle = self.selected(), self.page.bundle
        if entry is None or entry.planned is None or bundle is None:
            return None
        instrument = bundle.instruments.get(entry.planned.instrument_id or "")
        if instrument is None:
            return None
        dialog = ScreeningFormDialog(instrument, bundle.client.name, bundle.today, parent=self)
        key, client_id = entry.key, bundle.client.id

        def completed(filled: FilledForm) -> None:
            def store(session: Session) -> None:
                stored = ScreeningService(session).record(
                    client_id, key, filled.answers, filled.done_on, instrument_id=instrument.id
                )
                if filled.offer and filled.offered_on is not None:
                    FollowUpService(session).offer(
                        stored.id, FollowUp(key).offered(filled.offered_on, filled.offer)
                    )

            self.page.change("opvang.screening.record", store)

        dialog.completed.connect(completed)
        dialog.open()
        self.form = dialog
        return dialog

    def observe_selected(self) -> ObservationDialog | None:
        entry, bundle = self.selected(), self.page.bundle
        if entry is None or entry.planned is None or bundle is None:
            return None
        dialog = ObservationDialog(entry.planned.reason, bundle, self)
        key, client_id = entry.key, bundle.client.id

        def accepted() -> None:
            day = dialog.done_on.value() or bundle.today
            observer, findings = dialog.observer.text(), dialog.findings.toPlainText()
            needed = dialog.needed.isChecked()
            self.page.change(
                "opvang.observation.record",
                lambda s: ScreeningService(s).record_observation(
                    client_id, key, day, observer, findings, needed
                ),
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def follow_up_selected(self) -> FollowUpDialog | None:
        entry, bundle = self.selected(), self.page.bundle
        if entry is None or entry.screening is None or bundle is None:
            return None
        mine = self.model.follow_ups_of(entry)
        current = mine[-1] if mine and mine[-1].follow_up.declined_on is None else None
        dialog = FollowUpDialog(current, bundle, self)
        screening_id, key = entry.screening.id, entry.key

        def accepted() -> None:
            step, day, offer = dialog.values()
            base = current.follow_up if current else FollowUp(key)

            def store(session: Session) -> None:
                value = apply_step(base, step, day, offer)
                service = FollowUpService(session)
                if current is None:
                    service.offer(screening_id, value)
                else:
                    service.update(current.id, value)

            self.page.change("opvang.follow_up", store)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog
