"""``verify FILE.vdpkg``: check a sealed package without a vault and without decrypting it.

Reports the sender (with the fingerprint to compare by phone), the recipients, the manifest and
whether both signatures and every byte hold. Exit code 0 only for a valid package.
"""

from __future__ import annotations

from pathlib import Path

from secure_store.package_format import PackageInfo
from secure_store.package_reader import verify_package

from . import EXIT_FAILED, EXIT_OK, say


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} B"
    if count < 1024 * 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count / 1024 / 1024:.1f} MB"


def _report(info: PackageInfo) -> None:
    sender = info.sender
    say(f"Pakket:       {info.package_id} ({info.kind}), gemaakt {info.created[:19]}")
    say(f"Afzender:     {sender.label}" + (f", {sender.role}" if sender.role else ""))
    say(f"Vingerafdruk: {sender.fingerprint}")
    say("              (vergelijk dit nummer met de afzender, bijvoorbeeld telefonisch)")
    say("Ontvangers:")
    for recipient in info.recipients:
        organisation = f" ({recipient.organisation})" if recipient.organisation else ""
        say(f"  - {recipient.name}{organisation}, sleutel {recipient.key_id}")
    say(f"Inhoud ({len(info.manifest)} bestanden, {_size(info.payload_size)}):")
    for entry in info.manifest:
        say(f"  - {entry.name}  {entry.media_type}  {_size(entry.size)}  SHA-256 {entry.sha256}")


def verify_package_command(path: Path) -> int:
    """Print what ``path`` says about itself and whether it holds; returns the exit code."""
    result = verify_package(Path(path))
    if result.info is not None:
        _report(result.info)
    if result.problem is not None:
        say(f"ONGELDIG: {result.problem.message}")
        return EXIT_FAILED
    say("GELDIG: beide handtekeningen (Ed25519 en ML-DSA-65) en elk byte van het pakket kloppen.")
    return EXIT_OK
