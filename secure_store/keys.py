"""Key material: the vault master key, its HKDF subkeys, and AES-256-GCM key wrapping.

One random master key per vault. Separate subkeys (HKDF-SHA256 with distinct ``info``) for the
database, the audit MAC, wrapping case keys and backups, so no key serves two purposes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12


class UnwrapFailed(Exception):
    """The wrapping key is wrong or the wrapped bytes were changed (callers map it)."""


def random_key() -> bytes:
    """A fresh 256-bit key from the operating system's CSPRNG."""
    return os.urandom(KEY_BYTES)


def hkdf(key: bytes, info: bytes, length: int = KEY_BYTES) -> bytes:
    """HKDF-SHA256 of ``key`` for the purpose named by ``info``."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(key)


def wrap(kek: bytes, key: bytes, context: bytes) -> bytes:
    """Encrypt ``key`` under ``kek``; ``context`` (slot or case id) is bound as associated data."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(kek).encrypt(nonce, key, context)


def unwrap(kek: bytes, wrapped: bytes, context: bytes) -> bytes:
    """Inverse of :func:`wrap`. Raises UnwrapFailed on a wrong key, context or any change."""
    try:
        return AESGCM(kek).decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], context)
    except (InvalidTag, ValueError) as exc:
        raise UnwrapFailed from exc


@dataclass(frozen=True)
class VaultKeys:
    """The subkeys an unlocked session holds; derived from the master key, never stored."""

    master: bytes
    database: bytes
    audit: bytes
    case_wrap: bytes
    backup: bytes

    @classmethod
    def from_master(cls, master: bytes) -> VaultKeys:
        return cls(
            master=master,
            database=hkdf(master, b"veilig-dossier/v1/database"),
            audit=hkdf(master, b"veilig-dossier/v1/audit-mac"),
            case_wrap=hkdf(master, b"veilig-dossier/v1/case-wrap"),
            backup=hkdf(master, b"veilig-dossier/v1/backup"),
        )
