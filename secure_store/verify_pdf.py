"""Check a signed report without a vault: signature, integrity, certificate, timestamp, manifest.

Anyone who receives a report — a court, Veilig Thuis, the subject's lawyer — can run
``veilig-dossier verify``: it says who signed and when, whether the file is exactly what was
signed (the signature must cover the whole file, so nothing was appended afterwards), what kind
of certificate signed it, and, given the photo and DICOM files, which of them are the originals
the evidence manifest lists. Trust in the certificate's issuer is not judged here (that needs
the issuer's roots and the network); the kind of certificate is reported instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko_certvalidator import ValidationContext

from .cert_kind import CertificateKind, certificate_kind, common_name
from .errors import VaultError
from .manifest import FILE_NAME, EvidenceItem, EvidenceManifest, ManifestUnreadable


class NotAReadablePdf(VaultError):
    message_nl = (
        "Dit bestand is geen leesbaar PDF-bestand of het is zo beschadigd dat het niet kan "
        "worden gecontroleerd. Het is in elk geval niet meer zoals het werd ondertekend."
    )
    message_en = (
        "This file is not a readable PDF or is too damaged to check. In any case it is no "
        "longer as it was signed."
    )


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of the file, as found."""

    field: str
    signer: str
    signer_name: str  # the full distinguished name
    issuer: str
    kind: CertificateKind
    signed_at: datetime | None  # as the signer's computer said
    intact: bool  # the signed bytes hash to the signed digest
    valid: bool  # the signature over that digest is mathematically valid
    whole_file: bool  # nothing was added after signing
    certificate_valid_then: bool  # the certificate was within its validity when signed
    timestamp: datetime | None
    timestamp_ok: bool | None  # None: no timestamp (PAdES B-B)
    timestamp_authority: str = ""

    @property
    def ok(self) -> bool:
        return (
            self.intact and self.valid and self.whole_file and self.certificate_valid_then
            and self.timestamp_ok is not False
        )  # fmt: skip


@dataclass(frozen=True)
class EvidenceCheck:
    """A file given to check, and the manifest item with its hash (None: not an original)."""

    path: Path
    sha256: str
    item: EvidenceItem | None


@dataclass(frozen=True)
class PdfVerification:
    """Everything ``verify`` found; :attr:`ok` only when every part holds."""

    path: Path
    signatures: tuple[SignatureCheck, ...]
    manifest: EvidenceManifest | None
    manifest_problem: str
    evidence: tuple[EvidenceCheck, ...]

    @property
    def ok(self) -> bool:
        if not self.signatures or not all(s.ok for s in self.signatures) or self.manifest_problem:
            return False
        return all(check.item is not None for check in self.evidence)


def verify_pdf(path: Path, evidence: Sequence[Path] = ()) -> PdfVerification:
    """Check ``path`` and, against its manifest, the files in ``evidence``.

    Raises:
        NotAReadablePdf: the file cannot be parsed as a PDF.
        OSError: a file cannot be read.
    """
    data = Path(path).read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = reader.embedded_regular_signatures
        checks = tuple(_check(signature) for signature in embedded)
        manifest_bytes = _attachment(reader, FILE_NAME)
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise NotAReadablePdf(str(exc)) from exc
    manifest, problem = None, ""
    if manifest_bytes is None:
        problem = "Dit rapport bevat geen bewijsmanifest." if evidence else ""
    else:
        try:
            manifest = EvidenceManifest.from_json(manifest_bytes)
        except ManifestUnreadable as exc:
            problem = exc.message
    known = manifest.by_hash() if manifest is not None else {}
    files = tuple(EvidenceCheck(p, digest := _sha256(p), known.get(digest)) for p in evidence)
    return PdfVerification(Path(path), checks, manifest, problem, files)


def _check(signature: EmbeddedPdfSignature) -> SignatureCheck:
    # No trust roots and no fetching: this checks integrity and the certificate's own content,
    # offline; whose roots to trust is the reader's decision, not this program's.
    context = ValidationContext(trust_roots=[], allow_fetching=False)
    with _quiet("pyhanko", "pyhanko_certvalidator"):  # they log the expected "no trust path"
        status = validate_pdf_signature(
            signature, signer_validation_context=context, skip_diff=True
        )
    cert: asn1_x509.Certificate = status.signing_cert
    validity = cert["tbs_certificate"]["validity"]
    stamp = status.timestamp_validity
    when = stamp.timestamp if stamp is not None else status.signer_reported_dt
    valid_then = (
        when is not None and validity["not_before"].native <= when <= validity["not_after"].native
    )
    return SignatureCheck(
        field=signature.field_name,
        signer=common_name(cert.subject),
        signer_name=cert.subject.human_friendly,
        issuer=common_name(cert.issuer),
        kind=certificate_kind(cert),
        signed_at=status.signer_reported_dt,
        intact=status.intact,
        valid=status.valid,
        whole_file=status.coverage is SignatureCoverageLevel.ENTIRE_FILE,
        certificate_valid_then=valid_then,
        timestamp=None if stamp is None else stamp.timestamp,
        timestamp_ok=None if stamp is None else stamp.intact and stamp.valid,
        timestamp_authority="" if stamp is None else common_name(stamp.signing_cert.subject),
    )


def _attachment(reader: PdfFileReader, name: str) -> bytes | None:
    """The bytes of the embedded file called ``name``, if the PDF has one."""
    try:
        pairs = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except KeyError:
        return None
    for index in range(0, len(pairs) - 1, 2):
        if str(pairs[index]) == name:
            return bytes(pairs[index + 1]["/EF"]["/F"].data)
    return None


@contextlib.contextmanager
def _quiet(*names: str) -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as source:
        while block := source.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()
