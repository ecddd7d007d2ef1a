from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from forensics.annotations import Arrow
from forensics.dossiers import DossierService
from forensics.errors import ExaminationSealed
from forensics.measure import Calibration
from forensics.photos import PhotoService, expand_paths
from forensics.records import PhotoCategory, Sex
from forensics.synthetic import make_bomb_png, make_injury_photo, truncated
from secure_store.errors import PermissionDenied
from secure_store.session import Session

AsUser = Callable[[str], Session]


def _exam(session: Session) -> tuple[DossierService, str]:
    service = DossierService(session)
    subject = service.create_subject("Lotte Testpersoon", date(1991, 4, 5), Sex.FEMALE)
    return service, service.create_examination(subject.id, datetime(2026, 3, 2, 9, tzinfo=UTC)).id


def _photos(folder: Path, n: int, *, size: tuple[int, int] = (800, 600)) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"IMG_{i:04d}.JPG"
        path.write_bytes(make_injury_photo(*size, seed=i, orientation_tag=1 + i % 8).jpeg)
        paths.append(path)
    return paths


def test_ten_photos_round_trip_bit_exact_in_import_order(as_user: AsUser, tmp_path: Path) -> None:
    session = as_user("arts")
    dossiers, exam_id = _exam(session)
    service = PhotoService(dossiers)
    paths = _photos(tmp_path / "camera", 10)
    seen: list[tuple[int, int]] = []
    report = service.import_files(exam_id, paths, workers=2, progress=lambda d, t: seen.append((d, t)))
    assert (len(report.imported), report.duplicates, report.failures) == (10, [], [])
    assert seen[-1] == (10, 10)
    photos = service.photos(exam_id)
    assert [p.source_name for p in photos] == [p.name for p in paths]
    for photo, path in zip(photos, paths, strict=True):
        original = service.original_bytes(photo.id)
        assert original == path.read_bytes()
        assert photo.sha256 == hashlib.sha256(original).hexdigest()
        assert photo.has_gps and photo.camera == "Canon EOS R6" and photo.captured_at
    assert service.exif(photos[0].id)["Make"] == "Canon"


def test_derived_images_are_upright_and_carry_no_metadata(as_user: AsUser, tmp_path: Path) -> None:
    from io import BytesIO

    from PIL import Image

    session = as_user("arts")
    dossiers, exam_id = _exam(session)
    service = PhotoService(dossiers)
    path = tmp_path / "turned.jpg"
    path.write_bytes(make_injury_photo(800, 600, orientation_tag=6).jpeg)
    photo = service.import_files(exam_id, [path]).imported[0]
    assert photo.orientation == 6 and (photo.width, photo.height) == (600, 800)
    for data in (service.preview(photo.id), service.thumbnail(photo.id)):
        image = Image.open(BytesIO(data))
        assert image.width > image.height  # upright landscape again
        assert not image.getexif() and "exif" not in image.info


def test_duplicates_are_reported_not_stored_twice(as_user: AsUser, tmp_path: Path) -> None:
    dossiers, exam_id = _exam(as_user("arts"))
    service = PhotoService(dossiers)
    first, second = _photos(tmp_path, 2)
    copy = tmp_path / "copy-of-first.jpg"
    copy.write_bytes(first.read_bytes())
    report = service.import_files(exam_id, [first, copy])
    assert len(report.imported) == 1 and report.duplicates == [(copy, first.name)]
    again = service.import_files(exam_id, [first, second])
    assert again.duplicates == [(first, first.name)] and len(again.imported) == 1
    assert len(service.photos(exam_id)) == 2


def test_bad_files_are_reported_per_file_and_the_rest_imports(as_user: AsUser, tmp_path: Path) -> None:
    session = as_user("arts")
    dossiers, exam_id = _exam(session)
    service = PhotoService(dossiers)
    good = _photos(tmp_path, 2)
    bad = {
        "truncated.jpg": truncated(good[0].read_bytes(), 0.6),
        "letter.jpg": b"Dit is een brief, geen foto." * 10,
        "empty.jpg": b"",
        "bomb.png": make_bomb_png(20_000, 20_000),
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    missing = tmp_path / "gone.jpg"
    paths = [*(tmp_path / n for n in bad), good[1], missing]
    report = service.import_files(exam_id, paths)
    assert [p.source_name for p in report.imported] == [good[1].name]
    reasons = {f.path.name: f.reason for f in report.failures}
    assert set(reasons) == {*bad, "gone.jpg"}
    assert "beschadigd of onvolledig" in reasons["truncated.jpg"]
    assert "geen foto" in reasons["letter.jpg"] and "geen foto" in reasons["empty.jpg"]
    assert "te veel pixels" in reasons["bomb.png"]
    assert "Kan het bestand niet lezen" in reasons["gone.jpg"]
    # Nothing partial: only the one good photo's three blobs exist.
    assert session.conn.execute("SELECT count(*) FROM blobs").fetchone() == (3,)
    files = [p for p in session.blobs.folder.rglob("*") if p.is_file()]
    assert len(files) == 3


def test_cancel_stops_before_the_next_file_and_keeps_whole_photos(as_user: AsUser, tmp_path: Path) -> None:
    session = as_user("arts")
    dossiers, exam_id = _exam(session)
    service = PhotoService(dossiers)
    paths = _photos(tmp_path, 6)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    report = service.import_files(exam_id, paths, workers=1, cancelled=cancelled)
    assert report.cancelled and len(report.imported) == 2
    count = session.conn.execute("SELECT count(*) FROM blobs").fetchone()[0]
    assert count == 6


def test_folders_are_expanded_in_name_order(tmp_path: Path) -> None:
    _photos(tmp_path / "a", 2)
    (tmp_path / "a" / ".hidden").write_bytes(b"")
    single = tmp_path / "b.jpg"
    assert [p.name for p in expand_paths([tmp_path / "a", single])] == [
        "IMG_0000.JPG", "IMG_0001.JPG", "b.jpg",
    ]  # fmt: skip


def test_metadata_calibration_and_annotations_are_kept(as_user: AsUser, tmp_path: Path) -> None:
    dossiers, exam_id = _exam(as_user("arts"))
    service = PhotoService(dossiers)
    photo = service.import_files(exam_id, _photos(tmp_path, 1)).imported[0]
    arrow = Arrow(start=(10.0, 10.0), end=(100.0, 80.0))
    updated = service.update(
        photo.id,
        category=PhotoCategory.CLOSE_UP_SCALE,
        caption="Hematoom bovenarm links",
        calibration=Calibration(11.8),
        annotations=[arrow],
    )
    assert updated.category is PhotoCategory.CLOSE_UP_SCALE and updated.annotations == (arrow,)
    assert service.get(photo.id).calibration == Calibration(11.8)
    assert service.original_bytes(photo.id) == (tmp_path / "IMG_0000.JPG").read_bytes()


def test_sealed_examination_takes_no_photos_or_changes(as_user: AsUser, tmp_path: Path) -> None:
    dossiers, exam_id = _exam(as_user("arts"))
    service = PhotoService(dossiers)
    photo = service.import_files(exam_id, _photos(tmp_path, 1)).imported[0]
    dossiers.seal(exam_id)
    with pytest.raises(ExaminationSealed):
        service.import_files(exam_id, _photos(tmp_path / "more", 1))
    with pytest.raises(ExaminationSealed):
        service.update(photo.id, caption="later")


def test_opvang_user_cannot_see_forensic_photos(as_user: AsUser, tmp_path: Path) -> None:
    dossiers, exam_id = _exam(as_user("arts"))
    photo = PhotoService(dossiers).import_files(exam_id, _photos(tmp_path, 1)).imported[0]
    other = PhotoService(DossierService(as_user("opvang")))
    with pytest.raises(PermissionDenied):
        other.photos(exam_id)
    with pytest.raises(PermissionDenied):
        other.original_bytes(photo.id)


def test_thumbnail_and_preview_stay_within_their_sizes(as_user: AsUser, tmp_path: Path) -> None:
    from io import BytesIO

    from PIL import Image

    from forensics.derivatives import THUMBNAIL_MAX_SIDE
    from forensics.photos import IMPORT_PREVIEW_SIDE

    dossiers, exam_id = _exam(as_user("arts"))
    service = PhotoService(dossiers)
    photo = service.import_files(exam_id, _photos(tmp_path, 1, size=(2400, 1800))).imported[0]
    assert max(Image.open(BytesIO(service.thumbnail(photo.id))).size) <= THUMBNAIL_MAX_SIDE
    assert max(Image.open(BytesIO(service.preview(photo.id))).size) == IMPORT_PREVIEW_SIDE


def test_dossier_with_three_injuries_and_ten_photos_survives_reopening_the_vault(
    fx_vault, as_user: AsUser, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from forensics.injuries import InjuryService
    from forensics.records import BodyPoint

    session = as_user("arts")
    dossiers, exam_id = _exam(session)
    injuries = InjuryService(dossiers)
    for region in ("trunk.chest", "trunk.abdomen", "upper_arm.left"):
        injuries.add(exam_id, BodyPoint("anterior", 0.5, 0.5), region, "bruise", length_mm=10.0)
    paths = _photos(tmp_path / "cam", 10)
    imported = PhotoService(dossiers).import_files(exam_id, paths).imported
    PhotoService(dossiers).link_injuries(imported[0].id, [i.id for i in injuries.of_examination(exam_id)])
    fx_vault.lock()
    reopened = DossierService(as_user("arts"))
    assert [i.region_code for i in InjuryService(reopened).of_examination(exam_id)] == [
        "trunk.chest", "trunk.abdomen", "upper_arm.left",
    ]  # fmt: skip
    photos = PhotoService(reopened)
    stored = photos.photos(exam_id)
    assert len(stored) == 10 and len(stored[0].injury_ids) == 3
    for photo, path in zip(stored, paths, strict=True):
        original = photos.original_bytes(photo.id)
        assert hashlib.sha256(original).hexdigest() == hashlib.sha256(path.read_bytes()).hexdigest()
