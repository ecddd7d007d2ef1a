"""First run: create a vault, open an existing folder, or try the demo vault.

Creating a vault calibrates Argon2id (about a second), so it runs on the CPU pool. The
recovery key is shown once, and the dialog goes on only after the user confirms writing it down.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secure_store.errors import VaultError
from secure_store.kdf import KdfParams
from secure_store.users import InvalidUserName, check_user_name
from secure_store.vault import Vault

from ..common.errors import error_text
from ..common.passphrase import NewPassphrase
from ..common.progress import run_with_progress
from ..common.style import set_primary
from ..common.worker import Pool, Token, Workers
from ..demo import DEMO_USERS, create_demo_vault
from ..vaults import SCHEMAS, looks_like_vault, open_vault

KdfFactory = Callable[[], KdfParams | None]


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class FirstRunDialog(QDialog):
    """Three ways to a vault; ``vault_ready`` carries the folder to unlock.

    Args:
        kdf: builds the Argon2id cost for new vaults; None (the default) calibrates.

    Signals:
        vault_ready(object): the Path of a vault that can now be unlocked.
    """

    vault_ready = Signal(object)

    CHOICE, CREATE, RECOVERY = range(3)

    def __init__(
        self,
        workers: Workers,
        folder: Path,
        demo_folder: Path,
        *,
        kdf: KdfFactory = lambda: None,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Veilig Dossier – welkom"))
        self._workers = workers
        self._kdf = kdf
        self.demo_folder = demo_folder
        self.ready_folder: Path | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page(message))
        self.pages.addWidget(self._create_page(folder))
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.pages)
        self.setMinimumWidth(640)

    # -- page 1: the choice ----------------------------------------------------------------
    def _choice_page(self, message: str) -> QWidget:
        page = QWidget()
        title = _label(self.tr("Welkom bij Veilig Dossier"), "title")
        intro = _label(
            self.tr(
                "Veilig Dossier bewaart uw dossiers versleuteld op deze computer. "
                "Er is hier nog geen kluis. Wat wilt u doen?"
            ),
            "hint",
        )
        self.choice_message = _label(message, "unlockMessage")
        self.create_choice = self._choice(
            "createChoice",
            self.tr("Nieuwe kluis maken\nvoor uw organisatie, met uzelf als beheerder"),
        )
        self.create_choice.clicked.connect(self._show_create)
        self.open_choice = self._choice(
            "openChoice",
            self.tr(
                "Bestaande kluis openen\neen map met een kluis op deze computer of een netwerkschijf"
            ),
        )
        self.open_choice.clicked.connect(self._choose_existing)
        self.demo_choice = self._choice(
            "demoChoice",
            self.tr(
                "Demokluis proberen\nmet fictieve gebruikers en gegevens, om het programma te leren kennen"
            ),
        )
        self.demo_choice.clicked.connect(self._create_demo)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        for button in (self.create_choice, self.open_choice, self.demo_choice):
            layout.addWidget(button)
        layout.addWidget(self.choice_message)
        layout.addStretch(1)
        return page

    def _choice(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setProperty("choice", True)
        return button

    # -- page 2: create --------------------------------------------------------------------
    def _create_page(self, folder: Path) -> QWidget:
        page = QWidget()
        self.folder_edit = QLineEdit(str(folder))
        self.folder_edit.setObjectName("folderEdit")
        browse = QPushButton(self.tr("Kiezen…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self._browse_new_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisationEdit")
        self.organisation_edit.setPlaceholderText(self.tr("bijv. GGD Regio Voorbeeld"))
        self.admin_edit = QLineEdit()
        self.admin_edit.setObjectName("adminNameEdit")
        self.admin_edit.setPlaceholderText(self.tr("kleine letters, bijv. jdevries"))
        self.display_edit = QLineEdit()
        self.display_edit.setObjectName("displayNameEdit")
        self.new_passphrase = NewPassphrase("admin")
        warning = _label(
            self.tr(
                "Belangrijk: uw gegevens worden versleuteld met uw wachtwoord. Zonder een "
                "wachtwoord of de herstelsleutel zijn de gegevens weg — ook voor de beheerder "
                "en voor ons. Dat is zo bedoeld."
            ),
            "warning",
        )
        self.create_message = _label("", "unlockMessage")
        back = QPushButton(self.tr("Terug"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(self.CHOICE))
        self.create_button = QPushButton(self.tr("Kluis maken"))
        self.create_button.setObjectName("createButton")
        set_primary(self.create_button)
        self.create_button.clicked.connect(self._create)
        form = QFormLayout()
        form.addRow(self.tr("Map"), folder_row)
        form.addRow(self.tr("Organisatie"), self.organisation_edit)
        form.addRow(self.tr("Gebruikersnaam beheerder"), self.admin_edit)
        form.addRow(self.tr("Volledige naam"), self.display_edit)
        form.addRow(self.tr("Wachtwoord"), self.new_passphrase)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(_label(self.tr("Nieuwe kluis maken"), "title"))
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.create_message)
        layout.addStretch(1)
        layout.addLayout(row)
        self.admin_edit.textChanged.connect(self.new_passphrase.set_user_name)
        for edit in (self.admin_edit, self.folder_edit):
            edit.textChanged.connect(self._validate)
        self.new_passphrase.changed.connect(self._validate)
        self._validate()
        return page

    def _show_create(self) -> None:
        self.pages.setCurrentIndex(self.CREATE)
        self.organisation_edit.setFocus()

    def _browse_new_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Map voor de nieuwe kluis"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(
            lambda path: self.folder_edit.setText(str(Path(path) / "kluis"))
        )
        dialog.open()

    def create_problem(self) -> str:
        """Why the form cannot be submitted yet, or ""."""
        if not self.folder_edit.text().strip():
            return self.tr("Kies een map.")
        try:
            check_user_name(self.admin_edit.text())
        except InvalidUserName as exc:
            return error_text(exc)
        return self.new_passphrase.problem()

    def _validate(self) -> None:
        problem = self.create_problem()
        self.create_button.setEnabled(not problem)
        self.create_message.setText(problem if self.admin_edit.text() else "")

    def _create(self) -> None:
        folder = Path(self.folder_edit.text().strip()).expanduser()
        admin, passphrase = self.admin_edit.text(), self.new_passphrase.text()
        organisation, display = (
            self.organisation_edit.text().strip(),
            self.display_edit.text().strip(),
        )
        kdf = self._kdf()

        def create(token: Token) -> str:
            del token
            vault, recovery = Vault.create(
                folder, admin, passphrase, organisation=organisation,
                display_name=display, kdf=kdf, schemas=SCHEMAS,
            )  # fmt: skip
            vault.lock()
            return recovery

        self.create_button.setEnabled(False)
        run_with_progress(
            self,
            self._workers,
            self.tr("De kluis wordt gemaakt en het wachtwoord beveiligd…"),
            create,
            pool=Pool.CPU,
            cancellable=False,
            on_result=lambda key: self._show_recovery(folder, key),
            on_error=self._create_failed,
        )

    def _create_failed(self, exc: BaseException) -> None:
        self._validate()
        self.create_message.setText(error_text(exc))

    # -- page 3: the recovery key, shown once ----------------------------------------------
    def _recovery_page(self) -> QWidget:
        page = QWidget()
        self.recovery_title = _label(self.tr("Uw herstelsleutel"), "title")
        self.recovery_intro = _label("", "hint")
        self.recovery_key = QLabel()
        self.recovery_key.setObjectName("recoveryKey")
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_users = _label("", "demoUsers")
        self.demo_users.setTextFormat(Qt.TextFormat.RichText)
        self.recovery_confirm = QCheckBox(
            self.tr("Ik heb de herstelsleutel opgeschreven en bewaar hem op een veilige plek.")
        )
        self.recovery_confirm.setObjectName("recoveryConfirm")
        self.continue_button = QPushButton(self.tr("Verder naar ontgrendelen"))
        self.continue_button.setObjectName("continueButton")
        set_primary(self.continue_button)
        self.continue_button.setEnabled(False)
        self.recovery_confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        layout = QVBoxLayout(page)
        for widget in (
            self.recovery_title,
            self.recovery_intro,
            self.recovery_key,
            self.demo_users,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.recovery_confirm)
        layout.addStretch(1)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _show_recovery(self, folder: Path, key: str, demo: bool = False) -> None:
        self.ready_folder = folder
        self.recovery_key.setText(key)
        self.recovery_intro.setText(
            self.tr(
                "Schrijf deze sleutel op papier en bewaar hem veilig, gescheiden van de computer. "
                "Hij wordt maar één keer getoond. Met deze sleutel komt u in de kluis als alle "
                "wachtwoorden vergeten zijn; zonder wachtwoord én zonder deze sleutel zijn de "
                "gegevens voorgoed onleesbaar."
            )
        )
        self.demo_users.setVisible(demo)
        if demo:
            rows = "".join(
                f"<tr><td><b>{u.name}</b></td><td>{u.passphrase}</td>"
                f"<td>{', '.join(sorted(r.label_nl for r in u.roles))}</td></tr>"
                for u in DEMO_USERS
            )
            head = self.tr("Demogebruikers (fictief; de wachtwoorden staan ook in de README):")
            self.demo_users.setText(f"<p>{head}</p><table cellpadding='3'>{rows}</table>")
            self.recovery_confirm.setChecked(True)
        self.pages.setCurrentIndex(self.RECOVERY)

    def _finish(self) -> None:
        if self.ready_folder is not None:
            self.vault_ready.emit(self.ready_folder)
        self.accept()

    # -- open an existing vault, or the demo -----------------------------------------------
    def _choose_existing(self) -> None:
        dialog = QFileDialog(self, self.tr("Map met de kluis"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(lambda path: self.open_existing(Path(path)))
        dialog.open()

    def open_existing(self, folder: Path) -> None:
        """Check that ``folder`` is a vault and hand it on; otherwise say why not."""
        try:
            open_vault(folder)
        except VaultError as exc:
            self.choice_message.setText(error_text(exc))
            return
        self.ready_folder = folder
        self._finish()

    def _create_demo(self) -> None:
        folder = self.demo_folder
        if looks_like_vault(folder):
            self.open_existing(folder)
            return
        kdf = self._kdf()

        def create(token: Token) -> str:
            return create_demo_vault(folder, kdf=kdf, progress=token.progress).recovery_key

        run_with_progress(
            self,
            self._workers,
            self.tr("De demokluis wordt gemaakt en gevuld met fictieve gegevens…"),
            create,
            pool=Pool.CPU,
            cancellable=False,
            on_result=lambda key: self._show_recovery(folder, key, demo=True),
            on_error=lambda exc: self.choice_message.setText(error_text(exc)),
        )
