"""The kindcheck: does an adult client have children, and are they safe?

Part of the meldcode: a worker who sees an adult client checks whether there are children who
depend on her, in the household or elsewhere, and whether they are safe. A "no" or "don't know"
about safety, or not knowing whether there are children at all, creates a concern to follow up.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from opvang.errors import InvalidRecord


class Answer(enum.Enum):
    """Yes, no, or unknown."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {Answer.YES: "ja", Answer.NO: "nee", Answer.UNKNOWN: "onbekend"}[self]


class ChildWhereabouts(enum.Enum):
    """Where the child lives."""

    HOUSEHOLD = "household"
    ELSEWHERE = "elsewhere"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            ChildWhereabouts.HOUSEHOLD: "in het huishouden",
            ChildWhereabouts.ELSEWHERE: "elders",
        }[self]


@dataclass(frozen=True)
class ChildSituation:
    """One child of the adult client: pseudonym, where the child is, whether it is safe."""

    child_ref: str
    whereabouts: ChildWhereabouts
    safe: Answer


@dataclass(frozen=True)
class KindcheckRecord:
    """The kindcheck as done for one adult client.

    Attributes:
        adult_ref: Pseudonym of the adult client.
        checked_on: When the check was done.
        checked_by: Who did it.
        has_children: Whether the client has (care of) children.
        children: The children named, each with whereabouts and safety.
    """

    adult_ref: str
    checked_on: date
    checked_by: str
    has_children: Answer
    children: tuple[ChildSituation, ...] = ()

    def __post_init__(self) -> None:
        if self.has_children is Answer.NO and self.children:
            raise InvalidRecord("Er zijn kinderen ingevuld, maar 'heeft kinderen' staat op nee.")
        if not self.checked_by.strip():
            raise InvalidRecord("Vul in wie de kindcheck heeft gedaan.")


@dataclass(frozen=True)
class KindcheckResult:
    """Whether the kindcheck gives reason for a concern, and why (Dutch, one line per reason)."""

    concern: bool
    reasons: tuple[str, ...]


def kindcheck(record: KindcheckRecord) -> KindcheckResult:
    """Evaluate a kindcheck: a concern when children's existence or safety is not assured.

    Args:
        record: The answers recorded for one adult client.
    """
    reasons: list[str] = []
    if record.has_children is Answer.UNKNOWN:
        reasons.append("Onbekend of de cliënt kinderen heeft: vraag dit na.")
    if record.has_children is Answer.YES and not record.children:
        reasons.append("De cliënt heeft kinderen, maar er is geen kind vastgelegd.")
    for child in record.children:
        where = child.whereabouts.label
        if child.safe is Answer.NO:
            reasons.append(f"{child.child_ref} ({where}) is niet veilig: start de meldcode.")
        elif child.safe is Answer.UNKNOWN:
            reasons.append(
                f"Onbekend of {child.child_ref} ({where}) veilig is: zoek dit uit, zo nodig met "
                "Veilig Thuis."
            )
    return KindcheckResult(bool(reasons), tuple(reasons))
