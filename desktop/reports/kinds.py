"""The kinds of signed report and the dossiers they come from, as registries (no Qt).

A *dossier source* lists the references a user may report on (``veilig-dossier dossiers``) and
resolves a reference to the record a report is about. A *report kind* builds the
:class:`~secure_store.report_export.ReportJob` for such a record; rendering, signing, writing
and auditing are the same for every kind. The opvang reports (intake summary, a child's
screening overview, the melding from a meldcode concern) plug in with one
:func:`register_source` for households, clients and concerns and one :func:`register_kind`
each, in :mod:`desktop.reports.opvang_kinds` (the package imports it, so importing this module
through the package always sees them).

Two kinds may share one ``--kind`` (their ``command``): ``melding`` is the melding from a
forensic dossier and the one from an opvang concern, and :func:`kind_for` picks the kind whose
source claims the reference's form (``OV-…`` is opvang's), as a user would expect.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from forensics.dossiers import DossierService
from forensics.melding import InvolvedChild, MeldingDetails, Urgency, melding
from forensics.report import forensic_report
from secure_store.errors import VaultError
from secure_store.report_export import ReportJob
from secure_store.roles import Area
from secure_store.session import Session

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class UnknownReference(VaultError):
    message_nl = (
        "Dit dossierkenmerk is onbekend. Bekijk de kenmerken met: veilig-dossier dossiers "
        "--vault MAP --user NAAM"
    )
    message_en = "This dossier reference is unknown. List references with: veilig-dossier dossiers"


class MissingDetails(VaultError):
    message_nl = "Voor dit soort rapport ontbreken gegevens; vul ze aan en probeer het opnieuw."
    message_en = "Details are missing for this kind of report; add them and try again."

    @property
    def message(self) -> str:
        """The Dutch message with what is missing."""
        return f"{self.message_nl} Ontbreekt: {self.detail}" if self.detail else self.message_nl


class WrongKind(VaultError):
    message_nl = "Dit kenmerk hoort bij een ander soort rapport."
    message_en = "This reference belongs to another kind of report."

    @property
    def message(self) -> str:
        """The Dutch message with the kind to use."""
        return f"{self.message_nl} Gebruik: {self.detail}" if self.detail else self.message_nl


@dataclass(frozen=True)
class DossierRef:
    """One reference a report can be made for: what to type, what it is, which record.

    ``kinds`` are the report kinds the reference is for (empty: every kind of its source).
    """

    reference: str
    label: str
    record_id: str
    source: str
    kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DossierSource:
    """Where references of one domain come from (``forensic``, ``opvang``).

    ``claims`` tells from a reference's form alone whether it is this source's (no vault
    needed); a source without it takes the references no other source claims.
    """

    code: str
    area: Area
    list_refs: Callable[[Session], list[DossierRef]]
    claims: Callable[[str], bool] | None = None


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose: pseudonymous or not, and the kind's own details (a melding's)."""

    pseudonymous: bool = False
    details: Any = None
    progress: Progress | None = None
    cancelled: CancelCheck | None = None


@dataclass(frozen=True)
class ReportKind:
    """One ``--kind``: its title, the area it exports from, its source, and how to build it.

    ``add_arguments``/``details_from_args`` give the command line the kind's own details (the
    command line adds each ``add_arguments`` function once, so kinds can share one).
    ``command`` is the ``--kind`` that means this kind (default: its code); kinds sharing a
    command are told apart by the reference (:func:`kind_for`).
    """

    code: str
    title: str
    area: Area
    source: str
    build: Callable[[Session, str, ReportOptions], ReportJob]
    pseudonymous_allowed: bool = True
    add_arguments: Callable[[argparse.ArgumentParser], None] = field(default=lambda _p: None)
    details_from_args: Callable[[argparse.Namespace], Any] = field(default=lambda _a: None)
    command: str = ""

    @property
    def cli_name(self) -> str:
        """What to type after ``--kind``."""
        return self.command or self.code


REPORT_KINDS: dict[str, ReportKind] = {}
DOSSIER_SOURCES: dict[str, DossierSource] = {}


def register_kind(kind: ReportKind) -> None:
    REPORT_KINDS[kind.code] = kind


def register_source(source: DossierSource) -> None:
    DOSSIER_SOURCES[source.code] = source


def references(session: Session) -> list[DossierRef]:
    """Every reference the user's roles may report on, source by source."""
    found: list[DossierRef] = []
    for source in DOSSIER_SOURCES.values():
        if session.can(source.area):
            found += source.list_refs(session)
    return found


def commands() -> list[str]:
    """Every ``--kind`` the command line accepts."""
    return sorted({kind.cli_name for kind in REPORT_KINDS.values()})


def kind_for(command: str, reference: str) -> ReportKind:
    """The kind ``--kind command`` means for ``reference``.

    Of the kinds sharing the command, the one whose source claims the reference's form, else
    the one whose source claims no form (it takes what no other source claims).

    Raises:
        KeyError: no kind has this command.
    """
    candidates = [k for k in REPORT_KINDS.values() if k.cli_name == command]
    if not candidates:
        raise KeyError(command)
    for kind in candidates:
        claims = DOSSIER_SOURCES[kind.source].claims
        if claims is not None and claims(reference):
            return kind
    unclaimed = [k for k in candidates if DOSSIER_SOURCES[k.source].claims is None]
    return (unclaimed or candidates)[0]


def resolve(session: Session, kind: ReportKind, reference: str) -> str:
    """The record id of ``reference`` in ``kind``'s source (case-insensitive).

    Raises:
        UnknownReference, WrongKind (the reference is for another kind of report),
        PermissionDenied (logged, the user may not enter the source's area).
    """
    source = DOSSIER_SOURCES[kind.source]
    wanted = reference.strip().upper()
    for ref in source.list_refs(session):
        if ref.reference.upper() == wanted or ref.record_id == reference.strip():
            if ref.kinds and kind.code not in ref.kinds:
                other = sorted(REPORT_KINDS[k].cli_name for k in ref.kinds if k in REPORT_KINDS)
                raise WrongKind(" of ".join(f"--kind {k}" for k in other))
            return ref.record_id
    raise UnknownReference(reference)


# -- the forensic dossiers ---------------------------------------------------------------
def _forensic_refs(session: Session) -> list[DossierRef]:
    """``PSEUDONIEM`` for the latest examination, ``PSEUDONIEM/n`` for the n-th."""
    dossiers = DossierService(session)
    refs = []
    for subject in dossiers.search():
        exams = dossiers.examinations_of(subject.id)
        for number, exam in enumerate(exams, start=1):
            sealed = " (verzegeld)" if exam.is_sealed else ""
            label = f"{subject.name}, onderzoek {exam.examined_at.date().isoformat()}{sealed}"
            refs.append(DossierRef(f"{subject.pseudonym}/{number}", label, exam.id, "forensic"))
        if exams:
            refs.append(
                DossierRef(
                    subject.pseudonym,
                    f"{subject.name}, laatste onderzoek",
                    exams[-1].id,
                    "forensic",
                )
            )
    return refs


def _build_forensic(session: Session, record_id: str, options: ReportOptions) -> ReportJob:
    return forensic_report(
        DossierService(session), record_id, pseudonymous=options.pseudonymous,
        progress=options.progress, cancelled=options.cancelled,
    )  # fmt: skip


def _build_melding(session: Session, record_id: str, options: ReportOptions) -> ReportJob:
    if not isinstance(options.details, MeldingDetails):
        raise MissingDetails("melding")
    return melding(DossierService(session), record_id, options.details)


URGENCY_CHOICES = {"acuut": Urgency.ACUTE, "structureel": Urgency.STRUCTURAL}


def _melding_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("melding (--kind melding)")
    group.add_argument("--urgentie", choices=sorted(URGENCY_CHOICES), help="ingeschatte urgentie")
    group.add_argument(
        "--betrokken-kind", action="append", default=[], metavar="NAAM;GEBOORTEDATUM;RELATIE",
        help="een betrokken kind (herhaal voor meer); datum als JJJJ-MM-DD, mag leeg",
    )  # fmt: skip
    group.add_argument("--gedaan", default="", metavar="TEKST", help="wat er al is gedaan")
    group.add_argument("--contact-naam", default="", metavar="NAAM", help="contactpersoon")
    group.add_argument(
        "--contact-telefoon", default="", metavar="NUMMER", help="telefoon contactpersoon"
    )
    group.add_argument("--zorgen", default="", metavar="TEKST", help="uw oordeel en zorgen")
    group.add_argument(
        "--aan", default="Veilig Thuis", metavar="ONTVANGER", help="welke Veilig Thuis-organisatie"
    )


def parse_child(text: str) -> InvolvedChild:
    """``Naam;2021-05-03;broer`` (the date and the relation may be left out)."""
    name, _, rest = text.partition(";")
    born, _, relation = rest.partition(";")
    try:
        birth = date.fromisoformat(born.strip()) if born.strip() else None
    except ValueError as exc:
        raise MissingDetails(f"geboortedatum {born!r}") from exc
    return InvolvedChild(name.strip(), birth, relation.strip())


def _melding_details(args: argparse.Namespace) -> MeldingDetails:
    if args.urgentie is None:
        raise MissingDetails("--urgentie acuut|structureel")
    return MeldingDetails(
        URGENCY_CHOICES[args.urgentie], tuple(parse_child(c) for c in args.betrokken_kind),
        args.gedaan, args.contact_naam, args.contact_telefoon, args.zorgen, args.aan,
    )  # fmt: skip


register_source(DossierSource("forensic", Area.FORENSIC, _forensic_refs))
register_kind(
    ReportKind(
        "forensisch", "Forensisch-medisch rapport", Area.FORENSIC, "forensic", _build_forensic
    )
)
register_kind(
    ReportKind(
        "melding",
        "Melding aan Veilig Thuis",
        Area.MELDING,
        "forensic",
        _build_melding,
        pseudonymous_allowed=False,
        add_arguments=_melding_arguments,
        details_from_args=_melding_details,
    )
)
