"""The content the reports render: intake summary, screening overview, melding facts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from opvang.afwegingskader import WeighingAnswers
from opvang.clients import ClientService
from opvang.concerns import ConcernService, ObservationKind, Urgency
from opvang.errors import RecordNotFound
from opvang.follow_up import FollowUp
from opvang.follow_ups import FollowUpService
from opvang.intake_form import IntakeForm
from opvang.intakes import IntakeService
from opvang.meldcode import MeldcodeStep
from opvang.records import CONFIDENTIAL_MARK, Household
from opvang.report_content import ReportContent
from opvang.safety_plans import SafetyPlanService
from opvang.screenings import ScreeningService, TimelineStatus
from opvang.veiligheidsplan import Agreement, Contact, Risk
from secure_store.audit import AuditQuery
from secure_store.clock import ManualClock
from secure_store.session import Session
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES

Form = Callable[..., IntakeForm]
D = date(2026, 3, 2)
ADDRESS = "Geheimelaan 7"


@pytest.fixture
def household(worker: Session, household_form: Form, clock: ManualClock) -> Household:
    household = IntakeService(worker).admit(household_form())
    clock.advance(timedelta(days=5))
    return household


def test_the_intake_summary_has_every_client_and_no_shelter_unless_chosen(
    worker: Session, household: Household
) -> None:
    ClientService(worker).add_goal(household.children[1].id, "Elke dag naar school.")
    SafetyPlanService(worker).save(
        household.id, D, D + timedelta(days=14), (Risk("Ex-partner zoekt contact"),),
        (Agreement("Niet alleen naar buiten", "moeder"),), (Contact("Politie", "nood", "112"),),
    )  # fmt: skip
    content = ReportContent(worker)
    summary = content.intake_summary(household.id)
    assert summary.reference == household.reference
    assert [a.name for a in summary.adults] == ["Marieke Testvrouw", "Ans Testvrouw"]
    assert [c.age_at_intake for c in summary.children] == [2, 9, 14]
    assert summary.children[0].plan[0].instrument_id is None
    assert summary.children[1].school_signal is not None
    assert summary.children[1].goals[0].text == "Elke dag naar school."
    assert summary.children[2].consent is not None
    assert summary.safety_plan is not None and summary.safety_plan.contacts[0].phone == "112"
    assert summary.shelter is None
    assert ADDRESS not in repr(summary) and "Linde" not in repr(summary)
    chosen = content.intake_summary(household.id, include_shelter_address=True)
    assert chosen.shelter is not None and ADDRESS in chosen.shelter.address


def test_the_screening_overview_lists_instruments_dates_scores_and_follow_up(
    worker: Session, household: Household
) -> None:
    sem = household.children[2]
    answers = {f"e{i}": 0 for i in range(1, 16)} | {"e3": 1}
    answers |= {f"s{i}": 2 for i in range(1, 21)}
    screening = ScreeningService(worker).record(sem.id, "eerste", answers, date(2026, 3, 6))
    FollowUpService(worker).offer(
        screening.id, FollowUp("eerste").offered(D + timedelta(days=5), "TF-CBT")
    )
    overview = ReportContent(worker).screening_overview(sem.id)
    first = overview.entries[0]
    assert (first.key, first.status, first.instrument_id) == (
        "eerste", TimelineStatus.DONE, "cats-self-7-17",
    )  # fmt: skip
    assert first.total == 40 and first.positive
    assert first.instrument_name.startswith("CATS")
    assert first.follow_ups[0].offer == "TF-CBT"
    assert first.follow_up_gap is not None and "geaccepteerd" in first.follow_up_gap
    assert overview.entries[1].status is TimelineStatus.PLANNED
    assert overview.age == 14 and overview.consent is not None


def test_melding_facts_keep_facts_and_opinions_apart_and_leave_the_shelter_out(
    worker: Session, household: Household, ov_vault: Vault
) -> None:
    service = ConcernService(worker)
    concern = service.open(household.adults[0].id, "Dreiging door ex-partner.", D)
    service.add_observation(
        concern.id, ObservationKind.FACT, "Sms met dreigement gezien.", "mentor", D
    )
    service.add_observation(
        concern.id, ObservationKind.OPINION, "Kinderen lijken angstig.", "mentor", D
    )
    for step in (MeldcodeStep.MAP_SIGNS, MeldcodeStep.CONSULT, MeldcodeStep.TALK_WITH_CLIENT):
        service.complete_step(concern.id, step, D, f"stap {step.value}")
    service.weigh(concern.id, WeighingAnswers(True, True), D, "", Urgency.ACUTE)
    content = ReportContent(worker)
    facts = content.melding_facts(concern.id)
    assert facts.reference == f"{household.reference}-M1"
    assert [f.text for f in facts.facts] == ["Sms met dreigement gezien."]
    assert [o.text for o in facts.opinions] == ["Kinderen lijken angstig."]
    assert [c.name for c in facts.children] == ["Pim Testkind", "Lotte Testkind", "Sem Testkind"]
    assert facts.urgency is Urgency.ACUTE
    assert [r.step for r in facts.done] == list(MeldcodeStep)[:4]
    assert facts.contact.name == worker.identity.display_name
    assert facts.shelter is None and ADDRESS not in repr(facts)
    assert content.melding_facts(concern.id, include_shelter_address=True).shelter is not None
    privacy = ov_vault.unlock("privacy", PASSPHRASES["privacy"])
    details = [e.detail for e in privacy.read_audit(AuditQuery(action="report.content"))]
    assert sorted(details) == ["melding shelter_address=no", "melding shelter_address=yes"]


def test_references_resolve_to_households_clients_and_concerns(
    worker: Session, household: Household
) -> None:
    concern = ConcernService(worker).open(household.adults[0].id, "Zorg.", D)
    content = ReportContent(worker)
    assert content.resolve(household.reference.lower()).kind == "intake"
    child = content.resolve(household.children[0].pseudonym)
    assert (child.kind, child.client_id) == ("screening", household.children[0].id)
    melding = content.resolve(f"{household.reference}-M1")
    assert (melding.kind, melding.concern_id) == ("melding", concern.id)
    with pytest.raises(RecordNotFound):
        content.resolve("OV-NIETS")


def test_a_confidential_address_never_formats_itself(worker: Session, location_id: str) -> None:
    from opvang.locations import LocationService

    (location,) = LocationService(worker).list()
    assert str(location.address) == CONFIDENTIAL_MARK
    assert f"{location.address}" == CONFIDENTIAL_MARK
    assert ADDRESS not in repr(location)
    assert ADDRESS in location.address.reveal()
