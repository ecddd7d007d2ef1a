"""The users of the vault as a table model (no secrets: names, roles, status)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secure_store.users import UserInfo

from ..common.row_models import Index, RowsTableModel
from ..shell.main_window import role_labels


class UsersModel(RowsTableModel[UserInfo]):
    """Rows are :class:`UserInfo`; columns user name, name, roles, status."""

    def __init__(self) -> None:
        super().__init__(
            [self.tr("Gebruikersnaam"), self.tr("Naam"), self.tr("Rollen"), self.tr("Status")]
        )

    def names(self) -> list[str]:
        return [u.name for u in self.rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self.row_at(index.row())
        column = index.column()
        if column == 0:
            return user.name
        if column == 1:
            return user.display_name
        if column == 2:
            return role_labels(user.roles)
        return self.tr("Moet wachtwoord wijzigen") if user.must_change else self.tr("Actief")
