"""The photo series per injury: overview, orientation, close-up with and without scale.

Forensic photo practice asks for all four for every injury before the report is written; the
table shows, per injury, which are there (a photo of that category linked to the injury) and
which are still missing, so a gap is seen while the person is still in the room.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from forensics.records import RECOMMENDED_SERIES, PhotoCategory

from ..common import style
from ..common.row_models import Index, RowsTableModel
from .photo_details import category_label
from .photo_links import InjuryChoice

Checklist = dict[str, dict[PhotoCategory, bool]]


class SeriesChecklistModel(RowsTableModel[InjuryChoice]):
    """Rows are injuries; the first column names it, then one column per recommended category."""

    def __init__(self) -> None:
        short = {
            PhotoCategory.OVERVIEW: self.tr("overzicht"),
            PhotoCategory.ORIENTATION: self.tr("oriëntatie"),
            PhotoCategory.CLOSE_UP_SCALE: self.tr("close-up met schaal"),
            PhotoCategory.CLOSE_UP: self.tr("close-up zonder"),
        }
        super().__init__(
            [self.tr("Letsel")]
            + [short.get(c, category_label(c, "")) for c in RECOMMENDED_SERIES]
        )
        self._present: Checklist = {}

    def set_checklist(self, injuries: list[InjuryChoice], present: Checklist) -> None:
        self._present = present
        self.set_rows(i for i in injuries if i.id in present)

    def complete_count(self) -> int:
        """How many injuries have the whole series."""
        return sum(all(self._present[i.id].values()) for i in self._rows)

    def injury_count(self) -> int:
        return len(self._rows)

    def has(self, row: int, category: PhotoCategory) -> bool:
        return self._present[self.row_at(row).id].get(category, False)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        injury, column = self.row_at(index.row()), index.column()
        if column == 0:
            return (
                injury.label
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                else None
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return category_label(RECOMMENDED_SERIES[column - 1], "")
        present = self._present[injury.id].get(RECOMMENDED_SERIES[column - 1], False)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("✓ aanwezig") if present else self.tr("ontbreekt")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(style.OK if present else style.ALARM)
        if role == Qt.ItemDataRole.FontRole and present:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
