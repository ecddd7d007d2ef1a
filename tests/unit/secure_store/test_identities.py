"""Identity key pairs, self-signed cards with fingerprints, and owner-only private keys."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secure_store.audit import AuditQuery
from secure_store.errors import PermissionDenied
from secure_store.identities import Identities
from secure_store.identity_card import (
    IdentityCard,
    InvalidIdentityCard,
    PrivateIdentity,
    canonical_json,
)
from secure_store.session import Session

Unlock = Callable[[str], Session]


@pytest.fixture(scope="module")
def private() -> PrivateIdentity:
    return PrivateIdentity.generate()


@pytest.fixture(scope="module")
def card(private: PrivateIdentity) -> IdentityCard:
    return private.make_card("Dr. Fenna de Wit", "GGD Testregio", "Forensisch arts", "2026-03-01")


def test_card_round_trips_through_its_file_and_keeps_its_fingerprint(card: IdentityCard) -> None:
    again = IdentityCard.from_bytes(card.to_bytes())
    assert again == card
    assert again.label == "Dr. Fenna de Wit, GGD Testregio"
    assert len(card.key_id) == 32
    groups = card.fingerprint.split(" ")
    assert len(groups) == 6 and all(len(g) == 4 and g.isdigit() for g in groups)


def test_a_card_without_organisation_is_labelled_by_name(private: PrivateIdentity) -> None:
    assert private.make_card("Alleen Naam", "", "", "2026").label == "Alleen Naam"


def test_fingerprint_and_key_id_depend_on_the_keys_only(private: PrivateIdentity) -> None:
    one = private.make_card("A", "X", "", "2026")
    other = private.make_card("B", "Y", "", "2027")
    fresh = PrivateIdentity.generate().make_card("A", "X", "", "2026")
    assert (one.fingerprint, one.key_id) == (other.fingerprint, other.key_id)
    assert one.fingerprint != fresh.fingerprint and one.key_id != fresh.key_id


def test_private_identity_survives_its_byte_form(private: PrivateIdentity) -> None:
    assert PrivateIdentity.from_bytes(private.to_bytes()) == private
    with pytest.raises(ValueError, match="wrong length"):
        PrivateIdentity.from_bytes(b"short")


def test_both_signatures_must_verify(private: PrivateIdentity) -> None:
    keys = private.public_keys()
    ed, ml = private.sign(b"message")
    other_ed, other_ml = PrivateIdentity.generate().sign(b"message")
    assert keys.verify(b"message", ed, ml)
    assert not keys.verify(b"message", ed, other_ml)
    assert not keys.verify(b"message", other_ed, ml)
    assert not keys.verify(b"other", ed, ml)


def _edit(card: IdentityCard, change: Callable[[dict[str, Any]], None]) -> bytes:
    value = card.to_json()
    change(value)
    return json.dumps(value).encode()


def _set(path: tuple[str, ...], new: object) -> Callable[[dict[str, Any]], None]:
    def change(value: dict[str, Any]) -> None:
        for key in path[:-1]:
            value = value[key]
        value[path[-1]] = new

    return change


@pytest.mark.parametrize(
    "change",
    [
        _set(("format",), "other"),
        _set(("version",), 2),
        _set(("card",), []),
        _set(("signatures",), "x"),
        _set(("card", "name"), ""),
        _set(("card", "role"), 7),
        _set(("card", "organisation"), "x" * 201),
        _set(("card", "name"), "Iemand Anders"),
        _set(("card", "keys"), {"ed25519": "AAAA"}),
        _set(("card", "keys", "x25519"), "not base64!"),
        _set(("card", "keys", "x25519"), base64.b64encode(b"short").decode()),
        _set(("card", "keys", "x25519"), 5),
        _set(("signatures", "ed25519"), "AAAA"),
        _set(("signatures", "mldsa65"), None),
    ],
)
def test_a_changed_or_malformed_card_is_refused(
    card: IdentityCard, change: Callable[[dict[str, Any]], None]
) -> None:
    with pytest.raises(InvalidIdentityCard):
        IdentityCard.from_bytes(_edit(card, change))


@pytest.mark.parametrize("data", [b"\xff\xfe", b"not json", b"[1, 2]", b"x" * 70_000])
def test_a_file_that_is_no_card_is_refused(data: bytes) -> None:
    with pytest.raises(InvalidIdentityCard):
        IdentityCard.from_bytes(data)


def test_canonical_json_ignores_key_order_and_spacing() -> None:
    assert canonical_json({"b": 1, "a": "é"}) == canonical_json({"a": "é", "b": 1})
    assert canonical_json({"a": 1}) == b'{"a":1}'


def test_own_identity_is_made_once_with_name_organisation_and_role(unlock: Unlock) -> None:
    session = unlock("arts")
    first = Identities(session).own()
    assert Identities(session).own() == first
    assert (first.name, first.organisation, first.role) == (
        "Arts",
        "GGD Testregio",
        "Forensisch arts",
    )
    created = session.audit_log.query(AuditQuery(action="identity.create"))
    assert [e.record_id for e in created] == [first.key_id]


def test_private_keys_are_given_to_their_owner_only(unlock: Unlock) -> None:
    arts = unlock("arts")
    key_id = Identities(arts).own().key_id
    assert Identities(arts).private_keys(key_id).public_keys().key_id == key_id
    colleague = unlock("vta")
    with pytest.raises(PermissionDenied):
        Identities(colleague).private_keys(key_id)
    with pytest.raises(PermissionDenied):
        Identities(colleague).private_keys("0" * 32)
    refused = colleague.audit_log.query(AuditQuery(action="access.refused"))
    assert [e.record_id for e in refused][:2] == ["0" * 32, key_id]


def test_roles_without_second_opinions_get_no_identity(unlock: Unlock) -> None:
    session = unlock("opvang")
    with pytest.raises(PermissionDenied):
        Identities(session).own()
    assert Identities(session).card_of("opvang") is None


def test_own_card_leaves_through_the_export_door(unlock: Unlock, tmp_path: Path) -> None:
    session = unlock("vta")
    receipt = Identities(session).export_own_card(tmp_path / "kaart.vdid")
    card = IdentityCard.from_bytes((tmp_path / "kaart.vdid").read_bytes())
    assert card == Identities(session).own()
    exported = list(session.audit_log.query(AuditQuery(action="export.identity_card")))
    assert receipt.sha256 in exported[0].detail


def test_colleagues_in_the_vault_know_each_other_without_a_phone_call(unlock: Unlock) -> None:
    from secure_store.address_book import AddressBook

    arts = unlock("arts")
    card = Identities(arts).own()
    assert AddressBook(arts).contacts() == []  # one's own card is not listed
    colleague = unlock("vta")
    listed = AddressBook(colleague).contacts()
    assert [c.card for c in listed] == [card] and listed[0].colleague
