"""Practitioner certificates: import a PKCS#12, issue a self-signed one, only the owner signs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization

from secure_store.cert_kind import CertificateKind, certificate_kind, common_name
from secure_store.certificates import (
    CertificateExists,
    CertificateExpired,
    CertificateNotFound,
    CertificateStore,
    NoPrivateKey,
    NotPkcs12,
    UnsupportedKey,
    WrongCertificatePassword,
)
from secure_store.errors import PermissionDenied, VaultDamaged
from secure_store.session import Session
from secure_store.settings import ORGANISATION_NAME
from tests.signing_support import issue, make_pkcs12

Unlock = Callable[[str], Session]


def _asn1(certificate: object) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))  # type: ignore[attr-defined]


def test_an_imported_pkcs12_belongs_to_its_importer_with_its_chain(unlock: Unlock) -> None:
    session = unlock("arts")
    info = CertificateStore(session).import_pkcs12(
        make_pkcs12("geheim wachtwoord"), "geheim wachtwoord"
    )
    assert info.owner == "arts" and info.subject == "Dr. Test Arts"
    assert info.issuer == "Test Zorgverlener CA" and info.kind is CertificateKind.OTHER
    assert len(info.fingerprint) == 64 and not info.self_issued
    credential = CertificateStore(session).credential(info.id)
    assert credential.info == info and [c.subject.rfc4514_string() for c in credential.chain] == [
        "O=Testziekenhuis,CN=Test Zorgverlener CA"
    ]
    assert CertificateStore(session).own() == [info]
    last = session.conn.execute("SELECT action, detail FROM audit ORDER BY seq DESC").fetchone()
    assert last[0] == "certificate.import" and info.fingerprint in last[1]


def test_the_private_key_is_stored_wrapped_not_in_the_clear(unlock: Unlock) -> None:
    session = unlock("arts")
    info = CertificateStore(session).import_pkcs12(make_pkcs12(), "geheim wachtwoord")
    key = CertificateStore(session).credential(info.id).key
    pkcs8 = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    wrapped = session.conn.execute("SELECT wrapped_key FROM signing_certificates").fetchone()[0]
    assert pkcs8 not in wrapped and pkcs8[40:80] not in wrapped


def test_a_qualified_and_an_ecdsa_certificate_import(unlock: Unlock) -> None:
    store = CertificateStore(unlock("arts"))
    qualified = store.import_pkcs12(make_pkcs12("pw", qualified=True, cn="Dr. Q"), "pw")
    assert qualified.kind is CertificateKind.QUALIFIED
    assert (
        store.import_pkcs12(make_pkcs12("pw", key_type="ec", cn="Dr. E"), "pw").subject == "Dr. E"
    )


def test_a_pkcs12_without_password_imports_with_an_empty_one(unlock: Unlock) -> None:
    assert CertificateStore(unlock("arts")).import_pkcs12(make_pkcs12(""), "").subject


@pytest.mark.parametrize(
    ("data", "password", "error"),
    [
        (lambda: make_pkcs12("goed"), "fout", WrongCertificatePassword),
        (lambda: b"%PDF-1.7 this is a report", "x", NotPkcs12),
        (lambda: b"", "x", NotPkcs12),
        (lambda: make_pkcs12("goed")[:-40], "goed", NotPkcs12),
        (lambda: make_pkcs12("goed", with_key=False), "goed", NoPrivateKey),
        (lambda: make_pkcs12("goed", key_type="dsa"), "goed", UnsupportedKey),
        (lambda: make_pkcs12("goed", valid_until=datetime(2025, 1, 1, tzinfo=UTC)), "goed", CertificateExpired),
        (lambda: make_pkcs12("goed", valid_from=datetime(2099, 1, 1, tzinfo=UTC), valid_until=datetime(2100, 1, 1, tzinfo=UTC)), "goed", CertificateExpired),
    ],
)  # fmt: skip
def test_a_bad_certificate_file_is_refused_with_its_own_dutch_error(
    unlock: Unlock, data: Callable[[], bytes], password: str, error: type[Exception]
) -> None:
    session = unlock("arts")
    with pytest.raises(error) as caught:
        CertificateStore(session).import_pkcs12(data(), password)
    assert caught.value.message_nl and caught.value.message_en  # type: ignore[attr-defined]
    assert CertificateStore(session).own() == []


def test_the_same_certificate_twice_is_refused(unlock: Unlock) -> None:
    store = CertificateStore(unlock("arts"))
    data = make_pkcs12("pw")
    store.import_pkcs12(data, "pw")
    with pytest.raises(CertificateExists):
        store.import_pkcs12(data, "pw")


def test_a_self_signed_certificate_names_the_user_and_says_it_is_self_issued(
    unlock: Unlock,
) -> None:
    admin = unlock("beheer")
    admin.settings.set(ORGANISATION_NAME, "GGD Testregio")
    session = unlock("arts")
    info = CertificateStore(session).issue_self_signed()
    assert info.kind is CertificateKind.SELF_ISSUED and info.self_issued and info.subject == "Arts"
    certificate = CertificateStore(session).credential(info.id).certificate
    assert "O=GGD Testregio" in certificate.subject.rfc4514_string()
    assert (info.not_after - info.not_before).days >= 3 * 365
    assert info.valid_at(session.clock.now())
    assert certificate_kind(_asn1(certificate)) is CertificateKind.SELF_ISSUED


def test_a_self_signed_certificate_without_organisation(unlock: Unlock) -> None:
    unlock("beheer").settings.set(ORGANISATION_NAME, "")
    session = unlock("vta")
    certificate = (
        CertificateStore(session)
        .credential(CertificateStore(session).issue_self_signed().id)
        .certificate
    )
    assert "O=" not in certificate.subject.rfc4514_string().replace("OU=", "")


def test_only_the_owner_may_sign_and_a_refusal_is_logged(unlock: Unlock) -> None:
    info = CertificateStore(unlock("arts")).issue_self_signed()
    other = unlock("vta")
    with pytest.raises(PermissionDenied):
        CertificateStore(other).credential(info.id)
    row = other.conn.execute(
        "SELECT action, record_id, detail FROM audit ORDER BY seq DESC"
    ).fetchone()
    assert row[0] == "access.refused" and row[1] == info.id and "eigenaar arts" in row[2]
    assert CertificateStore(other).own() == []


def test_roles_without_reports_hold_no_certificates(unlock: Unlock) -> None:
    for name in ("beheer", "privacy"):
        with pytest.raises(PermissionDenied):
            CertificateStore(unlock(name)).issue_self_signed()
    assert CertificateStore(unlock("opvang")).issue_self_signed().owner == "opvang"


def test_an_unknown_certificate_and_removal(unlock: Unlock) -> None:
    session = unlock("arts")
    store = CertificateStore(session)
    with pytest.raises(CertificateNotFound):
        store.credential("nope")
    info = store.issue_self_signed()
    store.remove(info.id)
    assert store.own() == []
    assert (
        session.conn.execute("SELECT action FROM audit ORDER BY seq DESC").fetchone()[0]
        == "certificate.remove"
    )


def test_a_key_handed_to_another_user_in_the_database_does_not_open(unlock: Unlock) -> None:
    info = CertificateStore(unlock("arts")).issue_self_signed()
    thief = unlock("vta")
    thief.conn.execute("UPDATE signing_certificates SET owner = 'vta' WHERE id = ?", (info.id,))
    with pytest.raises(VaultDamaged):
        CertificateStore(thief).credential(info.id)


def test_certificate_kind_and_common_name_from_the_certificate_alone() -> None:
    assert certificate_kind(_asn1(issue().certificate)) is CertificateKind.OTHER
    assert certificate_kind(_asn1(issue(qualified=True).certificate)) is CertificateKind.QUALIFIED
    assert common_name(_asn1(issue().certificate).subject) == "Dr. Test Arts"
    nameless = asn1_x509.Name.build({"organization_name": "Alleen organisatie"})
    assert common_name(nameless) == "Organization: Alleen organisatie"
