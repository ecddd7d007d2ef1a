"""Subcommands of ``veilig-dossier``: each module lists its :class:`Command` objects in ``COMMANDS``.

The command line is for administrators and scripts. It speaks Dutch, reads a passphrase from a
prompt or from ``VD_PASSPHRASE``, and ends with a non-zero exit code on every failure.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

EXIT_OK = 0
EXIT_FAILED = 1  # the vault refused: wrong passphrase, not a vault, damaged, no permission
EXIT_USAGE = 2  # argparse's own code for missing or wrong arguments
EXIT_INTERRUPTED = 130
PASSPHRASE_ENV = "VD_PASSPHRASE"


class CommandFailed(Exception):
    """A failure the command reports in one Dutch sentence (no traceback)."""


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, one-line help, argument set-up and the function that runs it."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def read_passphrase(prompt: str) -> str:
    """The passphrase from ``VD_PASSPHRASE`` or, when that is unset, a hidden prompt.

    Raises:
        CommandFailed: no passphrase could be read (no terminal and no variable).
    """
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise CommandFailed(
            f"Geen wachtwoord gelezen. Typ het in of zet de omgevingsvariabele {PASSPHRASE_ENV}."
        ) from exc


def read_line(prompt: str) -> str:
    """One line from the terminal (a user name), stripped."""
    try:
        return input(prompt).strip()
    except EOFError as exc:
        raise CommandFailed("Geen invoer gelezen.") from exc


def say(text: str) -> None:
    """A progress or result line for the person at the terminal."""
    print(text, file=sys.stdout, flush=True)


def progress_printer(label: str) -> Callable[[int, int], None]:
    """A progress callback that prints whole percentages to stderr, each once."""
    last = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent // 10 != last[0] // 10:
            last[0] = percent
            print(f"{label}: {percent}%", file=sys.stderr, flush=True)

    return report
