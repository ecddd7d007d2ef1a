"""What the right side shows while a person is chosen but no examination is open."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from forensics.dossiers import SubjectSummary
from forensics.transfer import Transfer

from ..common.style import set_primary
from ..common.when import local_moment
from .labels import age_text, day

CARD_WIDTH = 600


class SubjectOverview(QWidget):
    """A calm card: who this is, how many examinations, and what to do next (or only a hint).

    Its width follows the window down to what the text needs, unlike a fixed card.

    Signals:
        new_examination_requested(): the card's "Nieuw onderzoek…" button.
    """

    new_examination_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subjectOverview")
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(CARD_WIDTH)
        self.name_label = QLabel()
        self.name_label.setObjectName("title")
        self.name_label.setWordWrap(True)
        self.person_label = QLabel()
        self.person_label.setWordWrap(True)
        self.examinations_label = QLabel()
        self.examinations_label.setObjectName("hint")
        self.examinations_label.setWordWrap(True)
        self.transfers_label = QLabel()
        self.transfers_label.setObjectName("hint")
        self.transfers_label.setWordWrap(True)
        self.transfers_label.hide()
        self.new_button = QPushButton(self.tr("Nieuw onderzoek…"))
        self.new_button.setObjectName("overviewNewExamination")
        set_primary(self.new_button)
        self.new_button.clicked.connect(self.new_examination_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(6)
        inner.addWidget(self.name_label)
        inner.addWidget(self.person_label)
        inner.addSpacing(6)
        inner.addWidget(self.examinations_label)
        inner.addWidget(self.transfers_label)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 100)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addSpacing(40)
        outer.addLayout(row)
        outer.addStretch(1)

    def show_hint(self, title: str, text: str) -> None:
        """A title and an explanation only, for when nobody is chosen yet."""
        self.name_label.setObjectName("subtitle")
        self.name_label.setText(title)
        self.person_label.hide()
        self.examinations_label.setText(text)
        self.transfers_label.hide()
        self.new_button.hide()

    def show_subject(self, subject: SubjectSummary, examinations: int, today: date) -> None:
        """Fill the card for ``subject`` with ``examinations`` recorded so far."""
        self.name_label.setText(subject.name)
        self.person_label.setText(
            self.tr("Geboren {0} · nu {1} · pseudoniem {2}").format(
                day(subject.date_of_birth), age_text(subject.date_of_birth, today),
                subject.pseudonym,
            )
        )  # fmt: skip
        if examinations == 0:
            text = self.tr("Nog geen onderzoek vastgelegd. Begin met een nieuw onderzoek.")
        else:
            text = (
                self.tr("1 onderzoek.")
                if examinations == 1
                else self.tr("{0} onderzoeken.").format(examinations)
            )
            if subject.last_examined:
                last = datetime.fromisoformat(subject.last_examined).astimezone().date()
                text += " " + self.tr("Laatste onderzoek: {0}.").format(day(last))
            text += " " + self.tr("Kies links een onderzoek om het te openen.")
        self.examinations_label.setText(text)
        self.show_transfers([])

    def show_transfers(self, transfers: list[Transfer]) -> None:
        """Where the dossier came from, or to whom it was handed over (hidden when neither)."""
        lines = []
        for transfer in transfers:
            when = local_moment(transfer.at)
            if transfer.direction == "in":
                lines.append(self.tr(
                    "Ontvangen van {0} op {1}, als overdracht; wat toen binnenkwam is afgesloten."
                ).format(transfer.counterpart, when))  # fmt: skip
            else:
                lines.append(self.tr("Overgedragen aan {0} op {1}.").format(
                    transfer.counterpart, when))  # fmt: skip
        self.transfers_label.setText("\n".join(lines))
        self.transfers_label.setVisible(bool(lines))
