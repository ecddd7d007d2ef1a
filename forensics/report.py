"""The forensic report (letselverklaring / forensisch-medisch rapport) as a document.

Structured after the NRGD rapportagerichtlijn: question, materials, method, findings,
interpretation, conclusion — findings (what was seen, measured or told, each with its source)
kept apart from the interpretation and conclusion, which are the physician's opinion. A history
is printed as told and by whom; bruise age is never estimated. The evidence manifest lists every
original the report relies on, and signing the report seals the examination in the same
transaction that writes the file.
"""

from __future__ import annotations

from collections.abc import Callable

from secure_store.document import (
    Block,
    Classification,
    Document,
    KeyValues,
    Paragraph,
    Scale,
    Section,
    SectionKind,
    Table,
    TextStyle,
    format_moment,
)
from secure_store.errors import VaultError
from secure_store.report_export import ReportJob
from secure_store.roles import Area

from .dossiers import DossierService
from .photos import PhotoService
from .records import PhotoCategory
from .report_figures import body_map_row, photo_plates
from .report_parts import (
    Dossier,
    evidence_manifest,
    imaging_table,
    injury_table,
    load_dossier,
    particulars,
    rule_flags,
)
from .report_record import record_step
from .rules import SENTINEL_BELOW_MONTHS, RuleFlag
from .vocabulary import ConclusionScale

KIND = "forensisch"
TITLE = "Forensisch-medisch rapport"
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

BRUISE_AGE = (
    "Uit de kleur van een blauwe plek is niet af te leiden wanneer die is ontstaan; dit rapport "
    "doet daarover geen uitspraak."
)
RULES_NOTE = (
    "TEN-4-FACESp (Pierce e.a., JAMA Netw Open 2021): bij kinderen jonger dan 4 jaar passen "
    "blauwe plekken op deze plaatsen of met een patroon vaker bij toegebracht dan bij accidenteel "
    "letsel. Sentinel-letsel (Sheets e.a., Pediatrics 2013): letsel bij een zuigeling die nog "
    "niet langs meubels loopt ging bij mishandelde zuigelingen vaak vooraf aan ernstiger letsel. "
    "De regels signaleren; het oordeel hierboven is van de arts."
)
AS_TOLD = (
    "De anamnese is weergegeven zoals verteld; de onderzoeker heeft haar niet zelf vastgesteld."
)


class NotTheExaminer(VaultError):
    message_nl = "Alleen de arts die het onderzoek deed, kan het forensisch rapport ondertekenen."
    message_en = "Only the physician who did the examination can sign the forensic report."


def forensic_report(
    dossiers: DossierService,
    examination_id: str,
    *,
    pseudonymous: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ReportJob:
    """The report of one examination, ready to preview or sign.

    Args:
        pseudonymous: the subject's pseudonym instead of name and birth date, and no file names.
        progress: called per rendered photo (done, total).

    Raises:
        PermissionDenied, RecordNotFound, NotTheExaminer, Cancelled.
    """
    session = dossiers.session
    session.require(
        Area.FORENSIC, action="report.build", record_type="examination", record_id=examination_id
    )
    dossier = load_dossier(dossiers, examination_id)
    exam = dossier.examination
    if exam.examiner != session.user:
        raise NotTheExaminer(examination_id)
    plates = photo_plates(
        PhotoService(dossiers), dossier.photos, dossier.injury_numbers,
        workers=workers, progress=progress, cancelled=cancelled,
    )  # fmt: skip
    sections = [
        _question(dossier),
        _consent(dossier),
        _materials(dossier),
        _method(dossier),
        _findings(dossier),
        _interpretation(dossier, rule_flags(dossiers, dossier)),
        _conclusion(dossier),
        _limitations(dossier),
        *_addenda(dossier),
    ]
    appendices = (
        (Section("Fotobladen", tuple(plates), SectionKind.FACTS, note=_plates_note()),)
        if plates
        else ()
    )
    document = Document(
        kind=KIND, title=TITLE, subtitle="Letselverklaring", reference=dossier.subject.pseudonym,
        front=(particulars(dossier, pseudonymous=pseudonymous),), sections=tuple(sections),
        appendices=appendices, manifest=evidence_manifest(dossier, pseudonymous=pseudonymous),
        statement=_statement(dossier), classification=Classification.MEDICAL,
    )  # fmt: skip
    step = record_step(dossiers, exam.id, KIND, pseudonymous=pseudonymous, seal=not exam.is_sealed)
    return ReportJob(document, Area.FORENSIC, "examination", exam.id, TITLE, exam.subject_id, step)


def _text(value: str, empty: str = "Niet ingevuld.") -> Paragraph:
    return Paragraph(value) if value.strip() else Paragraph(empty, TextStyle.EMPTY)


def _question(d: Dossier) -> Section:
    exam = d.examination
    requester = exam.requester.label_nl + (
        f" — {exam.requester_detail}" if exam.requester_detail else ""
    )
    return Section("Vraagstelling", (
        KeyValues((("Aanvrager", requester),)),
        _text(exam.question, "De vraagstelling is niet vastgelegd."),
    ))  # fmt: skip


def _consent(d: Dossier) -> Section:
    consent = d.examination.consent
    return Section("Toestemming", (KeyValues((
        ("Gegeven door", consent.given_by or "niet vastgelegd"),
        ("Datum", format_moment(consent.given_at, with_time=False) or "niet vastgelegd"),
        ("Foto's maken", "ja" if consent.photos else "nee"),
        ("Delen met", consent.sharing or "niet vastgelegd"),
    )),))  # fmt: skip


def _materials(d: Dossier) -> Section:
    exam = d.examination
    lines: list[tuple[str, str]] = [
        ("Lichamelijk onderzoek", f"{format_moment(exam.examined_at)}, {exam.place or 'plaats niet vastgelegd'}"),
        ("Verklaring", f"anamnese verteld door {exam.history_source}" if exam.history_source else "geen anamnese vastgelegd"),
    ]  # fmt: skip
    counts = {c: sum(1 for p in d.photos if p.category is c) for c in PhotoCategory}
    summary = ", ".join(f"{n} {c.label_nl}" for c, n in counts.items() if n)
    lines.append(("Foto's", f"{len(d.photos)} originelen" + (f" ({summary})" if summary else "")))
    objects = sum(len(o) for _, o in d.studies)
    lines.append(
        (
            "Beeldvorming",
            f"{len(d.studies)} onderzoek(en), {objects} DICOM-objecten" if d.studies else "geen",
        )
    )
    return Section("Onderzocht materiaal", (
        KeyValues(tuple(lines)),
        Paragraph("Elk origineel staat met zijn SHA-256 in het bewijsmanifest (laatste bijlage).", TextStyle.NOTE),
    ))  # fmt: skip


def _method(d: Dossier) -> Section:
    text = (
        "Lichamelijk onderzoek van betrokkene, met vastlegging van elk letsel op een "
        "lichaamskaart (regio, type, afmeting in millimeters, vorm, kleur en patroon). "
        "Fotodocumentatie per letsel in de reeks overzicht, oriëntatie, close-up met schaal en "
        "close-up zonder schaal. Afmetingen op foto's zijn gemeten na kalibratie op de "
        "meetlat in de foto; annotaties zijn over de foto getekend, het origineel is onveranderd "
        "bewaard."
    )
    blocks: list[Block] = [Paragraph(text)]
    if d.studies:
        blocks.append(Paragraph("Beeldvormend onderzoek (DICOM) is beoordeeld zoals aangeleverd."))
    if d.age.completed_months < 48:
        blocks.append(Paragraph(
            "Bij kinderen jonger dan 4 jaar zijn de beslisregels TEN-4-FACESp en sentinel-letsel "
            "toegepast; zij signaleren, de arts beoordeelt.", TextStyle.NOTE,
        ))  # fmt: skip
    return Section("Methode", tuple(blocks))


def _mobility(d: Dossier) -> tuple[Block, ...]:
    """An infant's recorded mobility, which the sentinel-injury rule depends on."""
    if not d.age.younger_than_months(SENTINEL_BELOW_MONTHS):
        return ()
    cruising = d.examination.cruising
    text = {
        None: "Mobiliteit: niet vastgelegd of de zuigeling al langs meubels loopt.",
        False: "Mobiliteit: de zuigeling loopt nog niet langs meubels.",
        True: "Mobiliteit: de zuigeling loopt langs meubels (cruiset) of verder.",
    }[cruising]
    return (Paragraph(text),)


def _findings(d: Dossier) -> Section:
    exam = d.examination
    history: Block = (
        Paragraph(exam.history, TextStyle.AS_TOLD, source=exam.history_source)
        if exam.history.strip()
        else Paragraph("Geen anamnese vastgelegd.", TextStyle.EMPTY)
    )
    parts: list[Section] = [
        Section("Anamnese", (history,), note=AS_TOLD),
        Section(
            "Lichamelijk onderzoek",
            (_text(exam.findings), *_mobility(d)),
            note=f"Waargenomen door {d.name_of(exam.examiner)}.",
        ),
    ]
    if d.injuries:
        letsels: list[Block] = [injury_table(d)]
        row = body_map_row(d.figure, d.injuries)
        if row is not None:
            letsels.append(row)
        parts.append(
            Section(
                "Letsels",
                tuple(letsels),
                note="Nummers zoals op de lichaamskaart en de fotobladen.",
            )
        )
    else:
        parts.append(Section("Letsels", (Paragraph("Geen letsel vastgelegd.", TextStyle.EMPTY),)))
    if d.studies:
        parts.append(Section("Beeldvorming", (imaging_table(d),)))
    if d.photos:
        parts.append(
            Section(
                "Foto's", (Paragraph(f"{len(d.photos)} foto's; zie de fotobladen in bijlage A."),)
            )
        )
    return Section("Bevindingen", tuple(parts), SectionKind.FACTS)


def _interpretation(d: Dossier, flags: list[RuleFlag]) -> Section:
    blocks: list[Block] = [_text(d.examination.conclusion_text, "Geen onderbouwing vastgelegd.")]
    if flags:
        numbers = d.injury_numbers
        rows = tuple(
            (flag.rule.label_nl.split(" (")[0], flag.criterion.label_nl, ", ".join(str(numbers[i]) for i in flag.injury_ids if i in numbers))
            for flag in flags
        )  # fmt: skip
        blocks.append(
            Table(
                ("Beslisregel", "Criterium", "Letsel"),
                rows,
                widths=(1.6, 3.4, 1),
                caption="Signalering door klinische beslisregels",
            )
        )
        blocks.append(Paragraph(RULES_NOTE, TextStyle.NOTE))
    return Section(
        "Interpretatie",
        tuple(blocks),
        SectionKind.OPINIONS,
        note=f"Oordeel van {d.name_of(d.examination.examiner)}.",
    )


def _conclusion(d: Dossier) -> Section:
    scale = list(ConclusionScale)
    code = d.examination.conclusion
    chosen = next((i for i, c in enumerate(scale) if c.code == code), None)
    blocks: list[Block] = [Scale(tuple(c.label_nl for c in scale), chosen)]
    if chosen is None:
        blocks.append(Paragraph("Er is (nog) geen conclusie gekozen.", TextStyle.EMPTY))
    return Section(
        "Conclusie",
        tuple(blocks),
        SectionKind.OPINIONS,
        note="Op de vaste schaal van de letselduiding.",
    )


def _limitations(d: Dossier) -> Section:
    blocks: list[Block] = []
    if d.examination.limitations.strip():
        blocks.append(Paragraph(d.examination.limitations))
    blocks += [Paragraph(AS_TOLD, TextStyle.NOTE), Paragraph(BRUISE_AGE, TextStyle.NOTE)]
    return Section("Beperkingen", tuple(blocks))


def _addenda(d: Dossier) -> list[Section]:
    return [
        Section(
            f"Addendum {n}", (Paragraph(a.text),), SectionKind.ADDENDUM,
            note=f"Geschreven op {format_moment(a.written_at)} door {d.name_of(a.author)}, na verzegeling op {format_moment(d.examination.sealed_at or a.written_at)}.",
        )
        for n, a in enumerate(d.addenda, start=1)
    ]  # fmt: skip


def _plates_note() -> str:
    return (
        "Afgeleiden van de originelen: rechtop gezet, met annotaties, nummer en schaalbalk waar "
        "gekalibreerd. De originelen zelf staan met hun SHA-256 in het bewijsmanifest."
    )


def _statement(d: Dossier) -> str:
    base = (
        "Ik verklaar dit rapport naar waarheid, volledig en naar beste weten te hebben opgemaakt, "
        "binnen de grenzen van mijn deskundigheid."
    )
    if d.examination.is_sealed:
        return f"{base} Het onderzoek is verzegeld op {format_moment(d.examination.sealed_at or d.examination.examined_at)}; latere aanvullingen staan als gedateerd addendum in dit rapport."
    return f"{base} Met deze ondertekening wordt het onderzoek verzegeld; latere aanvullingen volgen alleen als gedateerd addendum."
