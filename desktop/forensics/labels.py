"""How forensic values read on screen: terms in the UI language, dates the Dutch way."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from forensics.age import AgeAtExamination
from forensics.bodymap import Region
from forensics.vocabulary import Vocabulary

from ..common.errors import english

DATE_FORMAT = "%d-%m-%Y"


def term(value: Vocabulary) -> str:
    """The label of a vocabulary term in the UI language."""
    return value.label_en if english() else value.label_nl


def region_name(region: Region) -> str:
    """The anatomical name of a body-map region in the UI language."""
    return region.name_en if english() else region.name_nl


def day(value: date) -> str:
    """A date as 31-12-2026."""
    return value.strftime(DATE_FORMAT)


def moment(value: datetime) -> str:
    """A stored (UTC) moment in local time, as 31-12-2026 14:05."""
    return value.astimezone().strftime(f"{DATE_FORMAT} %H:%M")


def age_text(born: date, on: date) -> str:
    """Age on ``on`` in the unit a physician uses: months below two years, years after.

    Empty when ``on`` lies before the birth (a date still being typed).
    """
    if on < born:
        return ""
    age = AgeAtExamination(born, on)
    if age.completed_months < 24:
        return QCoreApplication.translate("ForensicLabels", "{0} mnd").format(age.completed_months)
    return QCoreApplication.translate("ForensicLabels", "{0} jaar").format(age.completed_years)
