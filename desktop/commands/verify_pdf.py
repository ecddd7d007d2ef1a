"""``verify FILE.pdf [PHOTOS…]``: check a signed report without a vault.

Prints who signed and when, whether the file is unchanged since signing, the kind of
certificate, the timestamp, the evidence manifest, and per given file whether it is an original.
Exit code 0 only when everything holds.
"""

from __future__ import annotations

from pathlib import Path

from secure_store.document import format_moment
from secure_store.verify_pdf import PdfVerification, SignatureCheck, verify_pdf

from . import EXIT_FAILED, EXIT_OK, say


def _yes(value: bool) -> str:
    return "ja" if value else "NEE"


def _signature_lines(number: int, check: SignatureCheck) -> list[str]:
    when = format_moment(check.signed_at) if check.signed_at else "onbekend"
    if check.timestamp is None:
        stamp = "geen (PAdES B-B); de tijd hierboven is die van de computer van de ondertekenaar"
    else:
        verdict = "geldig" if check.timestamp_ok else "ONGELDIG"
        stamp = f"{format_moment(check.timestamp)} van {check.timestamp_authority} — {verdict} (PAdES B-T)"
    return [
        f"Handtekening {number} ({check.field})",
        f"  Ondertekenaar:        {check.signer}",
        f"  Certificaat:          {check.kind.label_nl}; uitgever {check.issuer}",
        f"  Ondertekend op:       {when}",
        f"  Tijdstempel:          {stamp}",
        f"  Handtekening klopt:   {_yes(check.intact and check.valid)}",
        f"  Ongewijzigd sinds ondertekening (hele bestand): {_yes(check.intact and check.whole_file)}",
        f"  Certificaat geldig bij ondertekening: {_yes(check.certificate_valid_then)}",
    ]


def report_lines(result: PdfVerification) -> list[str]:
    """The Dutch report ``verify`` prints."""
    lines = [f"Rapport: {result.path}"]
    if not result.signatures:
        lines.append("Geen digitale handtekening gevonden: dit is geen ondertekend rapport.")
    for number, check in enumerate(result.signatures, start=1):
        lines += _signature_lines(number, check)
    if result.manifest is not None:
        lines.append(
            f"Bewijsmanifest (kenmerk {result.manifest.reference}, {len(result.manifest.items)} originelen):"
        )
        for item in result.manifest.items:
            label = f"  {item.label}" if item.label else ""
            lines.append(f"  {item.number:<5} {item.kind:<10} {item.sha256}{label}")
    elif result.manifest_problem:
        lines.append(result.manifest_problem)
    else:
        lines.append("Geen bewijsmanifest in dit rapport.")
    if result.evidence:
        lines.append("Bestanden:")
    for found in result.evidence:
        if found.item is not None:
            lines.append(
                f"  ORIGINEEL       {found.path.name}  = {found.item.number} in het manifest"
            )
        else:
            lines.append(
                f"  NIET ORIGINEEL  {found.path.name}  (SHA-256 {found.sha256} staat niet in het manifest)"
            )
    lines.append("Uitkomst: IN ORDE" if result.ok else "Uitkomst: NIET IN ORDE")
    return lines


def verify_pdf_command(path: Path, evidence: list[Path]) -> int:
    """Check ``path`` (and ``evidence`` against its manifest), print the outcome in Dutch.

    Returns:
        0 when the signature holds over the whole file and every given file is an original.
    """
    result = verify_pdf(path, evidence)
    for line in report_lines(result):
        say(line)
    return EXIT_OK if result.ok else EXIT_FAILED
