"""The "Onderzoek" tab: the examination's text, autosaved, read-only once sealed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forensics.dossiers import DossierService
from forensics.records import Addendum, Examination, Subject
from forensics.transfer import Transfer, TransferService

from ..common.errors import show_error
from ..common.message_label import MessageLabel
from ..common.style import ALARM, HEADER, LINE, MUTED, OK
from ..common.when import local_moment
from ..common.worker import Token
from ..shell.workspaces import WorkspaceContext
from .addenda import AddendaPanel, AddendumDialog
from .autosave import AutoSaver, SaveState
from .examination_form import ExaminationForm
from .labels import moment

CONTENT_WIDTH = 860
EDITOR_STYLE = f"""
QWidget#editorContent, QWidget#editorHolder {{ background: white; }}
QGroupBox {{
    background: white; border: 1px solid {LINE}; border-radius: 6px;
    margin-top: 20px; padding: 6px 10px 6px 10px; font-weight: bold;
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left; left: 2px; padding: 0 2px;
    color: {HEADER};
}}
QGroupBox QLabel, QGroupBox QCheckBox {{ font-weight: normal; }}
QGroupBox QLineEdit, QGroupBox QPlainTextEdit, QGroupBox QComboBox, QGroupBox QDateTimeEdit {{
    font-weight: normal;
}}
QLabel#saveState {{ color: {MUTED}; padding: 2px 0px; }}
QLabel#saveState[state="saved"] {{ color: {OK}; }}
QLabel#saveState[state="failed"], QLabel#saveState[state="waiting"] {{ color: {ALARM}; }}
QLabel#sealedNotice {{
    background: #eef2f6; border: 1px solid {LINE}; border-radius: 4px; padding: 8px;
}}
"""


@dataclass(frozen=True)
class _Loaded:
    exam: Examination
    subject: Subject
    addenda: list[Addendum]
    received: Transfer | None = None
    """The transfer it came in with, when someone of another vault examined."""


class ExaminationEditor(QWidget):
    """Shows one examination; every edit goes through the :class:`AutoSaver`.

    Signals:
        saved(object): the :class:`Examination` after each save.
    """

    saved = Signal(object)

    def __init__(
        self,
        context: WorkspaceContext,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        del undo_stack  # text fields keep their own undo; the stack is for the body map
        self.setObjectName("examinationEditor")
        self.setStyleSheet(EDITOR_STYLE)
        self.context = context
        self.exam: Examination | None = None
        self._wanted: str | None = None
        self._saved_at: datetime | None = None
        self.autosaver = AutoSaver(context.session, context.workers, parent=self)
        self.form = ExaminationForm()
        self.addenda = AddendaPanel()
        self.sealed_label = MessageLabel("sealedNotice")
        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self._layout()
        self.form.edited.connect(self.autosaver.change)
        self.autosaver.state_changed.connect(self._show_state)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(lambda exc: show_error(self, exc))
        self.addenda.add_requested.connect(self.add_addendum)
        self._show_state(SaveState.IDLE)
        self.set_examination(None)

    def _layout(self) -> None:
        content = QWidget()
        content.setObjectName("editorContent")
        content.setMaximumWidth(CONTENT_WIDTH)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(16, 12, 16, 16)
        inner.addWidget(self.addenda)
        inner.addWidget(self.form)
        holder = QWidget()
        holder.setObjectName("editorHolder")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(content, 10)
        row.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("editorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        status_bar = QWidget()
        status_bar.setMaximumWidth(CONTENT_WIDTH)
        status = QHBoxLayout(status_bar)
        status.setContentsMargins(16, 8, 16, 0)
        status.addWidget(self.sealed_label, 1)
        status.addStretch(0)
        status.addWidget(
            self.save_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(status_bar, 10)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    # -- which examination ----------------------------------------------------------------
    def set_examination(self, examination_id: str | None) -> None:
        """Show ``examination_id`` (None: nothing); pending edits of the previous one are saved."""
        self.autosaver.set_examination(None)
        self._wanted = examination_id
        self.exam = None
        self.form.setEnabled(False)
        self.addenda.hide()
        self.sealed_label.setText("")
        if examination_id is None:
            return
        service = DossierService(self.context.session.session)

        def load(token: Token) -> _Loaded:
            del token
            exam = service.examination(examination_id)
            subject = service.subject(exam.subject_id)
            addenda = service.addenda(examination_id) if exam.is_sealed else []
            return _Loaded(exam, subject, addenda, _received_with(service, exam))

        self.context.workers.run(
            "forensic.examination.load", load, on_result=self._loaded,
            on_error=self._show_error,
        )  # fmt: skip

    def _loaded(self, loaded: _Loaded) -> None:
        if loaded.exam.id != self._wanted:
            return  # another examination was chosen while this one loaded
        self.exam = loaded.exam
        self.form.fill(loaded.exam, loaded.subject.date_of_birth)
        sealed = loaded.exam.is_sealed
        self.form.set_read_only(sealed)
        self.form.setEnabled(True)
        if sealed:
            self._show_sealed(loaded)
        else:
            self.autosaver.set_examination(loaded.exam.id)

    def _show_sealed(self, loaded: _Loaded) -> None:
        exam = loaded.exam
        assert exam.sealed_at is not None
        if loaded.received is not None:
            self.sealed_label.setText(
                self.tr(
                    "Ontvangen bij de overdracht van {0} op {1}: het onderzoek van {2} blijft "
                    "zoals het is ontvangen. Leg eigen bevindingen vast in een nieuw onderzoek."
                ).format(
                    loaded.received.counterpart, local_moment(loaded.received.at), exam.examiner
                )
            )
            self.addenda.show_addenda(loaded.addenda, False)
            self.addenda.show()
            return
        self.sealed_label.setText(
            self.tr(
                "Afgesloten op {0} door {1}. Het onderzoek is alleen te lezen; een correctie of "
                "aanvulling wordt een addendum."
            ).format(moment(exam.sealed_at), exam.sealed_by or exam.examiner)
        )
        may_add = exam.examiner == self.context.session.user
        self.addenda.show_addenda(loaded.addenda, may_add)
        self.addenda.show()

    # -- saving ---------------------------------------------------------------------------
    def _saved(self, exam: Examination) -> None:
        if self.exam is not None and exam.id == self.exam.id:
            self.exam = exam
        self._saved_at = self.context.clock.now()
        self._show_state(self.autosaver.state)
        self.saved.emit(exam)

    def _show_state(self, state: SaveState) -> None:
        texts = {
            SaveState.IDLE: self.tr("Wijzigingen worden vanzelf opgeslagen"),
            SaveState.PENDING: self.tr("Wijzigingen…"),
            SaveState.SAVING: self.tr("Opslaan…"),
            SaveState.SAVED: self.tr("✔ Opgeslagen"),
            SaveState.WAITING: self.tr(
                "Kluis vergrendeld: wordt opgeslagen zodra u weer ontgrendelt"
            ),
            SaveState.FAILED: self.tr("✘ Niet opgeslagen"),
        }
        text = texts[state]
        if state is SaveState.SAVED and self._saved_at is not None:
            text = self.tr("✔ Opgeslagen om {0}").format(
                self._saved_at.astimezone().strftime("%H:%M")
            )
        self.save_label.setText(text)
        self.save_label.setProperty("state", state.value)
        self.save_label.style().unpolish(self.save_label)
        self.save_label.style().polish(self.save_label)

    # -- addenda --------------------------------------------------------------------------
    def add_addendum(self) -> AddendumDialog | None:
        if self.exam is None:
            return None
        dialog = AddendumDialog(self)
        exam_id = self.exam.id
        dialog.accepted.connect(lambda: self._write_addendum(exam_id, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _write_addendum(self, examination_id: str, text: str) -> None:
        service = DossierService(self.context.session.session)

        def write(token: Token) -> list[Addendum]:
            del token
            service.add_addendum(examination_id, text)
            return service.addenda(examination_id)

        def written(rows: list[Addendum]) -> None:
            if self.exam is not None and self.exam.id == examination_id:
                self.addenda.show_addenda(rows, self.exam.examiner == self.context.session.user)

        self.context.workers.run(
            "forensic.addendum", write, on_result=written,
            on_error=self._show_error,
        )  # fmt: skip

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, exc)


def _received_with(service: DossierService, exam: Examination) -> Transfer | None:
    """The inbound transfer of ``exam``: examined by no user of this vault, and transferred in."""
    session = service.session
    if not exam.is_sealed or exam.examiner in {u.name for u in session.users.list()}:
        return None
    inbound = [t for t in TransferService(session).transfers(exam.subject_id) if t.direction == "in"]
    return inbound[0] if inbound else None
