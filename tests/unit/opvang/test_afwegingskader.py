"""Every branch of the afwegingskader, with its Dutch reasoning path."""

from __future__ import annotations

import pytest

from opvang.afwegingskader import Outcome, Question, WeighingAnswers, decide, questions_on_path
from opvang.errors import IncompleteWeighing

Y, N = True, False


@pytest.mark.parametrize(
    ("answers", "outcome", "questions_on_path"),
    [
        (WeighingAnswers(suspicion=N), Outcome.NO_SUSPICION, [1]),
        (WeighingAnswers(Y, unsafety=Y), Outcome.REPORT, [1, 2]),
        (WeighingAnswers(Y, N, can_help=N), Outcome.REPORT, [1, 2, 3]),
        (WeighingAnswers(Y, N, Y, help_accepted=N), Outcome.REPORT, [1, 2, 3, 4]),
        (WeighingAnswers(Y, N, Y, Y, lasting_safety=N), Outcome.REPORT, [1, 2, 3, 4, 5]),
        (WeighingAnswers(Y, N, Y, Y, lasting_safety=Y), Outcome.HELP, [1, 2, 3, 4, 5]),
    ],
)
def test_each_branch_ends_where_the_kader_says(
    answers: WeighingAnswers, outcome: Outcome, questions_on_path: list[int]
) -> None:
    decision = decide(answers)
    assert decision.outcome is outcome
    assert not decision.awaiting_evaluation
    assert [
        int(line.split()[1].rstrip(":")) for line in decision.reasoning[:-1]
    ] == questions_on_path
    assert decision.reasoning[-1] == f"Besluit: {outcome.label}."


def test_reasoning_quotes_question_and_answer_in_dutch() -> None:
    decision = decide(WeighingAnswers(Y, unsafety=Y))
    assert decision.reasoning == (
        f"Afweging 1: {Question.SUSPICION.text} Ja.",
        "Afweging 2: Is er sprake van acute onveiligheid of structurele onveiligheid? Ja.",
        "Besluit: melden bij Veilig Thuis.",
    )


def test_answers_after_the_deciding_question_are_not_on_the_path() -> None:
    decision = decide(WeighingAnswers(N, unsafety=Y, can_help=N))
    assert decision.outcome is Outcome.NO_SUSPICION
    assert len(decision.reasoning) == 2


def test_help_without_evaluation_yet_awaits_question_5() -> None:
    decision = decide(WeighingAnswers(Y, N, Y, Y))
    assert decision.outcome is Outcome.HELP
    assert decision.awaiting_evaluation
    assert "na de afgesproken termijn" in decision.reasoning[-2]


@pytest.mark.parametrize(
    ("answers", "missing"),
    [
        (WeighingAnswers(), 1),
        (WeighingAnswers(Y), 2),
        (WeighingAnswers(Y, N), 3),
        (WeighingAnswers(Y, N, Y), 4),
    ],
)
def test_unanswered_question_on_the_path_is_refused(answers: WeighingAnswers, missing: int) -> None:
    with pytest.raises(IncompleteWeighing, match=f"afweging {missing}"):
        decide(answers)


@pytest.mark.parametrize(
    ("answers", "asked"),
    [
        (WeighingAnswers(), 1),
        (WeighingAnswers(suspicion=False, unsafety=True), 1),
        (WeighingAnswers(suspicion=True), 2),
        (WeighingAnswers(suspicion=True, unsafety=True, can_help=True), 2),
        (WeighingAnswers(True, False, False), 3),
        (WeighingAnswers(True, False, True, False), 4),
        (WeighingAnswers(True, False, True, True), 5),
        (WeighingAnswers(True, False, True, True, True), 5),
    ],
)
def test_only_the_questions_up_to_the_one_that_settles_it_are_asked(
    answers: WeighingAnswers, asked: int
) -> None:
    assert questions_on_path(answers) == tuple(Question)[:asked]
