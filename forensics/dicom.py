"""Reading DICOM objects for import: one file, or a folder such as a skeletal survey CD.

pydicom reads leniently: a file cut off halfway is returned without complaint, with values
silently shortened. An evidence import must not be lenient, so every read is followed by checks
of our own (declared lengths, required attributes, pixel data size), and every failure becomes
:class:`MalformedDicom` with a Dutch message.
"""

from __future__ import annotations

import io
import os
import struct
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, TypeAlias

from pydicom import dcmread
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError
from pydicom.uid import UID, MediaStorageDirectoryStorage

from secure_store.errors import VaultError

DicomSource: TypeAlias = bytes | bytearray | BinaryIO | str | os.PathLike[str]
"""The bytes of a DICOM file, a binary stream, or a path."""

REQUIRED = ("SOPClassUID", "SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID", "Modality")
"""Attributes without which an object cannot be filed in a study (all Type 1 in every IOD)."""
_PIXEL_TAGS = ("PixelData", "FloatPixelData", "DoubleFloatPixelData")
_UNDEFINED = 0xFFFFFFFF


class MalformedDicom(VaultError):
    """Not a DICOM file, or a damaged or incomplete one."""

    message_nl = (
        "Dit bestand is geen bruikbaar DICOM-object: het is beschadigd, onvolledig of een ander "
        "soort bestand. Vraag het ziekenhuis om een nieuwe kopie."
    )
    message_en = (
        "This file is not a usable DICOM object: it is damaged, incomplete or another kind of "
        "file. Ask the hospital for a new copy."
    )


@dataclass(frozen=True)
class DicomObjectInfo:
    """What the import needs to know about one DICOM object.

    Attributes:
        sop_class_uid: What kind of object (CR image, VL photo, SR, ...).
        sop_class_name: Its name from the DICOM dictionary, or the UID when unknown.
        sop_instance_uid: This object's identity.
        study_instance_uid: The study it belongs to.
        series_instance_uid: The series it belongs to.
        modality: CR, DX, CT, XC, ...
        study_date: Study Date, when present and valid.
        body_part: Body Part Examined, when present.
        rows: Image height, for image objects.
        columns: Image width, for image objects.
        frames: Number of frames (1 for single images, 0 without pixel data).
        has_patient_name: Whether the object names the patient.
        has_patient_id: Whether the object carries a patient ID.
        transfer_syntax_uid: How the object is encoded.
    """

    sop_class_uid: str
    sop_class_name: str
    sop_instance_uid: str
    study_instance_uid: str
    series_instance_uid: str
    modality: str
    study_date: date | None
    body_part: str | None
    rows: int | None
    columns: int | None
    frames: int
    has_patient_name: bool
    has_patient_id: bool
    transfer_syntax_uid: str


@dataclass(frozen=True)
class ScannedObject:
    """A DICOM object found in a folder."""

    path: Path
    info: DicomObjectInfo


@dataclass(frozen=True)
class ScanProblem:
    """A file in a folder that could not be read as DICOM."""

    path: Path
    error: MalformedDicom


@dataclass(frozen=True)
class DicomScan:
    """The result of :func:`scan_dicom_folder`.

    Attributes:
        objects: Readable objects, in path order.
        problems: Files that are not (valid) DICOM, in path order.
        skipped: DICOMDIR index files, which describe the others and are not evidence.
    """

    objects: tuple[ScannedObject, ...]
    problems: tuple[ScanProblem, ...]
    skipped: tuple[Path, ...]

    def studies(self) -> dict[str, list[ScannedObject]]:
        """The objects grouped by Study Instance UID."""
        grouped: dict[str, list[ScannedObject]] = defaultdict(list)
        for found in self.objects:
            grouped[found.info.study_instance_uid].append(found)
        return dict(grouped)


def read_dicom_file(source: DicomSource) -> DicomObjectInfo:
    """Read and check one DICOM Part 10 file.

    Raises:
        MalformedDicom: Not DICOM (no preamble and "DICM"), truncated, a required attribute
            missing or empty, or pixel data shorter than the image it describes.
    """
    return describe(load_dataset(source))


def load_dataset(source: DicomSource) -> Dataset:
    """Parse a DICOM Part 10 file completely and check that nothing was cut off.

    Raises:
        MalformedDicom: As for :func:`read_dicom_file`, except the attribute checks.
    """
    try:
        ds = dcmread(_stream(source), force=False)
        _check_lengths(ds)
    except MalformedDicom:
        raise
    except InvalidDicomError as error:
        raise MalformedDicom("geen DICOM-bestand") from error
    except (EOFError, struct.error, ValueError, TypeError, KeyError, IndexError) as error:
        raise MalformedDicom(str(error)) from error
    except (NotImplementedError, OverflowError, AttributeError, UserWarning) as error:
        # pydicom warns (UserWarning) where it gives up on part of a file; when warnings are
        # errors (as in the test suite) that warning is the first sign of damage.
        raise MalformedDicom(str(error)) from error
    return ds


def describe(ds: Dataset) -> DicomObjectInfo:
    """The :class:`DicomObjectInfo` of a parsed dataset, after checking what import needs.

    Raises:
        MalformedDicom: A required attribute is missing, empty or unreadable, or the pixel data
            is shorter than Rows × Columns × samples × bits say it must be.
    """
    try:
        for keyword in REQUIRED:
            if not str(ds.get(keyword, "") or "").strip():
                raise MalformedDicom(f"{keyword} ontbreekt")
        rows, columns = _optional_int(ds, "Rows"), _optional_int(ds, "Columns")
        frames = _frames(ds, rows, columns)
        sop_class = UID(str(ds.SOPClassUID))
        meta = getattr(ds, "file_meta", None)
        return DicomObjectInfo(
            sop_class_uid=str(sop_class),
            sop_class_name=sop_class.name,
            sop_instance_uid=str(ds.SOPInstanceUID),
            study_instance_uid=str(ds.StudyInstanceUID),
            series_instance_uid=str(ds.SeriesInstanceUID),
            modality=str(ds.Modality),
            study_date=_date(ds.get("StudyDate")),
            body_part=str(ds.get("BodyPartExamined") or "") or None,
            rows=rows,
            columns=columns,
            frames=frames,
            has_patient_name=bool(str(ds.get("PatientName", "") or "").strip("^ ")),
            has_patient_id=bool(str(ds.get("PatientID", "") or "").strip()),
            transfer_syntax_uid=str(meta.get("TransferSyntaxUID", "")) if meta else "",
        )
    except MalformedDicom:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, UserWarning) as error:
        raise MalformedDicom(str(error)) from error


def scan_dicom_folder(folder: str | os.PathLike[str]) -> DicomScan:
    """Read every file below ``folder`` (a CD or USB stick from a hospital).

    DICOMDIR index files are skipped: they list the other files, which are read directly, so
    a CD with a damaged or missing DICOMDIR still imports. A problem with one file never stops
    the scan.
    """
    objects: list[ScannedObject] = []
    problems: list[ScanProblem] = []
    skipped: list[Path] = []
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        if path.name.upper() == "DICOMDIR":
            skipped.append(path)
            continue
        try:
            ds = load_dataset(path)
            if _is_directory(ds):
                skipped.append(path)
                continue
            objects.append(ScannedObject(path, describe(ds)))
        except MalformedDicom as error:
            problems.append(ScanProblem(path, error))
    return DicomScan(tuple(objects), tuple(problems), tuple(skipped))


def _stream(source: DicomSource) -> BinaryIO | str | os.PathLike[str]:
    if isinstance(source, bytes | bytearray):
        return io.BytesIO(bytes(source))
    return source


def _check_lengths(ds: Dataset) -> None:
    """Every value read must be as long as its header declared: pydicom keeps short reads."""
    for tag in list(ds.keys()):
        element = ds.get_item(tag)
        if isinstance(element, RawDataElement) and element.length != _UNDEFINED:
            actual = len(element.value) if element.value is not None else 0
            if actual != element.length:
                raise MalformedDicom(f"element {tag} afgebroken ({actual} van {element.length})")


def _frames(ds: Dataset, rows: int | None, columns: int | None) -> int:
    if rows is None or columns is None:
        return 0
    present = [tag for tag in _PIXEL_TAGS if tag in ds]
    if not present:
        raise MalformedDicom("beeldgegevens ontbreken")
    frames = _optional_int(ds, "NumberOfFrames") or 1
    meta = getattr(ds, "file_meta", None)
    syntax = UID(str(meta.get("TransferSyntaxUID", ""))) if meta else UID("")
    if present[0] == "PixelData" and syntax and not syntax.is_compressed:
        samples = _optional_int(ds, "SamplesPerPixel") or 1
        bits = _optional_int(ds, "BitsAllocated") or 8
        expected = (rows * columns * samples * frames * bits + 7) // 8
        if len(ds.PixelData) < expected:
            raise MalformedDicom(f"beeldgegevens afgebroken ({len(ds.PixelData)} van {expected})")
    return frames


def _optional_int(ds: Dataset, keyword: str) -> int | None:
    value = ds.get(keyword)
    return None if value is None or value == "" else int(value)


def _date(value: object) -> date | None:
    try:
        return datetime.strptime(str(value or ""), "%Y%m%d").date()
    except ValueError:
        return None


def _is_directory(ds: Dataset) -> bool:
    meta = getattr(ds, "file_meta", None)
    return meta is not None and meta.get("MediaStorageSOPClassUID") == MediaStorageDirectoryStorage
