"""Exact age in completed calendar months, the unit the clinical rules draw their lines in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forensics.age import AgeAtExamination, month_anniversary

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


@pytest.mark.parametrize(
    ("born", "examined", "months"),
    [
        (date(2024, 1, 15), date(2024, 1, 15), 0),
        (date(2024, 1, 15), date(2024, 6, 14), 4),
        (date(2024, 1, 15), date(2024, 6, 15), 5),
        (date(2024, 1, 31), date(2024, 2, 29), 0),  # no 31 February: not yet a month
        (date(2024, 1, 31), date(2024, 3, 1), 1),
        (date(2023, 12, 31), date(2024, 12, 31), 12),
        (date(2020, 2, 29), date(2021, 2, 28), 11),  # born on leap day: a year on 1 March
        (date(2020, 2, 29), date(2021, 3, 1), 12),
        (date(2020, 2, 29), date(2024, 2, 29), 48),
    ],
)
def test_completed_months_count_calendar_months(born: date, examined: date, months: int) -> None:
    age = AgeAtExamination(born, examined)
    assert age.completed_months == months
    assert age.completed_years == months // 12


def test_an_examination_before_birth_is_refused() -> None:
    with pytest.raises(ValueError, match="before the birth"):
        AgeAtExamination(date(2024, 5, 2), date(2024, 5, 1))


def test_days_and_fractional_months() -> None:
    age = AgeAtExamination(date(2024, 1, 15), date(2024, 6, 14))
    assert age.days == 151
    assert age.months == pytest.approx(4 + 30 / 31)
    assert age.younger_than_months(5) and not age.younger_than_months(4)


@given(days, st.integers(min_value=0, max_value=20_000))
def test_completed_months_sit_between_two_anniversaries(born: date, after: int) -> None:
    age = AgeAtExamination(born, born + timedelta(days=after))
    k = age.completed_months
    assert month_anniversary(born, k) <= age.examined < month_anniversary(born, k + 1)
    assert k <= age.months < k + 1


@given(days, st.integers(min_value=0, max_value=20_000))
def test_age_never_goes_down_from_one_day_to_the_next(born: date, after: int) -> None:
    today = AgeAtExamination(born, born + timedelta(days=after))
    tomorrow = AgeAtExamination(born, born + timedelta(days=after + 1))
    assert 0 <= tomorrow.completed_months - today.completed_months <= 1
