"""The veiligheidsplan: its parts, and when its review is overdue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from opvang.errors import InvalidRecord
from opvang.veiligheidsplan import Agreement, Contact, Risk, Veiligheidsplan

PLAN = Veiligheidsplan(
    "H-7",
    made_on=date(2024, 5, 1),
    review_on=date(2024, 6, 1),
    risks=(Risk("ex-partner zoekt contact via school", "school geeft niemand informatie mee"),),
    agreements=(Agreement("kinderen worden door mentor opgehaald", "mentor"),),
    contacts=(
        Contact("Politie", "noodnummer", "112"),
        Contact("J. Jansen", "mentor", "+31 6 1234 5678"),
    ),
)


def test_review_is_overdue_only_after_the_review_day() -> None:
    assert not PLAN.is_review_overdue(date(2024, 5, 31))
    assert not PLAN.is_review_overdue(date(2024, 6, 1))
    assert PLAN.is_review_overdue(date(2024, 6, 2))


def test_plan_keeps_risks_agreements_and_contacts() -> None:
    assert PLAN.contacts[1].phone == "+31 6 1234 5678"
    assert PLAN.agreements[0].who == "mentor"
    assert PLAN.risks[0].measures.startswith("school")


@pytest.mark.parametrize(
    "build",
    [
        lambda: Veiligheidsplan("H-7", date(2024, 5, 1), date(2024, 4, 1)),
        lambda: Risk(" "),
        lambda: Agreement("iets", ""),
        lambda: Contact("", "mentor", "0612345678"),
        lambda: Contact("J.", "mentor", "bel mij"),
        lambda: Contact("J.", "mentor", "1"),
    ],
)
def test_incomplete_or_contradictory_parts_are_refused(build: Callable[[], object]) -> None:
    with pytest.raises(InvalidRecord):
        build()
