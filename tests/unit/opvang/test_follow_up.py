"""Follow-up after a positive screen: offered, accepted or declined, started."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from opvang.errors import InvalidRecord
from opvang.follow_up import FollowUp, FollowUpStatus, follow_up_gap, follow_up_needed
from opvang.instruments import shipped_instruments
from opvang.scoring import score

PC = {i.id: i for i in shipped_instruments()}["pc-ptsd-5"]
POSITIVE = score(PC, {"blootstelling": 1, "v1": 1, "v2": 1, "v3": 1, "v4": 0, "v5": 0})
NEGATIVE = score(PC, {"blootstelling": 1, "v1": 1, "v2": 1, "v3": 0, "v4": 0, "v5": 0})
OFFER = "traumagerichte behandeling (EMDR) bij de GGZ"


def test_follow_up_is_needed_after_a_positive_screen_only() -> None:
    assert follow_up_needed(POSITIVE)
    assert not follow_up_needed(NEGATIVE)
    assert follow_up_gap(NEGATIVE, None) is None


def test_follow_up_moves_through_offered_accepted_started() -> None:
    empty = FollowUp("eerste")
    offered = empty.offered(date(2024, 2, 1), OFFER)
    accepted = offered.accepted(date(2024, 2, 3))
    started = accepted.started(date(2024, 3, 1))
    assert [f.status for f in (empty, offered, accepted, started)] == [
        FollowUpStatus.NOT_OFFERED,
        FollowUpStatus.OFFERED,
        FollowUpStatus.ACCEPTED,
        FollowUpStatus.STARTED,
    ]
    assert empty.status is FollowUpStatus.NOT_OFFERED  # values do not change
    assert (
        follow_up_gap(POSITIVE, None)
        == "Positieve screening: doe een behandelaanbod en leg het vast."
    )
    assert "geaccepteerd" in (follow_up_gap(POSITIVE, offered) or "")
    assert "start" in (follow_up_gap(POSITIVE, accepted) or "")
    assert follow_up_gap(POSITIVE, started) is None


def test_declined_offer_leaves_nothing_open() -> None:
    declined = FollowUp("eerste").offered(date(2024, 2, 1), OFFER).declined(date(2024, 2, 2))
    assert declined.status is FollowUpStatus.DECLINED
    assert follow_up_gap(POSITIVE, declined) is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"accepted_on": date(2024, 2, 3)}, "eerst vast wanneer"),
        ({"offered_on": date(2024, 2, 1)}, "Beschrijf"),
        (
            {"offer": OFFER, "offered_on": date(2024, 2, 1), "started_on": date(2024, 3, 1)},
            "pas starten",
        ),
        (
            {
                "offer": OFFER,
                "offered_on": date(2024, 2, 1),
                "accepted_on": date(2024, 2, 2),
                "declined_on": date(2024, 2, 2),
            },
            "tegelijk",
        ),
        (
            {"offer": OFFER, "offered_on": date(2024, 2, 5), "accepted_on": date(2024, 2, 1)},
            "oplopen",
        ),
        (
            {
                "offer": OFFER,
                "offered_on": date(2024, 2, 1),
                "accepted_on": date(2024, 2, 9),
                "started_on": date(2024, 2, 8),
            },
            "oplopen",
        ),
    ],
)
def test_follow_up_that_contradicts_itself_is_refused(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidRecord, match=message):
        FollowUp("eerste", **fields)
