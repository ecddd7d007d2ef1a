"""Second opinions → Adresboek: one's own card, confirmed contacts, and organisations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secure_store.address_book import AddressBook, Contact, Organisation
from secure_store.identities import CARD_SUFFIX, Identities
from secure_store.identity_card import IdentityCard
from secure_store.session import Session

from ..common.errors import error_shower
from ..common.message_label import MessageLabel
from ..common.style import set_primary
from ..common.table_view import prepare_table
from ..common.worker import Task, Token
from ..shell.workspaces import WorkspaceContext
from .fingerprint_dialog import FingerprintDialog
from .models import ContactsModel


@dataclass(frozen=True)
class BookState:
    """What the page shows: the user's own card, the contacts, the organisations."""

    own: IdentityCard
    contacts: list[Contact]
    organisations: list[Organisation]


def load_book(session: Session) -> BookState:
    book = AddressBook(session)
    return BookState(Identities(session).own(), book.contacts(), book.organisations())


class AddressBookPage(QWidget):
    """Every change runs on the vault pool and reloads the page."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressBookPage")
        self.context = context
        self.state: BookState | None = None
        self.own_name = QLabel()
        self.own_name.setObjectName("subtitle")
        self.own_fingerprint = QLabel()
        self.own_fingerprint.setObjectName("recoveryKey")
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = self._button(
            "exportCardButton", self.tr("Eigen kaart exporteren…"), self.choose_export
        )
        self.import_button = self._button(
            "importCardButton", self.tr("Kaart importeren…"), self.choose_import
        )
        set_primary(self.import_button)
        self.remove_button = self._button(
            "removeContactButton", self.tr("Verwijderen…"), self.confirm_remove
        )
        self.add_org_button = self._button(
            "addOrganisationButton", self.tr("Organisatie toevoegen…"), self.ask_organisation
        )
        self.members_button = self._button(
            "membersButton", self.tr("Leden kiezen…"), self.choose_members
        )
        self.remove_org_button = self._button(
            "removeOrganisationButton", self.tr("Verwijderen"), self.remove_organisation
        )
        self.message = MessageLabel("addressBookMessage")
        self.contacts = ContactsModel()
        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.contacts)
        prepare_table(self.table)
        self.organisations = QStandardItemModel(self)
        self.organisation_list = QTableView()
        self.organisation_list.setObjectName("organisationList")
        self.organisation_list.setModel(self.organisations)
        self.organisation_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        prepare_table(self.organisation_list)
        self._layout()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.organisation_list.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self.reload()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        card = QFrame()
        card.setObjectName("card")
        own = QVBoxLayout(card)
        title = QLabel(self.tr("Uw identiteit"))
        title.setObjectName("hint")
        hint = QLabel(
            self.tr(
                "Stuur uw kaart aan wie u een second opinion vraagt of geeft, en lees bij het "
                "eerste contact deze vingerafdruk voor."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_fingerprint)
        own_row.addStretch(1)
        own_row.addWidget(self.export_button)
        for widget in (title, self.own_name, hint):
            own.addWidget(widget)
        own.addLayout(own_row)
        contact_buttons = QHBoxLayout()
        for button in (self.import_button, self.remove_button):
            contact_buttons.addWidget(button)
        contact_buttons.addStretch(1)
        contacts_title = QLabel(self.tr("Contactpersonen"))
        contacts_title.setObjectName("subtitle")
        contact_buttons.insertWidget(0, contacts_title)
        contact_buttons.insertSpacing(1, 12)
        organisations_title = QLabel(self.tr("Organisaties"))
        organisations_title.setObjectName("subtitle")
        org_hint = QLabel(self.tr("een verzoek aan een organisatie gaat naar elk lid"))
        org_hint.setObjectName("hint")
        org_buttons = QHBoxLayout()
        org_buttons.addWidget(organisations_title)
        org_buttons.addSpacing(12)
        for button in (self.add_org_button, self.members_button, self.remove_org_button):
            org_buttons.addWidget(button)
        org_buttons.addWidget(org_hint)
        org_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(card)
        layout.addWidget(self.message)
        layout.addLayout(contact_buttons)
        layout.addWidget(self.table, 3)
        layout.addSpacing(8)
        layout.addLayout(org_buttons)
        layout.addWidget(self.organisation_list, 2)

    @property
    def session(self) -> Session:
        return self.context.session.session

    # -- state --------------------------------------------------------------------------
    def reload(self) -> Task:
        session = self.session
        return self.context.workers.run(
            "addressbook.load", lambda token: load_book(session), on_result=self._show,
            on_error=error_shower(self),
        )  # fmt: skip

    def _show(self, state: BookState) -> None:
        self.state = state
        self.own_name.setText(state.own.label)
        self.own_fingerprint.setText(state.own.fingerprint)
        self.contacts.set_rows(state.contacts)
        self.organisations.clear()
        self.organisations.setHorizontalHeaderLabels([self.tr("Organisatie"), self.tr("Leden")])
        names = {c.key_id: c.card.name for c in state.contacts}
        for organisation in state.organisations:
            members = ", ".join(names.get(k, k) for k in organisation.member_ids)
            item = QStandardItem(organisation.name)
            item.setData(organisation.id, Qt.ItemDataRole.UserRole)
            self.organisations.appendRow(
                [item, QStandardItem(members or self.tr("nog geen leden"))]
            )
        self._selection_changed()

    def selected_contact(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        return self.contacts.row_at(rows[0].row()) if rows else None

    def selected_organisation(self) -> Organisation | None:
        rows = self.organisation_list.selectionModel().selectedRows()
        if not rows or self.state is None:
            return None
        wanted = self.organisations.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next(o for o in self.state.organisations if o.id == wanted)

    def _selection_changed(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.selected_contact() is not None)
        chosen = self.selected_organisation() is not None
        self.members_button.setEnabled(chosen)
        self.remove_org_button.setEnabled(chosen)

    def _change(self, name: str, change: Callable[[Session], Any], done: str = "") -> Task:
        session = self.session

        def operation(token: Token) -> BookState:
            del token
            change(session)
            return load_book(session)

        def shown(state: BookState) -> None:
            self._show(state)
            self.message.setText(done)

        return self.context.workers.run(
            name, operation, on_result=shown, on_error=error_shower(self)
        )

    # -- cards --------------------------------------------------------------------------
    def choose_import(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Identiteitskaart kiezen"))
        dialog.setObjectName("importCardDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Identiteitskaart (*.vdid)"))
        dialog.fileSelected.connect(lambda path: self.import_card_file(Path(path)))
        dialog.open()
        return dialog

    def import_card_file(self, path: Path) -> Task:
        """Read and check a card file, then ask for the fingerprint confirmation."""

        def read(token: Token) -> IdentityCard:
            del token
            return IdentityCard.from_bytes(Path(path).read_bytes())

        return self.context.workers.run(
            "addressbook.read_card", read, on_result=self._card_read,
            on_error=error_shower(self),
        )  # fmt: skip

    def _card_read(self, card: IdentityCard) -> None:
        self.confirm_card(card)

    def confirm_card(self, card: IdentityCard) -> FingerprintDialog:
        dialog = FingerprintDialog(
            card,
            self.tr("Deze kaart wordt pas aan het adresboek toegevoegd als de vingerafdruk klopt."),
            self,
        )

        def accepted() -> None:
            typed = dialog.confirmed_fingerprint()
            self._change(
                "addressbook.add",
                lambda s: AddressBook(s).add(card, confirmed_fingerprint=typed),
                self.tr("{0} is toegevoegd aan het adresboek.").format(card.label),
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def choose_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Eigen kaart opslaan als"))
        dialog.setObjectName("exportCardDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Identiteitskaart (*.vdid)"))
        dialog.setDefaultSuffix(CARD_SUFFIX.lstrip("."))
        dialog.fileSelected.connect(lambda path: self.export_card_to(Path(path)))
        dialog.open()
        return dialog

    def export_card_to(self, dest: Path) -> Task:
        return self._change(
            "addressbook.export", lambda s: Identities(s).export_own_card(dest),
            self.tr("Uw kaart is opgeslagen in {0}. Stuur dit bestand mee en lees de vingerafdruk "
                    "voor bij het eerste contact.").format(dest),
        )  # fmt: skip

    def confirm_remove(self) -> QMessageBox | None:
        contact = self.selected_contact()
        if contact is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Contactpersoon verwijderen"),
            self.tr("{0} uit het adresboek verwijderen? Pakketten van deze persoon worden daarna "
                    "geweigerd tot u de kaart opnieuw bevestigt.").format(contact.card.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )  # fmt: skip
        box.setObjectName("removeContactConfirm")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setObjectName("removeContactYes")
        yes.setText(self.tr("Verwijderen"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        box.buttonClicked.connect(
            lambda button: self._change(
                "addressbook.remove", lambda s: AddressBook(s).remove(contact.key_id)
            ) if button is yes else None
        )  # fmt: skip
        box.open()
        return box

    # -- organisations ------------------------------------------------------------------
    def ask_organisation(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("organisationNameDialog")
        dialog.setWindowTitle(self.tr("Organisatie toevoegen"))
        dialog.setLabelText(self.tr("Naam, bijvoorbeeld ‘LECK teleconsult’:"))
        dialog.textValueSelected.connect(self.create_organisation)
        dialog.open()
        return dialog

    def create_organisation(self, name: str) -> Task:
        return self._change(
            "addressbook.organisation", lambda s: AddressBook(s).create_organisation(name)
        )

    def choose_members(self) -> MembersDialog | None:
        organisation = self.selected_organisation()
        if organisation is None or self.state is None:
            return None
        dialog = MembersDialog(organisation, self.state.contacts, self)
        dialog.accepted.connect(lambda: self.set_members(organisation.id, dialog.chosen()))
        dialog.open()
        return dialog

    def set_members(self, organisation_id: str, key_ids: list[str]) -> Task:
        return self._change(
            "addressbook.members", lambda s: AddressBook(s).set_members(organisation_id, key_ids)
        )

    def remove_organisation(self) -> Task | None:
        organisation = self.selected_organisation()
        if organisation is None:
            return None
        return self._change(
            "addressbook.remove_organisation",
            lambda s: AddressBook(s).remove_organisation(organisation.id),
        )


class MembersDialog(QDialog):
    """Tick the contacts that belong to an organisation."""

    def __init__(
        self, organisation: Organisation, contacts: list[Contact], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("membersDialog")
        self.setWindowTitle(self.tr("Leden van {0}").format(organisation.name))
        self.model = QStandardItemModel(self)
        for contact in contacts:
            item = QStandardItem(contact.card.label)
            item.setCheckable(True)
            checked = contact.key_id in organisation.member_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(contact.key_id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.model.appendRow(item)
        self.view = QListView()
        self.view.setObjectName("membersList")
        self.view.setModel(self.model)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("membersOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> list[str]:
        return [
            str(self.model.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]
