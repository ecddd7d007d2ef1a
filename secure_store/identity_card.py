"""A practitioner's key pairs and the public identity card that introduces them to others.

Each identity holds an encryption key pair for HPKE (RFC 9180) with the hybrid post-quantum KEM
ML-KEM-768 + X25519, and two signing key pairs, Ed25519 and ML-DSA-65; every signature is made
with both and only counts when both verify (DESIGN.md, "Documents that leave the vault").

The public card is a small JSON file holding the name, organisation and the four public keys,
signed by the card's own two signing keys. Its *key id* and *fingerprint* are hashes of the
public keys alone: the fingerprint is 24 digits, read out over the phone before a card is
trusted, so a card swapped in transit shows a different number.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mldsa, mlkem, x25519

from .errors import VaultError

CARD_FORMAT = "veilig-dossier-identity"
CARD_VERSION = 1
MAX_CARD_BYTES = 64 * 1024
FINGERPRINT_DIGITS = 24
_KEY_DIGEST_DOMAIN = b"veilig-dossier/v1/identity-keys\n"
_CARD_DOMAIN = b"veilig-dossier/v1/identity-card\n"
SIGNING_CONTEXT = b"veilig-dossier/v1"
"""The context of every signature an identity makes. Each signed message starts with its own
domain line (card, package), so a signature over one kind never reads as another kind."""
_SEED_SIZES = {"mlkem768": 64, "x25519": 32, "ed25519": 32, "mldsa65": 32}
_PUBLIC_SIZES = {"mlkem768": 1184, "x25519": 32, "ed25519": 32, "mldsa65": 1952}
ED25519_SIGNATURE_BYTES = 64
MLDSA65_SIGNATURE_BYTES = 3309


class InvalidIdentityCard(VaultError):
    message_nl = (
        "Dit is geen geldige identiteitskaart van Veilig Dossier, of de kaart is onderweg "
        "gewijzigd. Vraag de afzender om de kaart opnieuw te sturen."
    )
    message_en = (
        "This is not a valid Veilig Dossier identity card, or it was changed on the way. "
        "Ask the sender to send the card again."
    )


def canonical_json(value: Any) -> bytes:
    """The one byte form of a JSON value that signatures are made over (sorted keys, no spaces)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def to_b64(data: bytes) -> str:
    """Bytes as base64 text, for JSON."""
    return base64.b64encode(data).decode("ascii")


def from_b64(text: object, size: int) -> bytes:
    """Exactly ``size`` bytes from strict base64 text. Raises ValueError otherwise."""
    if not isinstance(text, str):
        raise ValueError("not text")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("not base64") from exc
    if len(raw) != size:
        raise ValueError("wrong length")
    return raw


@dataclass(frozen=True)
class PublicKeys:
    """The four public keys of an identity, as raw bytes."""

    mlkem768: bytes = field(repr=False)
    x25519: bytes = field(repr=False)
    ed25519: bytes = field(repr=False)
    mldsa65: bytes = field(repr=False)

    @property
    def digest(self) -> bytes:
        """SHA-256 over the keys (fixed lengths, so plain concatenation is unambiguous)."""
        material = self.mlkem768 + self.x25519 + self.ed25519 + self.mldsa65
        return hashlib.sha256(_KEY_DIGEST_DOMAIN + material).digest()

    @property
    def key_id(self) -> str:
        """A stable name for the identity in packages and the address book (32 hex digits)."""
        return self.digest[:16].hex()

    @property
    def fingerprint(self) -> str:
        """24 digits in groups of four, to read out over the phone (about 80 bits)."""
        digits = str(int.from_bytes(self.digest, "big") % 10**FINGERPRINT_DIGITS)
        digits = digits.zfill(FINGERPRINT_DIGITS)
        return " ".join(digits[i : i + 4] for i in range(0, FINGERPRINT_DIGITS, 4))

    def hpke_public(self) -> hpke.MLKEM768X25519PublicKey:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(self.mlkem768),
            x25519.X25519PublicKey.from_public_bytes(self.x25519),
        )

    def verify(self, message: bytes, ed25519_signature: bytes, mldsa65_signature: bytes) -> bool:
        """Whether *both* signatures over ``message`` verify (one alone never counts)."""
        try:
            ed25519.Ed25519PublicKey.from_public_bytes(self.ed25519).verify(
                ed25519_signature, _ed25519_message(message)
            )
            mldsa.MLDSA65PublicKey.from_public_bytes(self.mldsa65).verify(
                mldsa65_signature, message, SIGNING_CONTEXT
            )
        except (InvalidSignature, ValueError):
            return False
        return True

    def to_json(self) -> dict[str, str]:
        return {name: to_b64(getattr(self, name)) for name in _PUBLIC_SIZES}

    @classmethod
    def from_json(cls, value: object) -> PublicKeys:
        if not isinstance(value, dict) or set(value) != set(_PUBLIC_SIZES):
            raise InvalidIdentityCard("sleutels")
        try:
            return cls(**{name: from_b64(value[name], n) for name, n in _PUBLIC_SIZES.items()})
        except ValueError as exc:
            raise InvalidIdentityCard("sleutels") from exc


def _ed25519_message(message: bytes) -> bytes:
    # Ed25519 in `cryptography` has no context parameter; the same context goes in front.
    return SIGNING_CONTEXT + b"\n" + message


@dataclass(frozen=True)
class IdentityCard:
    """A public identity: who, which organisation, which keys; self-signed with both keys."""

    name: str
    organisation: str
    role: str
    created: str
    keys: PublicKeys = field(repr=False)
    ed25519_signature: bytes = field(repr=False)
    mldsa65_signature: bytes = field(repr=False)

    @property
    def key_id(self) -> str:
        return self.keys.key_id

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint

    @property
    def label(self) -> str:
        """The name and organisation, for lists and messages."""
        return f"{self.name}, {self.organisation}" if self.organisation else self.name

    def body(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "organisation": self.organisation,
            "role": self.role,
            "created": self.created,
            "keys": self.keys.to_json(),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "card": self.body(),
            "signatures": {
                "ed25519": to_b64(self.ed25519_signature),
                "mldsa65": to_b64(self.mldsa65_signature),
            },
        }

    def to_bytes(self) -> bytes:
        """The card file: readable JSON (whitespace does not matter, the signatures do)."""
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False).encode() + b"\n"

    @classmethod
    def from_json(cls, value: object) -> IdentityCard:
        """Parse and check a card: format, keys, and both self-signatures.

        Raises:
            InvalidIdentityCard: anything is missing, malformed, or a signature fails.
        """
        if not isinstance(value, dict):
            raise InvalidIdentityCard("geen object")
        if value.get("format") != CARD_FORMAT or value.get("version") != CARD_VERSION:
            raise InvalidIdentityCard("formaat")
        body, signatures = value.get("card"), value.get("signatures")
        if not isinstance(body, dict) or not isinstance(signatures, dict):
            raise InvalidIdentityCard("opbouw")
        texts = [body.get(k) for k in ("name", "organisation", "role", "created")]
        if not all(isinstance(t, str) and len(t) <= 200 for t in texts) or not texts[0]:
            raise InvalidIdentityCard("naam")
        keys = PublicKeys.from_json(body.get("keys"))
        try:
            ed = from_b64(signatures.get("ed25519"), ED25519_SIGNATURE_BYTES)
            ml = from_b64(signatures.get("mldsa65"), MLDSA65_SIGNATURE_BYTES)
        except ValueError as exc:
            raise InvalidIdentityCard("handtekening") from exc
        name, organisation, role, created = (str(t) for t in texts)
        card = cls(name, organisation, role, created, keys, ed, ml)
        message = _CARD_DOMAIN + canonical_json(card.body())
        if not card.keys.verify(message, card.ed25519_signature, card.mldsa65_signature):
            raise InvalidIdentityCard("handtekening")
        return card

    @classmethod
    def from_bytes(cls, data: bytes) -> IdentityCard:
        """Parse a card file. Raises InvalidIdentityCard."""
        if len(data) > MAX_CARD_BYTES:
            raise InvalidIdentityCard("te groot")
        try:
            value = json.loads(data)
        except (UnicodeDecodeError, ValueError) as exc:
            raise InvalidIdentityCard("geen JSON") from exc
        return cls.from_json(value)


@dataclass(frozen=True)
class PrivateIdentity:
    """The private half of an identity; lives only in the owner's session, never on disk bare."""

    mlkem768_seed: bytes = field(repr=False)
    x25519_private: bytes = field(repr=False)
    ed25519_private: bytes = field(repr=False)
    mldsa65_seed: bytes = field(repr=False)

    @classmethod
    def generate(cls) -> PrivateIdentity:
        """Fresh key pairs from the operating system's CSPRNG."""
        return cls(
            mlkem.MLKEM768PrivateKey.generate().private_bytes_raw(),
            x25519.X25519PrivateKey.generate().private_bytes_raw(),
            ed25519.Ed25519PrivateKey.generate().private_bytes_raw(),
            mldsa.MLDSA65PrivateKey.generate().private_bytes_raw(),
        )

    def to_bytes(self) -> bytes:
        return self.mlkem768_seed + self.x25519_private + self.ed25519_private + self.mldsa65_seed

    @classmethod
    def from_bytes(cls, data: bytes) -> PrivateIdentity:
        sizes = list(_SEED_SIZES.values())
        if len(data) != sum(sizes):
            raise ValueError("private identity has the wrong length")
        parts, at = [], 0
        for size in sizes:
            parts.append(data[at : at + size])
            at += size
        return cls(*parts)

    def public_keys(self) -> PublicKeys:
        return PublicKeys(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem768_seed)
            .public_key()
            .public_bytes_raw(),
            x25519.X25519PrivateKey.from_private_bytes(self.x25519_private)
            .public_key()
            .public_bytes_raw(),
            ed25519.Ed25519PrivateKey.from_private_bytes(self.ed25519_private)
            .public_key()
            .public_bytes_raw(),
            mldsa.MLDSA65PrivateKey.from_seed_bytes(self.mldsa65_seed)
            .public_key()
            .public_bytes_raw(),
        )

    def hpke_private(self) -> hpke.MLKEM768X25519PrivateKey:
        return hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem768_seed),
            x25519.X25519PrivateKey.from_private_bytes(self.x25519_private),
        )

    def sign(self, message: bytes) -> tuple[bytes, bytes]:
        """(Ed25519 signature, ML-DSA-65 signature) over ``message``."""
        ed = ed25519.Ed25519PrivateKey.from_private_bytes(self.ed25519_private)
        ml = mldsa.MLDSA65PrivateKey.from_seed_bytes(self.mldsa65_seed)
        return ed.sign(_ed25519_message(message)), ml.sign(message, SIGNING_CONTEXT)

    def make_card(self, name: str, organisation: str, role: str, created: str) -> IdentityCard:
        """This identity's public card, self-signed with both signing keys."""
        unsigned = IdentityCard(name, organisation, role, created, self.public_keys(), b"", b"")
        ed, ml = self.sign(_CARD_DOMAIN + canonical_json(unsigned.body()))
        return IdentityCard(name, organisation, role, created, unsigned.keys, ed, ml)
