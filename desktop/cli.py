"""``veilig-dossier``: the GUI by default, subcommands for administrators and scripts.

Subcommands come from the modules in :data:`COMMAND_MODULES` (each exposes ``COMMANDS``), so
later parts (reports, dossiers, verify) add a module rather than editing this one.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from opvang.errors import OpvangError
from secure_store.errors import VaultError

from .commands import EXIT_FAILED, EXIT_INTERRUPTED, Command, CommandFailed

COMMAND_MODULES: list[str] = [
    "desktop.commands.vault_admin",
    "desktop.commands.reports",
    "desktop.commands.verify",
]

EPILOG = (
    "Wachtwoord: via een verborgen prompt, of voor scripts via de omgevingsvariabele "
    "VD_PASSPHRASE. Afsluitcodes: 0 gelukt, 1 geweigerd of mislukt, 2 verkeerde aanroep."
)


def commands() -> list[Command]:
    """Every registered subcommand, in module order."""
    found: list[Command] = []
    for name in COMMAND_MODULES:
        found.extend(importlib.import_module(name).COMMANDS)
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="veilig-dossier",
        description="Veilig Dossier: versleutelde dossiers. Zonder opdracht start het programma.",
        epilog=EPILOG,
    )
    parser.add_argument("--vault", type=Path, metavar="DIR", help="de kluismap voor het programma")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for command in commands():
        child = sub.add_parser(command.name, help=command.help, description=command.help)
        command.configure(child)
        child.set_defaults(run=command.run)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from .app import run_gui  # Qt only when the GUI is wanted

    return run_gui(args.vault)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the GUI or a subcommand; returns the exit code."""
    args = build_parser().parse_args(argv)
    run = getattr(args, "run", _run_gui)
    try:
        return int(run(args))
    except VaultError as exc:
        print(f"Fout: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except OpvangError as exc:  # an opvang rule's own sentence (a melding that is incomplete)
        print(f"Fout: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except CommandFailed as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        print(f"Fout: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
