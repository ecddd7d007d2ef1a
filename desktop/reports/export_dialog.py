"""Exporteren: preview a report page by page, choose the certificate, sign and save.

Building the report (reading the dossier, rendering photos at print resolution) and signing run
on the vault worker with progress; the pages are rasterised there too, so the dialog never
blocks. Cancelling leaves no file. The forensic workspace's "Exporteren" menu and the opvang
screens (household, screenings, meldcode) call :func:`open_report_export` with the id of the
record the kind is about: an examination, a household, a client or a concern.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secure_store.certificates import CertificateInfo, CertificateStore
from secure_store.document import format_moment
from secure_store.export import ExportReceipt
from secure_store.report_export import ReportJob, export_report, preview
from secure_store.session import Session

from ..common.progress import run_with_progress
from ..common.style import set_primary
from ..common.worker import Task, Token
from ..opvang.tasks import opvang_error_text  # a VaultError's message, or an opvang rule's
from ..shell.workspaces import WorkspaceContext
from .detail_forms import DETAIL_FORMS, DetailsForm, DetailsIncomplete
from .kinds import REPORT_KINDS, ReportOptions
from .preview import PreviewPane, render_pages


@dataclass(frozen=True)
class _Built:
    """A built report and what it was built from, so signing can reuse it unchanged."""

    key: tuple[Any, ...]
    session: Session
    job: ReportJob
    pages: list[QImage]


class ReportExportDialog(QDialog):
    """Preview, certificate, pseudonym, details; then sign and save.

    Signals:
        exported(object): the ExportReceipt of a signed, written report.
    """

    exported = Signal(object)

    def __init__(
        self,
        context: WorkspaceContext,
        kind: str,
        record_id: str,
        parent: QWidget | None = None,
        *,
        file_stem: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportExportDialog")
        self.context = context
        self.kind = REPORT_KINDS[kind]
        self.record_id = record_id
        self.file_stem = file_stem or f"{self.kind.code}-{record_id[:8]}"
        self._built: _Built | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Exporteren: {0}").format(self.kind.title))
        self.certificate_combo = QComboBox()
        self.certificate_combo.setObjectName("certificateCombo")
        self.certificate_combo.setMinimumWidth(320)
        self.issue_button = QPushButton(self.tr("Zelf-ondertekend certificaat uitgeven"))
        self.issue_button.setObjectName("issueCertificateButton")
        self.issue_button.clicked.connect(self.issue_certificate)
        self.manage_button = QPushButton(self.tr("Certificaten beheren…"))
        self.manage_button.setObjectName("manageCertificatesButton")
        self.manage_button.clicked.connect(self._manage)
        self.pseudonymous_check = QCheckBox(
            self.tr("Pseudoniem in plaats van naam en geboortedatum")
        )
        self.pseudonymous_check.setObjectName("pseudonymousCheck")
        self.pseudonymous_check.setVisible(self.kind.pseudonymous_allowed)
        self.details_form: DetailsForm | None = (
            DETAIL_FORMS[kind]() if kind in DETAIL_FORMS else None
        )
        self.refresh_button = QPushButton(self.tr("Voorbeeld vernieuwen"))
        self.refresh_button.setObjectName("refreshPreviewButton")
        self.refresh_button.clicked.connect(self.refresh_preview)
        self.sign_button = QPushButton(self.tr("Ondertekenen en opslaan…"))
        self.sign_button.setObjectName("signButton")
        set_primary(self.sign_button)
        self.sign_button.clicked.connect(self._choose_file)
        close = QPushButton(self.tr("Sluiten"))
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        self.progress = QProgressBar()
        self.progress.setObjectName("previewProgress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PreviewPane()
        self.preview.setMinimumWidth(560)
        self._layout(close)
        self.pseudonymous_check.toggled.connect(self._options_changed)
        self.certificate_combo.currentIndexChanged.connect(self._options_changed)
        if self.details_form is not None:
            self.details_form.changed.connect(self._options_changed)
        self.resize(1120, 780)

    def _layout(self, close: QPushButton) -> None:
        hint = QLabel(self.tr(
            "Controleer het rapport pagina voor pagina. Met ondertekenen zet u uw digitale "
            "handtekening (PAdES) met het gekozen certificaat; het bestand wordt daarna "
            "niet meer gewijzigd."
        ))  # fmt: skip
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        if self.kind.code == "forensisch":
            hint.setText(
                hint.text()
                + " "
                + self.tr(
                    "Ondertekenen verzegelt het onderzoek; daarna kan alleen nog een addendum worden toegevoegd."
                )
            )
        form = QFormLayout()
        form.addRow(self.tr("Certificaat"), self.certificate_combo)
        form.addRow("", self.issue_button)
        form.addRow("", self.manage_button)
        if self.kind.pseudonymous_allowed:
            form.addRow("", self.pseudonymous_check)
        side = QVBoxLayout()
        title = QLabel(self.kind.title)
        title.setObjectName("subtitle")
        side.addWidget(title)
        side.addWidget(hint)
        side.addLayout(form)
        if self.details_form is not None:
            side.addWidget(self.details_form)
        side.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.progress)
        side.addWidget(self.status)
        side.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(close)
        actions.addStretch(1)
        actions.addWidget(self.sign_button)
        side.addLayout(actions)
        outer = QHBoxLayout(self)
        left = QWidget()
        left.setLayout(side)
        left.setFixedWidth(480)
        outer.addWidget(left)
        outer.addWidget(self.preview, 1)

    # -- certificates ----------------------------------------------------------------
    def start(self) -> None:
        """Load the certificates, then build the first preview."""
        self.load_certificates(then_preview=True)

    def load_certificates(self, *, then_preview: bool = False, select: str | None = None) -> Task:
        """Fill the certificate list (valid ones only), optionally selecting ``select``."""
        session = self.context.session.session

        def own(_token: Token) -> list[CertificateInfo]:
            now = session.clock.now()
            return [c for c in CertificateStore(session).own() if c.valid_at(now)]

        def loaded(certificates: list[CertificateInfo]) -> None:
            self._fill(certificates, select)
            if then_preview:
                self.refresh_preview()

        return self.context.workers.run(
            "certificates", own, on_result=loaded, on_error=self._failed
        )

    def _fill(self, certificates: list[CertificateInfo], select: str | None = None) -> None:
        current = select or self.certificate_combo.currentData()
        self.certificate_combo.blockSignals(True)
        self.certificate_combo.clear()
        for info in certificates:
            until = format_moment(info.not_after, with_time=False)
            kind = self.tr("niet gekwalificeerd") if info.self_issued else info.issuer
            self.certificate_combo.addItem(
                self.tr("{0} — {1} — geldig t/m {2}").format(info.subject, kind, until), info.id
            )
        if not certificates:
            self.certificate_combo.addItem(
                self.tr("Geen geldig certificaat: geef er een uit of importeer er een"), None
            )
        index = self.certificate_combo.findData(current)
        self.certificate_combo.setCurrentIndex(max(index, 0))
        self.certificate_combo.blockSignals(False)
        self._update_buttons()

    def issue_certificate(self) -> Task:
        """Issue a self-signed certificate for the user (marked as not qualified) and select it."""
        session = self.context.session.session

        def issued(info: CertificateInfo) -> None:
            self.status.setText(
                self.tr("Zelf-ondertekend certificaat uitgegeven (niet gekwalificeerd).")
            )
            self.load_certificates(select=info.id)

        return self.context.workers.run(
            "issue certificate", lambda _t: CertificateStore(session).issue_self_signed(),
            on_result=issued, on_error=self._failed,
        )  # fmt: skip

    def _manage(self) -> None:
        from .certificates import CertificateManagerDialog

        manager = CertificateManagerDialog(self.context, self)
        manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        manager.finished.connect(lambda _r: self.load_certificates())
        manager.open()
        manager.refresh()

    # -- preview ---------------------------------------------------------------------
    def _key(self) -> tuple[Any, ...]:
        details = self.details_form.details() if self.details_form is not None else None
        return (self.pseudonymous_check.isChecked(), details, self.certificate_combo.currentData())

    @staticmethod
    def _options(token: Token, key: tuple[Any, ...]) -> ReportOptions:
        """The builder's options from a key taken on the UI thread (never read widgets here)."""
        return ReportOptions(key[0], key[1], token.progress, token.cancelled)

    def refresh_preview(self) -> Task | None:
        """Build the report with the current choices and show its pages (unsigned)."""
        try:
            key = self._key()
        except DetailsIncomplete as exc:
            self.preview.show_message(str(exc))
            self._update_buttons()
            return None
        session, certificate = self.context.session.session, key[2]
        self._set_busy(True)
        self.preview.show_message(self.tr("Het rapport wordt opgebouwd…"))

        kind, record_id, options = self.kind, self.record_id, self._options

        def build(token: Token) -> _Built:
            job = kind.build(session, record_id, options(token, key))
            rendered = preview(session, job, certificate)
            return _Built(key, session, job, render_pages(rendered.pdf))

        return self.context.workers.run(
            "report preview", build, on_result=self._previewed, on_error=self._preview_failed,
            on_progress=self._progressed, on_done=lambda: self._set_busy(False),
        )  # fmt: skip

    def _previewed(self, built: _Built) -> None:
        self._built = built
        self.preview.show_pages(built.pages)
        self.status.setText(self.tr("{0} pagina's. Nog niet ondertekend.").format(len(built.pages)))

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview.show_message(opvang_error_text(exc))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _options_changed(self) -> None:
        if self._built is not None:
            self.status.setText(
                self.tr(
                    "De keuzes zijn gewijzigd: vernieuw het voorbeeld om het resultaat te zien."
                )
            )
        self._update_buttons()

    # -- signing ---------------------------------------------------------------------
    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Ondertekend rapport opslaan als"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF-bestand (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"{self.file_stem}.pdf")
        dialog.fileSelected.connect(lambda path: self.sign_and_save(Path(path)))
        dialog.open()

    def sign_and_save(self, dest: Path) -> Task | None:
        """Sign with the chosen certificate and write ``dest`` (progress dialog, cancellable)."""
        try:
            key = self._key()
        except DetailsIncomplete as exc:
            self.status.setText(str(exc))
            return None
        certificate = key[2]
        if certificate is None:
            self.status.setText(self.tr("Kies eerst een certificaat."))
            return None
        session = self.context.session.session
        built = (
            self._built
            if self._built is not None and self._built.key == key and self._built.session is session
            else None
        )

        kind, record_id, options = self.kind, self.record_id, self._options

        def sign(token: Token) -> ExportReceipt:
            job = (
                built.job
                if built is not None
                else kind.build(session, record_id, options(token, key))
            )
            return export_report(session, job, certificate, dest, cancelled=token.cancelled)

        self._set_busy(True)
        task, _dialog = run_with_progress(
            self, self.context.workers, self.tr("Het rapport wordt ondertekend en opgeslagen…"), sign,
            on_result=self._signed, on_error=self._sign_failed,
        )  # fmt: skip
        return task

    def _sign_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._failed(exc)

    def _signed(self, receipt: ExportReceipt) -> None:
        self._set_busy(False)
        self._built = None  # a signed forensic report sealed the examination: build anew
        self.status.setText(
            self.tr(
                "Ondertekend en opgeslagen: {0}\nSHA-256: {1}\nControleer met: veilig-dossier verify"
            ).format(receipt.path, receipt.sha256)
        )
        self.exported.emit(receipt)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(opvang_error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_certificate = self.certificate_combo.currentData() is not None
        self.sign_button.setEnabled(has_certificate and not self._busy)
        self.refresh_button.setEnabled(not self._busy)
        self.issue_button.setEnabled(not self._busy)


def open_report_export(
    context: WorkspaceContext, kind: str, record_id: str, parent: QWidget, *, file_stem: str = ""
) -> ReportExportDialog:
    """Open the export dialog for ``kind`` (``forensisch``, ``intake`` …) of one record.

    Args:
        record_id: What the kind's source resolves to: an examination for the forensic kinds,
            a household, client or concern for the opvang kinds.
        file_stem: The suggested file name without ``.pdf`` (default: kind and record id).
    """
    dialog = ReportExportDialog(context, kind, record_id, parent, file_stem=file_stem)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog
