"""The veiligheidsplan (safety plan): risks, agreements, who to call, and when to review it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from opvang.errors import InvalidRecord

_PHONE = re.compile(r"\+?[0-9][0-9 ()-]{1,18}[0-9]\Z")


@dataclass(frozen=True)
class Risk:
    """A risk to the client's or children's safety, and what lowers it."""

    description: str
    measures: str = ""

    def __post_init__(self) -> None:
        if not self.description.strip():
            raise InvalidRecord("Beschrijf het risico.")


@dataclass(frozen=True)
class Agreement:
    """An agreement in the plan: what, and who does it."""

    text: str
    who: str

    def __post_init__(self) -> None:
        if not self.text.strip() or not self.who.strip():
            raise InvalidRecord("Een afspraak heeft een inhoud en iemand die haar nakomt.")


@dataclass(frozen=True)
class Contact:
    """Somebody to call when things go wrong."""

    name: str
    role: str
    phone: str

    def __post_init__(self) -> None:
        if not self.name.strip() or not self.role.strip():
            raise InvalidRecord("Vul naam en rol van de contactpersoon in.")
        if not _PHONE.match(self.phone.strip()):
            raise InvalidRecord(f"'{self.phone}' is geen geldig telefoonnummer.")


@dataclass(frozen=True)
class Veiligheidsplan:
    """A client's or household's safety plan.

    Attributes:
        subject_ref: Pseudonym of the client or household.
        made_on: When the plan was made or last reviewed.
        review_on: When it must be reviewed next.
        risks: The risks it addresses.
        agreements: What was agreed, and who does it.
        contacts: Who to call.
    """

    subject_ref: str
    made_on: date
    review_on: date
    risks: tuple[Risk, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    contacts: tuple[Contact, ...] = ()

    def __post_init__(self) -> None:
        if self.review_on < self.made_on:
            raise InvalidRecord("De evaluatiedatum ligt vóór de datum van het plan.")

    def is_review_overdue(self, today: date) -> bool:
        """Whether the review date has passed (on the review day itself it is not yet late)."""
        return today > self.review_on
