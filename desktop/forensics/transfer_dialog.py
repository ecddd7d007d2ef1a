"""Handing a whole dossier over to another vault: choose recipients, see what leaves, seal.

The dossier leaves as it is — with name and date of birth — so the dialog says so before
anything is sealed, lists exactly what goes, and only the chosen recipients can open the file.
The vault work (address book, plan, sealing) runs on the vault pool.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forensics.dossiers import DossierService
from forensics.transfer import TransferPlan, TransferService
from secure_store.address_book import AddressBook, Contact, Organisation
from secure_store.package import SealedPackage
from secure_store.session import Session

from ..common.checkable_items import checked_keys
from ..common.errors import error_shower, error_text
from ..common.message_label import MessageLabel
from ..common.package_dialog import save_package_dialog
from ..common.progress import run_with_progress
from ..common.style import set_primary
from ..common.worker import Task, Token
from ..consult.recipient_rows import recipient_rows
from ..shell.workspaces import WorkspaceContext
from .labels import day


@dataclass(frozen=True)
class _Loaded:
    subject_id: str
    pseudonym: str
    contacts: list[Contact]
    organisations: list[Organisation]


class TransferDialog(QDialog):
    """Seal one dossier for the chosen contacts or organisations and save the file.

    Signals:
        sealed_package(object): the SealedPackage, once the file is written.
    """

    sealed_package = Signal(object)

    def __init__(self, context: WorkspaceContext, examination_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Dossier overdragen aan een andere kluis"))
        self.context = context
        self.examination_id = examination_id
        self.loaded: _Loaded | None = None
        self.plan: TransferPlan | None = None
        self.sealed: SealedPackage | None = None

        intro = QLabel(
            self.tr(
                "Het hele dossier gaat mee zoals het is: naam, geboortedatum, alle onderzoeken, "
                "letsels, originele foto's en DICOM-beelden. Het wordt niet gepseudonimiseerd; "
                "alleen de gekozen ontvangers kunnen het openen. Uw eigen dossier blijft staan. "
                "Wat nog open is, komt bij de ontvanger afgesloten binnen."
            )
        )
        intro.setWordWrap(True)
        recipients_title = QLabel(self.tr("Aan wie?"))
        recipients_title.setObjectName("subtitle")
        self.recipients = QStandardItemModel(self)
        self.recipients_view = QListView()
        self.recipients_view.setObjectName("transferRecipients")
        self.recipients_view.setModel(self.recipients)
        self.recipients_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recipients_view.setMaximumHeight(140)
        self.empty = MessageLabel("transferNoContacts")
        preview_title = QLabel(self.tr("Wat de kluis verlaat"))
        preview_title.setObjectName("subtitle")
        self.preview = QLabel(self.tr("Het dossier wordt gelezen…"))
        self.preview.setObjectName("transferPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome = MessageLabel("transferResult")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seal_button = QPushButton(self.tr("Verzegelen en opslaan…"))
        self.seal_button.setObjectName("transferSealButton")
        self.seal_button.setEnabled(False)
        set_primary(self.seal_button)
        self.seal_button.clicked.connect(self.choose_destination)
        self.close_button = QPushButton(self.tr("Annuleren"))
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.seal_button)
        layout = QVBoxLayout(self)
        for widget in (intro, recipients_title, self.empty, self.recipients_view):
            layout.addWidget(widget)
        layout.addSpacing(8)
        for widget in (preview_title, self.preview, self.outcome):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 520)
        self.recipients.itemChanged.connect(self._recipients_changed)

    @property
    def session(self) -> Session:
        return self.context.session.session

    # -- loading and the preview ------------------------------------------------------------
    def load(self) -> Task:
        session, examination_id = self.session, self.examination_id

        def operation(_: Token) -> _Loaded:
            dossiers = DossierService(session)
            subject_id, _case = dossiers.case_of_examination(examination_id)
            book = AddressBook(session)
            return _Loaded(
                subject_id, dossiers.subject(subject_id).pseudonym, book.contacts(),
                book.organisations(),
            )  # fmt: skip

        return self.context.workers.run(
            "forensics.transfer.load", operation, on_result=self._loaded,
            on_error=error_shower(self),
        )  # fmt: skip

    def _loaded(self, loaded: _Loaded) -> None:
        self.loaded = loaded
        # A colleague of this vault sees the dossier already.
        for row in recipient_rows(loaded.contacts, loaded.organisations, colleagues=False):
            self.recipients.appendRow(row)
        if not self.recipients.rowCount():
            self.empty.setText(self.tr(
                "Het adresboek is nog leeg. Importeer eerst de identiteitskaart van de ontvanger "
                "(Second opinions → Adresboek) en controleer de vingerafdruk."
            ))  # fmt: skip
        self.update_plan()

    def chosen(self) -> list[str]:
        return checked_keys(self.recipients)

    def choose(self, ids: list[str]) -> None:
        wanted = set(ids)
        for row in range(self.recipients.rowCount()):
            item = self.recipients.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def _recipients_changed(self) -> None:
        if self.loaded is not None:
            self.update_plan()

    def update_plan(self) -> Task:
        assert self.loaded is not None
        session, subject_id, targets = self.session, self.loaded.subject_id, self.chosen()
        self.seal_button.setEnabled(False)

        def operation(_: Token) -> TransferPlan:
            return TransferService(session).plan(subject_id, targets)

        return self.context.workers.run(
            "forensics.transfer.plan", operation, on_result=self._planned,
            on_error=error_shower(self),
        )  # fmt: skip

    def _planned(self, plan: TransferPlan) -> None:
        self.plan = plan
        lines = self.plan_lines(plan)
        if plan.recipients:
            lines.append(self.tr("Wordt verzegeld voor: {0}").format(
                "; ".join(c.label for c in plan.recipients)))  # fmt: skip
        else:
            lines.append(self.tr("Kies ten minste één ontvanger."))
        self.preview.setText("\n".join(f"• {line}" for line in lines))
        self.seal_button.setEnabled(bool(plan.recipients) and self.sealed is None)

    def plan_lines(self, plan: TransferPlan) -> list[str]:
        """What leaves, one line per kind of record."""
        c, subject = plan.counts, plan.subject
        return [
            self.tr(
                "Betrokkene: {0}, geboren {1} (kenmerk {2}) — identificerend, niet "
                "gepseudonimiseerd"
            ).format(subject.name, day(subject.date_of_birth), subject.pseudonym),
            self.tr(
                "Onderzoeken: {0} · letsels: {1} · addenda: {2} · registraties van verzonden "
                "rapporten: {3}"
            ).format(c["fx_examinations"], c["fx_injuries"], c["fx_addenda"], c["fx_reports"]),
            self.tr("Foto's: {0}, elk als origineel met EXIF, voorvertoning en miniatuur").format(
                c["fx_photos"]
            ),
            self.tr("DICOM-objecten: {0}, zoals ontvangen").format(c["fx_imaging_objects"]),
            self.tr("Beantwoorde second opinions: {0}, met het ondertekende antwoord").format(
                c["cs_requests"]
            ),
            self.tr("Bestanden: {0}, samen {1} MB").format(
                plan.files, f"{plan.size / 1e6:.1f}"
            ),
        ]

    # -- sealing ----------------------------------------------------------------------------
    def choose_destination(self) -> QFileDialog:
        stem = f"overdracht-{self.loaded.pseudonym}" if self.loaded is not None else ""
        return save_package_dialog(
            self, self.tr("Verzegeld dossier opslaan als"), "transferFileDialog", stem,
            self.seal_to,
        )  # fmt: skip

    def seal_to(self, dest: Path) -> Task:
        """Seal the dossier to the chosen recipients into ``dest``, with progress and cancel."""
        assert self.loaded is not None
        session, subject_id, targets = self.session, self.loaded.subject_id, self.chosen()

        def operation(token: Token) -> SealedPackage:
            return TransferService(session).seal(
                subject_id, targets, dest, progress=token.progress, cancelled=token.cancelled
            )

        self.seal_button.setEnabled(False)
        self.outcome.setText("")
        task, _ = run_with_progress(
            self, self.context.workers, self.tr("Het dossier wordt verzegeld…"), operation,
            on_result=self._sealed, on_error=self._seal_failed,
        )  # fmt: skip
        return task

    def _sealed(self, sealed: SealedPackage) -> None:
        self.sealed = sealed
        self.outcome.setText(
            self.tr(
                "✔ Verzegeld en opgeslagen: {0}\n{1} bestanden, {2} kB. Controlegetal (SHA-256): "
                "{3}\nGeef het bestand aan de ontvanger; de overdracht staat in het auditlog."
            ).format(
                sealed.receipt.path, len(sealed.info.manifest), round(sealed.receipt.size / 1024),
                sealed.receipt.sha256,
            )
        )  # fmt: skip
        self.recipients_view.setEnabled(False)
        self.close_button.setText(self.tr("Sluiten"))
        self.sealed_package.emit(sealed)

    def _seal_failed(self, exc: BaseException) -> None:
        self.seal_button.setEnabled(True)
        self.outcome.setText(error_text(exc))


def open_transfer_dialog(
    context: WorkspaceContext, examination_id: str, parent: QWidget
) -> TransferDialog:
    """Open the transfer dialog for the dossier of ``examination_id`` (window-modal)."""
    dialog = TransferDialog(context, examination_id, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog
