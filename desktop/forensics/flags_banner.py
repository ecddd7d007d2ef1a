"""The banner that shows when a clinical decision rule flags the documented injuries.

It shows each flag with the rule, the criterion met, the injuries concerned and the domain's
explanation, and is hidden when no rule applies. The rules flag; the physician decides.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forensics.rules import RuleFlag

from ..common.style import INK, MUTED
from .labels import term

BANNER_STYLE = f"""
QFrame#flagsBanner {{ background: #fff4e5; border: 1px solid #f0b429; border-radius: 6px; }}
QFrame#flagsBanner QLabel {{ background: transparent; color: {INK}; }}
QFrame#flagsBanner QScrollArea, QFrame#flagsBanner QWidget#flagRows {{ background: transparent; }}
QFrame#flagsBanner QLabel#flagsTitle {{ font-weight: bold; font-size: 11pt; }}
QFrame#flagsBanner QLabel#flagRule {{ font-weight: bold; color: #8a5a00; padding-top: 2px; }}
QFrame#flagsBanner QLabel#flagText {{ padding-left: 10px; }}
QFrame#flagsBanner QLabel#flagsNote {{ color: {MUTED}; }}
QFrame#flagsBanner QPushButton {{
    border: none; background: transparent; color: #8a5a00; text-decoration: underline;
    padding: 0px;
}}
"""


def _numbers(flag: RuleFlag, numbers: Mapping[str, int]) -> list[int]:
    return sorted(numbers[i] for i in flag.injury_ids if i in numbers)


class FlagsBanner(QFrame):
    """One line per flag: rule and criterion, the injury numbers, and the explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flagsBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.flags: list[RuleFlag] = []
        self._numbers: list[list[int]] = []
        self.title = QLabel()
        self.title.setObjectName("flagsTitle")
        self.title.setWordWrap(True)
        note = QLabel(self.tr("De regel signaleert; de arts beoordeelt."))
        note.setObjectName("flagsNote")
        note.setWordWrap(True)
        self.toggle = QPushButton()
        self.toggle.setObjectName("flagsToggle")
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.clicked.connect(self._toggle)
        self._expanded = True
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        # Under the explanations, not beside the title: a narrow panel keeps the title whole.
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.toggle)
        rows = QWidget()
        rows.setObjectName("flagRows")
        self.rows = QVBoxLayout(rows)
        self.rows.setContentsMargins(0, 0, 4, 0)
        self.rows.setSpacing(8)
        self.rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("flagsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(rows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addSpacing(4)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.labels: list[QLabel] = []
        self.headings: list[QLabel] = []
        self.hide()

    def show_flags(self, flags: list[RuleFlag], numbers: Mapping[str, int]) -> None:
        """Show ``flags`` (``numbers``: injury id → number); hide when there are none."""
        self.flags = list(flags)
        self._numbers = [_numbers(flag, numbers) for flag in flags]
        for label in self.labels + self.headings:
            self.rows.removeWidget(label)
            label.deleteLater()
        self.labels = []
        self.headings = []
        self.title.setText(
            self.tr("⚑ Signalering") if len(flags) == 1
            else self.tr("⚑ {0} signaleringen").format(len(flags))
        )  # fmt: skip
        rule = None
        for flag, which in zip(flags, self._numbers, strict=True):
            if flag.rule is not rule:
                rule = flag.rule
                heading = QLabel(term(rule))
                heading.setObjectName("flagRule")
                heading.setWordWrap(True)
                self.rows.insertWidget(self.rows.count() - 1, heading)
                self.headings.append(heading)
            label = QLabel(self._row_text(flag, which))
            label.setObjectName("flagText")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.rows.insertWidget(self.rows.count() - 1, label)
            self.labels.append(label)
        self._apply_expanded()
        self.setVisible(bool(flags))

    def _row_text(self, flag: RuleFlag, numbers: list[int]) -> str:
        heading = html.escape(term(flag.criterion))
        if numbers:
            which = ", ".join(str(n) for n in numbers)
            heading += " · " + html.escape(
                self.tr("letsel {0}").format(which)
                if len(numbers) == 1
                else self.tr("letsels {0}").format(which)
            )
        text = f"<b>{heading}</b>"
        if self._expanded:
            text += f"<br>{html.escape(flag.explanation_nl)}"
        return text

    def _toggle(self) -> None:
        self._expanded = not self._expanded
        self._apply_expanded()

    def _apply_expanded(self) -> None:
        self.toggle.setText(
            self.tr("Toelichting verbergen") if self._expanded else self.tr("Toelichting tonen")
        )
        for label, flag, numbers in zip(self.labels, self.flags, self._numbers, strict=True):
            label.setText(self._row_text(flag, numbers))

    def explanations(self) -> list[str]:
        """The explanation of every flag shown (tests, and the text a screen reader gets)."""
        return [f.explanation_nl for f in self.flags]
