"""A dossier photo as a DICOM VL Photographic Image, for a hospital PACS, identified or not.

The study and series UIDs derive from the examination id, so every photo of one examination
exported at any time joins the same study; a de-identified export replaces names, ids and UIDs
and shifts dates by a fixed number of days per dossier (PS3.15 Annex E, see forensics.deidentify).
"""

from __future__ import annotations

import hashlib
from typing import Literal

from .annotation_render import render_annotated
from .deidentify import deidentify
from .dicom_export import PatientData, StudyData, photo_to_dicom
from .photos import PhotoService
from .records import Sex

_SEX: dict[Sex, Literal["F", "M", "O"]] = {Sex.FEMALE: "F", Sex.MALE: "M", Sex.OTHER: "O"}


def _uid(*parts: str) -> str:
    """A UID under the UUID-derived root 2.25 (PS3.5 B.2), stable for the same parts."""
    digest = hashlib.sha256("/".join(parts).encode()).digest()[:16]
    return f"2.25.{int.from_bytes(digest, 'big')}"


def export_photo_dicom(
    photos: PhotoService, photo_id: str, *, deidentified: bool = False, annotated: bool = False
) -> bytes:
    """The DICOM file of one photo, with patient and study data from its dossier.

    Args:
        photos: The photo service of an unlocked session (role checks and audit apply).
        photo_id: Which photo.
        deidentified: Replace identifiers (name, BSN, birth date, UIDs) and shift dates.
        annotated: Export the annotated render (marked as burned-in annotation) instead of
            the original pixels. Burned-in annotation cannot be de-identified safely.

    Raises:
        PermissionDenied, RecordNotFound, DeidentificationRefused, InvalidDicomValue.
    """
    session = photos.session
    photo = photos.get(photo_id)
    dossiers = photos.dossiers
    exam = dossiers.examination(photo.examination_id)
    subject = dossiers.subject(exam.subject_id)
    given, _, family = subject.name.partition(" ")
    patient = PatientData(
        family or given, given if family else "", subject.bsn or subject.pseudonym,
        subject.date_of_birth, _SEX[subject.sex],
    )  # fmt: skip
    study = StudyData(
        exam.examined_at.date(),
        exam.examined_at.time().replace(microsecond=0, tzinfo=None),
        study_id=subject.pseudonym[:16],
        institution=exam.place[:64],
        study_instance_uid=_uid("study", exam.id),
        series_instance_uid=_uid("series", exam.id, "annotated" if annotated else "original"),
    )
    original = photos.original_bytes(photo_id)
    source = (
        render_annotated(original, photo.annotations, photo.calibration) if annotated else original
    )
    data = photo_to_dicom(
        source, patient, study, instance_number=photo.seq, burned_in_annotation=annotated,
        clock=session.clock,
    )  # fmt: skip
    if deidentified:
        shift = -(int(hashlib.sha256(subject.case_id.encode()).hexdigest(), 16) % 365 + 30)
        data = deidentify(data, {}, shift, subject.pseudonym)
    session.log(
        "photo.dicom", "photo", photo_id, subject=exam.subject_id,
        detail="gedeidentificeerd" if deidentified else "identificeerbaar",
    )  # fmt: skip
    return data
