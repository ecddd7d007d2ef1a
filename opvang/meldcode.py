"""The five steps of the Wet verplichte meldcode for one concern, in order.

Steps are recorded one after the other, each with date, who and notes. Two exceptions the
meldcode itself allows are recorded explicitly instead of silently skipping:

* step 3 (gesprek met de cliënt) may be left out when the conversation would endanger the
  client, the worker or somebody else, or would make the client break off contact;
* with acute danger the worker reports to Veilig Thuis at once: the remaining steps are recorded
  as skipped for that reason and step 5 as melden.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date

from opvang.afwegingskader import MeldcodeDecision, Outcome, WeighingAnswers, decide
from opvang.errors import StepOrderError


class MeldcodeStep(enum.Enum):
    """The five steps."""

    MAP_SIGNS = 1
    CONSULT = 2
    TALK_WITH_CLIENT = 3
    WEIGH = 4
    DECIDE = 5

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            MeldcodeStep.MAP_SIGNS: "Stap 1: signalen in kaart brengen",
            MeldcodeStep.CONSULT: "Stap 2: collegiale consultatie en zo nodig Veilig Thuis "
            "raadplegen",
            MeldcodeStep.TALK_WITH_CLIENT: "Stap 3: gesprek met de cliënt",
            MeldcodeStep.WEIGH: "Stap 4: wegen van het geweld (afwegingskader)",
            MeldcodeStep.DECIDE: "Stap 5: beslissen: hulp organiseren en/of melden",
        }[self]


class SkipReason(enum.Enum):
    """Why a step was left out (only the reasons the meldcode accepts)."""

    SAFETY = "safety"
    CONTACT_AT_RISK = "contact_at_risk"
    ACUTE_DANGER = "acute_danger"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            SkipReason.SAFETY: "de veiligheid van de cliënt, de hulpverlener of een ander is in "
            "het geding",
            SkipReason.CONTACT_AT_RISK: "er is goede reden om aan te nemen dat de cliënt dan het "
            "contact verbreekt",
            SkipReason.ACUTE_DANGER: "acuut gevaar: direct gemeld bij Veilig Thuis",
        }[self]


class Action(enum.Enum):
    """What was done in step 5."""

    REPORT = "report"
    HELP = "help"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            Action.REPORT: "gemeld bij Veilig Thuis",
            Action.HELP: "hulp geboden of georganiseerd",
        }[self]


@dataclass(frozen=True)
class StepRecord:
    """One recorded step."""

    step: MeldcodeStep
    on: date
    by: str
    notes: str
    skipped_because: SkipReason | None = None


@dataclass(frozen=True)
class MeldcodeConcern:
    """One concern (zorg) about a client, followed through the five steps.

    Attributes:
        subject_ref: Pseudonym of the client the concern is about.
        opened_on: When the concern was opened.
        records: The steps recorded so far, in order.
        decision: The afwegingskader outcome of step 4.
        actions: What was done in step 5.
    """

    subject_ref: str
    opened_on: date
    records: tuple[StepRecord, ...] = ()
    decision: MeldcodeDecision | None = None
    actions: frozenset[Action] = frozenset()

    @property
    def next_step(self) -> MeldcodeStep | None:
        """The step to record next, or None when all five are done."""
        done = len(self.records)
        return MeldcodeStep(done + 1) if done < len(MeldcodeStep) else None

    def _append(
        self,
        record: StepRecord,
        decision: MeldcodeDecision | None = None,
        actions: frozenset[Action] | None = None,
    ) -> MeldcodeConcern:
        expected = self.next_step
        if expected is None:
            raise StepOrderError("Alle vijf stappen zijn al vastgelegd.")
        if record.step is not expected:
            raise StepOrderError(f"Leg eerst vast: {expected.label}.")
        if not record.by.strip():
            raise StepOrderError("Vul in wie deze stap heeft gezet.")
        previous = self.records[-1].on if self.records else self.opened_on
        if record.on < previous:
            raise StepOrderError("De datum ligt vóór de vorige stap of het openen van de zorg.")
        return dataclasses.replace(
            self,
            records=(*self.records, record),
            decision=decision or self.decision,
            actions=self.actions if actions is None else actions,
        )

    def complete(self, step: MeldcodeStep, on: date, by: str, notes: str) -> MeldcodeConcern:
        """Record step 1, 2 or 3 (steps 4 and 5 go through :meth:`weigh` and :meth:`decide`).

        Raises:
            StepOrderError: Not the next step, a date before the previous step, or no author.
        """
        if step in (MeldcodeStep.WEIGH, MeldcodeStep.DECIDE):
            raise StepOrderError(f"{step.label} wordt vastgelegd met de afweging of het besluit.")
        return self._append(StepRecord(step, on, by, notes))

    def skip_conversation(
        self, reason: SkipReason, on: date, by: str, notes: str
    ) -> MeldcodeConcern:
        """Record that step 3 was left out, and why.

        Raises:
            StepOrderError: Step 3 is not next, or the reason is not one the meldcode accepts.
        """
        if reason not in (SkipReason.SAFETY, SkipReason.CONTACT_AT_RISK):
            raise StepOrderError("Bij acuut gevaar: gebruik 'direct melden'.")
        return self._append(StepRecord(MeldcodeStep.TALK_WITH_CLIENT, on, by, notes, reason))

    def weigh(self, answers: WeighingAnswers, on: date, by: str, notes: str) -> MeldcodeConcern:
        """Record step 4 with the afwegingskader answers and the decision they lead to.

        Raises:
            StepOrderError: Step 4 is not next.
            IncompleteWeighing: A question on the path is not answered.
        """
        decision = decide(answers)
        return self._append(StepRecord(MeldcodeStep.WEIGH, on, by, notes), decision=decision)

    def decide(self, actions: frozenset[Action], on: date, by: str, notes: str) -> MeldcodeConcern:
        """Record step 5: what was done.

        Raises:
            StepOrderError: Step 5 is not next, or the actions leave out what the decision
                requires (melden after a melden outcome, hulp after a hulp outcome).
        """
        required = {Outcome.REPORT: Action.REPORT, Outcome.HELP: Action.HELP}
        needed = required.get(self.decision.outcome) if self.decision else None
        if needed is not None and needed not in actions:
            raise StepOrderError(f"Het afwegingskader vraagt: {needed.label}.")
        return self._append(StepRecord(MeldcodeStep.DECIDE, on, by, notes), actions=actions)

    def report_acute(self, on: date, by: str, notes: str) -> MeldcodeConcern:
        """Acute danger: report to Veilig Thuis now; the steps not yet done are recorded as
        skipped for that reason, and step 5 as melden (always allowed: the meldrecht).

        Raises:
            StepOrderError: Step 5 was already recorded, or the date or author is not valid.
        """
        acute = MeldcodeDecision(Outcome.REPORT, ("Acuut gevaar: direct melden bij Veilig Thuis.",))
        concern = self
        while (step := concern.next_step) not in (None, MeldcodeStep.DECIDE):
            record = StepRecord(step, on, by, "", SkipReason.ACUTE_DANGER)
            concern = concern._append(record, acute if step is MeldcodeStep.WEIGH else None)
        final = StepRecord(MeldcodeStep.DECIDE, on, by, notes)
        return concern._append(final, actions=frozenset({Action.REPORT}))
