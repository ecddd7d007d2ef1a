"""Nieuw dossier: the person examined, with a checked BSN and a pseudonym made up front."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forensics.bsn import is_valid_bsn
from forensics.dossiers import new_pseudonym
from forensics.errors import InvalidBsn
from forensics.records import Sex

from ..common.errors import error_text
from ..common.message_label import MessageLabel
from ..common.style import set_primary
from .dates import parse_day
from .dialog_fit import fit_height
from .labels import term


@dataclass(frozen=True)
class NewSubject:
    """What the dialog collected, ready for ``DossierService.create_subject``."""

    name: str
    date_of_birth: date
    sex: Sex
    bsn: str
    pseudonym: str


class NewSubjectDialog(QDialog):
    """Name, date of birth, sex, optional BSN (11-proef shown inline) and the pseudonym.

    The pseudonym replaces the name in everything that leaves the vault; it is random and made
    here, so the physician sees it before the dossier exists.
    """

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newSubjectDialog")
        self.setWindowTitle(self.tr("Nieuw dossier"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("subjectNameEdit")
        self.name_edit.setPlaceholderText(self.tr("voornaam en achternaam"))
        self.today = today
        # Typed, not picked: a date edit always holds some date, and a forgotten default
        # would make a baby of an adult (child drawing, TEN-4-FACESp).
        self.born_edit = QLineEdit()
        self.born_edit.setObjectName("subjectBornEdit")
        self.born_edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.born_problem = MessageLabel("bornProblem")
        self.born_problem.setProperty("ok", False)
        self.sex_combo = QComboBox()
        self.sex_combo.setObjectName("subjectSexCombo")
        for sex in Sex:
            self.sex_combo.addItem(term(sex), sex)
        self.bsn_edit = QLineEdit()
        self.bsn_edit.setObjectName("subjectBsnEdit")
        self.bsn_edit.setPlaceholderText(self.tr("optioneel, negen cijfers"))
        self.bsn_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,9}"), self.bsn_edit)
        )
        self.bsn_problem = MessageLabel("bsnProblem")
        self.bsn_problem.setProperty("ok", False)
        self.pseudonym_edit = QLineEdit(new_pseudonym())
        self.pseudonym_edit.setObjectName("subjectPseudonym")
        self.pseudonym_edit.setReadOnly(True)
        self.pseudonym_hint = QLabel(
            self.tr("Staat in plaats van de naam op alles wat de kluis verlaat.")
        )
        self.pseudonym_hint.setObjectName("hint")
        self.pseudonym_hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("subjectOk")
        self.ok_button.setText(self.tr("Dossier aanmaken"))
        set_primary(self.ok_button)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.name_edit.textChanged.connect(self.validate)
        self.born_edit.textChanged.connect(self.validate)
        self.born_edit.editingFinished.connect(self._born_finished)
        self.bsn_edit.editingFinished.connect(self._bsn_finished)
        self._born_finished_once = False
        self._bsn_finished_once = False
        self.bsn_edit.textChanged.connect(self.validate)
        self.validate()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name_edit)
        form.addRow(self.tr("Geboortedatum"), self.born_edit)
        form.addRow("", self.born_problem)
        form.addRow(self.tr("Geslacht"), self.sex_combo)
        form.addRow(self.tr("BSN"), self.bsn_edit)
        form.addRow("", self.bsn_problem)
        form.addRow(self.tr("Pseudoniem"), self.pseudonym_edit)
        form.addRow("", self.pseudonym_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def born(self) -> date | None:
        """The typed date of birth when it is a real date, not in the future."""
        born = parse_day(self.born_edit.text())
        return born if born is not None and born <= self.today else None

    def validate(self) -> None:
        """Enable the OK button for a name, a date of birth and a valid (or empty) BSN."""
        bsn = self.bsn_edit.text().strip()
        bsn_wrong = bool(bsn) and not is_valid_bsn(bsn)
        # Say it once all nine digits are there, or when the field is left with fewer.
        speak = len(bsn) == 9 or self._bsn_finished_once
        self.bsn_problem.setText(error_text(InvalidBsn(bsn)) if bsn_wrong and speak else "")
        self.born_problem.setText(self._born_problem())
        fit_height(self)
        ready = bool(self.name_edit.text().strip()) and self.born() is not None and not bsn_wrong
        self.ok_button.setEnabled(ready)

    def _born_problem(self) -> str:
        typed = self.born_edit.text().strip()
        if not typed or self.born() is not None:
            return ""
        if parse_day(typed) is not None:
            return self.tr("De geboortedatum ligt na vandaag.")
        # A half-typed date is not wrong yet; it is once the field is left.
        if not self._born_finished_once:
            return ""
        return self.tr("Vul de datum in als dag-maand-jaar, bijv. 17-02-2019.")

    def _born_finished(self) -> None:
        self._born_finished_once = True
        self.validate()

    def _bsn_finished(self) -> None:
        self._bsn_finished_once = True
        self.validate()

    def value(self) -> NewSubject:
        born = self.born()
        assert born is not None, "the OK button is disabled without a date of birth"
        return NewSubject(
            self.name_edit.text().strip(),
            born,
            self.sex_combo.currentData(),
            self.bsn_edit.text().strip(),
            self.pseudonym_edit.text(),
        )
