"""Everything a client page shows, read in one go on the vault worker.

No Qt here: the loaders run on the vault pool and hand plain values to the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from opvang.appointments import Appointment, AppointmentService
from opvang.clients import ClientService
from opvang.concerns import ConcernService, StoredConcern
from opvang.follow_ups import FollowUpService, StoredFollowUp
from opvang.households import HouseholdService
from opvang.instruments import Instrument
from opvang.kindchecks import KindcheckService, StoredKindcheck
from opvang.organisation import Organisation
from opvang.records import Client, Goal, Household, Note
from opvang.safety_plans import SafetyPlanService, StoredPlan
from opvang.school_signals import SchoolSignalService, StoredSignal
from opvang.screenings import DueScreening, ScreeningService, TimelineEntry
from secure_store.session import Session


@dataclass(frozen=True)
class ClientBundle:
    """One client's record with everything around it."""

    household: Household
    client: Client
    timeline: list[TimelineEntry]
    follow_ups: list[StoredFollowUp]
    signal: StoredSignal | None
    concerns: list[StoredConcern]
    kindchecks: list[StoredKindcheck]
    household_plan: StoredPlan | None
    goals: list[Goal]
    notes: list[Note]
    appointments: list[Appointment]
    instruments: dict[str, Instrument]
    today: date


def load_client(session: Session, client_id: str) -> ClientBundle:
    """Read one client's page (each part is audited by its service)."""
    clients = ClientService(session)
    client = clients.get(client_id)
    household = HouseholdService(session).get(client.household_id)
    organisation = Organisation(session)
    screenings = ScreeningService(session, organisation)
    return ClientBundle(
        household=household,
        client=client,
        timeline=screenings.timeline(client_id),
        follow_ups=FollowUpService(session).of_client(client_id),
        signal=SchoolSignalService(session).of_client(client_id) if client.is_child else None,
        concerns=ConcernService(session).of_client(client_id),
        kindchecks=[] if client.is_child else KindcheckService(session).of_client(client_id),
        household_plan=SafetyPlanService(session).get(household.id),
        goals=clients.goals(client_id),
        notes=clients.notes(client_id),
        appointments=AppointmentService(session).of_client(client_id),
        instruments={i.id: i for i in organisation.instruments()},
        today=screenings.today(),
    )


@dataclass(frozen=True)
class Overview:
    """The households list with what needs attention."""

    households: list[Household]
    due: list[DueScreening]
    open_signals: list[StoredSignal]


def load_overview(session: Session) -> Overview:
    """Every household with the due screenings and unsent signals (vault worker)."""
    return Overview(
        HouseholdService(session).list(),
        ScreeningService(session).due_list(),
        SchoolSignalService(session).all(open_only=True),
    )
