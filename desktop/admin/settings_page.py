"""Beheer → Instellingen: vault settings (idle lock, letterhead) and this workstation's language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secure_store.settings import IDLE_LOCK_MINUTES, ORGANISATION_ADDRESS, ORGANISATION_NAME

from ..common.errors import show_error
from ..common.style import set_primary
from ..common.worker import Token
from ..settings import LANGUAGE, LANGUAGES
from ..shell.workspaces import WorkspaceContext


@dataclass(frozen=True)
class VaultValues:
    """The vault settings shown on this page."""

    idle_minutes: int
    organisation: str
    address: str


class SettingsPage(QWidget):
    """Loads the values off the UI thread, saves them on the vault pool (admins only)."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.context = context
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idleMinutes")
        self.idle_spin.setRange(IDLE_LOCK_MINUTES.minimum, IDLE_LOCK_MINUTES.maximum)
        self.idle_spin.setSuffix(self.tr(" minuten"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisationName")
        self.address_edit = QPlainTextEdit()
        self.address_edit.setObjectName("organisationAddress")
        self.address_edit.setFixedHeight(80)
        self.idle_spin.setMaximumWidth(160)
        for edit in (self.organisation_edit, self.address_edit):
            edit.setMaximumWidth(520)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(context.prefs.get(LANGUAGE)))
        )
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.language_combo.setMaximumWidth(240)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("saveSettings")
        set_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        vault_form = QFormLayout()
        vault_form.addRow(self.tr("Automatisch vergrendelen na"), self.idle_spin)
        vault_form.addRow(self.tr("Naam organisatie"), self.organisation_edit)
        vault_form.addRow(self.tr("Adres (briefhoofd)"), self.address_edit)
        local_form = QFormLayout()
        local_form.addRow(self.tr("Taal van het programma"), self.language_combo)
        vault_title = QLabel(self.tr("Voor alle gebruikers van deze kluis"))
        vault_title.setObjectName("subtitle")
        local_title = QLabel(self.tr("Alleen op deze computer"))
        local_title.setObjectName("subtitle")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(vault_title)
        layout.addLayout(vault_form)
        layout.addLayout(row)
        layout.addSpacing(16)
        layout.addWidget(local_title)
        layout.addLayout(local_form)
        layout.addStretch(1)
        self.save_button.setEnabled(False)
        self.load()

    def load(self) -> None:
        settings = self.context.session.session.settings

        def read(token: Token) -> VaultValues:
            del token
            return VaultValues(
                int(settings.get(IDLE_LOCK_MINUTES)),
                str(settings.get(ORGANISATION_NAME)),
                str(settings.get(ORGANISATION_ADDRESS)),
            )

        self.context.workers.run("settings.load", read, on_result=self._show)

    def _show(self, values: VaultValues) -> None:
        self.idle_spin.setValue(values.idle_minutes)
        self.organisation_edit.setText(values.organisation)
        self.address_edit.setPlainText(values.address)
        self.save_button.setEnabled(True)

    def values(self) -> VaultValues:
        return VaultValues(
            self.idle_spin.value(),
            self.organisation_edit.text().strip(),
            self.address_edit.toPlainText().strip(),
        )

    def save(self) -> None:
        settings = self.context.session.session.settings
        values = self.values()

        def write(token: Token) -> None:
            del token
            settings.set(IDLE_LOCK_MINUTES, values.idle_minutes)
            settings.set(ORGANISATION_NAME, values.organisation)
            settings.set(ORGANISATION_ADDRESS, values.address)

        self.save_button.setEnabled(False)
        self.context.workers.run(
            "settings.save", write, on_result=self._saved, on_error=self._failed
        )

    def _saved(self, _result: object) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(
            self.tr("Opgeslagen. De nieuwe vergrendeltijd geldt vanaf de volgende keer inloggen.")
        )

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc)

    def _language_changed(self) -> None:
        self.context.prefs.set(LANGUAGE, self.language_combo.currentData())
        self.status.setText(self.tr("De taal verandert bij de volgende start van het programma."))
