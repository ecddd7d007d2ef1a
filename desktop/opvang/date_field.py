"""A date typed as on paper (dd-mm-jjjj), empty until the worker fills it in.

A QDateEdit always holds some date, so a date of birth nobody entered looks filled in; this
field is empty until typed in and says when what was typed is not a date.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

_DATE = re.compile(r"\s*(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})\s*\Z")


def parse_dutch_date(text: str) -> date | None:
    """``d-m-jjjj`` (also with ``.`` or ``/``) as a date, or None when it is not one."""
    match = _DATE.match(text)
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateField(QLineEdit):
    """A line edit for one date.

    Signals:
        date_changed(): the text changed (valid or not).
    """

    date_changed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.setMaximumWidth(140)
        self.textChanged.connect(lambda _text: self.date_changed.emit())

    def value(self) -> date | None:
        """The date typed in, or None (empty or not a date)."""
        return parse_dutch_date(self.text())

    def set_value(self, day: date | None) -> None:
        """Show ``day`` (or nothing)."""
        self.setText(day.strftime("%d-%m-%Y") if day else "")

    def is_empty(self) -> bool:
        """True when nothing is typed in."""
        return not self.text().strip()
