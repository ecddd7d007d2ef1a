"""A synthetic radiograph as DICOM: a greyscale CR of a forearm drawn from shapes.

For tests and the demo vault (skeletal survey import, de-identification). Every identifier in it
is invented; by default the object carries many of the identifying attributes a real hospital
object has (addresses, physicians, private tags, referenced images), so de-identification has
something to remove.
"""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass, field
from datetime import date, datetime

from PIL import Image, ImageDraw, ImageFilter
from pydicom.dataset import Dataset
from pydicom.uid import ComputedRadiographyImageStorage, ExplicitVRLittleEndian, generate_uid

from forensics.dicom_export import PatientData, StudyData, base_dataset, dataset_to_bytes

SYNTHETIC_PATIENT = PatientData("Testkind", "Synthetisch", "SYN-0001", date(2022, 3, 14), "M")
"""An invented child: never a real person."""
WINDOW_CENTRE = 2048
WINDOW_WIDTH = 4000
PRIVATE_CREATOR = "VEILIG DOSSIER SYNTHETIC"


@dataclass(frozen=True)
class RadiographOptions:
    """What to put in a synthetic radiograph besides the pixels.

    Attributes:
        body_part: Body Part Examined (CS).
        view: View Position (CS).
        identifying_extras: Add addresses, physicians, comments, private tags and so on.
        referenced_sop_instance_uid: A UID of another image in the study to reference.
        created: Instance creation time (fixed by default, so files are reproducible).
    """

    body_part: str = "ARM"
    view: str = "AP"
    identifying_extras: bool = True
    referenced_sop_instance_uid: str = field(default_factory=generate_uid)
    created: datetime = datetime(2024, 3, 14, 9, 30, 0)


def make_synthetic_radiograph(
    patient: PatientData = SYNTHETIC_PATIENT,
    study: StudyData | None = None,
    *,
    rows: int = 320,
    columns: int = 256,
    options: RadiographOptions | None = None,
) -> bytes:
    """A CR Image Storage file: MONOCHROME2, 16 bits allocated (12 stored), with a window.

    Args:
        patient: Patient module values.
        study: Study and series; a new study when ``None``.
        rows: Image height in pixels.
        columns: Image width in pixels.
        options: Body part, view and the identifying extras.
    """
    study = study or StudyData(date(2024, 3, 14), study_id="SYN-STUDY-1")
    options = options or RadiographOptions()
    ds = base_dataset(ComputedRadiographyImageStorage, patient, study, "CR", options.created)
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    ds.BodyPartExamined = options.body_part
    ds.ViewPosition = options.view
    ds.Manufacturer = "Synthetic Imaging"
    ds.PatientOrientation = ["L", "F"]
    ds.ImageType = ["ORIGINAL", "PRIMARY"]
    ds.ContentDate = ds.StudyDate
    ds.ContentTime = "093000"
    ds.Rows, ds.Columns = rows, columns
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.WindowCenter = WINDOW_CENTRE
    ds.WindowWidth = WINDOW_WIDTH
    ds.RescaleIntercept, ds.RescaleSlope, ds.RescaleType = 0, 1, "US"
    ds.PixelData = _forearm(columns, rows)
    ds["PixelData"].VR = "OW"
    if options.identifying_extras:
        _add_identifying_extras(ds, patient, options)
    return dataset_to_bytes(ds, ExplicitVRLittleEndian)


def _forearm(width: int, height: int) -> bytes:
    """12-bit pixels: soft tissue, two long bones with a cortex, one with a fracture line."""
    image = Image.new("L", (width, height), 12)
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.18, -height * 0.1, width * 0.82, height * 1.1), fill=70)
    for left, right, shade in ((0.30, 0.44, 200), (0.54, 0.66, 185)):
        box = (width * left, height * 0.04, width * right, height * 0.96)
        draw.rounded_rectangle(box, radius=width * 0.06, fill=shade)
        inner = (box[0] + width * 0.025, box[1] + 8, box[2] - width * 0.025, box[3] - 8)
        draw.rounded_rectangle(inner, radius=width * 0.04, fill=shade - 60)
    crack = [(width * 0.29, height * 0.52), (width * 0.45, height * 0.47)]
    draw.line(crack, fill=90, width=max(1, width // 120))
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    noise = Image.effect_noise((width, height), 6)
    image = Image.blend(image, noise, 0.05)
    pixels = array("H", (value * 16 for value in image.tobytes()))
    if sys.byteorder == "big":
        pixels.byteswap()  # DICOM Explicit VR Little Endian
    return pixels.tobytes()


def _add_identifying_extras(ds: Dataset, patient: PatientData, options: RadiographOptions) -> None:
    """What a hospital object typically carries, all of it identifying or linkable."""
    ds.OtherPatientIDs = f"{patient.patient_id}-OLD"
    ds.PatientAddress = "Synthetische Straat 1, 1234 AB Nergenshuizen"
    ds.PatientAge = "002Y"
    ds.InstitutionName = "Synthetisch Ziekenhuis"
    ds.InstitutionAddress = "Ziekenhuislaan 99, Nergenshuizen"
    ds.ReferringPhysicianName = "Verwijzer^Dokter"
    ds.PerformingPhysicianName = "Radioloog^Dokter"
    ds.OperatorsName = "Laborant^Lotte"
    ds.StationName = "CR-KAMER-3"
    ds.DeviceSerialNumber = "SN-99887766"
    ds.AccessionNumber = "ACC-778899"
    ds.AcquisitionDate = ds.StudyDate
    ds.AcquisitionTime = "093000"
    ds.AcquisitionDateTime = f"{ds.StudyDate}093000"
    ds.SeriesDate = ds.StudyDate
    ds.ImageComments = f"Opname van {patient.given_name} {patient.family_name}"
    ds.FrameOfReferenceUID = generate_uid()
    reference = Dataset()
    reference.ReferencedSOPClassUID = ComputedRadiographyImageStorage
    reference.ReferencedSOPInstanceUID = options.referenced_sop_instance_uid
    ds.ReferencedImageSequence = [reference]
    request = Dataset()
    request.RequestedProcedureID = "RP-445566"
    request.ScheduledProcedureStepID = "SPS-445566"
    ds.RequestAttributesSequence = [request]
    block = ds.private_block(0x0009, PRIVATE_CREATOR, create=True)
    block.add_new(0x01, "LO", f"{patient.family_name} {patient.patient_id}")
    block.add_new(0x02, "DA", ds.PatientBirthDate or "20000101")
