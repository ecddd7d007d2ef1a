"""An unlocked opvang session over a copy of the template vault, a manual clock, a household."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import resources
from desktop.common.session_ref import SessionRef
from desktop.common.worker import Workers
from desktop.settings import Prefs
from desktop.shell.workspaces import WorkspaceContext
from desktop.vaults import open_vault
from opvang.consent import Gezag, GezagKind
from opvang.intake_form import AdultForm, ChildForm, IntakeForm
from opvang.intakes import IntakeService
from opvang.locations import LocationService
from opvang.records import Household, IntakeKind, ReferralSource, SchoolContact
from secure_store.clock import ManualClock
from secure_store.session import Session

INTAKE_AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(INTAKE_AT)


@pytest.fixture
def ov_session(vault_dir: Path, clock: ManualClock, pw: dict[str, str]) -> Iterator[Session]:
    session = open_vault(vault_dir, clock).unlock("opvang", pw["opvang"])
    yield session
    session.lock()


@pytest.fixture
def context(
    ov_session: Session, workers: Workers, prefs: Prefs, clock: ManualClock
) -> WorkspaceContext:
    return WorkspaceContext(SessionRef(ov_session), workers, prefs, clock)


@pytest.fixture
def location_id(ov_session: Session) -> str:
    return LocationService(ov_session).add("Huis De Linde", "Geheimelaan 7, 9999 ZZ Verborgen").id


@pytest.fixture
def household(ov_session: Session, location_id: str) -> Household:
    """A mother with a 9-year-old at school."""
    form = IntakeForm(
        kind=IntakeKind.CRISIS, intake_at=INTAKE_AT, planned_end=None, location_id=location_id,
        referral=ReferralSource.POLICE,
        adults=(AdultForm("Marieke", "Testvrouw", date(1990, 6, 1), "Rust."),),
        children=(
            ChildForm(
                "Lotte", "Testkind", date(2016, 9, 1), "Naar school.",
                school=SchoolContact("Basisschool De Regenboog", "juf Anja", "010-1234567"),
                gezag=Gezag(GezagKind.BOTH_PARENTS),
            ),
        ),
    )  # fmt: skip
    return IntakeService(ov_session).admit(form)


@pytest.fixture
def definition_text() -> str:
    """A valid organisation definition: the shipped PC-PTSD-5 under an id of its own."""
    text = resources.read_text("instruments/pc_ptsd_5.json")
    return text.replace('"id": "pc-ptsd-5"', '"id": "org-test-lijst"')
