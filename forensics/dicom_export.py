"""Exporting photos as DICOM VL Photographic Image objects, for a hospital PACS.

The photo is stored upright (DICOM has no orientation flag for photos) in sRGB, either as
uncompressed RGB or re-encoded as JPEG Baseline. Patient and study data come from the dossier;
camera make and model come from EXIF; GPS and every other EXIF field stay behind.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Literal

from PIL import Image
from pydicom import config, dcmwrite
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import (
    PYDICOM_IMPLEMENTATION_UID,
    UID,
    ExplicitVRLittleEndian,
    JPEGBaseline8Bit,
    VLPhotographicImageStorage,
    generate_uid,
)
from pydicom.valuerep import validate_value

from forensics.derivatives import encode_jpeg
from forensics.image_decode import MAX_IMAGE_PIXELS, ImageInfo, decode_upright, inspect_image
from secure_store.clock import Clock, SystemClock
from secure_store.errors import VaultError

IMPLEMENTATION_VERSION = "VEILIGDOSSIER01"
"""Implementation Version Name in the file meta header (SH, at most 16 characters)."""
MANUFACTURER = "Veilig Dossier"


class InvalidDicomValue(VaultError):
    """Dossier data that does not fit a DICOM attribute (too long, forbidden characters)."""

    message_nl = (
        "Een gegeven van de patiënt of het onderzoek past niet in DICOM (te lang of met "
        "tekens als ^ of \\). Pas het aan en exporteer opnieuw."
    )
    message_en = (
        "A patient or study value does not fit DICOM (too long, or characters such as ^ or \\). "
        "Correct it and export again."
    )


@dataclass(frozen=True)
class RawRgb:
    """Uncompressed, upright 8-bit RGB pixels (row by row, R G B per pixel).

    Attributes:
        width: Pixels per row.
        height: Rows.
        pixels: ``width * height * 3`` bytes.
    """

    width: int
    height: int
    pixels: bytes

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0 or len(self.pixels) != self.width * self.height * 3:
            raise ValueError("RawRgb: pixels must hold width * height * 3 bytes")


@dataclass(frozen=True)
class PatientData:
    """Who the images are of, as the dossier knows them.

    Attributes:
        family_name: Family name including prefixes ("van der Berg").
        given_name: Given name(s).
        patient_id: The identifier the receiving hospital knows the patient by.
        birth_date: Date of birth, if known.
        sex: ``"F"``, ``"M"``, ``"O"`` or ``""`` (unknown).
    """

    family_name: str
    given_name: str
    patient_id: str
    birth_date: date | None = None
    sex: Literal["F", "M", "O", ""] = ""

    def __post_init__(self) -> None:
        check_value("PN", self.dicom_name)
        check_value("LO", self.patient_id)
        if self.sex not in ("F", "M", "O", ""):
            raise InvalidDicomValue(f"geslacht {self.sex!r}")

    @property
    def dicom_name(self) -> str:
        """The name as DICOM PN: ``Family^Given``."""
        for part in (self.family_name, self.given_name):
            if any(c in part for c in "^=\\"):
                raise InvalidDicomValue("naam met ^, = of \\")
        return f"{self.family_name}^{self.given_name}"


@dataclass(frozen=True)
class StudyData:
    """The examination the images belong to; one StudyData per examination keeps one study UID.

    Attributes:
        study_date: Date of the examination.
        study_time: Time of the examination, if known.
        accession_number: The hospital's order number, if any (SH, 16 characters).
        study_id: Our case reference (SH, 16 characters).
        description: Study description.
        referring_physician: Who asked for the examination (PN), if known.
        institution: The examining organisation.
        study_instance_uid: Kept with the examination so later exports join the same study.
        series_instance_uid: One series per export batch.
        series_description: What the series holds.
    """

    study_date: date
    study_time: time | None = None
    accession_number: str = ""
    study_id: str = ""
    description: str = "Forensisch letselonderzoek"
    referring_physician: str = ""
    institution: str = ""
    study_instance_uid: str = field(default_factory=generate_uid)
    series_instance_uid: str = field(default_factory=generate_uid)
    series_description: str = "Letselfoto's"

    def __post_init__(self) -> None:
        for vr, value in (
            ("SH", self.accession_number),
            ("SH", self.study_id),
            ("LO", self.description),
            ("PN", self.referring_physician),
            ("LO", self.institution),
            ("UI", self.study_instance_uid),
            ("UI", self.series_instance_uid),
            ("LO", self.series_description),
        ):
            check_value(vr, value)


def photo_to_dicom(
    photo: bytes | RawRgb,
    patient: PatientData,
    study: StudyData,
    *,
    instance_number: int = 1,
    encoding: Literal["rgb", "jpeg"] = "rgb",
    burned_in_annotation: bool = False,
    clock: Clock | None = None,
    max_pixels: int = MAX_IMAGE_PIXELS,
) -> bytes:
    """A DICOM VL Photographic Image Storage file (Part 10) holding ``photo``.

    Args:
        photo: A photo file (JPEG, PNG, TIFF, HEIC), an original or an annotated render;
            or raw upright RGB pixels.
        patient: Patient module values.
        study: Study and series values.
        instance_number: Position of this image in the series.
        encoding: ``"rgb"`` stores uncompressed RGB (largest, universally readable);
            ``"jpeg"`` stores JPEG Baseline, quality 95, without chroma subsampling.
        burned_in_annotation: Whether the pixels carry annotations (an annotated render).
        clock: Source of the instance creation time (tests pass a fixed clock).
        max_pixels: As for :func:`forensics.image_decode.inspect_image`.

    Raises:
        UnsupportedImage, CorruptImage, ImageTooLarge: ``photo`` cannot be decoded.
    """
    if isinstance(photo, RawRgb):
        info: ImageInfo | None = None
        image = Image.frombytes("RGB", (photo.width, photo.height), photo.pixels)
    else:
        info = inspect_image(photo, max_pixels=max_pixels)
        image = decode_upright(photo, None, max_pixels=max_pixels).image
    created = (clock or SystemClock()).now()
    ds = base_dataset(VLPhotographicImageStorage, patient, study, "XC", created)
    ds.SeriesNumber = 1
    ds.InstanceNumber = instance_number
    ds.Manufacturer = _fitting("LO", info.camera_make or "") if info else ""
    ds.ManufacturerModelName = _fitting("LO", info.camera_model or "") if info else ""
    ds.SoftwareVersions = MANUFACTURER
    ds.ImageType = ["DERIVED" if burned_in_annotation else "ORIGINAL", "PRIMARY"]
    ds.BurnedInAnnotation = "YES" if burned_in_annotation else "NO"
    ds.PatientOrientation = ""
    ds.AcquisitionContextSequence = []
    taken = info.capture_time if info else None
    ds.ContentDate = (taken or created).strftime("%Y%m%d")
    ds.ContentTime = (taken or created).strftime("%H%M%S")
    if taken is not None:
        ds.AcquisitionDateTime = taken.strftime("%Y%m%d%H%M%S") + _offset(taken)
    ds.Rows, ds.Columns = image.height, image.width
    ds.SamplesPerPixel = 3
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    ds.PlanarConfiguration = 0
    source_format = info.format if info else "RAW"
    lossy = source_format in ("JPEG", "HEIF") or encoding == "jpeg"
    ds.LossyImageCompression = "01" if lossy else "00"
    if encoding == "jpeg":
        frame = encode_jpeg(image, quality=95, subsampling="4:4:4")
        ds.PhotometricInterpretation = "YBR_FULL"  # JPEG's YCbCr, not subsampled
        ds.LossyImageCompressionMethod = "ISO_10918_1"
        ds.LossyImageCompressionRatio = f"{image.width * image.height * 3 / len(frame):.2f}"
        ds.PixelData = encapsulate([frame])
        ds["PixelData"].VR = "OB"
        ds["PixelData"].is_undefined_length = True
        return dataset_to_bytes(ds, JPEGBaseline8Bit)
    if source_format == "JPEG":
        ds.LossyImageCompressionMethod = "ISO_10918_1"  # the camera's own compression
    ds.PhotometricInterpretation = "RGB"
    ds.PixelData = image.tobytes()
    ds["PixelData"].VR = "OB"
    return dataset_to_bytes(ds, ExplicitVRLittleEndian)


def base_dataset(
    sop_class_uid: str, patient: PatientData, study: StudyData, modality: str, created: datetime
) -> Dataset:
    """A dataset with the SOP Common, Patient, General Study and General Series modules filled.

    A new SOP Instance UID is generated; study and series UIDs come from ``study``.
    """
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 192"  # UTF-8: Dutch and other names need it
    ds.SOPClassUID = sop_class_uid
    ds.SOPInstanceUID = generate_uid()
    ds.InstanceCreationDate = created.strftime("%Y%m%d")
    ds.InstanceCreationTime = created.strftime("%H%M%S")
    ds.PatientName = patient.dicom_name
    ds.PatientID = patient.patient_id
    ds.PatientBirthDate = patient.birth_date.strftime("%Y%m%d") if patient.birth_date else ""
    ds.PatientSex = patient.sex
    ds.StudyInstanceUID = study.study_instance_uid
    ds.StudyDate = study.study_date.strftime("%Y%m%d")
    ds.StudyTime = study.study_time.strftime("%H%M%S") if study.study_time else ""
    ds.ReferringPhysicianName = study.referring_physician
    ds.StudyID = study.study_id
    ds.AccessionNumber = study.accession_number
    ds.StudyDescription = study.description
    if study.institution:
        ds.InstitutionName = study.institution
    ds.Modality = modality
    ds.SeriesInstanceUID = study.series_instance_uid
    ds.SeriesDescription = study.series_description
    return ds


def dataset_to_bytes(ds: Dataset, transfer_syntax: str) -> bytes:
    """Write ``ds`` as a DICOM Part 10 file (preamble, file meta) in ``transfer_syntax``."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = UID(transfer_syntax)
    meta.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID
    meta.ImplementationVersionName = IMPLEMENTATION_VERSION
    ds.file_meta = meta
    sink = io.BytesIO()
    dcmwrite(sink, ds, enforce_file_format=True)
    return sink.getvalue()


def check_value(vr: str, value: str) -> None:
    """Refuse a value that DICOM's rules for ``vr`` forbid.

    Checked strictly whatever the global pydicom validation setting is.

    Raises:
        InvalidDicomValue: Too long, or characters the VR does not allow.
    """
    try:
        validate_value(vr, value, config.RAISE)
    except ValueError as error:
        raise InvalidDicomValue(str(error)) from error


def _fitting(vr: str, value: str) -> str:
    """EXIF text trimmed to what ``vr`` allows; camera names are informative, never refused."""
    cleaned = "".join(c for c in value if c.isprintable() and c != "\\")[:64]
    try:
        validate_value(vr, cleaned, config.RAISE)
    except ValueError:
        return ""
    return cleaned


def _offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
