"""A whole forensic dossier moved to another vault, and what the receiving vault refuses."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from forensics.dossiers import DossierService
from forensics.imaging import ImagingService
from forensics.injuries import InjuryService
from forensics.photos import PhotoService
from forensics.records import Sex
from forensics.transfer import TRANSFER_DOCUMENT, TRANSFER_KIND, TransferService
from forensics.transfer_errors import (
    DossierAlreadyHere,
    InvalidTransferDocument,
    TransferFromNewerVersion,
)
from secure_store.audit import AuditQuery
from secure_store.errors import Cancelled, PermissionDenied
from secure_store.package import seal_package
from secure_store.package_errors import AlreadyImported, PackageTampered, WrongPackageKind
from secure_store.package_reader import inspect_package
from secure_store.package_writer import OutgoingItem
from secure_store.session import Session
from tests.consult_world import BORN, NAME, World, make_world, own_card, unlock


@pytest.fixture
def world(template_vault: Path, tmp_path: Path) -> World:
    return make_world(template_vault, tmp_path)


def _to_consultant(world: World, dest: Path) -> Path:
    TransferService(world.requester).seal(
        world.doc.subject_id, [own_card(world.consultant).key_id], dest
    )
    return dest


def _state(session: Session) -> tuple[int, int, int]:
    """Subjects, blob rows and blob files of a vault: what a refused import must not change."""
    conn = session.conn
    subjects = conn.execute("SELECT count(*) FROM fx_subjects").fetchone()[0]
    blobs = conn.execute("SELECT count(*) FROM blobs").fetchone()[0]
    files = sum(1 for p in session.blobs.folder.rglob("*") if p.is_file())
    return subjects, blobs, files


def _sealed_with_addendum(world: World) -> str:
    """A second, earlier examination of the same child, sealed, with an addendum."""
    dossiers = DossierService(world.requester)
    exam = dossiers.create_examination(
        world.doc.subject_id, world.clock.now() - timedelta(days=30), place="Polikliniek",
        question="Eerder onderzoek", findings="Geen letsel gezien.",
    )  # fmt: skip
    dossiers.seal(exam.id)
    dossiers.add_addendum(exam.id, "Aanvulling: foto's later ontvangen.")
    return exam.id


def test_a_dossier_arrives_whole_with_its_evidence_unchanged(world: World, tmp_path: Path) -> None:
    _sealed_with_addendum(world)
    package = _to_consultant(world, tmp_path / "dossier.vdpkg")
    # Examinations go by date: the earlier one (created later) is onderzoek-1.
    names = {e.name for e in inspect_package(package).manifest}
    assert "onderzoek-2/foto-001-origineel.jpg" in names and "onderzoek-2/dicom-001.dcm" in names
    received = TransferService(world.consultant).import_dossier(package)

    assert (received.name, received.date_of_birth, received.sex) == (NAME, BORN, Sex.FEMALE)
    assert received.pseudonym == world.doc.pseudonym and received.id != world.doc.subject_id
    dossiers = DossierService(world.consultant)
    exams = dossiers.examinations_of(received.id)
    assert len(exams) == 2 and all(e.is_sealed for e in exams)
    # "vta" is also a user of the receiving vault, but not the person who examined the child.
    assert {e.examiner for e in exams} == {"Vta (GGD Testregio)"}
    sealed_before = next(e for e in exams if e.question == "Eerder onderzoek")
    assert [a.text for a in dossiers.addenda(sealed_before.id)] == [
        "Aanvulling: foto's later ontvangen."
    ]
    assert dossiers.addenda(sealed_before.id)[0].author == "Vta (GGD Testregio)"

    exam = next(e for e in exams if e.question == "Passen de hematomen bij een val?")
    injuries = InjuryService(dossiers).of_examination(exam.id)
    assert [(i.number, i.region_code, i.length_mm) for i in injuries] == [
        (1, "head.face.cheek.right", 22.0), (2, "trunk.chest", 18.0),
    ]  # fmt: skip
    photos = PhotoService(dossiers)
    arrived = photos.photos(exam.id)
    assert [photos.original_bytes(p.id) for p in arrived] == list(world.doc.photo_bytes)
    assert [p.sha256 for p in arrived] == [
        hashlib.sha256(b).hexdigest() for b in world.doc.photo_bytes
    ]
    first = arrived[0]
    assert first.caption == "Wang rechts" and first.calibration is not None
    assert len(first.annotations) == 1 and first.injury_ids == (injuries[0].id,)
    assert photos.thumbnail(first.id) and photos.preview(first.id)
    imaging = ImagingService(dossiers)
    [study] = imaging.studies(exam.id)
    sent = ImagingService(DossierService(world.requester))
    sent_objects = sent.objects(sent.studies(world.doc.examination_id)[0].id)
    assert sorted(o.sha256 for o in imaging.objects(study.id)) == sorted(
        o.sha256 for o in sent_objects
    )

    [inbound] = TransferService(world.consultant).transfers(received.id)
    [outbound] = TransferService(world.requester).transfers(world.doc.subject_id)
    assert inbound.direction == "in" and outbound.direction == "out"
    assert inbound.package_id == outbound.package_id
    assert inbound.counterpart == own_card(world.requester).label
    assert outbound.sha256 == hashlib.sha256(package.read_bytes()).hexdigest()
    received_audit = unlock(world.consultant_vault, "privacy").read_audit(AuditQuery())
    assert {"subject.transfer_in", "package.import"} <= {e.action for e in received_audit}
    sent_audit = unlock(world.requester_vault, "privacy").read_audit(AuditQuery())
    sent_actions = {e.action for e in sent_audit}
    assert {"subject.transfer_out", "package.seal"} <= sent_actions


def test_the_sender_keeps_the_dossier_and_an_open_examination_stays_open_there(
    world: World, tmp_path: Path
) -> None:
    _to_consultant(world, tmp_path / "dossier.vdpkg")
    mine = DossierService(world.requester).examination(world.doc.examination_id)
    assert not mine.is_sealed


def test_the_preview_says_what_leaves(world: World) -> None:
    _sealed_with_addendum(world)
    plan = TransferService(world.requester).plan(
        world.doc.subject_id, [own_card(world.consultant).key_id]
    )
    assert plan.counts["fx_examinations"] == 2 and plan.counts["fx_photos"] == 2
    assert plan.counts["fx_imaging_objects"] == 2 and plan.counts["fx_addenda"] == 1
    assert plan.files == 2 * 3 + 2  # original, preview, thumbnail per photo; two DICOM objects
    assert plan.recipients == (own_card(world.consultant),)
    assert plan.subject.name == NAME and plan.counts["cs_requests"] == 0


def test_the_sealed_file_shows_neither_the_name_nor_the_photos(
    world: World, tmp_path: Path
) -> None:
    raw = _to_consultant(world, tmp_path / "dossier.vdpkg").read_bytes()
    assert NAME.encode() not in raw and world.doc.pseudonym.encode() not in raw
    for photo in world.doc.photo_bytes:
        assert photo[1000:1064] not in raw
    info = inspect_package(tmp_path / "dossier.vdpkg")
    assert info.kind == TRANSFER_KIND
    # The manifest says what each file is, so its hashes can be held against a report's.
    listed = {e.name: e.sha256 for e in info.manifest}
    for seq, photo in enumerate(world.doc.photo_bytes, start=1):
        original = f"onderzoek-1/foto-{seq:03d}-origineel.jpg"
        assert listed[original] == hashlib.sha256(photo).hexdigest()
        assert f"onderzoek-1/foto-{seq:03d}-miniatuur.jpg" in listed
    assert {"onderzoek-1/dicom-001.dcm", "onderzoek-1/dicom-002.dcm"} <= set(listed)


def test_a_transfer_is_taken_in_once(world: World, tmp_path: Path) -> None:
    package = _to_consultant(world, tmp_path / "dossier.vdpkg")
    TransferService(world.consultant).import_dossier(package)
    before = _state(world.consultant)
    with pytest.raises(AlreadyImported):
        TransferService(world.consultant).import_dossier(package)
    assert _state(world.consultant) == before


def test_a_dossier_whose_reference_is_taken_is_refused(world: World, tmp_path: Path) -> None:
    package = _to_consultant(world, tmp_path / "dossier.vdpkg")
    DossierService(world.consultant).create_subject(
        "Iemand Anders", BORN, Sex.MALE, pseudonym=world.doc.pseudonym
    )
    before = _state(world.consultant)
    with pytest.raises(DossierAlreadyHere):
        TransferService(world.consultant).import_dossier(package)
    assert _state(world.consultant) == before


def test_a_changed_byte_and_a_request_package_are_refused(world: World, tmp_path: Path) -> None:
    package = _to_consultant(world, tmp_path / "dossier.vdpkg")
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    (tmp_path / "changed.vdpkg").write_bytes(bytes(data))
    before = _state(world.consultant)
    with pytest.raises(PackageTampered):
        TransferService(world.consultant).import_dossier(tmp_path / "changed.vdpkg")
    other = tmp_path / "other.vdpkg"
    seal_package(
        world.requester, other, kind="consult-request", recipients=[own_card(world.consultant)],
        items=[OutgoingItem.from_bytes("verzoek.json", "application/json", b"{}")],
        record_type="test", record_id="x",
    )  # fmt: skip
    with pytest.raises(WrongPackageKind):
        TransferService(world.consultant).import_dossier(other)
    assert _state(world.consultant) == before


def test_only_forensic_roles_transfer(world: World, tmp_path: Path) -> None:
    opvang = unlock(world.requester_vault, "opvang")
    with pytest.raises(PermissionDenied):
        TransferService(opvang).seal(
            world.doc.subject_id, [own_card(world.consultant).key_id], tmp_path / "x.vdpkg"
        )
    assert not (tmp_path / "x.vdpkg").exists()


# -- forged documents: signed by a known sender, but not a dossier to take in ------------------
def _document(world: World, tmp_path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The document and blob items of a real transfer, read back from its package."""
    package = _to_consultant(world, tmp_path / "real.vdpkg")
    captured: dict[str, Any] = {}

    def keep(opened: Any) -> None:
        captured["doc"] = json.loads(opened.read(TRANSFER_DOCUMENT))
        captured["items"] = {
            e.name: opened.read(e.name, limit=1 << 26) for e in opened.info.manifest
            if e.name != TRANSFER_DOCUMENT
        }  # fmt: skip
        raise _Stop()

    from secure_store.package import import_package

    with pytest.raises(_Stop):
        import_package(world.consultant, package, kinds={TRANSFER_KIND}, consume=keep)
    return captured["doc"], captured["items"]


class _Stop(Exception):
    pass


def _forged(
    world: World, tmp_path: Path, document: dict[str, Any], items: dict[str, bytes]
) -> Path:
    path = tmp_path / f"forged-{len(list(tmp_path.glob('forged-*')))}.vdpkg"
    body = json.dumps(document).encode()
    outgoing = [OutgoingItem.from_bytes(TRANSFER_DOCUMENT, "application/json", body)]
    outgoing += [
        OutgoingItem.from_bytes(n, "application/octet-stream", b) for n, b in items.items()
    ]
    seal_package(
        world.requester, path, kind=TRANSFER_KIND, recipients=[own_card(world.consultant)],
        items=outgoing, record_type="test", record_id="x",
    )  # fmt: skip
    return path


def _same_item_twice(document: dict[str, Any]) -> dict[str, Any]:
    copy = json.loads(json.dumps(document))
    first, second = list(copy["blobs"])[:2]
    copy["blobs"][second]["item"] = copy["blobs"][first]["item"]
    return copy


def _changed(document: dict[str, Any], table: str, **values: Any) -> dict[str, Any]:
    copy = json.loads(json.dumps(document))
    copy["tables"][table][0].update(values)
    return copy


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda d: {**d, "format": "iets-anders"}, InvalidTransferDocument),
        (lambda d: {**d, "version": 2}, TransferFromNewerVersion),
        (lambda d: {**d, "tables": {**d["tables"], "fx_unknown": []}}, TransferFromNewerVersion),
        (lambda d: _changed(d, "fx_injuries", future_column="x"), TransferFromNewerVersion),
        (lambda d: _changed(d, "fx_injuries", examination_id="0" * 32), InvalidTransferDocument),
        (lambda d: _changed(d, "fx_photos", sha256="0" * 64), InvalidTransferDocument),
        (lambda d: _changed(d, "fx_injuries", number=True), InvalidTransferDocument),
        (lambda d: _changed(d, "fx_injuries", view=None), InvalidTransferDocument),
        (lambda d: {**d, "tables": {**d["tables"], "fx_subjects": []}}, InvalidTransferDocument),
        (lambda d: {**d, "people": []}, InvalidTransferDocument),
        (lambda d: _same_item_twice(d), InvalidTransferDocument),
    ],
)
def test_a_forged_dossier_is_refused_and_leaves_nothing(
    world: World, tmp_path: Path, change: Any, error: type[Exception]
) -> None:
    document, items = _document(world, tmp_path)
    forged = _forged(world, tmp_path, change(document), items)
    before = _state(world.consultant)
    with pytest.raises(error):
        TransferService(world.consultant).import_dossier(forged)
    assert _state(world.consultant) == before


def test_a_dossier_without_its_files_or_with_other_files_is_refused(
    world: World, tmp_path: Path
) -> None:
    document, items = _document(world, tmp_path)
    first = next(iter(items))
    missing = _forged(world, tmp_path, document, {k: v for k, v in items.items() if k != first})
    other = _forged(world, tmp_path, document, {**items, first: b"andere bytes"})
    before = _state(world.consultant)
    for forged in (missing, other):
        with pytest.raises(InvalidTransferDocument):
            TransferService(world.consultant).import_dossier(forged)
    assert _state(world.consultant) == before


def test_a_cancelled_transfer_leaves_no_file_and_a_cancelled_import_nothing(
    world: World, tmp_path: Path
) -> None:
    calls = {"n": 0}

    def after_a_while() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        TransferService(world.requester).seal(
            world.doc.subject_id, [own_card(world.consultant).key_id], tmp_path / "x.vdpkg",
            cancelled=after_a_while,
        )  # fmt: skip
    assert not (tmp_path / "x.vdpkg").exists() and list(tmp_path.glob(".vd-tmp-*")) == []
    assert TransferService(world.requester).transfers(world.doc.subject_id) == []
    package = _to_consultant(world, tmp_path / "dossier.vdpkg")
    before = _state(world.consultant)
    calls["n"] = 0
    with pytest.raises(Cancelled):
        TransferService(world.consultant).import_dossier(package, cancelled=after_a_while)
    assert _state(world.consultant) == before
    TransferService(world.consultant).import_dossier(package)  # and it can be taken in after


def test_an_answered_second_opinion_travels_with_the_dossier_and_a_pending_one_stays(
    world: World, tmp_path: Path
) -> None:
    from forensics.consult_records import PhotoShare, RequestStatus, Selection
    from forensics.consult_requests import RequestService
    from forensics.consults import ConsultService
    from forensics.vocabulary import ConclusionScale

    requests = RequestService(world.requester)
    answered = requests.create(world.doc.examination_id, "Past dit bij een val?")
    shared = Selection(
        world.doc.injury_ids[:1], ((world.doc.photo_ids[0], PhotoShare.ANNOTATED),)
    )
    consultant = [own_card(world.consultant).key_id]
    requests.update(answered.id, selection=shared, recipients=consultant)
    requests.seal(answered.id, tmp_path / "verzoek.vdpkg")
    consults = ConsultService(world.consultant)
    consult = consults.import_request(tmp_path / "verzoek.vdpkg")
    consults.save_answer(consult.id, ConclusionScale.PROBABLE, "Patroon van een hand.", "Foto's")
    consults.seal_answer(consult.id, tmp_path / "antwoord.vdpkg")
    requests.import_answer(tmp_path / "antwoord.vdpkg")
    pending = requests.create(world.doc.examination_id, "Nog een vraag")
    requests.update(pending.id, selection=shared, recipients=consultant)
    requests.seal(pending.id, tmp_path / "open.vdpkg")

    package = _to_consultant(world, tmp_path / "dossier.vdpkg")
    received = TransferService(world.consultant).import_dossier(package)
    [exam] = [
        e for e in DossierService(world.consultant).examinations_of(received.id)
        if e.question == "Passen de hematomen bij een val?"
    ]  # fmt: skip
    [request] = RequestService(world.consultant).of_examination(exam.id)
    assert request.status is RequestStatus.ANSWERED and request.question == "Past dit bij een val?"
    assert request.sent_by == "Vta (GGD Testregio)"
    [answer] = request.answers
    assert answer.conclusion is ConclusionScale.PROBABLE and answer.reasoning == (
        "Patroon van een hand."
    )
    injuries = InjuryService(DossierService(world.consultant)).of_examination(exam.id)
    photos = PhotoService(DossierService(world.consultant)).photos(exam.id)
    assert request.selection.injuries == (injuries[0].id,)
    assert request.selection.photos == ((photos[0].id, PhotoShare.ANNOTATED),)
    kept = world.consultant.conn.execute(
        "SELECT package_blob FROM cs_answers WHERE request_id = ?", (request.id,)
    ).fetchone()[0]
    assert world.consultant.blobs.read(kept) == (tmp_path / "antwoord.vdpkg").read_bytes()
