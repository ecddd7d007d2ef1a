"""Render, sign, write, audit — and nothing half-done when any step fails."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from secure_store.atomic import StagedFile
from secure_store.cert_kind import CertificateKind
from secure_store.certificates import CertificateExpired, CertificateInfo, CertificateStore
from secure_store.clock import ManualClock
from secure_store.document import Document, Paragraph, Section
from secure_store.errors import Cancelled, PermissionDenied
from secure_store.export import ExportReceipt
from secure_store.manifest import EvidenceItem, EvidenceManifest
from secure_store.report_export import (
    ReportJob,
    export_report,
    preview,
    role_label,
    signer_info,
)
from secure_store.roles import Area, Role
from secure_store.session import Session
from secure_store.settings import ORGANISATION_ADDRESS, TIMESTAMP_URL
from secure_store.vault import Vault
from secure_store.verify_pdf import verify_pdf
from tests.conftest import PASSPHRASES
from tests.signing_support import local_tsa, make_pkcs12, pdfsig

Unlock = Callable[[str], Session]
HASH = "ab" * 32


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def _job(**changes: object) -> ReportJob:
    manifest = EvidenceManifest("REF-9", (EvidenceItem("F1", "foto", "", HASH, "", "", "arts"),))
    document = Document(
        "forensisch",
        "Rapport",
        "REF-9",
        (Section("Inhoud", (Paragraph("Tekst."),)),),
        manifest=manifest,
    )
    fields: dict[str, object] = {
        "document": document, "area": Area.FORENSIC, "record_type": "examination",
        "record_id": "ex-1", "reason": "Forensisch-medisch rapport", "subject": "s-1",
    }  # fmt: skip
    fields.update(changes)
    return ReportJob(**fields)  # type: ignore[arg-type]


def _last(session: Session, action: str) -> tuple[str, str]:
    row = session.conn.execute(
        "SELECT record_id, detail FROM audit WHERE action = ? ORDER BY seq DESC", (action,)
    ).fetchone()
    return (row[0], row[1]) if row else ("", "")


def test_a_report_is_signed_written_and_audited_with_its_hash(unlock: Unlock, out: Path) -> None:
    session = unlock("arts")
    certificate = CertificateStore(session).issue_self_signed()
    dest = out / "rapport.pdf"
    receipt = export_report(session, _job(), certificate.id, dest)
    data = dest.read_bytes()
    assert receipt.sha256 == hashlib.sha256(data).hexdigest() and receipt.size == len(data)
    record, detail = _last(session, "export.report.forensisch")
    assert record == "ex-1" and f"sha256={receipt.sha256}" in detail and "pades=B-B" in detail
    assert f"certificate={certificate.fingerprint}" in detail
    assert pdfsig(dest)[0]["Signature Validation"] == "Signature is Valid."
    result = verify_pdf(dest)
    assert result.ok and result.signatures[0].kind is CertificateKind.SELF_ISSUED
    assert result.manifest is not None and result.manifest.items[0].sha256 == HASH
    assert dest.stat().st_mode & 0o077 == 0  # readable by the owner only


def test_a_report_without_evidence_has_no_manifest(unlock: Unlock, out: Path) -> None:
    session = unlock("arts")
    certificate = CertificateStore(session).issue_self_signed()
    plain = Document("melding", "Melding", "REF-2", (Section("Inhoud", (Paragraph("Tekst."),)),))
    export_report(session, _job(document=plain), certificate.id, out / "m.pdf")
    result = verify_pdf(out / "m.pdf")
    assert result.ok and result.manifest is None


def test_b_t_when_a_timestamp_server_is_configured(unlock: Unlock, out: Path) -> None:
    with local_tsa() as tsa:
        unlock("beheer").settings.set(TIMESTAMP_URL, tsa.url)
        session = unlock("arts")
        certificate = CertificateStore(session).issue_self_signed()
        export_report(session, _job(), certificate.id, out / "r.pdf")
    assert "pades=B-T" in _last(session, "export.report.forensisch")[1]
    assert verify_pdf(out / "r.pdf").signatures[0].timestamp_ok is True


def test_the_preview_is_unsigned_and_names_the_chosen_signer(unlock: Unlock) -> None:
    unlock("beheer").settings.set(ORGANISATION_ADDRESS, "Straat 1")
    session = unlock("arts")
    certificate = CertificateStore(session).issue_self_signed()
    assert b"/Sig" not in preview(session, _job()).pdf
    assert preview(session, _job(), certificate.id).pages == 2


def test_a_colleagues_certificate_cannot_sign(unlock: Unlock, out: Path) -> None:
    certificate = CertificateStore(unlock("arts")).issue_self_signed()
    with pytest.raises(PermissionDenied):
        export_report(unlock("vta"), _job(), certificate.id, out / "r.pdf")
    assert not (out / "r.pdf").exists()


def test_an_export_from_a_foreign_area_is_refused(unlock: Unlock, out: Path) -> None:
    session = unlock("arts")
    certificate = CertificateStore(session).issue_self_signed()
    with pytest.raises(PermissionDenied):
        export_report(session, _job(area=Area.MELDING), certificate.id, out / "r.pdf")
    with pytest.raises(PermissionDenied):
        preview(unlock("opvang"), _job())


def test_an_expired_certificate_signs_nothing(vault_dir: Path, out: Path) -> None:
    clock = ManualClock(datetime.now(UTC))
    vault = Vault.open(vault_dir, clock=clock, sleep=lambda _: None)
    session = vault.unlock("arts", PASSPHRASES["arts"])
    certificate = CertificateStore(session).import_pkcs12(make_pkcs12("pw"), "pw")
    clock.set(datetime(2037, 1, 1, tzinfo=UTC))
    with pytest.raises(CertificateExpired):
        export_report(session, _job(), certificate.id, out / "r.pdf")
    assert not (out / "r.pdf").exists()


@pytest.mark.parametrize("at_call", [1, 2])
def test_cancel_leaves_no_file(unlock: Unlock, out: Path, at_call: int) -> None:
    session = unlock("arts")
    certificate = CertificateStore(session).issue_self_signed()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= at_call

    with pytest.raises(Cancelled):
        export_report(session, _job(), certificate.id, out / "r.pdf", cancelled=cancelled)
    assert list(out.iterdir()) == []
    assert _last(session, "export.report.forensisch") == ("", "")


def test_a_failing_step_alongside_rolls_the_export_back(unlock: Unlock, out: Path) -> None:
    session = unlock("arts")
    certificate = CertificateStore(session).issue_self_signed()
    seen: list[ExportReceipt] = []

    def seal(receipt: ExportReceipt) -> None:
        seen.append(receipt)
        session.log("examination.seal", "examination", "ex-1")
        raise RuntimeError("seal failed")

    with pytest.raises(RuntimeError):
        export_report(session, _job(alongside=seal), certificate.id, out / "r.pdf")
    assert seen and list(out.iterdir()) == []
    assert _last(session, "examination.seal") == ("", "") and _last(
        session, "export.report.forensisch"
    ) == ("", "")


def test_a_commit_that_fails_after_the_rename_takes_the_file_back(
    unlock: Unlock, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = unlock("arts")
    certificate = CertificateStore(session).issue_self_signed()
    publish = StagedFile.publish

    def publish_then_fail(self: StagedFile) -> None:
        publish(self)
        raise OSError("disk gone at commit")

    monkeypatch.setattr(StagedFile, "publish", publish_then_fail)
    with pytest.raises(OSError):
        export_report(session, _job(), certificate.id, out / "r.pdf")
    assert list(out.iterdir()) == []


def test_role_labels_and_certificate_descriptions() -> None:
    both = frozenset({Role.VERTROUWENSARTS, Role.FORENSISCH_ARTS})
    assert role_label(both, Area.FORENSIC) == "Forensisch arts"
    assert role_label(both, Area.MELDING) == "Vertrouwensarts"
    assert role_label(frozenset({Role.ADMIN}), Area.FORENSIC) == ""
    moment = datetime(2026, 1, 1, tzinfo=UTC)

    def info(kind: CertificateKind) -> CertificateInfo:
        return CertificateInfo(
            "i", "o", "Dr. A", "UZI CA", "1", "f", moment, moment + timedelta(1), kind
        )

    assert (
        signer_info(info(CertificateKind.QUALIFIED), False).certificate
        == "Gekwalificeerd certificaat van UZI CA"
    )
    assert (
        signer_info(info(CertificateKind.OTHER), True).certificate
        == "Certificaat van UZI CA; met tijdstempel"
    )
    assert signer_info(info(CertificateKind.SELF_ISSUED), False).self_issued
