"""The second-opinion request wizard: select, de-identify, address, preview, seal, save.

:func:`open_request_wizard` is what the forensic workspace's "Exporteren → Second opinion
aanvragen…" calls. The request is saved as a concept when the preview is made; the preview and
the seal come from the same plan, so what was shown is exactly what leaves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from forensics.consult_plan import RequestPlan
from forensics.consult_requests import RequestService
from secure_store.package import SealedPackage
from secure_store.session import Session

from ..common.errors import error_shower, error_text
from ..common.package_dialog import save_package_dialog
from ..common.progress import run_with_progress
from ..common.worker import Task, Token
from ..shell.workspaces import WorkspaceContext
from .request_data import WizardData, load_wizard_data
from .request_pages import (
    DeidentificationPage,
    PreviewPage,
    RecipientsPage,
    SealPage,
    SelectionPage,
)


class RequestWizard(QWizard):
    """Composes and seals one request on one examination.

    Signals:
        sealed_package(object): the :class:`SealedPackage` once it was written.
    """

    sealed_package = Signal(object)

    def __init__(
        self,
        context: WorkspaceContext,
        examination_id: str,
        parent: QWidget | None = None,
        *,
        request_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requestWizard")
        self.setWindowTitle(self.tr("Second opinion aanvragen"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.context = context
        self.examination_id = examination_id
        self.request_id = request_id
        self.data: WizardData | None = None
        self.sealed: SealedPackage | None = None
        self.selection_page = SelectionPage()
        self.deid_page = DeidentificationPage()
        self.recipients_page = RecipientsPage()
        self.preview_page = PreviewPage()
        self.seal_page = SealPage()
        for page in (
            self.selection_page,
            self.deid_page,
            self.recipients_page,
            self.preview_page,
            self.seal_page,
        ):
            self.addPage(page)
        for button, text in (
            (QWizard.WizardButton.NextButton, self.tr("Volgende >")),
            (QWizard.WizardButton.BackButton, self.tr("< Vorige")),
            (QWizard.WizardButton.CancelButton, self.tr("Annuleren")),
            (QWizard.WizardButton.FinishButton, self.tr("Sluiten")),
        ):
            self.setButtonText(button, text)
        self.resize(1040, 700)
        self.load()

    @property
    def session(self) -> Session:
        return self.context.session.session

    def load(self) -> Task:
        session, exam_id, request_id = self.session, self.examination_id, self.request_id
        return self.context.workers.run(
            "consult.wizard.load", lambda token: load_wizard_data(session, exam_id, request_id),
            on_result=self._loaded, on_error=error_shower(self),
        )  # fmt: skip

    def _loaded(self, data: WizardData) -> None:
        self.data = data
        for page in (self.selection_page, self.deid_page, self.recipients_page):
            page.fill(data)

    def changes(self) -> dict[str, object]:
        """The request as the pages now say it should be."""
        return {
            "question": self.selection_page.question.toPlainText().strip(),
            "clinical_context": self.selection_page.context_edit.toPlainText().strip(),
            "selection": self.selection_page.selection(),
            "deidentification": self.deid_page.deidentification(),
            "recipients": self.recipients_page.recipients(),
        }

    def save_and_preview(self) -> Task:
        """Store the concept (creating it the first time) and compute its plan."""
        session, exam_id, changes = self.session, self.examination_id, self.changes()
        known = self.request_id

        def operation(token: Token) -> tuple[str, RequestPlan]:
            del token
            service = RequestService(session)
            request_id = known or service.create(exam_id).id
            service.update(request_id, **changes)
            return request_id, service.preview(request_id)

        def done(result: tuple[str, RequestPlan]) -> None:
            self.request_id = result[0]
            self.preview_page.show_plan(result[1])

        return self.context.workers.run(
            "consult.wizard.preview", operation, on_result=done,
            on_error=error_shower(self),
        )  # fmt: skip

    def choose_destination(self) -> QFileDialog:
        stem = f"second-opinion-{self.data.subject.pseudonym}" if self.data is not None else ""
        return save_package_dialog(
            self, self.tr("Verzegeld pakket opslaan als"), "sealFileDialog", stem, self.seal_to
        )

    def seal_to(self, dest: Path) -> Task:
        """Seal the concept to ``dest`` with a progress dialog that can cancel."""
        session, request_id = self.session, self.request_id
        assert request_id is not None  # the preview page saved it before this page

        def operation(token: Token) -> SealedPackage:
            return RequestService(session).seal(
                request_id, dest, progress=token.progress, cancelled=token.cancelled
            )

        self.seal_page.seal_button.setEnabled(False)
        task, _ = run_with_progress(
            self, self.context.workers, self.tr("Het pakket wordt verzegeld…"), operation,
            on_result=self._sealed, on_error=self._seal_failed,
        )  # fmt: skip
        return task

    def _sealed(self, sealed: SealedPackage) -> None:
        self.sealed = sealed
        self.seal_page.result.setText(
            self.tr(
                "✔ Verzegeld en opgeslagen: {0}\n{1} bestanden, {2} kB. Controlegetal (SHA-256): "
                "{3}\nHet verzoek staat nu op ‘verzonden’."
            ).format(
                sealed.receipt.path, len(sealed.info.manifest), round(sealed.receipt.size / 1024),
                sealed.receipt.sha256,
            )
        )  # fmt: skip
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.seal_page.completeChanged.emit()
        self.sealed_package.emit(sealed)

    def _seal_failed(self, exc: BaseException) -> None:
        self.seal_page.seal_button.setEnabled(True)
        self.seal_page.result.setText(error_text(exc))


def open_request_wizard(context: WorkspaceContext, examination_id: str, parent: QWidget) -> None:
    """Open the request wizard for ``examination_id`` over ``parent`` (window-modal)."""
    wizard = RequestWizard(context, examination_id, parent)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
