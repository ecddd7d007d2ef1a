"""A client's screening overview (*screeningsoverzicht*), as a document.

Every planned and done moment of the client's trauma screening: the instrument and who filled
it in, the dates, the scores with the cut-off they were held against, the outcome, and the
follow-up (behandelaanbod offered, accepted, started). Where no instrument fits the child's age
the plan asks for a specialist's observation; the overview says so and shows what was observed.
Scores are as stored when the form was recorded, with that version of the instrument.
"""

from __future__ import annotations

from opvang.follow_up import FollowUp
from opvang.instruments import Instrument
from opvang.organisation import Organisation
from opvang.report_content import OverviewEntry, ReportContent, ScreeningOverview
from opvang.report_parts import NOT_RECORDED, day, finish, instrument_label, text_or_empty
from opvang.report_records import record_export
from opvang.screening_plan import ClientKind, PlannedKind
from opvang.screenings import TimelineStatus
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

KIND = "screening"
TITLE = "Screeningsoverzicht"
_NONE_DONE = Paragraph("Er is nog geen screening of observatie gedaan.", TextStyle.EMPTY)
STORED_SCORES = (
    "Scores zijn berekend op het moment dat de screening werd vastgelegd, met de versie van het "
    "instrument van dat moment. Een screening is geen diagnose: een positieve uitkomst vraagt "
    "om een behandelaanbod of nader onderzoek."
)


def screening_report(
    session: Session, client_id: str, organisation: Organisation | None = None
) -> ReportJob:
    """The screening overview of one client (child or adult), ready to preview or sign.

    Raises:
        PermissionDenied (logged), RecordNotFound, ShelterInText.
    """
    content = ReportContent(session, organisation)
    overview = content.screening_overview(client_id)
    household_id = content.household_of_client(client_id)
    instruments = {i.id: i for i in content.organisation.instruments()}
    done = [e for e in overview.entries if e.status is TimelineStatus.DONE]
    # One section per screening done, after the overview (each with its scores and follow-up).
    sections = [_overview(overview.entries, instruments)]
    sections += [_result(e, instruments) for e in done]
    observations = [e for e in overview.entries if e.kind is PlannedKind.OBSERVATION]
    if observations:
        sections.append(_observations(observations))
    used = sorted({e.instrument_id for e in done if e.instrument_id in instruments})
    sections.append(_about(tuple(instruments[i] for i in used)))
    document = Document(
        kind=KIND, title=TITLE, subtitle=f"Traumascreening van {overview.name}",
        reference=overview.pseudonym, front=(_front(overview),), sections=tuple(sections),
        statement=f"Dit overzicht geeft de screenings weer zoals vastgelegd op {day(overview.on)}.",
        show_organisation_address=False, classification=Classification.SOCIAL_CARE,
    )  # fmt: skip
    document = finish(session, document, None)
    return ReportJob(
        document, Area.OPVANG, "client", client_id, TITLE, household_id,
        alongside=record_export(session, household_id, "client", client_id, KIND),
    )  # fmt: skip


def _front(o: ScreeningOverview) -> KeyValues:
    who = "kind" if o.kind is ClientKind.CHILD else "volwassene"
    rows = [
        ("Cliënt", f"{o.name} ({who})"),
        ("Kenmerk", f"{o.pseudonym} (huishouden {o.household_reference})"),
        ("Geboortedatum", f"{day(o.date_of_birth)} ({o.age} jaar)"),
        ("Stand op", day(o.on)),
    ]
    if o.consent is not None:
        rows.append(("Toestemming", o.consent.explanation))
    return KeyValues(tuple(rows))


def _instrument(e: OverviewEntry) -> str:
    if e.kind is PlannedKind.OBSERVATION:
        return PlannedKind.OBSERVATION.label
    return instrument_label(e.instrument_name or NOT_RECORDED, e.respondent)


def _positive_from(instrument: Instrument | None) -> int | None:
    if instrument is None:
        return None
    return min((c.min_score for c in instrument.cutoffs if c.positive), default=None)


def _outcome(e: OverviewEntry, instrument: Instrument | None) -> str:
    if e.status is not TimelineStatus.DONE:
        return ""
    if e.kind is PlannedKind.OBSERVATION:
        return "behandeling nodig" if e.positive else "geen behandeling nodig"
    threshold = _positive_from(instrument)
    cut = f" (afkappunt {threshold})" if threshold is not None else ""
    return ("positief" if e.positive else "negatief") + cut


def _overview(entries: tuple[OverviewEntry, ...], instruments: dict[str, Instrument]) -> Section:
    rows = []
    for e in entries:
        when = f"gedaan {day(e.done_on)}" if e.done_on else f"uiterlijk {day(e.due_on)}"
        score = "" if e.total is None else str(e.total)
        outcome = _outcome(e, instruments.get(e.instrument_id or ""))
        rows.append((e.purpose_label, when, e.status.label, _instrument(e), score, outcome))
    return Section(
        "Overzicht",
        (
            Table(
                ("Moment", "Datum", "Stand", "Instrument", "Score", "Uitkomst"),
                tuple(rows),
                widths=(1.75, 1.3, 1, 2.4, 0.75, 1.4),
            ),
        )
        + (() if any(e.done_on for e in entries) else (_NONE_DONE,)),
        note="Gepland en gedaan, in de volgorde van het plan.",
    )


def _result(e: OverviewEntry, instruments: dict[str, Instrument]) -> Section:
    title = f"{e.purpose_label.capitalize()}, {day(e.done_on)}"
    if e.kind is PlannedKind.OBSERVATION:
        blocks: list[Block] = [
            KeyValues((
                ("Geobserveerd door", e.observer or NOT_RECORDED),
                ("Uitkomst", _outcome(e, None)),
            )),
            text_or_empty(e.findings, "Geen bevindingen vastgelegd."),
        ]  # fmt: skip
    else:
        instrument = instruments.get(e.instrument_id or "")
        blocks = [KeyValues(tuple(_score_rows(e, instrument)))]
        if e.subscales:
            blocks.append(_subscales(e, instrument))
    blocks.append(_follow_up(e))
    return Section(title, tuple(blocks), SectionKind.FACTS)


def _score_rows(e: OverviewEntry, instrument: Instrument | None) -> list[tuple[str, str]]:
    rows = [
        ("Instrument", _instrument(e)),
        ("Totaalscore", NOT_RECORDED if e.total is None else str(e.total)),
    ]
    threshold = _positive_from(instrument)
    if threshold is not None:
        rows.append(("Afkappunt", f"positief vanaf {threshold}"))
    rows.append(("Uitkomst", "positief" if e.positive else "negatief"))
    if e.interpretation:
        rows.append(("Betekenis", e.interpretation))
    return rows  # fmt: skip


def _subscales(e: OverviewEntry, instrument: Instrument | None) -> Table:
    named = {s.id: s.name["nl"] for s in instrument.scoring.subscales} if instrument else {}
    rows = tuple((named.get(k, k), str(v)) for k, v in e.subscales.items())
    return Table(("Subschaal", "Score"), rows, widths=(4, 1), caption="Subschalen")


def _follow_up(e: OverviewEntry) -> Block:
    if not e.follow_ups:
        if e.positive:
            return Paragraph(
                e.follow_up_gap or "Nog geen behandelaanbod vastgelegd.", TextStyle.NOTE
            )
        return Paragraph("Geen behandelaanbod nodig.", TextStyle.NOTE)
    rows = tuple(_follow_up_row(f) for f in e.follow_ups)
    caption = "Behandelaanbod" + (f" — {e.follow_up_gap}" if e.follow_up_gap else "")
    return Table(
        ("Aanbod", "Aangeboden", "Geaccepteerd / afgewezen", "Gestart"), rows,
        widths=(3, 1, 1.4, 1), caption=caption,
    )  # fmt: skip


def _follow_up_row(f: FollowUp) -> tuple[str, str, str, str]:
    if f.declined_on is not None:
        answered = f"afgewezen {day(f.declined_on)}"
    else:
        answered = f"geaccepteerd {day(f.accepted_on)}" if f.accepted_on else "nog niet"
    return (f.offer, day(f.offered_on, "—"), answered, day(f.started_on, "nog niet"))


def _observations(entries: list[OverviewEntry]) -> Section:
    rows = []
    for e in entries:
        if e.status is TimelineStatus.DONE:
            status = f"gedaan {day(e.done_on)} door {e.observer or NOT_RECORDED}"
        else:
            status = f"{e.status.label}, uiterlijk {day(e.due_on)}"
        rows.append((e.purpose_label, status))
    return Section(
        "Observatie waar geen instrument past",
        (
            Paragraph(
                "Voor de leeftijd van deze cliënt is geen passend screeningsinstrument "
                "beschikbaar. Daarom is een observatie door een specialist gepland (bijvoorbeeld "
                "een kinderpsycholoog of infant-mental-health-specialist)."
            ),
            Table(("Moment", "Stand"), tuple(rows), widths=(1, 2)),
        ),
    )


def _about(used: tuple[Instrument, ...]) -> Section:
    blocks: list[Block] = [Paragraph(STORED_SCORES, TextStyle.NOTE)]
    blocks += [
        Paragraph(f"{i.name['nl']} (versie {i.version}): {i.licence.citation}", TextStyle.NOTE)
        for i in used
    ]
    return Section("Over de instrumenten", tuple(blocks))
