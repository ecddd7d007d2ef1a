"""The injuries of one examination as a table: the list beside the body map."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from forensics.bodymap import BodyFigure, UnknownRegionError, View, load_region_map
from forensics.records import Injury
from forensics.vocabulary import InjuryPattern, InjuryType

from ..common.row_models import Index, RowsTableModel
from ..common.style import ALARM
from .labels import region_name, term

ID_ROLE = Qt.ItemDataRole.UserRole + 1

NUMBER, REGION, TYPE, SIZE, PATTERN = range(5)


def size_text(injury: Injury) -> str:
    """ "22 × 15 mm", "22 mm" or "—"."""
    sizes = [s for s in (injury.length_mm, injury.width_mm) if s is not None]
    if not sizes:
        return "—"
    return " × ".join(f"{s:g}" for s in sizes) + " mm"


def injury_region_name(figure: BodyFigure, injury: Injury) -> str:
    """The Dutch (or English) name of the injury's region, or its code if the map lacks it."""
    try:
        view = View.from_code(injury.point.view)
        return region_name(load_region_map(figure, view).region_by_code(injury.region_code))
    except (ValueError, UnknownRegionError):
        return injury.region_code


def view_name(injury: Injury) -> str:
    """Which drawing the injury's marker is on: voorzijde, achterzijde, hoofd en hals."""
    try:
        return term(View.from_code(injury.point.view))
    except ValueError:
        return injury.point.view


class InjuryModel(RowsTableModel[Injury]):
    """Rows are :class:`Injury` values ordered by number; flagged ones carry a mark."""

    def __init__(self) -> None:
        super().__init__(
            [
                self.tr("Nr."),
                self.tr("Plaats"),
                self.tr("Soort"),
                self.tr("Afmeting"),
                self.tr("Patroon"),
            ]
        )
        self.figure = BodyFigure.ADULT
        self._flagged: frozenset[str] = frozenset()

    # -- changes -------------------------------------------------------------------------
    def set_injuries(self, figure: BodyFigure, rows: list[Injury]) -> None:
        self.figure = figure
        self.set_rows(sorted(rows, key=lambda i: i.number))

    def upsert(self, injury: Injury) -> None:
        """Show a stored injury: replace the row with its id, or insert it by number."""
        row = self.row_of(injury.id)
        if row >= 0:
            self.replace_row(row, injury)
            return
        row = next(
            (i for i, r in enumerate(self._rows) if r.number > injury.number), len(self._rows)
        )
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, injury)
        self.endInsertRows()

    def remove(self, injury_id: str) -> None:
        row = self.row_of(injury_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def set_flagged(self, injury_ids: frozenset[str]) -> None:
        """Mark the injuries a clinical rule flagged."""
        if injury_ids != self._flagged:
            self._flagged = injury_ids
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, NUMBER), self.index(len(self._rows) - 1, NUMBER)
                )

    # -- lookups -------------------------------------------------------------------------
    def row_of(self, injury_id: str) -> int:
        return self.row_where(lambda r: r.id == injury_id)

    def get(self, injury_id: str) -> Injury | None:
        row = self.row_of(injury_id)
        return self._rows[row] if row >= 0 else None

    def is_flagged(self, injury_id: str) -> bool:
        return injury_id in self._flagged

    # -- Qt ------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        injury = self.row_at(index.row())
        column = index.column()
        if role == ID_ROLE:
            return injury.id
        flagged = injury.id in self._flagged
        if role == Qt.ItemDataRole.ForegroundRole and column == NUMBER and flagged:
            return QColor(ALARM)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(injury, flagged)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(injury, column, flagged)
        return None

    def _tooltip(self, injury: Injury, flagged: bool) -> str:
        lines = [
            self.tr("Letsel {0}: {1}, {2}").format(
                injury.number, injury_region_name(self.figure, injury), view_name(injury)
            )
        ]
        if flagged:
            lines.append(self.tr("Valt onder een signalering (zie de melding naast de kaart)."))
        return "\n".join(lines)

    def _display(self, injury: Injury, column: int, flagged: bool) -> str:
        if column == NUMBER:
            return f"{injury.number} ⚑" if flagged else str(injury.number)
        if column == REGION:
            return injury_region_name(self.figure, injury)
        if column == TYPE:
            return term(InjuryType.from_code(injury.type))
        if column == SIZE:
            return size_text(injury)
        pattern = InjuryPattern.from_code(injury.pattern)
        return term(pattern) if pattern.is_patterned else "—"
