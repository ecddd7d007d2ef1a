"""A bar above the photo that asks for one value: the calibration distance, a text, a number.

Inline rather than a dialog: the photo stays in view (the physician reads the ruler while typing
the distance), and Enter or Escape answers without reaching for the mouse.
"""

from __future__ import annotations

import enum
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..common.style import set_primary


class Ask(enum.Enum):
    """What the bar asks for."""

    DISTANCE = "distance"
    TEXT = "text"
    NUMBER = "number"


class PromptBar(QFrame):
    """One question at a time; ``accepted`` carries a float, a str or an int.

    Signals:
        accepted(object): the valid answer.
        cancelled(): Escape or the cancel button.
    """

    accepted = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptBar")
        self.ask = Ask.TEXT
        self.question = QLabel()
        self.question.setObjectName("promptQuestion")
        self.edit = QLineEdit()
        self.edit.setObjectName("promptEdit")
        self.unit = QLabel()
        self.problem = QLabel()
        self.problem.setObjectName("promptProblem")
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("promptOk")
        set_primary(self.ok_button)
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setObjectName("promptCancel")
        self.ok_button.clicked.connect(self.submit)
        self.edit.returnPressed.connect(self.submit)
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.question)
        row.addWidget(self.edit, 1)
        row.addWidget(self.unit)
        row.addWidget(self.problem)
        row.addWidget(self.ok_button)
        row.addWidget(self.cancel_button)
        self.hide()

    def ask_for(self, ask: Ask, question: str, button: str, value: str = "") -> None:
        """Show the bar with ``question`` and focus the field."""
        self.ask = ask
        self.question.setText(question)
        self.ok_button.setText(button)
        self.unit.setText(self.tr("mm") if ask is Ask.DISTANCE else "")
        self.unit.setVisible(ask is Ask.DISTANCE)
        self.edit.setMaxLength(500 if ask is Ask.TEXT else 12)
        self.edit.setMaximumWidth(16777215 if ask is Ask.TEXT else 120)
        self.edit.setText(value)
        self.edit.selectAll()
        self.problem.clear()
        self.show()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        """Check the answer; a wrong one keeps the bar open with the reason beside it."""
        text = self.edit.text().strip()
        value: object
        if self.ask is Ask.DISTANCE:
            value = _number(text)
            if value is None or not 0 < value <= 2000:
                self.problem.setText(self.tr("Typ een afstand in mm, bijvoorbeeld 10 of 25,5."))
                return
        elif self.ask is Ask.NUMBER:
            value = int(text) if text.isdigit() else 0
            if not 1 <= value <= 999:
                self.problem.setText(self.tr("Typ een nummer van 1 tot 999."))
                return
        else:
            if not text:
                self.problem.setText(self.tr("Typ een tekst."))
                return
            value = text
        self.hide()
        self.accepted.emit(value)

    def _cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
            return
        super().keyPressEvent(event)


def _number(text: str) -> float | None:
    """A decimal in Dutch (``25,5``) or English (``25.5``) notation; no thousands."""
    try:
        value = float(text.replace(",", ".", 1))
    except ValueError:
        return None
    return value if math.isfinite(value) else None
