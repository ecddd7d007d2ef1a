"""A writer killed with SIGKILL at random moments, 50 times, never leaves the vault damaged.

The child (``crash_worker``) imports blobs of up to 3 MiB and writes rows that point to them,
with audit entries. Each kill is aimed at a phase — while unlocking, inside a blob write, inside
a row's transaction, or anywhere — and after each the vault must open, unlock, pass SQLCipher's
and SQLite's integrity checks and the audit chain, hold every blob and item the child reported
finished, and keep no temp or orphan file.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from secure_store.atomic import TEMP_PREFIX
from secure_store.session import Session
from secure_store.vault import Vault
from tests.fault.crash_worker import ITEMS_SCHEMA, PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
# Phase to wait for, and the longest random delay after it (seconds). A 3 MiB blob takes tens
# of milliseconds to encrypt and write, a row's transaction a few, an unlock (cheap KDF) about
# a tenth of a second; "start" does not wait for the child to say anything.
AIMS = (
    ("blob", 0.03), ("row", 0.004), ("ready", 0.2), ("blob", 0.03), ("unlock", 0.15),
    ("row", 0.004), ("blob", 0.03), ("start", 0.5), ("blob", 0.03), ("ready", 0.3),
)  # fmt: skip


@dataclass
class Reported:
    """What the children said they had finished, and in which phase each was killed."""

    blobs: set[str] = field(default_factory=set)
    items: set[str] = field(default_factory=set)
    killed_in: Counter[str] = field(default_factory=Counter)
    left_behind: Counter[str] = field(default_factory=Counter)

    def read(self, lines: list[str]) -> str:
        """Take in a child's lines; returns the phase it was in when it died."""
        phase = "start"
        for line in lines:
            word, _, rest = line.partition(" ")
            if word == "put":
                self.blobs.add(rest)
            elif word == "done":
                self.items.add(rest)
            else:
                phase = word
        return phase


def _kill_one(folder: Path, seed: int, rng: random.Random, log: Path) -> list[str]:
    """Start a child, kill it at the aimed moment, return every line it wrote."""
    aim, longest_delay = AIMS[seed % len(AIMS)]
    occurrence = {"blob": rng.randint(1, 3), "row": rng.randint(1, 3), "start": 0}.get(aim, 1)
    with log.open("ab") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.fault.crash_worker", str(folder), str(seed)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    assert child.stdout is not None
    lines: list[str] = []
    try:
        seen = 0
        while seen < occurrence:
            raw = child.stdout.readline()
            if not raw:
                pytest.fail(f"child {seed} ended by itself:\n{log.read_text()[-3000:]}")
            lines.append(raw.decode().strip())
            seen += lines[-1] == aim
        time.sleep(rng.uniform(0, longest_delay))
    finally:
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.stdout.close()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    return lines + [line for line in rest.decode().splitlines() if line]


def _blob_files(folder: Path) -> set[str]:
    return {p.name for p in (folder / "blobs").rglob("*") if p.is_file()}


def _check(folder: Path, reported: Reported, verified: set[str]) -> None:
    """The vault after a kill: opens, unlocks, verifies, lost nothing, left nothing behind."""
    temp_files = list(folder.rglob(TEMP_PREFIX + "*"))
    reported.left_behind["temp file"] += len(temp_files)
    files_before = _blob_files(folder) - {p.name for p in temp_files}
    vault = Vault.open(folder, schemas=[ITEMS_SCHEMA], sleep=lambda _: None)
    session = vault.unlock(USER, PASSPHRASE)
    try:
        _check_session(session, folder, reported, verified)
    finally:
        vault.lock()
    reported.left_behind["orphan blob file"] += len(files_before - _blob_files(folder))


def _check_session(session: Session, folder: Path, reported: Reported, verified: set[str]) -> None:
    conn = session.conn
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    audit = session.audit_log.verify()
    assert audit.ok, audit

    blob_rows = {row[0] for row in conn.execute("SELECT id FROM blobs")}
    items = {str(row[0]): row[1] for row in conn.execute("SELECT id, blob_id FROM items")}
    assert reported.blobs <= blob_rows, "a blob the child finished is gone"
    assert reported.items <= items.keys(), "an item the child committed is gone"
    assert set(items.values()) <= blob_rows

    assert not list(folder.rglob(TEMP_PREFIX + "*")), "temp files survived the unlock"
    assert _blob_files(folder) == blob_rows, "orphan blob files, or blob rows without a file"
    for blob_id in sorted(set(items.values()) - verified):
        session.blobs.verify(blob_id)  # decrypts end to end against the recorded SHA-256
        verified.add(blob_id)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_writer_killed_fifty_times_leaves_a_sound_vault(vault_dir: Path, tmp_path: Path) -> None:
    base_seed = int(os.environ.get("CRASH_SEED", random.randrange(1_000_000)))
    rng = random.Random(base_seed)
    reported, verified = Reported(), set[str]()
    log = tmp_path / "children.log"
    for kill in range(KILLS):
        seed = base_seed + kill
        lines = _kill_one(vault_dir, seed, rng, log)
        reported.killed_in[reported.read(lines)] += 1
        try:
            _check(vault_dir, reported, verified)
        except BaseException:
            print(f"CRASH_SEED={base_seed}, kill {kill}, child said: {lines[-6:]}")
            raise

    # Every blob, not only the ones an item points to, decrypts to its recorded hash.
    vault = Vault.open(vault_dir, schemas=[ITEMS_SCHEMA])
    session = vault.unlock(USER, PASSPHRASE)
    try:
        for (blob_id,) in session.conn.execute("SELECT id FROM blobs"):
            session.blobs.verify(blob_id)
        item_count = session.conn.execute("SELECT count(*) FROM items").fetchone()[0]
    finally:
        vault.lock()
    print(
        f"CRASH_SEED={base_seed} killed in: {dict(reported.killed_in)},"
        f" swept: {dict(reported.left_behind)}, items {item_count}"
    )
    assert item_count > 0 and reported.items
    # The kills landed in different phases, blob writes and row transactions among them; some
    # inside a blob write, which the temp files they left show.
    assert reported.killed_in["blob"] >= 5 and reported.killed_in["row"] >= 1
    assert reported.killed_in["unlock"] + reported.killed_in["start"] >= 1
    assert reported.left_behind["temp file"] >= 1
