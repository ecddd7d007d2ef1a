from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pydicom
import pytest
from pydicom.datadict import tag_for_keyword

from forensics.deid_profile import DUMMY, EMPTY, PATIENT_CHARACTERISTICS, REMOVE
from forensics.deidentify import DeidentificationRefused, deidentify
from forensics.dicom import MalformedDicom
from forensics.dicom_export import InvalidDicomValue, PatientData, StudyData, photo_to_dicom
from forensics.synthetic import make_injury_photo, make_synthetic_radiograph, truncated
from forensics.synthetic_dicom import RadiographOptions

SUBJECT = PatientData("Bakkerbosch", "Fenna", "SYN-778899", date(2021, 6, 17), "F")
PSEUDONYM = "VD-CASE-0042"
SHIFT = -45
IDENTIFYING = [
    "Bakkerbosch", "Fenna", "SYN-778899", "20210617", "Synthetische Straat", "Nergenshuizen",
    "Synthetisch Ziekenhuis", "Verwijzer", "Radioloog", "Laborant", "CR-KAMER-3", "SN-99887766",
    "ACC-778899", "RP-445566", "SPS-445566", "VEILIG DOSSIER SYNTHETIC", "SKEL-3", "20240314",
]  # fmt: skip


@pytest.fixture(scope="module")
def survey() -> list[bytes]:
    """Two radiographs of one study; the second references the first, as hospitals do."""
    study = StudyData(date(2024, 3, 14), study_id="SKEL-3", description="Skeletstatus")
    first = make_synthetic_radiograph(SUBJECT, study)
    first_uid = pydicom.dcmread(io.BytesIO(first)).SOPInstanceUID
    options = RadiographOptions(body_part="LEG", referenced_sop_instance_uid=first_uid)
    return [first, make_synthetic_radiograph(SUBJECT, study, options=options)]


@pytest.fixture(scope="module")
def cleaned(survey: list[bytes]) -> tuple[list[bytes], dict[str, str]]:
    uid_map: dict[str, str] = {}
    return [deidentify(data, uid_map, SHIFT, PSEUDONYM) for data in survey], uid_map


def _read(data: bytes) -> pydicom.Dataset:
    return pydicom.dcmread(io.BytesIO(data))


def test_no_identifier_of_the_subject_is_left_anywhere_in_the_bytes(
    survey: list[bytes], cleaned: tuple[list[bytes], dict[str, str]]
) -> None:
    originals = [_read(data) for data in survey]
    uids = [str(getattr(ds, k)) for ds in originals for k in ("StudyInstanceUID", "SOPInstanceUID")]
    uids += [str(originals[0].SeriesInstanceUID), str(originals[0].FrameOfReferenceUID)]
    for original, data in zip(survey, cleaned[0], strict=True):
        for text in IDENTIFYING:
            assert text.encode() in original or text == "20210617"  # the test is not vacuous
        for text in IDENTIFYING + uids:
            assert text.encode() not in data, text


def test_the_result_says_what_was_done_and_keeps_what_the_expert_needs(
    survey: list[bytes], cleaned: tuple[list[bytes], dict[str, str]]
) -> None:
    before, after = _read(survey[0]), _read(cleaned[0][0])
    assert (str(after.PatientName), after.PatientID) == (PSEUDONYM, PSEUDONYM)
    assert after.PatientIdentityRemoved == "YES"
    assert [item.CodeValue for item in after.DeidentificationMethodCodeSequence] == [
        "113100",
        "113107",
    ]
    assert len(after.DeidentificationMethod) == 2
    assert after.LongitudinalTemporalInformationModified == "MODIFIED"
    assert after.PatientBirthDate == "" and "PatientAge" not in after and after.PatientSex == ""
    assert (after.StudyDate, after.ContentDate, after.AcquisitionDateTime) == (
        "20240129",
        "20240129",
        "20240129093000",
    )
    assert not any(element.tag.is_private for element in after)
    for keyword in (
        "SOPClassUID",
        "Modality",
        "BodyPartExamined",
        "Rows",
        "WindowCenter",
        "PixelData",
    ):
        assert after[keyword].value == before[keyword].value, keyword
    for keyword in (
        "PatientAddress",
        "OtherPatientIDs",
        "ImageComments",
        "RequestAttributesSequence",
    ):
        assert keyword not in after
    assert (after.InstitutionName, after.StationName, after.AccessionNumber) == (
        "ANONIEM",
        "ANONIEM",
        "",
    )


def test_uids_are_replaced_consistently_across_the_objects_of_a_study(
    survey: list[bytes], cleaned: tuple[list[bytes], dict[str, str]]
) -> None:
    outputs, uid_map = cleaned
    first, second = _read(outputs[0]), _read(outputs[1])
    assert first.StudyInstanceUID == second.StudyInstanceUID
    assert first.SeriesInstanceUID == second.SeriesInstanceUID
    assert first.SOPInstanceUID != second.SOPInstanceUID
    assert second.ReferencedImageSequence[0].ReferencedSOPInstanceUID == first.SOPInstanceUID
    assert first.file_meta.MediaStorageSOPInstanceUID == first.SOPInstanceUID
    assert uid_map[str(_read(survey[0]).StudyInstanceUID)] == first.StudyInstanceUID
    again = _read(deidentify(survey[0], uid_map, SHIFT, PSEUDONYM))
    assert again.SOPInstanceUID == first.SOPInstanceUID  # a second export joins the first
    fresh = _read(deidentify(survey[0], {}, SHIFT, PSEUDONYM))
    assert fresh.StudyInstanceUID != first.StudyInstanceUID


@pytest.mark.skipif(shutil.which("dcmdump") is None, reason="dcmtk not installed")
def test_dcmtk_reads_de_identified_objects_without_warnings(
    cleaned: tuple[list[bytes], dict[str, str]], tmp_path: Path
) -> None:
    for data in cleaned[0]:
        path = tmp_path / "deid.dcm"
        path.write_bytes(data)
        result = subprocess.run(["dcmdump", str(path)], capture_output=True, text=True)
        assert (result.returncode, result.stderr) == (0, "")
        assert "PatientIdentityRemoved" in result.stdout


def test_without_a_shift_dates_stay_and_the_method_says_so(survey: list[bytes]) -> None:
    ds = _read(deidentify(survey[0], {}, 0, PSEUDONYM))
    assert ds.StudyDate == "20240314" and ds.PatientBirthDate == ""
    assert [item.CodeValue for item in ds.DeidentificationMethodCodeSequence] == [
        "113100",
        "113106",
    ]
    assert ds.LongitudinalTemporalInformationModified == "UNMODIFIED"


def test_patient_characteristics_can_be_kept_for_a_second_opinion(survey: list[bytes]) -> None:
    ds = _read(deidentify(survey[0], {}, SHIFT, PSEUDONYM, keep_patient_characteristics=True))
    assert (ds.PatientAge, ds.PatientSex) == ("002Y", "F")
    assert "113108" in [item.CodeValue for item in ds.DeidentificationMethodCodeSequence]


def test_an_exported_photo_can_be_de_identified_too() -> None:
    photo = make_injury_photo(320, 240).jpeg
    exported = photo_to_dicom(photo, SUBJECT, StudyData(date(2024, 3, 14)), encoding="jpeg")
    ds = _read(deidentify(exported, {}, SHIFT, PSEUDONYM))
    assert ds.PatientName == PSEUDONYM and "Manufacturer" in ds
    assert b"Bakkerbosch" not in deidentify(exported, {}, SHIFT, PSEUDONYM)


def test_burned_in_annotation_cannot_be_de_identified() -> None:
    photo = make_injury_photo(320, 240).jpeg
    exported = photo_to_dicom(
        photo, SUBJECT, StudyData(date(2024, 3, 14)), burned_in_annotation=True
    )
    with pytest.raises(DeidentificationRefused) as caught:
        deidentify(exported, {}, SHIFT, PSEUDONYM)
    assert "ingebrande tekst" in caught.value.message


def test_malformed_input_and_unusable_pseudonyms_are_refused(survey: list[bytes]) -> None:
    with pytest.raises(MalformedDicom):
        deidentify(truncated(survey[0], 0.5), {}, SHIFT, PSEUDONYM)
    for pseudonym in ("", "  ", "Jan^Jansen", "x" * 65):
        with pytest.raises(InvalidDicomValue):
            deidentify(survey[0], {}, SHIFT, pseudonym)


def test_the_profile_names_only_real_attributes_once_each() -> None:
    groups = [REMOVE, EMPTY, DUMMY]
    for group in [*groups, PATIENT_CHARACTERISTICS]:
        assert all(tag_for_keyword(keyword) is not None for keyword in group)
    assert not (REMOVE & EMPTY or REMOVE & DUMMY or EMPTY & DUMMY)
    assert {"PatientName", "PatientID", "PatientBirthDate"} <= EMPTY
    assert {"PatientAddress", "OtherPatientIDs", "GPSLatitude"} <= REMOVE
