"""Period figures, children and adults apart, and an anonymous CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from opvang.errors import InvalidRecord
from opvang.follow_up import FollowUp
from opvang.handle_with_care import Channel, SchoolSignalTask
from opvang.instruments import shipped_instruments
from opvang.monitoring import ClientFacts, ExitDestination, Period, figures, to_csv
from opvang.screening_plan import ClientKind, ScreeningRecord, plan_for_client

Q2 = Period(date(2024, 4, 1), date(2024, 6, 30))
INSTRUMENTS = shipped_instruments()


def child(intake: date, **kwargs: Any) -> ClientFacts:
    return ClientFacts(ClientKind.CHILD, intake, **kwargs)


def signal(intake: datetime, sent_after: timedelta | None) -> SchoolSignalTask:
    task = SchoolSignalTask("Sara", "OBS", intake)
    return task if sent_after is None else task.mark_sent(intake + sent_after, "J.", Channel.PHONE)


def sample() -> list[ClientFacts]:
    born = date(2014, 1, 1)
    plan = tuple(plan_for_client(ClientKind.CHILD, born, date(2024, 4, 10), None, INSTRUMENTS))
    offered = FollowUp(
        "eerste", "TF-CBT", date(2024, 5, 1), date(2024, 5, 2), started_on=date(2024, 7, 3)
    )
    return [
        # Child 1: intake in Q2, screened positive, offered in Q2, started in Q3; signal on time.
        child(
            date(2024, 4, 10),
            planned=plan,
            screenings=(ScreeningRecord("eerste", date(2024, 4, 20), "cats-self-7-17", True),),
            follow_ups=(offered,),
            school_signal=signal(datetime(2024, 4, 10, 9, tzinfo=UTC), timedelta(hours=3)),
        ),
        # Child 2: intake in Q1, left in Q2 to her own home; signal late (in Q1).
        child(
            date(2024, 2, 1),
            exit_on=date(2024, 5, 15),
            destination=ExitDestination.OWN_HOME,
            school_signal=signal(datetime(2024, 2, 1, 9, tzinfo=UTC), timedelta(hours=30)),
        ),
        # Child 4: intake in Q2, signal sent, but after 30 hours.
        child(
            date(2024, 5, 6),
            school_signal=signal(datetime(2024, 5, 6, 9, tzinfo=UTC), timedelta(hours=30)),
        ),
        # Child 3: intake in Q2, signal never sent.
        child(date(2024, 6, 29), school_signal=signal(datetime(2024, 6, 29, 9, tzinfo=UTC), None)),
        # Adult: in care all of Q2, left in Q3; screened negative in Q2.
        ClientFacts(
            ClientKind.ADULT,
            date(2024, 3, 1),
            exit_on=date(2024, 7, 1),
            screenings=(ScreeningRecord("herhaling-1", date(2024, 6, 1), "pc-ptsd-5", False),),
        ),
        # Adult left before Q2 with no destination known: not in Q2 at all.
        ClientFacts(ClientKind.ADULT, date(2024, 1, 1), exit_on=date(2024, 3, 31)),
        # Adult who went back to her partner in Q2, destination recorded.
        ClientFacts(
            ClientKind.ADULT, date(2024, 4, 2), date(2024, 4, 30), ExitDestination.BACK_TO_PARTNER
        ),
    ]


def test_children_figures_for_the_quarter() -> None:
    kids = figures(sample(), Q2).groups[ClientKind.CHILD]
    assert (kids.intakes, kids.in_care, kids.exits) == (3, 4, 1)
    assert kids.exits_by_destination == {ExitDestination.OWN_HOME: 1}
    assert (kids.screening_due, kids.screened, kids.positive) == (1, 1, 1)
    assert (kids.treatment_offered, kids.treatment_started) == (1, 0)
    assert (kids.school_signals_due, kids.school_signals_on_time) == (3, 1)  # 3 and 4 are late


def test_adult_figures_for_the_quarter_are_kept_apart() -> None:
    adults = figures(sample(), Q2).groups[ClientKind.ADULT]
    assert (adults.intakes, adults.in_care, adults.exits) == (1, 2, 1)
    assert adults.exits_by_destination == {ExitDestination.BACK_TO_PARTNER: 1}
    assert (adults.screened, adults.positive) == (1, 0)
    assert adults.school_signals_due == 0


def test_a_later_period_counts_the_treatment_start_and_an_unknown_destination() -> None:
    q3 = figures(sample(), Period(date(2024, 7, 1), date(2024, 9, 30))).groups
    assert q3[ClientKind.CHILD].treatment_started == 1
    assert q3[ClientKind.CHILD].school_signals_due == 0
    assert q3[ClientKind.ADULT].exits == 1
    assert q3[ClientKind.ADULT].exits_by_destination == {ExitDestination.UNKNOWN: 1}


def test_csv_has_only_counts_and_labels() -> None:
    text = to_csv(figures(sample(), Q2))
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["periode_begin", "periode_eind", "groep", "cijfer", "aantal"]
    table = {(r[2], r[3]): r[4] for r in rows[1:]}
    assert table[("kind", "instroom (intakes)")] == "3"
    assert table[("volwassene", "uitstroom naar terug naar (ex-)partner")] == "1"
    assert table[("kind", "schoolsignaal nodig")] == "3"
    assert table[("kind", "schoolsignaal binnen 24 uur")] == "1"
    assert all(r[0] == "2024-04-01" and r[1] == "2024-06-30" for r in rows[1:])
    assert all(r[4].isdigit() for r in rows[1:])
    for secret in ("Sara", "OBS", "TF-CBT", "cats", "eerste", "2014"):
        assert secret not in text


def test_small_counts_can_be_hidden() -> None:
    text = to_csv(figures(sample(), Q2), suppress_below=5)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
    values = {r[4] for r in rows}
    assert values <= {"0", "<5"}
    assert "<5" in values


def test_period_must_not_end_before_it_starts() -> None:
    with pytest.raises(InvalidRecord):
        Period(date(2024, 2, 1), date(2024, 1, 31))
    assert date(2024, 4, 1) in Q2 and date(2024, 6, 30) in Q2 and date(2024, 7, 1) not in Q2
    assert None not in Q2
