"""A *Melding aan Veilig Thuis* from an opvang meldcode concern, as a document.

Veilig Thuis keeps facts and opinions apart, and so does the melding: every fact with its
source and date, the opinions with whose they are, the children involved, the estimated urgency,
the afwegingskader's answers and decision, what has been done (the meldcode steps), and whom
Veilig Thuis can call. Veilig Thuis may discuss a melding with the people involved, so the
shelter's address never appears unless the user explicitly includes it — and then only the
address, once, in a section that says it is secret. Neither the location's name nor a school
near it is printed: either narrows down where the family is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from opvang.afwegingskader import Question, questions_on_path
from opvang.concerns import ContactPerson, Observation, Urgency
from opvang.consent import age_on
from opvang.errors import OpvangError
from opvang.meldcode import Action, MeldcodeStep
from opvang.report_content import MeldingFacts, ReportContent
from opvang.report_parts import day, finish, stay_line
from opvang.report_records import record_export
from opvang.screening_plan import ClientKind
from secure_store.document import (
    Block,
    Classification,
    Document,
    KeyValues,
    Paragraph,
    Section,
    SectionKind,
    Table,
    TextStyle,
)
from secure_store.report_export import ReportJob
from secure_store.roles import Area
from secure_store.session import Session

KIND = "melding"
TITLE = "Melding aan Veilig Thuis"
ESTIMATES = (Urgency.ACUTE, Urgency.STRUCTURAL)
AWAITING = (
    "Afweging 5 wordt beantwoord na de afgesproken termijn: leidt de hulp dan niet tot duurzame "
    "veiligheid, dan volgt alsnog een melding."
)


class IncompleteMelding(OpvangError):
    """A melding that lacks what Veilig Thuis needs to act on it."""

    message_nl = "De melding is nog niet compleet."
    message_en = "The melding is not complete yet."


@dataclass(frozen=True)
class MeldingChoices:
    """What the user decides when making the melding; the rest comes from the concern.

    Attributes:
        recipient: Which Veilig Thuis organisation.
        urgency: The estimate, only while the concern's urgency has not been weighed (step 4);
            None takes the urgency recorded in the meldcode.
        contact_name, contact_role, contact_phone: The contact person; an empty field takes
            what is recorded with the concern.
        actions_taken: Anything done besides the meldcode steps (e.g. "politie gebeld").
        include_shelter_address: The user's explicit choice to include the shelter address.
    """

    recipient: str = "Veilig Thuis"
    urgency: Urgency | None = None
    contact_name: str = ""
    contact_role: str = ""
    contact_phone: str = ""
    actions_taken: str = ""
    include_shelter_address: bool = False

    def contact(self, recorded: ContactPerson) -> ContactPerson:
        """The contact person: each field as chosen here, or else as recorded."""
        return ContactPerson(
            self.contact_name.strip() or recorded.name,
            self.contact_role.strip() or recorded.role,
            self.contact_phone.strip() or recorded.phone,
        )

    def urgency_of(self, recorded: Urgency) -> Urgency:
        """The urgency the melding states.

        Raises:
            IncompleteMelding: Nothing weighed and no estimate given, an estimate that is not
                acute or structural, or one that contradicts the weighing.
        """
        if recorded is Urgency.NOT_ASSESSED:
            if self.urgency in ESTIMATES:
                return self.urgency
            raise IncompleteMelding(
                "De urgentie is nog niet gewogen (stap 4 van de meldcode). Geef aan of het om "
                "acute of structurele onveiligheid gaat."
            )
        if self.urgency is not None and self.urgency is not recorded:
            raise IncompleteMelding(
                f"In stap 4 van de meldcode is de urgentie vastgelegd als ‘{recorded.label}’. "
                "Pas de afweging aan in de meldcode, of neem de urgentie over zoals vastgelegd."
            )
        return recorded


def melding_report(
    session: Session, concern_id: str, choices: MeldingChoices | None = None
) -> ReportJob:
    """The melding for one concern, ready to preview or sign.

    Raises:
        PermissionDenied (logged), RecordNotFound, IncompleteMelding (no fact, no phone number
        for the contact person, no urgency), ShelterInText.
    """
    choices = choices or MeldingChoices()
    content = ReportContent(session)
    facts = content.melding_facts(
        concern_id, include_shelter_address=choices.include_shelter_address
    )
    if not facts.facts:
        raise IncompleteMelding(
            "Leg eerst minstens één feit vast, met de bron (Meldcode → Feit of mening…)."
        )
    contact = choices.contact(facts.contact)
    if not contact.name.strip() or not contact.phone.strip():
        raise IncompleteMelding("Vul de contactpersoon in, met naam en telefoonnummer.")
    urgency = choices.urgency_of(facts.urgency)
    today = content.today()
    document = Document(
        kind=KIND, title=TITLE, reference=facts.reference,
        subtitle="Vanuit de opvang, volgens de meldcode huiselijk geweld en kindermishandeling",
        front=(_front(facts, choices, urgency, today),),
        sections=(
            _facts(facts), _children(facts), _opinions(facts, urgency),
            _weighing(facts), _done(facts, choices), _contact(contact, session),
        ),
        statement=(
            "Deze melding houdt feiten (met hun bron) en meningen gescheiden. Ik ben bereikbaar "
            "voor overleg via de contactpersoon hierboven."
        ),
        show_organisation_address=False, classification=Classification.SOCIAL_CARE,
    )  # fmt: skip
    document = finish(session, document, facts.shelter)
    return ReportJob(
        document, Area.OPVANG, "concern", concern_id, TITLE, facts.household_id,
        alongside=record_export(session, facts.household_id, "concern", concern_id, KIND),
    )  # fmt: skip


def _front(f: MeldingFacts, choices: MeldingChoices, urgency: Urgency, today: date) -> KeyValues:
    who = "kind" if f.subject_kind is ClientKind.CHILD else "volwassene"
    age = age_on(f.subject_date_of_birth, today)
    stay = stay_line(f.shelter, f.has_shelter)
    return KeyValues((
        ("Aan", choices.recipient.strip() or "Veilig Thuis"),
        ("Betreft", f"{f.subject_name} ({who}, {age} jaar), geboren {day(f.subject_date_of_birth)}"),
        ("Zorg", f"{f.summary} (geopend op {day(f.opened_on)})"),
        ("Ingeschatte urgentie", urgency.label),
        ("Verblijfplaats", stay),
        ("Kenmerk huishouden", f.household_reference),
    ))  # fmt: skip


def _observations(items: tuple[Observation, ...], what: str, who: str) -> Table:
    rows = tuple((day(o.observed_on), o.text, o.source) for o in items)
    return Table(("Datum", what, who), rows, widths=(1, 4, 1.8))


def _facts(f: MeldingFacts) -> Section:
    return Section(
        "Feiten",
        (_observations(f.facts, "Feit", "Bron"),),
        SectionKind.FACTS,
        note="Wat is gezien, gehoord of geroken, elk met de bron.",
    )


def _children(f: MeldingFacts) -> Section:
    if not f.children:
        return Section(
            "Betrokken kinderen",
            (Paragraph("Er zijn geen kinderen bij betrokken.", TextStyle.EMPTY),),
            SectionKind.FACTS,
        )
    rows = tuple(
        (
            c.name, day(c.date_of_birth), f"{c.age} jaar",
            c.gezag.kind.label + (f" ({c.gezag.holder})" if c.gezag.holder else ""),
        )
        for c in f.children
    )  # fmt: skip
    return Section(
        "Betrokken kinderen",
        (Table(("Naam", "Geboortedatum", "Leeftijd", "Gezag"), rows, widths=(2, 1.2, 0.9, 2)),),
        SectionKind.FACTS,
    )


def _opinions(f: MeldingFacts, urgency: Urgency) -> Section:
    weighed = f.urgency is not Urgency.NOT_ASSESSED
    how = (
        "vastgelegd in de meldcode"
        if weighed
        else "ingeschat bij deze melding; stap 4 nog niet gezet"
    )
    blocks: list[Block] = [KeyValues((("Ingeschatte urgentie", f"{urgency.label} ({how})"),))]
    if f.opinions:
        blocks.append(_observations(f.opinions, "Mening of inschatting", "Van"))
    else:
        blocks.append(Paragraph("Er zijn geen meningen vastgelegd.", TextStyle.EMPTY))
    return Section(
        "Meningen en inschattingen",
        tuple(blocks),
        SectionKind.OPINIONS,
        note="Oordelen van medewerkers en anderen, geen vaststaande feiten.",
    )  # fmt: skip


def _answer(value: bool | None) -> str:
    return "niet beantwoord" if value is None else ("ja" if value else "nee")


def _weighing(f: MeldingFacts) -> Section:
    # The answers and the decision are one table: the frame keeps a heading with its first
    # block, so the weighing never starts on one page and ends on the next.
    blocks: list[Block] = []
    if f.answers is not None:
        asked = questions_on_path(f.answers)
        rows = [(f"{q.value}. {q.text}", _answer(f.answers.answer(q))) for q in asked]
        if f.decision is not None:
            rows.append(("Besluit", f.decision.outcome.label))
        blocks.append(Table(("Afweging", "Antwoord"), tuple(rows), widths=(4.3, 1.9)))
        blocks += _not_asked(len(asked))
    elif f.decision is not None:  # acute danger: reported at once, without the weighing
        blocks += [Paragraph(line) for line in f.decision.reasoning]
        blocks.append(KeyValues((("Besluit", f.decision.outcome.label),)))
    else:
        blocks.append(
            Paragraph(
                "De afweging (stap 4 van de meldcode) is nog niet vastgelegd.", TextStyle.EMPTY
            )
        )
    if f.decision is not None and f.decision.awaiting_evaluation:
        blocks.append(Paragraph(AWAITING, TextStyle.NOTE))
    return Section(
        "Afweging en besluit",
        tuple(blocks),
        SectionKind.OPINIONS,
        note="Het afwegingskader van de meldcode: de antwoorden en waartoe ze leiden.",
    )


def _not_asked(asked: int) -> list[Block]:
    last = len(Question)
    if asked >= last:
        return []
    which = (
        f"Afweging {last} is"
        if asked == last - 1
        else f"Afweging {asked + 1} tot en met {last} zijn"
    )
    return [
        Paragraph(
            f"{which} niet aan de orde: het besluit volgt uit afweging {asked}.", TextStyle.NOTE
        )
    ]


def _done(f: MeldingFacts, choices: MeldingChoices) -> Section:
    records = {r.step: r for r in f.done}
    rows = []
    for step in MeldcodeStep:
        record = records.get(step)
        if record is None:
            rows.append((step.label, "", "", "nog niet gezet"))
            continue
        notes = record.notes
        if record.skipped_because is not None:
            notes = f"overgeslagen: {record.skipped_because.label}" + (
                f". {notes}" if notes else ""
            )
        if step is MeldcodeStep.DECIDE and f.actions:
            done = "; ".join(a.label for a in Action if a in f.actions)
            notes = f"{done}. {notes}".strip()
        rows.append((step.label, day(record.on), record.by, notes))
    if choices.actions_taken.strip():
        rows.append(("Verder gedaan", "", "", choices.actions_taken.strip()))
    table = Table(("Stap", "Datum", "Door", "Toelichting"), tuple(rows), widths=(2.3, 1.25, 1.4, 3))
    return Section("Wat is er al gedaan", (table,), note="De stappen van de meldcode.")


def _contact(contact: ContactPerson, session: Session) -> Section:
    return Section("Contactpersoon", (KeyValues((
        ("Naam", contact.name), ("Functie", contact.role or "medewerker opvang"),
        ("Telefoon", contact.phone), ("Melder", session.identity.display_name),
    )),))  # fmt: skip
