"""``demo``, ``backup``, ``restore`` and ``audit``: vault chores without the GUI."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from secure_store.audit import AuditEntry, AuditQuery
from secure_store.backup import create_backup, restore_backup
from secure_store.session import Session

from ..demo import DEMO_USERS, create_demo_vault
from ..vaults import open_vault
from . import EXIT_FAILED, EXIT_OK, Command, progress_printer, read_line, read_passphrase, say


def _unlock(folder: Path, user: str) -> Session:
    vault = open_vault(folder)
    return vault.unlock(user, read_passphrase(f"Wachtwoord voor {user}: "))


# -- demo --------------------------------------------------------------------------------
def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, metavar="DIR", help="lege of nieuwe map")


def _run_demo(args: argparse.Namespace) -> int:
    say(f"Demokluis maken in {args.folder} (dit duurt enkele seconden)…")
    result = create_demo_vault(args.folder, progress=progress_printer("demo"))
    say("Klaar. Log in met een van deze demogebruikers (alleen fictieve gegevens):")
    for user in DEMO_USERS:
        roles = ", ".join(sorted(role.label_nl for role in user.roles))
        say(f"  {user.name:<16} {user.passphrase:<28} {roles}")
    say(f"Herstelsleutel: {result.recovery_key}")
    say(f"Start het programma met: veilig-dossier --vault {args.folder}")
    return EXIT_OK


# -- backup ------------------------------------------------------------------------------
def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, required=True, metavar="DIR", help="de kluismap")
    parser.add_argument("--user", required=True, metavar="NAAM", help="een beheerder")
    parser.add_argument("file", type=Path, metavar="FILE", help="het reservekopiebestand")


def _run_backup(args: argparse.Namespace) -> int:
    session = _unlock(args.vault, args.user)
    try:
        receipt = create_backup(session, args.file, progress=progress_printer("reservekopie"))
    finally:
        session.lock()
    say(
        f"Reservekopie geschreven: {receipt.path} ({receipt.size} bytes, {receipt.blobs} bestanden)"
    )
    say(f"SHA-256: {receipt.sha256}")
    return EXIT_OK


# -- restore -----------------------------------------------------------------------------
def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="het reservekopiebestand")
    parser.add_argument("folder", type=Path, metavar="DIR", help="een nieuwe, lege map")
    parser.add_argument("--user", metavar="NAAM", help="een beheerder uit de reservekopie")


def _run_restore(args: argparse.Namespace) -> int:
    user = args.user or read_line("Gebruikersnaam (beheerder): ")
    passphrase = read_passphrase(f"Wachtwoord voor {user}: ")
    blobs = restore_backup(
        args.file, args.folder, user, passphrase, progress=progress_printer("terugzetten")
    )
    say(f"Teruggezet in {args.folder}: database en {blobs} bestanden gecontroleerd.")
    return EXIT_OK


# -- audit -------------------------------------------------------------------------------
def _configure_audit(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, required=True, metavar="DIR", help="de kluismap")
    parser.add_argument(
        "--user", required=True, metavar="NAAM", help="privacy officer of beheerder"
    )
    parser.add_argument("--verify", action="store_true", help="alleen de keten controleren")
    parser.add_argument("--by", default="", metavar="NAAM", help="alleen regels van deze gebruiker")
    parser.add_argument("--action", default="", help="alleen deze actie, bijv. login")
    parser.add_argument("--since", type=datetime.fromisoformat, help="vanaf (ISO-datum)")


def _format(entry: AuditEntry) -> str:
    record = f"{entry.record_type}:{entry.record_id}" if entry.record_type else ""
    return f"{entry.seq:>6}  {entry.at[:19]}  {entry.user:<16} {entry.action:<28} {record} {entry.detail}"


def _run_audit(args: argparse.Namespace) -> int:
    session = _unlock(args.vault, args.user)
    try:
        if args.verify:
            result = session.verify_audit()
            if not result.ok:
                say(f"Auditketen GEBROKEN bij regel {result.first_broken}: {result.problem}")
                return EXIT_FAILED
            say(f"Auditketen in orde: {result.entries} regels gecontroleerd.")
            return EXIT_OK
        query = AuditQuery(user=args.by, action=args.action, since=args.since)
        for entry in session.read_audit(query):
            say(_format(entry))
    finally:
        session.lock()
    return EXIT_OK


COMMANDS = (
    Command("demo", "maak een demokluis met fictieve gegevens", _configure_demo, _run_demo),
    Command("backup", "maak een versleutelde reservekopie", _configure_backup, _run_backup),
    Command(
        "restore", "zet een reservekopie terug in een nieuwe map", _configure_restore, _run_restore
    ),
    Command("audit", "toon of controleer het auditlog", _configure_audit, _run_audit),
)
