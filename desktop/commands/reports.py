"""``report``, ``dossiers`` and ``certificate``: signed reports from the command line."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from secure_store.certificates import CertificateInfo, CertificateStore
from secure_store.document import format_moment
from secure_store.report_export import export_report
from secure_store.session import Session

from ..reports.kinds import REPORT_KINDS, ReportOptions, commands, kind_for, references, resolve
from ..vaults import open_vault
from . import EXIT_OK, Command, CommandFailed, progress_printer, read_passphrase, say

P12_PASSWORD_ENV = "VD_P12_PASSWORD"


def _unlock(folder: Path, user: str) -> Session:
    return open_vault(folder).unlock(user, read_passphrase(f"Wachtwoord voor {user}: "))


def _vault_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, required=True, metavar="DIR", help="de kluismap")
    parser.add_argument("--user", required=True, metavar="NAAM", help="uw gebruikersnaam")


# -- dossiers ----------------------------------------------------------------------------
def _run_dossiers(args: argparse.Namespace) -> int:
    session = _unlock(args.vault, args.user)
    try:
        refs = references(session)
    finally:
        session.lock()
    if not refs:
        say("Geen dossiers waarvoor u een rapport kunt maken.")
    for ref in refs:
        say(f"{ref.reference:<22} {ref.label}")
    return EXIT_OK


# -- report ------------------------------------------------------------------------------
def _configure_report(parser: argparse.ArgumentParser) -> None:
    _vault_arguments(parser)
    parser.add_argument(
        "--dossier", required=True, metavar="KENMERK", help="zie: veilig-dossier dossiers"
    )
    parser.add_argument(
        "--kind",
        required=True,
        choices=commands(),
        help="soort rapport (melding: uit een forensisch dossier of een zorg uit de opvang)",
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help="het ondertekende rapport"
    )
    parser.add_argument(
        "--pseudoniem", action="store_true", help="pseudoniem in plaats van naam en geboortedatum"
    )
    parser.add_argument(
        "--certificaat",
        default="",
        metavar="VINGERAFDRUK",
        help="welk certificaat (begin van de SHA-256)",
    )
    # Kinds may share their details' flags (the opvang's); each set is declared once.
    for add_arguments in dict.fromkeys(k.add_arguments for k in REPORT_KINDS.values()):
        add_arguments(parser)


def _certificate(session: Session, wanted: str) -> CertificateInfo:
    now = session.clock.now()
    own = [c for c in CertificateStore(session).own() if c.valid_at(now)]
    if wanted:
        own = [c for c in own if c.fingerprint.startswith(wanted.lower())]
    if len(own) == 1:
        return own[0]
    if not own:
        raise CommandFailed(
            "Geen geldig certificaat gevonden. Importeer er een met 'veilig-dossier certificate "
            "import' of geef er een uit met 'veilig-dossier certificate issue'."
        )
    listed = ", ".join(c.fingerprint[:12] for c in own)
    raise CommandFailed(f"Meer dan één certificaat; kies er een met --certificaat ({listed}).")


def _run_report(args: argparse.Namespace) -> int:
    kind = kind_for(args.kind, args.dossier)
    if args.pseudoniem and not kind.pseudonymous_allowed:
        raise CommandFailed(f"Een {kind.title.lower()} kan niet gepseudonimiseerd worden.")
    details = kind.details_from_args(args)
    session = _unlock(args.vault, args.user)
    try:
        certificate = _certificate(session, args.certificaat)
        record_id = resolve(session, kind, args.dossier)
        options = ReportOptions(args.pseudoniem, details, progress_printer("foto's"))
        job = kind.build(session, record_id, options)
        receipt = export_report(session, job, certificate.id, args.out)
    finally:
        session.lock()
    say(f"{kind.title} ondertekend en geschreven: {receipt.path} ({receipt.size} bytes)")
    say(f"SHA-256: {receipt.sha256}")
    say(f"Controleer het met: veilig-dossier verify {receipt.path}")
    return EXIT_OK


# -- certificate -------------------------------------------------------------------------
def _configure_certificate(parser: argparse.ArgumentParser) -> None:
    _vault_arguments(parser)
    parser.add_argument(
        "action", choices=("list", "issue", "import"), help="tonen, zelf uitgeven of importeren"
    )
    parser.add_argument(
        "file", nargs="?", type=Path, metavar="FILE.p12", help="bij import: het PKCS#12-bestand"
    )


def _show(info: CertificateInfo) -> None:
    say(f"{info.fingerprint[:16]}  {info.subject}  ({info.kind.label_nl})")
    say(
        f"    uitgever {info.issuer}; geldig {format_moment(info.not_before, with_time=False)} t/m {format_moment(info.not_after, with_time=False)}"
    )


def _run_certificate(args: argparse.Namespace) -> int:
    if args.action == "import" and args.file is None:
        raise CommandFailed("Geef het PKCS#12-bestand op: certificate import FILE.p12")
    data = args.file.read_bytes() if args.action == "import" else b""
    session = _unlock(args.vault, args.user)
    try:
        store = CertificateStore(session)
        if args.action == "issue":
            _show(store.issue_self_signed())
        elif args.action == "import":
            password = os.environ.get(P12_PASSWORD_ENV)
            if password is None:
                password = read_passphrase_p12()
            _show(store.import_pkcs12(data, password))
        else:
            for info in store.own():
                _show(info)
    finally:
        session.lock()
    return EXIT_OK


def read_passphrase_p12() -> str:
    import getpass

    try:
        return getpass.getpass("Wachtwoord van het certificaatbestand: ")
    except EOFError as exc:
        raise CommandFailed(
            f"Geen wachtwoord gelezen; typ het in of zet {P12_PASSWORD_ENV}."
        ) from exc


COMMANDS = (
    Command(
        "dossiers",
        "toon de dossierkenmerken waarvoor u een rapport kunt maken",
        _vault_arguments,
        _run_dossiers,
    ),
    Command(
        "report", "maak en onderteken een rapport (PDF, PAdES)", _configure_report, _run_report
    ),
    Command(
        "certificate",
        "uw certificaten: tonen, zelf uitgeven, PKCS#12 importeren",
        _configure_certificate,
        _run_certificate,
    ),
)
