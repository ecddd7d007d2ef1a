"""The dossier list: one row per examined person, sortable by every column."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from forensics.dossiers import SubjectSummary

from .labels import day

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

NAME, BORN, PSEUDONYM, LAST_EXAMINED = range(4)


class SubjectsModel(QAbstractTableModel):
    """Rows are :class:`SubjectSummary` values as the search returned them."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SubjectSummary] = []
        self._headers = [
            self.tr("Naam"),
            self.tr("Geboren"),
            self.tr("Pseudoniem"),
            self.tr("Onderzocht"),
        ]

    def set_subjects(self, rows: list[SubjectSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def subject_at(self, row: int) -> SubjectSummary:
        return self._rows[row]

    def row_of(self, subject_id: str) -> int:
        """The row of ``subject_id``, or -1 when the current search does not list it."""
        return next((i for i, s in enumerate(self._rows) if s.id == subject_id), -1)

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
        subject = self._rows[index.row()]
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
