"""The demo households show every state an intake worker meets."""

from __future__ import annotations

from datetime import timedelta

from opvang.concerns import ConcernService
from opvang.demo import seed_opvang_households
from opvang.handle_with_care import SignalStatus
from opvang.households import HouseholdService
from opvang.records import Phase
from opvang.safety_plans import SafetyPlanService
from opvang.school_signals import SchoolSignalService
from opvang.screening_plan import PlannedKind
from opvang.screenings import ScreeningService
from opvang.worklist import EntryStatus, Worklist
from secure_store.clock import ManualClock
from secure_store.session import Session


def test_demo_households_hold_every_state(worker: Session, clock: ManualClock) -> None:
    seed_opvang_households(worker, clock)
    households = HouseholdService(worker).list()
    assert len(households) == 4
    assert {h.intake.phase for h in households} == {Phase.INSTROOM, Phase.UITSTROOM}
    ages = sorted(c.age_on(clock.now().date()) for h in households for c in h.children)
    assert {2, 9, 14} <= set(ages)
    statuses = {s.status for s in SchoolSignalService(worker).all()}
    assert statuses == {SignalStatus.SENT, SignalStatus.OVERDUE}
    due = ScreeningService(worker).due_list()
    assert any(d.overdue for d in due) and any(not d.overdue for d in due)
    assert any(d.planned.kind is PlannedKind.OBSERVATION for d in due), "the 2-year-old"
    done = [
        s for h in households for c in h.clients for s in ScreeningService(worker).screenings(c.id)
    ]
    assert len(done) >= 6 and any(s.positive for s in done)
    steps = sorted(
        len(c.concern.records)
        for h in households
        for c in ConcernService(worker).of_household(h.id)
    )
    assert steps == [2, 4, 5]
    assert sum(1 for h in households if SafetyPlanService(worker).get(h.id)) == 2
    today = clock.now().date()
    entries = Worklist(worker).entries(today, today + timedelta(days=7))
    assert {e.status for e in entries} == set(EntryStatus)
