"""Requests: compose, preview = seal, de-identification safety nets, status and overdue."""

from __future__ import annotations

import hashlib
import io
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from forensics.annotations import Text
from forensics.consult_errors import RequestNotEditable, RequestNotReady
from forensics.consult_records import Deidentification, PhotoShare, RequestStatus, Selection
from forensics.consult_requests import RequestService
from forensics.consults import ConsultService
from forensics.dossiers import DossierService
from forensics.errors import InvalidRecord
from forensics.photos import PhotoService
from secure_store.address_book import AddressBook
from secure_store.audit import AuditQuery
from secure_store.errors import PermissionDenied
from secure_store.settings import CONSULT_OVERDUE_DAYS
from tests.consult_world import BORN, EXAMINED, NAME, World, make_world, own_card, unlock


@pytest.fixture
def world(template_vault: Path, tmp_path: Path) -> World:
    return make_world(template_vault, tmp_path)


def _ready(world: World, **changes: object) -> str:
    requests = RequestService(world.requester)
    request = requests.create(world.doc.examination_id, "Past dit bij een val?", "Kind, 9 maanden.")
    fields: dict[str, object] = {
        "selection": Selection(
            world.doc.injury_ids[:1], ((world.doc.photo_ids[0], PhotoShare.ANNOTATED),)
        ),
        "recipients": [own_card(world.consultant).key_id],
    }
    fields.update(changes)
    return requests.update(request.id, **fields).id


def test_a_new_request_is_a_concept_until_it_is_sealed(world: World, tmp_path: Path) -> None:
    request_id = _ready(world)
    assert RequestService(world.requester).get(request_id).status is RequestStatus.CONCEPT
    RequestService(world.requester).seal(request_id, tmp_path / "v.vdpkg")
    sent = RequestService(world.requester).get(request_id)
    assert sent.status is RequestStatus.SENT and sent.sent_by == "vta"
    assert sent.package_sha256 == hashlib.sha256((tmp_path / "v.vdpkg").read_bytes()).hexdigest()
    assert sent.recipient_label == own_card(world.consultant).label
    with pytest.raises(RequestNotEditable):
        RequestService(world.requester).update(request_id, question="Nieuwe vraag")
    with pytest.raises(RequestNotEditable):
        RequestService(world.requester).seal(request_id, tmp_path / "again.vdpkg")
    with pytest.raises(RequestNotEditable):
        RequestService(world.requester).discard(request_id)


def test_a_sent_request_becomes_overdue_after_the_configured_days(
    world: World, tmp_path: Path
) -> None:
    request_id = _ready(world)
    RequestService(world.requester).seal(request_id, tmp_path / "v.vdpkg")
    days = int(CONSULT_OVERDUE_DAYS.default)
    assert [s.status for s in RequestService(world.requester).summaries()] == [RequestStatus.SENT]
    world.clock.advance(timedelta(days=days + 1))
    summary = RequestService(world.requester).summaries()[0]
    assert summary.status is RequestStatus.OVERDUE and summary.subject_name == NAME
    assert summary.request.due(days) == (EXAMINED + timedelta(hours=4, days=days)).date()
    admin = world.requester_vault.unlock("beheer", "paarse olifant danst traag")
    admin.settings.set(CONSULT_OVERDUE_DAYS, days + 30)
    requester = unlock(world.requester_vault, "vta")
    assert RequestService(requester).summaries()[0].status is RequestStatus.SENT
    assert RequestService(requester).overdue_days == days + 30


def test_concepts_can_be_changed_and_discarded(world: World) -> None:
    request_id = _ready(world)
    with pytest.raises(InvalidRecord):
        RequestService(world.requester).update(request_id, subject="x")
    with pytest.raises(InvalidRecord):
        RequestService(world.requester).update(request_id, selection={"injuries": []})
    RequestService(world.requester).discard(request_id)
    assert RequestService(world.requester).of_examination(world.doc.examination_id) == []


def test_the_preview_lists_exactly_what_sealing_writes(world: World, tmp_path: Path) -> None:
    request_id = _ready(world, selection=Selection(
        world.doc.injury_ids, ((world.doc.photo_ids[1], PhotoShare.BOTH),), (world.doc.study_id,)
    ))  # fmt: skip
    preview = RequestService(world.requester).preview(request_id)
    sealed = RequestService(world.requester).seal(request_id, tmp_path / "v.vdpkg")
    assert [i.name for i in preview.items] == [e.name for e in sealed.info.manifest]
    assert [i.media_type for i in preview.items] == [e.media_type for e in sealed.info.manifest]
    assert all(item.description for item in preview.items)
    assert preview.document["subject"] == {
        "reference": world.doc.pseudonym, "is_pseudonym": True, "age_months": 9,
        "date_of_birth": None, "sex": "f", "sex_label": "vrouw",
    }  # fmt: skip
    assert [i["region_label"] for i in preview.document["injuries"]][1] == "borst"
    assert list(world.requester.audit_log.query(AuditQuery(action="consult_request.preview")))


def test_incomplete_requests_are_not_sealed(world: World, tmp_path: Path) -> None:
    requests = RequestService(world.requester)
    request = requests.create(world.doc.examination_id)
    problems = requests.preview(request.id).problems
    assert problems == (
        "Schrijf de vraag aan de consulent op.",
        "Kies minstens één letsel, foto of beeldvormend onderzoek.",
        "Kies minstens één ontvanger uit het adresboek.",
    )
    with pytest.raises(RequestNotReady) as refused:
        requests.seal(request.id, tmp_path / "v.vdpkg")
    assert refused.value.problems == list(problems)
    assert not (tmp_path / "v.vdpkg").exists()
    request_id = _ready(world)
    AddressBook(world.requester).remove(own_card(world.consultant).key_id)
    assert requests.preview(request_id).problems == (
        "Een gekozen ontvanger staat niet meer in het adresboek.",
    )


def test_the_name_and_birth_date_in_free_text_block_sealing(world: World) -> None:
    request_id = _ready(
        world,
        question="Is Noor gevallen?",
        clinical_context=f"Geboren {BORN.strftime('%d-%m-%Y')}, moeder Zonnebloem belde.",
    )
    problems = RequestService(world.requester).preview(request_id).problems
    assert "De naam ‘Noor’ staat in de vraag." in problems
    assert "De naam ‘Zonnebloem’ staat in de klinische context." in problems
    assert "De geboortedatum staat in de klinische context." in problems
    RequestService(world.requester).update(
        request_id, deidentification=Deidentification(pseudonym=False, age_in_months=False)
    )
    plan = RequestService(world.requester).preview(request_id)
    assert plan.ready
    assert plan.document["subject"]["reference"] == NAME
    assert plan.document["subject"]["date_of_birth"] == BORN.isoformat()


def test_text_drawn_on_a_photo_and_captions_are_searched(world: World) -> None:
    photos = PhotoService(DossierService(world.requester))
    photos.update(
        world.doc.photo_ids[0], caption="Noor, wang", annotations=[Text((5.0, 5.0), "Zonnebloem")]
    )
    problems = RequestService(world.requester).preview(_ready(world)).problems
    assert problems == (
        "De naam ‘Noor’ staat in het bijschrift van foto 1.",
        "De naam ‘Zonnebloem’ staat in een tekstlabel op foto 1.",
    )


def test_gps_never_leaves_even_when_metadata_is_kept(world: World) -> None:
    request_id = _ready(
        world,
        selection=Selection((), ((world.doc.photo_ids[0], PhotoShare.ORIGINAL),)),
        deidentification=Deidentification(strip_metadata=False),
    )
    problems = RequestService(world.requester).preview(request_id).problems
    assert len(problems) == 1 and "GPS" in problems[0]


def test_imaging_without_de_identification_would_name_the_child(world: World) -> None:
    request_id = _ready(
        world, selection=Selection(imaging=(world.doc.study_id,)),
        deidentification=Deidentification(deidentify_dicom=False),
    )  # fmt: skip
    assert len(RequestService(world.requester).preview(request_id).problems) == 2
    RequestService(world.requester).update(
        request_id, deidentification=Deidentification(False, False, True, False)
    )
    assert RequestService(world.requester).preview(request_id).ready


def test_an_original_without_gps_can_leave_bit_exact(world: World, tmp_path: Path) -> None:
    from forensics.synthetic import make_injury_photo

    path = tmp_path / "zonder_gps.png"
    Image.open(io.BytesIO(make_injury_photo(300, 200, seed=3, gps=False).jpeg)).save(path, "PNG")
    photos = PhotoService(DossierService(world.requester))
    png = photos.import_files(world.doc.examination_id, [path]).imported[0]
    jpg = tmp_path / "zonder_gps.jpg"
    jpg.write_bytes(make_injury_photo(300, 200, seed=4, gps=False).jpeg)
    exact = photos.import_files(world.doc.examination_id, [jpg]).imported[0]
    request_id = _ready(world, selection=Selection((), (
        (png.id, PhotoShare.ORIGINAL), (exact.id, PhotoShare.ORIGINAL),
    )))  # fmt: skip
    assert [i.name for i in RequestService(world.requester).preview(request_id).items][1:] == [
        f"fotos/foto-{png.seq:02d}-origineel.png", f"fotos/foto-{exact.seq:02d}-origineel.jpg",
    ]  # fmt: skip
    RequestService(world.requester).update(
        request_id, deidentification=Deidentification(strip_metadata=False)
    )
    plan = RequestService(world.requester).preview(request_id)
    assert plan.ready, plan.problems
    RequestService(world.requester).seal(request_id, tmp_path / "v.vdpkg")
    consults = ConsultService(world.consultant)
    consult = consults.import_request(tmp_path / "v.vdpkg")
    received = {i.name: consults.item_bytes(i) for i in consults.items(consult.id)}
    assert received[f"fotos/foto-{exact.seq:02d}-origineel.jpg"] == jpg.read_bytes()
    entry = consult.document["photos"][1]["items"][0]
    assert entry["sha256_of_evidence"] == exact.sha256 and not entry["metadata_removed"]


def test_a_request_to_an_organisation_is_sealed_to_every_member(
    world: World, tmp_path: Path
) -> None:
    from secure_store.identity_card import PrivateIdentity

    book = AddressBook(world.requester)
    colleague = PrivateIdentity.generate().make_card("Dr. Twee", "LECK", "Forensisch arts", "2026")
    book.add(colleague, confirmed_fingerprint=colleague.fingerprint)
    leck = book.create_organisation("LECK teleconsult")
    book.set_members(leck.id, [own_card(world.consultant).key_id, colleague.key_id])
    request_id = _ready(world, recipients=[leck.id])
    sealed = RequestService(world.requester).seal(request_id, tmp_path / "v.vdpkg")
    assert {r.key_id for r in sealed.info.recipients} == {
        colleague.key_id,
        own_card(world.consultant).key_id,
    }
    assert (
        ConsultService(world.consultant).import_request(tmp_path / "v.vdpkg").requester_name
        == "Vta"
    )


def test_requests_need_the_consult_role(world: World) -> None:
    world.requester_vault.lock()
    opvang = world.requester_vault.unlock("opvang", "gele tulp groeit hoog")
    with pytest.raises(PermissionDenied):
        RequestService(opvang).create(world.doc.examination_id)
