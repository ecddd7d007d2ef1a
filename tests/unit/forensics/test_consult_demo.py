"""The demo vault's second opinions: identities, an address book, requests sent and received."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.demo import DEMO_USERS, create_demo_vault, seed_consult, seed_forensics, seed_users
from desktop.vaults import SCHEMAS
from forensics.consult_demo import LECK
from forensics.consult_records import ConsultStatus, RequestStatus
from forensics.consult_requests import RequestService
from forensics.consults import ConsultService
from secure_store.address_book import AddressBook
from secure_store.identities import Identities
from secure_store.kdf import KdfParams
from secure_store.vault import Vault


def test_the_demo_vault_has_second_opinions_on_their_way(tmp_path: Path) -> None:
    create_demo_vault(
        tmp_path / "demo", kdf=KdfParams(os.urandom(16), 1, 64 * 1024),
        seeders=[seed_users, seed_forensics, seed_consult],
    )  # fmt: skip
    vault = Vault.open(tmp_path / "demo", schemas=SCHEMAS)
    users = {u.name: u for u in DEMO_USERS}
    vta = vault.unlock("vertrouwensarts", users["vertrouwensarts"].passphrase)
    book = AddressBook(vta)
    assert [o.name for o in book.organisations()] == [LECK]
    assert len(book.organisations()[0].member_ids) == 2
    assert any(c.colleague for c in book.contacts())
    summaries = RequestService(vta).summaries()
    assert {s.pseudonym for s in summaries} == {"DEMO-KIND-A", "DEMO-VOLW-B"}
    assert {s.status for s in summaries} == {RequestStatus.SENT}
    own = Identities(vta).own()
    arts = vault.unlock("arts", users["arts"].passphrase)
    consults = ConsultService(arts).consults()
    assert [(c.status, c.requester_key_id) for c in consults] == [
        (ConsultStatus.RECEIVED, own.key_id)
    ]
    assert consults[0].conclusion is not None and consults[0].reasoning
    vault.lock()
