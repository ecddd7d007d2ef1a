"""The examinations of one person: date, place, requester, examiner, open or sealed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from forensics.records import Examination

from ..common.row_models import Index, RowsTableModel
from .labels import moment, term

ID_ROLE = Qt.ItemDataRole.UserRole + 1

DATE, PLACE, REQUESTER, EXAMINER, STATE = range(5)


class ExaminationsModel(RowsTableModel[Examination]):
    """Rows are :class:`Examination` values, oldest first (as the service lists them)."""

    def __init__(self) -> None:
        super().__init__(
            [
                self.tr("Datum"),
                self.tr("Plaats"),
                self.tr("Aanvrager"),
                self.tr("Onderzoeker"),
                self.tr("Status"),
            ]
        )

    def row_of(self, examination_id: str) -> int:
        return self.row_where(lambda e: e.id == examination_id)

    def replace_examination(self, exam: Examination) -> None:
        """Show a saved change (date, place, requester) without reloading the list."""
        row = self.row_of(exam.id)
        if row >= 0:
            self.replace_row(row, exam)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        exam = self.row_at(index.row())
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
