"""The vault's address book: identity cards confirmed by fingerprint, and organisations.

A card enters only with the fingerprint the user confirmed (read out over the phone), so no
screen can add a card without that step. An organisation (e.g. "LECK teleconsult") groups
several members; a package addressed to it is sealed to every member.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import VaultError
from .identities import COLLEAGUE
from .identity_card import IdentityCard
from .roles import Area

if TYPE_CHECKING:
    from .session import Session


class FingerprintMismatch(VaultError):
    message_nl = (
        "De vingerafdruk klopt niet met deze kaart. Voeg de kaart niet toe en vraag de afzender "
        "om de kaart opnieuw te sturen."
    )
    message_en = (
        "The fingerprint does not match this card. Do not add the card; ask the sender to "
        "send it again."
    )


class UnknownContact(VaultError):
    message_nl = "Deze persoon of organisatie staat niet (meer) in het adresboek."
    message_en = "This person or organisation is not (or no longer) in the address book."


class OrganisationExists(VaultError):
    message_nl = "Er bestaat al een organisatie met deze naam in het adresboek."
    message_en = "An organisation with this name already exists in the address book."


class EmptyName(VaultError):
    message_nl = "Geef een naam op."
    message_en = "Enter a name."


@dataclass(frozen=True)
class Contact:
    """A confirmed card, with who confirmed it and when."""

    card: IdentityCard
    confirmed_by: str
    confirmed_at: str

    @property
    def key_id(self) -> str:
        return self.card.key_id

    @property
    def colleague(self) -> bool:
        """A practitioner of this same vault (no fingerprint check was needed)."""
        return self.confirmed_by == COLLEAGUE


@dataclass(frozen=True)
class Organisation:
    """A named group of contacts; a request to it goes to every member."""

    id: str
    name: str
    member_ids: tuple[str, ...]


def normalise_fingerprint(text: str) -> str:
    """Only the digits, so '1234 5678…' and '12345678…' compare equal."""
    return "".join(c for c in text if c.isdigit())


class AddressBook:
    """Contacts and organisations, for users who work with second opinions."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _require(self, action: str, record_id: str = "") -> None:
        self._session.require(
            Area.CONSULT, action=action, record_type="contact", record_id=record_id
        )

    # -- contacts -----------------------------------------------------------------------
    def add(self, card: IdentityCard, *, confirmed_fingerprint: str) -> Contact:
        """Add (or refresh) ``card`` after the user confirmed its fingerprint.

        Raises:
            FingerprintMismatch: ``confirmed_fingerprint`` is not the card's.
        """
        self._require("contact.add", card.key_id)
        session = self._session
        if normalise_fingerprint(confirmed_fingerprint) != normalise_fingerprint(card.fingerprint):
            session.log("contact.refused", "contact", card.key_id, detail="vingerafdruk")
            raise FingerprintMismatch(card.key_id)
        contact = Contact(card, session.user, session.now_text())
        with session.transaction() as conn:
            conn.execute(
                "INSERT INTO id_contacts (key_id, name, organisation, fingerprint, card,"
                " confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(key_id) DO UPDATE SET name = excluded.name,"
                " organisation = excluded.organisation, card = excluded.card,"
                " confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at",
                (
                    card.key_id, card.name, card.organisation, card.fingerprint,
                    card.to_bytes(), contact.confirmed_by, contact.confirmed_at,
                ),
            )  # fmt: skip
            session.log("contact.add", "contact", card.key_id, detail=card.fingerprint)
        return contact

    def contacts(self) -> list[Contact]:
        """Every confirmed contact but the user's own card, by name."""
        self._require("contact.read")
        rows = self._session.conn.execute(
            "SELECT card, confirmed_by, confirmed_at FROM id_contacts WHERE key_id NOT IN"
            " (SELECT key_id FROM id_own WHERE user = ?) ORDER BY name COLLATE NOCASE",
            (self._session.user,),
        )
        return [Contact(IdentityCard.from_bytes(r[0]), r[1], r[2]) for r in rows]

    def contact(self, key_id: str) -> Contact | None:
        """The contact with ``key_id``, or None when it is not in the address book."""
        self._require("contact.read", key_id)
        row = self._session.conn.execute(
            "SELECT card, confirmed_by, confirmed_at FROM id_contacts WHERE key_id = ?", (key_id,)
        ).fetchone()
        return None if row is None else Contact(IdentityCard.from_bytes(row[0]), row[1], row[2])

    def remove(self, key_id: str) -> None:
        """Remove a contact (and its memberships)."""
        self._require("contact.remove", key_id)
        with self._session.transaction() as conn:
            conn.execute("DELETE FROM id_contacts WHERE key_id = ?", (key_id,))
            self._session.log("contact.remove", "contact", key_id)

    # -- organisations ------------------------------------------------------------------
    def create_organisation(self, name: str) -> Organisation:
        """A new, empty organisation.

        Raises:
            EmptyName, OrganisationExists.
        """
        self._require("organisation.create")
        name = name.strip()
        if not name:
            raise EmptyName()
        session = self._session
        if session.conn.execute(
            "SELECT 1 FROM id_organisations WHERE name = ?", (name,)
        ).fetchone():
            raise OrganisationExists(name)
        organisation = Organisation(secrets.token_hex(16), name, ())
        with session.transaction() as conn:
            conn.execute(
                "INSERT INTO id_organisations (id, name, created, created_by) VALUES (?, ?, ?, ?)",
                (organisation.id, name, session.now_text(), session.user),
            )
            session.log("organisation.create", "organisation", organisation.id, detail=name)
        return organisation

    def set_members(self, organisation_id: str, key_ids: Iterable[str]) -> Organisation:
        """Replace the members of an organisation with contacts ``key_ids``.

        Raises:
            UnknownContact: the organisation or one of the contacts does not exist.
        """
        self._require("organisation.change", organisation_id)
        wanted = sorted(set(key_ids))
        for key_id in wanted:
            if self.contact(key_id) is None:
                raise UnknownContact(key_id)
        self.organisation(organisation_id)
        with self._session.transaction() as conn:
            conn.execute("DELETE FROM id_members WHERE organisation_id = ?", (organisation_id,))
            conn.executemany(
                "INSERT INTO id_members (organisation_id, key_id) VALUES (?, ?)",
                [(organisation_id, k) for k in wanted],
            )
            self._session.log(
                "organisation.change", "organisation", organisation_id, detail=",".join(wanted)
            )
        return self.organisation(organisation_id)

    def organisation(self, organisation_id: str) -> Organisation:
        """One organisation with its members. Raises UnknownContact."""
        self._require("organisation.read", organisation_id)
        row = self._session.conn.execute(
            "SELECT id, name FROM id_organisations WHERE id = ?", (organisation_id,)
        ).fetchone()
        if row is None:
            raise UnknownContact(organisation_id)
        return Organisation(row[0], row[1], self._members(row[0]))

    def organisations(self) -> list[Organisation]:
        """Every organisation, by name."""
        self._require("organisation.read")
        rows = self._session.conn.execute(
            "SELECT id, name FROM id_organisations ORDER BY name COLLATE NOCASE"
        )
        return [Organisation(r[0], r[1], self._members(r[0])) for r in rows]

    def remove_organisation(self, organisation_id: str) -> None:
        """Remove an organisation; its members stay as contacts."""
        self._require("organisation.remove", organisation_id)
        with self._session.transaction() as conn:
            conn.execute("DELETE FROM id_organisations WHERE id = ?", (organisation_id,))
            self._session.log("organisation.remove", "organisation", organisation_id)

    def _members(self, organisation_id: str) -> tuple[str, ...]:
        rows = self._session.conn.execute(
            "SELECT m.key_id FROM id_members m JOIN id_contacts c ON c.key_id = m.key_id"
            " WHERE m.organisation_id = ? ORDER BY c.name COLLATE NOCASE",
            (organisation_id,),
        )
        return tuple(r[0] for r in rows)

    # -- addressing ---------------------------------------------------------------------
    def resolve(self, targets: Iterable[str]) -> list[IdentityCard]:
        """The cards a package to ``targets`` (contact key ids or organisation ids) is sealed to.

        An organisation expands to every member; a card appears once however it was chosen.

        Raises:
            UnknownContact: a target is neither a contact nor an organisation, or an
                organisation has no members.
        """
        cards: dict[str, IdentityCard] = {}
        for target in targets:
            contact = self.contact(target)
            if contact is not None:
                cards.setdefault(contact.key_id, contact.card)
                continue
            members = self.organisation(target).member_ids
            if not members:
                raise UnknownContact(target)
            for key_id in members:
                member = self.contact(key_id)
                assert member is not None  # the join in _members only yields existing contacts
                cards.setdefault(key_id, member.card)
        return list(cards.values())
