"""The examinations of one person: date, place, requester, examiner, open or sealed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from forensics.records import Examination

from .labels import moment, term

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

DATE, PLACE, REQUESTER, EXAMINER, STATE = range(5)


class ExaminationsModel(QAbstractTableModel):
    """Rows are :class:`Examination` values, oldest first (as the service lists them)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Examination] = []
        self._headers = [
            self.tr("Datum"),
            self.tr("Plaats"),
            self.tr("Aanvrager"),
            self.tr("Onderzoeker"),
            self.tr("Status"),
        ]

    def set_examinations(self, rows: list[Examination]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def examination_at(self, row: int) -> Examination:
        return self._rows[row]

    def row_of(self, examination_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == examination_id), -1)

    def replace_examination(self, exam: Examination) -> None:
        """Show a saved change (date, place, requester) without reloading the list."""
        row = self.row_of(exam.id)
        if row >= 0:
            self._rows[row] = exam
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        exam = self._rows[index.row()]
        if role == ID_ROLE:
            return exam.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == DATE:
            return moment(exam.examined_at)
        if column == PLACE:
            return exam.place
        if column == REQUESTER:
            return term(exam.requester)
        if column == EXAMINER:
            return exam.examiner
        return self.tr("afgesloten") if exam.is_sealed else self.tr("open")
