"""Test PKI: PKCS#12 files of every kind a user might bring, and a local RFC 3161 server.

The timestamp server is real HTTP on 127.0.0.1 (a random free port), so B-T signing goes
through the same client and setting as in production; the answers come from pyHanko's
``DummyTimeStamper`` with a TSA certificate made here.
"""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.ades.qualified_asn1 import QcStatement, QcStatements
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

QC_STATEMENTS_OID = x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3")


@dataclass(frozen=True)
class Issued:
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | dsa.DSAPrivateKey
    certificate: x509.Certificate
    ca: x509.Certificate | None = None


def _name(cn: str, org: str = "Testziekenhuis") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        ]
    )


_CA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
_CA = (
    x509.CertificateBuilder()
    .subject_name(_name("Test Zorgverlener CA"))
    .issuer_name(_name("Test Zorgverlener CA"))
    .public_key(_CA_KEY.public_key())
    .serial_number(1)
    .not_valid_before(datetime(2020, 1, 1, tzinfo=UTC))
    .not_valid_after(datetime(2040, 1, 1, tzinfo=UTC))
    .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
    .sign(_CA_KEY, hashes.SHA256())
)
_USER_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def issue(
    cn: str = "Dr. Test Arts",
    *,
    key_type: str = "rsa",
    valid_from: datetime | None = None,
    valid_until: datetime | None = None,
    qualified: bool = False,
    eku: x509.ObjectIdentifier | None = None,
) -> Issued:
    """A certificate issued by the test CA (like an UZI certificate under its CA)."""
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | dsa.DSAPrivateKey
    if key_type == "rsa":
        key = _USER_KEY
    elif key_type == "ec":
        key = ec.generate_private_key(ec.SECP256R1())
    else:
        key = dsa.generate_private_key(2048)
    start = valid_from or datetime(2024, 1, 1, tzinfo=UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_CA.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(valid_until or datetime(2036, 1, 1, tzinfo=UTC))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
    )
    if qualified:
        statements = QcStatements([QcStatement({"statement_id": "qc_compliance"})])
        builder = builder.add_extension(
            x509.UnrecognizedExtension(QC_STATEMENTS_OID, statements.dump()), critical=False
        )
    if eku is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage([eku]), critical=True)
    return Issued(key, builder.sign(_CA_KEY, hashes.SHA256()), _CA)


def make_pkcs12(
    password: str = "geheim wachtwoord", *, with_key: bool = True, **kwargs: object
) -> bytes:
    """A PKCS#12 file with certificate, key and CA chain (``issue`` options pass through)."""
    issued = issue(**kwargs)  # type: ignore[arg-type]
    encryption = (
        serialization.BestAvailableEncryption(password.encode())
        if password
        else serialization.NoEncryption()
    )
    return pkcs12.serialize_key_and_certificates(
        b"test",
        issued.key if with_key else None,
        issued.certificate,
        [_CA],
        encryption,  # type: ignore[arg-type]
    )


# -- a local timestamp authority ----------------------------------------------------------
_TSA = issue("Test Tijdstempeldienst", eku=ExtendedKeyUsageOID.TIME_STAMPING)


def _stamper() -> DummyTimeStamper:
    der = serialization.Encoding.DER
    key = _TSA.key.private_bytes(
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(_TSA.certificate.public_bytes(der)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(key),
    )


class _Handler(http.server.BaseHTTPRequestHandler):
    stamper: DummyTimeStamper
    requests: list[bytes]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.requests.append(body)
        response = self.stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(response)))
        self.end_headers()
        self.wfile.write(response)

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class LocalTsa:
    url: str
    requests: list[bytes]


@contextlib.contextmanager
def local_tsa() -> Iterator[LocalTsa]:
    """An RFC 3161 server on 127.0.0.1 for the duration of the block."""
    requests: list[bytes] = []
    handler = type("Handler", (_Handler,), {"stamper": _stamper(), "requests": requests})
    server = http.server.HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="test-tsa", daemon=True)
    thread.start()
    try:
        yield LocalTsa(f"http://127.0.0.1:{server.server_address[1]}/tsa", requests)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def closed_port_url() -> str:
    """A loopback URL where nothing listens (a bound, never-listening socket)."""
    import socket

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}/tsa"


def pdfsig(path: object) -> list[dict[str, str]]:
    """Each signature ``pdfsig`` reports, as its ``- Key: value`` lines (plus flags as keys).

    pdfsig exits 0 even for a broken signature, so callers must read these lines.
    """
    import subprocess

    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    signatures: list[dict[str, str]] = []
    for line in out.stdout.splitlines():
        if line.startswith("Signature #"):
            signatures.append({})
        elif line.strip().startswith("- ") and signatures:
            key, _, value = line.strip()[2:].partition(": ")
            signatures[-1][key] = value
    return signatures


def now() -> datetime:
    return datetime.now(UTC)


__all__ = [
    "Issued",
    "LocalTsa",
    "closed_port_url",
    "issue",
    "local_tsa",
    "make_pkcs12",
    "now",
    "pdfsig",
    "timedelta",
]
