"""Meldcode concerns as stored: the domain's concern plus what a melding needs, as values.

Urgency, facts and opinions with their sources, the contact person, and the conversion of the
rows of ``ov_concerns`` and its steps to and from :class:`opvang.meldcode.MeldcodeConcern`.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from opvang.access import dumps
from opvang.afwegingskader import MeldcodeDecision, Outcome, WeighingAnswers
from opvang.meldcode import Action, MeldcodeConcern, MeldcodeStep, SkipReason, StepRecord
from opvang.report_records import SentReport


class Urgency(enum.Enum):
    """How urgent the unsafety is, as the melding to Veilig Thuis states it."""

    NOT_ASSESSED = "not_assessed"
    ACUTE = "acute"
    STRUCTURAL = "structural"
    NOT_ESTABLISHED = "not_established"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            Urgency.NOT_ASSESSED: "nog niet beoordeeld",
            Urgency.ACUTE: "acute onveiligheid",
            Urgency.STRUCTURAL: "structurele onveiligheid",
            Urgency.NOT_ESTABLISHED: "geen acute of structurele onveiligheid vastgesteld",
        }[self]


class ObservationKind(enum.Enum):
    """Veilig Thuis keeps facts and opinions apart; so does the concern."""

    FACT = "fact"
    OPINION = "opinion"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            ObservationKind.FACT: "feit (gezien, gehoord, geroken)",
            ObservationKind.OPINION: "mening of inschatting",
        }[self]


@dataclass(frozen=True)
class Observation:
    """One fact or opinion about the concern, with its source (who saw or said it)."""

    id: str
    kind: ObservationKind
    text: str
    source: str
    observed_on: date
    recorded_by: str


@dataclass(frozen=True)
class ContactPerson:
    """Who Veilig Thuis can contact about the concern."""

    name: str
    role: str
    phone: str = ""


@dataclass(frozen=True)
class StoredConcern:
    """A concern as stored: the domain value plus what a melding needs.

    Attributes:
        client_id: The client the concern is about.
        summary: A short description of the concern.
        children: Client ids of the children involved.
        concern: The meldcode steps as the domain value.
        answers: The afwegingskader answers of step 4, once given.
        observations: Facts and opinions, oldest first.
        meldingen: The signed meldingen aan Veilig Thuis made from this concern, oldest first.
    """

    id: str
    household_id: str
    client_id: str
    summary: str
    urgency: Urgency
    children: tuple[str, ...]
    contact: ContactPerson
    concern: MeldcodeConcern
    answers: WeighingAnswers | None
    observations: tuple[Observation, ...]
    opened_by: str
    meldingen: tuple[SentReport, ...] = ()

    @property
    def finished(self) -> bool:
        """Whether all five steps are recorded."""
        return self.concern.next_step is None


def decision_json(decision: MeldcodeDecision | None) -> str:
    if decision is None:
        return ""
    return dumps(
        {
            "outcome": decision.outcome.value,
            "reasoning": list(decision.reasoning),
            "awaiting_evaluation": decision.awaiting_evaluation,
        }
    )


def decision_from_json(text: str) -> MeldcodeDecision | None:
    if not text:
        return None
    d = json.loads(text)
    return MeldcodeDecision(Outcome(d["outcome"]), tuple(d["reasoning"]), d["awaiting_evaluation"])


def answers_json(answers: WeighingAnswers | None) -> str:
    return dumps(asdict(answers)) if answers else ""


def concern_from_rows(
    row: Sequence[Any], steps: Sequence[Sequence[Any]], observations: Sequence[Sequence[Any]]
) -> StoredConcern:
    records = tuple(
        StepRecord(
            MeldcodeStep(s[0]), date.fromisoformat(s[1]), s[2], s[3],
            SkipReason(s[4]) if s[4] else None,
        )
        for s in steps
    )  # fmt: skip
    concern = MeldcodeConcern(
        subject_ref=row[3], opened_on=date.fromisoformat(row[4]), records=records,
        decision=decision_from_json(row[13]), actions=frozenset(Action(a) for a in json.loads(row[14])),
    )  # fmt: skip
    return StoredConcern(
        id=row[0], household_id=row[1], client_id=row[2], summary=row[6],
        urgency=Urgency(row[7]), children=tuple(json.loads(row[8])),
        contact=ContactPerson(row[9], row[10], row[11]), concern=concern,
        answers=WeighingAnswers(**json.loads(row[12])) if row[12] else None,
        observations=tuple(
            Observation(o[0], ObservationKind(o[1]), o[2], o[3], date.fromisoformat(o[4]), o[5])
            for o in observations
        ),
        opened_by=row[5],
    )  # fmt: skip
