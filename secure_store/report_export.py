"""Render, sign, write, audit: a domain's report on its way out of the vault.

A domain builds a :class:`ReportJob` (the document plus which record it is about and in which
area); this module adds the frame from the vault's settings and the user's identity, signs with
the user's own certificate, and writes through :func:`secure_store.export.export_file`, so the
audit log holds the SHA-256 of the exact file that left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .cert_kind import CertificateKind
from .certificates import CertificateExpired, CertificateInfo, CertificateStore
from .document import Attachment, Document
from .errors import Cancelled
from .export import ExportReceipt, export_file
from .manifest import FILE_NAME
from .report_pdf import RenderedReport, ReportFrame, SignerInfo, render_pdf
from .roles import PERMISSIONS, Area, Role
from .settings import ORGANISATION_ADDRESS, ORGANISATION_NAME, TIMESTAMP_URL
from .signing import SignatureRequest, sign_pdf, timestamper_for

if TYPE_CHECKING:
    from .session import Session

CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class ReportJob:
    """A document ready to leave, and what it is about.

    Args:
        document: the content, from the domain.
        area: the area the export is allowed from (checked and logged).
        record_type, record_id, subject: the record the audit entry names.
        reason: the signature's reason, e.g. "Forensisch-medisch rapport".
        alongside: runs in the export's transaction (a forensic report seals its examination).
    """

    document: Document
    area: Area
    record_type: str
    record_id: str
    reason: str
    subject: str = ""
    alongside: Callable[[ExportReceipt], None] | None = None


def report_frame(
    session: Session, area: Area, signer: CertificateInfo | None, *, preview: bool = False
) -> ReportFrame:
    """The frame for the session's user now: letterhead, author, role, date, signer."""
    settings = session.settings
    timestamped = bool(str(settings.get(TIMESTAMP_URL)).strip())
    return ReportFrame(
        organisation=str(settings.get(ORGANISATION_NAME)),
        address=str(settings.get(ORGANISATION_ADDRESS)),
        author=session.identity.display_name,
        role=role_label(session.roles, area),
        date=session.clock.now(),
        signer=None if signer is None else signer_info(signer, timestamped),
        preview=preview,
    )


def role_label(roles: frozenset[Role], area: Area) -> str:
    """The Dutch name of the user's role that gives access to ``area``."""
    return next((r.label_nl for r in Role if r in roles and area in PERMISSIONS[r]), "")


def signer_info(info: CertificateInfo, timestamped: bool) -> SignerInfo:
    """How the signature box describes ``info``'s certificate."""
    certificate = {
        CertificateKind.SELF_ISSUED: "Zelf uitgegeven certificaat — niet gekwalificeerd",
        CertificateKind.QUALIFIED: f"Gekwalificeerd certificaat van {info.issuer}",
        CertificateKind.OTHER: f"Certificaat van {info.issuer}",
    }[info.kind]
    if timestamped:
        certificate += "; met tijdstempel"
    return SignerInfo(info.subject, certificate, info.self_issued)


def preview(session: Session, job: ReportJob, certificate_id: str | None = None) -> RenderedReport:
    """The report as it will look, unsigned (the signature box says so)."""
    session.require(
        job.area, action="report.preview", record_type=job.record_type, record_id=job.record_id
    )
    signer = None
    if certificate_id is not None:
        signer = CertificateStore(session).credential(certificate_id).info
    return render_pdf(job.document, report_frame(session, job.area, signer, preview=True))


def export_report(
    session: Session,
    job: ReportJob,
    certificate_id: str,
    dest: Path,
    *,
    cancelled: CancelCheck | None = None,
) -> ExportReceipt:
    """Render ``job``, sign it with the caller's certificate, write it to ``dest``, audit it.

    PAdES B-T when a timestamp server is configured in the vault settings, else B-B.

    Raises:
        PermissionDenied (logged), CertificateNotFound, CertificateExpired, TimestampFailed,
        Cancelled (nothing written), and whatever ``job.alongside`` raises (nothing written).
    """
    session.require(
        job.area, action="report.export", record_type=job.record_type, record_id=job.record_id
    )
    credential = CertificateStore(session).credential(certificate_id)
    now = session.clock.now()
    if not credential.info.valid_at(now):
        raise CertificateExpired(credential.info.not_after.date().isoformat())
    frame = report_frame(session, job.area, credential.info)
    rendered = render_pdf(job.document, frame)
    attachments = list(job.document.attachments)
    if job.document.manifest is not None:
        attachments.insert(
            0,
            Attachment(
                FILE_NAME,
                job.document.manifest.to_json(),
                "application/json",
                "Bewijsmanifest (SHA-256 van de originelen)",
            ),
        )
    url = str(session.settings.get(TIMESTAMP_URL))
    request = SignatureRequest(
        rendered.signature_page, rendered.signature_box, frame.date, job.reason, attachments
    )
    _check(cancelled)
    signed = sign_pdf(rendered.pdf, credential, request, timestamper_for(url))
    _check(cancelled)
    level = "B-T" if url.strip() else "B-B"
    return export_file(
        session, dest, signed, area=job.area, kind=f"report.{job.document.kind}",
        record_type=job.record_type, record_id=job.record_id, subject=job.subject,
        detail=f"pades={level} certificate={credential.info.fingerprint}", alongside=job.alongside,
    )  # fmt: skip


def _check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
