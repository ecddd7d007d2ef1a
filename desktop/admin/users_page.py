"""Beheer → Gebruikers: the table and the add, roles, reset and remove actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secure_store.roles import Role
from secure_store.session import Session
from secure_store.users import UserInfo

from ..common.progress import run_with_progress
from ..common.style import set_primary
from ..common.table_view import prepare_table
from ..common.worker import Token
from ..shell.workspaces import WorkspaceContext
from .user_dialogs import AddUserDialog, ResetPassphraseDialog, RolesDialog
from .users_model import UsersModel


class UsersPage(QWidget):
    """Users of the vault; every change runs on the vault pool and reloads the table."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.context = context
        self.model = UsersModel()
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        prepare_table(self.table)
        self.add_button = self._button(
            "addUserButton", self.tr("Gebruiker toevoegen…"), self.add_user
        )
        set_primary(self.add_button)
        self.roles_button = self._button("rolesButton", self.tr("Rollen…"), self.edit_roles)
        self.reset_button = self._button(
            "resetButton", self.tr("Tijdelijk wachtwoord…"), self.reset_passphrase
        )
        self.remove_button = self._button(
            "removeUserButton", self.tr("Verwijderen…"), self.remove_user
        )
        row = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.reset_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()
        self.reload()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    @property
    def session(self) -> Session:
        return self.context.session.session

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        self.table.selectRow(self.model.names().index(name))

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected() is not None
        for button in (self.roles_button, self.reset_button, self.remove_button):
            button.setEnabled(chosen)
            button.setToolTip("" if chosen else self.tr("Kies eerst een gebruiker in de tabel."))

    # -- running changes -----------------------------------------------------------------
    def reload(self) -> None:
        users = self.session.users
        self.context.workers.run(
            "users.list", lambda token: users.list(), on_result=self.model.set_rows
        )

    def _change(self, label: str, change: Callable[[Session], object]) -> None:
        """Run ``change`` on the vault pool with a progress dialog, then reload the list."""
        session = self.session

        def operation(token: Token) -> list[UserInfo]:
            del token
            change(session)
            return session.users.list()

        run_with_progress(
            self, self.context.workers, label, operation,
            on_result=self.model.set_rows, cancellable=False,
        )  # fmt: skip

    # -- the actions ---------------------------------------------------------------------
    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self)

        def accepted() -> None:
            name, display = dialog.name_edit.text(), dialog.display_edit.text().strip()
            roles, passphrase = dialog.role_checks.roles(), dialog.passphrase.text()
            must_change = dialog.must_change.isChecked()
            self._change(
                self.tr("Gebruiker {0} wordt toegevoegd…").format(name),
                lambda s: s.users.add(name, display, roles, passphrase, must_change=must_change),
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def edit_roles(self) -> RolesDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = RolesDialog(user.name, user.roles, self)

        def accepted() -> None:
            roles: frozenset[Role] = dialog.role_checks.roles()
            self._change(
                self.tr("Rollen worden opgeslagen…"), lambda s: s.users.set_roles(user.name, roles)
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def reset_passphrase(self) -> ResetPassphraseDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = ResetPassphraseDialog(user.name, self)

        def accepted() -> None:
            temporary = dialog.passphrase.text()
            self._change(
                self.tr("Tijdelijk wachtwoord wordt ingesteld…"),
                lambda s: s.users.reset_passphrase(user.name, temporary),
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def remove_user(self) -> QMessageBox | None:
        user = self.selected()
        if user is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Gebruiker verwijderen"),
            self.tr(
                "{0} ({1}) verwijderen? Deze gebruiker kan de kluis daarna niet meer openen. "
                "Wat hij of zij vastlegde blijft bewaard."
            ).format(user.display_name, user.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("removeConfirm")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setObjectName("removeYes")
        yes.setText(self.tr("Verwijderen"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

        def clicked(button: object) -> None:
            if button is yes:
                self._change(
                    self.tr("Gebruiker wordt verwijderd…"), lambda s: s.users.remove(user.name)
                )

        box.buttonClicked.connect(clicked)
        box.open()
        return box
