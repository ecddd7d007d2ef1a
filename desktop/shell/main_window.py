"""The main window: a header with who is working and the lock button, navigation by role."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secure_store.roles import Role

from ..common.errors import english
from ..settings import MAIN_GEOMETRY
from .workspaces import WorkspaceContext, WorkspaceSpec, visible_for

KEY_ROLE = Qt.ItemDataRole.UserRole


#: The first window's size where the screen has room: the body map, the injury list and the
#: dossier list side by side without squeezing names.
PREFERRED_SIZE = QSize(1440, 900)
SMALLEST_SIZE = QSize(1100, 700)


def first_size(available: QSize) -> QSize:
    """The main window's size at first start on a screen with ``available`` room."""
    width = max(SMALLEST_SIZE.width(), min(PREFERRED_SIZE.width(), available.width() * 9 // 10))
    height = max(
        SMALLEST_SIZE.height(), min(PREFERRED_SIZE.height(), available.height() * 9 // 10)
    )
    return QSize(width, height)


def role_labels(roles: frozenset[Role]) -> str:
    """The roles in the UI language, joined."""
    return ", ".join(sorted(r.label_en if english() else r.label_nl for r in roles))


class MainWindow(QMainWindow):
    """One user's working window; it outlives an idle lock (work in progress is kept).

    Signals:
        lock_requested(): Ctrl+L or the lock button.
        switch_requested(): another user wants to work.
        change_passphrase_requested(): from the user menu.
    """

    lock_requested = Signal()
    switch_requested = Signal()
    change_passphrase_requested = Signal()

    def __init__(self, context: WorkspaceContext, organisation: str) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self.organisation = organisation
        self.setWindowTitle(self.tr("Veilig Dossier"))
        self.lock_action = QAction(self.tr("Vergrendelen"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.switch_action = QAction(self.tr("Gebruiker wisselen"), self)
        self.switch_action.setObjectName("switchAction")
        self.switch_action.triggered.connect(self.switch_requested)
        self.passphrase_action = QAction(self.tr("Wachtwoord wijzigen…"), self)
        self.passphrase_action.setObjectName("passphraseAction")
        self.passphrase_action.triggered.connect(self.change_passphrase_requested)
        self.addAction(self.lock_action)
        self.specs = visible_for(context.session.session)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)
        self.navigation.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        self.stack.setObjectName("workspaceStack")
        self._pages: dict[str, QWidget] = {}
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header())
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self._fill_navigation()
        self.statusBar().showMessage(self.tr("Ontgrendeld. Ctrl+L vergrendelt."), 5000)
        geometry = context.prefs.get(MAIN_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(first_size(self.screen().availableGeometry().size()))

    def _header(self) -> QWidget:
        identity = self.context.session.session.identity
        header = QFrame()
        header.setObjectName("header")
        title = QLabel(self.tr("Veilig Dossier"))
        title.setObjectName("subtitle")
        org = QLabel(self.organisation)
        org.setObjectName("headerOrganisation")
        self.user_label = QLabel(
            self.tr("{0} · {1}").format(identity.display_name, role_labels(identity.roles))
        )
        self.user_label.setObjectName("headerUser")
        menu = QMenu(self)
        menu.addAction(self.passphrase_action)
        menu.addAction(self.switch_action)
        user_button = QToolButton()
        user_button.setObjectName("userMenuButton")
        user_button.setText(self.tr("Account"))
        user_button.setMenu(menu)
        user_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        lock_button = QPushButton(self.tr("Vergrendelen (Ctrl+L)"))
        lock_button.setObjectName("lockButton")
        lock_button.clicked.connect(self.lock_action.trigger)
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(title)
        row.addSpacing(12)
        row.addWidget(org)
        row.addStretch(1)
        row.addWidget(self.user_label)
        row.addSpacing(8)
        row.addWidget(user_button)
        row.addWidget(lock_button)
        return header

    def _fill_navigation(self) -> None:
        for spec in self.specs:
            item = QListWidgetItem(spec.title())
            item.setData(KEY_ROLE, spec.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        if self.specs:
            self.navigation.setCurrentRow(0)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.stack.setCurrentWidget(self.workspace(self.specs[row].key))

    @property
    def user(self) -> str:
        return self.context.session.user

    def navigation_keys(self) -> list[str]:
        """The keys of the workspaces this user sees, in order."""
        return [spec.key for spec in self.specs]

    def workspace(self, key: str) -> QWidget:
        """The workspace ``key``, built on first use. Raises KeyError if not visible here."""
        if key not in self._pages:
            spec: WorkspaceSpec = {s.key: s for s in self.specs}[key]
            page = spec.factory(self.context)
            page.setObjectName(f"workspace_{key}")
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def show_workspace(self, key: str) -> QWidget:
        """Select ``key`` in the navigation and return its widget."""
        self.navigation.setCurrentRow(self.navigation_keys().index(key))
        return self.workspace(key)

    def save_geometry(self) -> None:
        self.context.prefs.set(MAIN_GEOMETRY, self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
