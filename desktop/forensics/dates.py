"""Dates as a physician types them: 12-3-2026 (the Dutch order) or 2026-03-12."""

from __future__ import annotations

import re
from datetime import date

_DUTCH = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_day(typed: str) -> date | None:
    """The date in ``typed``, or None when it is not a whole, existing date (31-02-2026)."""
    cleaned = typed.strip()
    for pattern, order in ((_DUTCH, (2, 1, 0)), (_ISO, (0, 1, 2))):
        match = pattern.match(cleaned)
        if match:
            parts = [int(g) for g in match.groups()]
            try:
                return date(*(parts[i] for i in order))
            except ValueError:
                return None
    return None
