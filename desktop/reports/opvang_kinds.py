"""The opvang's reports in the registry: its references and three kinds (no Qt).

``intake`` (a household, ``OV-XXXX``), ``screening`` (a client, ``OV-XXXX-K1``) and the melding
from a meldcode concern (``OV-XXXX-M1``). The melding's code is ``melding-opvang``, its
``--kind`` is ``melding``, shared with the forensic melding: the reference says which one is
meant. The melding flags (``--urgentie``, ``--gedaan``, ``--contact-naam``,
``--contact-telefoon``, ``--aan``) are declared once by the forensic kind and read here too;
the opvang adds its own (``--contact-functie``, ``--met-opvangadres``) once for its kinds.
"""

from __future__ import annotations

import argparse

from opvang.concerns import Urgency
from opvang.intake_report import IntakeChoices, intake_report
from opvang.melding_report import MeldingChoices, melding_report
from opvang.report_references import is_opvang_reference, listed_targets
from opvang.screening_report import screening_report
from secure_store.errors import VaultError
from secure_store.report_export import ReportJob
from secure_store.roles import Area
from secure_store.session import Session

from .kinds import (
    DossierRef,
    DossierSource,
    MissingDetails,
    ReportKind,
    ReportOptions,
    register_kind,
    register_source,
)

SOURCE = "opvang"
INTAKE = "intake"
SCREENING = "screening"
MELDING = "melding-opvang"
_BY_TARGET = {"intake": INTAKE, "screening": SCREENING, "melding": MELDING}
URGENCY_CHOICES = {"acuut": Urgency.ACUTE, "structureel": Urgency.STRUCTURAL}


class NotForThisReport(VaultError):
    message_nl = "Deze keuze past niet bij dit soort rapport."
    message_en = "This option does not fit this kind of report."

    @property
    def message(self) -> str:
        """The Dutch message with the reason."""
        return f"{self.message_nl} {self.detail}" if self.detail else self.message_nl


def _opvang_refs(session: Session) -> list[DossierRef]:
    return [
        DossierRef(
            t.target.reference, t.label, t.record_id, SOURCE, frozenset({_BY_TARGET[t.target.kind]})
        )
        for t in listed_targets(session)
    ]


# -- building ------------------------------------------------------------------------------
def _build_intake(session: Session, record_id: str, options: ReportOptions) -> ReportJob:
    choices = options.details if isinstance(options.details, IntakeChoices) else None
    return intake_report(session, record_id, choices)


def _build_screening(session: Session, record_id: str, options: ReportOptions) -> ReportJob:
    return screening_report(session, record_id)


def _build_melding(session: Session, record_id: str, options: ReportOptions) -> ReportJob:
    if options.details is not None and not isinstance(options.details, MeldingChoices):
        raise MissingDetails("melding")
    return melding_report(session, record_id, options.details)


# -- the command line ----------------------------------------------------------------------
def _opvang_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("opvang (--kind intake, screening, melding bij OV-…-M1)")
    group.add_argument(
        "--met-opvangadres", action="store_true",
        help="neem het geheime adres van de opvanglocatie op (intakeverslag, melding); "
        "standaard niet",
    )  # fmt: skip
    group.add_argument(
        "--contact-functie", default="", metavar="FUNCTIE", help="functie van de contactpersoon"
    )


def _flag(args: argparse.Namespace, name: str, default: object = "") -> object:
    # The shared melding flags are declared by the forensic kind; read them defensively.
    return getattr(args, name, default)


def _intake_details(args: argparse.Namespace) -> IntakeChoices:
    return IntakeChoices(include_shelter_address=bool(_flag(args, "met_opvangadres", False)))


def _screening_details(args: argparse.Namespace) -> None:
    if _flag(args, "met_opvangadres", False):
        raise NotForThisReport(
            "Een screeningsoverzicht bevat nooit een adres; laat --met-opvangadres weg."
        )


def _melding_details(args: argparse.Namespace) -> MeldingChoices:
    for flag, name in (("--betrokken-kind", "betrokken_kind"), ("--zorgen", "zorgen")):
        if _flag(args, name):
            raise NotForThisReport(
                f"Bij een melding uit de opvang komen de betrokken kinderen en de meningen uit "
                f"de meldcode van de zorg; laat {flag} weg."
            )
    urgency = _flag(args, "urgentie", None)
    return MeldingChoices(
        recipient=str(_flag(args, "aan", "Veilig Thuis")),
        urgency=URGENCY_CHOICES[str(urgency)] if urgency else None,
        contact_name=str(_flag(args, "contact_naam")),
        contact_role=str(_flag(args, "contact_functie")),
        contact_phone=str(_flag(args, "contact_telefoon")),
        actions_taken=str(_flag(args, "gedaan")),
        include_shelter_address=bool(_flag(args, "met_opvangadres", False)),
    )


register_source(DossierSource(SOURCE, Area.OPVANG, _opvang_refs, claims=is_opvang_reference))
register_kind(
    ReportKind(
        INTAKE, "Intakeverslag", Area.OPVANG, SOURCE, _build_intake,
        pseudonymous_allowed=False, add_arguments=_opvang_arguments,
        details_from_args=_intake_details,
    )
)  # fmt: skip
register_kind(
    ReportKind(
        SCREENING, "Screeningsoverzicht", Area.OPVANG, SOURCE, _build_screening,
        pseudonymous_allowed=False, add_arguments=_opvang_arguments,
        details_from_args=_screening_details,
    )
)  # fmt: skip
register_kind(
    ReportKind(
        MELDING, "Melding aan Veilig Thuis", Area.OPVANG, SOURCE, _build_melding,
        pseudonymous_allowed=False, add_arguments=_opvang_arguments,
        details_from_args=_melding_details, command="melding",
    )
)  # fmt: skip
