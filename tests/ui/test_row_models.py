"""The shared bases of the list and table models: rows, headers, lookups, change signals."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from desktop.common.row_models import Index, RowsListModel, RowsTableModel
from desktop.common.table_view import prepare_table

DISPLAY = Qt.ItemDataRole.DisplayRole


class _Words(RowsTableModel[str]):
    def __init__(self) -> None:
        super().__init__(["Woord", "Lengte"])

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if not index.isValid() or role != DISPLAY:
            return None
        word = self.row_at(index.row())
        return (word, str(len(word)))[index.column()]


class _Numbers(RowsListModel[int]):
    def data(self, index: Index, role: int = DISPLAY) -> object:
        return str(self.row_at(index.row())) if index.isValid() and role == DISPLAY else None


def test_a_table_shows_its_rows_under_its_headers(qapp: QApplication) -> None:
    model = _Words()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows(w for w in ("kluis", "dossier"))
    assert resets == [True]
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.index(1, 1).data() == "7"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Lengte"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    child = model.index(0, 0)
    assert (model.rowCount(child), model.columnCount(child)) == (0, 0), "a table has no children"


def test_rows_are_a_copy_and_looked_up_by_position_or_test(qapp: QApplication) -> None:
    model = _Words()
    model.set_rows(["kluis", "dossier", "kluisje"])
    rows = model.rows
    rows.clear()
    assert model.rows == ["kluis", "dossier", "kluisje"] and model.row_at(2) == "kluisje"
    assert model.row_where(lambda w: w.startswith("kluis")) == 0
    assert model.row_where(lambda w: w == "foto") == -1


def test_a_replaced_row_signals_every_column_of_that_row(qapp: QApplication) -> None:
    model = _Words()
    model.set_rows(["kluis", "dossier"])
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom: changed.append((top.row(), top.column(), bottom.row(), bottom.column()))
    )
    model.replace_row(1, "letsel")
    assert changed == [(1, 0, 1, 1)] and model.index(1, 0).data() == "letsel"


def test_a_list_holds_its_rows_the_same_way(qapp: QApplication) -> None:
    model = _Numbers()
    model.set_rows([3, 1, 2])
    assert model.rowCount() == 3 and model.rowCount(model.index(0)) == 0
    assert model.index(2).data() == "2" and model.row_where(lambda n: n == 1) == 1
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    model.replace_row(0, 9)
    assert changed == [(0, 0)] and model.rows == [9, 1, 2]
    model.set_rows([])
    assert model.rowCount(QModelIndex()) == 0


def test_a_prepared_table_selects_whole_single_rows(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(_Words())
    prepare_table(table)
    assert table.selectionBehavior() is QTableView.SelectionBehavior.SelectRows
    assert table.selectionMode() is QTableView.SelectionMode.SingleSelection
    assert table.verticalHeader().isHidden() and table.horizontalHeader().stretchLastSection()
    other = QTableView()
    qtbot.addWidget(other)
    other.setModel(_Words())
    prepare_table(other, stretch=0)
    assert not other.horizontalHeader().stretchLastSection()
    header = other.horizontalHeader()
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.Stretch
