from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from forensics.dicom_export import StudyData
from forensics.dossiers import DossierService
from forensics.errors import ExaminationSealed
from forensics.imaging import ImagingService
from forensics.records import Sex
from forensics.synthetic_dicom import RadiographOptions, make_synthetic_radiograph
from secure_store.errors import PermissionDenied
from secure_store.session import Session

AsUser = Callable[[str], Session]


def _exam(session: Session) -> tuple[DossierService, str]:
    service = DossierService(session)
    subject = service.create_subject("Daan Testkind", date(2025, 5, 1), Sex.MALE)
    return service, service.create_examination(subject.id, datetime(2026, 3, 2, 9, tzinfo=UTC)).id


def _survey(folder: Path, parts: tuple[str, ...] = ("ARM", "LEG", "SKULL", "CHEST")) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    study = StudyData(date(2026, 3, 1), study_id="SKEL-1")
    paths = []
    for i, part in enumerate(parts):
        path = folder / f"IM{i:04d}.dcm"
        path.write_bytes(make_synthetic_radiograph(study=study, options=RadiographOptions(body_part=part)))
        paths.append(path)
    return paths


def test_skeletal_survey_folder_imports_as_one_study_bit_exact(as_user: AsUser, tmp_path: Path) -> None:
    dossiers, exam_id = _exam(as_user("arts"))
    service = ImagingService(dossiers)
    paths = _survey(tmp_path / "cd" / "DICOM")
    (tmp_path / "cd" / "DICOMDIR").write_bytes(b"index")
    (tmp_path / "cd" / "DICOM" / "README.TXT").write_bytes(b"geen dicom")
    seen: list[tuple[int, int]] = []
    report = service.import_files(exam_id, [tmp_path / "cd"], progress=lambda d, t: seen.append((d, t)))
    assert len(report.objects) == 4 and [f.path.name for f in report.failures] == ["README.TXT"]
    assert [p.name for p in report.skipped] == ["DICOMDIR"] and seen[-1] == (6, 6)
    studies = service.studies(exam_id)
    assert len(studies) == 1 and studies[0].modality == "CR" and studies[0].study_date == "2026-03-01"
    objects = service.objects(studies[0].id)
    assert sorted(o.body_part for o in objects) == ["ARM", "CHEST", "LEG", "SKULL"]
    by_name = {o.source_name: o for o in objects}
    for path in paths:
        stored = service.object_bytes(by_name[path.name].id)
        assert stored == path.read_bytes()
        assert by_name[path.name].sha256 == hashlib.sha256(stored).hexdigest()


def test_repeated_objects_are_duplicates_and_bad_files_are_listed(as_user: AsUser, tmp_path: Path) -> None:
    dossiers, exam_id = _exam(as_user("arts"))
    service = ImagingService(dossiers)
    paths = _survey(tmp_path, ("ARM",))
    truncated = tmp_path / "half.dcm"
    truncated.write_bytes(paths[0].read_bytes()[:400])
    service.import_files(exam_id, paths)
    report = service.import_files(exam_id, [paths[0], truncated, tmp_path / "missing.dcm"])
    assert report.duplicates == [paths[0]] and report.objects == []
    assert {f.path.name for f in report.failures} == {"half.dcm", "missing.dcm"}
    assert as_user("arts").conn.execute("SELECT count(*) FROM fx_imaging_objects").fetchone() == (1,)


def test_cancel_and_seal_and_roles(as_user: AsUser, tmp_path: Path) -> None:
    dossiers, exam_id = _exam(as_user("arts"))
    service = ImagingService(dossiers)
    report = service.import_files(exam_id, _survey(tmp_path), cancelled=lambda: True)
    assert report.cancelled and report.objects == []
    dossiers.seal(exam_id)
    with pytest.raises(ExaminationSealed):
        service.import_files(exam_id, _survey(tmp_path))
    with pytest.raises(PermissionDenied):
        ImagingService(DossierService(as_user("opvang"))).studies(exam_id)
