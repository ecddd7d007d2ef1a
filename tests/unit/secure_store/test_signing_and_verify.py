"""PAdES signing (B-B and B-T) and ``verify`` without a vault, checked against pdfsig too."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from secure_store.cert_kind import CertificateKind, certificate_kind, common_name
from secure_store.certificates import CertificateInfo, SigningCredential
from secure_store.document import Attachment, Document, Paragraph, Section
from secure_store.manifest import FILE_NAME, EvidenceItem, EvidenceManifest
from secure_store.report_pdf import ReportFrame, SignerInfo, render_pdf
from secure_store.signing import SignatureRequest, TimestampFailed, sign_pdf, timestamper_for
from secure_store.verify_pdf import NotAReadablePdf, verify_pdf
from tests.signing_support import Issued, closed_port_url, issue, local_tsa, pdfsig

WHEN = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def _credential(issued: Issued) -> SigningCredential:
    der = issued.certificate.public_bytes(serialization.Encoding.DER)
    asn1 = asn1_x509.Certificate.load(der)
    info = CertificateInfo(
        "id", "arts", common_name(asn1.subject), common_name(asn1.issuer), "1",
        hashlib.sha256(der).hexdigest(), issued.certificate.not_valid_before_utc,
        issued.certificate.not_valid_after_utc, certificate_kind(asn1),
    )  # fmt: skip
    chain = (issued.ca,) if issued.ca is not None else ()
    return SigningCredential(info, issued.certificate, chain, issued.key)  # type: ignore[arg-type]


def _originals(folder: Path) -> list[Path]:
    paths = []
    for i in range(3):
        path = folder / f"IMG_{i}.JPG"
        path.write_bytes(f"original photo {i}".encode() * 100)
        paths.append(path)
    return paths


def _signed(
    folder: Path,
    *,
    when: datetime = WHEN,
    issued: Issued | None = None,
    url: str = "",
    attach: bool = True,
) -> Path:
    originals = _originals(folder)
    manifest = EvidenceManifest("REF-1", tuple(
        EvidenceItem(f"F{i + 1}", "foto", p.name, hashlib.sha256(p.read_bytes()).hexdigest(), "", when.isoformat(), "arts")
        for i, p in enumerate(originals)
    ))  # fmt: skip
    document = Document(
        "test",
        "Testrapport",
        "REF-1",
        (Section("Inhoud", (Paragraph("Tekst."),)),),
        manifest=manifest,
    )
    frame = ReportFrame(
        "Org",
        "Adres",
        "Dr. Test Arts",
        "Forensisch arts",
        when,
        SignerInfo("Dr. Test Arts", "Certificaat", False),
    )
    rendered = render_pdf(document, frame)
    attachments = (
        [Attachment(FILE_NAME, manifest.to_json(), "application/json", "manifest")]
        if attach
        else []
    )
    request = SignatureRequest(
        rendered.signature_page, rendered.signature_box, when, "Testrapport", attachments
    )
    signed = sign_pdf(rendered.pdf, _credential(issued or issue()), request, timestamper_for(url))
    path = folder / "rapport.pdf"
    path.write_bytes(signed)
    return path


def test_a_signed_report_passes_pdfsig_and_verify(tmp_path: Path) -> None:
    path = _signed(tmp_path)
    [signature] = pdfsig(path)
    assert signature["Signature Validation"] == "Signature is Valid."
    assert (
        "Total document signed" in signature
        and signature["Signature Type"] == "ETSI.CAdES.detached"
    )
    assert signature["Signer Certificate Common Name"] == "Dr. Test Arts"
    result = verify_pdf(path, sorted(tmp_path.glob("IMG_*")))
    assert result.ok
    [check] = result.signatures
    assert check.signer == "Dr. Test Arts" and check.issuer == "Test Zorgverlener CA"
    assert check.kind is CertificateKind.OTHER and check.signed_at == WHEN
    assert check.intact and check.valid and check.whole_file and check.certificate_valid_then
    assert check.timestamp is None and check.timestamp_ok is None  # PAdES B-B
    assert result.manifest is not None and [i.number for i in result.manifest.items] == [
        "F1",
        "F2",
        "F3",
    ]
    assert [e.item.number for e in result.evidence if e.item] == ["F1", "F2", "F3"]


def test_b_t_carries_a_timestamp_from_the_local_authority(tmp_path: Path) -> None:
    with local_tsa() as tsa:
        path = _signed(tmp_path, url=tsa.url)
    assert len(tsa.requests) >= 1
    [signature] = pdfsig(path)
    assert signature["Signature Validation"] == "Signature is Valid."
    [check] = verify_pdf(path).signatures
    assert check.timestamp is not None and check.timestamp_ok is True
    assert check.timestamp_authority == "Test Tijdstempeldienst" and check.ok


def test_an_unreachable_timestamp_server_signs_nothing(tmp_path: Path) -> None:
    with pytest.raises(TimestampFailed) as caught:
        _signed(tmp_path, url=closed_port_url())
    assert "Tijdstempeldienst" in caught.value.message
    assert not (tmp_path / "rapport.pdf").exists()


def test_no_timestamp_server_means_b_b() -> None:
    assert timestamper_for("  ") is None and timestamper_for("http://127.0.0.1:9/x") is not None


@pytest.mark.parametrize("where", [0.25, 0.5, 0.75])
def test_one_changed_byte_fails_pdfsig_and_verify(tmp_path: Path, where: float) -> None:
    path = _signed(tmp_path)
    data = bytearray(path.read_bytes())
    # A byte inside the signed content, away from the signature value (between the ranges).
    contents = data.index(b"/Contents <")
    index = int(contents * where)
    data[index] = data[index] ^ 0x20 if data[index] not in b"\r\n" else data[index]
    changed = tmp_path / "gewijzigd.pdf"
    changed.write_bytes(bytes(data))
    signatures = pdfsig(changed)
    assert all(s.get("Signature Validation") != "Signature is Valid." for s in signatures)
    try:
        result = verify_pdf(changed)
    except NotAReadablePdf:
        return  # the change broke the file's structure: also "not as signed"
    assert not result.ok and not all(s.intact for s in result.signatures)


def test_a_changed_signature_value_fails_verify(tmp_path: Path) -> None:
    path = _signed(tmp_path)
    data = bytearray(path.read_bytes())
    start = data.index(b"/Contents <") + len(b"/Contents <")
    end = data.index(b">", start)
    # The signature value is the last thing in the CMS, before the zero padding.
    index = len(data[start:end].rstrip(b"0")) + start - 10
    data[index] = ord("0") if data[index] != ord("0") else ord("1")
    changed = tmp_path / "handtekening.pdf"
    changed.write_bytes(bytes(data))
    assert all(s.get("Signature Validation") != "Signature is Valid." for s in pdfsig(changed))
    assert not verify_pdf(changed).ok


def test_anything_added_after_signing_is_reported(tmp_path: Path) -> None:
    path = _signed(tmp_path)
    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    writer.root["/Lang"] = generic.pdf_string("nl")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    appended = tmp_path / "aangevuld.pdf"
    appended.write_bytes(out.getvalue())
    result = verify_pdf(appended)
    assert not result.ok and not result.signatures[0].whole_file and result.signatures[0].intact


def test_a_re_saved_photo_is_named_as_not_original(tmp_path: Path) -> None:
    path = _signed(tmp_path)
    resaved = tmp_path / "IMG_1.JPG"
    resaved.write_bytes(resaved.read_bytes() + b"\x00")
    result = verify_pdf(path, sorted(tmp_path.glob("IMG_*")))
    assert not result.ok
    assert [(e.path.name, e.item is not None) for e in result.evidence] == [
        ("IMG_0.JPG", True), ("IMG_1.JPG", False), ("IMG_2.JPG", True),
    ]  # fmt: skip


def test_a_certificate_outside_its_validity_at_signing_fails(tmp_path: Path) -> None:
    issued = issue(valid_until=datetime(2025, 1, 1, tzinfo=UTC))
    result = verify_pdf(_signed(tmp_path, issued=issued))
    assert not result.ok and not result.signatures[0].certificate_valid_then


def test_an_unsigned_pdf_and_a_non_pdf(tmp_path: Path) -> None:
    unsigned = tmp_path / "los.pdf"
    frame = ReportFrame("Org", "", "A", "B", WHEN, preview=True)
    unsigned.write_bytes(render_pdf(Document("t", "T", "R", ()), frame).pdf)
    result = verify_pdf(unsigned)
    assert not result.ok and result.signatures == () and result.manifest is None
    assert (
        verify_pdf(unsigned, [unsigned]).manifest_problem
        == "Dit rapport bevat geen bewijsmanifest."
    )
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"dit is geen pdf")
    with pytest.raises(NotAReadablePdf):
        verify_pdf(junk)


def test_a_signed_report_without_manifest_verifies_and_a_junk_manifest_does_not(
    tmp_path: Path,
) -> None:
    assert verify_pdf(_signed(tmp_path, attach=False)).ok
    folder = tmp_path / "junk"
    folder.mkdir()
    document = Document("t", "T", "R", ())
    frame = ReportFrame("Org", "", "A", "B", WHEN, SignerInfo("A", "c", False))
    rendered = render_pdf(document, frame)
    attachments = [
        Attachment("toelichting.txt", b"x", "text/plain"),
        Attachment(FILE_NAME, b"{}", "application/json"),
    ]
    request = SignatureRequest(
        rendered.signature_page, rendered.signature_box, WHEN, "r", attachments
    )
    path = folder / "r.pdf"
    path.write_bytes(sign_pdf(rendered.pdf, _credential(issue()), request))
    result = verify_pdf(path)
    assert not result.ok and "bewijsmanifest" in result.manifest_problem


def test_other_attachments_are_no_manifest(tmp_path: Path) -> None:
    document = Document("t", "T", "R", ())
    frame = ReportFrame("Org", "", "A", "B", WHEN, SignerInfo("A", "c", False))
    rendered = render_pdf(document, frame)
    request = SignatureRequest(
        rendered.signature_page,
        rendered.signature_box,
        WHEN,
        "r",
        [Attachment("x.txt", b"x", "text/plain")],
    )
    path = tmp_path / "r.pdf"
    path.write_bytes(sign_pdf(rendered.pdf, _credential(issue()), request))
    result = verify_pdf(path)
    assert result.ok and result.manifest is None


def test_a_self_signed_and_a_qualified_signer_are_told_apart(tmp_path: Path) -> None:
    qualified = verify_pdf(_signed(tmp_path, issued=issue(qualified=True)))
    assert qualified.signatures[0].kind is CertificateKind.QUALIFIED and qualified.ok
    assert WHEN - timedelta(seconds=1) < qualified.signatures[0].signed_at  # type: ignore[operator]
