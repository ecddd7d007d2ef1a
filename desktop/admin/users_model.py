"""The users of the vault as a table model (no secrets: names, roles, status)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from secure_store.users import UserInfo

from ..shell.main_window import role_labels

Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    """Rows are :class:`UserInfo`; columns user name, name, roles, status."""

    def __init__(self) -> None:
        super().__init__()
        self._users: list[UserInfo] = []
        self._headers = [
            self.tr("Gebruikersnaam"),
            self.tr("Naam"),
            self.tr("Rollen"),
            self.tr("Status"),
        ]

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo:
        return self._users[row]

    def names(self) -> list[str]:
        return [u.name for u in self._users]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self._users[index.row()]
        column = index.column()
        if column == 0:
            return user.name
        if column == 1:
            return user.display_name
        if column == 2:
            return role_labels(user.roles)
        return self.tr("Moet wachtwoord wijzigen") if user.must_change else self.tr("Actief")
