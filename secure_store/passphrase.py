"""Passphrase rules and the recovery key.

Length matters more than symbols (NIST SP 800-63B): at least 12 characters, not one of the
passwords everyone tries first, not the user's own name.
"""

from __future__ import annotations

import secrets

from .errors import WeakPassphrase

MIN_LENGTH = 12

# The passwords that head every leaked-password list, plus Dutch favourites of 12+ characters.
COMMON_PASSPHRASES = frozenset(
    {
        "123456789012",
        "1234567890123",
        "qwertyuiopas",
        "qwertyuiop123",
        "password1234",
        "password12345",
        "passwordpassword",
        "wachtwoord123",
        "wachtwoord1234",
        "welkom123456",
        "welkomwelkom",
        "iloveyou1234",
        "aaaaaaaaaaaa",
        "abcdefghijkl",
        "abc123abc123",
        "letmein12345",
        "administrator",
        "administrator1",
        "veiligdossier",
        "veiligdossier1",
        "geheimgeheim",
        "zomer2024zomer",
        "correcthorsebatterystaple",
    }
)

# Crockford-style alphabet: no I, L, O, U, so a person can type it back without confusion.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LENGTH = 5


def check_passphrase(passphrase: str, user_name: str = "") -> None:
    """Refuse a passphrase that breaks the rules.

    Raises:
        WeakPassphrase: with the reason as ``detail``.
    """
    lowered = passphrase.lower()
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase(f"korter dan {MIN_LENGTH} tekens")
    if lowered in COMMON_PASSPHRASES or len(set(lowered)) < 4:
        raise WeakPassphrase("komt te vaak voor")
    if user_name and user_name.lower() in lowered:
        raise WeakPassphrase("bevat de gebruikersnaam")


def new_recovery_key() -> str:
    """A random recovery key (200 bits) in groups of five a person can copy by hand."""
    groups = (
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
        for _ in range(RECOVERY_GROUPS)
    )
    return "-".join(groups)


def normalise_recovery_key(typed: str) -> str:
    """Accept the key as typed: any case, spaces or dashes, and the look-alikes O→0, I/L→1."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    size = RECOVERY_GROUP_LENGTH
    return "-".join(cleaned[i : i + size] for i in range(0, len(cleaned), size))
