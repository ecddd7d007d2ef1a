"""The intake summary of one household (*intakeverslag*), as a document.

The stay and the referral, then every household member as a client of their own: each adult
and each child with hulpvraag, mentor, goals and screening plan; a child also with school,
gezag and the consent that gezag requires at the child's age, and the Handle with Care signal.
Only this household's clients appear. The shelter location is left out unless the user chose to
include it; then its name and address stand in one section marked as secret.
"""

from __future__ import annotations

from dataclasses import dataclass

from opvang.organisation import Organisation
from opvang.report_content import ClientSummary, IntakeSummary, ReportContent, SignalSummary
from opvang.report_parts import (
    NOT_RECORDED,
    day,
    finish,
    instrument_label,
    moment,
    stay_line,
)
from opvang.report_records import record_export
from opvang.screening_plan import PlannedKind, PlannedScreening
from opvang.veiligheidsplan import Veiligheidsplan
from secure_store.document import (
    Block,
    Classification,
    Document,
    KeyValues,
    Paragraph,
    Section,
    Table,
    TextStyle,
)
from secure_store.report_export import ReportJob
from secure_store.roles import Area
from secure_store.session import Session

KIND = "intake"
TITLE = "Intakeverslag"
OWN_RECORDS = (
    "Elk lid van het huishouden is cliënt met een eigen dossier: ook elk kind heeft een eigen "
    "hulpvraag, mentor, plan en screening."
)
HANDLE_WITH_CARE = (
    "Handle with Care: de school hoort binnen 24 uur na de intake alleen dát het kind extra "
    "steun kan nodig hebben, nooit wát er is gebeurd of waar het kind verblijft."
)


@dataclass(frozen=True)
class IntakeChoices:
    """What the user chose for the intake summary: the shelter address (off by default)."""

    include_shelter_address: bool = False


def intake_report(
    session: Session,
    household_id: str,
    choices: IntakeChoices | None = None,
    organisation: Organisation | None = None,
) -> ReportJob:
    """The intake summary of a household, ready to preview or sign.

    Raises:
        PermissionDenied (logged), RecordNotFound, ShelterInText.
    """
    choices = choices or IntakeChoices()
    content = ReportContent(session, organisation)
    summary = content.intake_summary(
        household_id, include_shelter_address=choices.include_shelter_address
    )
    names = {i.id: i.name["nl"] for i in content.organisation.instruments()}
    # One section per client: the household's members side by side, each a client of their own.
    sections = [_client(c, names) for c in (*summary.adults, *summary.children)]
    if summary.safety_plan is not None:
        sections.append(_safety(summary.safety_plan))
    document = Document(
        kind=KIND, title=TITLE, subtitle=f"Huishouden {summary.reference}",
        reference=summary.reference, front=(_front(summary), Paragraph(OWN_RECORDS, TextStyle.NOTE)),
        sections=tuple(sections),
        statement=(
            "Dit verslag geeft de intake en het dossier van het huishouden weer zoals vastgelegd "
            f"op {day(summary.consent_on)}."
        ),
        show_organisation_address=False, classification=Classification.SOCIAL_CARE,
    )  # fmt: skip
    document = finish(session, document, summary.shelter, with_name=True)
    return ReportJob(
        document, Area.OPVANG, "household", household_id, TITLE, household_id,
        alongside=record_export(session, household_id, "household", household_id, KIND),
    )  # fmt: skip


def _front(s: IntakeSummary) -> KeyValues:
    rows = [
        ("Huishouden", f"{s.reference}: {_count(len(s.adults), 'volwassene', 'volwassenen')}, {_count(len(s.children), 'kind', 'kinderen')}"),
        ("Vorm van zorg", s.kind.label),
        ("Intake", f"{moment(s.intake_at)} door {s.intake_by or NOT_RECORDED}"),
        ("Gepland einde", day(s.planned_end)),
        ("Fase", s.phase.label),
        ("Verwezen door", s.referral.label + (f" ({s.referral_detail})" if s.referral_detail else "")),
    ]  # fmt: skip
    for move in s.moves:
        rows.append(
            ("Doorstroom", f"{day(move.moved_on)}: {move.from_kind.label} → {move.to_kind.label}")
        )
    if s.ended_on is not None:
        where = s.destination.label if s.destination else NOT_RECORDED
        rows.append(("Vertrokken", f"{day(s.ended_on)}, naar: {where}"))
    rows.append(("Verblijfplaats", stay_line(s.shelter, s.has_shelter)))
    return KeyValues(tuple(rows))


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _client(c: ClientSummary, names: dict[str, str]) -> Section:
    rows = [
        ("Kenmerk", c.pseudonym),
        ("Geboortedatum", f"{day(c.date_of_birth)} ({c.age_at_intake} jaar bij de intake)"),
        ("Hulpvraag", c.hulpvraag or NOT_RECORDED),
        ("Mentor / begeleider", c.mentor or NOT_RECORDED),
    ]
    if c.gezag is not None:
        rows += [
            ("School", _school(c)),
            ("Gezag", c.gezag.kind.label + (f" ({c.gezag.holder})" if c.gezag.holder else "")),
        ]
    if c.consent is not None:
        rows.append(("Toestemming", c.consent.explanation))
    blocks: list[Block | Section] = [KeyValues(tuple(rows))]
    if c.school_signal is not None:
        blocks.append(_signal(c.school_signal))
    blocks.append(_plan(c.plan, names))
    blocks.append(_goals(c))
    who = f"kind, {c.age_at_intake} jaar" if c.gezag is not None else "volwassene"
    return Section(f"{c.name} ({who})", tuple(blocks))


def _school(c: ClientSummary) -> str:
    if c.school is not None:
        parts = [c.school.name, c.school.contact_person, c.school.reach]
        return "; ".join(p for p in parts if p.strip())
    if c.childcare.strip():
        return f"geen school; kinderopvang: {c.childcare}"
    return "geen school of kinderopvang vastgelegd"


def _signal(signal: SignalSummary) -> Section:
    sent = (
        f"{moment(signal.sent_at)} door {signal.sent_by}, per {signal.channel_label}"
        if signal.sent_at
        else "nog niet verstuurd"
    )
    rows = (
        ("Naar", signal.school or NOT_RECORDED), ("Uiterlijk", moment(signal.due_at)),
        ("Stand", signal.status_label), ("Verstuurd", sent),
    )  # fmt: skip
    return Section(
        "Schoolsignaal (Handle with Care)",
        (KeyValues(rows), Paragraph(HANDLE_WITH_CARE, TextStyle.NOTE)),
    )


def _plan(plan: tuple[PlannedScreening, ...], names: dict[str, str]) -> Section:
    if not plan:
        return Section("Screeningsplan", (Paragraph("Geen screening gepland.", TextStyle.EMPTY),))
    rows = []
    for p in plan:
        if p.kind is PlannedKind.OBSERVATION:
            what = f"{p.kind.label} (geen passend instrument voor {p.age} jaar)"
        else:
            name = names.get(p.instrument_id or "", p.instrument_id or "")
            what = instrument_label(name, p.respondent)
        rows.append((p.purpose.label, day(p.due_on), what))
    blocks: list[Block] = [
        Table(
            ("Moment", "Uiterlijk", "Instrument of observatie"), tuple(rows), widths=(1.6, 1, 4.4)
        )
    ]
    observation = next((p for p in plan if p.kind is PlannedKind.OBSERVATION), None)
    if observation is not None:
        blocks.append(Paragraph(observation.reason, TextStyle.NOTE))
    return Section("Screeningsplan", tuple(blocks))


def _goals(c: ClientSummary) -> Section:
    if not c.goals:
        return Section("Doelen", (Paragraph("Nog geen doelen vastgelegd.", TextStyle.EMPTY),))
    rows = tuple((g.text, day(g.target_on, ""), g.status.label) for g in c.goals)
    return Section("Doelen", (Table(("Doel", "Streefdatum", "Stand"), rows, widths=(4, 1.2, 1.4)),))


def _safety(plan: Veiligheidsplan) -> Section:
    blocks: list[Block] = [
        KeyValues((("Gemaakt op", day(plan.made_on)), ("Evalueren op", day(plan.review_on))))
    ]
    if plan.risks:
        rows = tuple((r.description, r.measures or "—") for r in plan.risks)
        blocks.append(
            Table(("Risico", "Wat het verkleint"), rows, widths=(1, 1), caption="Risico's")
        )
    if plan.agreements:
        rows = tuple((a.text, a.who) for a in plan.agreements)
        blocks.append(Table(("Afspraak", "Wie"), rows, widths=(3, 1), caption="Afspraken"))
    if plan.contacts:
        calls = tuple((c.name, c.role, c.phone) for c in plan.contacts)
        blocks.append(
            Table(("Naam", "Rol", "Telefoon"), calls, widths=(2, 2, 1.4), caption="Wie te bellen")
        )
    return Section("Veiligheidsplan", tuple(blocks))
