"""The child of the crash test: imports blobs and writes rows that point to them, until killed.

Run as ``python -m tests.fault.crash_worker VAULT_DIR SEED``. It announces each phase on its
own line before entering it (``unlock``, ``case``, ``blob``, ``row``) and what it has finished
(``put <blob id>`` once a blob's row is committed, ``done <item id>`` once an item is), so the
parent can aim its SIGKILL at a phase and then check that nothing finished was lost.
"""

from __future__ import annotations

import io
import os
import random
import sys
from pathlib import Path

from secure_store.chunked import CHUNK_SIZE
from secure_store.database import Migration, Schema
from secure_store.roles import Area
from secure_store.session import Session
from secure_store.vault import Vault

USER, PASSPHRASE = "arts", "groene tafel zingt zacht"
ITEMS_SCHEMA = Schema(
    "crashtest",
    [
        Migration(
            1,
            """
            CREATE TABLE items (
                id INTEGER PRIMARY KEY,
                blob_id TEXT NOT NULL REFERENCES blobs(id),
                note TEXT NOT NULL
            );
            CREATE INDEX items_by_blob ON items(blob_id);
            """,
        )
    ],
)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def blob_size(rng: random.Random) -> int:
    """Mostly 1–3 MiB (so kills land inside blob writes), some small, some on chunk edges."""
    pick = rng.random()
    if pick < 0.1:
        return rng.choice((0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE))
    if pick < 0.3:
        return rng.randrange(64 * 1024)
    return rng.randrange(CHUNK_SIZE, 3 * CHUNK_SIZE)


def new_case(session: Session) -> str:
    say("case")
    return session.cases.create(Area.FORENSIC)


def work(session: Session, rng: random.Random) -> None:
    """Import blobs and add items for them, forever."""
    case = new_case(session)
    while True:
        if rng.random() < 0.1:
            case = new_case(session)
        data = os.urandom(blob_size(rng))
        say("blob")
        ref = session.blobs.put(io.BytesIO(data), case, "application/octet-stream")
        say(f"put {ref.id}")
        say("row")
        with session.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO items (blob_id, note) VALUES (?, ?)", (ref.id, f"{len(data)} bytes")
            )
            item_id = str(cursor.lastrowid)
            session.log("item.add", "item", item_id, subject=case)
        say(f"done {item_id}")


def main(argv: list[str]) -> None:
    folder, seed = Path(argv[0]), int(argv[1])
    vault = Vault.open(folder, schemas=[ITEMS_SCHEMA], sleep=lambda _: None)
    say("unlock")
    session = vault.unlock(USER, PASSPHRASE)
    say("ready")
    work(session, random.Random(seed))


if __name__ == "__main__":
    main(sys.argv[1:])
