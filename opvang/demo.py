"""Synthetic households for the demo vault (invented people, times relative to the demo clock).

Four households a newcomer can open: a crisis stay of ten days with children of 2, 9 and 14 (a
school signal overdue, screenings done and due, a concern in step 2, a veiligheidsplan); a
regular stay whose first screenings are overdue and whose concern was weighed (hulp); an
ambulant trajectory of four months with a melding done; and a household that left last month.
Everything goes through the real services, so the demo shows what the program really stores.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from opvang.afwegingskader import WeighingAnswers
from opvang.agenda import AppointmentKind
from opvang.appointments import AppointmentService
from opvang.clients import ClientService
from opvang.concerns import ConcernService, ObservationKind, Urgency
from opvang.consent import Gezag, GezagKind
from opvang.follow_up import FollowUp
from opvang.follow_ups import FollowUpService
from opvang.handle_with_care import Channel
from opvang.instruments import shipped_instruments
from opvang.intake_form import AdultForm, ChildForm, IntakeForm
from opvang.intakes import IntakeService
from opvang.kindcheck import Answer, ChildSituation, ChildWhereabouts
from opvang.kindchecks import KindcheckService
from opvang.locations import LocationService
from opvang.meldcode import Action, MeldcodeStep
from opvang.monitoring import ExitDestination
from opvang.records import Household, IntakeKind, ReferralSource, SchoolContact
from opvang.safety_plans import SafetyPlanService
from opvang.school_signals import SchoolSignalService
from opvang.screenings import ScreeningService
from opvang.veiligheidsplan import Agreement, Contact, Risk
from secure_store.clock import Clock
from secure_store.session import Session

BOTH = Gezag(GezagKind.BOTH_PARENTS)
MOTHER = Gezag(GezagKind.ONE_PARENT, "moeder")
PC_PTSD_POSITIVE = {"blootstelling": 1, "v1": 1, "v2": 1, "v3": 1, "v4": 1, "v5": 0}
PC_PTSD_NEGATIVE = {"blootstelling": 1, "v1": 1, "v2": 0, "v3": 0, "v4": 0, "v5": 0}


def _filled(instrument_id: str, symptom: int) -> dict[str, int]:
    """A completed form: the first exposure question ticked, every other item ``symptom`` (or
    the nearest value on its scale)."""
    instrument = next(i for i in shipped_instruments() if i.id == instrument_id)
    gate = instrument.scoring.gate.items if instrument.scoring.gate else ()
    answers = {}
    for item in instrument.items:
        values = sorted(instrument.scale(item.scale).values)
        if item.id in gate:
            answers[item.id] = values[-1] if item.id == gate[0] else values[0]
        else:
            answers[item.id] = min(values, key=lambda v: abs(v - symptom))
    return answers


def seed_opvang_households(session: Session, clock: Clock) -> None:
    """Create the demo households as the opvang worker of ``session``."""
    now = clock.now()
    locations = LocationService(session)
    linde = locations.add("Opvanghuis De Linde", "Lindelaan 12\n1234 AB Demostad").id
    haven = locations.add("Opvanghuis De Haven", "Havenkade 3\n1234 CD Demostad").id
    _crisis_family(session, now, linde)
    _regular_stay(session, now, haven)
    _ambulant(session, now)
    _left_last_month(session, now, linde)


def _ago(now: datetime, days: int, hour: int = 10) -> datetime:
    local = (now - timedelta(days=days)).astimezone()
    return datetime.combine(local.date(), time(hour, 0), local.tzinfo)


def _years_ago(now: datetime, years: int, month: int, day: int) -> date:
    return date(now.year - years, month, day)


def _crisis_family(session: Session, now: datetime, location: str) -> Household:
    form = IntakeForm(
        kind=IntakeKind.CRISIS,
        intake_at=_ago(now, 10),
        planned_end=(now + timedelta(days=42)).date(),
        location_id=location,
        referral=ReferralSource.VEILIG_THUIS,
        referral_detail="Veilig Thuis Demo Regio, na melding politie",
        adults=(
            AdultForm(
                "Fatima",
                "de Demo",
                _years_ago(now, 34, 4, 2),
                "Een veilige plek voor mij en de kinderen; later een eigen woning.",
                "Sanne Bakker",
            ),
        ),
        children=(
            ChildForm(
                "Noah",
                "de Demo",
                (now - timedelta(days=2 * 365 + 40)).date(),
                "Rust en vaste slaaptijden.",
                "Lies Vermeer (kindbegeleider)",
                gezag=BOTH,
            ),
            ChildForm(
                "Yara",
                "de Demo",
                (now - timedelta(days=9 * 365 + 100)).date(),
                "Gewoon naar school en een vriendinnetje kunnen zien.",
                "Lies Vermeer (kindbegeleider)",
                school=SchoolContact(
                    "Basisschool De Klimop", "juf Marloes (intern begeleider)", "010-555 01 23"
                ),
                gezag=BOTH,
            ),
            ChildForm(
                "Daan",
                "de Demo",
                (now - timedelta(days=14 * 365 + 200)).date(),
                "Met iemand praten die niet meteen alles doorvertelt.",
                "Omar Haddou (jongerenwerker)",
                school=SchoolContact(
                    "Demo College", "meneer Jansen (mentor)", "mentor@democollege.example"
                ),
                gezag=BOTH,
            ),
        ),
    )
    household = IntakeService(session).admit(form)
    mother, noah, yara, daan = household.clients
    signals = SchoolSignalService(session)
    yara_signal = signals.of_client(yara.id)
    assert yara_signal is not None
    signals.mark_sent(yara_signal.id, form.intake_at + timedelta(hours=5), Channel.PHONE)
    # Daan's signal is left unsent: the demo shows an overdue school signal.
    screenings = ScreeningService(session)
    done = screenings.record(
        mother.id, "eerste", PC_PTSD_POSITIVE, (now - timedelta(days=6)).date()
    )
    FollowUpService(session).offer(
        done.id,
        FollowUp("eerste").offered(
            (now - timedelta(days=4)).date(), "Traumagerichte behandeling (EMDR) bij GGZ Demo"
        ),
    )
    screenings.record(
        yara.id, "eerste", _filled("cats-self-7-17", 0), (now - timedelta(days=5)).date()
    )
    # Noah's observation and Daan's screening stay open: due within the two weeks.
    clients = ClientService(session)
    clients.add_goal(
        mother.id,
        "Een veiligheidsplan dat ik zelf kan uitleggen.",
        (now + timedelta(days=14)).date(),
    )
    clients.add_goal(
        mother.id, "Inschrijven als woningzoekende.", (now + timedelta(days=30)).date()
    )
    clients.add_goal(yara.id, "Elke schooldag naar school.")
    clients.add_note(yara.id, "Yara vertelt graag over tekenen. Wil haar tekenspullen van thuis.")
    clients.add_note(
        mother.id, "Intakegesprek rustig verlopen. Vraagt naar contact met de advocaat."
    )
    _crisis_concern(session, household, now)
    KindcheckService(session).record(
        mother.id,
        (now - timedelta(days=10)).date(),
        Answer.YES,
        (
            ChildSituation(noah.pseudonym, ChildWhereabouts.HOUSEHOLD, Answer.YES),
            ChildSituation(yara.pseudonym, ChildWhereabouts.HOUSEHOLD, Answer.YES),
            ChildSituation(daan.pseudonym, ChildWhereabouts.HOUSEHOLD, Answer.UNKNOWN),
        ),
    )
    SafetyPlanService(session).save(
        household.id,
        (now - timedelta(days=9)).date(),
        (now + timedelta(days=5)).date(),
        (
            Risk(
                "Ex-partner zoekt via school naar de kinderen",
                "School weet wie de kinderen mag ophalen, en geeft geen informatie over de verblijfplaats",
            ),
            Risk(
                "Daan reist alleen naar school",
                "Vaste route, telefoon opgeladen, check-in bij aankomst",
            ),
        ),
        (
            Agreement("De kinderen worden alleen door moeder of de opvang opgehaald", "moeder"),
            Agreement("Geen berichten over de verblijfplaats op sociale media", "moeder en Daan"),
        ),
        (
            Contact("Politie (nood)", "spoed", "112"),
            Contact("Sanne Bakker", "mentor opvang", "06-1234 5678"),
        ),
    )
    appointments = AppointmentService(session)
    tomorrow = _ago(now, -1, 14)
    appointments.add(
        mother.id,
        AppointmentKind.LEGAL,
        tomorrow,
        tomorrow + timedelta(hours=1),
        "Advocaat over omgangsregeling",
    )
    later = _ago(now, -3, 9)
    appointments.add(daan.id, AppointmentKind.CONVERSATION, later, later + timedelta(minutes=45))
    return household


def _crisis_concern(session: Session, household: Household, now: datetime) -> None:
    daan = household.clients[3]
    concerns = ConcernService(session)
    opened = (now - timedelta(days=8)).date()
    concern = concerns.open(
        daan.id, "Daan vertelt dat vader dreigt hem van school te halen.", opened
    )
    concerns.add_observation(
        concern.id,
        ObservationKind.FACT,
        "Daan liet een bericht van vader zien: 'Ik weet waar je school is.'",
        "Daan, aan mentor",
        opened,
    )
    concerns.add_observation(
        concern.id,
        ObservationKind.OPINION,
        "Daan lijkt bang en slaapt slecht; hij wil niet dat moeder het weet.",
        "Omar Haddou",
        opened,
    )
    concerns.complete_step(
        concern.id, MeldcodeStep.MAP_SIGNS, opened, "Signalen en bericht vastgelegd."
    )
    concerns.complete_step(
        concern.id,
        MeldcodeStep.CONSULT,
        opened + timedelta(days=1),
        "Besproken met aandachtsfunctionaris; Veilig Thuis geraadpleegd (anoniem).",
    )


def _regular_stay(session: Session, now: datetime, location: str) -> None:
    form = IntakeForm(
        kind=IntakeKind.REGULAR,
        intake_at=_ago(now, 20, 15),
        planned_end=None,
        location_id=location,
        referral=ReferralSource.SOCIAL_TEAM,
        referral_detail="Wijkteam Demostad-Noord",
        adults=(
            AdultForm(
                "Esther",
                "Voorbeeld",
                _years_ago(now, 29, 11, 23),
                "Weer grip op geld en papieren.",
                "Karin de Boer",
            ),
        ),
        children=(
            ChildForm(
                "Mila",
                "Voorbeeld",
                (now - timedelta(days=5 * 365 + 30)).date(),
                "Spelen en niet steeds verhuizen.",
                "Lies Vermeer (kindbegeleider)",
                school=SchoolContact("Basisschool Het Anker", "juf Petra", "010-555 98 76"),
                gezag=MOTHER,
                self_report=False,
            ),
        ),
    )
    household = IntakeService(session).admit(form)
    esther, mila = household.clients
    signal = SchoolSignalService(session).of_client(mila.id)
    assert signal is not None
    SchoolSignalService(session).mark_sent(
        signal.id, form.intake_at + timedelta(hours=20), Channel.EMAIL
    )
    # The first screenings (due after two weeks) are left undone: they show as overdue.
    concerns = ConcernService(session)
    opened = (now - timedelta(days=15)).date()
    concern = concerns.open(
        esther.id, "Esther heeft schulden en de ex-partner beheert haar post.", opened
    )
    concerns.add_observation(
        concern.id,
        ObservationKind.FACT,
        "Aanmaningen op naam van Esther die zij niet kende.",
        "Esther",
        opened,
    )
    for step, notes in (
        (MeldcodeStep.MAP_SIGNS, "Financiële signalen vastgelegd."),
        (MeldcodeStep.CONSULT, "Collegiale consultatie."),
        (MeldcodeStep.TALK_WITH_CLIENT, "Met Esther besproken; zij wil hulp van schuldhulp."),
    ):
        concerns.complete_step(concern.id, step, opened + timedelta(days=1), notes)
    concerns.weigh(
        concern.id,
        WeighingAnswers(True, False, True, True, None),
        opened + timedelta(days=2),
        "Hulp via schuldhulpverlening; over zes weken evalueren.",
    )
    SafetyPlanService(session).save(
        household.id,
        opened,
        (now - timedelta(days=1)).date(),
        (Risk("Ex-partner kent het werkadres"),),
        (),
        (Contact("Karin de Boer", "mentor opvang", "06-8765 4321"),),
    )


def _ambulant(session: Session, now: datetime) -> None:
    form = IntakeForm(
        kind=IntakeKind.AMBULANT,
        intake_at=_ago(now, 120, 11),
        planned_end=None,
        location_id=None,
        referral=ReferralSource.GP,
        referral_detail="Huisartsenpraktijk Demo",
        adults=(
            AdultForm(
                "Ingrid",
                "Proef",
                _years_ago(now, 45, 6, 30),
                "Samen met mijn dochter verder na de scheiding.",
                "Sanne Bakker",
            ),
        ),
        children=(
            ChildForm(
                "Sara",
                "Proef",
                (now - timedelta(days=16 * 365 + 60)).date(),
                "Zelf beslissen over contact met vader.",
                "Omar Haddou (jongerenwerker)",
                school=SchoolContact("Demo Lyceum", "mevrouw Bos", "010-555 44 11"),
                gezag=BOTH,
            ),
        ),
    )
    household = IntakeService(session).admit(form)
    ingrid, sara = household.clients
    signal = SchoolSignalService(session).of_client(sara.id)
    assert signal is not None
    SchoolSignalService(session).mark_sent(
        signal.id, form.intake_at + timedelta(hours=3), Channel.IN_PERSON
    )
    screenings = ScreeningService(session)
    first = screenings.record(
        ingrid.id, "eerste", PC_PTSD_POSITIVE, (now - timedelta(days=112)).date()
    )
    follow_ups = FollowUpService(session)
    offered = follow_ups.offer(
        first.id,
        FollowUp("eerste").offered(
            (now - timedelta(days=110)).date(), "Traumabehandeling bij GGZ Demo"
        ),
    )
    accepted = follow_ups.update(
        offered.id, offered.follow_up.accepted((now - timedelta(days=105)).date())
    )
    follow_ups.update(accepted.id, accepted.follow_up.started((now - timedelta(days=90)).date()))
    screenings.record(
        sara.id, "eerste", _filled("cats-self-7-17", 2), (now - timedelta(days=113)).date()
    )
    screenings.record(ingrid.id, "herhaling-1", PC_PTSD_NEGATIVE, (now - timedelta(days=28)).date())
    # Sara's rescreen after three months is overdue.
    concerns = ConcernService(session)
    opened = (now - timedelta(days=100)).date()
    concern = concerns.open(sara.id, "Sara vertelt over geweld van vader bij de omgang.", opened)
    concerns.add_observation(
        concern.id,
        ObservationKind.FACT,
        "Sara: 'Papa sloeg me met de vlakke hand.'",
        "Sara",
        opened,
    )
    concerns.add_observation(
        concern.id,
        ObservationKind.OPINION,
        "Moeder kan de omgang niet tegenhouden.",
        "Sanne Bakker",
        opened,
    )
    for step in (MeldcodeStep.MAP_SIGNS, MeldcodeStep.CONSULT, MeldcodeStep.TALK_WITH_CLIENT):
        concerns.complete_step(concern.id, step, opened + timedelta(days=1), step.label)
    concerns.weigh(
        concern.id,
        WeighingAnswers(True, True),
        opened + timedelta(days=2),
        "Structurele onveiligheid bij de omgang.",
        Urgency.STRUCTURAL,
    )
    concerns.decide(
        concern.id,
        frozenset({Action.REPORT, Action.HELP}),
        opened + timedelta(days=2),
        "Gemeld bij Veilig Thuis; hulp via het ambulante traject loopt door.",
    )


def _left_last_month(session: Session, now: datetime, location: str) -> None:
    form = IntakeForm(
        kind=IntakeKind.CRISIS,
        intake_at=_ago(now, 75, 22),
        planned_end=None,
        location_id=location,
        referral=ReferralSource.POLICE,
        referral_detail="Politie Demo",
        adults=(
            AdultForm(
                "Nadia", "Test", _years_ago(now, 38, 1, 9), "Terug naar familie.", "Karin de Boer"
            ),
        ),
        children=(
            ChildForm(
                "Liam",
                "Test",
                (now - timedelta(days=7 * 365)).date(),
                "Bij opa en oma wonen.",
                school=SchoolContact("Basisschool De Wilg", "meester Tim", "010-555 22 33"),
                gezag=MOTHER,
            ),
        ),
    )
    service = IntakeService(session)
    household = service.admit(form)
    nadia, liam = household.clients
    signal = SchoolSignalService(session).of_client(liam.id)
    assert signal is not None
    SchoolSignalService(session).mark_sent(
        signal.id, form.intake_at + timedelta(hours=30), Channel.PHONE
    )
    screenings = ScreeningService(session)
    screenings.record(nadia.id, "eerste", PC_PTSD_NEGATIVE, (now - timedelta(days=65)).date())
    screenings.record(
        liam.id, "eerste", _filled("cats-caregiver-3-6", 1), (now - timedelta(days=64)).date()
    )
    service.record_exit(
        household.id,
        (now - timedelta(days=30)).date(),
        ExitDestination.FAMILY_OR_FRIENDS,
        "Naar familie in een andere regio.",
    )
