"""Check-box rows in a QStandardItemModel, each carrying the id it stands for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
ID_ROLE = Qt.ItemDataRole.UserRole


def checkable(text: str, key: str, checked: bool = False) -> QStandardItem:
    """A read-only row with a check box; ``key`` is what :func:`checked_keys` returns."""
    item = QStandardItem(text)
    item.setCheckable(True)
    item.setEditable(False)
    item.setCheckState(CHECKED if checked else UNCHECKED)
    item.setData(key, ID_ROLE)
    return item


def checked_keys(model: QStandardItemModel, column: int = 0) -> list[str]:
    """The keys of the ticked rows, in row order."""
    return [
        str(model.item(row, column).data(ID_ROLE))
        for row in range(model.rowCount())
        if model.item(row, column).checkState() == CHECKED
    ]
