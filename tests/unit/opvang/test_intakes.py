"""Admitting a household: every person a client, their plans and school signals, in one go."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from opvang import intakes
from opvang.consent import AgeBand, ConsentParty
from opvang.errors import InvalidRecord
from opvang.handle_with_care import SignalStatus
from opvang.households import HouseholdService
from opvang.intake_form import IntakeForm
from opvang.intakes import IntakeService
from opvang.monitoring import ExitDestination
from opvang.records import IntakeKind, Phase
from opvang.school_signals import SchoolSignalService
from opvang.screening_plan import ClientKind, PlannedKind
from opvang.screenings import ScreeningService
from secure_store.clock import ManualClock
from secure_store.session import Session

Form = Callable[..., IntakeForm]


def test_a_household_of_two_adults_and_three_children_becomes_five_client_records(
    worker: Session, household_form: Form
) -> None:
    household = IntakeService(worker).admit(household_form())
    assert len(household.clients) == 5
    assert [c.kind for c in household.clients] == [ClientKind.ADULT] * 2 + [ClientKind.CHILD] * 3
    assert {c.first_name: c.age_on(date(2026, 3, 2)) for c in household.children} == {
        "Pim": 2, "Lotte": 9, "Sem": 14,
    }  # fmt: skip
    assert household.reference.startswith("OV-")
    pseudonyms = [c.pseudonym for c in household.clients]
    assert pseudonyms == [f"{household.reference}-{p}" for p in ("V1", "V2", "K1", "K2", "K3")]
    assert all(c.hulpvraag for c in household.clients), "each client keeps an own hulpvraag"
    stored = HouseholdService(worker).get(household.id)
    assert stored == household
    assert stored.intake.phase is Phase.INSTROOM


def test_each_child_gets_the_consent_rule_of_its_age_and_gezag(
    worker: Session, household_form: Form
) -> None:
    household = IntakeService(worker).admit(household_form())
    day = date(2026, 3, 2)
    consent = {c.first_name: c.consent_on(day) for c in household.clients}
    assert consent["Marieke"] is None and consent["Ans"] is None
    assert consent["Pim"].band is AgeBand.UNDER_12
    assert consent["Pim"].parties == (ConsentParty.PARENTS_WITH_GEZAG,)
    assert consent["Lotte"].band is AgeBand.UNDER_12
    assert consent["Sem"].band is AgeBand.FROM_12_TO_15
    assert consent["Sem"].parties == (ConsentParty.CHILD, ConsentParty.PARENTS_WITH_GEZAG)
    assert "de ouder met gezag (moeder)" in consent["Sem"].explanation


def test_plans_use_the_instrument_for_each_age_and_an_observation_for_the_two_year_old(
    worker: Session, household_form: Form
) -> None:
    household = IntakeService(worker).admit(household_form())
    screenings = ScreeningService(worker)
    first = {c.first_name: screenings.plan(c.id)[0] for c in household.clients}
    assert {n: p.instrument_id for n, p in first.items()} == {
        "Marieke": "pc-ptsd-5", "Ans": "pc-ptsd-5", "Pim": None,
        "Lotte": "cats-self-7-17", "Sem": "cats-self-7-17",
    }  # fmt: skip
    assert first["Pim"].kind is PlannedKind.OBSERVATION
    assert "geen passend screeningsinstrument voor 2 jaar" in first["Pim"].reason
    assert all(p.due_on == date(2026, 3, 16) for p in first.values()), "default: within 2 weeks"
    rescreen = screenings.plan(household.adults[0].id)[1]
    assert (rescreen.key, rescreen.due_on) == ("herhaling-1", date(2026, 6, 2)), "after 3 months"


def test_two_school_signals_are_due_24_hours_after_intake_none_for_the_toddler(
    worker: Session, household_form: Form
) -> None:
    household = IntakeService(worker).admit(household_form())
    signals = SchoolSignalService(worker).all()
    names = {s.client_id: s.task.child_ref for s in signals}
    assert sorted(names.values()) == ["Lotte", "Sem"]
    assert {s.task.school for s in signals} == {"Basisschool De Regenboog", "Het Lyceum"}
    assert all(s.task.due_at == household.intake.intake_at + timedelta(hours=24) for s in signals)
    assert all(s.status is SignalStatus.DUE for s in signals)


def test_a_toddler_with_recorded_childcare_gets_a_signal_too(
    worker: Session, household_form: Form
) -> None:
    IntakeService(worker).admit(household_form(toddler_childcare="Kinderdagverblijf Het Nest"))
    signals = {s.task.child_ref: s.task.school for s in SchoolSignalService(worker).all()}
    assert signals == {
        "Pim": "Kinderdagverblijf Het Nest",
        "Lotte": "Basisschool De Regenboog",
        "Sem": "Het Lyceum",
    }


def test_advancing_the_clock_makes_signals_and_screenings_overdue(
    worker: Session, household_form: Form, clock: ManualClock
) -> None:
    IntakeService(worker).admit(household_form())
    clock.advance(timedelta(hours=23, minutes=59))
    assert {s.status for s in SchoolSignalService(worker).all()} == {SignalStatus.DUE}
    clock.advance(timedelta(minutes=2))
    assert {s.status for s in SchoolSignalService(worker).all()} == {SignalStatus.OVERDUE}
    screenings = ScreeningService(worker)
    assert {d.overdue for d in screenings.due_list()} == {False}
    assert len(screenings.due_list()) == 5, "every client's first screening is open"
    clock.advance(timedelta(days=14))
    due = screenings.due_list()
    assert len(due) == 5 and all(d.overdue for d in due)
    assert {d.planned.key for d in due} == {"eerste"}


def test_nothing_is_created_when_the_intake_fails_halfway(
    worker: Session, household_form: Form, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> str:
        raise OSError("schijf vol")

    monkeypatch.setattr(intakes, "write_task", broken)
    with pytest.raises(OSError):
        IntakeService(worker).admit(household_form())
    for table in ("cases", "ov_households", "ov_clients", "ov_planned", "ov_school_signals"):
        assert worker.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"adults": ()}, "minstens één volwassene"),
        ({"location_id": None}, "Kies de opvanglocatie"),
        ({"planned_end": date(2026, 3, 1)}, "einddatum ligt vóór de intake"),
    ],
)
def test_an_incomplete_form_is_refused_with_a_dutch_reason(
    worker: Session, household_form: Form, change: dict[str, object], message: str
) -> None:
    form = dataclasses.replace(household_form(), **change)
    with pytest.raises(InvalidRecord, match=message):
        IntakeService(worker).admit(form)
    assert worker.conn.execute("SELECT count(*) FROM ov_households").fetchone()[0] == 0


def test_a_child_of_18_is_refused_as_child(worker: Session, household_form: Form) -> None:
    form = household_form()
    grown = dataclasses.replace(form.children[0], date_of_birth=date(2008, 1, 1))
    with pytest.raises(InvalidRecord, match="18 jaar of ouder"):
        IntakeService(worker).admit(dataclasses.replace(form, children=(grown,)))


def test_an_ambulant_trajectory_needs_no_location(worker: Session, household_form: Form) -> None:
    form = dataclasses.replace(household_form(), kind=IntakeKind.AMBULANT, location_id=None)
    household = IntakeService(worker).admit(form)
    assert household.intake.location_id is None


def test_doorstroom_and_uitstroom_are_recorded_and_the_exit_screening_follows_the_end(
    worker: Session, household_form: Form, location_id: str, clock: ManualClock
) -> None:
    service = IntakeService(worker)
    household = service.admit(household_form())
    mother = household.adults[0]
    household = service.set_planned_end(household.id, date(2026, 5, 1))
    assert [p.key for p in ScreeningService(worker).plan(mother.id)] == ["eerste", "uitstroom"]
    household = service.move_on(household.id, date(2026, 3, 20), IntakeKind.REGULAR, location_id)
    assert household.intake.kind is IntakeKind.REGULAR
    assert household.intake.phase is Phase.DOORSTROOM
    assert household.intake.moves[0].from_kind is IntakeKind.CRISIS
    clock.advance(timedelta(days=40))
    household = service.record_exit(household.id, date(2026, 4, 10), ExitDestination.OWN_HOME)
    assert household.intake.phase is Phase.UITSTROOM
    assert household.intake.destination is ExitDestination.OWN_HOME
    exit_plan = ScreeningService(worker).plan(mother.id)[-1]
    assert (exit_plan.key, exit_plan.due_on) == ("uitstroom", date(2026, 4, 3))
    assert ScreeningService(worker).due_list() == [], "a household that left is off the due list"
    with pytest.raises(InvalidRecord, match="al uitgestroomd"):
        service.record_exit(household.id, date(2026, 4, 10), ExitDestination.OWN_HOME)


def test_changes_to_a_stay_are_checked(
    worker: Session, household_form: Form, location_id: str
) -> None:
    service = IntakeService(worker)
    household = service.admit(household_form())
    with pytest.raises(InvalidRecord, match="al in crisisopvang"):
        service.move_on(household.id, date(2026, 3, 5), IntakeKind.CRISIS, location_id)
    with pytest.raises(InvalidRecord, match="Kies de opvanglocatie"):
        service.move_on(household.id, date(2026, 3, 5), IntakeKind.REGULAR, None)
    with pytest.raises(InvalidRecord, match="vóór de intake"):
        service.move_on(household.id, date(2026, 3, 1), IntakeKind.AMBULANT, None)
    with pytest.raises(InvalidRecord, match="toekomst"):
        service.record_exit(household.id, date(2026, 4, 1), ExitDestination.UNKNOWN)
    with pytest.raises(InvalidRecord, match="einddatum"):
        service.set_planned_end(household.id, date(2026, 1, 1))
