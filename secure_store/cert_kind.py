"""What kind of certificate signed a report: qualified, issued by the vault itself, or other.

Read from the certificate alone, so ``veilig-dossier verify`` can say it without a vault. The
vault marks the certificates it issues with a policy OID of its own (under ``2.25``, the arc
for identifiers made from a UUID, ITU-T X.667); a qualified certificate carries the ETSI
QCStatement *qcCompliance* (EN 319 412-5). Whether the issuer of a qualified certificate is
really on the EU trusted list needs the network and is not claimed here.
"""

from __future__ import annotations

from enum import Enum

from asn1crypto import x509 as asn1_x509
from pyhanko.sign.ades.qualified_asn1 import get_qc_statements

#: Policy OID in every certificate the vault issues itself (2.25 + a fixed random UUID).
SELF_ISSUED_POLICY = "2.25.211893402539063180446384017262718604113"
SELF_ISSUED_NOTICE = "Zelf uitgegeven door Veilig Dossier; niet gekwalificeerd"


class CertificateKind(Enum):
    """How much a signature's certificate says about its signer (code, Dutch description)."""

    QUALIFIED = ("qualified", "gekwalificeerd certificaat (QCStatement)")
    SELF_ISSUED = ("self_issued", "zelf uitgegeven door Veilig Dossier — niet gekwalificeerd")
    OTHER = ("other", "uitgegeven door een andere partij — niet als gekwalificeerd gemarkeerd")

    def __init__(self, code: str, label_nl: str) -> None:
        self.code = code
        self.label_nl = label_nl


def certificate_kind(certificate: asn1_x509.Certificate) -> CertificateKind:
    """Classify ``certificate`` (see the module notes)."""
    if any(s["statement_id"].native == "qc_compliance" for s in get_qc_statements(certificate)):
        return CertificateKind.QUALIFIED
    policies = certificate.certificate_policies_value
    oids = {p["policy_identifier"].dotted for p in policies} if policies is not None else set()
    if SELF_ISSUED_POLICY in oids or certificate.self_issued:
        return CertificateKind.SELF_ISSUED
    return CertificateKind.OTHER


def common_name(name: asn1_x509.Name) -> str:
    """The common name of an X.509 name, or its whole text when it has none."""
    value = name.native.get("common_name")
    return str(value) if value else name.human_friendly
