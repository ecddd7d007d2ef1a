"""Two vaults whose users know each other, and a way to craft packages with odd signed fields."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secure_store.address_book import AddressBook
from secure_store.chunked import ChunkWriter
from secure_store.identities import Identities
from secure_store.identity_card import IdentityCard, PrivateIdentity
from secure_store.package import SealedPackage, seal_package
from secure_store.package_format import (
    FORMAT,
    body_bytes,
    encode_prefix,
    encode_trailer,
    signed_message,
)
from secure_store.package_writer import SUITE, OutgoingItem, key_info
from secure_store.session import Session
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES

KIND = "test.kind"


@dataclass
class Pair:
    """A sender (``arts`` in one vault) and a recipient (``vta`` in another) who know each other."""

    sender: Session
    recipient: Session
    sender_vault: Vault
    recipient_vault: Vault
    sender_card: IdentityCard
    recipient_card: IdentityCard


def make_pair(template: Path, tmp_path: Path) -> Pair:
    folders = []
    for name in ("sender", "recipient"):
        shutil.copytree(template, tmp_path / name)
        folders.append(tmp_path / name)
    sender_vault = Vault.open(folders[0], sleep=lambda _: None)
    recipient_vault = Vault.open(folders[1], sleep=lambda _: None)
    sender = sender_vault.unlock("arts", PASSPHRASES["arts"])
    recipient = recipient_vault.unlock("vta", PASSPHRASES["vta"])
    sender_card, recipient_card = Identities(sender).own(), Identities(recipient).own()
    AddressBook(sender).add(recipient_card, confirmed_fingerprint=recipient_card.fingerprint)
    AddressBook(recipient).add(sender_card, confirmed_fingerprint=sender_card.fingerprint)
    return Pair(sender, recipient, sender_vault, recipient_vault, sender_card, recipient_card)


DOCUMENT = b'{"vraag": "Past dit letsel bij een val?"}'


def items(payload: bytes = b"") -> list[OutgoingItem]:
    payload = payload or bytes(range(256)) * 5
    return [
        OutgoingItem.from_bytes("doc.json", "application/json", DOCUMENT),
        OutgoingItem(
            "data/payload.bin", "application/octet-stream",
            lambda: (payload[i : i + 100] for i in range(0, len(payload), 100)), len(payload),
        ),
    ]  # fmt: skip


def seal(
    pair: Pair, dest: Path, *, kind: str = KIND, chunk_size: int = 64, **kw: Any
) -> SealedPackage:
    return seal_package(
        pair.sender, dest, kind=kind, recipients=[pair.recipient_card], items=kw.pop("items", None) or items(),
        record_type="test", record_id="r1", chunk_size=chunk_size, **kw,
    )  # fmt: skip


def leftovers(session: Session, *folders: Path) -> dict[str, object]:
    """Everything an import could leave behind: rows, blob files, markers, temp files."""
    conn = session.conn
    files = sorted(
        str(p.relative_to(session.folder))
        for p in (session.folder / "blobs").rglob("*")
        if p.is_file()
    )
    temps = sorted(
        str(p) for folder in (session.folder, *folders) for p in folder.glob(".vd-tmp-*")
    )
    return {
        "cases": conn.execute("SELECT count(*) FROM cases").fetchone()[0],
        "blobs": conn.execute("SELECT count(*) FROM blobs").fetchone()[0],
        "received": conn.execute("SELECT count(*) FROM pkg_received").fetchone()[0],
        "files": files,
        "temps": temps,
    }


def craft(
    private: PrivateIdentity,
    card: IdentityCard,
    recipient: IdentityCard,
    *,
    header: dict[str, Any] | None = None,
    body: dict[str, Any] | None = None,
    manifest: Any = None,
    payload: bytes = b"hello world",
    sealed_key: bytes | None = None,
) -> bytes:
    """A package whose signatures hold but whose signed fields are whatever the test says."""
    package_id, key = os.urandom(16).hex(), os.urandom(32)
    sealed = sealed_key or SUITE.encrypt(
        key, recipient.keys.hpke_public(), key_info(package_id, card.key_id, recipient.key_id)
    )
    import base64

    fields: dict[str, Any] = {
        "format": FORMAT, "package_id": package_id, "kind": KIND, "created": "2026-03-02",
        "chunk_size": 64, "sender": card.to_json(),
        "recipients": [{
            "key_id": recipient.key_id, "name": recipient.name, "organisation": "",
            "sealed_key": base64.b64encode(sealed).decode(),
        }],
    }  # fmt: skip
    fields.update(header or {})
    prefix = encode_prefix(fields)
    stream = io.BytesIO()
    stream_id = os.urandom(16)
    writer = ChunkWriter(key, stream_id, stream, 64)
    writer.write(payload)
    writer.close()
    encrypted = stream.getvalue()
    entry = {
        "name": "doc.json", "media_type": "application/json", "size": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(), "stream_id": stream_id.hex(),
        "offset": len(prefix), "length": len(encrypted),
    }  # fmt: skip
    whole = prefix + encrypted
    trailer_fields: dict[str, Any] = {
        "manifest": [entry] if manifest is None else manifest(entry),
        "header_sha256": hashlib.sha256(prefix).hexdigest(),
        "prefix_sha256": hashlib.sha256(whole).hexdigest(),
        "prefix_size": len(whole),
    }
    trailer_fields.update(body or {})
    raw = body_bytes(trailer_fields)
    return whole + encode_trailer(raw, private.sign(signed_message(raw)))
