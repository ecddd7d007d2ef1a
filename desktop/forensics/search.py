"""What the physician types in the dossier search: a name or pseudonym, or a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import parse_day


@dataclass(frozen=True)
class SearchQuery:
    """Either text (name or pseudonym contains it) or a date (born or examined on that day)."""

    text: str = ""
    on_date: date | None = None


def parse_search(typed: str) -> SearchQuery:
    """A query from the search field: a whole date searches by date, anything else by text.

    Something that looks like a date but is none (31-02-2026) stays text, so it finds nothing
    rather than something unexpected.
    """
    day = parse_day(typed)
    return SearchQuery(on_date=day) if day is not None else SearchQuery(text=typed.strip())
