"""Meldcode concerns as stored: the domain takes each step, the vault keeps it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from opvang.afwegingskader import Outcome, WeighingAnswers
from opvang.concerns import ConcernService, ContactPerson, ObservationKind, Urgency
from opvang.errors import IncompleteWeighing, InvalidRecord, StepOrderError
from opvang.intake_form import IntakeForm
from opvang.intakes import IntakeService
from opvang.kindcheck import Answer, ChildSituation, ChildWhereabouts
from opvang.kindchecks import KindcheckService
from opvang.meldcode import Action, MeldcodeStep, SkipReason
from opvang.records import Household
from secure_store.clock import ManualClock
from secure_store.session import Session

Form = Callable[..., IntakeForm]
D = date(2026, 3, 2)


@pytest.fixture
def household(worker: Session, household_form: Form, clock: ManualClock) -> Household:
    made = IntakeService(worker).admit(household_form())
    clock.advance(timedelta(days=10))
    return made


def test_a_concern_about_an_adult_involves_every_child_by_default(
    worker: Session, household: Household
) -> None:
    concern = ConcernService(worker).open(household.adults[0].id, "Zorg om de kinderen.", D)
    assert concern.children == tuple(c.id for c in household.children)
    assert concern.urgency is Urgency.NOT_ASSESSED
    assert concern.contact.name == worker.identity.display_name
    about_child = ConcernService(worker).open(household.children[2].id, "Sem is stil.", D)
    assert about_child.children == (household.children[2].id,)


def test_the_five_steps_are_walked_and_stored_to_a_report_decision(
    worker: Session, household: Household
) -> None:
    service = ConcernService(worker)
    concern = service.open(household.adults[0].id, "Vermoeden van geweld door ex-partner.", D)
    service.add_observation(
        concern.id, ObservationKind.FACT, "Blauwe plek op arm van Lotte.", "mentor", D
    )
    service.add_observation(
        concern.id, ObservationKind.OPINION, "Moeder lijkt bang voor de ex.", "mentor", D
    )
    service.complete_step(concern.id, MeldcodeStep.MAP_SIGNS, D, "Signalen vastgelegd.")
    service.complete_step(concern.id, MeldcodeStep.CONSULT, D, "Collega en aandachtsfunctionaris.")
    service.skip_conversation(concern.id, SkipReason.SAFETY, D, "Ex-partner belt dagelijks.")
    answers = WeighingAnswers(suspicion=True, unsafety=True)
    with pytest.raises(InvalidRecord, match="acuut of structureel"):
        service.weigh(concern.id, answers, D, "")
    weighed = service.weigh(concern.id, answers, D, "Afweging gemaakt.", Urgency.STRUCTURAL)
    assert weighed.concern.decision is not None
    assert weighed.concern.decision.outcome is Outcome.REPORT
    assert weighed.urgency is Urgency.STRUCTURAL and weighed.answers == answers
    with pytest.raises(StepOrderError, match="gemeld bij Veilig Thuis"):
        service.decide(concern.id, frozenset({Action.HELP}), D, "")
    done = service.decide(concern.id, frozenset({Action.REPORT}), D, "Gemeld bij Veilig Thuis.")
    assert done.finished
    assert [r.step for r in done.concern.records] == list(MeldcodeStep)
    assert done.concern.records[2].skipped_because is SkipReason.SAFETY
    assert [o.kind for o in done.observations] == [ObservationKind.FACT, ObservationKind.OPINION]
    assert service.open_concerns() == []


def test_steps_out_of_order_are_refused_and_nothing_is_stored(
    worker: Session, household: Household
) -> None:
    service = ConcernService(worker)
    concern = service.open(household.adults[0].id, "Zorg.", D)
    with pytest.raises(StepOrderError):
        service.complete_step(concern.id, MeldcodeStep.CONSULT, D, "")
    with pytest.raises(IncompleteWeighing):
        for step in (MeldcodeStep.MAP_SIGNS, MeldcodeStep.CONSULT, MeldcodeStep.TALK_WITH_CLIENT):
            service.complete_step(concern.id, step, D, "")
        service.weigh(concern.id, WeighingAnswers(), D, "")
    assert len(service.get(concern.id).concern.records) == 3


def test_acute_danger_reports_at_once(worker: Session, household: Household) -> None:
    service = ConcernService(worker)
    concern = service.open(household.children[1].id, "Lotte vertelt over een dreigement.", D)
    service.complete_step(concern.id, MeldcodeStep.MAP_SIGNS, D, "")
    done = service.report_acute(concern.id, D, "Direct gebeld.")
    assert done.finished and done.urgency is Urgency.ACUTE
    assert done.concern.actions == frozenset({Action.REPORT})


def test_help_without_unsafety_needs_a_help_action(worker: Session, household: Household) -> None:
    service = ConcernService(worker)
    concern = service.open(household.adults[1].id, "Zorg over oma.", D)
    for step in (MeldcodeStep.MAP_SIGNS, MeldcodeStep.CONSULT, MeldcodeStep.TALK_WITH_CLIENT):
        service.complete_step(concern.id, step, D, "")
    answers = WeighingAnswers(True, False, True, True, None)
    weighed = service.weigh(concern.id, answers, D, "")
    assert weighed.concern.decision is not None
    assert weighed.concern.decision.awaiting_evaluation
    assert weighed.urgency is Urgency.NOT_ESTABLISHED


def test_concern_details_are_checked(worker: Session, household: Household) -> None:
    service = ConcernService(worker)
    with pytest.raises(InvalidRecord, match="Beschrijf"):
        service.open(household.adults[0].id, " ", D)
    concern = service.open(household.adults[0].id, "Zorg.", D)
    with pytest.raises(InvalidRecord, match="bron"):
        service.add_observation(concern.id, ObservationKind.FACT, "Iets", "", D)
    with pytest.raises(InvalidRecord, match="dit huishouden"):
        service.set_children(concern.id, [household.adults[1].id])
    changed = service.set_contact(concern.id, ContactPerson("Jet Test", "mentor", "06-12345678"))
    assert changed.contact.phone == "06-12345678"
    assert service.set_children(concern.id, []).children == ()
    assert len(service.of_client(household.adults[0].id)) == 1


def test_a_kindcheck_for_an_adult_is_evaluated_and_kept(
    worker: Session, household: Household
) -> None:
    mother = household.adults[0].id
    service = KindcheckService(worker)
    child = ChildSituation("Kind-elders", ChildWhereabouts.ELSEWHERE, Answer.UNKNOWN)
    stored = service.record(mother, D, Answer.YES, (child,))
    assert stored.result.concern
    assert "Kind-elders (elders)" in stored.result.reasons[0]
    assert service.of_client(mother) == [stored]
    with pytest.raises(InvalidRecord, match="volwassen"):
        service.record(household.children[0].id, D, Answer.NO)
