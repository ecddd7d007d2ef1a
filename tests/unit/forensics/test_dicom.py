from __future__ import annotations

import io
import os
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pydicom
import pytest
from PIL import Image
from pydicom.encaps import generate_frames
from pydicom.uid import UID, JPEGBaseline8Bit, VLPhotographicImageStorage

from forensics.dicom import MalformedDicom, read_dicom_file, scan_dicom_folder
from forensics.dicom_export import InvalidDicomValue, PatientData, RawRgb, StudyData, photo_to_dicom
from forensics.synthetic import make_injury_photo, make_synthetic_radiograph, truncated
from forensics.synthetic_dicom import RadiographOptions
from secure_store.clock import ManualClock

PATIENT = PatientData("van der Berg-Öztürk", "Anna", "SYN-424242", date(2019, 3, 14), "F")
CLOCK = ManualClock(datetime(2024, 3, 14, 12, 0, tzinfo=UTC))
needs_dcmdump = pytest.mark.skipif(shutil.which("dcmdump") is None, reason="dcmtk not installed")


def dcmdump_accepts(data: bytes, folder: Path) -> str:
    """dcmdump's output, after checking it read the file without a single warning."""
    path = folder / "object.dcm"
    path.write_bytes(data)
    result = subprocess.run(["dcmdump", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.fixture(scope="module")
def photo() -> bytes:
    return make_injury_photo(640, 480, orientation_tag=6).jpeg


@pytest.fixture(scope="module")
def study() -> StudyData:
    return StudyData(date(2024, 3, 14), study_id="VD-2024-0001", institution="GGD Testregio")


@pytest.mark.parametrize("encoding", ["rgb", "jpeg"])
def test_a_photo_becomes_a_vl_photographic_image_that_pydicom_reads_back(
    photo: bytes, study: StudyData, encoding: str
) -> None:
    data = photo_to_dicom(photo, PATIENT, study, encoding=encoding, clock=CLOCK)  # type: ignore[arg-type]  # the literal is checked by the parametrize list
    ds = pydicom.dcmread(io.BytesIO(data))
    assert ds.SOPClassUID == VLPhotographicImageStorage
    assert ds.file_meta.MediaStorageSOPInstanceUID == ds.SOPInstanceUID
    assert all(UID(str(u)).is_valid for u in (ds.SOPInstanceUID, ds.StudyInstanceUID))
    assert (str(ds.PatientName), ds.PatientID, ds.PatientBirthDate) == (
        "van der Berg-Öztürk^Anna",
        "SYN-424242",
        "20190314",
    )
    assert (ds.Modality, ds.Manufacturer, ds.InstitutionName) == ("XC", "Canon", "GGD Testregio")
    assert (ds.Rows, ds.Columns, ds.SamplesPerPixel) == (480, 640, 3)  # stored upright
    assert ds.AcquisitionDateTime == "20240314102205+0100"
    assert ds.InstanceCreationDate == "20240314"
    assert ds.LossyImageCompression == "01"  # the camera already compressed it
    if encoding == "jpeg":
        assert ds.file_meta.TransferSyntaxUID == JPEGBaseline8Bit
        frame = next(generate_frames(ds.PixelData, number_of_frames=1))
        with Image.open(io.BytesIO(frame)) as image:
            assert image.size == (640, 480)
    else:
        assert len(ds.PixelData) == 480 * 640 * 3
        assert ds.PhotometricInterpretation == "RGB"


@needs_dcmdump
@pytest.mark.parametrize("encoding", ["rgb", "jpeg"])
def test_dcmtk_reads_exported_photos_without_warnings(
    photo: bytes, study: StudyData, encoding: str, tmp_path: Path
) -> None:
    data = photo_to_dicom(photo, PATIENT, study, encoding=encoding, clock=CLOCK)  # type: ignore[arg-type]  # as above
    dump = dcmdump_accepts(data, tmp_path)
    assert "VLPhotographicImageStorage" in dump
    converter = shutil.which("dcmj2pnm")
    if converter:  # dcmtk also decodes the pixels
        png = tmp_path / "out.png"
        subprocess.run(
            [converter, "--write-png", str(tmp_path / "object.dcm"), str(png)], check=True
        )
        with Image.open(png) as image:
            assert image.size == (640, 480)


def test_photos_of_one_examination_share_the_study_but_not_the_instance(
    photo: bytes, study: StudyData
) -> None:
    first = pydicom.dcmread(io.BytesIO(photo_to_dicom(photo, PATIENT, study, clock=CLOCK)))
    raw = RawRgb(2, 1, bytes([255, 0, 0, 0, 0, 255]))
    second = pydicom.dcmread(io.BytesIO(photo_to_dicom(raw, PATIENT, study, instance_number=2)))
    assert first.StudyInstanceUID == second.StudyInstanceUID == study.study_instance_uid
    assert first.SeriesInstanceUID == second.SeriesInstanceUID
    assert first.SOPInstanceUID != second.SOPInstanceUID
    assert (second.InstanceNumber, second.LossyImageCompression) == (2, "00")


def test_exported_photos_carry_no_exif_and_no_gps(photo: bytes, study: StudyData) -> None:
    data = photo_to_dicom(photo, PATIENT, study, encoding="jpeg", clock=CLOCK)
    assert b"Exif" not in data and b"GPS" not in data


def test_an_annotated_render_is_marked_as_burned_in(photo: bytes, study: StudyData) -> None:
    data = photo_to_dicom(photo, PATIENT, study, burned_in_annotation=True, clock=CLOCK)
    ds = pydicom.dcmread(io.BytesIO(data))
    assert ds.BurnedInAnnotation == "YES" and ds.ImageType[0] == "DERIVED"


@pytest.mark.parametrize(
    "make",
    [
        lambda: PatientData("Jansen^", "Piet", "1"),
        lambda: PatientData("Jansen", "Piet", "x" * 65),
        lambda: PatientData("Jansen", "Piet", "1", sex="X"),  # type: ignore[arg-type]  # deliberately wrong
        lambda: StudyData(date(2024, 1, 1), study_id="much-longer-than-sixteen"),
    ],
)
def test_dossier_values_that_do_not_fit_dicom_are_refused(make: object) -> None:
    with pytest.raises(InvalidDicomValue) as caught:
        make()  # type: ignore[operator]  # a factory from the parameter list
    assert "DICOM" in caught.value.message


def test_a_synthetic_radiograph_is_read_with_everything_import_needs() -> None:
    study = StudyData(date(2024, 3, 14), study_id="SKEL-1")
    info = read_dicom_file(make_synthetic_radiograph(study=study))
    assert info.sop_class_name == "Computed Radiography Image Storage"
    assert (info.modality, info.body_part, info.rows, info.columns, info.frames) == (
        "CR",
        "ARM",
        320,
        256,
        1,
    )
    assert (info.study_instance_uid, info.study_date) == (
        study.study_instance_uid,
        date(2024, 3, 14),
    )
    assert info.has_patient_name and info.has_patient_id


@needs_dcmdump
def test_dcmtk_reads_the_synthetic_radiograph_without_warnings(tmp_path: Path) -> None:
    dump = dcmdump_accepts(make_synthetic_radiograph(), tmp_path)
    assert "MONOCHROME2" in dump and "WindowCenter" in dump


@pytest.fixture(scope="module")
def radiograph() -> bytes:
    return make_synthetic_radiograph()


@pytest.mark.parametrize("keep", [0.999, 0.9, 0.5, 0.2, 0.05])
def test_a_truncated_dicom_file_is_malformed(radiograph: bytes, keep: float) -> None:
    with pytest.raises(MalformedDicom):
        read_dicom_file(truncated(radiograph, keep))


def test_a_truncated_jpeg_encapsulated_object_is_malformed(photo: bytes, study: StudyData) -> None:
    data = photo_to_dicom(photo, PATIENT, study, encoding="jpeg", clock=CLOCK)
    with pytest.raises(MalformedDicom):
        read_dicom_file(truncated(data, 0.7))


def test_random_bytes_and_a_renamed_jpeg_are_not_dicom(photo: bytes, tmp_path: Path) -> None:
    renamed = tmp_path / "IM000001.dcm"
    renamed.write_bytes(photo)
    for source in (os.urandom(4096), renamed, b"", bytes(132) + b"DICM"):
        with pytest.raises(MalformedDicom) as caught:
            read_dicom_file(source)
        assert "DICOM" in caught.value.message


def test_an_object_without_a_required_attribute_is_malformed(radiograph: bytes) -> None:
    ds = pydicom.dcmread(io.BytesIO(radiograph))
    del ds.SeriesInstanceUID
    sink = io.BytesIO()
    ds.save_as(sink, enforce_file_format=True)
    with pytest.raises(MalformedDicom, match="SeriesInstanceUID"):
        read_dicom_file(sink.getvalue())


def test_an_image_whose_pixel_data_is_too_short_is_malformed(radiograph: bytes) -> None:
    ds = pydicom.dcmread(io.BytesIO(radiograph))
    ds.PixelData = ds.PixelData[:-256]
    sink = io.BytesIO()
    ds.save_as(sink, enforce_file_format=True)
    with pytest.raises(MalformedDicom, match="beeldgegevens"):
        read_dicom_file(sink.getvalue())


def test_a_skeletal_survey_folder_is_scanned_file_by_file(
    tmp_path: Path, radiograph: bytes
) -> None:
    study = StudyData(date(2024, 3, 14), study_id="SKEL-2")
    (tmp_path / "DICOM" / "ST0001").mkdir(parents=True)
    for n, part in enumerate(("ARM", "LEG", "SKULL")):
        options = RadiographOptions(body_part=part)
        data = make_synthetic_radiograph(study=study, options=options)
        (tmp_path / "DICOM" / "ST0001" / f"IM{n:04d}").write_bytes(data)
    (tmp_path / "DICOM" / "ST0001" / "IM9999").write_bytes(truncated(radiograph, 0.5))
    (tmp_path / "DICOMDIR").write_bytes(b"index of the CD")
    (tmp_path / "README.TXT").write_text("Viewer: start autorun.exe")
    scan = scan_dicom_folder(tmp_path)
    assert [found.info.body_part for found in scan.objects] == ["ARM", "LEG", "SKULL"]
    assert sorted(p.path.name for p in scan.problems) == ["IM9999", "README.TXT"]
    assert all(isinstance(p.error, MalformedDicom) for p in scan.problems)
    assert scan.skipped == (tmp_path / "DICOMDIR",)
    assert list(scan.studies()) == [study.study_instance_uid]
