"""Item models whose rows are a list of values: one value per row, replaced all at once.

:class:`RowsTableModel` is a table under fixed column headers, :class:`RowsListModel` a list.
Both hold the values and answer Qt's counts; a subclass says what a row shows (``data``) and
adds what is its own (a sort role, a flag, an insert).

Header texts come in translated: ``self.tr`` must stay in the subclass, because Qt's
translation context is the class that calls ``tr`` (``pyside6-lupdate`` files each text under
that class), so the base never translates anything itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

if TYPE_CHECKING:
    # The mixin below only ever runs inside a Qt model class; mypy checks it as one.
    _ModelBase = QAbstractItemModel
else:
    _ModelBase = object


class _Rows(Generic[T], _ModelBase):
    """The values behind the rows and the lookups on them; mixed in before the Qt model class."""

    _rows: list[T]

    def set_rows(self, rows: Iterable[T]) -> None:
        """Show ``rows`` in place of what was shown (views keep no selection across it)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        """The value shown at ``row``."""
        return self._rows[row]

    @property
    def rows(self) -> list[T]:
        """A copy of the values, in row order."""
        return list(self._rows)

    def row_where(self, test: Callable[[T], bool]) -> int:
        """The first row whose value passes ``test``, or -1 when none does."""
        return next((i for i, value in enumerate(self._rows) if test(value)), -1)

    def replace_row(self, row: int, value: T) -> None:
        """Show ``value`` at ``row`` (a saved change) without resetting the view."""
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self._last_column()))

    def _last_column(self) -> int:
        return 0  # a list's only column; a table has more

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)


class RowsTableModel(_Rows[T], QAbstractTableModel):
    """A read-only table of ``T`` values under fixed, already translated column headers."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = []
        self._headers = tuple(headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def _last_column(self) -> int:
        return len(self._headers) - 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class RowsListModel(_Rows[T], QAbstractListModel):
    """A list of ``T`` values, one per row, for a :class:`QListView`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = []
