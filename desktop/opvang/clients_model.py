"""The clients of all households as a table: one row per client, grouped by household."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from opvang.handle_with_care import SignalStatus
from opvang.records import Client, Household, Phase

from ..common import style
from ..common.row_models import Index, RowsTableModel
from .client_data import Overview
from .tasks import dutch_date

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
HOUSEHOLD_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ClientRow:
    """One line: the client, the household, and how many things are late."""

    client: Client
    household: Household
    age: int
    late: int
    due: int


class ClientsModel(RowsTableModel[ClientRow]):
    """Rows are clients; columns name, who, household, attention."""

    def __init__(self) -> None:
        super().__init__([
            self.tr("Naam"), self.tr("Cliënt"), self.tr("Huishouden"), self.tr("Verblijf"),
            self.tr("Aandacht"),
        ])  # fmt: skip

    def set_overview(self, overview: Overview, today: date) -> None:
        """Fill from an overview; ages as on ``today``."""
        late: dict[str, int] = {}
        due: dict[str, int] = {}
        for d in overview.due:
            target = late if d.overdue else due
            target[d.client_id] = target.get(d.client_id, 0) + 1
        for s in overview.open_signals:
            if s.status is SignalStatus.OVERDUE:
                late[s.client_id] = late.get(s.client_id, 0) + 1
        rows = []
        households = sorted(
            overview.households,
            key=lambda h: (h.intake.phase is Phase.UITSTROOM, -h.intake.intake_at.timestamp()),
        )
        for household in households:
            for client in household.clients:
                rows.append(
                    ClientRow(
                        client, household, client.age_on(today), late.get(client.id, 0),
                        due.get(client.id, 0),
                    )
                )  # fmt: skip
        self.set_rows(rows)

    def row_of(self, client_id: str) -> int:
        """The row of a client, or -1."""
        return self.row_where(lambda r: r.client.id == client_id)

    def _text(self, row: ClientRow, column: int) -> str:
        c = row.client
        if column == 0:
            return f"    {c.name}" if c.is_child else c.name
        if column == 1:
            who = self.tr("kind") if c.is_child else self.tr("volwassene")
            return self.tr("{0}, {1} jaar").format(who, row.age)
        if column == 2:
            return row.household.reference
        if column == 3:
            intake = row.household.intake
            if intake.ended_on is not None:
                return self.tr("vertrokken op {0}").format(dutch_date(intake.ended_on))
            since = dutch_date(intake.intake_at.astimezone().date())
            return self.tr("{0} sinds {1}").format(intake.kind.label, since)
        if row.late:
            return self.tr("{0} te laat").format(row.late)
        return self.tr("{0} te doen").format(row.due) if row.due else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == CLIENT_ID_ROLE:
            return row.client.id
        if role == HOUSEHOLD_ROLE:
            return row.household
        if role == SEARCH_ROLE:
            return f"{row.client.name} {row.client.pseudonym} {row.household.reference}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and row.late:
            return QColor(style.ALARM)
        if role == Qt.ItemDataRole.ForegroundRole and row.household.intake.phase is Phase.UITSTROOM:
            return QColor(style.MUTED)
        if role == Qt.ItemDataRole.FontRole and index.column() == 4 and row.late:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ClientsFilter(QSortFilterProxyModel):
    """Filters on name, pseudonym or household reference."""

    def __init__(self) -> None:
        super().__init__()
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)
