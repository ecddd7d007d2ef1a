"""Whose consent a treatment of a child needs under the WGBO, by the child's age and the gezag.

The WGBO (Burgerlijk Wetboek boek 7) sets three bands: under 12 the parents or guardian with
gezag decide (art. 7:465 lid 1); from 12 up to 16 the child *and* the parents with gezag must
both consent (art. 7:450 lid 2); from 16 the child decides alone (art. 7:447).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from opvang.errors import InvalidRecord


class GezagKind(enum.Enum):
    """Who holds parental authority (gezag) over the child, as recorded in the dossier."""

    BOTH_PARENTS = "both_parents"
    ONE_PARENT = "one_parent"
    GUARDIAN = "guardian"
    NONE_RECORDED = "none_recorded"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return _GEZAG_LABELS[self]


_GEZAG_LABELS = {
    GezagKind.BOTH_PARENTS: "beide ouders",
    GezagKind.ONE_PARENT: "één ouder",
    GezagKind.GUARDIAN: "voogd",
    GezagKind.NONE_RECORDED: "niet vastgelegd",
}


@dataclass(frozen=True)
class Gezag:
    """Parental authority as recorded: the kind plus who holds it where that is one person/body.

    Attributes:
        kind: Both parents, one parent, a guardian (voogd) or nothing recorded yet.
        holder: For one parent, which one (e.g. "moeder"); for a guardian, who (e.g.
            "Jeugdbescherming Regio Noord"). Empty for the other kinds.
    """

    kind: GezagKind
    holder: str = ""

    def __post_init__(self) -> None:
        needs_holder = self.kind in (GezagKind.ONE_PARENT, GezagKind.GUARDIAN)
        if needs_holder and not self.holder.strip():
            raise InvalidRecord(f"Vul in wie het gezag heeft ({self.kind.label}).")
        if not needs_holder and self.holder:
            raise InvalidRecord(f"Bij gezag '{self.kind.label}' hoort geen naam van een houder.")


class ConsentParty(enum.Enum):
    """Who gives consent."""

    CHILD = "child"
    PARENTS_WITH_GEZAG = "parents_with_gezag"
    GUARDIAN = "guardian"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            ConsentParty.CHILD: "het kind",
            ConsentParty.PARENTS_WITH_GEZAG: "ouder(s) met gezag",
            ConsentParty.GUARDIAN: "voogd",
        }[self]


class AgeBand(enum.Enum):
    """The three WGBO age bands."""

    UNDER_12 = "under_12"
    FROM_12_TO_15 = "12_to_15"
    FROM_16 = "16_plus"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            AgeBand.UNDER_12: "jonger dan 12 jaar",
            AgeBand.FROM_12_TO_15: "12 tot en met 15 jaar",
            AgeBand.FROM_16: "16 jaar of ouder",
        }[self]


@dataclass(frozen=True)
class ConsentRequirement:
    """Whose consent is needed, and the Dutch explanation shown to the worker.

    Attributes:
        age: Completed years on the date asked about.
        band: The WGBO age band.
        parties: Every party whose consent is needed (all of them, not one of them).
        explanation: Dutch text naming exactly who must consent.
        gezag_unknown: True when consent of a gezag holder is needed but nobody is recorded;
            the worker must find out who holds gezag first.
    """

    age: int
    band: AgeBand
    parties: tuple[ConsentParty, ...]
    explanation: str
    gezag_unknown: bool


def birthday_in(year: int, date_of_birth: date) -> date:
    """The child's birthday in ``year``.

    Somebody born on 29 February has a birthday on 1 March in a year without 29 February. Dutch
    law has no general rule for this; 1 March is the cautious reading for consent (parents keep
    their say until the day after 28 February) and the one most legal systems use.
    """
    if date_of_birth.month == 2 and date_of_birth.day == 29:
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 3, 1)
    return date_of_birth.replace(year=year)


def age_on(date_of_birth: date, on_date: date) -> int:
    """Completed years of age on ``on_date`` (a birthday counts from the day itself).

    Raises:
        InvalidRecord: ``on_date`` is before the date of birth.
    """
    if on_date < date_of_birth:
        raise InvalidRecord("De datum ligt vóór de geboortedatum.")
    years = on_date.year - date_of_birth.year
    return years if on_date >= birthday_in(on_date.year, date_of_birth) else years - 1


def _holders(gezag: Gezag) -> tuple[tuple[ConsentParty, ...], str]:
    if gezag.kind is GezagKind.BOTH_PARENTS:
        return (ConsentParty.PARENTS_WITH_GEZAG,), "beide ouders met gezag"
    if gezag.kind is GezagKind.ONE_PARENT:
        return (ConsentParty.PARENTS_WITH_GEZAG,), f"de ouder met gezag ({gezag.holder})"
    if gezag.kind is GezagKind.GUARDIAN:
        return (ConsentParty.GUARDIAN,), f"de voogd ({gezag.holder})"
    return (), "wie het gezag heeft (nog niet vastgelegd)"


def required_consent(date_of_birth: date, on_date: date, gezag: Gezag) -> ConsentRequirement:
    """Whose consent a treatment of this child needs on ``on_date``.

    Args:
        date_of_birth: The child's date of birth.
        on_date: The day the treatment or screening takes place.
        gezag: Who holds parental authority.

    Returns:
        The parties and a Dutch explanation listing exactly whose consent is needed.

    Raises:
        InvalidRecord: ``on_date`` is before the date of birth.
    """
    age = age_on(date_of_birth, on_date)
    if age >= 16:
        text = (
            f"Het kind is {age} jaar (16 of ouder). Toestemming nodig van: alleen het kind zelf "
            "(art. 7:447 BW). Ouders met gezag hoeven niet in te stemmen en krijgen alleen "
            "informatie als het kind daarmee instemt."
        )
        return ConsentRequirement(age, AgeBand.FROM_16, (ConsentParty.CHILD,), text, False)
    parties, who = _holders(gezag)
    unknown = gezag.kind is GezagKind.NONE_RECORDED
    warning = (
        " Het gezag is nog niet vastgelegd: zoek eerst uit wie het gezag heeft "
        "(bijvoorbeeld via het gezagsregister) voordat u toestemming vraagt."
        if unknown
        else ""
    )
    if age >= 12:
        text = (
            f"Het kind is {age} jaar (12 tot en met 15). Toestemming nodig van: het kind én {who} "
            "(art. 7:450 lid 2 BW). Zonder toestemming van de ouders is alleen toestemming van het "
            "kind genoeg als de behandeling nodig is om ernstig nadeel voor het kind te "
            "voorkomen, of als het kind de behandeling na weigering door de ouders weloverwogen "
            f"blijft wensen.{warning}"
        )
        return ConsentRequirement(
            age, AgeBand.FROM_12_TO_15, (ConsentParty.CHILD, *parties), text, unknown
        )
    text = (
        f"Het kind is {age} jaar (jonger dan 12). Toestemming nodig van: {who} (art. 7:465 lid 1 "
        "BW). Het kind zelf geeft geen toestemming, maar wordt wel op een bij zijn leeftijd "
        f"passende manier ingelicht.{warning}"
    )
    return ConsentRequirement(age, AgeBand.UNDER_12, parties, text, unknown)
