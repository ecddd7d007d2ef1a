"""Users, their roles and their key slots.

Adding a user gives them their own slot (the master key wrapped under their passphrase);
removing them removes the slot. A forgotten passphrase is replaced by a temporary one that must
be changed at first unlock. Changing a passphrase rewraps one slot; nothing is re-encrypted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import (
    LastAdministrator,
    PermissionDenied,
    UnknownUser,
    UserExists,
    VaultError,
    WeakPassphrase,
    WrongPassphrase,
)
from .keyslots import RECOVERY, open_slot, seal_slot
from .passphrase import check_passphrase
from .roles import Area, Role, decode_roles, encode_roles

if TYPE_CHECKING:
    from .session import Session

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class InvalidUserName(VaultError):
    message_nl = "Een gebruikersnaam bestaat uit 2 tot 64 kleine letters, cijfers, punt, - of _."
    message_en = "A user name is 2 to 64 lower-case letters, digits, dot, - or _."


class NoRoles(VaultError):
    message_nl = "Geef de gebruiker minstens één rol."
    message_en = "Give the user at least one role."


def check_user_name(name: str) -> None:
    """Raises InvalidUserName unless ``name`` is a plain lower-case login name."""
    if not _NAME.match(name):
        raise InvalidUserName(name)


@dataclass(frozen=True)
class UserInfo:
    """A user as listed in Beheer (no secrets)."""

    name: str
    display_name: str
    roles: frozenset[Role]
    must_change: bool


class UserAdmin:
    """User management for administrators; passphrase change for everyone."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[UserInfo]:
        """Every user of the vault, by name (colleague lists need this, so any role may)."""
        rows = self._session.conn.execute(
            "SELECT name, display_name, roles, must_change FROM users ORDER BY name"
        )
        return [UserInfo(r[0], r[1], decode_roles(r[2]), bool(r[3])) for r in rows]

    def get(self, name: str) -> UserInfo:
        for info in self.list():
            if info.name == name:
                return info
        raise UnknownUser(name)

    def add(
        self,
        name: str,
        display_name: str,
        roles: frozenset[Role],
        passphrase: str,
        *,
        must_change: bool = True,
    ) -> UserInfo:
        """Add a user with their own key slot.

        Raises:
            PermissionDenied, InvalidUserName, NoRoles, UserExists, WeakPassphrase.
        """
        session = self._session
        session.require(Area.USERS, action="user.add", record_type="user", record_id=name)
        check_user_name(name)
        if not roles:
            raise NoRoles()
        if any(u.name == name for u in self.list()):
            raise UserExists(name)
        check_passphrase(passphrase, name)
        with session.transaction() as conn:
            conn.execute(
                "INSERT INTO users (name, display_name, roles, must_change, created)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    name,
                    display_name or name,
                    encode_roles(roles),
                    int(must_change),
                    session.now_text(),
                ),
            )
            session.log("user.add", "user", name, detail=encode_roles(roles))
            self._write_slot(name, passphrase)
        return self.get(name)

    def remove(self, name: str) -> None:
        """Remove a user and their slot. Raises LastAdministrator for the last admin."""
        session = self._session
        session.require(Area.USERS, action="user.remove", record_type="user", record_id=name)
        target = self.get(name)
        self._guard_last_admin(target, frozenset())
        with session.transaction() as conn:
            conn.execute("DELETE FROM users WHERE name = ?", (name,))
            session.log("user.remove", "user", name)
            slots = session.slots
            slots.replace(slots.current.without(name))

    def set_roles(self, name: str, roles: frozenset[Role]) -> None:
        session = self._session
        session.require(Area.USERS, action="user.roles", record_type="user", record_id=name)
        if not roles:
            raise NoRoles()
        self._guard_last_admin(self.get(name), roles)
        with session.transaction() as conn:
            conn.execute("UPDATE users SET roles = ? WHERE name = ?", (encode_roles(roles), name))
            session.log("user.roles", "user", name, detail=encode_roles(roles))

    def reset_passphrase(self, name: str, temporary: str) -> None:
        """Give a user who forgot their passphrase a new slot with a temporary passphrase."""
        session = self._session
        session.require(Area.USERS, action="user.reset", record_type="user", record_id=name)
        self.get(name)
        check_passphrase(temporary, name)
        with session.transaction() as conn:
            conn.execute("UPDATE users SET must_change = 1 WHERE name = ?", (name,))
            session.log("user.reset", "user", name)
            self._write_slot(name, temporary)

    def change_own_passphrase(self, old: str, new: str) -> None:
        """Rewrap the caller's own slot under ``new``; clears the must-change flag.

        Raises:
            WrongPassphrase: ``old`` does not open the caller's slot.
            WeakPassphrase: ``new`` breaks the rules or equals ``old``.
        """
        session = self._session
        name = session.user
        if name == RECOVERY:
            raise PermissionDenied("recovery key cannot be changed here")
        slot = session.slots.current.slot_for(name)
        if open_slot(session.slots.current.vault_id, slot, old.encode()) is None:
            session.log("user.passphrase_change_failed", "user", name)
            raise WrongPassphrase()
        check_passphrase(new, name)
        if new == old:
            raise WeakPassphrase("gelijk aan het oude wachtwoord")
        with session.transaction() as conn:
            conn.execute("UPDATE users SET must_change = 0 WHERE name = ?", (name,))
            session.log("user.passphrase_changed", "user", name)
            self._write_slot(name, new)
        session.must_change_passphrase = False

    def _write_slot(self, name: str, passphrase: str) -> None:
        slots = self._session.slots
        current = slots.current
        slot = seal_slot(
            current.vault_id, name, passphrase.encode(), self._session.keys.master, current.kdf
        )
        slots.replace(current.with_slot(slot))

    def _guard_last_admin(self, target: UserInfo, new_roles: frozenset[Role]) -> None:
        if Role.ADMIN not in target.roles or Role.ADMIN in new_roles:
            return
        admins = [u for u in self.list() if Role.ADMIN in u.roles]
        if len(admins) <= 1:
            raise LastAdministrator(target.name)
