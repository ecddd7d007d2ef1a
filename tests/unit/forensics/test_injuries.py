from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from forensics.dossiers import DossierService
from forensics.errors import ExaminationSealed, InvalidRecord, RecordNotFound
from forensics.injuries import InjuryService
from forensics.photos import PhotoService
from forensics.records import BodyPoint, PhotoCategory, Sex
from forensics.synthetic import make_injury_photo
from forensics.vocabulary import ConclusionScale
from secure_store.errors import PermissionDenied
from secure_store.session import Session

AsUser = Callable[[str], Session]


def _exam(session: Session) -> tuple[DossierService, InjuryService, str]:
    dossiers = DossierService(session)
    subject = dossiers.create_subject("Mila Testkind", date(2024, 1, 10), Sex.FEMALE)
    exam = dossiers.create_examination(subject.id, datetime(2026, 3, 2, 9, tzinfo=UTC))
    return dossiers, InjuryService(dossiers), exam.id


def test_injuries_are_numbered_in_order_and_restored_with_their_number(as_user: AsUser) -> None:
    _, injuries, exam_id = _exam(as_user("arts"))
    first = injuries.add(
        exam_id,
        BodyPoint("anterior", 0.5, 0.4),
        "trunk.chest",
        "bruise",
        length_mm=20.0,
        width_mm=12.0,
    )
    second = injuries.add(
        exam_id,
        BodyPoint("head", 0.3, 0.5),
        "head.face.cheek.right",
        "bruise",
        pattern="hand_imprint",
    )
    third = injuries.add(exam_id, BodyPoint("posterior", 0.5, 0.6), "trunk.back.lower", "abrasion")
    assert [i.number for i in injuries.of_examination(exam_id)] == [1, 2, 3]
    removed = injuries.remove(second.id)
    assert [i.number for i in injuries.of_examination(exam_id)] == [1, 3]
    injuries.restore(removed)
    assert injuries.of_examination(exam_id) == [first, second, third]


def test_moving_and_editing_an_injury_is_audited(as_user: AsUser) -> None:
    session = as_user("arts")
    _, injuries, exam_id = _exam(session)
    injury = injuries.add(exam_id, BodyPoint("anterior", 0.5, 0.4), "trunk.chest", "bruise")
    moved = injuries.update(
        injury.id, point=BodyPoint("anterior", 0.55, 0.42), description="blauw-paars"
    )
    assert injuries.get(injury.id) == moved and moved.point.x == 0.55
    details = [
        r[0]
        for r in session.conn.execute("SELECT detail FROM audit WHERE action = 'injury.change'")
    ]
    assert details == ["description,point"]


@pytest.mark.parametrize(
    "fields",
    [{"type": "blauwe plek"}, {"pattern": "stippen"}, {"length_mm": 0.0}, {"width_mm": 5000.0},
     {"point": BodyPoint("anterior", 1.2, 0.5)}, {"number": 7}, {"region_code": "trunk.tail"},
     {"point": BodyPoint("side", 0.5, 0.5)}],
)  # fmt: skip
def test_invalid_injuries_are_refused(as_user: AsUser, fields: dict[str, object]) -> None:
    _, injuries, exam_id = _exam(as_user("arts"))
    injury = injuries.add(exam_id, BodyPoint("anterior", 0.5, 0.4), "trunk.chest", "bruise")
    with pytest.raises(InvalidRecord):
        injuries.update(injury.id, **fields)


def test_sealed_examination_freezes_injuries(as_user: AsUser) -> None:
    dossiers, injuries, exam_id = _exam(as_user("arts"))
    injury = injuries.add(exam_id, BodyPoint("anterior", 0.5, 0.4), "trunk.chest", "bruise")
    dossiers.update_examination(exam_id, conclusion=ConclusionScale.SUSPICIOUS.code)
    dossiers.seal(exam_id)
    for attempt in (
        lambda: injuries.add(exam_id, BodyPoint("anterior", 0.1, 0.1), "trunk.chest", "bruise"),
        lambda: injuries.update(injury.id, description="later"),
        lambda: injuries.remove(injury.id),
        lambda: injuries.restore(injury),
    ):
        with pytest.raises(ExaminationSealed):
            attempt()
    assert dossiers.examination(exam_id).conclusion == "suspicious"


def test_unknown_injury_and_foreign_roles(as_user: AsUser) -> None:
    _, injuries, exam_id = _exam(as_user("arts"))
    injury = injuries.add(exam_id, BodyPoint("anterior", 0.5, 0.4), "trunk.chest", "bruise")
    with pytest.raises(RecordNotFound):
        injuries.get("nope")
    other = InjuryService(DossierService(as_user("opvang")))
    with pytest.raises(PermissionDenied):
        other.get(injury.id)
    with pytest.raises(PermissionDenied):
        other.of_examination(exam_id)


def test_photo_series_checklist_shows_what_is_missing(as_user: AsUser, tmp_path: Path) -> None:
    dossiers, injuries, exam_id = _exam(as_user("arts"))
    injury = injuries.add(exam_id, BodyPoint("anterior", 0.5, 0.4), "trunk.chest", "bruise")
    bare = injuries.add(exam_id, BodyPoint("anterior", 0.4, 0.7), "trunk.abdomen", "abrasion")
    photos = PhotoService(dossiers)
    paths = []
    for i in range(2):
        paths.append(tmp_path / f"p{i}.jpg")
        paths[-1].write_bytes(make_injury_photo(400, 300, seed=i).jpeg)
    overview, close = photos.import_files(exam_id, paths).imported
    photos.update(overview.id, category=PhotoCategory.OVERVIEW)
    photos.update(close.id, category=PhotoCategory.CLOSE_UP_SCALE)
    photos.link_injuries(overview.id, [injury.id, bare.id, "not-an-injury"])
    photos.link_injuries(close.id, [injury.id])
    assert photos.get(overview.id).injury_ids == (injury.id, bare.id)
    checklist = photos.series_checklist(exam_id)
    assert checklist[injury.id] == {
        PhotoCategory.OVERVIEW: True, PhotoCategory.ORIENTATION: False,
        PhotoCategory.CLOSE_UP_SCALE: True, PhotoCategory.CLOSE_UP: False,
    }  # fmt: skip
    assert checklist[bare.id][PhotoCategory.CLOSE_UP_SCALE] is False
