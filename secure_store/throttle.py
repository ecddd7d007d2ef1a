"""Slowing down repeated failed unlocks, and remembering them for the audit log.

A failed unlock cannot be written to the audit log (that needs the key it failed to get), so it
is kept in ``unlock_failures.json`` and moved into the log at the next successful unlock of any
user. Each user's count of consecutive failures only resets when that user gets in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from .atomic import write_atomic

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 30.0
FILE_NAME = "unlock_failures.json"


class UnlockThrottle:
    """Counts failures per user; after three, each attempt waits 1, 2, 4 … up to 30 s."""

    def __init__(self, folder: Path, sleep: Callable[[float], None]) -> None:
        self._file = folder / FILE_NAME
        self._sleep = sleep

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self._file.read_bytes())
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            str(user): {"count": int(v.get("count", 0)), "unlogged": list(v.get("unlogged", []))}
            for user, v in data.items()
            if isinstance(v, dict)
        }

    def _save(self, data: dict[str, dict[str, Any]]) -> None:
        write_atomic(self._file, json.dumps(data).encode())

    def delay_for(self, user: str) -> float:
        failures = self._load().get(user, {"count": 0})["count"]
        if failures < FREE_ATTEMPTS:
            return 0.0
        return float(min(2.0 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS))

    def wait(self, user: str) -> None:
        """Sleep before an attempt as long as earlier failures demand."""
        delay = self.delay_for(user)
        if delay:
            self._sleep(delay)

    def record_failure(self, user: str, at: datetime) -> None:
        data = self._load()
        entry = data.setdefault(user, {"count": 0, "unlogged": []})
        entry["count"] += 1
        entry["unlogged"].append(at.isoformat(timespec="microseconds"))
        self._save(data)

    def succeeded(self, user: str) -> list[tuple[str, str]]:
        """Reset ``user``'s count; return every failure not yet logged (user, time), oldest first."""
        data = self._load()
        pending = sorted(
            ((name, str(at)) for name, v in data.items() for at in v["unlogged"]),
            key=lambda item: item[1],
        )
        for v in data.values():
            v["unlogged"] = []
        data.pop(user, None)
        remaining = {name: v for name, v in data.items() if v["count"]}
        if remaining:
            self._save(remaining)
        else:
            self._file.unlink(missing_ok=True)
        return pending
