"""The Opvang workspace: Overzicht, Cliënten, Agenda, Instrumenten; the intake wizard on top."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from opvang.records import Household

from ..common.style import set_primary
from ..shell.workspaces import WorkspaceContext
from .agenda_page import AgendaPage
from .dashboard import DashboardPage
from .households_page import HouseholdsPage
from .instruments_page import InstrumentsPage
from .intake_wizard import IntakeWizard


class OpvangWorkspace(QTabWidget):
    """Tabs for the intake worker's day."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opvangTabs")
        self.context = context
        self.dashboard = DashboardPage(context)
        self.households = HouseholdsPage(context)
        self.agenda = AgendaPage(context)
        self.instruments = InstrumentsPage(context)
        self.addTab(self.dashboard, self.tr("Overzicht"))
        self.addTab(self.households, self.tr("Cliënten"))
        self.addTab(self.agenda, self.tr("Agenda"))
        self.addTab(self.instruments, self.tr("Instrumenten"))
        self.intake_button = QPushButton(self.tr("Nieuwe intake…"))
        self.intake_button.setObjectName("workspaceIntakeButton")
        set_primary(self.intake_button)
        self.intake_button.clicked.connect(self.start_intake)
        self.setCornerWidget(self.intake_button)
        self.households.intake_requested.connect(self.start_intake)
        self.agenda.client_requested.connect(self.open_client)
        self.households.client_page.changed.connect(self._refresh_lists)
        self.currentChanged.connect(self._tab_changed)
        self.wizard: IntakeWizard | None = None

    def start_intake(self) -> IntakeWizard:
        """Open the intake wizard; a stored household opens on the Cliënten tab."""
        wizard = IntakeWizard(self.context, self)
        wizard.admitted.connect(self._admitted)
        wizard.open()
        self.wizard = wizard
        return wizard

    def _admitted(self, household: Household) -> None:
        self._refresh_lists()
        self.open_client(household.clients[0].id)

    def open_client(self, client_id: str) -> None:
        """Show the client's page on the Cliënten tab."""
        self.setCurrentWidget(self.households)
        self.households.reload()
        self.households.open_client(client_id)

    def _refresh_lists(self) -> None:
        self.agenda.reload()
        self.dashboard.reload()

    def _tab_changed(self, index: int) -> None:
        page = self.widget(index)
        if page is self.agenda:
            self.agenda.reload()
        elif page is self.dashboard:
            self.dashboard.reload()
