"""Consults on the answering side: take a request in, read its material, answer, seal it back.

An imported request becomes a consult dossier with its own case key in the consult area, so it
is erased as a whole like any dossier. The consultant writes the opinion — a conclusion on the
same fixed scale as the letselduiding, the reasoning, the limitations — and seals it to the
requester; the package's two signatures are the consultant's signature under the answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from secure_store.address_book import AddressBook, UnknownContact
from secure_store.identities import Identities
from secure_store.package import OpenedPackage, SealedPackage, import_package, seal_package
from secure_store.package_writer import OutgoingItem
from secure_store.roles import Area
from secure_store.session import Session

from .consult_errors import ConsultAlreadyAnswered, InvalidConsultDocument
from .consult_records import (
    ANSWER_DOCUMENT,
    ANSWER_FORMAT,
    ANSWER_KIND,
    REQUEST_DOCUMENT,
    REQUEST_FORMAT,
    REQUEST_KIND,
    Consult,
    ConsultItem,
    ConsultStatus,
    check_answer,
)
from .dossiers import new_id
from .errors import RecordNotFound
from .vocabulary import ConclusionScale

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
_COLUMNS = (
    "id, case_id, package_id, request_ref, requester_key_id, requester_name,"
    " requester_organisation, requester_fingerprint, document, received_at, received_by, status,"
    " conclusion, reasoning, limitations, answered_at, answered_by, answer_package_id"
)
_ITEM_COLUMNS = "id, consult_id, name, media_type, size, sha256, blob_id"


class ConsultService:
    """Received consults for one session (forensisch arts or vertrouwensarts)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _require(self, action: str, record_id: str = "") -> None:
        self.session.require(
            Area.CONSULT, action=action, record_type="consult", record_id=record_id
        )

    # -- import -------------------------------------------------------------------------
    def import_request(
        self, path: Path, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
    ) -> Consult:
        """Verify, decrypt and store a request package as a new consult dossier.

        Raises:
            The package refusals (tampered, truncated, wrong recipient, unknown sender, replay,
            …), InvalidConsultDocument, Cancelled; nothing is left behind in any of these.
        """
        self._require("consult.import")
        return import_package(
            self.session, Path(path), kinds={REQUEST_KIND}, consume=self._take_request,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip

    def _take_request(self, opened: OpenedPackage) -> Consult:
        document = _request_document(opened)
        sender = opened.info.sender
        case_id = self.session.cases.create(Area.CONSULT)
        consult = Consult(
            new_id(), case_id, opened.info.package_id, document["request_ref"], sender.key_id,
            sender.name, sender.organisation, sender.fingerprint, document,
            self.session.now_text(), self.session.user, ConsultStatus.RECEIVED,
        )  # fmt: skip
        self.session.conn.execute(
            f"INSERT INTO cs_consults ({_COLUMNS}) VALUES ({', '.join('?' * 18)})",
            _row(consult),
        )
        for entry in opened.info.manifest:
            if entry.name == REQUEST_DOCUMENT:
                continue
            ref = opened.store(entry.name, case_id)
            self.session.conn.execute(
                f"INSERT INTO cs_consult_items ({_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (new_id(), consult.id, entry.name, entry.media_type, ref.size, ref.sha256, ref.id),
            )
        self.session.log(
            "consult.import", "consult", consult.id, subject=consult.id,
            detail=f"package={consult.package_id} from={sender.key_id}",
        )  # fmt: skip
        return consult

    # -- reading ------------------------------------------------------------------------
    def consults(self) -> list[Consult]:
        """Every received consult, newest first (the listing is logged)."""
        self._require("consult.list")
        rows = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM cs_consults ORDER BY received_at DESC"
        )
        self.session.log("consult.list", "consult", detail=f"{len(rows)} consulten")
        return [_from_row(r) for r in rows]

    def get(self, consult_id: str) -> Consult:
        """One consult; the reading is logged."""
        self._require("consult.read", consult_id)
        row = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM cs_consults WHERE id = ?", (consult_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(consult_id)
        self.session.log("consult.read", "consult", consult_id, subject=consult_id)
        return _from_row(row)

    def items(self, consult_id: str) -> list[ConsultItem]:
        """The files that came with a consult, in package order."""
        self._require("consult.read", consult_id)
        rows = self.session.conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM cs_consult_items WHERE consult_id = ? ORDER BY rowid",
            (consult_id,),
        )
        return [ConsultItem(*r) for r in rows]

    def item_bytes(self, item: ConsultItem) -> bytes:
        """The bytes of one received file (the reading is logged)."""
        self._require("consult.read_item", item.consult_id)
        self.session.log("consult.read_item", "consult", item.consult_id, detail=item.name)
        return self.session.blobs.read(item.blob_id)

    # -- the answer ---------------------------------------------------------------------
    def save_answer(
        self, consult_id: str, conclusion: ConclusionScale | None, reasoning: str, limitations: str
    ) -> Consult:
        """Store the draft opinion (it can change until it is sealed).

        Raises:
            ConsultAlreadyAnswered: the answer was sealed already.
        """
        self._require("consult.answer", consult_id)
        consult = self.get(consult_id)
        if consult.is_answered:
            raise ConsultAlreadyAnswered(consult_id)
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE cs_consults SET conclusion = ?, reasoning = ?, limitations = ? WHERE id = ?",
                (conclusion.code if conclusion else "", reasoning, limitations, consult_id),
            )
            self.session.log("consult.answer", "consult", consult_id, subject=consult_id)
        return replace(consult, conclusion=conclusion, reasoning=reasoning, limitations=limitations)

    def seal_answer(
        self,
        consult_id: str,
        dest: Path,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> SealedPackage:
        """Sign and seal the saved answer to the requester, and write ``dest``.

        Raises:
            ConsultAlreadyAnswered, InvalidRecord (no conclusion or reasoning),
            UnknownContact (the requester left the address book), Cancelled.
        """
        self._require("consult.seal_answer", consult_id)
        consult = self.get(consult_id)
        if consult.is_answered:
            raise ConsultAlreadyAnswered(consult_id)
        check_answer(consult.conclusion, consult.reasoning)
        assert consult.conclusion is not None  # check_answer refused None
        contact = AddressBook(self.session).contact(consult.requester_key_id)
        if contact is None:
            raise UnknownContact(consult.requester_key_id)
        answered_at = self.session.now_text()
        own = Identities(self.session).own()
        body = json.dumps({
            "format": ANSWER_FORMAT, "version": 1, "in_reply_to": consult.package_id,
            "request_ref": consult.request_ref, "conclusion": consult.conclusion.code,
            "conclusion_label": consult.conclusion.label_nl,
            "conclusion_label_en": consult.conclusion.label_en, "reasoning": consult.reasoning,
            "limitations": consult.limitations, "answered_at": answered_at,
            "consultant": {"name": own.name, "organisation": own.organisation, "role": own.role},
        }, indent=2, ensure_ascii=False).encode()  # fmt: skip
        sealed = seal_package(
            self.session, Path(dest), kind=ANSWER_KIND, recipients=[contact.card],
            items=[OutgoingItem.from_bytes(ANSWER_DOCUMENT, "application/json", body)],
            record_type="consult", record_id=consult_id, subject=consult_id,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE cs_consults SET status = ?, answered_at = ?, answered_by = ?,"
                " answer_package_id = ?, answer_sha256 = ? WHERE id = ?",
                (
                    ConsultStatus.ANSWERED.code, answered_at, self.session.user,
                    sealed.info.package_id, sealed.receipt.sha256, consult_id,
                ),
            )  # fmt: skip
            self.session.log(
                "consult.answered", "consult", consult_id, subject=consult_id,
                detail=f"package={sealed.info.package_id} conclusion={consult.conclusion.code}",
            )  # fmt: skip
        return sealed


def _request_document(opened: OpenedPackage) -> dict[str, Any]:
    try:
        value = json.loads(opened.read(REQUEST_DOCUMENT))
        if value["format"] != REQUEST_FORMAT or not isinstance(value["request_ref"], str):
            raise ValueError("format")
        if not isinstance(value["question"], str) or not isinstance(value["subject"], dict):
            raise ValueError("fields")
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidConsultDocument(REQUEST_DOCUMENT) from exc
    return dict(value)


def _row(c: Consult) -> tuple[Any, ...]:
    return (
        c.id, c.case_id, c.package_id, c.request_ref, c.requester_key_id, c.requester_name,
        c.requester_organisation, c.requester_fingerprint, json.dumps(c.document),
        c.received_at, c.received_by, c.status.code, c.conclusion.code if c.conclusion else "",
        c.reasoning, c.limitations, c.answered_at or None, c.answered_by, c.answer_package_id,
    )  # fmt: skip


def _from_row(r: Any) -> Consult:
    return Consult(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8]), r[9], r[10],
        ConsultStatus.from_code(r[11]), ConclusionScale.from_code(r[12]) if r[12] else None,
        r[13], r[14], r[15] or "", r[16], r[17],
    )  # fmt: skip
