"""Hulpvraag en plan: the client's own request for help and the goals of the own plan."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opvang.clients import ClientService
from opvang.records import Goal, GoalStatus
from secure_store.session import Session

from ..common.row_models import Index, RowsTableModel
from ..common.table_view import prepare_table
from .client_data import ClientBundle
from .date_field import DateField
from .tasks import dutch_date

if TYPE_CHECKING:
    from .client_page import ClientPage


class GoalsModel(RowsTableModel[Goal]):
    """Rows are goals: text, status, target date."""

    def __init__(self) -> None:
        super().__init__([self.tr("Doel"), self.tr("Status"), self.tr("Streefdatum")])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        goal = self.row_at(index.row())
        return (goal.text, goal.status.label, dutch_date(goal.target_on))[index.column()]


class PlanTab(QWidget):
    """The hulpvraag (editable) and the goals."""

    def __init__(self, page: ClientPage) -> None:
        super().__init__()
        self.setObjectName("planTab")
        self.page = page
        self.hulpvraag = QPlainTextEdit()
        self.hulpvraag.setObjectName("planHulpvraag")
        self.hulpvraag.setFixedHeight(90)
        self.save_hulpvraag = QPushButton(self.tr("Hulpvraag opslaan"))
        self.save_hulpvraag.setObjectName("planSaveHulpvraag")
        self.save_hulpvraag.clicked.connect(self._save_hulpvraag)
        self.model = GoalsModel()
        self.table = QTableView()
        self.table.setObjectName("planGoals")
        self.table.setModel(self.model)
        prepare_table(self.table, stretch=0)
        self.new_goal = QLineEdit()
        self.new_goal.setObjectName("planNewGoal")
        self.new_goal.setPlaceholderText(self.tr("Nieuw doel, in de woorden van de cliënt"))
        self.new_target = DateField("planNewTarget")
        self.add_button = QPushButton(self.tr("Doel toevoegen"))
        self.add_button.setObjectName("planAddGoal")
        self.add_button.clicked.connect(self._add_goal)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("planGoalStatus")
        for status in GoalStatus:
            self.status_combo.addItem(status.label, status)
        self.status_button = QPushButton(self.tr("Status wijzigen"))
        self.status_button.setObjectName("planSetStatus")
        self.status_button.clicked.connect(self._set_status)
        request = QGroupBox(self.tr("Eigen hulpvraag"))
        request_layout = QVBoxLayout(request)
        request_layout.addWidget(self.hulpvraag)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_hulpvraag)
        request_layout.addLayout(row)
        goals = QGroupBox(self.tr("Eigen plan: doelen"))
        goals_layout = QVBoxLayout(goals)
        goals_layout.addWidget(self.table, 1)
        add = QHBoxLayout()
        add.addWidget(self.new_goal, 1)
        add.addWidget(self.new_target)
        add.addWidget(self.add_button)
        goals_layout.addLayout(add)
        status_row = QHBoxLayout()
        status_row.addStretch(1)
        status_row.addWidget(self.status_combo)
        status_row.addWidget(self.status_button)
        goals_layout.addLayout(status_row)
        layout = QVBoxLayout(self)
        layout.addWidget(request)
        layout.addWidget(goals, 1)

    def show_bundle(self, bundle: ClientBundle) -> None:
        self.hulpvraag.setPlainText(bundle.client.hulpvraag)
        self.model.set_rows(bundle.goals)
        self.new_goal.clear()
        self.new_target.clear()

    def _save_hulpvraag(self) -> None:
        client_id, text = self.page.client_id, self.hulpvraag.toPlainText().strip()
        self.page.change(
            "opvang.plan.hulpvraag",
            lambda s: ClientService(s).update(client_id, hulpvraag=text),
        )

    def _add_goal(self) -> None:
        client_id, text, target = self.page.client_id, self.new_goal.text(), self.new_target.value()

        def add(session: Session) -> None:
            ClientService(session).add_goal(client_id, text, target)

        self.page.change("opvang.plan.goal", add)

    def _set_status(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        goal = self.model.row_at(rows[0].row())
        status = self.status_combo.currentData()
        changed = dataclasses.replace(goal, status=status)
        self.page.change("opvang.plan.goal", lambda s: ClientService(s).set_goal(changed))
