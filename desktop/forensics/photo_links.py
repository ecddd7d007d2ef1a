"""Which injuries a photo shows: the examination's injuries as a checkable list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal

from forensics.bodymap import BodyFigure, UnknownRegionError, View, load_region_map
from forensics.records import Injury
from forensics.vocabulary import InjuryType

from ..common.errors import english
from ..common.row_models import Index, RowsListModel


@dataclass(frozen=True)
class InjuryChoice:
    """One injury as the photo side panel names it: ``3 · wang rechts · hematoom``."""

    id: str
    number: int
    label: str


def injury_choices(injuries: list[Injury]) -> list[InjuryChoice]:
    """Labels for ``injuries`` (number, type, region) in the UI language."""
    return [InjuryChoice(i.id, i.number, _label(i)) for i in injuries]


def _label(injury: Injury) -> str:
    try:
        kind = InjuryType.from_code(injury.type)
        type_name = kind.label_en if english() else kind.label_nl
    except ValueError:
        type_name = injury.type
    short = type_name.split(" (")[0]  # "hematoom (blauwe plek)": the first word says it
    return f"{injury.number} · {region_name(injury.point.view, injury.region_code)} · {short}"


def region_name(view_code: str, region_code: str) -> str:
    """The region's name from either drawing (codes are shared), or the code itself."""
    try:
        view = View.from_code(view_code)
    except ValueError:
        return region_code
    for figure in BodyFigure:
        try:
            region = load_region_map(figure, view).region_by_code(region_code)
        except UnknownRegionError:
            continue
        return region.name_en if english() else region.name_nl
    return region_code


class InjuryLinkModel(RowsListModel[InjuryChoice]):
    """The injuries with a check box each; checking one links it to the photo.

    Signals:
        links_edited(object): the tuple of checked injury ids, after the user changed one.
    """

    links_edited = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._linked: set[str] = set()
        self._editable = True

    def set_linked(self, injury_ids: tuple[str, ...]) -> None:
        self._linked = set(injury_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def set_editable(self, editable: bool) -> None:
        self.beginResetModel()
        self._editable = editable
        self.endResetModel()

    def linked(self) -> tuple[str, ...]:
        """The checked ids, in injury order."""
        return tuple(c.id for c in self._rows if c.id in self._linked)

    def numbers(self, injury_ids: tuple[str, ...]) -> list[int]:
        """The injury numbers of ``injury_ids`` (for the grid's captions)."""
        by_id = {c.id: c.number for c in self._rows}
        return sorted(by_id[i] for i in injury_ids if i in by_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        choice = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.label
        if role == Qt.ItemDataRole.CheckStateRole:
            linked = choice.id in self._linked
            return Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled
        if self._editable:
            base |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        choice = self.row_at(index.row())
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self._linked = (self._linked | {choice.id}) if checked else (self._linked - {choice.id})
        self.dataChanged.emit(index, index)
        self.links_edited.emit(self.linked())
        return True
