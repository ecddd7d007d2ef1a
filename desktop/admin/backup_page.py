"""Beheer → Reservekopie: a backup of the open vault, or a restore into a new folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secure_store.backup import BackupReceipt, create_backup, restore_backup

from ..common.errors import error_text
from ..common.passphrase import PassphraseField
from ..common.progress import run_with_progress
from ..common.style import set_primary
from ..common.worker import Pool, Task, Token
from ..shell.workspaces import WorkspaceContext


class BackupPage(QWidget):
    """Both directions run through the worker with a progress bar and a cancel button."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPage")
        self.context = context
        self.backup_button = QPushButton(self.tr("Reservekopie maken…"))
        self.backup_button.setObjectName("backupButton")
        set_primary(self.backup_button)
        self.backup_button.clicked.connect(self._choose_backup_file)
        self.result = QLabel()
        self.result.setObjectName("backupResult")
        self.result.setWordWrap(True)
        self.restore_file = QLineEdit()
        self.restore_file.setObjectName("restoreFile")
        self.restore_folder = QLineEdit()
        self.restore_folder.setObjectName("restoreFolder")
        self.restore_user = QLineEdit()
        self.restore_user.setObjectName("restoreUser")
        self.restore_passphrase = PassphraseField("restorePassphrase")
        choose_file = QPushButton(self.tr("Bestand kiezen…"))
        choose_file.clicked.connect(self._choose_restore_file)
        self.restore_button = QPushButton(self.tr("Terugzetten"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.start_restore)
        backup_title = QLabel(self.tr("Reservekopie maken"))
        backup_title.setObjectName("subtitle")
        backup_text = QLabel(
            self.tr(
                "Eén versleuteld bestand met de hele kluis. Het is alleen te openen met het "
                "wachtwoord van een beheerder of de herstelsleutel. Bewaar het op een andere "
                "schijf dan deze computer."
            )
        )
        backup_text.setObjectName("hint")
        backup_text.setWordWrap(True)
        restore_title = QLabel(self.tr("Reservekopie terugzetten"))
        restore_title.setObjectName("subtitle")
        restore_text = QLabel(
            self.tr(
                "Zet een reservekopie terug in een nieuwe, lege map. Elk bestand wordt "
                "gecontroleerd; bij een fout blijft er niets achter. Gebruik de naam en het "
                "wachtwoord van een beheerder uit de reservekopie."
            )
        )
        restore_text.setObjectName("hint")
        restore_text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reservekopie"), self.restore_file)
        form.addRow("", choose_file)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for edit in (self.restore_file, self.restore_folder, self.restore_user):
            edit.setMinimumWidth(420)
        self.restore_passphrase.setMinimumWidth(420)
        form.addRow(self.tr("Nieuwe map"), self.restore_folder)
        form.addRow(self.tr("Beheerder"), self.restore_user)
        form.addRow(self.tr("Wachtwoord"), self.restore_passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(backup_title)
        layout.addWidget(backup_text)
        layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addSpacing(16)
        layout.addWidget(restore_title)
        layout.addWidget(restore_text)
        layout.addLayout(form)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _choose_backup_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Reservekopie opslaan als"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Reservekopie (*.vdbackup)"))
        dialog.setDefaultSuffix("vdbackup")
        dialog.fileSelected.connect(lambda path: self.start_backup(Path(path)))
        dialog.open()

    def _choose_restore_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Reservekopie kiezen"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.restore_file.setText)
        dialog.open()

    def start_backup(self, dest: Path) -> Task:
        """Write a backup of the open vault to ``dest`` (progress dialog with cancel)."""
        session = self.context.session.session

        def backup(token: Token) -> BackupReceipt:
            return create_backup(session, dest, progress=token.progress, cancelled=token.cancelled)

        self.result.setText("")
        task, _dialog = run_with_progress(
            self, self.context.workers, self.tr("Reservekopie wordt gemaakt…"), backup,
            on_result=self._backup_done, on_error=self._failed,
        )  # fmt: skip
        return task

    def _backup_done(self, receipt: BackupReceipt) -> None:
        self.result.setText(
            self.tr("Reservekopie gemaakt: {0} ({1} MB). Controlegetal SHA-256: {2}").format(
                receipt.path, round(receipt.size / 1e6, 1), receipt.sha256[:16] + "…"
            )
        )

    def start_restore(self) -> Task:
        """Restore the chosen file into the chosen new folder (does not touch the open vault)."""
        source, folder = Path(self.restore_file.text()), Path(self.restore_folder.text())
        user, passphrase = self.restore_user.text().strip(), self.restore_passphrase.text()

        def restore(token: Token) -> int:
            return restore_backup(
                source, folder, user, passphrase,
                progress=token.progress, cancelled=token.cancelled,
            )  # fmt: skip

        self.result.setText("")
        task, _dialog = run_with_progress(
            self, self.context.workers, self.tr("Reservekopie wordt teruggezet en gecontroleerd…"),
            restore, pool=Pool.CPU, on_result=lambda n: self._restored(folder, n),
            on_error=self._failed,
        )  # fmt: skip
        return task

    def _restored(self, folder: Path, blobs: int) -> None:
        self.restore_passphrase.clear()
        self.result.setText(
            self.tr(
                "Teruggezet in {0}; {1} bestanden gecontroleerd. Open die kluis via "
                "Vergrendelen → Andere kluis."
            ).format(folder, blobs)
        )

    def _failed(self, exc: BaseException) -> None:
        self.result.setText(error_text(exc))
