"""The left side of the workspace: find a dossier, make one, and pick an examination.

Searching, creating and listing run on the vault pool; the panel only shows results. Searching
is itself audited by the domain (``subject.search``), so the search waits until typing pauses.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forensics.dossiers import DossierService, SubjectSummary
from forensics.records import Examination, Subject

from ..common.errors import show_error
from ..common.style import set_primary
from ..common.worker import Token
from ..shell.workspaces import WorkspaceContext
from .examination_dialog import NewExaminationDialog
from .examinations_model import EXAMINER, PLACE, REQUESTER, ExaminationsModel
from .search import parse_search
from .subject_dialog import NewSubjectDialog
from .subjects_model import LAST_EXAMINED, PSEUDONYM, SubjectsModel, SubjectsProxy

SEARCH_PAUSE_MS = 300


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _stretch(table: QTableView, column: int) -> None:
    """Let ``column`` take the room left and elide, so the panel never scrolls sideways."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class DossierPanel(QWidget):
    """Search, the dossier list, and the examinations of the selected person.

    Signals:
        examination_selected(object): the chosen examination's id, or None.
        subject_shown(object, int): the chosen person's :class:`SubjectSummary` and their
            number of examinations, once these are listed.
    """

    examination_selected = Signal(object)
    subject_shown = Signal(object, int)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierPanel")
        self.context = context
        self.subjects = SubjectsModel()
        self.proxy = SubjectsProxy(self.subjects)
        self.examinations = ExaminationsModel()
        self._subject: SubjectSummary | None = None
        self._want_subject = ""
        self._want_examination = ""
        self._open_examination = ""
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("dossierSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam, pseudoniem of datum"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.new_subject_button = QPushButton(self.tr("Nieuw dossier…"))
        self.new_subject_button.setObjectName("newSubjectButton")
        set_primary(self.new_subject_button)
        self.new_subject_button.clicked.connect(self.new_subject)
        self.subjects_table = _table("subjectsTable")
        self.subjects_table.setModel(self.proxy)
        self.subjects_table.setSortingEnabled(True)
        self.subjects_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.examinations_title = QLabel(self.tr("Onderzoeken"))
        self.examinations_title.setObjectName("subtitle")
        self.examinations_of = QLabel()
        self.examinations_of.setObjectName("hint")
        self.examinations_of.setWordWrap(True)
        self.new_examination_button = QPushButton(self.tr("Nieuw onderzoek…"))
        self.new_examination_button.setObjectName("newExaminationButton")
        self.new_examination_button.clicked.connect(self.new_examination)
        self.examinations_table = _table("examinationsTable")
        self.examinations_table.setModel(self.examinations)
        # Narrow panel: requester and examiner are in the examination's header instead.
        for column in (REQUESTER, EXAMINER):
            self.examinations_table.setColumnHidden(column, True)
        _stretch(self.examinations_table, PLACE)
        # The name is what a physician looks for: it keeps its width, the pseudonym gives way.
        _stretch(self.subjects_table, PSEUDONYM)
        self.subjects_table.setColumnHidden(LAST_EXAMINED, True)
        self._layout()
        self.subjects_table.selectionModel().selectionChanged.connect(self._subject_changed)
        self.examinations_table.selectionModel().selectionChanged.connect(self._examination_changed)
        self._show_subject(None)
        self.search()

    def _layout(self) -> None:
        title = QLabel(self.tr("Dossiers"))
        title.setObjectName("subtitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_subject_button)
        exams = QHBoxLayout()
        exams.addWidget(self.examinations_title)
        exams.addStretch(1)
        exams.addWidget(self.new_examination_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.addLayout(top)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.subjects_table, 3)
        layout.addWidget(self.count_label)
        layout.addSpacing(6)
        layout.addLayout(exams)
        layout.addWidget(self.examinations_of)
        layout.addWidget(self.examinations_table, 2)

    def _service(self) -> DossierService:
        return DossierService(self.context.session.session)

    # -- search --------------------------------------------------------------------------
    def search(self) -> None:
        """Run the search in the field now (typing runs it after a short pause)."""
        self.search_timer.stop()
        service, query = self._service(), parse_search(self.search_edit.text())

        def find(token: Token) -> list[SubjectSummary]:
            del token
            return service.search(query.text, query.on_date)

        self.context.workers.run(
            "forensic.search", find, on_result=self._found, on_error=self._failed
        )

    def _found(self, rows: list[SubjectSummary]) -> None:
        keep = self._want_subject or (self._subject.id if self._subject else "")
        self.subjects.set_rows(rows)
        self.count_label.setText(self.tr("{0} dossiers").format(len(rows)))
        if keep:
            self.select_subject(keep)

    def select_subject(self, subject_id: str) -> bool:
        """Select ``subject_id`` in the list; False when the current search does not show it."""
        row = self.subjects.row_of(subject_id)
        if row < 0:
            return False
        self._want_subject = ""
        index = self.proxy.mapFromSource(self.subjects.index(row, 0))
        self.subjects_table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.subjects_table.scrollTo(index)
        return True

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    # -- the selected person and their examinations -------------------------------------
    def _subject_changed(self) -> None:
        rows = self.subjects_table.selectionModel().selectedRows()
        if not rows:
            return  # a new search result; the open examination stays open
        subject = self.subjects.row_at(self.proxy.mapToSource(rows[0]).row())
        if self._subject is not None and subject.id == self._subject.id:
            return
        self._show_subject(subject)

    def _show_subject(self, subject: SubjectSummary | None) -> None:
        self._subject = subject
        self.new_examination_button.setEnabled(subject is not None)
        self.examinations.set_rows([])
        if subject is None:
            self.examinations_of.setText(self.tr("Kies een dossier."))
            return
        self.examinations_of.setText(
            self.tr("van {0} ({1})").format(subject.name, subject.pseudonym)
        )
        self._open_examination = ""
        self.examination_selected.emit(None)
        self.load_examinations()

    def load_examinations(self) -> None:
        """(Re)load the examinations of the selected person."""
        if self._subject is None:
            return
        service, subject_id = self._service(), self._subject.id

        def load(token: Token) -> tuple[str, list[Examination]]:
            del token
            return subject_id, service.examinations_of(subject_id)

        self.context.workers.run(
            "forensic.examinations", load, on_result=self._examinations_loaded,
            on_error=self._failed,
        )  # fmt: skip

    def _examinations_loaded(self, result: tuple[str, list[Examination]]) -> None:
        subject_id, rows = result
        if self._subject is None or subject_id != self._subject.id:
            return  # the user chose someone else meanwhile
        self.examinations.set_rows(rows)
        self.subject_shown.emit(self._subject, len(rows))
        # A new examination opens; a reload keeps the open one highlighted.
        keep = self._want_examination or self._open_examination
        if keep:
            self.select_examination(keep)

    def select_examination(self, examination_id: str) -> bool:
        """Select (and so open) ``examination_id`` of the shown person."""
        row = self.examinations.row_of(examination_id)
        if row < 0:
            return False
        self._want_examination = ""
        self.examinations_table.selectRow(row)
        return True

    def _examination_changed(self) -> None:
        rows = self.examinations_table.selectionModel().selectedRows()
        if rows:
            self._open_examination = self.examinations.row_at(rows[0].row()).id
            self.examination_selected.emit(self._open_examination)

    def examination_saved(self, exam: Examination) -> None:
        """Show a saved change of date, place or requester in the list."""
        self.examinations.replace_examination(exam)

    # -- new dossier, new examination ----------------------------------------------------
    def new_subject(self) -> NewSubjectDialog:
        dialog = NewSubjectDialog(self.context.clock.now().astimezone().date(), self)
        dialog.accepted.connect(lambda: self._create_subject(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _create_subject(self, dialog: NewSubjectDialog) -> None:
        service, value = self._service(), dialog.value()

        def create(token: Token) -> Subject:
            del token
            return service.create_subject(
                value.name, value.date_of_birth, value.sex, bsn=value.bsn,
                pseudonym=value.pseudonym,
            )  # fmt: skip

        self.context.workers.run(
            "forensic.subject.create", create, on_result=self._subject_created,
            on_error=self._failed,
        )  # fmt: skip

    def _subject_created(self, subject: Subject) -> None:
        self.reveal(subject.id)

    def reveal(self, subject_id: str) -> None:
        """List and select ``subject_id`` (new or just received), whatever the search was."""
        self._want_subject = subject_id
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.search()

    def new_examination(self) -> NewExaminationDialog | None:
        if self._subject is None:
            return None
        dialog = NewExaminationDialog(
            self._subject.name, self._subject.date_of_birth, self.context.clock.now(), self
        )
        dialog.accepted.connect(lambda: self._create_examination(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _create_examination(self, dialog: NewExaminationDialog) -> None:
        if self._subject is None:
            return
        service, value, subject_id = self._service(), dialog.value(), self._subject.id

        def create(token: Token) -> Examination:
            del token
            return service.create_examination(
                subject_id, value.examined_at, place=value.place, requester=value.requester,
                requester_detail=value.requester_detail,
            )  # fmt: skip

        def created(exam: Examination) -> None:
            self._want_examination = exam.id
            self.load_examinations()
            self.search()  # the "last examination" column

        self.context.workers.run(
            "forensic.examination.create", create, on_result=created, on_error=self._failed
        )
