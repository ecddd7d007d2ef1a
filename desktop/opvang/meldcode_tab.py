"""Meldcode: the concerns about (or involving) this client, each through the stepper; and the
kindcheck for an adult client."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opvang.concerns import ConcernService, ObservationKind, StoredConcern
from opvang.meldcode import Action
from secure_store.session import Session

from ..common.row_models import Index, RowsTableModel
from ..common.table_view import prepare_table
from ..common.when import local_moment
from .client_data import ClientBundle
from .date_field import DateField
from .kindcheck_dialog import KindcheckDialog
from .meldcode_stepper import MeldcodeStepper
from .report_exports import MELDING, open_opvang_report
from .tasks import dutch_date

if TYPE_CHECKING:
    from ..reports.export_dialog import ReportExportDialog
    from .client_page import ClientPage


class ConcernsModel(RowsTableModel[StoredConcern]):
    """Rows are concerns: what, opened, step, outcome."""

    def __init__(self) -> None:
        super().__init__([self.tr("Zorg"), self.tr("Geopend"), self.tr("Stap"), self.tr("Uitkomst")])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.row_at(index.row())
        step = c.concern.next_step
        where = (
            self.tr("afgerond") if step is None else self.tr("stap {0} van 5").format(step.value)
        )
        outcome = c.concern.decision.outcome.label if c.concern.decision else ""
        return (c.summary, dutch_date(c.concern.opened_on), where, outcome)[index.column()]


class NewConcernDialog(QDialog):
    """Open a concern: what it is about, since when."""

    def __init__(self, who: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newConcernDialog")
        self.setWindowTitle(self.tr("Nieuwe zorg (meldcode)"))
        self.summary = QLineEdit()
        self.summary.setObjectName("concernSummary")
        self.summary.setPlaceholderText(self.tr("In één zin: waar gaat de zorg over"))
        self.opened_on = DateField("concernOpenedOn")
        self.opened_on.set_value(today)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("concernOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Zorg over {0}").format(who)))
        form.addRow(self.tr("Zorg"), self.summary)
        form.addRow(self.tr("Sinds"), self.opened_on)
        form.addRow(buttons)
        self.resize(520, 160)


class ObservationDialog(QDialog):
    """A fact or an opinion, with its source."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concernObservationDialog")
        self.setWindowTitle(self.tr("Feit of mening vastleggen"))
        self.kind = QButtonGroup(self)
        self.fact = QRadioButton(ObservationKind.FACT.label)
        self.fact.setObjectName("observationFact")
        self.fact.setChecked(True)
        self.opinion = QRadioButton(ObservationKind.OPINION.label)
        self.opinion.setObjectName("observationOpinion")
        self.kind.addButton(self.fact)
        self.kind.addButton(self.opinion)
        self.text = QPlainTextEdit()
        self.text.setObjectName("observationText")
        self.source = QLineEdit()
        self.source.setObjectName("observationSource")
        self.source.setPlaceholderText(self.tr("wie zag of zei het"))
        self.observed_on = DateField("observationOn")
        self.observed_on.set_value(today)
        note = QLabel(
            self.tr(
                "Veilig Thuis houdt feiten en meningen apart. Schrijf een feit op zoals het gezien of gehoord is, met de bron."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("concernObservationOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        kinds = QHBoxLayout()
        kinds.addWidget(self.fact)
        kinds.addWidget(self.opinion)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(kinds)
        form.addRow(self.tr("Wat"), self.text)
        form.addRow(self.tr("Bron"), self.source)
        form.addRow(self.tr("Datum"), self.observed_on)
        form.addRow(buttons)
        self.resize(560, 360)

    def observation_kind(self) -> ObservationKind:
        return ObservationKind.FACT if self.fact.isChecked() else ObservationKind.OPINION


class MeldcodeTab(QWidget):
    """Concerns on the left, the selected one's facts and steps on the right."""

    def __init__(self, page: ClientPage) -> None:
        super().__init__()
        self.setObjectName("meldcodeTab")
        self.page = page
        self.model = ConcernsModel()
        self.table = QTableView()
        self.table.setObjectName("concernsTable")
        self.table.setModel(self.model)
        prepare_table(self.table, stretch=0)
        self.new_button = QPushButton(self.tr("Nieuwe zorg…"))
        self.new_button.setObjectName("newConcern")
        self.new_button.clicked.connect(self.new_concern)
        self.observe_button = QPushButton(self.tr("Feit of mening…"))
        self.observe_button.setObjectName("addObservation")
        self.observe_button.clicked.connect(self.add_observation)
        self.melding_button = QPushButton(self.tr("Melding aan Veilig Thuis (PDF)…"))
        self.melding_button.setObjectName("exportMelding")
        self.melding_button.setToolTip(
            self.tr(
                "Een ondertekende melding van de gekozen zorg; het geheime adres staat er niet in"
            )
        )
        self.melding_button.clicked.connect(self.export_melding)
        self.observations = QLabel()
        self.observations.setObjectName("concernObservations")
        self.observations.setWordWrap(True)
        self.stepper = MeldcodeStepper(self._record_step)
        self.kindcheck_box = QGroupBox(self.tr("Kindcheck"))
        self.kindcheck_text = QLabel()
        self.kindcheck_text.setObjectName("kindcheckResult")
        self.kindcheck_text.setWordWrap(True)
        self.kindcheck_button = QPushButton(self.tr("Kindcheck doen…"))
        self.kindcheck_button.setObjectName("doKindcheck")
        self.kindcheck_button.clicked.connect(self.kindcheck)
        kc = QHBoxLayout(self.kindcheck_box)
        kc.addWidget(self.kindcheck_text, 1)
        kc.addWidget(self.kindcheck_button)
        self.table.setMaximumHeight(130)
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.observe_button)
        buttons.addWidget(self.melding_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 6, 0)
        self.observations_box = QGroupBox(self.tr("Feiten en meningen"))
        QVBoxLayout(self.observations_box).addWidget(self.observations)
        inner_layout.addWidget(self.observations_box)
        inner_layout.addWidget(self.stepper)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.empty = QLabel(
            self.tr(
                "Nog geen zorg vastgelegd. Heeft u een vermoeden van huiselijk geweld of "
                "kindermishandeling? Kies Nieuwe zorg en doorloop de vijf stappen van de meldcode."
            )
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        inner_layout.insertWidget(0, self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.kindcheck_box)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.bundle: ClientBundle | None = None

    def show_bundle(self, bundle: ClientBundle) -> None:
        previous = self.selected()
        self.bundle = bundle
        self.model.set_rows(bundle.concerns)
        ids = [c.id for c in bundle.concerns]
        row = ids.index(previous.id) if previous and previous.id in ids else len(ids) - 1
        if row >= 0:
            self.table.selectRow(row)
        self._show_selected()
        self.kindcheck_box.setVisible(not bundle.client.is_child)
        if bundle.kindchecks:
            last = bundle.kindchecks[0]
            verdict = "\n".join(last.result.reasons) or self.tr("Geen reden tot zorg.")
            for client in bundle.household.clients:  # inside the vault: names, not pseudonyms
                verdict = verdict.replace(client.pseudonym, client.first_name)
            self.kindcheck_text.setText(
                self.tr("Laatste kindcheck {0} door {1}:\n{2}").format(
                    dutch_date(last.record.checked_on), last.record.checked_by, verdict
                )
            )
        else:
            self.kindcheck_text.setText(
                self.tr("Nog geen kindcheck gedaan: zijn er kinderen, en zijn ze veilig?")
            )

    def selected(self) -> StoredConcern | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        concern = self.selected()
        self.stepper.setVisible(concern is not None)
        self.observations_box.setVisible(concern is not None)
        self.empty.setVisible(concern is None)
        self.observe_button.setEnabled(concern is not None)
        self.melding_button.setEnabled(concern is not None)
        if concern is None or self.bundle is None:
            return
        self.stepper.show_concern(concern, self.bundle.today)
        facts = [o for o in concern.observations if o.kind is ObservationKind.FACT]
        opinions = [o for o in concern.observations if o.kind is ObservationKind.OPINION]
        none = [self.tr("(nog niets vastgelegd)")]
        lines = [self.tr("Feiten (gezien, gehoord):")]
        lines += [f"• {o.text} — {o.source}, {dutch_date(o.observed_on)}" for o in facts] or none
        lines += [self.tr("Meningen en inschattingen:")]
        lines += [f"• {o.text} — {o.source}" for o in opinions] or none
        lines += self._meldingen(concern)
        self.observations.setText("\n".join(lines))

    def _meldingen(self, concern: StoredConcern) -> list[str]:
        """The signed meldingen made from this concern, or that one was decided but not made."""
        if concern.meldingen:
            lines = [self.tr("Melding aan Veilig Thuis ondertekend:")]
            for made in concern.meldingen:
                lines.append(self.tr("• {0} door {1} — {2}, SHA-256 {3}…").format(
                    local_moment(made.signed_at), made.signed_by, made.file_name, made.sha256[:16]
                ))  # fmt: skip
            return lines
        if Action.REPORT in concern.concern.actions:
            return [self.tr(
                "Besloten te melden; er is nog geen ondertekende melding gemaakt "
                "(Melding aan Veilig Thuis…)."
            )]  # fmt: skip
        return []

    def export_melding(self) -> ReportExportDialog | None:
        """Open the export dialog for a melding aan Veilig Thuis of the selected concern."""
        concern, bundle = self.selected(), self.bundle
        if concern is None or bundle is None:
            return None
        stem = f"melding-{bundle.household.reference}"
        dialog = open_opvang_report(self.page.context, MELDING, concern.id, self, stem)
        # The signed melding is recorded on the concern: show it there once it is written.
        dialog.exported.connect(lambda _: self.page.open_client(bundle.client.id))
        return dialog

    def _record_step(self, method: str, *args: object) -> None:
        self.page.change(
            f"opvang.concern.{method}",
            lambda s: getattr(ConcernService(s), method)(*args),
        )

    def new_concern(self) -> NewConcernDialog | None:
        bundle = self.bundle
        if bundle is None:
            return None
        dialog = NewConcernDialog(bundle.client.name, bundle.today, self)
        client_id = bundle.client.id

        def accepted() -> None:
            summary, day = dialog.summary.text(), dialog.opened_on.value() or bundle.today

            def store(session: Session) -> None:
                ConcernService(session).open(client_id, summary, day)

            self.page.change("opvang.concern.open", store)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def add_observation(self) -> ObservationDialog | None:
        concern, bundle = self.selected(), self.bundle
        if concern is None or bundle is None:
            return None
        dialog = ObservationDialog(bundle.today, self)
        concern_id = concern.id

        def accepted() -> None:
            kind, text, source = (
                dialog.observation_kind(),
                dialog.text.toPlainText(),
                dialog.source.text(),
            )
            day = dialog.observed_on.value() or bundle.today
            self.page.change(
                "opvang.concern.observation",
                lambda s: ConcernService(s).add_observation(concern_id, kind, text, source, day),
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def kindcheck(self) -> KindcheckDialog | None:
        bundle = self.bundle
        if bundle is None or bundle.client.is_child:
            return None
        dialog = KindcheckDialog(bundle, self)
        dialog.recorded.connect(lambda op: self.page.change("opvang.kindcheck", op))
        dialog.open()
        return dialog
