"""Planning screenings by age on each planned day, and what is due or overdue."""

from __future__ import annotations

from datetime import date

import pytest

from opvang.errors import InvalidRecord
from opvang.instruments import Respondent, shipped_instruments
from opvang.screening_plan import (
    ClientKind,
    PlannedKind,
    PlannedScreening,
    Purpose,
    ScreeningRecord,
    ScreeningRule,
    choose_instrument,
    due_and_overdue,
    plan_for_client,
)

SHIPPED = shipped_instruments()
BOTH = {Respondent.SELF, Respondent.CAREGIVER}
ADULT_BORN = date(1990, 5, 5)


def adult_plan(exit_date: date | None = None) -> list[PlannedScreening]:
    return plan_for_client(ClientKind.ADULT, ADULT_BORN, date(2024, 1, 10), exit_date, SHIPPED)


def test_adult_without_exit_gets_first_screening_in_14_days_and_quarterly_rescreens() -> None:
    plan = adult_plan()
    assert [(p.key, p.due_on) for p in plan] == [
        ("eerste", date(2024, 1, 24)),
        ("herhaling-1", date(2024, 4, 10)),
        ("herhaling-2", date(2024, 7, 10)),
        ("herhaling-3", date(2024, 10, 10)),
        ("herhaling-4", date(2025, 1, 10)),
    ]
    assert {p.instrument_id for p in plan} == {"pc-ptsd-5"}
    assert plan[0].purpose is Purpose.FIRST and plan[0].open_from == date(2024, 1, 10)
    assert plan[1].purpose is Purpose.RESCREEN and plan[1].open_from == date(2024, 3, 27)


def test_exit_screening_replaces_a_rescreen_that_would_crowd_it() -> None:
    plan = adult_plan(exit_date=date(2024, 5, 1))  # exit screening 24 April; rescreen 10 April
    assert [(p.key, p.due_on) for p in plan] == [
        ("eerste", date(2024, 1, 24)),
        ("uitstroom", date(2024, 4, 24)),
    ]
    assert plan[1].purpose is Purpose.EXIT


def test_rescreen_stays_when_the_exit_is_a_full_window_later() -> None:
    plan = adult_plan(exit_date=date(2024, 6, 1))  # exit screening 25 May; window opens 11 May
    assert [p.key for p in plan] == ["eerste", "herhaling-1", "uitstroom"]
    assert plan[-1].due_on == date(2024, 5, 25)


def test_short_stay_has_one_screening_due_by_the_exit() -> None:
    plan = adult_plan(exit_date=date(2024, 1, 15))
    assert [(p.key, p.due_on) for p in plan] == [("eerste", date(2024, 1, 15))]


def test_two_year_old_gets_a_specialists_observation_with_a_dutch_reason() -> None:
    plan = plan_for_client(ClientKind.CHILD, date(2022, 3, 1), date(2024, 6, 1), None, SHIPPED)
    first = plan[0]
    assert first.kind is PlannedKind.OBSERVATION
    assert first.instrument_id is None and first.respondent is None
    assert "geen passend screeningsinstrument voor 2 jaar" in first.reason
    assert "3–6 jaar (ouder/verzorger)" in first.reason
    assert "observeren" in first.reason


def test_observation_turns_into_screening_once_the_child_is_old_enough() -> None:
    plan = plan_for_client(ClientKind.CHILD, date(2021, 8, 1), date(2024, 6, 1), None, SHIPPED)
    kinds = [(p.key, p.age, p.kind, p.instrument_id) for p in plan[:3]]
    assert kinds == [
        ("eerste", 2, PlannedKind.OBSERVATION, None),
        ("herhaling-1", 3, PlannedKind.SCREENING, "cats-caregiver-3-6"),
        ("herhaling-2", 3, PlannedKind.SCREENING, "cats-caregiver-3-6"),
    ]


def test_instrument_follows_the_age_on_the_planned_day() -> None:
    plan = plan_for_client(ClientKind.CHILD, date(2017, 8, 1), date(2024, 6, 1), None, SHIPPED)
    assert [(p.age, p.instrument_id) for p in plan[:2]] == [
        (6, "cats-caregiver-3-6"),
        (7, "cats-self-7-17"),
    ]
    teen = plan_for_client(ClientKind.CHILD, date(2006, 8, 1), date(2024, 6, 1), None, SHIPPED)
    assert [(p.age, p.instrument_id) for p in teen[:2]] == [
        (17, "cats-self-7-17"),
        (18, "pc-ptsd-5"),
    ]


def test_caregiver_version_when_the_child_cannot_answer_itself() -> None:
    plan = plan_for_client(
        ClientKind.CHILD,
        date(2014, 1, 1),
        date(2024, 6, 1),
        None,
        SHIPPED,
        respondents={Respondent.CAREGIVER},
    )
    assert plan[0].instrument_id == "cats-caregiver-7-17"
    assert plan[0].respondent is Respondent.CAREGIVER


def test_organisation_rule_changes_the_rhythm() -> None:
    rule = ScreeningRule(first_within_days=7, rescreen_every_months=6, horizon_months=12)
    plan = plan_for_client(ClientKind.ADULT, ADULT_BORN, date(2024, 8, 31), None, SHIPPED, rule)
    assert [p.due_on for p in plan] == [date(2024, 9, 7), date(2025, 2, 28), date(2025, 8, 31)]


@pytest.mark.parametrize(
    "rule_args",
    [{"first_within_days": 0}, {"rescreen_every_months": 0}, {"window_days": -1}],
)
def test_rule_with_impossible_terms_is_refused(rule_args: dict[str, int]) -> None:
    with pytest.raises(InvalidRecord):
        ScreeningRule(**rule_args)


def test_exit_before_intake_is_refused() -> None:
    with pytest.raises(InvalidRecord, match="uitstroomdatum"):
        adult_plan(exit_date=date(2024, 1, 1))


def test_intake_before_birth_is_refused() -> None:
    with pytest.raises(InvalidRecord):
        plan_for_client(ClientKind.CHILD, date(2025, 1, 1), date(2024, 6, 1), None, SHIPPED)


@pytest.mark.parametrize(
    ("age", "respondents", "expected"),
    [
        (10, BOTH, "cats-self-7-17"),
        (10, {Respondent.CAREGIVER}, "cats-caregiver-7-17"),
        (5, BOTH, "cats-caregiver-3-6"),
        (5, {Respondent.SELF}, None),
        (2, BOTH, None),
        (40, BOTH, "pc-ptsd-5"),
    ],
)
def test_choose_instrument_by_age_and_respondent(
    age: int, respondents: set[Respondent], expected: str | None
) -> None:
    for pool in (SHIPPED, tuple(reversed(SHIPPED))):  # the order of definitions does not matter
        chosen = choose_instrument(age, respondents, pool)
        assert (chosen.id if chosen else None) == expected


def test_due_and_overdue_follow_the_windows_and_what_was_done() -> None:
    plan = adult_plan()
    first_done = [ScreeningRecord("eerste", date(2024, 1, 20), "pc-ptsd-5", positive=False)]
    on_intake = due_and_overdue(plan, [], date(2024, 1, 10))
    assert [p.key for p in on_intake.due] == ["eerste"] and not on_intake.overdue
    on_due_day = due_and_overdue(plan, [], date(2024, 1, 24))
    assert [p.key for p in on_due_day.due] == ["eerste"] and not on_due_day.overdue
    late = due_and_overdue(plan, [], date(2024, 1, 25))
    assert not late.due and [p.key for p in late.overdue] == ["eerste"]
    quiet = due_and_overdue(plan, first_done, date(2024, 3, 26))
    assert not quiet.due and not quiet.overdue
    window = due_and_overdue(plan, first_done, date(2024, 3, 27))
    assert [p.key for p in window.due] == ["herhaling-1"]
    much_later = due_and_overdue(plan, [], date(2024, 8, 1))
    assert [p.key for p in much_later.overdue] == ["eerste", "herhaling-1", "herhaling-2"]
