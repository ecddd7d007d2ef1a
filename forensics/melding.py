"""A melding aan Veilig Thuis from a forensic dossier, as a document.

Veilig Thuis keeps facts and opinions apart, and so does the melding: the facts section lists
each fact with its source (who told it, who saw it, which examination), the opinions section
holds the physician's assessment and the estimated urgency. It names the children involved,
what has already been done, and whom Veilig Thuis can call. Making a melding is the
vertrouwensarts's area (:attr:`Area.MELDING`); anyone else is refused and the refusal logged.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

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
    format_moment,
)
from secure_store.report_export import ReportJob
from secure_store.roles import Area

from .dossiers import DossierService
from .errors import ExplainedError
from .report_parts import Dossier, injury_description, load_dossier, region_name, size_text
from .report_record import record_step
from .vocabulary import ConclusionScale, InjuryType, Vocabulary

KIND = "melding"
TITLE = "Melding aan Veilig Thuis"


class Urgency(Vocabulary):
    """The reporter's estimate of how unsafe the situation is."""

    ACUTE = ("acute", "acute onveiligheid", "acute unsafety")
    STRUCTURAL = ("structural", "structurele onveiligheid", "structural unsafety")


class IncompleteMelding(ExplainedError):
    """A melding that lacks what Veilig Thuis needs to act on it."""

    message_nl = "De melding is nog niet compleet."
    message_en = "The melding is not complete yet."


@dataclass(frozen=True)
class InvolvedChild:
    """A child the melding is about (the examined child, brothers and sisters …)."""

    name: str
    date_of_birth: date | None = None
    relation: str = ""


@dataclass(frozen=True)
class MeldingDetails:
    """What the reporter adds to the dossier's facts."""

    urgency: Urgency
    children: tuple[InvolvedChild, ...]
    actions_taken: str
    contact_name: str
    contact_phone: str
    concerns: str = ""
    recipient: str = "Veilig Thuis"

    def check(self) -> None:
        """Raises IncompleteMelding naming the first missing part."""
        if not self.contact_name.strip() or not self.contact_phone.strip():
            raise IncompleteMelding("Vul de contactpersoon in, met naam en telefoonnummer.")
        if not self.actions_taken.strip():
            raise IncompleteMelding("Beschrijf wat er al is gedaan (ook als dat nog niets is).")
        if any(not child.name.strip() for child in self.children):
            raise IncompleteMelding("Elk betrokken kind heeft een naam nodig.")

    def to_record(self) -> dict[str, object]:
        data = asdict(self)
        data["urgency"] = self.urgency.code
        data["children"] = [
            {**asdict(c), "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else ""}
            for c in self.children
        ]
        return data


def melding(dossiers: DossierService, examination_id: str, details: MeldingDetails) -> ReportJob:
    """The melding for one examination, ready to preview or sign.

    Raises:
        PermissionDenied (logged; only the vertrouwensarts's role makes meldingen),
        IncompleteMelding, RecordNotFound.
    """
    session = dossiers.session
    session.require(
        Area.MELDING, action="melding.build", record_type="examination", record_id=examination_id
    )
    details.check()
    dossier = load_dossier(dossiers, examination_id)
    exam = dossier.examination
    document = Document(
        kind=KIND, title=TITLE, subtitle="Naar aanleiding van een forensisch-medisch onderzoek",
        reference=dossier.subject.pseudonym, front=(_front(dossier, details),),
        sections=(
            _reason(dossier), _facts(dossier), _children(dossier, details), _opinions(dossier, details),
            _done(details), _contact(details, session.identity.display_name),
        ),
        statement=(
            "Deze melding scheidt feiten (met hun bron) van oordelen. Ik ben bereikbaar voor "
            "overleg over deze melding."
        ),
        classification=Classification.MEDICAL,
    )  # fmt: skip
    step = record_step(
        dossiers, exam.id, KIND, pseudonymous=False, seal=False, details=details.to_record()
    )
    return ReportJob(document, Area.MELDING, "examination", exam.id, TITLE, exam.subject_id, step)


def _front(d: Dossier, details: MeldingDetails) -> KeyValues:
    subject = d.subject
    return KeyValues((
        ("Aan", details.recipient),
        ("Betreft", f"{subject.name}, geboren {format_moment(subject.date_of_birth.isoformat(), with_time=False)}"),
        ("Ingeschatte urgentie", details.urgency.label_nl),
        ("Onderzoek", f"{format_moment(d.examination.examined_at)}, {d.examination.place or 'plaats niet vastgelegd'}"),
    ))  # fmt: skip


def _reason(d: Dossier) -> Section:
    exam = d.examination
    requester = exam.requester.label_nl + (
        f" ({exam.requester_detail})" if exam.requester_detail else ""
    )
    blocks: list[Block] = [KeyValues((("Onderzoek aangevraagd door", requester),))]
    if exam.question.strip():
        blocks.append(Paragraph(f"Vraag aan de onderzoeker: {exam.question}"))
    return Section("Aanleiding", tuple(blocks))


def _facts(d: Dossier) -> Section:
    exam = d.examination
    examiner = d.name_of(exam.examiner)
    seen = (
        f"lichamelijk onderzoek door {examiner}, {format_moment(exam.examined_at, with_time=False)}"
    )
    rows: list[tuple[str, str]] = []
    if exam.history.strip():
        rows.append(
            (
                f"“{exam.history}” (zoals verteld)",
                f"verteld door {exam.history_source or 'onbekend'}",
            )
        )
    if exam.findings.strip():
        rows.append((exam.findings, seen))
    for injury in d.injuries:
        photos = [f"F{p.seq}" for p in d.photos if injury.id in p.injury_ids]
        fact = (
            f"Letsel {injury.number}: {InjuryType.from_code(injury.type).label_nl}, "
            f"{region_name(d.figure, injury)}, {size_text(injury)} mm"
        )
        description = injury_description(injury)
        rows.append(
            (
                f"{fact}. {description}" if description else fact,
                seen + (f"; foto's {', '.join(photos)}" if photos else ""),
            )
        )
    for study, objects in d.studies:
        rows.append((
            f"Beeldvorming: {study.description or study.modality}, {len(objects)} opnamen",
            f"DICOM-onderzoek van {format_moment(study.study_date, with_time=False) or 'onbekende datum'}",
        ))  # fmt: skip
    consent = exam.consent
    if consent.given_by:
        rows.append(
            (
                f"Toestemming voor onderzoek en delen ({consent.sharing or 'niet vastgelegd'})",
                f"gegeven door {consent.given_by}",
            )
        )
    if not rows:
        return Section(
            "Feiten",
            (Paragraph("Er zijn geen feiten vastgelegd.", TextStyle.EMPTY),),
            SectionKind.FACTS,
        )
    return Section(
        "Feiten",
        (Table(("Feit", "Bron"), tuple(rows), widths=(3, 2)),),
        SectionKind.FACTS,
        note="Elk feit met zijn bron.",
    )


def _children(d: Dossier, details: MeldingDetails) -> Section:
    subject = d.subject
    rows = []
    if d.age.completed_years < 18:
        rows.append(
            (
                subject.name,
                format_moment(subject.date_of_birth.isoformat(), with_time=False),
                "onderzocht kind",
            )
        )
    for child in details.children:
        born = (
            format_moment(child.date_of_birth.isoformat(), with_time=False)
            if child.date_of_birth
            else "onbekend"
        )
        rows.append((child.name, born, child.relation or "niet vermeld"))
    if not rows:
        return Section(
            "Betrokken kinderen",
            (Paragraph("Er zijn geen kinderen bij betrokken.", TextStyle.EMPTY),),
            SectionKind.FACTS,
        )
    return Section(
        "Betrokken kinderen",
        (Table(("Naam", "Geboortedatum", "Relatie"), tuple(rows), widths=(2, 1.2, 2)),),
        SectionKind.FACTS,
    )


def _opinions(d: Dossier, details: MeldingDetails) -> Section:
    exam = d.examination
    blocks: list[Block] = [KeyValues((("Ingeschatte urgentie", details.urgency.label_nl),))]
    conclusion = next((c for c in ConclusionScale if c.code == exam.conclusion), None)
    if conclusion is not None:
        judged = f"{conclusion.label_nl}" + (
            f": {exam.conclusion_text}" if exam.conclusion_text else ""
        )
        blocks.append(Paragraph(f"Letselduiding door {d.name_of(exam.examiner)}: {judged}"))
    if details.concerns.strip():
        blocks.append(Paragraph(details.concerns))
    return Section(
        "Oordeel en zorgen",
        tuple(blocks),
        SectionKind.OPINIONS,
        note="Het oordeel van de melder en de onderzoeker, geen vaststaand feit.",
    )


def _done(details: MeldingDetails) -> Section:
    return Section("Wat is er al gedaan", (Paragraph(details.actions_taken),))


def _contact(details: MeldingDetails, author: str) -> Section:
    return Section("Contactpersoon", (KeyValues((
        ("Naam", details.contact_name), ("Telefoon", details.contact_phone), ("Melder", author),
    )),))  # fmt: skip
