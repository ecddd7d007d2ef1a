"""Stored moments as the user reads them."""

from __future__ import annotations

from datetime import datetime


def local_moment(text: str) -> str:
    """An ISO timestamp as a local date and time ("02-03-2026 10:15"), or '' when empty."""
    if not text:
        return ""
    return datetime.fromisoformat(text).astimezone().strftime("%d-%m-%Y %H:%M")
