"""The description of a household at intake, and what creating it will generate.

The intake worker describes the stay and every person in the household; :func:`preview` then
works out, without storing anything, what the intake will create for each client: the consent
rule for a child, the screening plan (by age, from the organisation's rule and instruments) and
the Handle with Care signal. The wizard shows this before the worker confirms, and
:meth:`opvang.intakes.IntakeService.admit` creates exactly this in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from opvang.consent import ConsentRequirement, Gezag, age_on, required_consent
from opvang.errors import InvalidRecord
from opvang.handle_with_care import SchoolSignalTask, school_signal_task
from opvang.instruments import Instrument, Respondent
from opvang.records import NO_GEZAG, IntakeKind, ReferralSource, SchoolContact
from opvang.screening_plan import ClientKind, PlannedScreening, ScreeningRule, plan_for_client

ADULT_AGE = 18


@dataclass(frozen=True)
class AdultForm:
    """An adult client as described at intake."""

    first_name: str
    last_name: str
    date_of_birth: date
    hulpvraag: str = ""
    mentor: str = ""


@dataclass(frozen=True)
class ChildForm:
    """A child client as described at intake: a client in her or his own right.

    Attributes:
        school: The school with its contact person, if the child goes to school.
        childcare: The kinderopvang or peuterspeelzaal of a young child, if any.
        gezag: Who holds parental authority.
        self_report: False when the child cannot fill in a self-report (a caregiver answers).
    """

    first_name: str
    last_name: str
    date_of_birth: date
    hulpvraag: str = ""
    mentor: str = ""
    school: SchoolContact | None = None
    childcare: str = ""
    gezag: Gezag = NO_GEZAG
    self_report: bool = True

    @property
    def school_or_childcare(self) -> str | None:
        """Where the Handle with Care signal goes, or None when nothing is recorded."""
        if self.school is not None:
            return self.school.name
        return self.childcare.strip() or None


@dataclass(frozen=True)
class IntakeForm:
    """The whole intake: the stay and the people in the household.

    Attributes:
        kind: Crisis stay, regular stay or ambulant trajectory.
        intake_at: The moment of intake (aware).
        planned_end: The planned end of the stay or trajectory, if known.
        location_id: The shelter location (required for a stay, None for ambulant).
        referral: Who referred the household; ``referral_detail`` says more (which team).
        adults: The adult clients (at least one).
        children: The child clients.
    """

    kind: IntakeKind
    intake_at: datetime
    planned_end: date | None
    location_id: str | None
    referral: ReferralSource
    adults: tuple[AdultForm, ...]
    children: tuple[ChildForm, ...] = ()
    referral_detail: str = ""

    def validate(self) -> None:
        """Check the form as a whole.

        Raises:
            InvalidRecord: With a Dutch sentence naming what to fix.
        """
        if self.intake_at.tzinfo is None:
            raise InvalidRecord("Het intakemoment heeft geen tijdzone.")
        day = self.intake_at.date()
        if self.planned_end is not None and self.planned_end < day:
            raise InvalidRecord("De geplande einddatum ligt vóór de intake.")
        if self.kind.has_stay and not self.location_id:
            raise InvalidRecord("Kies de opvanglocatie.")
        if not self.adults:
            raise InvalidRecord("Een huishouden heeft minstens één volwassene.")
        people: tuple[AdultForm | ChildForm, ...] = (*self.adults, *self.children)
        for person in people:
            if not person.first_name.strip():
                raise InvalidRecord("Vul van iedere cliënt de voornaam in.")
            if person.date_of_birth > day:
                raise InvalidRecord(f"De geboortedatum van {person.first_name} ligt na de intake.")
        for child in self.children:
            if age_on(child.date_of_birth, day) >= ADULT_AGE:
                raise InvalidRecord(
                    f"{child.first_name} is 18 jaar of ouder: voeg haar of hem toe als volwassene."
                )


@dataclass(frozen=True)
class ClientPreview:
    """What the intake creates for one client."""

    kind: ClientKind
    first_name: str
    age: int
    consent: ConsentRequirement | None
    plan: tuple[PlannedScreening, ...]
    school_signal: SchoolSignalTask | None


def respondents_for(kind: ClientKind, self_report: bool) -> set[Respondent]:
    """Who can answer for this client: adults themselves; a child and a caregiver, or only a
    caregiver when the child cannot fill in a self-report."""
    if kind is ClientKind.ADULT:
        return {Respondent.SELF}
    return {Respondent.SELF, Respondent.CAREGIVER} if self_report else {Respondent.CAREGIVER}


def preview(
    form: IntakeForm, instruments: Iterable[Instrument], rule: ScreeningRule
) -> tuple[ClientPreview, ...]:
    """What admitting ``form`` will create, adults first, in the order given.

    Raises:
        InvalidRecord: The form does not hold together (see :meth:`IntakeForm.validate`).
    """
    form.validate()
    pool = tuple(instruments)
    day = form.intake_at.date()

    def plan(kind: ClientKind, born: date, self_report: bool) -> tuple[PlannedScreening, ...]:
        respondents = respondents_for(kind, self_report)
        return tuple(plan_for_client(kind, born, day, form.planned_end, pool, rule, respondents))

    previews = [
        ClientPreview(
            ClientKind.ADULT, a.first_name, age_on(a.date_of_birth, day), None,
            plan(ClientKind.ADULT, a.date_of_birth, True), None,
        )
        for a in form.adults
    ]  # fmt: skip
    for c in form.children:
        previews.append(
            ClientPreview(
                ClientKind.CHILD,
                c.first_name,
                age_on(c.date_of_birth, day),
                required_consent(c.date_of_birth, day, c.gezag),
                plan(ClientKind.CHILD, c.date_of_birth, c.self_report),
                school_signal_task(
                    c.first_name, c.date_of_birth, form.intake_at, c.school_or_childcare
                ),
            )
        )
    return tuple(previews)
