"""Recording screenings: scored on the way in, linked to the plan, followed up when positive."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from opvang.errors import AnswerError, InvalidRecord, RecordNotFound
from opvang.follow_up import FollowUp, FollowUpStatus
from opvang.follow_ups import FollowUpService
from opvang.intake_form import IntakeForm
from opvang.intakes import IntakeService
from opvang.records import Household
from opvang.screenings import ScreeningService, TimelineStatus
from secure_store.clock import ManualClock
from secure_store.session import Session

Form = Callable[..., IntakeForm]
POSITIVE_PC_PTSD = {"blootstelling": 1, "v1": 1, "v2": 1, "v3": 1, "v4": 0, "v5": 0}


@pytest.fixture
def household(worker: Session, household_form: Form) -> Household:
    return IntakeService(worker).admit(household_form())


def test_a_completed_form_is_scored_and_stored_with_the_instrument_version(
    worker: Session, household: Household, clock: ManualClock
) -> None:
    mother = household.adults[0]
    clock.advance(timedelta(days=3))
    stored = ScreeningService(worker).record(
        mother.id, "eerste", POSITIVE_PC_PTSD, date(2026, 3, 5)
    )
    assert stored.result is not None
    assert (stored.result.total, stored.positive) == (3, True)
    assert stored.instrument_version == "2016"
    assert stored.recorded_by == worker.identity.display_name
    again = ScreeningService(worker).screenings(mother.id)
    assert again == [stored]


def test_answers_that_cannot_be_scored_store_nothing(worker: Session, household: Household) -> None:
    mother = household.adults[0]
    with pytest.raises(AnswerError):
        ScreeningService(worker).record(mother.id, "eerste", {"blootstelling": 1}, date(2026, 3, 2))
    with pytest.raises(AnswerError, match="staat niet op de schaal"):
        ScreeningService(worker).record(
            mother.id, "eerste", {**POSITIVE_PC_PTSD, "v1": 3}, date(2026, 3, 2)
        )
    assert ScreeningService(worker).screenings(mother.id) == []


def test_a_plan_moment_is_recorded_once_and_never_in_the_future(
    worker: Session, household: Household
) -> None:
    mother = household.adults[0].id
    service = ScreeningService(worker)
    with pytest.raises(InvalidRecord, match="toekomst"):
        service.record(mother, "eerste", POSITIVE_PC_PTSD, date(2026, 3, 3))
    service.record(mother, "eerste", POSITIVE_PC_PTSD, date(2026, 3, 2))
    with pytest.raises(InvalidRecord, match="al vastgelegd"):
        service.record(mother, "eerste", POSITIVE_PC_PTSD, date(2026, 3, 2))
    with pytest.raises(RecordNotFound):
        service.record(mother, "bestaat-niet", POSITIVE_PC_PTSD, date(2026, 3, 2))
    with pytest.raises(InvalidRecord, match="Kies het screeningsinstrument"):
        service.record(mother, None, POSITIVE_PC_PTSD, date(2026, 3, 2))
    extra = service.record(
        mother, None, POSITIVE_PC_PTSD, date(2026, 3, 2), instrument_id="pc-ptsd-5"
    )
    assert extra.key == "extra-1"


def test_the_toddler_gets_an_observation_and_the_timeline_shows_each_moments_state(
    worker: Session, household: Household, clock: ManualClock
) -> None:
    toddler = household.children[0]
    service = ScreeningService(worker)
    clock.advance(timedelta(days=20))
    service.record_observation(
        toddler.id, "eerste", date(2026, 3, 20), "Kinderpsycholoog Test", "Schrikt snel.", True
    )
    lotte = household.children[1]
    timeline = service.timeline(lotte.id)
    assert [(e.key, e.status) for e in timeline[:2]] == [
        ("eerste", TimelineStatus.OVERDUE),
        ("herhaling-1", TimelineStatus.PLANNED),
    ]
    toddler_line = service.timeline(toddler.id)
    assert toddler_line[0].status is TimelineStatus.DONE
    assert toddler_line[0].screening is not None and toddler_line[0].screening.positive
    with pytest.raises(InvalidRecord, match="wie heeft geobserveerd"):
        service.record_observation(toddler.id, None, date(2026, 3, 20), "", "", False)


def test_a_positive_screen_is_followed_up_step_by_step(
    worker: Session, household: Household, clock: ManualClock
) -> None:
    mother = household.adults[0].id
    clock.advance(timedelta(days=30))
    screening = ScreeningService(worker).record(
        mother, "eerste", POSITIVE_PC_PTSD, date(2026, 3, 5)
    )
    follow_ups = FollowUpService(worker)
    offer = FollowUp("eerste").offered(date(2026, 3, 6), "EMDR bij GGZ Test")
    stored = follow_ups.offer(screening.id, offer)
    with pytest.raises(InvalidRecord, match="loopt al"):
        follow_ups.offer(screening.id, offer)
    stored = follow_ups.update(stored.id, stored.follow_up.accepted(date(2026, 3, 8)))
    stored = follow_ups.update(stored.id, stored.follow_up.started(date(2026, 3, 20)))
    assert stored.follow_up.status is FollowUpStatus.STARTED
    assert [f.follow_up for f in follow_ups.of_client(mother)] == [stored.follow_up]
    with pytest.raises(InvalidRecord, match="oplopen"):
        follow_ups.update(stored.id, stored.follow_up.__class__(
            "eerste", "EMDR", date(2026, 3, 6), date(2026, 3, 8), None, date(2026, 3, 7)
        ))  # fmt: skip


def test_a_negative_screen_takes_no_follow_up(worker: Session, household: Household) -> None:
    mother = household.adults[0].id
    negative = {"blootstelling": 0}
    screening = ScreeningService(worker).record(mother, "eerste", negative, date(2026, 3, 2))
    assert not screening.positive
    with pytest.raises(InvalidRecord, match="positieve screening"):
        FollowUpService(worker).offer(
            screening.id, FollowUp("eerste").offered(date(2026, 3, 2), "x")
        )


def test_a_declined_offer_stays_and_a_new_offer_can_follow(
    worker: Session, household: Household, clock: ManualClock
) -> None:
    mother = household.adults[0].id
    clock.advance(timedelta(days=30))
    screening = ScreeningService(worker).record(
        mother, "eerste", POSITIVE_PC_PTSD, date(2026, 3, 5)
    )
    service = FollowUpService(worker)
    first = service.offer(screening.id, FollowUp("eerste").offered(date(2026, 3, 6), "EMDR"))
    service.update(first.id, first.follow_up.declined(date(2026, 3, 7)))
    second = service.offer(screening.id, FollowUp("eerste").offered(date(2026, 3, 20), "TF-CBT"))
    statuses = [f.follow_up.status for f in service.of_client(mother)]
    assert statuses == [FollowUpStatus.DECLINED, FollowUpStatus.OFFERED]
    assert second.follow_up.offer == "TF-CBT"
