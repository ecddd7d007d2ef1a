"""The Audit workspace: filter the log, and verify its chain with a visible result."""

from __future__ import annotations

from datetime import UTC, datetime, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secure_store.audit import AuditEntry, AuditQuery, AuditVerification

from ..common.errors import show_error
from ..common.style import set_primary
from ..common.worker import Token
from ..shell.workspaces import WorkspaceContext
from .audit_model import AuditModel


def _start_of(date: QDate) -> datetime:
    local = datetime(date.year(), date.month(), date.day(), tzinfo=None)
    return datetime.combine(local.date(), time.min).astimezone(UTC)


RESIZE_SAMPLE_ROWS = 100
RECORD_COLUMN = 4
RECORD_COLUMN_WIDTH = 220


class AuditWorkspace(QWidget):
    """Reading the log is itself logged (``audit.read``), as NEN 7513 asks."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AuditModel()
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("auditUser")
        self.user_combo.setEditable(True)
        self.action_edit = QLineEdit()
        self.action_edit.setObjectName("auditAction")
        self.action_edit.setPlaceholderText(self.tr("bijv. login"))
        self.record_type_edit = QLineEdit()
        self.record_type_edit.setObjectName("auditRecordType")
        self.record_type_edit.setPlaceholderText(self.tr("soort, bijv. user"))
        self.record_id_edit = QLineEdit()
        self.record_id_edit.setObjectName("auditRecordId")
        self.record_id_edit.setPlaceholderText(self.tr("kenmerk"))
        self.date_filter = QCheckBox(self.tr("Periode"))
        self.date_filter.setObjectName("auditDateFilter")
        today = QDate.currentDate()
        self.since_edit = self._date_edit("auditSince", today.addDays(-30))
        self.until_edit = self._date_edit("auditUntil", today)
        self.search_button = QPushButton(self.tr("Zoeken"))
        self.search_button.setObjectName("auditSearch")
        set_primary(self.search_button)
        self.search_button.clicked.connect(self.search)
        self.verify_button = QPushButton(self.tr("Keten controleren"))
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the first rows only: measuring thousands of log lines on every refresh
        # froze the window for 100 ms and more on a vault with some history.
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        # Record ids are long random hex; give the column a fixed width and elide in the middle
        # so the details column stays in view.
        header.setSectionResizeMode(RECORD_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RECORD_COLUMN, RECORD_COLUMN_WIDTH)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self._layout()
        self.date_filter.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)
        self._load_users()
        self.search()

    def _date_edit(self, name: str, date: QDate) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Gebruiker")), 0, 0)
        grid.addWidget(self.user_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Actie")), 0, 2)
        grid.addWidget(self.action_edit, 0, 3)
        grid.addWidget(QLabel(self.tr("Record")), 1, 0)
        record = QHBoxLayout()
        record.addWidget(self.record_type_edit)
        record.addWidget(self.record_id_edit)
        grid.addLayout(record, 1, 1)
        grid.addWidget(self.date_filter, 1, 2)
        dates = QHBoxLayout()
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel(self.tr("t/m")))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        grid.addLayout(dates, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.table, 1)

    def _dates_toggled(self, on: bool) -> None:
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)

    def _load_users(self) -> None:
        users = self.context.session.session.users

        def names(token: Token) -> list[str]:
            del token
            return [u.name for u in users.list()]

        def fill(found: list[str]) -> None:
            current = self.user_combo.currentText()
            self.user_combo.clear()
            self.user_combo.addItem("")
            self.user_combo.addItems(found)
            self.user_combo.setEditText(current)

        self.context.workers.run("audit.users", names, on_result=fill)

    def query(self) -> AuditQuery:
        """The filters as a query (dates: from the start of 'since' to the end of 'until')."""
        since = until = None
        if self.date_filter.isChecked():
            since = _start_of(self.since_edit.date())
            until = _start_of(self.until_edit.date().addDays(1))
        return AuditQuery(
            user=self.user_combo.currentText().strip(),
            action=self.action_edit.text().strip(),
            record_type=self.record_type_edit.text().strip(),
            record_id=self.record_id_edit.text().strip(),
            since=since,
            until=until,
        )

    def search(self) -> None:
        session, query = self.context.session.session, self.query()

        def read(token: Token) -> list[AuditEntry]:
            del token
            return session.read_audit(query)

        self.search_button.setEnabled(False)
        self.context.workers.run("audit.read", read, on_result=self._show, on_error=self._failed)

    def _show(self, entries: list[AuditEntry]) -> None:
        self.search_button.setEnabled(True)
        self.model.set_rows(entries)
        self.count_label.setText(self.tr("{0} regels").format(len(entries)))

    def _failed(self, exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        show_error(self, exc)

    def verify(self) -> None:
        session = self.context.session.session

        def check(token: Token) -> AuditVerification:
            del token
            return session.verify_audit()

        self.verify_button.setEnabled(False)
        self.verify_result.setProperty("state", "")
        self.verify_result.setText(self.tr("Bezig met controleren…"))
        self.context.workers.run(
            "audit.verify", check, on_result=self._verified, on_error=self._failed
        )

    def _verified(self, result: AuditVerification) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            text = self.tr("✔ De auditketen is in orde: alle {0} regels zijn ongewijzigd.").format(
                result.entries
            )
        else:
            text = self.tr(
                "✘ De auditketen is verbroken bij regel {0} ({1}). Regels vanaf daar zijn "
                "gewijzigd, verplaatst of verwijderd. Meld dit bij de privacy officer."
            ).format(result.first_broken, result.problem)
        self.verify_result.setProperty("state", "ok" if result.ok else "broken")
        self.verify_result.setText(text)
        self.verify_result.style().unpolish(self.verify_result)
        self.verify_result.style().polish(self.verify_result)
