"""PAdES signatures with pyHanko: B-B, or B-T with an RFC 3161 timestamp when a server is set.

The rendered PDF gets, in one incremental update: its embedded files (the evidence manifest as
JSON), and a signature field over the frame's signature box, signed with the practitioner's
credential. The box's text is part of the page itself (our font, our words); the field's own
appearance is left empty so it never hides it. The signing time comes from the injected clock.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import aiohttp
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.signers.pdf_signer import PdfSigner
from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper, TimestampRequestError
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from .certificates import SigningCredential
from .document import Attachment
from .errors import VaultError

FIELD_NAME = "Handtekening"
TIMESTAMP_TIMEOUT_S = 15


class TimestampFailed(VaultError):
    message_nl = (
        "De tijdstempeldienst gaf geen geldig antwoord, dus er is niet ondertekend en niets "
        "opgeslagen. Controleer de verbinding of de instelling 'Tijdstempeldienst' in Beheer."
    )
    message_en = (
        "The timestamp service gave no valid answer, so nothing was signed or saved. Check the "
        "connection or the 'timestamp service' setting in Beheer."
    )


@dataclass(frozen=True)
class SignatureRequest:
    """Where and how to sign: the box from the frame, the reason, the time."""

    page: int
    box: tuple[float, float, float, float]
    when: datetime
    reason: str
    attachments: Sequence[Attachment] = ()


def timestamper_for(url: str) -> TimeStamper | None:
    """An RFC 3161 client for ``url``, or None (PAdES B-B) when no server is configured."""
    return HTTPTimeStamper(url.strip(), timeout=TIMESTAMP_TIMEOUT_S) if url.strip() else None


def sign_pdf(
    pdf: bytes,
    credential: SigningCredential,
    request: SignatureRequest,
    timestamper: TimeStamper | None = None,
) -> bytes:
    """``pdf`` with its attachments embedded and a PAdES signature over the whole file.

    Raises:
        TimestampFailed: a timestamp server was given and did not answer properly.
    """
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for attachment in request.attachments:
        _embed(writer, attachment, request.when)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=request.reason, name=credential.info.subject,
    )  # fmt: skip
    box = tuple(round(v) for v in request.box)
    pdf_signer = PdfSigner(
        meta, _signer(credential), timestamper=timestamper,
        stamp_style=StaticStampStyle(border_width=0),
        new_field_spec=fields.SigFieldSpec(FIELD_NAME, on_page=request.page, box=box),  # type: ignore[arg-type]  # four ints
    )  # fmt: skip
    # A loop of its own rather than asyncio.run: on the main thread asyncio.run swaps the
    # SIGINT handler around the task, and restoring it formats the finished task with its
    # result — the whole signed PDF — at a cost of about 0.3 s for a report of 40 photos.
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(_sign(pdf_signer, writer, request.when))
    except (TimestampRequestError, aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise TimestampFailed(str(exc)) from exc
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()


async def _sign(pdf_signer: PdfSigner, writer: IncrementalPdfFileWriter, when: datetime) -> bytes:
    """pyHanko's ``async_sign_pdf`` with the signing time taken from our clock."""
    session = pdf_signer.init_signing_session(writer)
    session.system_time = when
    validation_info = await session.perform_presign_validation(writer)
    reserved = await session.estimate_signature_container_size(validation_info)
    tbs = session.prepare_tbs_document(validation_info=validation_info, bytes_reserved=reserved)
    digest, output = tbs.digest_tbs_document()
    signed = await tbs.perform_signature(
        document_digest=digest.document_digest,
        pdf_cms_signed_attrs=PdfCMSSignedAttributes(signing_time=when),
    )
    await signed.post_signature_processing(output)
    output.seek(0)
    return bytes(output.read())


def _signer(credential: SigningCredential) -> signers.SimpleSigner:
    der = serialization.Encoding.DER
    key = credential.key.private_bytes(
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    chain = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in credential.chain]
    return signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(credential.certificate.public_bytes(der)),
        signing_key=asn1_keys.PrivateKeyInfo.load(key),
        cert_registry=SimpleCertificateStore.from_certs(chain),  # type: ignore[no-untyped-call]  # pyHanko's registry is untyped
    )


def _embed(writer: IncrementalPdfFileWriter, attachment: Attachment, when: datetime) -> None:
    data = embed.EmbeddedFileObject.from_file_data(
        writer, data=attachment.data, mime_type=attachment.media_type,
        params=embed.EmbeddedFileParams(creation_date=when, modification_date=when),
    )  # fmt: skip
    spec = embed.FileSpec(
        file_spec_string=attachment.name, file_name=attachment.name, embedded_data=data,
        description=attachment.description or None,
    )  # fmt: skip
    embed.embed_file(writer, spec)
