"""The demo vault and its seeding hook."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.demo import ADMIN, DEMO_USERS, SEEDERS, DemoContext, create_demo_vault
from secure_store.audit import AuditQuery
from secure_store.errors import VaultExists
from secure_store.kdf import KdfParams
from secure_store.roles import Role
from secure_store.settings import ORGANISATION_ADDRESS, ORGANISATION_NAME
from secure_store.vault import Vault


def _kdf() -> KdfParams:
    return KdfParams(os.urandom(16), 1, 64 * 1024)


def test_every_role_has_a_demo_user_whose_passphrase_unlocks(tmp_path: Path) -> None:
    create_demo_vault(tmp_path / "demo", kdf=_kdf())
    assert {role for u in DEMO_USERS for role in u.roles} == set(Role)
    vault = Vault.open(tmp_path / "demo")
    for user in DEMO_USERS:
        session = vault.unlock(user.name, user.passphrase)
        assert session.identity.roles == user.roles
        assert not session.must_change_passphrase
    vault.lock()


def test_the_demo_vault_has_a_synthetic_letterhead_and_history(tmp_path: Path) -> None:
    create_demo_vault(tmp_path / "demo", kdf=_kdf())
    session = Vault.open(tmp_path / "demo").unlock(ADMIN.name, ADMIN.passphrase)
    assert session.settings.get(ORGANISATION_NAME) == "GGD Demo Regio"
    assert "Demostad" in str(session.settings.get(ORGANISATION_ADDRESS))
    logins = session.read_audit(AuditQuery(action="login"))
    assert {e.user for e in logins} >= {u.name for u in DEMO_USERS}
    assert session.verify_audit().ok


def test_a_domain_seeder_runs_with_sessions_for_any_role(tmp_path: Path) -> None:
    seen: list[tuple[str, str]] = []

    def seeder(context: DemoContext) -> None:
        opvang = context.as_role(Role.OPVANG_MEDEWERKER)
        seen.append((opvang.user, opvang.identity.display_name))
        assert context.as_role(Role.OPVANG_MEDEWERKER) is opvang, "the open session is reused"
        seen.append((context.admin.user, ""))

    progress: list[tuple[int, int]] = []
    create_demo_vault(
        tmp_path / "demo",
        kdf=_kdf(),
        seeders=[*SEEDERS, seeder],
        progress=lambda done, total: progress.append((done, total)),
    )
    assert seen == [("opvang", "Sanne Bakker (demo)"), ("beheer", "")]
    assert progress[-1] == (len(SEEDERS) + 2, len(SEEDERS) + 2)


def test_a_demo_vault_is_never_made_over_existing_files(tmp_path: Path) -> None:
    (tmp_path / "x").write_text("bestaand")
    with pytest.raises(VaultExists):
        create_demo_vault(tmp_path, kdf=_kdf())


def test_the_demo_users_document_matches_the_code() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "demo-users.md").read_text()
    for user in DEMO_USERS:
        assert f"`{user.name}`" in doc and f"`{user.passphrase}`" in doc
