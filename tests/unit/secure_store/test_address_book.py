"""The address book: cards enter only with their fingerprint; organisations expand to members."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from secure_store.address_book import (
    AddressBook,
    EmptyName,
    FingerprintMismatch,
    OrganisationExists,
    UnknownContact,
    normalise_fingerprint,
)
from secure_store.audit import AuditQuery
from secure_store.errors import PermissionDenied
from secure_store.identity_card import IdentityCard, PrivateIdentity
from secure_store.session import Session

Unlock = Callable[[str], Session]


def _card(name: str) -> IdentityCard:
    return PrivateIdentity.generate().make_card(name, "LECK", "Forensisch arts", "2026-03-01")


@pytest.fixture(scope="module")
def cards() -> list[IdentityCard]:
    return [_card("Dr. Anna Adema"), _card("Dr. Bart Bos"), _card("Dr. Cor Claes")]


def test_a_card_is_added_only_with_its_own_fingerprint(
    unlock: Unlock, cards: list[IdentityCard]
) -> None:
    session = unlock("vta")
    book = AddressBook(session)
    with pytest.raises(FingerprintMismatch):
        book.add(cards[0], confirmed_fingerprint=cards[1].fingerprint)
    assert book.contacts() == []
    assert list(session.audit_log.query(AuditQuery(action="contact.refused")))
    typed = cards[0].fingerprint.replace(" ", "")  # typed without spaces
    contact = book.add(cards[0], confirmed_fingerprint=typed)
    assert contact.key_id == cards[0].key_id and contact.confirmed_by == "vta"
    assert book.contact(cards[0].key_id) == contact
    assert book.contact(cards[1].key_id) is None


def test_adding_a_card_again_refreshes_it(unlock: Unlock, cards: list[IdentityCard]) -> None:
    book = AddressBook(unlock("vta"))
    book.add(cards[0], confirmed_fingerprint=cards[0].fingerprint)
    book.add(cards[0], confirmed_fingerprint=cards[0].fingerprint)
    assert [c.key_id for c in book.contacts()] == [cards[0].key_id]
    book.remove(cards[0].key_id)
    assert book.contacts() == []


def test_normalised_fingerprints_compare_digits_only() -> None:
    assert normalise_fingerprint("1234 5678-90") == "1234567890"


def test_organisations_expand_to_every_member_once(
    unlock: Unlock, cards: list[IdentityCard]
) -> None:
    book = AddressBook(unlock("arts"))
    for card in cards:
        book.add(card, confirmed_fingerprint=card.fingerprint)
    leck = book.create_organisation("  LECK teleconsult ")
    assert leck.name == "LECK teleconsult" and leck.member_ids == ()
    leck = book.set_members(leck.id, [cards[1].key_id, cards[0].key_id, cards[1].key_id])
    assert leck.member_ids == (cards[0].key_id, cards[1].key_id)  # sorted by name
    resolved = book.resolve([leck.id, cards[0].key_id, cards[2].key_id])
    assert [c.key_id for c in resolved] == [cards[0].key_id, cards[1].key_id, cards[2].key_id]
    assert [o.name for o in book.organisations()] == ["LECK teleconsult"]
    book.remove(cards[1].key_id)
    assert book.organisation(leck.id).member_ids == (cards[0].key_id,)
    book.remove_organisation(leck.id)
    assert book.organisations() == []


def test_organisation_names_are_required_and_unique(unlock: Unlock) -> None:
    book = AddressBook(unlock("arts"))
    with pytest.raises(EmptyName):
        book.create_organisation("  ")
    book.create_organisation("LECK")
    with pytest.raises(OrganisationExists):
        book.create_organisation("leck")


def test_unknown_targets_and_empty_organisations_cannot_be_addressed(
    unlock: Unlock, cards: list[IdentityCard]
) -> None:
    book = AddressBook(unlock("arts"))
    empty = book.create_organisation("Leeg")
    with pytest.raises(UnknownContact):
        book.resolve([empty.id])
    with pytest.raises(UnknownContact):
        book.resolve(["f" * 32])
    with pytest.raises(UnknownContact):
        book.set_members(empty.id, [cards[2].key_id])
    with pytest.raises(UnknownContact):
        book.set_members("0" * 32, [])


def test_the_address_book_is_closed_to_roles_without_second_opinions(unlock: Unlock) -> None:
    with pytest.raises(PermissionDenied):
        AddressBook(unlock("beheer")).contacts()
