from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from secure_store.errors import (
    LastAdministrator,
    PermissionDenied,
    UnknownUser,
    UserExists,
    WeakPassphrase,
    WrongPassphrase,
)
from secure_store.roles import Role
from secure_store.session import Session
from secure_store.users import InvalidUserName, NoRoles
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES

Unlock = Callable[[str], Session]
NEW = "zeven zwanen zwemmen"


def _slots(vault_dir: Path) -> dict[str, dict[str, object]]:
    data = json.loads((vault_dir / "keyslots.json").read_text())
    return {s["owner"]: s for s in data["slots"]}


def test_admin_adds_a_user_with_an_own_slot_who_must_change_at_first_unlock(
    vault: Vault, vault_dir: Path, unlock: Unlock
) -> None:
    admin = unlock("beheer")
    info = admin.users.add("nieuw", "N. Nieuw", frozenset({Role.VERTROUWENSARTS}), NEW)
    assert info.must_change and info.roles == frozenset({Role.VERTROUWENSARTS})
    assert "nieuw" in _slots(vault_dir) and "nieuw" in vault.users
    session = vault.unlock("nieuw", NEW)
    assert session.must_change_passphrase
    session.users.change_own_passphrase(NEW, "acht apen eten appels")
    assert not session.must_change_passphrase
    assert not vault.unlock("nieuw", "acht apen eten appels").must_change_passphrase


def test_passphrase_change_rewraps_only_the_own_slot(vault_dir: Path, unlock: Unlock) -> None:
    before = _slots(vault_dir)
    unlock("arts").users.change_own_passphrase(PASSPHRASES["arts"], NEW)
    after = _slots(vault_dir)
    assert after["arts"] != before["arts"]
    assert {k: v for k, v in after.items() if k != "arts"} == {
        k: v for k, v in before.items() if k != "arts"
    }


def test_passphrase_change_needs_the_old_one_and_a_new_good_one(unlock: Unlock) -> None:
    session = unlock("arts")
    with pytest.raises(WrongPassphrase):
        session.users.change_own_passphrase("niet het oude wachtwoord", NEW)
    with pytest.raises(WeakPassphrase, match="korter"):
        session.users.change_own_passphrase(PASSPHRASES["arts"], "kort")
    with pytest.raises(WeakPassphrase, match="gelijk"):
        session.users.change_own_passphrase(PASSPHRASES["arts"], PASSPHRASES["arts"])


def test_recovery_session_cannot_change_the_recovery_key(vault: Vault, recovery_key: str) -> None:
    session = vault.unlock_with_recovery(recovery_key)
    with pytest.raises(PermissionDenied):
        session.users.change_own_passphrase(recovery_key, NEW)


def test_removing_a_user_removes_the_slot(vault: Vault, vault_dir: Path, unlock: Unlock) -> None:
    unlock("beheer").users.remove("vta")
    assert "vta" not in _slots(vault_dir)
    with pytest.raises(UnknownUser):
        vault.unlock("vta", PASSPHRASES["vta"])


def test_forgotten_passphrase_is_reset_to_a_temporary_one(vault: Vault, unlock: Unlock) -> None:
    unlock("beheer").users.reset_passphrase("opvang", "tijdelijk wachtwoord 2026")
    with pytest.raises(WrongPassphrase):
        vault.unlock("opvang", PASSPHRASES["opvang"])
    assert vault.unlock("opvang", "tijdelijk wachtwoord 2026").must_change_passphrase


def test_roles_can_be_changed(unlock: Unlock) -> None:
    admin = unlock("beheer")
    admin.users.set_roles("arts", frozenset({Role.FORENSISCH_ARTS, Role.VERTROUWENSARTS}))
    assert admin.users.get("arts").roles == {Role.FORENSISCH_ARTS, Role.VERTROUWENSARTS}
    with pytest.raises(NoRoles):
        admin.users.set_roles("arts", frozenset())


def test_last_administrator_is_protected(unlock: Unlock) -> None:
    admin = unlock("beheer")
    with pytest.raises(LastAdministrator):
        admin.users.remove("beheer")
    with pytest.raises(LastAdministrator):
        admin.users.set_roles("beheer", frozenset({Role.PRIVACY_OFFICER}))
    admin.users.set_roles("privacy", frozenset({Role.PRIVACY_OFFICER, Role.ADMIN}))
    admin.users.set_roles("beheer", frozenset({Role.PRIVACY_OFFICER}))
    assert Role.ADMIN not in admin.users.get("beheer").roles


@pytest.mark.parametrize(
    ("name", "roles", "passphrase", "error"),
    [
        ("Met Spatie", {Role.ADMIN}, NEW, InvalidUserName),
        ("x", {Role.ADMIN}, NEW, InvalidUserName),
        ("nieuw", set(), NEW, NoRoles),
        ("arts", {Role.ADMIN}, NEW, UserExists),
        ("nieuw", {Role.ADMIN}, "kort", WeakPassphrase),
    ],
)
def test_bad_new_users_are_refused(
    unlock: Unlock, name: str, roles: set[Role], passphrase: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        unlock("beheer").users.add(name, "", frozenset(roles), passphrase)


def test_unknown_user_cannot_be_reset(unlock: Unlock) -> None:
    with pytest.raises(UnknownUser):
        unlock("beheer").users.reset_passphrase("niemand", "tijdelijk wachtwoord 2026")


@pytest.mark.parametrize(
    "action",
    [
        lambda s: s.users.add("nieuw", "", frozenset({Role.ADMIN}), NEW),
        lambda s: s.users.remove("vta"),
        lambda s: s.users.set_roles("vta", frozenset({Role.ADMIN})),
        lambda s: s.users.reset_passphrase("vta", "tijdelijk wachtwoord 2026"),
    ],
)
def test_only_administrators_manage_users(unlock: Unlock, action) -> None:  # type: ignore[no-untyped-def]
    session = unlock("arts")
    with pytest.raises(PermissionDenied):
        action(session)
    assert session.conn.execute(
        "SELECT count(*) FROM audit WHERE action = 'access.refused'"
    ).fetchone() == (1,)


def test_any_user_may_list_colleagues(unlock: Unlock) -> None:
    names = [u.name for u in unlock("opvang").users.list()]
    assert names == ["arts", "beheer", "opvang", "privacy", "vta"]
