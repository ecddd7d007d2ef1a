"""Audit entries as a table model."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from secure_store.audit import AuditEntry

from ..common.row_models import Index, RowsTableModel


def local_time(text: str) -> str:
    """An audit timestamp (UTC, ISO) in local time, to the second."""
    try:
        return datetime.fromisoformat(text).astimezone().strftime("%d-%m-%Y %H:%M:%S")
    except ValueError:
        return text


class AuditModel(RowsTableModel[AuditEntry]):
    """Rows are :class:`AuditEntry`, newest first."""

    def __init__(self) -> None:
        super().__init__(
            [
                self.tr("Nr."),
                self.tr("Tijd"),
                self.tr("Gebruiker"),
                self.tr("Actie"),
                self.tr("Record"),
                self.tr("Werkplek"),
                self.tr("Details"),
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.row_at(index.row())
        record = f"{e.record_type} {e.record_id}".strip()
        values = (str(e.seq), local_time(e.at), e.user, e.action, record, e.workstation, e.detail)
        return values[index.column()]
