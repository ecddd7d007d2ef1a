"""Cliënten: every client of every household on the left, the chosen client's page on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opvang.records import Household

from ..common.style import set_primary
from ..common.table_view import prepare_table
from ..shell.workspaces import WorkspaceContext
from .client_data import Overview, load_overview
from .client_page import ClientPage
from .clients_model import CLIENT_ID_ROLE, HOUSEHOLD_ROLE, ClientsFilter, ClientsModel
from .report_exports import INTAKE, open_opvang_report
from .tasks import run_vault

if TYPE_CHECKING:
    from ..reports.export_dialog import ReportExportDialog


class HouseholdsPage(QWidget):
    """The client list (model/view, searchable) and the client page.

    Signals:
        intake_requested(): the worker wants to start a new intake.
    """

    intake_requested = Signal()

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdsPage")
        self.context = context
        self.model = ClientsModel()
        self.proxy = ClientsFilter()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("Zoek op naam of kenmerk"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.intake_button = QPushButton(self.tr("Nieuwe intake…"))
        self.intake_button.setObjectName("newIntakeButton")
        set_primary(self.intake_button)
        self.intake_button.clicked.connect(self.intake_requested)
        self.intake_report_button = QPushButton(self.tr("Intakeverslag (PDF)…"))
        self.intake_report_button.setObjectName("householdIntakeReport")
        self.intake_report_button.setToolTip(
            self.tr("Een ondertekend intakeverslag van het huishouden van de gekozen cliënt")
        )
        self.intake_report_button.setEnabled(False)
        self.intake_report_button.clicked.connect(self.export_intake)
        self.table = QTableView()
        self.table.setObjectName("clientsTable")
        self.table.setModel(self.proxy)
        prepare_table(self.table, stretch=0)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.client_page = ClientPage(context)
        self.client_page.changed.connect(self.reload)
        self.back_button = QPushButton(self.tr("← Alle cliënten"))
        self.back_button.setObjectName("backToClients")
        self.back_button.setProperty("flat", True)
        self.back_button.clicked.connect(self.show_list)
        list_view = QWidget()
        list_layout = QVBoxLayout(list_view)
        list_layout.setContentsMargins(10, 10, 10, 10)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.intake_report_button)
        row.addWidget(self.intake_button)
        list_layout.addLayout(row)
        list_layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr(
                "Kies een cliënt om het dossier te openen. Kinderen staan ingesprongen onder hun huishouden."
            )
        )
        hint.setObjectName("hint")
        list_layout.addWidget(hint)
        client_view = QWidget()
        client_layout = QVBoxLayout(client_view)
        client_layout.setContentsMargins(4, 4, 4, 0)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        client_layout.addLayout(back_row)
        client_layout.addWidget(self.client_page, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_view)
        self.stack.addWidget(client_view)
        self.list_view, self.client_view = list_view, client_view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.intake_report_button.setEnabled(self.selected_household() is not None)
        )
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        self.overview: Overview | None = None
        self._wanted = ""
        self.reload()

    def reload(self) -> None:
        """Read the list again (vault worker)."""
        run_vault(self.context, self, "opvang.clients.list", load_overview, self._show)

    def _show(self, overview: Overview) -> None:
        current = self._wanted or self.client_page.client_id
        self.overview = overview
        self.model.set_overview(overview, self.context.clock.now().astimezone().date())
        self.table.resizeColumnsToContents()
        if current:
            self._select_row(current)

    def _select_row(self, client_id: str) -> None:
        row = self.model.row_of(client_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())

    def selected_household(self) -> Household | None:
        """The household of the client selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        household = self.proxy.data(rows[0], HOUSEHOLD_ROLE)
        return household if isinstance(household, Household) else None

    def export_intake(self) -> ReportExportDialog | None:
        """Open the export dialog for the intake summary of the selected household."""
        household = self.selected_household()
        if household is None:
            return None
        return open_opvang_report(
            self.context, INTAKE, household.id, self, f"intakeverslag-{household.reference}"
        )

    def show_list(self) -> None:
        """Back to the list of all clients."""
        self.stack.setCurrentWidget(self.list_view)

    def open_client(self, client_id: str) -> None:
        """Show the client's page (and select the client in the list for the way back)."""
        self._wanted = client_id
        self._select_row(client_id)
        self.stack.setCurrentWidget(self.client_view)
        if self.client_page.client_id != client_id:
            self.client_page.open_client(client_id)

    def _activated(self, index: QModelIndex) -> None:
        client_id = str(self.proxy.data(index, CLIENT_ID_ROLE))
        self._wanted = ""
        self.open_client(client_id)
