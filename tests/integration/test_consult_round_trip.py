"""A second opinion between two vaults: request → import → answer → import answer."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import pydicom
import pytest
from PIL import ExifTags, Image

from forensics.consult_records import Deidentification, PhotoShare, RequestStatus, Selection
from forensics.consult_requests import RequestService
from forensics.consults import ConsultService
from forensics.vocabulary import ConclusionScale
from secure_store.audit import AuditQuery
from secure_store.clock import ManualClock
from secure_store.package_errors import UnknownSender
from secure_store.package_reader import verify_package
from tests.consult_world import (
    BORN,
    EXAMINED,
    NAME,
    copy_vault,
    document_examination,
    introduce,
    own_card,
    unlock,
)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(EXAMINED + timedelta(days=1))


def _birth_date_spellings() -> list[bytes]:
    return [
        s.encode() for s in (BORN.isoformat(), BORN.strftime("%Y%m%d"), BORN.strftime("%d-%m-%Y"))
    ]


def test_request_answer_round_trip_attaches_the_signed_answer_to_the_examination(
    template_vault: Path, tmp_path: Path, clock: ManualClock
) -> None:
    requester_vault = copy_vault(template_vault, tmp_path / "veilig-thuis", clock)
    consultant_vault = copy_vault(template_vault, tmp_path / "leck", clock)
    requester = unlock(requester_vault, "vta")
    consultant = unlock(consultant_vault, "arts")
    introduce(requester, own_card(consultant))
    world = document_examination(requester, tmp_path / "camera")

    requests = RequestService(requester)
    request = requests.create(world.examination_id, "Past het letsel bij een val van de bank?")
    request = requests.update(
        request.id,
        clinical_context="Meisje van 9 maanden, gezien na melding. Moeder noemt een val.",
        selection=Selection(
            world.injury_ids,
            ((world.photo_ids[0], PhotoShare.ANNOTATED), (world.photo_ids[1], PhotoShare.BOTH)),
            (world.study_id,),
        ),
        deidentification=Deidentification(),
        recipients=[own_card(consultant).key_id],
    )
    preview = requests.preview(request.id)
    assert preview.ready, preview.problems
    names = [item.name for item in preview.items]
    assert names == [
        "verzoek.json",
        "lichaamskaart/child-head.png",
        "lichaamskaart/child-anterior.png",
        "fotos/foto-01-bewerkt.jpg",
        "fotos/foto-02-bewerkt.jpg",
        "fotos/foto-02-origineel.jpg",
        "beeldvorming/studie-1/beeld-01.dcm",
        "beeldvorming/studie-1/beeld-02.dcm",
    ]
    package = tmp_path / "verzoek.vdpkg"
    sealed = requests.seal(request.id, package)
    assert sealed.receipt.sha256 and requests.get(request.id).status is RequestStatus.SENT
    assert [e.name for e in sealed.info.manifest] == names  # exactly what the preview listed

    raw = package.read_bytes()
    for secret in (NAME.encode(), b"Zonnebloem", b"Geheime Straat", *_birth_date_spellings()):
        assert secret not in raw
    for photo in world.photo_bytes:
        assert photo[2000:2064] not in raw
    assert verify_package(package).valid

    consults = ConsultService(consultant)
    with pytest.raises(UnknownSender) as refused:
        consults.import_request(package)
    assert refused.value.card.fingerprint == own_card(requester).fingerprint
    assert consults.consults() == []
    introduce(consultant, refused.value.card)  # fingerprint read out over the phone
    consult = consults.import_request(package)
    assert consult.subject_reference == world.pseudonym
    assert consult.document["subject"]["age_months"] == 9
    assert consult.document["subject"]["date_of_birth"] is None
    items = consults.items(consult.id)
    assert [i.name for i in items] == names[1:]
    for item in items:
        data = consults.item_bytes(item)
        assert NAME.encode() not in data and b"Zonnebloem" not in data
        assert all(s not in data for s in _birth_date_spellings())
        if item.media_type.startswith("image/"):
            exif = Image.open(io.BytesIO(data)).getexif()
            assert ExifTags.IFD.GPSInfo not in exif
            assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
        if item.media_type == "application/dicom":
            ds = pydicom.dcmread(io.BytesIO(data))
            assert str(ds.PatientName) == world.pseudonym
            assert not ds.get("PatientBirthDate")
    assert json.dumps(consult.document).find("Zonnebloem") == -1

    clock.advance(timedelta(days=3))
    consults.save_answer(
        consult.id, ConclusionScale.PROBABLE, "Patroon past bij een handafdruk.", "Alleen foto's."
    )
    answer_file = tmp_path / "antwoord.vdpkg"
    consults.seal_answer(consult.id, answer_file)
    assert consults.get(consult.id).is_answered

    answer = requests.import_answer(answer_file)
    on_exam = requests.of_examination(world.examination_id)
    assert [r.status for r in on_exam] == [RequestStatus.ANSWERED]
    assert on_exam[0].answers == (answer,)
    assert answer.conclusion is ConclusionScale.PROBABLE
    assert answer.consultant_fingerprint == own_card(consultant).fingerprint
    actions = [e.action for e in requester.audit_log.query(AuditQuery(limit=500))]
    for action in ("export.package.consult.request", "consult_request.sent", "package.import"):
        assert action in actions
