"""``keyslots.json``: the master key, wrapped once per user and once for the recovery key.

A slot holds the Argon2id salt and cost and the wrapped master key, nothing secret in the clear.
The associated data binds each wrap to the vault id and the slot's owner, so a slot copied from
another vault or relabelled to another user does not unwrap.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .atomic import write_atomic
from .errors import NotAVault, UnknownUser, VaultDamaged
from .kdf import KdfParams
from .keys import UnwrapFailed, unwrap, wrap

FORMAT = "veilig-dossier-keyslots"
VERSION = 1
RECOVERY = "#recovery"


@dataclass(frozen=True)
class KeySlot:
    """One way into the vault: a user's passphrase or the recovery key."""

    owner: str
    kdf: KdfParams
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {"owner": self.owner, "kdf": self.kdf.to_json(), "wrapped": self.wrapped.hex()}


def _context(vault_id: str, owner: str) -> bytes:
    return f"veilig-dossier/v1/slot/{vault_id}/{owner}".encode()


def seal_slot(vault_id: str, owner: str, secret: bytes, master: bytes, kdf: KdfParams) -> KeySlot:
    """Wrap ``master`` under Argon2id(``secret``) with a fresh salt."""
    params = kdf.with_new_salt()
    kek = params.derive(secret)
    return KeySlot(owner, params, wrap(kek, master, _context(vault_id, owner)))


def open_slot(vault_id: str, slot: KeySlot, secret: bytes) -> bytes | None:
    """The master key if ``secret`` fits ``slot``, otherwise None."""
    kek = slot.kdf.derive(secret)
    try:
        return unwrap(kek, slot.wrapped, _context(vault_id, slot.owner))
    except UnwrapFailed:
        return None


@dataclass(frozen=True)
class KeySlotFile:
    """The parsed contents of ``keyslots.json``."""

    vault_id: str
    kdf: KdfParams
    slots: tuple[KeySlot, ...] = field(default=())

    @staticmethod
    def new_vault_id() -> str:
        return secrets.token_hex(16)

    def slot_for(self, owner: str) -> KeySlot:
        for slot in self.slots:
            if slot.owner == owner:
                return slot
        raise UnknownUser(owner)

    @property
    def user_names(self) -> list[str]:
        return sorted(slot.owner for slot in self.slots if slot.owner != RECOVERY)

    def with_slot(self, slot: KeySlot) -> KeySlotFile:
        """A copy where ``slot`` replaces the owner's previous slot (if any)."""
        others = tuple(s for s in self.slots if s.owner != slot.owner)
        return replace(self, slots=(*others, slot))

    def without(self, owner: str) -> KeySlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.owner != owner))

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "kdf": self.kdf.to_json(),
            "slots": [slot.to_json() for slot in self.slots],
        }
        return json.dumps(data, indent=2).encode()

    def save(self, folder: Path) -> None:
        write_atomic(folder / "keyslots.json", self.to_bytes())

    @classmethod
    def parse(cls, raw: bytes) -> KeySlotFile:
        """Parse ``keyslots.json`` bytes.

        Raises:
            NotAVault: it is not a keyslot file at all.
            VaultDamaged: it is one, but broken.
        """
        try:
            data = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise NotAVault("keyslots.json") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise NotAVault("keyslots.json")
        try:
            if data["version"] != VERSION:
                raise ValueError("unknown keyslot version")
            slots = tuple(
                KeySlot(s["owner"], KdfParams.from_json(s["kdf"]), bytes.fromhex(s["wrapped"]))
                for s in data["slots"]
            )
            return cls(str(data["vault_id"]), KdfParams.from_json(data["kdf"]), slots)
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultDamaged("keyslots.json") from exc

    @classmethod
    def load(cls, folder: Path) -> KeySlotFile:
        try:
            raw = (folder / "keyslots.json").read_bytes()
        except OSError as exc:
            raise NotAVault(str(folder)) from exc
        return cls.parse(raw)


class KeySlotStore:
    """The keyslot file of one open vault, shared by the vault and its sessions."""

    def __init__(self, folder: Path, current: KeySlotFile) -> None:
        self.folder = folder
        self.current = current

    def replace(self, new: KeySlotFile) -> None:
        """Write ``new`` atomically, then make it current."""
        new.save(self.folder)
        self.current = new
