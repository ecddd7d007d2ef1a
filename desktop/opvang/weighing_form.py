"""The five afwegingen of the afwegingskader as yes/no questions, with the urgency.

Only the questions on the path are open: after the answer that settles it the rest are greyed
out (:func:`opvang.afwegingskader.questions_on_path`), as the afwegingskader asks no further.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from opvang.afwegingskader import Question, WeighingAnswers, questions_on_path
from opvang.concerns import Urgency

YES, NO, LATER = 1, 0, 2


class WeighingForm(QWidget):
    """The five afwegingen with yes/no, the urgency, and the decision they lead to.

    Signals:
        changed(): an answer changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: dict[Question, QButtonGroup] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        for row, question in enumerate(Question):
            text = QLabel(f"{question.value}. {question.text}")
            text.setWordWrap(True)
            grid.addWidget(text, row, 0)
            group = QButtonGroup(self)
            options = [(YES, self.tr("Ja")), (NO, self.tr("Nee"))]
            if question is Question.LASTING_SAFETY:
                options.append((LATER, self.tr("Nog niet te beoordelen")))
            for column, (value, label) in enumerate(options, start=1):
                button = QRadioButton(label)
                button.setObjectName(f"weigh{question.value}_{value}")
                group.addButton(button, value)
                grid.addWidget(button, row, column)
            group.idClicked.connect(lambda _v: self._changed())
            self.groups[question] = group
        self.urgency = QButtonGroup(self)
        urgency_row = QHBoxLayout()
        urgency_row.addWidget(QLabel(self.tr("De onveiligheid is:")))
        for urgency, label, name in (
            (Urgency.ACUTE, self.tr("acuut"), "urgencyAcute"),
            (Urgency.STRUCTURAL, self.tr("structureel"), "urgencyStructural"),
        ):
            button = QRadioButton(label)
            button.setObjectName(name)
            button.setProperty("urgency", urgency.value)
            self.urgency.addButton(button)
            urgency_row.addWidget(button)
        urgency_row.addStretch(1)
        self.urgency_box = QWidget()
        self.urgency_box.setLayout(urgency_row)
        grid.addWidget(self.urgency_box, len(Question), 0, 1, 4)
        self.urgency.buttonClicked.connect(lambda _b: self.changed.emit())
        self._changed()

    def answer(self, question: Question, value: int) -> None:
        """Tick an answer (as a click would)."""
        self.groups[question].button(value).setChecked(True)
        self._changed()

    def choose_urgency(self, urgency: Urgency) -> None:
        for button in self.urgency.buttons():
            if button.property("urgency") == urgency.value:
                button.setChecked(True)
        self.changed.emit()

    def answers(self) -> WeighingAnswers:
        def value(question: Question) -> bool | None:
            checked = self.groups[question].checkedId()
            return None if checked in (-1, LATER) else checked == YES

        return WeighingAnswers(*(value(q) for q in Question))

    def chosen_urgency(self) -> Urgency | None:
        button = self.urgency.checkedButton()
        return Urgency(button.property("urgency")) if button is not None else None

    def _changed(self) -> None:
        # Questions after the answer that settles it are not on the path: shown, not asked.
        answers = self.answers()
        asked = questions_on_path(answers)
        for question in Question:
            for button in self.groups[question].buttons():
                button.setEnabled(question in asked)
        self.urgency_box.setVisible(answers.unsafety is True)
        self.changed.emit()
