"""Agenda: screenings, observations, school signals and appointments — what is late stands out.

The list comes from :class:`opvang.worklist.Worklist` on the vault worker. The ``.ics`` export
writes pseudonyms only (never a name) through the audited export door.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opvang.worklist import EntryStatus, Worklist, WorklistEntry
from secure_store.export import ExportReceipt
from secure_store.session import Session

from ..common import style
from ..common.row_models import Index, RowsTableModel
from ..common.style import set_primary
from ..common.table_view import prepare_table
from ..shell.workspaces import WorkspaceContext
from .tasks import dutch_date, run_vault, show_opvang_error, weekday

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
BACKGROUNDS = {EntryStatus.OVERDUE: QColor("#fdecea"), EntryStatus.DUE: QColor("#fff4e5")}
FOREGROUNDS = {
    EntryStatus.OVERDUE: QColor(style.ALARM),
    EntryStatus.DUE: QColor("#8a5a00"),
    EntryStatus.SCHEDULED: QColor(style.INK),
}
RANGES = ((7, "week"), (14, "twee weken"), (31, "maand"), (92, "kwartaal"))


class AgendaModel(RowsTableModel[WorklistEntry]):
    """Rows are worklist entries: when, what, client, status."""

    def __init__(self) -> None:
        super().__init__([self.tr("Wanneer"), self.tr("Wat"), self.tr("Cliënt"), self.tr("Status")])

    def _when(self, entry: WorklistEntry) -> str:
        moment = entry.when.astimezone()
        day = f"{weekday(moment.date())} {dutch_date(moment.date())}"
        return day if entry.item.end is None else f"{day} {moment:%H:%M}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            what = entry.item.kind.label + (f" ({entry.item.detail})" if entry.item.detail else "")
            return (
                self._when(entry),
                what,
                f"{entry.client_name} ({entry.item.who})",
                entry.status.label,
            )[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUNDS.get(entry.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return FOREGROUNDS[entry.status]
        if role == Qt.ItemDataRole.FontRole and entry.status is EntryStatus.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == CLIENT_ID_ROLE:
            return entry.client_id
        if role == STATUS_ROLE:
            return entry.status.value
        return None


class AgendaPage(QWidget):
    """The agenda of the coming period plus everything overdue.

    Signals:
        client_requested(str): the worker double-clicked an entry to open the client.
    """

    client_requested = Signal(str)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self.context = context
        self.model = AgendaModel()
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("agendaRange")
        labels = {
            "week": self.tr("komende week"),
            "twee weken": self.tr("komende twee weken"),
            "maand": self.tr("komende maand"),
            "kwartaal": self.tr("komend kwartaal"),
        }
        for days, key in RANGES:
            self.range_combo.addItem(labels[key], days)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")
        self.export_button = QPushButton(self.tr("Exporteren als agenda (.ics)…"))
        self.export_button.setObjectName("agendaExport")
        self.export_button.clicked.connect(self.choose_export)
        self.refresh_button = QPushButton(self.tr("Vernieuwen"))
        self.refresh_button.setObjectName("agendaRefresh")
        self.refresh_button.clicked.connect(self.reload)
        set_primary(self.refresh_button)
        self.result = QLabel()
        self.result.setObjectName("agendaExportResult")
        self.result.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Een geëxporteerde agenda noemt cliënten alleen bij hun kenmerk (bijv. OV-…-K1), "
                "zonder namen, school, instrument of locatie."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        prepare_table(self.table)
        self.table.setShowGrid(False)
        self.table.doubleClicked.connect(
            lambda index: self.client_requested.emit(str(self.model.data(index, CLIENT_ID_ROLE)))
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periode")))
        top.addWidget(self.range_combo)
        top.addWidget(self.refresh_button)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addWidget(note)
        self.reload()

    def window_dates(self) -> tuple[date, date]:
        today = self.context.clock.now().astimezone().date()
        return today, today + timedelta(days=int(self.range_combo.currentData()) - 1)

    def reload(self) -> None:
        start, end = self.window_dates()
        run_vault(
            self.context,
            self,
            "opvang.agenda",
            lambda s: Worklist(s).entries(start, end),
            self._show,
        )

    def _show(self, entries: list[WorklistEntry]) -> None:
        self.model.set_rows(entries)
        late = sum(1 for e in entries if e.status is EntryStatus.OVERDUE)
        due = sum(1 for e in entries if e.status is EntryStatus.DUE)
        self.summary.setText(
            self.tr("{0} te laat · {1} nu te doen · {2} in totaal").format(late, due, len(entries))
        )
        self.summary.setProperty("ok", late == 0)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Agenda exporteren"), "opvang-agenda.ics", self.tr("Agenda (*.ics)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, dest: Path) -> None:
        """Export the shown period to ``dest`` (vault worker)."""
        start, end = self.window_dates()

        def export(session: Session) -> ExportReceipt:
            return Worklist(session).export_ics(dest, start, end)

        self.export_button.setEnabled(False)

        def done(receipt: ExportReceipt) -> None:
            self.export_button.setEnabled(True)
            self.result.setText(
                self.tr("Agenda opgeslagen in {0} (SHA-256 {1}…).").format(
                    receipt.path, receipt.sha256[:16]
                )
            )

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_opvang_error(self, exc)

        run_vault(self.context, self, "opvang.agenda.export", export, done, failed)
