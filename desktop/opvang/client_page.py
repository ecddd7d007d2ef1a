"""One client's page: a header and tabs; a child's page has its own school signal and gezag.

The page loads its :class:`ClientBundle` on the vault worker and hands it to every tab. A tab
changes something through :meth:`ClientPage.change`, which runs the change and a fresh load on
the vault worker, in that order, and shows the result.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from secure_store.session import Session

from ..shell.workspaces import WorkspaceContext
from .client_data import ClientBundle, load_client
from .consent_tab import ConsentTab
from .details_tab import DetailsTab
from .meldcode_tab import MeldcodeTab
from .notes_tab import NotesTab
from .plan_tab import PlanTab
from .safety_tab import SafetyTab
from .screenings_tab import ScreeningsTab
from .signal_tab import SignalTab
from .tasks import dutch_date, run_vault


class ClientPage(QWidget):
    """The page of one client.

    Signals:
        changed(): something of this client was stored (lists elsewhere may reload).
        loaded(object): a fresh :class:`ClientBundle` is shown.
    """

    changed = Signal()
    loaded = Signal(object)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPage")
        self.context = context
        self.bundle: ClientBundle | None = None
        self.client_id = ""
        self.title = QLabel()
        self.title.setObjectName("title")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.subtitle.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("clientTabs")
        # Eight tabs must fit beside each other at 1100 px; a little less padding does it.
        self.tabs.setStyleSheet("QTabBar::tab { padding: 6px 9px; }")
        self.details = DetailsTab(self)
        self.plan = PlanTab(self)
        self.screenings = ScreeningsTab(self)
        self.signal = SignalTab(self)
        self.consent = ConsentTab(self)
        self.meldcode = MeldcodeTab(self)
        self.safety = SafetyTab(self)
        self.notes = NotesTab(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

    def _tab_list(self, child: bool) -> list[tuple[QWidget, str]]:
        tabs: list[tuple[QWidget, str]] = [
            (self.details, self.tr("Gegevens")),
            (self.plan, self.tr("Hulpvraag en plan")),
            (self.screenings, self.tr("Screenings")),
        ]
        if child:
            tabs += [
                (self.signal, self.tr("Schoolsignaal")),
                (self.consent, self.tr("Gezag")),
            ]
        tabs += [
            (self.meldcode, self.tr("Meldcode")),
            (self.safety, self.tr("Veiligheidsplan")),
            (self.notes, self.tr("Notities")),
        ]
        return tabs

    def open_client(self, client_id: str) -> None:
        """Load and show ``client_id``."""
        self.client_id = client_id
        run_vault(
            self.context, self, "opvang.client.load", lambda s: load_client(s, client_id),
            self.show_bundle,
        )  # fmt: skip

    def show_bundle(self, bundle: ClientBundle) -> None:
        """Show a loaded client on every tab."""
        if bundle.client.id != self.client_id:
            return  # a later choice replaced this one while it loaded
        current = self.tabs.currentWidget()
        wanted = self._tab_list(bundle.client.is_child)
        if [self.tabs.widget(i) for i in range(self.tabs.count())] != [w for w, _ in wanted]:
            self.tabs.clear()
            for widget, title in wanted:
                self.tabs.addTab(widget, title)
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        self.bundle = bundle
        client, intake = bundle.client, bundle.household.intake
        self.title.setText(client.name)
        who = self.tr("kind") if client.is_child else self.tr("volwassene")
        self.subtitle.setText(
            self.tr("{0}, {1} jaar · {2} · {3} sinds {4}").format(
                who, client.age_on(bundle.today), client.pseudonym, intake.kind.label,
                dutch_date(intake.intake_at.astimezone().date()),
            )
        )  # fmt: skip
        for widget, _title in wanted:
            widget.show_bundle(bundle)  # type: ignore[attr-defined]  # every tab has show_bundle
        self.loaded.emit(bundle)

    def show_tab(self, widget: QWidget) -> None:
        """Bring one of the tabs to the front."""
        self.tabs.setCurrentWidget(widget)

    def change(
        self,
        name: str,
        operation: Callable[[Session], object],
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Store a change on the vault worker, then reload the client and tell the lists."""
        client_id = self.client_id

        def run(session: Session) -> ClientBundle:
            operation(session)
            return load_client(session, client_id)

        def shown(bundle: ClientBundle) -> None:
            self.show_bundle(bundle)
            self.changed.emit()
            if on_done is not None:
                on_done()

        run_vault(self.context, self, name, run, shown)
