"""Exact age at an examination, in days and completed calendar months.

Clinical rules draw their lines in months: TEN-4-FACESp flags any bruise in an infant "4.99
months or younger" and applies only "younger than 4.0 years". Ages there were recorded to two
decimals, so "4.99 months or younger" means "not yet 5 months old", and "younger than 4.0 years"
means "not yet 48 months old". Both are decided here by counting *completed calendar months*,
the way ages in years are counted: a child born on 15 January completes its fifth month on
15 June, and is 4 completed months old up to and including 14 June.

When the day of birth does not exist in the target month (born 31 August; there is no 31
February), the month is completed on the first day of the following month. Of the two common
conventions this is the later, so a rule that applies *below* an age keeps applying for that
day or two longer: for a screening flag that errs towards the child.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


def month_anniversary(born: date, months: int) -> date:
    """The day on which someone born on ``born`` has completed ``months`` calendar months."""
    index = born.month - 1 + months
    year, month = born.year + index // 12, index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    if born.day <= last_day:
        return date(year, month, born.day)
    return date(year, month, last_day) + timedelta(days=1)


@dataclass(frozen=True)
class AgeAtExamination:
    """How old a subject was on the day of the examination.

    Raises:
        ValueError: the examination is dated before the birth.
    """

    born: date
    examined: date

    def __post_init__(self) -> None:
        if self.examined < self.born:
            raise ValueError(f"examination {self.examined} is before the birth on {self.born}")

    @property
    def days(self) -> int:
        """Whole days since birth (0 on the day of birth)."""
        return (self.examined - self.born).days

    @property
    def completed_months(self) -> int:
        """Calendar months completed (see the module notes for month ends)."""
        months = (self.examined.year - self.born.year) * 12 + self.examined.month - self.born.month
        if month_anniversary(self.born, months) > self.examined:
            months -= 1
        return months

    @property
    def completed_years(self) -> int:
        """Whole years completed, counted the same way as the months."""
        return self.completed_months // 12

    @property
    def months(self) -> float:
        """Age in months with the running month as a fraction, for display ("4,97 maanden")."""
        whole = self.completed_months
        start = month_anniversary(self.born, whole)
        length = (month_anniversary(self.born, whole + 1) - start).days
        return whole + (self.examined - start).days / length

    def younger_than_months(self, months: int) -> bool:
        """Whether the subject had not yet completed ``months`` months on the examination day."""
        return self.completed_months < months
