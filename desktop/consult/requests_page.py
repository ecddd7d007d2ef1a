"""Second opinions → Verzoeken: outgoing requests with their status, overdue in red, and answers."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from forensics.consult_records import RequestStatus
from forensics.consult_requests import RequestService, RequestSummary
from forensics.dossiers import DossierService
from secure_store.session import Session

from ..common.errors import error_shower
from ..common.style import set_primary
from ..common.table_view import prepare_table
from ..common.when import local_moment as local
from ..common.worker import Task
from ..shell.workspaces import WorkspaceContext
from .models import RequestsModel, label
from .request_wizard import RequestWizard


@dataclass(frozen=True)
class ExaminationChoice:
    """One examination to start a request from."""

    examination_id: str
    text: str


def examinations(session: Session) -> list[ExaminationChoice]:
    """Every examination the user may see, newest first, as 'name (pseudonym), date'."""
    dossiers = DossierService(session)
    found = []
    for subject in dossiers.search():
        for exam in dossiers.examinations_of(subject.id):
            when = exam.examined_at.astimezone().strftime("%d-%m-%Y")
            found.append(
                (
                    exam.examined_at,
                    ExaminationChoice(exam.id, f"{subject.name} ({subject.pseudonym}), {when}"),
                )
            )
    return [choice for _, choice in sorted(found, key=lambda pair: pair[0], reverse=True)]


class ExaminationPicker(QDialog):
    """Choose the examination a new request is about."""

    def __init__(self, choices: list[ExaminationChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examinationPicker")
        self.setWindowTitle(self.tr("Onderzoek kiezen"))
        self.list = QListWidget()
        self.list.setObjectName("examinationList")
        for choice in choices:
            item = QListWidgetItem(choice.text)
            item.setData(Qt.ItemDataRole.UserRole, choice.examination_id)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("examinationOk")
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda row: self.ok_button.setEnabled(row >= 0))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


class RequestsPage(QWidget):
    """The list of requests and, for the selected one, where it stands or what the answer is."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self.context = context
        self.model = RequestsModel()
        self.table = QTableView()
        self.table.setObjectName("requestsTable")
        self.table.setModel(self.model)
        prepare_table(self.table)
        self.detail = QTextBrowser()
        self.detail.setObjectName("requestDetail")
        self.new_button = QPushButton(self.tr("Nieuw verzoek…"))
        self.new_button.setObjectName("newRequestButton")
        set_primary(self.new_button)
        self.new_button.clicked.connect(self.pick_examination)
        self.open_button = QPushButton(self.tr("Concept verder bewerken…"))
        self.open_button.setObjectName("openConceptButton")
        self.open_button.clicked.connect(self.open_concept)
        self.wizard: RequestWizard | None = None
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 2)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()
        self.reload()

    @property
    def session(self) -> Session:
        return self.context.session.session

    def reload(self) -> Task:
        session = self.session
        return self.context.workers.run(
            "consult.requests", lambda token: RequestService(session).summaries(),
            on_result=self.model.set_rows, on_error=error_shower(self),
        )  # fmt: skip

    def selected(self) -> RequestSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        summary = self.selected()
        self.open_button.setEnabled(summary is not None and summary.status is RequestStatus.CONCEPT)
        self.detail.setHtml(self._detail(summary) if summary is not None else "")

    def _detail(self, summary: RequestSummary) -> str:
        e, request = html.escape, summary.request
        question = self.tr("Vraag")
        parts = [
            f"<p><b>{e(summary.subject_name)}</b> ({e(summary.pseudonym)}) — {e(label(summary.status))}</p>",
            f"<p><b>{question}</b><br>{e(request.question)}</p>",
        ]
        if request.sent_at is not None and summary.due is not None and not request.answers:
            sent, due = (
                request.sent_at.astimezone().strftime("%d-%m-%Y"),
                summary.due.strftime("%d-%m-%Y"),
            )
            text = self.tr("Verzonden op {0} aan {1}; antwoord verwacht uiterlijk {2}.").format(
                sent, request.recipient_label, due
            )
            if summary.status is RequestStatus.OVERDUE:
                text += " " + self.tr("Het antwoord is te laat: neem contact op met de consulent.")
            parts.append(f"<p>{e(text)}</p>")
        for answer in request.answers:
            heading = self.tr("Antwoord van {0}").format(e(answer.consultant_name))
            received = self.tr("ontvangen {0}, vingerafdruk {1}").format(
                e(local(answer.received_at)), e(answer.consultant_fingerprint)
            )
            conclusion, reasoning = self.tr("Conclusie"), self.tr("Onderbouwing")
            limitations = self.tr("Beperkingen")
            parts.append(
                f"<hr><p><b>{heading}</b> ({e(answer.consultant_organisation)})<br>"
                f"<small>{received}</small></p>"
                f"<p><b>{conclusion}:</b> {e(label(answer.conclusion))}</p>"
                f"<p><b>{reasoning}</b><br>{e(answer.reasoning)}</p>"
                f"<p><b>{limitations}</b><br>{e(answer.limitations) or '—'}</p>"
            )
        return "".join(parts)

    # -- starting and continuing requests -----------------------------------------------
    def pick_examination(self) -> Task:
        session = self.session
        return self.context.workers.run(
            "consult.examinations", lambda token: examinations(session),
            on_result=self._show_picker, on_error=error_shower(self),
        )  # fmt: skip

    def _show_picker(self, choices: list[ExaminationChoice]) -> None:
        picker = ExaminationPicker(choices, self)
        picker.accepted.connect(lambda: self.start_wizard(picker.chosen()))
        picker.open()

    def start_wizard(self, examination_id: str, request_id: str | None = None) -> RequestWizard:
        wizard = RequestWizard(self.context, examination_id, self, request_id=request_id)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _: self.reload())
        self.wizard = wizard
        wizard.open()
        return wizard

    def open_concept(self) -> RequestWizard | None:
        summary = self.selected()
        if summary is None or summary.status is not RequestStatus.CONCEPT:
            return None
        return self.start_wizard(summary.request.examination_id, summary.request.id)
