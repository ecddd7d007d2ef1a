"""``verify FILE [BESTAND…]``: check a signed report or a sealed package, without a vault.

One command for both things that leave the vault. The file's extension says which it is meant to
be (``.pdf`` or ``.vdpkg``); without one of those, its first bytes decide. Photos or DICOM files
given after a report are matched against its evidence manifest.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from secure_store.package_format import MAGIC

from . import Command, CommandFailed
from .verify_package import verify_package_command
from .verify_pdf import verify_pdf_command

PDF_MAGIC = b"%PDF-"


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".pdf", ".vdpkg"):
        return suffix[1:]
    with path.open("rb") as stream:
        head = stream.read(len(MAGIC))
    if head.startswith(PDF_MAGIC):
        return "pdf"
    if head == MAGIC:
        return "vdpkg"
    raise CommandFailed(
        f"{path.name} is geen ondertekend rapport (PDF) en geen verzegeld pakket (.vdpkg)."
    )


def verify_command(path: Path, evidence: list[Path]) -> int:
    """Verify ``path`` as a report (with ``evidence``) or as a package; returns the exit code.

    Raises:
        CommandFailed: the file is neither, or files to compare were given with a package.
    """
    if _kind(path) == "pdf":
        return verify_pdf_command(path, evidence)
    if evidence:
        raise CommandFailed(
            "Bestanden vergelijken kan alleen met een rapport; een pakket bevat zijn eigen lijst."
        )
    return verify_package_command(path)


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=Path, metavar="FILE", help="het ondertekende rapport (.pdf) of pakket (.vdpkg)"
    )
    parser.add_argument(
        "evidence",
        type=Path,
        nargs="*",
        metavar="BESTAND",
        help="bij een rapport: foto's of DICOM-bestanden om met het bewijsoverzicht te vergelijken",
    )


def _run(args: argparse.Namespace) -> int:
    return verify_command(args.file, list(args.evidence))


COMMANDS = (
    Command(
        "verify",
        "controleer een ondertekend rapport of een verzegeld pakket (zonder kluis)",
        _configure,
        _run,
    ),
)
