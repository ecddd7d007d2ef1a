from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pydicom
import pytest

from forensics.deidentify import DeidentificationRefused
from forensics.dossiers import DossierService
from forensics.photo_dicom import export_photo_dicom
from forensics.photos import PhotoService
from forensics.records import Sex
from forensics.synthetic import make_injury_photo
from secure_store.session import Session

AsUser = Callable[[str], Session]


def _photo(session: Session, tmp_path: Path) -> tuple[PhotoService, str, str]:
    dossiers = DossierService(session)
    subject = dossiers.create_subject(
        "Fleur van Testhoven", date(2019, 7, 8), Sex.FEMALE, bsn="111222333", pseudonym="KIND-77"
    )
    exam = dossiers.create_examination(
        subject.id, datetime(2026, 3, 2, 9, 15, tzinfo=UTC), place="GGD Test"
    )
    path = tmp_path / "p.jpg"
    path.write_bytes(make_injury_photo(640, 480).jpeg)
    photos = PhotoService(dossiers)
    return photos, exam.id, photos.import_files(exam.id, [path]).imported[0].id


def _dcmdump_clean(data: bytes, tmp_path: Path) -> None:
    if shutil.which("dcmdump") is None:
        pytest.fail("dcmdump (dcmtk) is not installed; make test installs it")
    target = tmp_path / "x.dcm"
    target.write_bytes(data)
    done = subprocess.run(["dcmdump", str(target)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stderr == ""


def test_photo_exports_with_the_dossiers_patient_and_study(as_user: AsUser, tmp_path: Path) -> None:
    photos, _, photo_id = _photo(as_user("arts"), tmp_path)
    data = export_photo_dicom(photos, photo_id)
    ds = pydicom.dcmread(io.BytesIO(data))
    assert ds.SOPClassUID == "1.2.840.10008.5.1.4.1.1.77.1.4"
    assert str(ds.PatientName) == "van Testhoven^Fleur" and ds.PatientID == "111222333"
    assert ds.PatientBirthDate == "20190708" and ds.StudyDate == "20260302"
    again = pydicom.dcmread(io.BytesIO(export_photo_dicom(photos, photo_id)))
    assert again.StudyInstanceUID == ds.StudyInstanceUID  # one study per examination
    _dcmdump_clean(data, tmp_path)


def test_deidentified_export_holds_no_identifiers(as_user: AsUser, tmp_path: Path) -> None:
    photos, _, photo_id = _photo(as_user("arts"), tmp_path)
    identified = pydicom.dcmread(io.BytesIO(export_photo_dicom(photos, photo_id)))
    data = export_photo_dicom(photos, photo_id, deidentified=True)
    for needle in (b"Testhoven", b"Fleur", b"111222333", b"20190708", b"GGD Test",
                   identified.StudyInstanceUID.encode()):  # fmt: skip
        assert needle not in data
    ds = pydicom.dcmread(io.BytesIO(data))
    assert str(ds.PatientName) == "KIND-77" and ds.PatientIdentityRemoved == "YES"
    _dcmdump_clean(data, tmp_path)


def test_annotated_render_is_marked_and_cannot_be_deidentified(
    as_user: AsUser, tmp_path: Path
) -> None:
    photos, _, photo_id = _photo(as_user("arts"), tmp_path)
    ds = pydicom.dcmread(io.BytesIO(export_photo_dicom(photos, photo_id, annotated=True)))
    assert ds.BurnedInAnnotation == "YES"
    with pytest.raises(DeidentificationRefused):
        export_photo_dicom(photos, photo_id, annotated=True, deidentified=True)
