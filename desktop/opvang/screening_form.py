"""A screening form that scores as it is filled in.

Every answer runs the instrument's own scoring (:func:`opvang.scoring.score`); while the form
is incomplete the bar shows how many questions are left and the total so far, once complete the
total, the cut-off reached and what it means. A positive screen opens the follow-up part: the
behandelaanbod is asked for right there (it may also be recorded later).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from opvang.errors import AnswerError
from opvang.instruments import Instrument
from opvang.scoring import ScreeningResult, score

from ..common.style import set_primary
from .date_field import DateField
from .tasks import opvang_error_text


@dataclass(frozen=True)
class FilledForm:
    """What the worker entered: answers, the day, and the offer if one was made now."""

    answers: dict[str, int]
    done_on: date
    offer: str
    offered_on: date | None


class ScreeningFormDialog(QDialog):
    """One instrument's items with their scale, and a live result.

    Signals:
        completed(object): a :class:`FilledForm` when the worker saves.
    """

    completed = Signal(object)

    def __init__(
        self,
        instrument: Instrument,
        who: str,
        today: date,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screeningForm")
        self.instrument = instrument
        self.language = language
        self.outcome: ScreeningResult | None = None
        self.setWindowTitle(
            self.tr("Screening: {0}").format(instrument.name.get(language, instrument.name["nl"]))
        )
        self.groups: dict[str, QButtonGroup] = {}
        heading = QLabel(self.tr("{0} — {1}").format(who, instrument.name["nl"]))
        heading.setObjectName("subtitle")
        heading.setWordWrap(True)
        note = QLabel(f"{instrument.respondent.label.capitalize()}. {instrument.notes}")
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.done_on = DateField("screeningDate")
        self.done_on.set_value(today)
        self.score_label = QLabel()
        self.score_label.setObjectName("screeningScore")
        self.score_label.setWordWrap(True)
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        self.follow_up = QGroupBox(self.tr("Positieve screening: behandelaanbod"))
        self.follow_up.setObjectName("screeningFollowUp")
        self.offer = QLineEdit()
        self.offer.setObjectName("screeningOffer")
        self.offer.setPlaceholderText(self.tr("bijv. traumagerichte behandeling bij de GGZ"))
        self.offered_on = DateField("screeningOfferedOn")
        self.offered_on.set_value(today)
        offer_form = QFormLayout(self.follow_up)
        offer_form.addRow(
            QLabel(
                self.tr(
                    "Doe een behandelaanbod en leg het vast. Kan ook later, op het tabblad Screenings."
                )
            )
        )
        offer_form.addRow(self.tr("Aanbod"), self.offer)
        offer_form.addRow(self.tr("Aangeboden op"), self.offered_on)
        self.follow_up.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.save_button = QPushButton(self.tr("Screening opslaan"))
        self.save_button.setObjectName("screeningSave")
        set_primary(self.save_button)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._items())
        result_frame = QFrame()
        result_frame.setObjectName("card")
        result_layout = QVBoxLayout(result_frame)
        result_layout.addWidget(self.score_label)
        top = QFormLayout()
        top.addRow(self.tr("Ingevuld op"), self.done_on)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(result_frame)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.buttons)
        self.done_on.date_changed.connect(self.rescore)
        self.resize(760, 720)
        self.rescore()

    def _text(self, texts: object) -> str:
        local = dict(texts)  # type: ignore[call-overload]  # a Mapping[str, str]
        return str(local.get(self.language, local["nl"]))

    def _items(self) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        for section in self.instrument.sections:
            box = QGroupBox()
            box.setObjectName(f"section_{section.id}")
            box_layout = QVBoxLayout(box)
            instruction = QLabel(self._text(section.instruction))
            instruction.setWordWrap(True)
            instruction.setStyleSheet("font-weight: bold;")
            box_layout.addWidget(instruction)
            grid = QGridLayout()
            grid.setColumnStretch(0, 1)
            box_layout.addLayout(grid)
            items = [i for i in self.instrument.items if i.section == section.id]
            for row, item in enumerate(items):
                label = QLabel(f"{row + 1}. {self._text(item.text)}")
                label.setWordWrap(True)
                grid.addWidget(label, row, 0)
                group = QButtonGroup(self)
                group.setObjectName(f"item_{item.id}")
                for n, option in enumerate(self.instrument.scale(item.scale).options, start=1):
                    button = QRadioButton(self._text(option.label))
                    button.setObjectName(f"answer_{item.id}_{option.value}")
                    group.addButton(button, option.value)
                    grid.addWidget(button, row, n)
                group.idClicked.connect(lambda _v: self.rescore())
                self.groups[item.id] = group
            column.addWidget(box)
        column.addStretch(1)
        return inner

    def answers(self) -> dict[str, int]:
        """The answers given so far."""
        return {i: g.checkedId() for i, g in self.groups.items() if g.checkedButton() is not None}

    def answer(self, item_id: str, value: int) -> None:
        """Tick ``value`` for ``item_id`` (as a click would)."""
        button = self.groups[item_id].button(value)
        button.setChecked(True)
        self.rescore()

    def rescore(self) -> None:
        """Score what is there; show the outcome or what is still missing."""
        answers = self.answers()
        try:
            self.outcome = score(self.instrument, answers, self.language)
        except AnswerError as exc:
            self.outcome = None
            scored = set(self.instrument.scoring.total_items)
            open_items = [i for i in self.groups if i not in answers]
            so_far = sum(v for i, v in answers.items() if i in scored)
            text = self.tr(
                "<b>Nog niet compleet</b> — {0} vragen open, totaal tot nu toe {1}."
            ).format(len(open_items), so_far)
            # The rule's own sentence lists item ids; while questions are simply open the count
            # says it better. Any other problem (a contradiction) is shown as the rule says it.
            if not exc.detail.startswith("Het formulier is niet compleet") or not open_items:
                text += f"<br>{html.escape(opvang_error_text(exc))}"
            self.score_label.setText(text)
        else:
            reached = [c for c in self.outcome.cutoffs if c.reached]
            cutoff = (
                self.tr("afkappunt {0} bereikt").format(reached[-1].min_score)
                if reached
                else self.tr("onder het afkappunt")
            )
            verdict = self.tr("positief") if self.outcome.positive else self.tr("niet positief")
            self.score_label.setText(
                self.tr("<b>Totaal {0}</b> — {1}, {2}.<br>{3}").format(
                    self.outcome.total, verdict, cutoff, self.outcome.interpretation
                )
            )
        self.score_label.setProperty("positive", bool(self.outcome and self.outcome.positive))
        self.follow_up.setVisible(bool(self.outcome and self.outcome.positive))
        day = self.done_on.value()
        self.save_button.setEnabled(self.outcome is not None and day is not None)

    def _save(self) -> None:
        day = self.done_on.value()
        if self.outcome is None or day is None:
            return
        offer = self.offer.text().strip() if self.outcome.positive else ""
        self.completed.emit(
            FilledForm(self.answers(), day, offer, self.offered_on.value() if offer else None)
        )
        self.accept()
