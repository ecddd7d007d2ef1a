"""Importing a ``.vdpkg`` that was dropped or chosen: a request, an answer or a dossier.

A request becomes a consult dossier; an answer attaches to the examination it answers; a
transferred dossier becomes a forensic dossier of this vault. A sender
who is not in the address book is shown with the fingerprint; only after the user confirms it
(by phone) is the card added and the import tried again. Every other refusal is shown in Dutch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from forensics.consult_records import ANSWER_KIND
from forensics.consult_requests import RequestService
from forensics.consults import ConsultService
from forensics.transfer import TRANSFER_KIND, TransferService
from secure_store.address_book import AddressBook
from secure_store.package_errors import PackageRefused, UnknownSender
from secure_store.package_reader import inspect_package
from secure_store.session import Session

from ..common.errors import error_shower, show_error
from ..common.progress import run_with_progress
from ..common.worker import Task, Token
from ..shell.workspaces import WorkspaceContext
from .fingerprint_dialog import FingerprintDialog


def import_any(session: Session, path: Path, token: Token) -> object:
    """Import ``path`` as whatever it is: returns the Consult, ConsultAnswer or Subject."""
    try:
        kind = inspect_package(path).kind
    except PackageRefused:
        kind = ""  # the import below refuses it again, and that refusal is logged
    if kind == ANSWER_KIND:
        return RequestService(session).import_answer(
            path, progress=token.progress, cancelled=token.cancelled
        )
    if kind == TRANSFER_KIND:
        return TransferService(session).import_dossier(
            path, progress=token.progress, cancelled=token.cancelled
        )
    return ConsultService(session).import_request(
        path, progress=token.progress, cancelled=token.cancelled
    )


class PackageImporter(QObject):
    """Runs imports for a workspace and asks about unknown senders.

    Signals:
        imported(object): the Consult, ConsultAnswer or Subject that was stored.
    """

    imported = Signal(object)

    def __init__(self, context: WorkspaceContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.context = context
        self.widget = widget
        self.asking: FingerprintDialog | None = None

    def start(self, path: Path) -> Task:
        session = self.context.session.session
        task, _ = run_with_progress(
            self.widget, self.context.workers, self.tr("Het pakket wordt gecontroleerd en ingelezen…"),
            lambda token: import_any(session, path, token),
            on_result=self.imported.emit, on_error=lambda exc: self._failed(path, exc),
        )  # fmt: skip
        return task

    def _failed(self, path: Path, exc: BaseException) -> None:
        if not isinstance(exc, UnknownSender):
            show_error(self.widget, exc)
            return
        card = exc.card
        dialog = FingerprintDialog(
            card,
            self.tr(
                "Dit pakket is ondertekend door iemand die nog niet in uw adresboek staat. "
                "Controleer de vingerafdruk voordat u het opent."
            ),
            self.widget,
        )
        self.asking = dialog

        def retry(_: object) -> None:
            self.start(path)

        def accepted() -> None:
            session, typed = self.context.session.session, dialog.confirmed_fingerprint()
            self.context.workers.run(
                "consult.accept_sender",
                lambda token: AddressBook(session).add(card, confirmed_fingerprint=typed),
                on_result=retry, on_error=error_shower(self.widget),
            )  # fmt: skip

        dialog.accepted.connect(accepted)
        dialog.open()
