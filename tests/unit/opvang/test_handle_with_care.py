"""Handle with Care: who gets a school signal, the 24-hour deadline, and a text that tells nothing."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opvang.errors import InvalidRecord
from opvang.handle_with_care import (
    Channel,
    SchoolSignalTask,
    SignalStatus,
    needs_school_signal,
    school_signal_task,
    signal_text,
)
from secure_store.clock import ManualClock

INTAKE = datetime(2024, 3, 4, 15, 30, tzinfo=UTC)
FORBIDDEN = [
    "geweld", "mishandel", "opvang", "adres", "politie", "huiselijk", "veilig thuis", "trauma",
    "vader", "moeder", "partner", "vlucht", "onderduik", "crisis", "woont", "verblijf", "melding",
]  # fmt: skip


@pytest.mark.parametrize(
    ("born", "school", "expected"),
    [
        (date(2020, 3, 4), None, True),  # 4th birthday on the day of intake
        (date(2020, 3, 5), None, False),  # one day short of 4, no school or childcare recorded
        (date(2021, 6, 1), "Kinderdagverblijf De Vlinder", True),  # younger, but childcare known
        (date(2012, 1, 1), None, True),  # school age; school still to be found out
    ],
)
def test_task_for_school_age_or_recorded_childcare(
    born: date, school: str | None, expected: bool
) -> None:
    task = school_signal_task("S.", born, INTAKE, school)
    assert (task is not None) is expected
    assert needs_school_signal(born, INTAKE.date(), school is not None) is expected


def test_signal_is_due_24_hours_after_intake_then_overdue() -> None:
    task = school_signal_task("Sara", date(2015, 1, 1), INTAKE, "OBS De Regenboog")
    assert task is not None
    assert task.due_at == INTAKE + timedelta(hours=24)
    clock = ManualClock(INTAKE)
    assert task.status(clock) is SignalStatus.DUE
    clock.set(task.due_at)
    assert task.status(clock) is SignalStatus.DUE
    clock.advance(timedelta(seconds=1))
    assert task.status(clock) is SignalStatus.OVERDUE


def test_sent_signal_records_who_when_how_and_whether_on_time() -> None:
    task = SchoolSignalTask("Sara", "OBS De Regenboog", INTAKE)
    on_time = task.mark_sent(INTAKE + timedelta(hours=20), "mentor J.", Channel.PHONE)
    late = task.mark_sent(INTAKE + timedelta(hours=25), "mentor J.", Channel.EMAIL)
    assert on_time.status(ManualClock(INTAKE + timedelta(days=9))) is SignalStatus.SENT
    assert on_time.sent is not None and on_time.sent.sent_by == "mentor J."
    assert on_time.sent.channel.label == "telefoon"
    assert on_time.sent_on_time and not late.sent_on_time
    assert not task.sent_on_time and task.sent is None  # the original is unchanged
    assert Channel.IN_PERSON.label == "persoonlijk" and Channel.EMAIL.label == "e-mail"


@pytest.mark.parametrize(
    ("task", "sent_at", "by", "message"),
    [
        (SchoolSignalTask("Sara", "", INTAKE), INTAKE, "J.", "naar welke school"),
        (SchoolSignalTask("Sara", "OBS", INTAKE), INTAKE, " ", "wie het signaal"),
        (
            SchoolSignalTask("Sara", "OBS", INTAKE),
            INTAKE - timedelta(hours=1),
            "J.",
            "vóór de intake",
        ),
        (SchoolSignalTask("Sara", "OBS", INTAKE), datetime(2024, 3, 5, 9, 0), "J.", "tijdzone"),
    ],
)
def test_invalid_sending_is_refused(
    task: SchoolSignalTask, sent_at: datetime, by: str, message: str
) -> None:
    with pytest.raises(InvalidRecord, match=message):
        task.mark_sent(sent_at, by, Channel.PHONE)


def test_signal_cannot_be_sent_twice() -> None:
    sent = SchoolSignalTask("Sara", "OBS", INTAKE).mark_sent(INTAKE, "J.", Channel.PHONE)
    with pytest.raises(InvalidRecord, match="al verstuurd"):
        sent.mark_sent(INTAKE, "J.", Channel.PHONE)


def test_task_needs_a_child_and_an_aware_intake() -> None:
    with pytest.raises(InvalidRecord):
        SchoolSignalTask(" ", "OBS", INTAKE)
    with pytest.raises(InvalidRecord, match="tijdzone"):
        SchoolSignalTask("S.", "OBS", datetime(2024, 3, 4, 15, 30))


def test_signal_text_names_child_and_school_and_asks_for_support() -> None:
    text = signal_text("Sara", "OBS De Regenboog")
    assert text.startswith("Aan OBS De Regenboog,")
    assert "Sara kan de komende tijd wat extra steun" in text


def test_signal_text_says_nothing_about_what_happened_or_where() -> None:
    words = signal_text("S.B.", "Basisschool Het Anker").lower()
    for word in FORBIDDEN:
        assert word not in words, word


@given(
    name=st.from_regex(r"[A-Z][a-z]{1,10}|[A-Z]\.[A-Z]\.", fullmatch=True),
    school=st.from_regex(r"(OBS|CBS|Basisschool|Kinderopvang) [A-Z][a-z]{2,12}", fullmatch=True),
)
def test_signal_text_adds_nothing_but_name_and_school(name: str, school: str) -> None:
    text = signal_text(name, school)
    rest = text.replace(school, "").replace(name, "").lower()
    assert not any(word in rest for word in FORBIDDEN)
    assert not re.search(r"\d", rest)  # no dates, house numbers or phone numbers


def test_signal_text_needs_a_name_and_a_school() -> None:
    with pytest.raises(InvalidRecord):
        signal_text("", "OBS")
    with pytest.raises(InvalidRecord):
        signal_text("Sara", " ")
