"""The opvang documents as content: intake summary, screening overview, melding from a concern.

Rendering and signing are the export frame's (tests/integration/test_opvang_reports_demo.py
reads the signed PDFs); here the documents are checked as values: which sections, which facts
with which source, and that no shelter name or address is in any text unless it was chosen.
"""

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
from opvang.intake_form import AdultForm, IntakeForm
from opvang.intake_report import IntakeChoices, intake_report
from opvang.intakes import IntakeService
from opvang.locations import LocationService
from opvang.meldcode import Action, MeldcodeStep, SkipReason
from opvang.melding_report import IncompleteMelding, MeldingChoices, melding_report
from opvang.records import Household, IntakeKind, ReferralSource
from opvang.report_guard import ShelterInText, document_texts
from opvang.report_parts import SECRET_ADDRESS_TITLE
from opvang.report_references import is_opvang_reference, listed_targets
from opvang.screening_report import screening_report
from opvang.screenings import ScreeningService
from secure_store.clock import ManualClock
from secure_store.document import Classification, Document, SectionKind, Table
from secure_store.errors import PermissionDenied
from secure_store.roles import Area
from secure_store.session import Session

Form = Callable[..., IntakeForm]
D = date(2026, 3, 2)
PHONE = MeldingChoices(contact_phone="010-555 12 34")
SECRETS = ("geheimelaan", "9999 zz", "9999zz", "de linde")


@pytest.fixture
def household(worker: Session, household_form: Form, clock: ManualClock) -> Household:
    made = IntakeService(worker).admit(household_form())
    clock.advance(timedelta(days=5))
    return made


def _text(document: Document) -> str:
    return "\n".join(t for _where, t in document_texts(document)).casefold()


def _section(document: Document, title: str) -> int:
    return [s.title for s in document.sections].index(title)


def _concern(worker: Session, household: Household, *, weigh: bool = True) -> str:
    service = ConcernService(worker)
    concern = service.open(household.adults[0].id, "Dreiging door ex-partner.", D)
    service.add_observation(concern.id, ObservationKind.FACT, "Sms met dreigement.", "mentor", D)
    service.add_observation(
        concern.id, ObservationKind.OPINION, "De kinderen lijken angstig.", "kindbegeleider", D
    )
    service.complete_step(concern.id, MeldcodeStep.MAP_SIGNS, D, "Signalen vastgelegd.")
    if weigh:
        service.complete_step(concern.id, MeldcodeStep.CONSULT, D, "Aandachtsfunctionaris.")
        service.skip_conversation(concern.id, SkipReason.SAFETY, D, "Ex belt dagelijks.")
        service.weigh(concern.id, WeighingAnswers(True, True), D, "", Urgency.STRUCTURAL)
        service.decide(concern.id, frozenset({Action.REPORT}), D, "Gemeld.")
    return concern.id


# -- intake summary ------------------------------------------------------------------------
def test_the_intake_summary_has_every_client_of_the_household_and_no_shelter(
    worker: Session, household: Household
) -> None:
    job = intake_report(worker, household.id)
    document = job.document
    assert (job.area, job.record_type, job.record_id, job.subject) == (
        Area.OPVANG, "household", household.id, household.id,
    )  # fmt: skip
    assert not document.show_organisation_address and document.reference == household.reference
    assert document.classification is Classification.SOCIAL_CARE, "a shelter's, not medical"
    assert [s.title for s in document.sections] == [
        "Marieke Testvrouw (volwassene)", "Ans Testvrouw (volwassene)",
        "Pim Testkind (kind, 2 jaar)", "Lotte Testkind (kind, 9 jaar)",
        "Sem Testkind (kind, 14 jaar)",
    ]  # fmt: skip
    text = _text(document)
    assert not any(secret in text for secret in SECRETS)
    assert "het adres van de opvanglocatie is geheim" in text
    sem = document.sections[4]
    rows = dict(sem.blocks[0].rows)  # type: ignore[union-attr]  # the particulars come first
    assert rows["Gezag"] == "één ouder (moeder)" and "het kind én" in rows["Toestemming"]
    assert rows["School"] == "Het Lyceum; mentor Kees; mentor@lyceum.example"
    titles = [b.title for b in sem.blocks[1:]]  # type: ignore[union-attr]  # subsections
    assert titles == ["Schoolsignaal (Handle with Care)", "Screeningsplan", "Doelen"]
    pim = document.sections[2]
    assert "Schoolsignaal (Handle with Care)" not in [getattr(b, "title", "") for b in pim.blocks]
    assert "geen passend instrument voor 2 jaar" in _text(Document("x", "x", "x", (pim,))), (
        "a 2-year-old's plan asks for an observation"
    )


def test_the_intake_summary_names_the_shelter_only_when_chosen_in_a_section_of_its_own(
    worker: Session, household: Household
) -> None:
    document = intake_report(worker, household.id, IntakeChoices(True)).document
    secret = document.sections[-1]
    assert secret.title == SECRET_ADDRESS_TITLE and "geheim" in secret.note
    assert dict(secret.blocks[0].rows) == {  # type: ignore[union-attr]
        "Naam locatie": "Huis De Linde", "Adres": "Geheimelaan 7, 9999 ZZ Verborgen",
    }  # fmt: skip
    before = Document("x", "x", "x", document.sections[:-1], front=document.front)
    assert "geheimelaan" not in _text(before), "only in the section that says it is secret"


def test_no_client_of_another_household_appears(
    worker: Session, household: Household, household_form: Form
) -> None:
    other = IntakeService(worker).admit(
        IntakeForm(
            kind=IntakeKind.AMBULANT, intake_at=household.intake.intake_at, planned_end=None,
            location_id=None, referral=ReferralSource.GP,
            adults=(AdultForm("Olga", "Anders", date(1980, 1, 1), "Rust."),),
        )
    )  # fmt: skip
    first = _text(intake_report(worker, household.id).document)
    second = _text(intake_report(worker, other.id).document)
    assert "olga" not in first and "anders" not in first
    assert "testvrouw" not in second and "testkind" not in second
    assert "ambulant traject: geen verblijf in de opvang" in second
    concern = ConcernService(worker).open(other.adults[0].id, "Zorg.", D)
    ConcernService(worker).add_observation(concern.id, ObservationKind.FACT, "Gezien.", "Olga", D)
    estimate = MeldingChoices(urgency=Urgency.ACUTE, contact_phone="010-555 12 34")
    melding = _text(melding_report(worker, concern.id, estimate).document)
    assert "ambulant traject: geen verblijf in de opvang" in melding and "testkind" not in melding


# -- screening overview --------------------------------------------------------------------
def test_the_screening_overview_shows_scores_cut_off_and_follow_up(
    worker: Session, household: Household
) -> None:
    sem = household.children[2]
    answers = {f"e{i}": 0 for i in range(1, 16)} | {"e3": 1} | {f"s{i}": 2 for i in range(1, 21)}
    done = ScreeningService(worker).record(sem.id, "eerste", answers, D + timedelta(days=3))
    FollowUpService(worker).offer(
        done.id, FollowUp("eerste").offered(D + timedelta(days=4), "TF-CBT bij de GGZ")
    )
    job = screening_report(worker, sem.id)
    document = job.document
    assert (job.record_type, job.record_id, job.subject) == ("client", sem.id, household.id)
    assert document.reference == sem.pseudonym and not document.show_organisation_address
    assert document.classification is Classification.SOCIAL_CARE
    overview = document.sections[0].blocks[0]
    assert isinstance(overview, Table)
    assert overview.rows[0][:3] == ("eerste screening", "gedaan 05-03-2026", "gedaan")
    assert overview.rows[0][4:] == ("40", "positief (afkappunt 15)")
    assert overview.rows[1][1].startswith("uiterlijk") and overview.rows[1][4] == ""
    result = document.sections[1]
    assert result.title == "Eerste screening, 05-03-2026" and result.kind is SectionKind.FACTS
    scores = dict(result.blocks[0].rows)  # type: ignore[union-attr]
    assert scores["Totaalscore"] == "40" and scores["Afkappunt"] == "positief vanaf 15"
    follow = result.blocks[-1]
    assert isinstance(follow, Table) and follow.rows[0][:2] == ("TF-CBT bij de GGZ", "06-03-2026")
    assert "geaccepteerd" in follow.caption, "what is still open is said"
    assert "versie" in _text(document)


def test_a_toddlers_overview_asks_for_an_observation(worker: Session, household: Household) -> None:
    document = screening_report(worker, household.children[0].id).document
    titles = [s.title for s in document.sections]
    assert titles == ["Overzicht", "Observatie waar geen instrument past", "Over de instrumenten"]
    assert "nog geen screening of observatie gedaan" in _text(document)
    ScreeningService(worker).record_observation(
        household.children[0].id, "eerste", D + timedelta(days=2), "Dr. Kinder (psycholoog)",
        "Schrikt bij harde geluiden.", True,
    )  # fmt: skip
    document = screening_report(worker, household.children[0].id).document
    observed = document.sections[1]
    assert observed.title == "Eerste screening, 04-03-2026"
    assert dict(observed.blocks[0].rows)["Uitkomst"] == "behandeling nodig"  # type: ignore[union-attr]
    assert "schrikt bij harde geluiden" in _text(document)


# -- melding -------------------------------------------------------------------------------
def test_the_melding_keeps_facts_and_opinions_apart_with_their_sources(
    worker: Session, household: Household
) -> None:
    concern_id = _concern(worker, household)
    job = melding_report(worker, concern_id, PHONE)
    document = job.document
    assert (job.area, job.record_type, job.subject) == (Area.OPVANG, "concern", household.id)
    assert document.reference == f"{household.reference}-M1"
    assert not document.show_organisation_address
    assert document.classification is Classification.SOCIAL_CARE
    facts = document.sections[_section(document, "Feiten")]
    opinions = document.sections[_section(document, "Meningen en inschattingen")]
    assert facts.kind is SectionKind.FACTS and opinions.kind is SectionKind.OPINIONS
    assert facts.blocks[0].rows == (("02-03-2026", "Sms met dreigement.", "mentor"),)  # type: ignore[union-attr]
    assert opinions.blocks[1].rows[0][1:] == ("De kinderen lijken angstig.", "kindbegeleider")  # type: ignore[union-attr]
    assert _section(document, "Feiten") < _section(document, "Meningen en inschattingen")
    children = document.sections[_section(document, "Betrokken kinderen")].blocks[0]
    assert [r[0] for r in children.rows] == ["Pim Testkind", "Lotte Testkind", "Sem Testkind"]  # type: ignore[union-attr]
    weighing = document.sections[_section(document, "Afweging en besluit")]
    assert weighing.kind is SectionKind.OPINIONS
    answers = weighing.blocks[0].rows  # type: ignore[union-attr]
    assert [r[1] for r in answers] == ["ja", "ja", "melden bij Veilig Thuis"]
    assert answers[-1][0] == "Besluit"
    assert weighing.blocks[1].text.startswith("Afweging 3 tot en met 5 zijn niet aan de orde")  # type: ignore[union-attr]
    done = document.sections[_section(document, "Wat is er al gedaan")].blocks[0]
    assert done.rows[2][3].startswith("overgeslagen: de veiligheid")  # type: ignore[union-attr]
    assert done.rows[4][3] == "gemeld bij Veilig Thuis. Gemeld."  # type: ignore[union-attr]
    contact = dict(document.sections[-1].blocks[0].rows)  # type: ignore[union-attr]
    assert contact["Telefoon"] == "010-555 12 34" and contact["Naam"] == "Opvang"
    text = _text(document)
    assert "structurele onveiligheid (vastgelegd in de meldcode)" in text
    assert not any(secret in text for secret in SECRETS)
    assert "het lyceum" not in text, "a school near the shelter narrows down where they are"


def test_the_shelter_address_is_in_a_melding_only_when_chosen_and_without_its_name(
    worker: Session, household: Household
) -> None:
    concern_id = _concern(worker, household)
    choices = MeldingChoices(contact_phone="010-555 12 34", include_shelter_address=True)
    document = melding_report(worker, concern_id, choices).document
    secret = document.sections[-1]
    assert secret.title == SECRET_ADDRESS_TITLE
    assert dict(secret.blocks[0].rows) == {"Adres": "Geheimelaan 7, 9999 ZZ Verborgen"}  # type: ignore[union-attr]
    assert "de linde" not in _text(document)


def test_an_incomplete_melding_says_what_is_missing(worker: Session, household: Household) -> None:
    service = ConcernService(worker)
    bare = service.open(household.children[1].id, "Lotte is stil.", D)
    with pytest.raises(IncompleteMelding, match="minstens één feit"):
        melding_report(worker, bare.id, PHONE)
    concern_id = _concern(worker, household, weigh=False)
    with pytest.raises(IncompleteMelding, match="telefoonnummer"):
        melding_report(worker, concern_id)
    with pytest.raises(IncompleteMelding, match="nog niet gewogen"):
        melding_report(worker, concern_id, PHONE)
    estimated = MeldingChoices(urgency=Urgency.ACUTE, contact_phone="010-555 12 34")
    document = melding_report(worker, concern_id, estimated).document
    text = _text(document)
    assert "acute onveiligheid (ingeschat bij deze melding; stap 4 nog niet gezet)" in text
    assert "de afweging (stap 4 van de meldcode) is nog niet vastgelegd." in text
    weighed = _concern(worker, household)
    with pytest.raises(IncompleteMelding, match="structurele onveiligheid"):
        melding_report(worker, weighed, estimated)


def test_a_melding_after_acute_danger_gives_the_reason_instead_of_the_weighing(
    worker: Session, household: Household
) -> None:
    service = ConcernService(worker)
    concern = service.open(household.children[2].id, "Sem is bedreigd.", D)
    service.add_observation(concern.id, ObservationKind.FACT, "Mes gezien.", "Sem", D)
    service.report_acute(concern.id, D, "Politie en Veilig Thuis gebeld.")
    choices = MeldingChoices(
        contact_name="A. Achterwacht", contact_role="achterwacht", contact_phone="06-1111 2222",
        actions_taken="Politie gebeld.",
    )  # fmt: skip
    document = melding_report(worker, concern.id, choices).document
    weighing = document.sections[_section(document, "Afweging en besluit")]
    assert "Acuut gevaar" in weighing.blocks[0].text  # type: ignore[union-attr]
    text = _text(document)
    done = document.sections[_section(document, "Wat is er al gedaan")].blocks[0]
    assert done.rows[-1] == ("Verder gedaan", "", "", "Politie gebeld.")  # type: ignore[union-attr]
    assert "overgeslagen: acuut gevaar" in text
    contact = dict(document.sections[_section(document, "Contactpersoon")].blocks[0].rows)  # type: ignore[union-attr]
    assert contact == {
        "Naam": "A. Achterwacht", "Functie": "achterwacht", "Telefoon": "06-1111 2222",
        "Melder": "Opvang",
    }  # fmt: skip


# -- the shelter in free text --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ex-partner stond voor de deur aan de Geheimelaan.",
        "Post kwam aan op 9999ZZ.",
        "Zij zag hem bij huis de linde.",
    ],
)
def test_a_fact_naming_the_shelter_refuses_the_melding_and_says_where(
    worker: Session, household: Household, text: str
) -> None:
    concern_id = _concern(worker, household)
    ConcernService(worker).add_observation(concern_id, ObservationKind.FACT, text, "mentor", D)
    with pytest.raises(ShelterInText) as caught:
        melding_report(worker, concern_id, PHONE)
    assert "in ‘Feiten’" in caught.value.message
    chosen = MeldingChoices(contact_phone="010-555 12 34", include_shelter_address=True)
    assert melding_report(worker, concern_id, chosen).document.sections[-1].title == (
        SECRET_ADDRESS_TITLE
    ), "with the address chosen, the family's own location may be named"


def test_another_shelter_location_stays_refused_even_with_the_address_chosen(
    worker: Session, household: Household
) -> None:
    LocationService(worker).add("Huis De Haven", "Havenkade 3\n8888 YY Elders")
    concern_id = _concern(worker, household)
    ConcernService(worker).add_observation(
        concern_id, ObservationKind.OPINION, "Misschien beter naar Huis De Haven.", "mentor", D
    )
    chosen = MeldingChoices(contact_phone="010-555 12 34", include_shelter_address=True)
    with pytest.raises(ShelterInText, match="huis de haven"):
        melding_report(worker, concern_id, chosen)
    ClientService(worker).update(household.adults[0].id, hulpvraag="Weg van de Havenkade.")
    with pytest.raises(ShelterInText, match="havenkade"):
        intake_report(worker, household.id, IntakeChoices(True))


# -- roles and references ------------------------------------------------------------------
def test_a_forensic_physician_is_refused_every_opvang_document_and_it_is_logged(
    as_user: Callable[[str], Session], worker: Session, household: Household
) -> None:
    concern_id = _concern(worker, household)
    worker.lock()
    arts = as_user("arts")
    for build in (
        lambda: intake_report(arts, household.id),
        lambda: screening_report(arts, household.children[1].id),
        lambda: melding_report(arts, concern_id, PHONE),
    ):
        with pytest.raises(PermissionDenied):
            build()
    refused = arts.conn.execute(
        "SELECT detail FROM audit WHERE action = 'access.refused' ORDER BY seq"
    ).fetchall()
    assert [r[0] for r in refused][-3:] == ["report.content (opvang)"] * 3


def test_unknown_records_are_reported_as_such(worker: Session) -> None:
    with pytest.raises(RecordNotFound):
        screening_report(worker, "geen-client")


def test_references_are_listed_with_what_they_are_for(
    worker: Session, household: Household
) -> None:
    _concern(worker, household)
    listed = {t.target.reference: t for t in listed_targets(worker)}
    household_line = listed[household.reference]
    assert household_line.record_id == household.id
    assert household_line.label.startswith("huishouden Marieke Testvrouw, Ans Testvrouw en 3")
    assert household_line.label.endswith("— intakeverslag")
    child = listed[household.children[0].pseudonym]
    assert child.record_id == household.children[0].id and "screeningsoverzicht" in child.label
    concern = listed[f"{household.reference}-M1"]
    assert concern.label == (
        "zorg over Marieke Testvrouw (afgerond): Dreiging door ex-partner. — melding"
    )
    for reference in listed:
        assert is_opvang_reference(reference) and is_opvang_reference(reference.lower())
    for other in ("OV-1234", "FD-A1B2C3", "DEMO-KIND-A", "OV-ACDE-X1", "OV-ACDE-M0", ""):
        assert not is_opvang_reference(other)


def test_a_melding_after_a_decision_for_help_says_question_5_waits(
    worker: Session, household: Household
) -> None:
    service = ConcernService(worker)
    concern = service.open(household.adults[1].id, "Schulden via de ex-partner.", D)
    service.add_observation(concern.id, ObservationKind.FACT, "Aanmaningen.", "Ans", D)
    for step in (MeldcodeStep.MAP_SIGNS, MeldcodeStep.CONSULT, MeldcodeStep.TALK_WITH_CLIENT):
        service.complete_step(concern.id, step, D, "")
    service.weigh(concern.id, WeighingAnswers(True, False, True, True, None), D, "Hulp.")
    document = melding_report(worker, concern.id, PHONE).document
    weighing = document.sections[_section(document, "Afweging en besluit")]
    answers = weighing.blocks[0].rows  # type: ignore[union-attr]
    assert [r[1] for r in answers] == [
        "ja", "nee", "ja", "ja", "niet beantwoord",
        "hulp bieden of organiseren en de effecten volgen",
    ]  # fmt: skip
    assert "na de afgesproken termijn" in weighing.blocks[1].text  # type: ignore[union-attr]
    assert "geen acute of structurele onveiligheid vastgesteld" in _text(document)
