"""What the physician types: dates in Dutch or ISO order, and the dossier search."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.forensics.dates import parse_day
from desktop.forensics.search import SearchQuery, parse_search


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("17-02-2019", date(2019, 2, 17)),
        ("7-2-2019", date(2019, 2, 7)),
        (" 17.02.2019 ", date(2019, 2, 17)),
        ("17/02/2019", date(2019, 2, 17)),
        ("2019-02-17", date(2019, 2, 17)),
        ("29-02-2024", date(2024, 2, 29)),
        ("29-02-2023", None),
        ("31-04-2020", None),
        ("17-02-19", None),
        ("2019-17-02", None),
        ("", None),
        ("Noor", None),
    ],
)
def test_a_day_is_read_only_when_it_exists(typed: str, day: date | None) -> None:
    assert parse_day(typed) == day


def test_a_date_searches_by_date_and_anything_else_by_text() -> None:
    assert parse_search("01-06-2024") == SearchQuery(on_date=date(2024, 6, 1))
    assert parse_search("  Noor de ") == SearchQuery(text="Noor de")
    assert parse_search("DEMO-KIND-A") == SearchQuery(text="DEMO-KIND-A")
    assert parse_search("31-02-2024") == SearchQuery(text="31-02-2024"), "no such day: text"
    assert parse_search("") == SearchQuery()
