"""Nieuw onderzoek: when and where, and who asked for it; the rest is written in the editor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forensics.records import Requester

from ..common.message_label import MessageLabel
from ..common.style import set_primary
from .dialog_fit import fit_height
from .labels import day, term


@dataclass(frozen=True)
class NewExamination:
    """What the dialog collected, ready for ``DossierService.create_examination``."""

    examined_at: datetime
    place: str
    requester: Requester
    requester_detail: str


def requester_combo(name: str) -> QComboBox:
    """A combo box of the requesters, each carrying its :class:`Requester`."""
    combo = QComboBox()
    combo.setObjectName(name)
    for requester in Requester:
        combo.addItem(term(requester), requester)
    return combo


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a local QDateTime (what a date-time edit shows)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def from_qdatetime(value: QDateTime) -> datetime:
    """A date-time edit's value as an aware UTC datetime (what the vault stores)."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class NewExaminationDialog(QDialog):
    """Date and time (now by default), place, requester."""

    def __init__(
        self, subject_name: str, born: date, now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.born = born
        self.setObjectName("newExaminationDialog")
        self.setWindowTitle(self.tr("Nieuw onderzoek"))
        intro = QLabel(self.tr("Nieuw onderzoek van {0}.").format(subject_name))
        intro.setWordWrap(True)
        self.when_edit = QDateTimeEdit(to_qdatetime(now))
        self.when_edit.setObjectName("examinationWhenEdit")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("examinationPlaceEdit")
        self.place_edit.setPlaceholderText(self.tr("bijv. GGD, spreekkamer 2"))
        self.requester_combo = requester_combo("examinationRequesterCombo")
        self.requester_detail_edit = QLineEdit()
        self.requester_detail_edit.setObjectName("examinationRequesterDetailEdit")
        self.requester_detail_edit.setPlaceholderText(self.tr("naam van de aanvrager of eenheid"))
        self.when_problem = MessageLabel("examinationWhenProblem")
        self.when_problem.setProperty("ok", False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("examinationOk")
        self.ok_button.setText(self.tr("Onderzoek aanmaken"))
        set_primary(self.ok_button)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Datum en tijd"), self.when_edit)
        form.addRow("", self.when_problem)
        form.addRow(self.tr("Plaats"), self.place_edit)
        form.addRow(self.tr("Aanvrager"), self.requester_combo)
        form.addRow(self.tr("Namens"), self.requester_detail_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.when_edit.dateTimeChanged.connect(self.validate)
        self.validate()

    def validate(self) -> None:
        """An examination cannot take place before the birth (the age rules would break)."""
        # The rules count age on the stored (UTC) day; compare on that day too.
        before_birth = from_qdatetime(self.when_edit.dateTime()).date() < self.born
        self.when_problem.setText(
            self.tr("Deze datum ligt voor de geboortedatum ({0}).").format(day(self.born))
            if before_birth
            else ""
        )
        self.ok_button.setEnabled(not before_birth)
        fit_height(self)

    def value(self) -> NewExamination:
        return NewExamination(
            from_qdatetime(self.when_edit.dateTime()),
            self.place_edit.text().strip(),
            self.requester_combo.currentData(),
            self.requester_detail_edit.text().strip(),
        )
