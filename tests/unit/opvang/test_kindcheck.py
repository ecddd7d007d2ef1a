"""The kindcheck: a concern whenever children's existence or safety is not assured."""

from __future__ import annotations

from datetime import date

import pytest

from opvang.errors import InvalidRecord
from opvang.kindcheck import Answer, ChildSituation, ChildWhereabouts, KindcheckRecord, kindcheck

HOME, AWAY = ChildWhereabouts.HOUSEHOLD, ChildWhereabouts.ELSEWHERE


def check(has: Answer, *children: ChildSituation) -> KindcheckRecord:
    return KindcheckRecord("V-3", date(2024, 5, 1), "mentor", has, children)


def test_no_children_is_no_concern() -> None:
    result = kindcheck(check(Answer.NO))
    assert not result.concern and result.reasons == ()


def test_safe_children_are_no_concern() -> None:
    result = kindcheck(
        check(
            Answer.YES,
            ChildSituation("K1", HOME, Answer.YES),
            ChildSituation("K2", AWAY, Answer.YES),
        )
    )
    assert not result.concern


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        (check(Answer.UNKNOWN), "Onbekend of de cliënt kinderen heeft"),
        (check(Answer.YES), "geen kind vastgelegd"),
        (check(Answer.YES, ChildSituation("K2", AWAY, Answer.NO)), "K2 (elders) is niet veilig"),
        (
            check(Answer.YES, ChildSituation("K1", HOME, Answer.UNKNOWN)),
            "Onbekend of K1 (in het huishouden) veilig",
        ),
    ],
)
def test_unsafe_or_unknown_creates_a_concern_with_a_reason(
    record: KindcheckRecord, reason: str
) -> None:
    result = kindcheck(record)
    assert result.concern
    assert any(reason in line for line in result.reasons)


def test_one_unsafe_child_among_safe_ones_is_a_concern() -> None:
    result = kindcheck(
        check(
            Answer.YES,
            ChildSituation("K1", HOME, Answer.YES),
            ChildSituation("K2", AWAY, Answer.NO),
        )
    )
    assert result.concern and len(result.reasons) == 1


def test_children_listed_while_the_answer_is_no_is_refused() -> None:
    with pytest.raises(InvalidRecord):
        check(Answer.NO, ChildSituation("K1", HOME, Answer.YES))
    with pytest.raises(InvalidRecord):
        KindcheckRecord("V-3", date(2024, 5, 1), " ", Answer.NO)
