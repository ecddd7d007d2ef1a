"""The Beheer workspace: users, settings and backup, each shown when the roles allow it."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from secure_store.roles import Area

from ..shell.workspaces import WorkspaceContext
from .backup_page import BackupPage
from .settings_page import SettingsPage
from .users_page import UsersPage


class BeheerWorkspace(QTabWidget):
    """Tabs for the administrator's chores."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beheerTabs")
        session = context.session.session
        self.users: UsersPage | None = None
        self.settings: SettingsPage | None = None
        self.backup: BackupPage | None = None
        if session.can(Area.USERS):
            self.users = UsersPage(context)
            self.addTab(self.users, self.tr("Gebruikers"))
        if session.can(Area.SETTINGS):
            self.settings = SettingsPage(context)
            self.addTab(self.settings, self.tr("Instellingen"))
        if session.can(Area.BACKUP):
            self.backup = BackupPage(context)
            self.addTab(self.backup, self.tr("Reservekopie"))
