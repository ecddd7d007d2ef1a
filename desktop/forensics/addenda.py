"""Addenda of a sealed examination: dated, by the examiner, beside the untouched original."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forensics.records import Addendum

from ..common.row_models import Index, RowsListModel
from ..common.style import set_primary
from .labels import moment


class AddendaModel(RowsListModel[Addendum]):
    """One row per addendum, oldest first: when, by whom, and the text."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        addendum = self.row_at(index.row())
        heading = self.tr("{0} · {1}").format(moment(addendum.written_at), addendum.author)
        return f"{heading}\n{addendum.text}"


class AddendumDialog(QDialog):
    """The text of a new addendum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addendumDialog")
        self.setWindowTitle(self.tr("Addendum toevoegen"))
        explain = QLabel(
            self.tr(
                "Het onderzoek is afgesloten. Een addendum komt naast het oorspronkelijke "
                "onderzoek te staan, met datum en uw naam; het oorspronkelijke blijft ongewijzigd."
            )
        )
        explain.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("addendumText")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("addendumOk")
        self.ok_button.setText(self.tr("Toevoegen"))
        set_primary(self.ok_button)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.text_edit)
        layout.addWidget(buttons)
        self.setMinimumSize(520, 320)
        self.text_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text_edit.toPlainText().strip()))
        )
        self.ok_button.setEnabled(False)

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()


class AddendaPanel(QWidget):
    """The addenda and, for the examiner, the button to add one.

    Signals:
        add_requested(): the examiner wants to write an addendum.
    """

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addendaPanel")
        self.model = AddendaModel()
        title = QLabel(self.tr("Addenda"))
        title.setObjectName("subtitle")
        self.add_button = QPushButton(self.tr("Addendum toevoegen…"))
        self.add_button.setObjectName("addAddendumButton")
        self.add_button.clicked.connect(self.add_requested)
        self.empty_label = QLabel(self.tr("Nog geen addenda."))
        self.empty_label.setObjectName("hint")
        self.list_view = QListView()
        self.list_view.setObjectName("addendaList")
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setSpacing(4)
        self.list_view.setMinimumHeight(120)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list_view)

    def show_addenda(self, rows: list[Addendum], may_add: bool) -> None:
        """The addenda; ``may_add`` only for the examiner (the domain refuses anyone else)."""
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.list_view.setVisible(bool(rows))
        self.add_button.setVisible(may_add)
