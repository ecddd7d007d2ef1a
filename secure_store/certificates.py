"""Practitioner certificates in the vault: import a PKCS#12, or issue a self-signed one.

A certificate belongs to one user. Its private key is stored wrapped under a key derived from
the vault's master key and bound to the certificate's id and owner, so even someone who could
edit the database cannot hand a colleague's key to themselves. Only the owner gets a
:class:`SigningCredential` out again; anyone else is refused, and the refusal is logged.

A certificate the vault issues itself is valid cryptographically but says nothing an outsider
can check about who signed; every report it signs says so ("niet gekwalificeerd").
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from .cert_kind import (
    SELF_ISSUED_NOTICE,
    SELF_ISSUED_POLICY,
    CertificateKind,
    certificate_kind,
    common_name,
)
from .errors import PermissionDenied, VaultDamaged, VaultError
from .keys import UnwrapFailed, hkdf, unwrap, wrap
from .roles import Area
from .settings import ORGANISATION_NAME

if TYPE_CHECKING:
    from .session import Session

SigningKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
SELF_ISSUED_YEARS = 3


class NotPkcs12(VaultError):
    message_nl = (
        "Dit bestand is geen PKCS#12-certificaatbestand (.p12 of .pfx). Kies het bestand met uw "
        "certificaat en privésleutel, bijvoorbeeld het exportbestand van uw UZI-certificaat."
    )
    message_en = (
        "This file is not a PKCS#12 certificate file (.p12 or .pfx). Choose the file with your "
        "certificate and private key, for example the export of your UZI certificate."
    )


class WrongCertificatePassword(VaultError):
    message_nl = "Het wachtwoord van het certificaatbestand klopt niet. Probeer het opnieuw."
    message_en = "The password of the certificate file is not correct. Try again."


class NoPrivateKey(VaultError):
    message_nl = (
        "Dit certificaatbestand bevat geen (bijpassende) privésleutel, dus er kan niet mee "
        "worden ondertekend. Exporteer het certificaat opnieuw mét privésleutel."
    )
    message_en = (
        "This certificate file holds no (matching) private key, so it cannot sign. Export the "
        "certificate again including its private key."
    )


class CertificateExpired(VaultError):
    message_nl = (
        "Dit certificaat is verlopen of nog niet geldig. Vraag een nieuw certificaat aan of "
        "controleer de datum van deze computer."
    )
    message_en = (
        "This certificate has expired or is not valid yet. Request a new certificate or check "
        "this computer's date."
    )


class UnsupportedKey(VaultError):
    message_nl = "Dit certificaat gebruikt een sleuteltype waarmee niet kan worden ondertekend (alleen RSA of ECDSA)."
    message_en = "This certificate uses a key type that cannot sign here (only RSA or ECDSA)."


class CertificateNotFound(VaultError):
    message_nl = "Dit certificaat staat niet (meer) in de kluis."
    message_en = "This certificate is not (or no longer) in the vault."


class CertificateExists(VaultError):
    message_nl = "Dit certificaat staat al in de kluis."
    message_en = "This certificate is already in the vault."


@dataclass(frozen=True)
class CertificateInfo:
    """A certificate as listed to its owner (no key material)."""

    id: str
    owner: str
    subject: str
    issuer: str
    serial: str
    fingerprint: str  # SHA-256 of the DER certificate, hex
    not_before: datetime
    not_after: datetime
    kind: CertificateKind

    def valid_at(self, when: datetime) -> bool:
        return self.not_before <= when <= self.not_after

    @property
    def self_issued(self) -> bool:
        return self.kind is CertificateKind.SELF_ISSUED


@dataclass(frozen=True)
class SigningCredential:
    """What signing needs: the certificate, its chain and the private key (owner only)."""

    info: CertificateInfo
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    key: SigningKey


_COLUMNS = "id, owner, subject, issuer, serial, fingerprint, not_before, not_after, kind"


class CertificateStore:
    """The signing certificates of the vault, as seen by one session's user."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _require(self, action: str, record_id: str = "") -> None:
        self._session.require(
            Area.SIGNING, action=action, record_type="certificate", record_id=record_id
        )

    def own(self) -> list[CertificateInfo]:
        """The caller's certificates, newest validity first."""
        self._require("certificate.list")
        rows = self._session.conn.execute(
            f"SELECT {_COLUMNS} FROM signing_certificates WHERE owner = ? ORDER BY not_after DESC",
            (self._session.user,),
        )
        return [_info(r) for r in rows]

    def import_pkcs12(self, data: bytes, password: str) -> CertificateInfo:
        """Store the certificate and key of a PKCS#12 file as the caller's.

        Raises:
            NotPkcs12, WrongCertificatePassword, NoPrivateKey, UnsupportedKey,
            CertificateExpired, CertificateExists, PermissionDenied.
        """
        self._require("certificate.import")
        key, certificate, chain = load_pkcs12(data, password)
        now = self._session.clock.now()
        if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
            raise CertificateExpired(certificate.not_valid_after_utc.date().isoformat())
        return self._store(certificate, chain, key, "certificate.import")

    def issue_self_signed(self) -> CertificateInfo:
        """A new self-signed ECDSA P-256 certificate for the caller, valid three years.

        It names the user and the organisation, and carries the vault's policy OID so any
        verifier sees that it is self-issued and not qualified.
        """
        self._require("certificate.issue")
        session = self._session
        key = ec.generate_private_key(ec.SECP256R1())
        name = _name(session.identity.display_name, str(session.settings.get(ORGANISATION_NAME)))
        now = session.clock.now()
        policy = x509.PolicyInformation(
            x509.ObjectIdentifier(SELF_ISSUED_POLICY), [x509.UserNotice(None, SELF_ISSUED_NOTICE)]
        )
        certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=365 * SELF_ISSUED_YEARS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_signing_key_usage(), critical=True)
            .add_extension(x509.CertificatePolicies([policy]), critical=False)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
            .sign(key, hashes.SHA256())
        )
        return self._store(certificate, (), key, "certificate.issue")

    def credential(self, certificate_id: str) -> SigningCredential:
        """The certificate with its private key, for its owner only.

        Raises:
            CertificateNotFound; PermissionDenied (logged) when the caller is not the owner.
        """
        self._require("certificate.use", certificate_id)
        session = self._session
        row = session.conn.execute(
            f"SELECT {_COLUMNS}, certificate, chain, wrapped_key FROM signing_certificates WHERE id = ?",
            (certificate_id,),
        ).fetchone()
        if row is None:
            raise CertificateNotFound(certificate_id)
        info = _info(row)
        if info.owner != session.user:
            session.log(
                "access.refused", "certificate", certificate_id,
                detail=f"certificate.use (eigenaar {info.owner})",
            )  # fmt: skip
            raise PermissionDenied("certificate.use")
        try:
            der_key = unwrap(self._wrap_key(), row[11], _context(info.id, info.owner))
        except UnwrapFailed as exc:  # the row was edited outside the program
            raise VaultDamaged("signing key") from exc
        key = serialization.load_der_private_key(der_key, password=None)
        chain = tuple(x509.load_pem_x509_certificates(row[10])) if row[10] else ()
        return SigningCredential(info, x509.load_der_x509_certificate(row[9]), chain, key)  # type: ignore[arg-type]  # stored keys are RSA or EC only

    def remove(self, certificate_id: str) -> None:
        """Delete one of the caller's certificates and its key (logged)."""
        info = self.credential(certificate_id).info
        with self._session.transaction() as conn:
            conn.execute("DELETE FROM signing_certificates WHERE id = ?", (info.id,))
            self._session.log("certificate.remove", "certificate", info.id, detail=info.fingerprint)

    def _wrap_key(self) -> bytes:
        return hkdf(self._session.keys.master, b"veilig-dossier/v1/signing-key-wrap")

    def _store(
        self,
        certificate: x509.Certificate,
        chain: tuple[x509.Certificate, ...],
        key: SigningKey,
        action: str,
    ) -> CertificateInfo:
        session = self._session
        der = certificate.public_bytes(serialization.Encoding.DER)
        asn1 = asn1_x509.Certificate.load(der)
        info = CertificateInfo(
            secrets.token_hex(16), session.user, common_name(asn1.subject), common_name(asn1.issuer),
            format(certificate.serial_number, "x"), hashlib.sha256(der).hexdigest(),
            certificate.not_valid_before_utc, certificate.not_valid_after_utc, certificate_kind(asn1),
        )  # fmt: skip
        known = session.conn.execute(
            "SELECT 1 FROM signing_certificates WHERE owner = ? AND fingerprint = ?",
            (info.owner, info.fingerprint),
        ).fetchone()
        if known:
            raise CertificateExists(info.fingerprint)
        pkcs8 = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        wrapped = wrap(self._wrap_key(), pkcs8, _context(info.id, info.owner))
        chain_pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain)
        with session.transaction() as conn:
            conn.execute(
                f"INSERT INTO signing_certificates ({_COLUMNS}, certificate, chain, wrapped_key, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    info.id, info.owner, info.subject, info.issuer, info.serial, info.fingerprint,
                    info.not_before.isoformat(), info.not_after.isoformat(), info.kind.code, der,
                    chain_pem, wrapped, session.now_text(),
                ),
            )  # fmt: skip
            session.log(
                action, "certificate", info.id, detail=f"sha256={info.fingerprint} {info.kind.code}"
            )
        return info


def load_pkcs12(
    data: bytes, password: str
) -> tuple[SigningKey, x509.Certificate, tuple[x509.Certificate, ...]]:
    """Key, certificate and chain of a PKCS#12 file, each failure with its own error.

    Raises:
        NotPkcs12, WrongCertificatePassword, NoPrivateKey, UnsupportedKey.
    """
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        _ = pfx["auth_safe"]["content_type"].native  # parses the outer structure
    except (ValueError, TypeError, KeyError) as exc:
        raise NotPkcs12() from exc
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, password.encode() or None)
    except ValueError as exc:
        raise WrongCertificatePassword() from exc
    if certificate is None or key is None or key.public_key() != certificate.public_key():
        raise NoPrivateKey()
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise UnsupportedKey(type(key).__name__)
    return key, certificate, tuple(chain)


def _name(display_name: str, organisation: str) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, display_name)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    attributes.append(
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Veilig Dossier (zelf uitgegeven)")
    )
    return x509.Name(attributes)


def _signing_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip


def _context(certificate_id: str, owner: str) -> bytes:
    return f"veilig-dossier/v1/signing-key/{certificate_id}/{owner}".encode()


def _info(row: tuple[object, ...]) -> CertificateInfo:
    return CertificateInfo(
        str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]),
        datetime.fromisoformat(str(row[6])), datetime.fromisoformat(str(row[7])),
        next(k for k in CertificateKind if k.code == row[8]),
    )  # fmt: skip
