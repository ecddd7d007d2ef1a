"""The answering side, and which answers the requester refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forensics.consult_errors import (
    AnswerFromOther,
    AnswerWithoutRequest,
    ConsultAlreadyAnswered,
    InvalidConsultDocument,
)
from forensics.consult_records import ANSWER_KIND, REQUEST_KIND, ConsultStatus, RequestStatus
from forensics.consult_requests import RequestService
from forensics.consults import ConsultService
from forensics.errors import InvalidRecord, RecordNotFound
from forensics.vocabulary import ConclusionScale
from secure_store.address_book import AddressBook, UnknownContact
from secure_store.errors import CaseErased
from secure_store.package import seal_package
from secure_store.package_writer import OutgoingItem
from tests.consult_world import World, introduce, make_world, own_card, unlock
from tests.unit.forensics.test_consult_requests import _ready


@pytest.fixture
def world(template_vault: Path, tmp_path: Path) -> World:
    return make_world(template_vault, tmp_path)


def _received(world: World, tmp_path: Path) -> tuple[str, str]:
    request_id = _ready(world)
    RequestService(world.requester).seal(request_id, tmp_path / "v.vdpkg")
    return request_id, ConsultService(world.consultant).import_request(tmp_path / "v.vdpkg").id


def test_an_answer_is_drafted_then_sealed_once(world: World, tmp_path: Path) -> None:
    _, consult_id = _received(world, tmp_path)
    consults = ConsultService(world.consultant)
    assert [c.id for c in consults.consults()] == [consult_id]
    consult = consults.get(consult_id)
    assert consult.status is ConsultStatus.RECEIVED and consult.question == "Past dit bij een val?"
    with pytest.raises(InvalidRecord):
        consults.seal_answer(consult_id, tmp_path / "a.vdpkg")
    consults.save_answer(consult_id, ConclusionScale.SUSPICIOUS, "", "")
    with pytest.raises(InvalidRecord):
        consults.seal_answer(consult_id, tmp_path / "a.vdpkg")
    draft = consults.save_answer(
        consult_id, ConclusionScale.SUSPICIOUS, "Locatie past niet.", "Geen"
    )
    assert consults.get(consult_id) == draft
    sealed = consults.seal_answer(consult_id, tmp_path / "a.vdpkg")
    answered = consults.get(consult_id)
    assert answered.is_answered and answered.answer_package_id == sealed.info.package_id
    with pytest.raises(ConsultAlreadyAnswered):
        consults.save_answer(consult_id, ConclusionScale.NO_INJURY, "x", "")
    with pytest.raises(ConsultAlreadyAnswered):
        consults.seal_answer(consult_id, tmp_path / "b.vdpkg")


def test_an_answer_needs_the_requester_in_the_address_book(world: World, tmp_path: Path) -> None:
    _, consult_id = _received(world, tmp_path)
    consults = ConsultService(world.consultant)
    consults.save_answer(consult_id, ConclusionScale.NON_SPECIFIC, "Past bij een val.", "")
    AddressBook(world.consultant).remove(own_card(world.requester).key_id)
    with pytest.raises(UnknownContact):
        consults.seal_answer(consult_id, tmp_path / "a.vdpkg")


def test_unknown_consults_are_not_found(world: World) -> None:
    with pytest.raises(RecordNotFound):
        ConsultService(world.consultant).get("0" * 32)


def _answer(
    world: World, tmp_path: Path, document: dict[str, object], *, kind: str = ANSWER_KIND
) -> Path:
    body = json.dumps(document).encode()
    path = tmp_path / "forged.vdpkg"
    seal_package(
        world.consultant, path, kind=kind, recipients=[own_card(world.requester)],
        items=[OutgoingItem.from_bytes("antwoord.json", "application/json", body)],
        record_type="test", record_id="x",
    )  # fmt: skip
    return path


def _valid(world: World, request_id: str) -> dict[str, object]:
    request = RequestService(world.requester).get(request_id)
    return {
        "format": "veilig-dossier-consult-answer", "request_ref": request.id,
        "in_reply_to": request.package_id, "conclusion": "probable", "reasoning": "r",
        "limitations": "", "answered_at": "2026-03-05T10:00:00+00:00",
    }  # fmt: skip


def test_answers_that_match_no_sent_request_are_refused(world: World, tmp_path: Path) -> None:
    request_id, _ = _received(world, tmp_path)
    requests = RequestService(world.requester)
    with pytest.raises(AnswerWithoutRequest):
        requests.import_answer(
            _answer(world, tmp_path, {**_valid(world, request_id), "in_reply_to": "0" * 32})
        )
    for broken in ({"format": "x"}, {"conclusion": "bruise-age"}, {"reasoning": 5}):
        with pytest.raises(InvalidConsultDocument):
            requests.import_answer(
                _answer(world, tmp_path, {**_valid(world, request_id), **broken})
            )
    assert requests.get(request_id).status is RequestStatus.SENT
    assert requests.get(request_id).answers == ()


def test_an_answer_from_someone_not_asked_is_refused(world: World, tmp_path: Path) -> None:
    request_id, _ = _received(world, tmp_path)
    body = json.dumps(_valid(world, request_id)).encode()
    requester_card = own_card(world.requester)
    stranger = unlock(world.requester_vault, "arts")  # a colleague in the same vault, not asked
    introduce(stranger, requester_card)
    introduce(stranger, own_card(stranger))  # the vault's address book is shared
    seal_package(
        stranger, tmp_path / "other.vdpkg", kind=ANSWER_KIND, recipients=[requester_card],
        items=[OutgoingItem.from_bytes("antwoord.json", "application/json", body)],
        record_type="test", record_id="x",
    )  # fmt: skip
    requester = unlock(world.requester_vault, "vta")
    with pytest.raises(AnswerFromOther):
        RequestService(requester).import_answer(tmp_path / "other.vdpkg")


def test_a_request_package_that_is_not_a_request_document_is_refused(
    world: World, tmp_path: Path
) -> None:
    path = tmp_path / "odd.vdpkg"
    seal_package(
        world.requester, path, kind=REQUEST_KIND, recipients=[own_card(world.consultant)],
        items=[OutgoingItem.from_bytes("verzoek.json", "application/json", b'{"format": "x"}')],
        record_type="test", record_id="x",
    )  # fmt: skip
    with pytest.raises(InvalidConsultDocument):
        ConsultService(world.consultant).import_request(path)
    assert ConsultService(world.consultant).consults() == []


def test_erasing_a_consult_shreds_it_and_its_files(world: World, tmp_path: Path) -> None:
    _, consult_id = _received(world, tmp_path)
    consult = ConsultService(world.consultant).get(consult_id)
    items = ConsultService(world.consultant).items(consult_id)
    assert len(items) == 2
    privacy = unlock(world.consultant_vault, "privacy")
    privacy.cases.erase(consult.case_id, "Bewaartermijn verstreken")
    assert privacy.conn.execute("SELECT count(*) FROM cs_consults").fetchone()[0] == 0
    assert privacy.conn.execute("SELECT count(*) FROM cs_consult_items").fetchone()[0] == 0
    assert all(not privacy.blobs.path(i.blob_id).exists() for i in items)
    with pytest.raises(CaseErased):
        privacy.cases.area(consult.case_id)
