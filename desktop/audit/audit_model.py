"""Audit entries as a table model."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from secure_store.audit import AuditEntry

Index = QModelIndex | QPersistentModelIndex


def local_time(text: str) -> str:
    """An audit timestamp (UTC, ISO) in local time, to the second."""
    try:
        return datetime.fromisoformat(text).astimezone().strftime("%d-%m-%Y %H:%M:%S")
    except ValueError:
        return text


class AuditModel(QAbstractTableModel):
    """Rows are :class:`AuditEntry`, newest first."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[AuditEntry] = []
        self._headers = [
            self.tr("Nr."),
            self.tr("Tijd"),
            self.tr("Gebruiker"),
            self.tr("Actie"),
            self.tr("Record"),
            self.tr("Werkplek"),
            self.tr("Details"),
        ]

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry_at(self, row: int) -> AuditEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._entries)

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
        e = self._entries[index.row()]
        record = f"{e.record_type} {e.record_id}".strip()
        values = (str(e.seq), local_time(e.at), e.user, e.action, record, e.workstation, e.detail)
        return values[index.column()]
