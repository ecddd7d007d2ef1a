"""The practitioners' own identities in the vault: created on first use, usable by the owner only.

Private keys live in the vault database (SQLCipher), wrapped once more with AES-256-GCM under an
HKDF subkey of the master key and bound to the owner and key id, like case keys. Every user of a
vault shares the master key, so the wrap is not what keeps a colleague out: the service check
is. Only the session of the identity's owner gets the private keys; anyone else is refused and
the refusal is logged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .errors import PermissionDenied
from .export import ExportReceipt, export_file
from .identity_card import IdentityCard, PrivateIdentity
from .keys import hkdf, unwrap, wrap
from .roles import Area, Role
from .settings import ORGANISATION_NAME

if TYPE_CHECKING:
    from .session import Session

CARD_SUFFIX = ".vdid"
COLLEAGUE = "#kluis"
"""``confirmed_by`` of a card made in this vault: its colleagues know it without a phone call."""
_PRACTITIONER_ROLES = (Role.FORENSISCH_ARTS, Role.VERTROUWENSARTS)


def _context(user: str, key_id: str) -> bytes:
    return f"veilig-dossier/v1/identity/{user}/{key_id}".encode()


class Identities:
    """The identities of one vault as seen by the session's user."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _wrap_key(self) -> bytes:
        return hkdf(self._session.keys.master, b"veilig-dossier/v1/identity-wrap")

    def own(self) -> IdentityCard:
        """The user's own public card; the key pairs are made the first time it is asked for.

        Raises:
            PermissionDenied: the user's roles do not include second opinions (logged).
        """
        session = self._session
        session.require(Area.CONSULT, action="identity.read", record_type="identity")
        existing = self.card_of(session.user)
        if existing is not None:
            return existing
        private = PrivateIdentity.generate()
        roles = [r.label_nl for r in _PRACTITIONER_ROLES if r in session.roles]
        card = private.make_card(
            session.identity.display_name,
            str(session.settings.get(ORGANISATION_NAME)),
            ", ".join(roles),
            session.now_text(),
        )
        wrapped = wrap(self._wrap_key(), private.to_bytes(), _context(session.user, card.key_id))
        with session.transaction() as conn:
            conn.execute(
                "INSERT INTO id_own (user, key_id, card, wrapped_private, created)"
                " VALUES (?, ?, ?, ?, ?)",
                (session.user, card.key_id, card.to_bytes(), wrapped, session.now_text()),
            )
            # The vault vouches for its own practitioners: colleagues find the card in the
            # address book (the owner does not see it there).
            conn.execute(
                "INSERT INTO id_contacts (key_id, name, organisation, fingerprint, card,"
                " confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    card.key_id, card.name, card.organisation, card.fingerprint, card.to_bytes(),
                    COLLEAGUE, session.now_text(),
                ),
            )  # fmt: skip
            session.log("identity.create", "identity", card.key_id, detail=card.fingerprint)
        return card

    def card_of(self, user: str) -> IdentityCard | None:
        """The public card of a user of this vault, if they have one yet."""
        row = self._session.conn.execute(
            "SELECT card FROM id_own WHERE user = ?", (user,)
        ).fetchone()
        return None if row is None else IdentityCard.from_bytes(row[0])

    def private_keys(self, key_id: str) -> PrivateIdentity:
        """The private keys of ``key_id``, for its owner's session only.

        Raises:
            PermissionDenied: the identity is someone else's, or unknown (logged).
        """
        session = self._session
        session.require(Area.CONSULT, action="identity.use", record_type="identity")
        row = session.conn.execute(
            "SELECT user, wrapped_private FROM id_own WHERE key_id = ?", (key_id,)
        ).fetchone()
        if row is None or row[0] != session.user:
            session.log(
                "access.refused", "identity", key_id, detail="identity.use (niet de eigenaar)"
            )
            raise PermissionDenied("identity.use")
        return PrivateIdentity.from_bytes(
            unwrap(self._wrap_key(), row[1], _context(session.user, key_id))
        )

    def export_own_card(self, dest: Path) -> ExportReceipt:
        """Write the user's public card to ``dest`` through the export door (audited)."""
        card = self.own()
        return export_file(
            self._session,
            Path(dest),
            card.to_bytes(),
            area=Area.CONSULT,
            kind="identity_card",
            record_type="identity",
            record_id=card.key_id,
        )
