"""The afwegingskader of the Wet verplichte meldcode (2018/2019 version): melden or hulp.

Five questions, asked in order; the first answer that settles it ends the path:

1. Heb ik een vermoeden? No → close.
2. Acute of structurele onveiligheid? Yes → melden bij Veilig Thuis.
3. Kan ik effectieve hulp bieden of organiseren? No → melden.
4. Aanvaarden de betrokkenen die hulp? No → melden.
5. Leidt de hulp binnen de gewenste termijn tot duurzame veiligheid? No → melden;
   yes → hulp bieden/organiseren and keep following the effects.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from opvang.errors import IncompleteWeighing


class Outcome(enum.Enum):
    """Where the afwegingskader ends."""

    NO_SUSPICION = "no_suspicion"
    REPORT = "report"
    HELP = "help"

    @property
    def label(self) -> str:
        """The Dutch label."""
        return {
            Outcome.NO_SUSPICION: "geen vermoeden: traject afsluiten",
            Outcome.REPORT: "melden bij Veilig Thuis",
            Outcome.HELP: "hulp bieden of organiseren en de effecten volgen",
        }[self]


class Question(enum.Enum):
    """The five questions (afwegingen)."""

    SUSPICION = 1
    UNSAFETY = 2
    CAN_HELP = 3
    HELP_ACCEPTED = 4
    LASTING_SAFETY = 5

    @property
    def text(self) -> str:
        """The question in Dutch, as the afwegingskader puts it."""
        return {
            Question.SUSPICION: "Heb ik op basis van de stappen 1 tot en met 3 een vermoeden van "
            "huiselijk geweld of kindermishandeling?",
            Question.UNSAFETY: "Is er sprake van acute onveiligheid of structurele onveiligheid?",
            Question.CAN_HELP: "Ben ik in staat effectieve hulp te bieden of te organiseren?",
            Question.HELP_ACCEPTED: "Aanvaarden de betrokkenen de hulp zoals bedoeld en zijn zij "
            "bereid zich daarvoor in te zetten?",
            Question.LASTING_SAFETY: "Leidt de hulp binnen de gewenste termijn tot duurzame "
            "veiligheid en het welzijn van alle betrokkenen?",
        }[self]


@dataclass(frozen=True)
class WeighingAnswers:
    """Answers to the five questions; None where not (yet) answered."""

    suspicion: bool | None = None
    unsafety: bool | None = None
    can_help: bool | None = None
    help_accepted: bool | None = None
    lasting_safety: bool | None = None

    def answer(self, question: Question) -> bool | None:
        """The answer to ``question``."""
        return {
            Question.SUSPICION: self.suspicion,
            Question.UNSAFETY: self.unsafety,
            Question.CAN_HELP: self.can_help,
            Question.HELP_ACCEPTED: self.help_accepted,
            Question.LASTING_SAFETY: self.lasting_safety,
        }[question]


@dataclass(frozen=True)
class MeldcodeDecision:
    """The outcome and the Dutch reasoning path that led to it.

    Attributes:
        outcome: Close, melden, or hulp.
        reasoning: One Dutch line per question on the path, ending in the conclusion.
        awaiting_evaluation: True when hulp was chosen and question 5 still has to be answered
            once the agreed term has passed.
    """

    outcome: Outcome
    reasoning: tuple[str, ...]
    awaiting_evaluation: bool = False


# For each question: the answer that ends the path, and where it ends.
_STOPS = {
    Question.SUSPICION: (False, Outcome.NO_SUSPICION),
    Question.UNSAFETY: (True, Outcome.REPORT),
    Question.CAN_HELP: (False, Outcome.REPORT),
    Question.HELP_ACCEPTED: (False, Outcome.REPORT),
    Question.LASTING_SAFETY: (False, Outcome.REPORT),
}


def _line(question: Question, answer: bool) -> str:
    return f"Afweging {question.value}: {question.text} {'Ja' if answer else 'Nee'}."


def decide(answers: WeighingAnswers) -> MeldcodeDecision:
    """Walk the afwegingskader with ``answers``.

    Raises:
        IncompleteWeighing: A question on the path (1 to 4) is not answered. Question 5 may be
            open: the outcome is then hulp, awaiting evaluation.
    """
    path: list[str] = []
    for question in Question:
        answer = answers.answer(question)
        if answer is None:
            if question is Question.LASTING_SAFETY:
                path.append(
                    f"Afweging 5: {question.text} Nog niet te beoordelen: beantwoord deze vraag "
                    "na de afgesproken termijn."
                )
                path.append(f"Besluit: {Outcome.HELP.label}.")
                return MeldcodeDecision(Outcome.HELP, tuple(path), awaiting_evaluation=True)
            raise IncompleteWeighing(f"Beantwoord afweging {question.value}: {question.text}")
        path.append(_line(question, answer))
        stop_answer, outcome = _STOPS[question]
        if answer is stop_answer:
            path.append(f"Besluit: {outcome.label}.")
            return MeldcodeDecision(outcome, tuple(path))
    path.append(f"Besluit: {Outcome.HELP.label}.")
    return MeldcodeDecision(Outcome.HELP, tuple(path))


def questions_on_path(answers: WeighingAnswers) -> tuple[Question, ...]:
    """The questions the afwegingskader asks with ``answers``: in order, up to the first one
    not yet answered or the one whose answer settles it. Later questions are not asked."""
    asked: list[Question] = []
    for question in Question:
        asked.append(question)
        answer = answers.answer(question)
        if answer is None or answer is _STOPS[question][0]:
            break
    return tuple(asked)
