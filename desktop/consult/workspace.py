"""The Second opinions workspace: outgoing requests, received consults, the address book.

A ``.vdpkg`` file dropped anywhere on the workspace (or chosen with "Pakket inlezen…") is
verified and imported off the UI thread: a request becomes a consult, an answer attaches to the
examination it answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forensics.consult_records import Consult, ConsultAnswer
from forensics.consults import ConsultService
from forensics.records import Subject
from secure_store.package_format import SUFFIX

from ..common.errors import error_shower
from ..common.message_label import MessageLabel
from ..common.table_view import prepare_table
from ..common.worker import Task
from ..shell.workspaces import WorkspaceContext
from .address_book_page import AddressBookPage
from .consult_view import ConsultView
from .models import ConsultsModel
from .package_import import PackageImporter
from .requests_page import RequestsPage


class IncomingPage(QWidget):
    """Received consults, and the selected one opened for reading and answering."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomingPage")
        self.context = context
        self.model = ConsultsModel()
        self.table = QTableView()
        self.table.setObjectName("consultsTable")
        self.table.setModel(self.model)
        prepare_table(self.table)
        self.table.setMaximumHeight(150)
        self.table.setWordWrap(False)
        self.view = ConsultView(context)
        self.view.changed.connect(self.reload)
        self.empty = MessageLabel("consultsEmpty")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self, select: str = "") -> Task:
        session = self.context.session.session
        current = select or self._selected_id()

        def show(consults: list[Consult]) -> None:
            self.model.set_rows(consults)
            self.empty.setText("" if consults else self.tr(
                "Nog geen binnengekomen verzoeken. Sleep een ontvangen pakket (.vdpkg) hierheen "
                "of kies ‘Pakket inlezen…’."
            ))  # fmt: skip
            ids = [c.id for c in consults]
            if current in ids:
                self.table.selectRow(ids.index(current))
            self.view.setVisible(bool(consults))

        return self.context.workers.run(
            "consult.list", lambda token: ConsultService(session).consults(),
            on_result=show, on_error=error_shower(self),
        )  # fmt: skip

    def _selected_id(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else ""

    def _selection_changed(self, *_args: object) -> None:
        consult_id = self._selected_id()
        if consult_id and (
            self.view.material is None or self.view.material.consult.id != consult_id
        ):
            self.view.open_consult(consult_id)


class ConsultWorkspace(QWidget):
    """Tabs for requests, consults and the address book; drop a package anywhere to import it."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultWorkspace")
        self.setAcceptDrops(True)
        self.context = context
        self.importer = PackageImporter(context, self)
        self.importer.imported.connect(self._imported)
        self.import_button = QPushButton(self.tr("Pakket inlezen…"))
        self.import_button.setObjectName("importPackageButton")
        self.import_button.clicked.connect(self.choose_package)
        hint = QLabel(self.tr("of sleep een ontvangen pakket (.vdpkg) naar dit venster"))
        hint.setObjectName("hint")
        self.message = MessageLabel("consultMessage")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("consultTabs")
        self.requests = RequestsPage(context)
        self.incoming = IncomingPage(context)
        self.address_book = AddressBookPage(context)
        self.tabs.addTab(self.requests, self.tr("Verzoeken"))
        self.tabs.addTab(self.incoming, self.tr("Binnengekomen"))
        self.tabs.addTab(self.address_book, self.tr("Adresboek"))
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(hint)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def choose_package(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Verzegeld pakket kiezen"))
        dialog.setObjectName("importPackageDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Verzegeld pakket (*.vdpkg)"))
        dialog.fileSelected.connect(lambda path: self.import_package(Path(path)))
        dialog.open()
        return dialog

    def import_package(self, path: Path) -> Task:
        self.message.setText("")
        return self.importer.start(path)

    def _imported(self, result: object) -> None:
        if isinstance(result, ConsultAnswer):
            self.message.setText(self.tr("Het antwoord van {0} is ingelezen en bij het onderzoek gevoegd.").format(
                result.consultant_name))  # fmt: skip
            self.tabs.setCurrentWidget(self.requests)
            self.requests.reload()
        elif isinstance(result, Consult):
            self.message.setText(self.tr("Het verzoek van {0} is ingelezen als nieuw consult.").format(
                result.requester_name))  # fmt: skip
            self.tabs.setCurrentWidget(self.incoming)
            self.incoming.reload(select=result.id)
        elif isinstance(result, Subject):
            self.message.setText(self.tr(
                "Het overgedragen dossier {0} ({1}) is ingelezen. U vindt het onder Forensisch; "
                "wat het bevat is afgesloten en blijft zoals het is ontvangen."
            ).format(result.pseudonym, result.name))  # fmt: skip
        self.address_book.reload()

    # -- drag and drop ------------------------------------------------------------------
    @staticmethod
    def _package_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].suffix == SUFFIX else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt's name
        if self._package_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt's name
        path = self._package_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_package(path)
