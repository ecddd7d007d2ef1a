from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from forensics.schema import FORENSICS_SCHEMA
from secure_store.clock import ManualClock
from secure_store.session import Session
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


@pytest.fixture
def fx_vault(vault_dir: Path, clock: ManualClock) -> Vault:
    return Vault.open(vault_dir, schemas=[FORENSICS_SCHEMA], clock=clock, sleep=lambda _: None)


@pytest.fixture
def as_user(fx_vault: Vault) -> Callable[[str], Session]:
    def _as(name: str) -> Session:
        return fx_vault.unlock(name, PASSPHRASES[name])

    return _as
