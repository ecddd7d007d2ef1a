"""Without a passphrase, nothing in the vault folder reads as a record or a photo."""

from __future__ import annotations

import io
import os
from pathlib import Path

from secure_store.database import Migration, Schema
from secure_store.roles import Area
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES

NAME = "Jantje Pietersen-de Vries"
ADDRESS = "Geheime Opvangstraat 17"
PEOPLE = Schema(
    "people",
    [Migration(1, "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, address TEXT);")],
)


def test_database_wal_and_blobs_hold_no_names_or_photo_bytes(vault_dir: Path) -> None:
    photo = b"\xff\xd8\xff\xe0JFIF" + os.urandom(300_000) + b"\xff\xd9"
    vault = Vault.open(vault_dir, schemas=[PEOPLE])
    session = vault.unlock("opvang", PASSPHRASES["opvang"])
    with session.transaction() as conn:
        for _ in range(200):
            conn.execute("INSERT INTO people (name, address) VALUES (?, ?)", (NAME, ADDRESS))
    case = session.cases.create(Area.OPVANG)
    session.blobs.put(io.BytesIO(photo), case, "image/jpeg")
    # Look while the session is still open (WAL not yet checkpointed) and after locking.
    for moment in ("open", "locked"):
        files = [p for p in vault_dir.rglob("*") if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files) or moment == "locked"
        for path in files:
            raw = path.read_bytes()
            for needle in (NAME.encode(), ADDRESS.encode(), NAME.encode("utf-16-le")):
                assert needle not in raw, f"{needle!r} in {path.name} ({moment})"
            for start in range(0, len(photo) - 64, 50_000):
                assert photo[start : start + 64] not in raw, f"photo bytes in {path.name}"
            assert b"SQLite format 3" not in raw
            assert b"CREATE TABLE" not in raw
        vault.lock()
