"""What the opvang reports say, as plain values: the reports part renders and signs them.

Three documents leave the vault from here: the intake summary of a household, a child's (or
adult's) screening overview, and the facts of a meldcode concern for a *Melding aan Veilig
Thuis*. Each read is audited as ``report.content``. The shelter location — its name as well as
its address, either can lead somebody to the family — is left out unless the caller passes
``include_shelter_address=True`` because the user chose it; the audit entry says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from opvang.access import OpvangService
from opvang.afwegingskader import MeldcodeDecision, WeighingAnswers
from opvang.clients import ClientService
from opvang.concerns import ConcernService, ContactPerson, Observation, ObservationKind, Urgency
from opvang.consent import ConsentRequirement, Gezag
from opvang.errors import RecordNotFound
from opvang.follow_up import FollowUp, follow_up_gap
from opvang.follow_ups import FollowUpService
from opvang.households import HouseholdService
from opvang.instruments import Respondent
from opvang.locations import LocationService
from opvang.meldcode import Action, StepRecord
from opvang.monitoring import ExitDestination
from opvang.organisation import Organisation
from opvang.records import (
    Client,
    Goal,
    Household,
    IntakeKind,
    IntakeMove,
    Phase,
    ReferralSource,
    SchoolContact,
)
from opvang.safety_plans import SafetyPlanService
from opvang.school_signals import SchoolSignalService
from opvang.screening_plan import ClientKind, PlannedKind, PlannedScreening
from opvang.screenings import ScreeningService, TimelineStatus
from opvang.veiligheidsplan import Veiligheidsplan
from secure_store.session import Session


@dataclass(frozen=True)
class ShelterDisclosure:
    """The shelter location, present only when the user chose to include it."""

    name: str
    address: str


@dataclass(frozen=True)
class SignalSummary:
    """Where a child's Handle with Care signal stands."""

    school: str
    due_at: datetime
    status_label: str
    sent_at: datetime | None
    sent_by: str
    channel_label: str


@dataclass(frozen=True)
class ClientSummary:
    """One client in the intake summary."""

    client_id: str
    pseudonym: str
    name: str
    kind: ClientKind
    date_of_birth: date
    age_at_intake: int
    hulpvraag: str
    mentor: str
    school: SchoolContact | None
    childcare: str
    gezag: Gezag | None
    consent: ConsentRequirement | None
    plan: tuple[PlannedScreening, ...]
    school_signal: SignalSummary | None
    goals: tuple[Goal, ...]


@dataclass(frozen=True)
class IntakeSummary:
    """The intake summary of one household.

    Attributes:
        shelter: The location, or None (left out unless explicitly chosen).
        has_shelter: Whether the household stays at a shelter location (not when ambulant).
        consent_on: The day the consent rules were worked out for.
    """

    reference: str
    kind: IntakeKind
    intake_at: datetime
    intake_by: str
    planned_end: date | None
    phase: Phase
    referral: ReferralSource
    referral_detail: str
    moves: tuple[IntakeMove, ...]
    ended_on: date | None
    destination: ExitDestination | None
    shelter: ShelterDisclosure | None
    has_shelter: bool
    adults: tuple[ClientSummary, ...]
    children: tuple[ClientSummary, ...]
    safety_plan: Veiligheidsplan | None
    consent_on: date


@dataclass(frozen=True)
class OverviewEntry:
    """One moment of the screening overview: planned and/or done, with the follow-up."""

    key: str
    purpose_label: str
    kind: PlannedKind
    status: TimelineStatus
    due_on: date | None
    done_on: date | None
    instrument_id: str | None
    instrument_name: str
    respondent: Respondent | None
    total: int | None
    subscales: dict[str, int]
    positive: bool | None
    interpretation: str
    observer: str
    findings: str
    follow_ups: tuple[FollowUp, ...]
    follow_up_gap: str | None


@dataclass(frozen=True)
class ScreeningOverview:
    """A client's screenings: instruments, dates, scores, follow-up."""

    household_reference: str
    pseudonym: str
    name: str
    kind: ClientKind
    date_of_birth: date
    age: int
    consent: ConsentRequirement | None
    entries: tuple[OverviewEntry, ...]
    on: date


@dataclass(frozen=True)
class ChildInvolved:
    """A child named in a melding."""

    pseudonym: str
    name: str
    date_of_birth: date
    age: int
    gezag: Gezag
    school: str


@dataclass(frozen=True)
class MeldingFacts:
    """What a *Melding aan Veilig Thuis* from a meldcode concern says.

    Attributes:
        facts: What was seen, heard or smelled, each with its source.
        opinions: Opinions and assessments, each with whose they are; kept apart from facts.
        done: The meldcode steps recorded so far: what has been done, when and by whom.
        decision: The afwegingskader outcome and its reasoning, once weighed.
        shelter: The location, or None (left out unless explicitly chosen).
        has_shelter: Whether the household stays at a shelter location (not when ambulant).
    """

    concern_id: str
    reference: str
    household_id: str
    household_reference: str
    subject_pseudonym: str
    subject_name: str
    subject_kind: ClientKind
    subject_date_of_birth: date
    summary: str
    opened_on: date
    facts: tuple[Observation, ...]
    opinions: tuple[Observation, ...]
    children: tuple[ChildInvolved, ...]
    urgency: Urgency
    answers: WeighingAnswers | None
    decision: MeldcodeDecision | None
    done: tuple[StepRecord, ...]
    actions: frozenset[Action]
    contact: ContactPerson
    shelter: ShelterDisclosure | None
    has_shelter: bool


@dataclass(frozen=True)
class ReportTarget:
    """What a reference points at, for the command line (``--dossier REF``)."""

    kind: str  # "intake", "screening" or "melding"
    reference: str
    household_id: str
    client_id: str = ""
    concern_id: str = ""


class ReportContent(OpvangService):
    """Read-only content for the opvang reports."""

    def __init__(self, session: Session, organisation: Organisation | None = None) -> None:
        super().__init__(session)
        self.organisation = organisation or Organisation(session)

    def _shelter(self, household: Household, include: bool) -> ShelterDisclosure | None:
        location_id = household.intake.location_id
        if not include or location_id is None:
            return None
        location = LocationService(self.session).get(location_id)
        return ShelterDisclosure(location.name, location.address.reveal())

    def _audit(
        self, what: str, record_type: str, record_id: str, household: str, shelter: bool
    ) -> None:
        self.log(
            "report.content", record_type, record_id, household=household,
            detail=f"{what} shelter_address={'yes' if shelter else 'no'}",
        )  # fmt: skip

    # -- intake summary ------------------------------------------------------------------
    def intake_summary(
        self, household_id: str, *, include_shelter_address: bool = False
    ) -> IntakeSummary:
        """The intake summary of a household.

        Raises:
            PermissionDenied, RecordNotFound.
        """
        self.require("report.content", "household", household_id, household_id)
        household = HouseholdService(self.session).get(household_id)
        today = self.today()
        intake = household.intake
        summaries = [self._client_summary(c, intake.intake_at, today) for c in household.clients]
        plan = SafetyPlanService(self.session).get(household_id)
        self._audit("intake", "household", household_id, household_id, include_shelter_address)
        return IntakeSummary(
            reference=household.reference, kind=intake.kind, intake_at=intake.intake_at,
            intake_by=intake.intake_by, planned_end=intake.planned_end, phase=intake.phase,
            referral=intake.referral, referral_detail=intake.referral_detail, moves=intake.moves,
            ended_on=intake.ended_on, destination=intake.destination,
            shelter=self._shelter(household, include_shelter_address),
            has_shelter=household.intake.location_id is not None,
            adults=tuple(s for s in summaries if s.kind is ClientKind.ADULT),
            children=tuple(s for s in summaries if s.kind is ClientKind.CHILD),
            safety_plan=plan.plan if plan else None, consent_on=today,
        )  # fmt: skip

    def _client_summary(self, c: Client, intake_at: datetime, today: date) -> ClientSummary:
        stored = SchoolSignalService(self.session).of_client(c.id) if c.is_child else None
        signal = None
        if stored is not None:
            sent = stored.task.sent
            signal = SignalSummary(
                stored.task.school, stored.task.due_at, stored.status.label,
                sent.sent_at if sent else None, sent.sent_by if sent else "",
                sent.channel.label if sent else "",
            )  # fmt: skip
        return ClientSummary(
            client_id=c.id, pseudonym=c.pseudonym, name=c.name, kind=c.kind,
            date_of_birth=c.date_of_birth, age_at_intake=c.age_on(intake_at.date()),
            hulpvraag=c.hulpvraag, mentor=c.mentor, school=c.school, childcare=c.childcare,
            gezag=c.gezag if c.is_child else None, consent=c.consent_on(today),
            plan=tuple(ScreeningService(self.session, self.organisation).plan(c.id)),
            school_signal=signal, goals=tuple(ClientService(self.session).goals(c.id)),
        )  # fmt: skip

    # -- screening overview --------------------------------------------------------------
    def screening_overview(self, client_id: str) -> ScreeningOverview:
        """A client's screening overview: what was planned and done, scores and follow-up.

        Raises:
            PermissionDenied, RecordNotFound.
        """
        household_id = self.enter_client("report.content", client_id)
        client = ClientService(self.session).get(client_id)
        household = HouseholdService(self.session).get(household_id)
        today = self.today()
        screenings = ScreeningService(self.session, self.organisation)
        follow_ups = FollowUpService(self.session).of_client(client_id)
        names = {i.id: i.name["nl"] for i in self.organisation.instruments()}
        entries = []
        for e in screenings.timeline(client_id, today):
            s, p = e.screening, e.planned
            mine = tuple(
                f.follow_up for f in follow_ups if s is not None and f.screening_id == s.id
            )
            instrument_id = s.instrument_id if s else (p.instrument_id if p else None)
            entries.append(
                OverviewEntry(
                    key=e.key, purpose_label=p.purpose.label if p else "extra screening",
                    kind=s.kind if s else (p.kind if p else PlannedKind.SCREENING),
                    status=e.status, due_on=p.due_on if p else None,
                    done_on=s.done_on if s else None, instrument_id=instrument_id,
                    instrument_name=names.get(instrument_id or "", instrument_id or ""),
                    respondent=s.respondent if s else (p.respondent if p else None),
                    total=s.result.total if s and s.result else None,
                    subscales=dict(s.result.subscales) if s and s.result else {},
                    positive=s.positive if s else None,
                    interpretation=s.result.interpretation if s and s.result else "",
                    observer=s.observer if s else "", findings=s.findings if s else "",
                    follow_ups=mine,
                    follow_up_gap=(
                        follow_up_gap(s.result, mine[-1] if mine else None)
                        if s and s.result else None
                    ),
                )
            )  # fmt: skip
        self._audit("screening", "client", client_id, household_id, False)
        return ScreeningOverview(
            household.reference, client.pseudonym, client.name, client.kind,
            client.date_of_birth, client.age_on(today), client.consent_on(today), tuple(entries),
            today,
        )  # fmt: skip

    # -- melding aan Veilig Thuis --------------------------------------------------------
    def melding_facts(
        self, concern_id: str, *, include_shelter_address: bool = False
    ) -> MeldingFacts:
        """The facts of a concern for a melding aan Veilig Thuis.

        Raises:
            PermissionDenied, RecordNotFound.
        """
        self.require("report.content", "concern", concern_id)
        stored = ConcernService(self.session).get(concern_id)
        household = HouseholdService(self.session).get(stored.household_id)
        clients = {c.id: c for c in household.clients}
        subject = clients[stored.client_id]
        today = self.today()
        children = tuple(
            ChildInvolved(
                k.pseudonym, k.name, k.date_of_birth, k.age_on(today), k.gezag,
                k.school_or_childcare,
            )
            for k in (clients[i] for i in stored.children)
        )  # fmt: skip
        observations = stored.observations
        self._audit("melding", "concern", concern_id, stored.household_id, include_shelter_address)
        return MeldingFacts(
            concern_id=concern_id, reference=self._concern_reference(household, concern_id),
            household_id=household.id, household_reference=household.reference, subject_pseudonym=subject.pseudonym,
            subject_name=subject.name, subject_kind=subject.kind,
            subject_date_of_birth=subject.date_of_birth, summary=stored.summary,
            opened_on=stored.concern.opened_on,
            facts=tuple(o for o in observations if o.kind is ObservationKind.FACT),
            opinions=tuple(o for o in observations if o.kind is ObservationKind.OPINION),
            children=children, urgency=stored.urgency, answers=stored.answers,
            decision=stored.concern.decision, done=stored.concern.records,
            actions=stored.concern.actions, contact=stored.contact,
            shelter=self._shelter(household, include_shelter_address),
            has_shelter=household.intake.location_id is not None,
        )  # fmt: skip

    # -- references ----------------------------------------------------------------------
    def _concern_reference(self, household: Household, concern_id: str) -> str:
        ids = [
            r[0]
            for r in self.session.conn.execute(
                "SELECT id FROM ov_concerns WHERE household_id = ? ORDER BY opened_on, created",
                (household.id,),
            )
        ]
        return f"{household.reference}-M{ids.index(concern_id) + 1}"

    def targets(self) -> list[ReportTarget]:
        """Every reference a report can be made for: households (intake summary), clients
        (screening overview) and concerns (melding, ``OV-XXXX-M1``)."""
        self.require("report.list", "household")
        targets: list[ReportTarget] = []
        for h in HouseholdService(self.session).list():
            targets.append(ReportTarget("intake", h.reference, h.id))
            targets += [ReportTarget("screening", c.pseudonym, h.id, c.id) for c in h.clients]
            ids = self.session.conn.execute(
                "SELECT id FROM ov_concerns WHERE household_id = ? ORDER BY opened_on, created",
                (h.id,),
            ).fetchall()
            targets += [
                ReportTarget("melding", f"{h.reference}-M{n}", h.id, concern_id=r[0])
                for n, r in enumerate(ids, start=1)
            ]
        return targets

    def resolve(self, reference: str) -> ReportTarget:
        """The target of a reference (household, client pseudonym or concern).

        Raises:
            RecordNotFound: No such reference.
        """
        wanted = reference.strip().upper()
        for target in self.targets():
            if target.reference.upper() == wanted:
                return target
        raise RecordNotFound(f"Geen huishouden, cliënt of zorg met kenmerk {reference.strip()}.")
