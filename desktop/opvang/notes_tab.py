"""Notities: the client's own dated notes, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opvang.clients import ClientService
from opvang.records import Note

from ..common.row_models import Index, RowsListModel
from .client_data import ClientBundle

if TYPE_CHECKING:
    from .client_page import ClientPage


class NotesModel(RowsListModel[Note]):
    """Notes as 'date, author: text'."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        note = self.row_at(index.row())
        when = note.written_at.astimezone().strftime("%d-%m-%Y %H:%M")
        return f"{when} — {note.author}\n{note.text}"


class NotesTab(QWidget):
    """The list and a box to write a new note."""

    def __init__(self, page: ClientPage) -> None:
        super().__init__()
        self.setObjectName("notesTab")
        self.page = page
        self.model = NotesModel()
        self.list = QListView()
        self.list.setObjectName("notesList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(self.tr("Nieuwe notitie"))
        self.editor.setFixedHeight(80)
        self.add_button = QPushButton(self.tr("Notitie toevoegen"))
        self.add_button.setObjectName("addNote")
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addLayout(row)

    def show_bundle(self, bundle: ClientBundle) -> None:
        self.model.set_rows(bundle.notes)

    def add(self) -> None:
        client_id, text = self.page.client_id, self.editor.toPlainText()
        self.page.change(
            "opvang.note.add",
            lambda s: ClientService(s).add_note(client_id, text),
            self.editor.clear,
        )
