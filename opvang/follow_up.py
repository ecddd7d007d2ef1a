"""Follow-up after a positive screen: the behandelaanbod offered, accepted, started.

Recording this is what lets the organisation show that screening leads to treatment, not only
to a score in a file.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date

from opvang.errors import InvalidRecord
from opvang.scoring import ScreeningResult


class FollowUpStatus(enum.Enum):
    """How far the follow-up has come."""

    NOT_OFFERED = "not_offered"
    OFFERED = "offered"
    DECLINED = "declined"
    ACCEPTED = "accepted"
    STARTED = "started"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            FollowUpStatus.NOT_OFFERED: "nog niet aangeboden",
            FollowUpStatus.OFFERED: "aangeboden",
            FollowUpStatus.DECLINED: "afgewezen",
            FollowUpStatus.ACCEPTED: "geaccepteerd",
            FollowUpStatus.STARTED: "gestart",
        }[self]


@dataclass(frozen=True)
class FollowUp:
    """The behandelaanbod after one screening.

    Attributes:
        screening_key: The planned screening (see :class:`~opvang.screening_plan.ScreeningRecord`)
            whose result led to this follow-up.
        offer: What was offered, e.g. "traumagerichte behandeling (TF-CBT) bij de GGZ".
        offered_on: When it was offered.
        accepted_on: When the client (or the parents with gezag) accepted it.
        declined_on: When it was declined; a new offer is a new FollowUp.
        started_on: When treatment started.
    """

    screening_key: str
    offer: str = ""
    offered_on: date | None = None
    accepted_on: date | None = None
    declined_on: date | None = None
    started_on: date | None = None

    def __post_init__(self) -> None:
        answered = self.accepted_on or self.declined_on
        if self.offered_on is None and (answered or self.started_on):
            raise InvalidRecord("Leg eerst vast wanneer het behandelaanbod is gedaan.")
        if self.offered_on is not None and not self.offer.strip():
            raise InvalidRecord("Beschrijf welk behandelaanbod is gedaan.")
        if self.accepted_on is not None and self.declined_on is not None:
            raise InvalidRecord("Een aanbod kan niet tegelijk geaccepteerd en afgewezen zijn.")
        if self.started_on is not None and self.accepted_on is None:
            raise InvalidRecord("Een behandeling kan pas starten als het aanbod is geaccepteerd.")
        days = [d for d in (self.offered_on, answered, self.started_on) if d is not None]
        if days != sorted(days):
            raise InvalidRecord(
                "De datums moeten oplopen: aangeboden, daarna geaccepteerd, gestart."
            )

    @property
    def status(self) -> FollowUpStatus:
        """The furthest step reached."""
        if self.started_on is not None:
            return FollowUpStatus.STARTED
        if self.accepted_on is not None:
            return FollowUpStatus.ACCEPTED
        if self.declined_on is not None:
            return FollowUpStatus.DECLINED
        if self.offered_on is not None:
            return FollowUpStatus.OFFERED
        return FollowUpStatus.NOT_OFFERED

    def offered(self, on: date, offer: str) -> FollowUp:
        """This follow-up with the offer recorded."""
        return dataclasses.replace(self, offer=offer, offered_on=on)

    def accepted(self, on: date) -> FollowUp:
        """This follow-up with the acceptance recorded."""
        return dataclasses.replace(self, accepted_on=on)

    def declined(self, on: date) -> FollowUp:
        """This follow-up with the refusal recorded."""
        return dataclasses.replace(self, declined_on=on)

    def started(self, on: date) -> FollowUp:
        """This follow-up with the start of treatment recorded."""
        return dataclasses.replace(self, started_on=on)


def follow_up_needed(result: ScreeningResult) -> bool:
    """Whether a screening result calls for a behandelaanbod: a positive cut-off was reached."""
    return result.positive


def follow_up_gap(result: ScreeningResult, follow_up: FollowUp | None) -> str | None:
    """What is still open after this result, in Dutch, or None when nothing is.

    Args:
        result: The scored screening.
        follow_up: What has been recorded so far, if anything.
    """
    if not follow_up_needed(result):
        return None
    status = follow_up.status if follow_up else FollowUpStatus.NOT_OFFERED
    return {
        FollowUpStatus.NOT_OFFERED: "Positieve screening: doe een behandelaanbod en leg het vast.",
        FollowUpStatus.OFFERED: "Behandelaanbod gedaan: leg vast of het is geaccepteerd.",
        FollowUpStatus.ACCEPTED: "Aanbod geaccepteerd: leg vast wanneer de behandeling start.",
        FollowUpStatus.DECLINED: None,
        FollowUpStatus.STARTED: None,
    }[status]
