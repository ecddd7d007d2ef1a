"""What leaves the vault from the opvang: the agenda (.ics) and the monitoring CSV."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from opvang.agenda import AgendaKind, AppointmentKind
from opvang.appointments import AppointmentService
from opvang.errors import InvalidRecord
from opvang.figures import MonitoringService
from opvang.follow_up import FollowUp
from opvang.follow_ups import FollowUpService
from opvang.handle_with_care import Channel
from opvang.intake_form import IntakeForm
from opvang.intakes import IntakeService
from opvang.monitoring import ExitDestination, Period
from opvang.records import Household
from opvang.school_signals import SchoolSignalService
from opvang.screening_plan import ClientKind
from opvang.screenings import ScreeningService
from opvang.worklist import EntryStatus, Worklist
from secure_store.audit import AuditQuery
from secure_store.clock import ManualClock
from secure_store.errors import PermissionDenied
from secure_store.session import Session
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES

Form = Callable[..., IntakeForm]
PERSONAL = (
    "Marieke", "Ans", "Testvrouw", "Pim", "Lotte", "Sem", "Testkind", "Regenboog", "Lyceum",
    "juf Anja", "Linde", "Geheimelaan", "1990", "2016", "2011",
)  # fmt: skip
POSITIVE = {"blootstelling": 1, "v1": 1, "v2": 1, "v3": 1, "v4": 0, "v5": 0}


@pytest.fixture
def household(worker: Session, household_form: Form, clock: ManualClock) -> Household:
    household = IntakeService(worker).admit(household_form())
    mother = household.adults[0]
    AppointmentService(worker).add(
        mother.id, AppointmentKind.LEGAL, datetime(2026, 3, 4, 9, 0, tzinfo=UTC),
        datetime(2026, 3, 4, 10, 0, tzinfo=UTC), note="Advocaat mr. Geheim over omgang.",
    )  # fmt: skip
    return household


def test_the_agenda_lists_overdue_first_and_highlights_what_is_late(
    worker: Session, household: Household, clock: ManualClock
) -> None:
    clock.advance(timedelta(days=2))
    entries = Worklist(worker).entries(date(2026, 3, 4), date(2026, 3, 31))
    kinds = [(e.item.kind, e.status) for e in entries]
    assert kinds[:2] == [(AgendaKind.SCHOOL_SIGNAL, EntryStatus.OVERDUE)] * 2
    assert (AgendaKind.OBSERVATION, EntryStatus.DUE) in kinds
    assert kinds.count((AgendaKind.SCREENING, EntryStatus.DUE)) == 4
    assert (AgendaKind.APPOINTMENT, EntryStatus.SCHEDULED) in kinds
    names = {e.client_name for e in entries}
    assert "Lotte Testkind" in names, "inside the vault the worker sees names"


def test_sent_signals_and_done_screenings_leave_the_agenda(
    worker: Session, household: Household, clock: ManualClock
) -> None:
    clock.advance(timedelta(hours=3))
    for signal in SchoolSignalService(worker).all():
        SchoolSignalService(worker).mark_sent(signal.id, clock.now(), Channel.PHONE)
    ScreeningService(worker).record(household.adults[0].id, "eerste", POSITIVE, date(2026, 3, 2))
    entries = Worklist(worker).entries(date(2026, 3, 2), date(2026, 3, 20))
    assert not [e for e in entries if e.item.kind is AgendaKind.SCHOOL_SIGNAL]
    assert [e.item.kind for e in entries].count(AgendaKind.SCREENING) == 3


def test_the_ics_validates_with_icalendar_and_holds_no_names(
    worker: Session, household: Household, tmp_path: Path, ov_vault: Vault
) -> None:
    dest = tmp_path / "agenda.ics"
    receipt = Worklist(worker).export_ics(dest, date(2026, 3, 1), date(2026, 6, 30))
    data = dest.read_bytes()
    assert receipt.sha256 == hashlib.sha256(data).hexdigest()
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) >= 10
    for event in events:
        assert str(event["SUMMARY"]).split(": ")[-1].startswith(household.reference)
        assert "LOCATION" not in event and "DESCRIPTION" not in event
    text = data.decode("utf-8")
    assert not [p for p in PERSONAL if p in text]
    assert "Advocaat" not in text, "the appointment note stays in the vault"
    privacy = ov_vault.unlock("privacy", PASSPHRASES["privacy"])
    (entry,) = privacy.read_audit(AuditQuery(action="export.agenda_ics"))
    assert f"sha256={receipt.sha256}" in entry.detail


def test_the_monitoring_csv_counts_from_stored_records_and_holds_no_personal_data(
    worker: Session, household: Household, tmp_path: Path, clock: ManualClock
) -> None:
    clock.advance(timedelta(hours=2))
    service = SchoolSignalService(worker)
    first, second = service.all()
    service.mark_sent(first.id, clock.now(), Channel.EMAIL)
    clock.advance(timedelta(days=3))
    service.mark_sent(second.id, clock.now(), Channel.PHONE)
    mother = household.adults[0].id
    screening = ScreeningService(worker).record(mother, "eerste", POSITIVE, date(2026, 3, 4))
    FollowUpService(worker).offer(
        screening.id, FollowUp("eerste").offered(date(2026, 3, 5), "EMDR")
    )
    clock.advance(timedelta(days=30))
    IntakeService(worker).record_exit(household.id, date(2026, 3, 30), ExitDestination.OWN_HOME)
    period = Period(date(2026, 3, 1), date(2026, 3, 31))
    figures = MonitoringService(worker).figures(period)
    adults, children = figures.groups[ClientKind.ADULT], figures.groups[ClientKind.CHILD]
    assert (adults.intakes, children.intakes, adults.exits) == (2, 3, 2)
    assert (adults.screened, adults.positive, adults.treatment_offered) == (1, 1, 1)
    assert (children.school_signals_due, children.school_signals_on_time) == (2, 1)
    assert children.exits_by_destination[ExitDestination.OWN_HOME] == 3
    dest = tmp_path / "monitoring.csv"
    MonitoringService(worker).export_csv(dest, period)
    raw = dest.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so spreadsheets read UTF-8"
    text = raw.decode("utf-8-sig")
    assert not [p for p in PERSONAL if p in text]
    assert household.reference not in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["periode_begin", "periode_eind", "groep", "cijfer", "aantal"]
    assert all(r[4].isdigit() or r[4].startswith("<") for r in rows[1:])
    assert ["2026-03-01", "2026-03-31", "kind", "instroom (intakes)", "3"] in rows


def test_exports_are_refused_for_other_roles(
    as_user: Callable[[str], Session], household_form: Form, tmp_path: Path
) -> None:
    IntakeService(as_user("opvang")).admit(household_form())
    doctor = as_user("arts")
    with pytest.raises(PermissionDenied):
        Worklist(doctor).export_ics(tmp_path / "a.ics", date(2026, 3, 1), date(2026, 3, 31))
    with pytest.raises(PermissionDenied):
        MonitoringService(doctor).export_csv(
            tmp_path / "m.csv", Period(date(2026, 1, 1), date(2026, 3, 31))
        )
    assert not (tmp_path / "a.ics").exists() and not (tmp_path / "m.csv").exists()


def test_appointments_are_checked_and_can_be_cancelled(
    worker: Session, household: Household
) -> None:
    service = AppointmentService(worker)
    mother = household.adults[0].id
    start = datetime(2026, 3, 5, 14, 0, tzinfo=UTC)
    with pytest.raises(InvalidRecord, match="niet na de begintijd"):
        service.add(mother, AppointmentKind.MEDICAL, start, start)
    with pytest.raises(InvalidRecord, match="tijdzone"):
        service.add(mother, AppointmentKind.MEDICAL, start.replace(tzinfo=None), start)
    (existing,) = service.of_client(mother)
    service.cancel(existing.id)
    assert service.of_client(mother) == []
