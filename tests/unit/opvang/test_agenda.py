"""Agenda items and the iCalendar export: parsed back, and no names in it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest

from opvang.agenda import (
    AgendaItem,
    AgendaKind,
    AppointmentKind,
    appointment,
    school_signal_item,
    screening_items,
    to_ical,
)
from opvang.errors import InvalidRecord
from opvang.handle_with_care import Channel, SchoolSignalTask
from opvang.instruments import shipped_instruments
from opvang.screening_plan import ClientKind, plan_for_client
from secure_store.clock import ManualClock

NOW = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)
INTAKE = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
CHILD_NAME, MOTHER_NAME, SCHOOL = "Yasmina", "Fatima El Amrani", "OBS De Regenboog"


def events(data: bytes) -> list[icalendar.cal.Component]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def sample_items() -> list[AgendaItem]:
    plan = plan_for_client(
        ClientKind.CHILD, date(2015, 2, 2), INTAKE.date(), None, shipped_instruments()
    )
    task = SchoolSignalTask(CHILD_NAME, SCHOOL, INTAKE)
    signal = school_signal_item(task, "K-7")
    assert signal is not None
    talk = appointment("V-3", AppointmentKind.CONVERSATION, NOW, NOW + timedelta(hours=1))
    return [*screening_items(plan, "K-7"), signal, talk]


def test_export_parses_back_with_every_item() -> None:
    items = sample_items()
    parsed = events(to_ical(items, "Team Noord", ManualClock(NOW)))
    assert len(parsed) == len(items)
    summaries = [str(e["SUMMARY"]) for e in parsed]
    assert summaries[0] == "Screening (eerste screening): K-7"
    assert "Schoolsignaal: K-7" in summaries
    assert "Afspraak (gesprek): V-3" in summaries
    first = parsed[0]
    assert first.decoded("DTSTART") == date(2024, 6, 15)
    assert first.decoded("DTSTAMP") == NOW
    signal = next(e for e in parsed if str(e["SUMMARY"]).startswith("Schoolsignaal"))
    assert signal.decoded("DTEND") == INTAKE + timedelta(hours=24)
    assert len({str(e["UID"]) for e in parsed}) == len(parsed)


def test_export_contains_no_names_school_or_instrument() -> None:
    data = to_ical(sample_items(), "Team Noord", ManualClock(NOW))
    text = data.decode("utf-8")
    for secret in (CHILD_NAME, MOTHER_NAME, "El Amrani", SCHOOL, "Regenboog", "CATS", "PTSS"):
        assert secret not in text
    for event in events(data):
        assert set(event) <= {"UID", "DTSTAMP", "SUMMARY", "DTSTART", "DTEND", "CLASS"}


def test_same_item_gets_the_same_uid_in_a_later_export() -> None:
    first = events(to_ical(sample_items(), "x", ManualClock(NOW)))
    later = events(to_ical(sample_items(), "x", ManualClock(NOW + timedelta(days=3))))
    assert [str(e["UID"]) for e in first] == [str(e["UID"]) for e in later]


def test_sent_signals_and_done_screenings_leave_the_agenda() -> None:
    task = SchoolSignalTask(CHILD_NAME, SCHOOL, INTAKE).mark_sent(NOW, "J.", Channel.PHONE)
    assert school_signal_item(task, "K-7") is None
    plan = plan_for_client(
        ClientKind.ADULT, date(1990, 1, 1), INTAKE.date(), None, shipped_instruments()
    )
    left = screening_items(plan, "V-3", done_keys={"eerste"})
    assert len(left) == len(plan) - 1
    assert all(item.kind is AgendaKind.SCREENING for item in left)


def test_observation_is_shown_as_observation() -> None:
    plan = plan_for_client(
        ClientKind.CHILD, date(2023, 1, 1), INTAKE.date(), None, shipped_instruments()
    )
    assert screening_items(plan, "K-9")[0].summary == "Observatie (eerste screening): K-9"


@pytest.mark.parametrize("who", [MOTHER_NAME, "Jan de Vries", "", "ditisveelteeenlangpseudoniem"])
def test_full_names_and_odd_labels_are_refused_as_who(who: str) -> None:
    with pytest.raises(InvalidRecord, match="pseudoniem"):
        AgendaItem(AgendaKind.APPOINTMENT, who, NOW, NOW)


@pytest.mark.parametrize("who", ["A.B.", "K-7", "Zonnebloem"])
def test_initials_and_pseudonyms_are_accepted(who: str) -> None:
    assert AgendaItem(AgendaKind.APPOINTMENT, who, NOW, NOW).who == who


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (NOW, None),
        (date(2024, 6, 1), NOW),
        (NOW, NOW - timedelta(minutes=1)),
        (datetime(2024, 6, 1, 9, 0), datetime(2024, 6, 1, 10, 0)),
    ],
)
def test_item_times_must_be_consistent(start: date | datetime, end: datetime | None) -> None:
    with pytest.raises(InvalidRecord):
        AgendaItem(AgendaKind.APPOINTMENT, "V-3", start, end)


def test_label_and_default_clock_are_used() -> None:
    calendar = icalendar.Calendar.from_ical(to_ical([], "Team Zuid"))
    assert str(calendar["X-WR-CALNAME"]) == "Team Zuid"
    assert str(calendar["VERSION"]) == "2.0"
