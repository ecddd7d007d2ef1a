"""Certificaten: the practitioner's signing certificates — import a PKCS#12, issue one, inspect.

Reachable from the export dialog and (for the lead to wire) the user menu. Only the user's own
certificates are listed; the vault refuses anyone else's anyway.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secure_store.certificates import CertificateInfo, CertificateStore
from secure_store.document import format_moment

from ..common.errors import error_text
from ..common.passphrase import PassphraseField
from ..common.row_models import Index, RowsTableModel
from ..common.style import set_primary
from ..common.worker import Task, Token
from ..shell.workspaces import WorkspaceContext


class CertificateModel(RowsTableModel[CertificateInfo]):
    """The user's certificates: subject, kind, issuer, validity, fingerprint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Houder"),
                self.tr("Soort"),
                self.tr("Uitgever"),
                self.tr("Geldig t/m"),
                self.tr("Vingerafdruk (SHA-256)"),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        info = self.row_at(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.fingerprint
        kind = (
            self.tr("zelf uitgegeven — niet gekwalificeerd")
            if info.self_issued
            else info.kind.label_nl
        )
        values = (
            info.subject,
            kind,
            info.issuer,
            format_moment(info.not_after, with_time=False),
            info.fingerprint[:16] + "…",
        )
        return values[index.column()]


class CertificateManagerDialog(QDialog):
    """List, import (PKCS#12, e.g. an UZI certificate) and issue (self-signed) certificates."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateManager")
        self.setWindowTitle(self.tr("Certificaten"))
        self.context = context
        self.model = CertificateModel(self)
        self.table = QTableView()
        self.table.setObjectName("certificateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._show_detail(current.row())
        )
        self.detail = QLabel()
        self.detail.setObjectName("certificateDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("certificateStatus")
        self.status.setWordWrap(True)
        self.password = PassphraseField("pkcs12Password")
        self.import_button = QPushButton(self.tr("PKCS#12 importeren…"))
        self.import_button.setObjectName("importCertificateButton")
        self.import_button.clicked.connect(self._choose_file)
        self.issue_button = QPushButton(self.tr("Zelf-ondertekend certificaat uitgeven"))
        self.issue_button.setObjectName("issueCertificateButton")
        self.issue_button.clicked.connect(self.issue)
        close = QPushButton(self.tr("Sluiten"))
        close.setObjectName("closeButton")
        set_primary(close)
        close.clicked.connect(self.accept)
        hint = QLabel(self.tr(
            "Onderteken bij voorkeur met uw eigen certificaat, zoals een UZI-certificaat: "
            "importeer het PKCS#12-bestand (.p12 of .pfx) met het wachtwoord ervan. Een "
            "zelf-ondertekend certificaat werkt direct, maar elk rapport vermeldt dan dat het "
            "niet gekwalificeerd is."
        ))  # fmt: skip
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        password_row = QHBoxLayout()
        password_row.addWidget(QLabel(self.tr("Wachtwoord certificaatbestand")))
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.import_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(password_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(860, 460)

    def refresh(self) -> Task:
        session = self.context.session.session
        return self.context.workers.run(
            "certificates", lambda _t: CertificateStore(session).own(),
            on_result=self._loaded, on_error=self._failed,
        )  # fmt: skip

    def _loaded(self, certificates: list[CertificateInfo]) -> None:
        self.model.set_rows(certificates)
        if certificates:
            self.table.selectRow(0)
        else:
            self.detail.setText(self.tr("U heeft nog geen certificaat."))

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        info = self.model.row_at(row)
        grouped = " ".join(info.fingerprint[i : i + 8] for i in range(0, 64, 8))
        self.detail.setText(self.tr("{0}, uitgegeven door {1}\nGeldig van {2} tot en met {3}\nSHA-256: {4}").format(
            info.subject, info.issuer, format_moment(info.not_before), format_moment(info.not_after), grouped
        ))  # fmt: skip

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Certificaatbestand kiezen"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("PKCS#12 (*.p12 *.pfx);;Alle bestanden (*)"))
        dialog.fileSelected.connect(lambda path: self.import_file(Path(path), self.password.text()))
        dialog.open()

    def import_file(self, path: Path, password: str) -> Task:
        """Import ``path`` as the user's certificate; a bad file or password is said in Dutch."""
        session = self.context.session.session

        def load(_token: Token) -> CertificateInfo:
            return CertificateStore(session).import_pkcs12(path.read_bytes(), password)

        def imported(info: CertificateInfo) -> None:
            self.password.clear()
            self.status.setText(
                self.tr("Geïmporteerd: {0} ({1}).").format(info.subject, info.kind.label_nl)
            )
            self.refresh()

        return self.context.workers.run(
            "import certificate", load, on_result=imported, on_error=self._failed
        )

    def issue(self) -> Task:
        session = self.context.session.session

        def issued(info: CertificateInfo) -> None:
            self.status.setText(
                self.tr(
                    "Uitgegeven: {0}. Rapporten die u hiermee ondertekent, vermelden 'niet gekwalificeerd'."
                ).format(info.subject)
            )
            self.refresh()

        return self.context.workers.run(
            "issue certificate", lambda _t: CertificateStore(session).issue_self_signed(),
            on_result=issued, on_error=self._failed,
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))


def open_certificate_manager(context: WorkspaceContext, parent: QWidget) -> None:
    """Open the certificate manager for the signed-in practitioner."""
    dialog = CertificateManagerDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.refresh()
