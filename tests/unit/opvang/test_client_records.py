"""A client's own record: data, plan and notes; school signals; the veiligheidsplan."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from opvang.clients import ClientService
from opvang.consent import Gezag, GezagKind
from opvang.errors import InvalidRecord, RecordNotFound
from opvang.handle_with_care import Channel, SignalStatus
from opvang.intake_form import IntakeForm
from opvang.intakes import IntakeService
from opvang.locations import LocationService
from opvang.records import GoalStatus, Household, SchoolContact
from opvang.safety_plans import SafetyPlanService
from opvang.school_signals import SchoolSignalService
from opvang.veiligheidsplan import Contact, Risk
from secure_store.clock import ManualClock
from secure_store.session import Session

Form = Callable[..., IntakeForm]


@pytest.fixture
def household(worker: Session, household_form: Form) -> Household:
    return IntakeService(worker).admit(household_form())


def test_a_childs_own_data_changes_and_the_consent_follows_the_gezag(
    worker: Session, household: Household
) -> None:
    service = ClientService(worker)
    lotte = household.children[1]
    updated = service.update(
        lotte.id, mentor="Jet", gezag=Gezag(GezagKind.GUARDIAN, "Jeugdbescherming Test")
    )
    assert service.get(lotte.id) == updated
    consent = updated.consent_on(date(2026, 3, 2))
    assert consent is not None and "de voogd (Jeugdbescherming Test)" in consent.explanation
    assert service.update(lotte.id, mentor="Jet") == updated, "no change, no write"
    with pytest.raises(InvalidRecord, match="Onbekend veld"):
        service.update(lotte.id, pseudonym="iets")
    with pytest.raises(InvalidRecord, match="toekomst"):
        service.update(lotte.id, date_of_birth=date(2027, 1, 1))
    with pytest.raises(InvalidRecord, match="voornaam"):
        service.update(lotte.id, first_name=" ")
    with pytest.raises(RecordNotFound):
        service.get("bestaat-niet")


def test_each_client_has_an_own_plan_with_goals_and_own_notes(
    worker: Session, household: Household, clock: ManualClock
) -> None:
    service = ClientService(worker)
    sem, pim = household.children[2], household.children[0]
    goal = service.add_goal(sem.id, "Wekelijks praten met de mentor.", date(2026, 4, 1))
    service.add_goal(sem.id, "Sporten.")
    service.set_goal(dataclasses.replace(goal, status=GoalStatus.WORKING))
    assert [(g.text, g.status) for g in service.goals(sem.id)] == [
        ("Wekelijks praten met de mentor.", GoalStatus.WORKING),
        ("Sporten.", GoalStatus.OPEN),
    ]
    assert service.goals(pim.id) == []
    service.add_note(sem.id, "Eerste gesprek.")
    clock.advance(timedelta(hours=1))
    service.add_note(sem.id, "Tweede gesprek.")
    assert [n.text for n in service.notes(sem.id)] == ["Tweede gesprek.", "Eerste gesprek."]
    assert service.notes(pim.id) == []
    with pytest.raises(InvalidRecord, match="leeg"):
        service.add_note(sem.id, "  ")
    with pytest.raises(RecordNotFound):
        service.set_goal(dataclasses.replace(goal, id="weg"))


def test_a_school_signal_is_sent_once_with_who_when_and_how(
    worker: Session, household: Household, clock: ManualClock
) -> None:
    service = SchoolSignalService(worker)
    signal = service.of_client(household.children[1].id)
    assert signal is not None
    text = service.message(signal.id)
    assert "Lotte" in text and "Basisschool De Regenboog" in text
    assert "opvang" not in text.lower() and "geweld" not in text.lower()
    clock.advance(timedelta(hours=5))
    sent = service.mark_sent(signal.id, clock.now(), Channel.PHONE)
    assert sent.status is SignalStatus.SENT and sent.task.sent_on_time
    assert sent.task.sent is not None and sent.task.sent.sent_by == worker.identity.display_name
    with pytest.raises(InvalidRecord, match="al verstuurd"):
        service.mark_sent(signal.id, clock.now(), Channel.PHONE)
    assert service.of_client(household.children[0].id) is None


def test_childcare_recorded_later_creates_the_task_and_a_school_can_be_filled_in(
    worker: Session, household: Household
) -> None:
    pim = household.children[0]
    signals = SchoolSignalService(worker)
    assert signals.sync(pim.id) is None
    ClientService(worker).update(pim.id, childcare="Peuterspeelzaal De Hoek")
    task = signals.sync(pim.id)
    assert task is not None and task.task.school == "Peuterspeelzaal De Hoek"
    assert task.task.due_at == household.intake.intake_at + timedelta(hours=24)
    assert signals.sync(pim.id) == task
    lotte = household.children[1]
    ClientService(worker).update(lotte.id, school=SchoolContact("Nieuwe school"))
    changed = signals.sync(lotte.id)
    assert changed is not None and changed.task.school == "Nieuwe school"


def test_a_veiligheidsplan_per_household_and_per_client(
    worker: Session, household: Household, clock: ManualClock
) -> None:
    service = SafetyPlanService(worker)
    assert service.get(household.id) is None
    day = date(2026, 3, 2)
    risks = (Risk("Ex-partner kent de school", "school weet wie Lotte mag ophalen"),)
    contacts = (Contact("Wijkagent", "politie", "0900-8844"),)
    first = service.save(household.id, day, day + timedelta(days=7), risks, (), contacts)
    again = service.save(household.id, day, day + timedelta(days=14), risks, (), contacts)
    assert again.id == first.id
    sem = household.children[2]
    own = service.save(household.id, day, day + timedelta(days=30), (), (), (), client_id=sem.id)
    assert own.id != first.id and own.plan.subject_ref == sem.pseudonym
    stored = service.get(household.id)
    assert stored is not None and stored.plan.review_on == date(2026, 3, 16)
    assert stored.plan.risks == risks
    clock.advance(timedelta(days=15))
    assert [p.id for p in service.due_for_review()] == [first.id]
    with pytest.raises(InvalidRecord, match="telefoonnummer"):
        service.save(household.id, day, day, (), (), (Contact("X", "y", "geen"),))
    with pytest.raises(RecordNotFound):
        service.save(household.id, day, day, (), (), (), client_id="bestaat-niet")


def test_locations_are_named_once(worker: Session, location_id: str) -> None:
    service = LocationService(worker)
    with pytest.raises(InvalidRecord, match="al een locatie"):
        service.add("Huis De Linde", "Ergens 1")
    with pytest.raises(InvalidRecord, match="naam en het adres"):
        service.add("", "")
    assert service.get(location_id).name == "Huis De Linde"
    with pytest.raises(RecordNotFound):
        service.get("weg")
