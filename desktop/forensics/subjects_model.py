"""The dossier list: one row per examined person, sortable by every column."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt

from forensics.dossiers import SubjectSummary

from ..common.row_models import Index, RowsTableModel
from .labels import day

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

NAME, BORN, PSEUDONYM, LAST_EXAMINED = range(4)


class SubjectsModel(RowsTableModel[SubjectSummary]):
    """Rows are :class:`SubjectSummary` values as the search returned them."""

    def __init__(self) -> None:
        super().__init__(
            [self.tr("Naam"), self.tr("Geboren"), self.tr("Pseudoniem"), self.tr("Onderzocht")]
        )

    def row_of(self, subject_id: str) -> int:
        """The row of ``subject_id``, or -1 when the current search does not list it."""
        return self.row_where(lambda s: s.id == subject_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        subject = self.row_at(index.row())
        column = index.column()
        if role == ID_ROLE:
            return subject.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(subject, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole line, for a narrow list that elides the name.
            return self.tr("{0} · geboren {1} · {2}").format(
                subject.name, day(subject.date_of_birth), subject.pseudonym
            )
        if role == SORT_ROLE:
            # Dates sort as ISO text, names without regard to case.
            values = (
                subject.name.casefold(),
                subject.date_of_birth.isoformat(),
                subject.pseudonym,
                subject.last_examined,
            )
            return values[column]
        return None

    def _display(self, subject: SubjectSummary, column: int) -> str:
        if column == NAME:
            return subject.name
        if column == BORN:
            return day(subject.date_of_birth)
        if column == PSEUDONYM:
            return subject.pseudonym
        if not subject.last_examined:
            return self.tr("nog geen")
        return day(datetime.fromisoformat(subject.last_examined).astimezone().date())


class SubjectsProxy(QSortFilterProxyModel):
    """Sorts on the model's sort role, so dates sort by date and not by their Dutch text."""

    def __init__(self, source: SubjectsModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
