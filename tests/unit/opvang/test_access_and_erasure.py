"""Only opvang workers reach opvang records; every access is audited; erasure shreds it all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from opvang.clients import ClientService
from opvang.concerns import ConcernService
from opvang.errors import RecordNotFound
from opvang.households import HouseholdService, erase_household
from opvang.intake_form import IntakeForm
from opvang.intakes import IntakeService
from opvang.school_signals import SchoolSignalService
from opvang.screenings import ScreeningService
from opvang.worklist import Worklist
from secure_store.audit import AuditQuery
from secure_store.errors import CaseErased, PermissionDenied
from secure_store.session import Session
from secure_store.vault import Vault

Form = Callable[..., IntakeForm]
NAMES = ("Marieke", "Testvrouw", "Pim", "Lotte", "Sem", "Testkind", "Regenboog", "Geheimelaan")


def _audit(vault: Vault, query: AuditQuery) -> list[object]:
    from tests.conftest import PASSPHRASES

    return list(vault.unlock("privacy", PASSPHRASES["privacy"]).read_audit(query))


@pytest.mark.parametrize(
    "call",
    [
        lambda s, h, c: HouseholdService(s).list(),
        lambda s, h, c: HouseholdService(s).get(h),
        lambda s, h, c: ClientService(s).get(c),
        lambda s, h, c: ScreeningService(s).plan(c),
        lambda s, h, c: SchoolSignalService(s).all(),
        lambda s, h, c: ConcernService(s).of_household(h),
        lambda s, h, c: Worklist(s).entries(date(2026, 3, 1), date(2026, 3, 31)),
    ],
)
def test_a_forensic_physician_is_refused_and_the_refusal_is_logged(
    as_user: Callable[[str], Session],
    household_form: Form,
    ov_vault: Vault,
    call: Callable[[Session, str, str], object],
) -> None:
    household = IntakeService(as_user("opvang")).admit(household_form())
    child = household.children[1].id
    doctor = as_user("arts")
    with pytest.raises(PermissionDenied):
        call(doctor, household.id, child)
    refused = _audit(ov_vault, AuditQuery(user="arts", action="access.refused"))
    assert len(refused) == 1
    assert "(opvang)" in refused[0].detail  # type: ignore[attr-defined]  # AuditEntry


def test_admin_and_privacy_officer_cannot_read_a_household_either(
    as_user: Callable[[str], Session], household_form: Form
) -> None:
    household = IntakeService(as_user("opvang")).admit(household_form())
    for name in ("beheer", "privacy", "vta"):
        with pytest.raises(PermissionDenied):
            HouseholdService(as_user(name)).get(household.id)


def test_a_refused_user_cannot_create_an_intake(
    as_user: Callable[[str], Session], household_form: Form
) -> None:
    form = household_form()
    with pytest.raises(PermissionDenied):
        IntakeService(as_user("arts")).admit(form)
    assert as_user("opvang").conn.execute("SELECT count(*) FROM ov_households").fetchone()[0] == 0


def test_reads_and_changes_are_audited_with_the_household_and_without_names(
    worker: Session, household_form: Form, ov_vault: Vault
) -> None:
    household = IntakeService(worker).admit(household_form())
    child = household.children[0]
    ClientService(worker).get(child.id)
    ClientService(worker).update(child.id, hulpvraag="Een eigen bed.")
    ClientService(worker).add_note(child.id, "Pim sliep goed.")
    entries = _audit(ov_vault, AuditQuery(user="opvang"))
    actions = [e.action for e in entries]  # type: ignore[attr-defined]
    for action in ("intake.create", "case.create", "client.read", "client.change", "note.create"):
        assert action in actions, action
    change = next(e for e in entries if e.action == "client.change")  # type: ignore[attr-defined]
    assert change.subject == household.id and change.detail == "hulpvraag"  # type: ignore[attr-defined]
    text = repr(entries)
    assert not [n for n in NAMES if n in text], "the audit log holds no names or addresses"


def test_erasing_a_household_leaves_nothing_readable(
    as_user: Callable[[str], Session], household_form: Form, ov_vault: Vault, vault_dir: Path
) -> None:
    worker = as_user("opvang")
    household = IntakeService(worker).admit(household_form())
    other = IntakeService(worker).admit(household_form())
    ConcernService(worker).open(household.adults[0].id, "Zorg om de kinderen.", date(2026, 3, 2))
    ClientService(worker).add_note(household.children[0].id, "Notitie")
    privacy = as_user("privacy")
    with pytest.raises(PermissionDenied):
        erase_household(as_user("opvang"), household.id, "einde bewaartermijn")
    erase_household(as_user("privacy"), household.id, "AVG art. 17-verzoek")
    worker = as_user("opvang")
    with pytest.raises(RecordNotFound):
        HouseholdService(worker).get(household.id)
    with pytest.raises(CaseErased):
        worker.cases.key(household.case_id)
    ids = (household.id, *(c.id for c in household.clients))
    for (table,) in worker.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'ov_%'"
    ):
        columns = [r[1] for r in worker.conn.execute(f"PRAGMA table_info({table})")]
        for column in {"household_id", "client_id"} & set(columns):
            left = worker.conn.execute(
                f"SELECT count(*) FROM {table} WHERE {column} IN ({', '.join('?' * len(ids))})",
                ids,
            ).fetchone()[0]
            assert left == 0, f"{table}.{column}"
    assert [h.id for h in HouseholdService(worker).list()] == [other.id], "others stay"
    worker.lock()
    del privacy
    raw = b"".join(p.read_bytes() for p in vault_dir.rglob("*") if p.is_file())
    assert b"Marieke" not in raw and b"Testvrouw" not in raw, "nothing readable on disk"
