"""WGBO consent by age band and gezag, with exact birthday boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opvang.consent import (
    AgeBand,
    ConsentParty,
    Gezag,
    GezagKind,
    age_on,
    birthday_in,
    required_consent,
)
from opvang.errors import InvalidRecord

BOTH = Gezag(GezagKind.BOTH_PARENTS)
BORN = date(2010, 6, 15)


@pytest.mark.parametrize(
    ("on_date", "band"),
    [
        (date(2022, 6, 14), AgeBand.UNDER_12),  # day before the 12th birthday
        (date(2022, 6, 15), AgeBand.FROM_12_TO_15),  # the 12th birthday itself
        (date(2026, 6, 14), AgeBand.FROM_12_TO_15),  # day before the 16th birthday
        (date(2026, 6, 15), AgeBand.FROM_16),  # the 16th birthday itself
    ],
)
def test_band_changes_exactly_on_the_birthday(on_date: date, band: AgeBand) -> None:
    assert required_consent(BORN, on_date, BOTH).band is band


@pytest.mark.parametrize(
    ("on_date", "age"),
    [
        (date(2021, 2, 28), 12),  # common year: not yet 13 on 28 February
        (date(2021, 3, 1), 13),  # ... but on 1 March
        (date(2024, 2, 28), 15),  # leap year: not yet 16 on 28 February
        (date(2024, 2, 29), 16),  # ... but on 29 February itself
        (date(2025, 2, 28), 16),
    ],
)
def test_leap_day_birth_counts_from_1_march_in_common_years(on_date: date, age: int) -> None:
    assert age_on(date(2008, 2, 29), on_date) == age


@pytest.mark.parametrize(
    ("born", "on_date", "band"),
    [
        # 12 and 16 years after a leap year is again a leap year: the birthday is 29 February.
        (date(2012, 2, 29), date(2024, 2, 28), AgeBand.UNDER_12),
        (date(2012, 2, 29), date(2024, 2, 29), AgeBand.FROM_12_TO_15),
        (date(2008, 2, 29), date(2024, 2, 28), AgeBand.FROM_12_TO_15),
        (date(2008, 2, 29), date(2024, 2, 29), AgeBand.FROM_16),
        # ... except across 2100, which is not a leap year.
        (date(2084, 2, 29), date(2100, 2, 28), AgeBand.FROM_12_TO_15),
        (date(2084, 2, 29), date(2100, 3, 1), AgeBand.FROM_16),
    ],
)
def test_leap_day_births_change_band_on_the_exact_day(
    born: date, on_date: date, band: AgeBand
) -> None:
    assert required_consent(born, on_date, BOTH).band is band


def test_birthday_in_a_common_year_for_29_february_is_1_march() -> None:
    assert birthday_in(2023, date(2012, 2, 29)) == date(2023, 3, 1)
    assert birthday_in(2024, date(2012, 2, 29)) == date(2024, 2, 29)
    assert birthday_in(2023, date(2012, 7, 4)) == date(2023, 7, 4)


def test_under_12_needs_the_parents_with_gezag_only() -> None:
    need = required_consent(BORN, date(2018, 1, 1), BOTH)
    assert need.parties == (ConsentParty.PARENTS_WITH_GEZAG,)
    assert "beide ouders met gezag" in need.explanation
    assert "Toestemming nodig van: beide ouders met gezag" in need.explanation
    assert not need.gezag_unknown


def test_12_to_15_needs_child_and_the_one_parent_with_gezag() -> None:
    need = required_consent(BORN, date(2023, 1, 1), Gezag(GezagKind.ONE_PARENT, "moeder"))
    assert need.parties == (ConsentParty.CHILD, ConsentParty.PARENTS_WITH_GEZAG)
    assert "het kind én de ouder met gezag (moeder)" in need.explanation


def test_guardian_is_named_in_the_explanation() -> None:
    voogd = Gezag(GezagKind.GUARDIAN, "Jeugdbescherming Regio Noord")
    need = required_consent(BORN, date(2019, 1, 1), voogd)
    assert need.parties == (ConsentParty.GUARDIAN,)
    assert "de voogd (Jeugdbescherming Regio Noord)" in need.explanation


def test_16_plus_needs_the_child_alone_whatever_the_gezag() -> None:
    for gezag in (BOTH, Gezag(GezagKind.NONE_RECORDED), Gezag(GezagKind.GUARDIAN, "GI")):
        need = required_consent(BORN, date(2027, 1, 1), gezag)
        assert need.parties == (ConsentParty.CHILD,)
        assert "alleen het kind zelf" in need.explanation
        assert not need.gezag_unknown


def test_unrecorded_gezag_under_16_is_flagged_with_what_to_do() -> None:
    need = required_consent(BORN, date(2023, 1, 1), Gezag(GezagKind.NONE_RECORDED))
    assert need.gezag_unknown
    assert need.parties == (ConsentParty.CHILD,)
    assert "gezagsregister" in need.explanation


@pytest.mark.parametrize(
    "gezag_args",
    [(GezagKind.ONE_PARENT, ""), (GezagKind.GUARDIAN, "  "), (GezagKind.BOTH_PARENTS, "vader")],
)
def test_gezag_holder_must_fit_the_kind(gezag_args: tuple[GezagKind, str]) -> None:
    with pytest.raises(InvalidRecord):
        Gezag(*gezag_args)


def test_date_before_birth_is_refused() -> None:
    with pytest.raises(InvalidRecord):
        required_consent(BORN, date(2010, 6, 14), BOTH)


@given(
    born=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    days=st.integers(min_value=0, max_value=365 * 25),
)
def test_band_follows_completed_years(born: date, days: int) -> None:
    on = born + timedelta(days=days)
    need = required_consent(born, on, BOTH)
    reached_12 = on >= birthday_in(born.year + 12, born)
    reached_16 = on >= birthday_in(born.year + 16, born)
    expected = (
        AgeBand.FROM_16 if reached_16 else AgeBand.FROM_12_TO_15 if reached_12 else AgeBand.UNDER_12
    )
    assert need.band is expected
    assert (ConsentParty.CHILD in need.parties) == reached_12
    assert (ConsentParty.PARENTS_WITH_GEZAG in need.parties) == (not reached_16)
