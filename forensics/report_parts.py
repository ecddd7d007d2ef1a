"""What the forensic report and the melding share: the dossier read once, and its facts as rows.

:func:`load_dossier` reads everything a report needs through the services (so every read is
checked and audited); the helpers turn it into document blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

from secure_store.document import KeyValues, Table, format_moment
from secure_store.manifest import EvidenceItem, EvidenceManifest

from .age import AgeAtExamination
from .bodymap import (
    BodyFigure,
    UnknownRegionError,
    View,
    figure_for_age,
    load_region_map,
)
from .dossiers import DossierService
from .flags import examination_flags
from .imaging import ImagingObject, ImagingService, ImagingStudy
from .injuries import InjuryService
from .photos import Photo, PhotoService
from .records import Addendum, Examination, Injury, Subject
from .rules import RuleFlag
from .vocabulary import InjuryPattern, InjuryType


@dataclass(frozen=True)
class Dossier:
    """One examination with everything around it, as a report reads it."""

    subject: Subject
    examination: Examination
    injuries: tuple[Injury, ...]
    photos: tuple[Photo, ...]
    studies: tuple[tuple[ImagingStudy, tuple[ImagingObject, ...]], ...]
    addenda: tuple[Addendum, ...]
    names: dict[str, str]  # user name -> display name

    @property
    def age(self) -> AgeAtExamination:
        return AgeAtExamination(self.subject.date_of_birth, self.examination.examined_at.date())

    @property
    def figure(self) -> BodyFigure:
        return figure_for_age(self.subject.age_on(self.examination.examined_at.date()))

    def name_of(self, user: str) -> str:
        return self.names.get(user, user)

    @property
    def injury_numbers(self) -> dict[str, int]:
        return {i.id: i.number for i in self.injuries}


def load_dossier(dossiers: DossierService, examination_id: str) -> Dossier:
    """Read an examination and all that hangs off it (each read checked and audited)."""
    exam = dossiers.examination(examination_id)
    subject = dossiers.subject(exam.subject_id)
    imaging = ImagingService(dossiers)
    studies = tuple((s, tuple(imaging.objects(s.id))) for s in imaging.studies(exam.id))
    names = {u.name: u.display_name for u in dossiers.session.users.list()}
    return Dossier(
        subject, exam, tuple(InjuryService(dossiers).of_examination(exam.id)),
        tuple(PhotoService(dossiers).photos(exam.id)), studies,
        tuple(dossiers.addenda(exam.id)) if exam.is_sealed else (), names,
    )  # fmt: skip


def region_name(figure: BodyFigure, injury: Injury) -> str:
    """The Dutch name of an injury's region (the code itself if no drawing knows it)."""
    for candidate in (figure, *BodyFigure):
        try:
            return (
                load_region_map(candidate, View.from_code(injury.point.view))
                .region_by_code(injury.region_code)
                .name_nl
            )
        except UnknownRegionError:
            continue
    return injury.region_code


def size_text(injury: Injury) -> str:
    """``14 × 9`` (mm), a single dimension, or "niet gemeten"."""
    sizes = [f"{v:g}" for v in (injury.length_mm, injury.width_mm) if v is not None]
    return " × ".join(sizes) if sizes else "niet gemeten"


def injury_description(injury: Injury) -> str:
    pattern = InjuryPattern.from_code(injury.pattern)
    parts = [injury.description, "" if not pattern.is_patterned else f"patroon: {pattern.label_nl}"]
    parts += [
        f"vorm: {injury.shape}" if injury.shape else "",
        f"kleur: {injury.colour}" if injury.colour else "",
    ]
    return "; ".join(p for p in parts if p)


def injury_table(dossier: Dossier) -> Table:
    """The numbered injury table: region, type, size in mm, description."""
    rows = tuple(
        (
            str(i.number), region_name(dossier.figure, i), InjuryType.from_code(i.type).label_nl,
            size_text(i), injury_description(i),
        )
        for i in dossier.injuries
    )  # fmt: skip
    return Table(
        ("Nr.", "Regio", "Type", "Afmeting (mm)", "Beschrijving"),
        rows,
        widths=(0.5, 2, 1.6, 1.1, 3.4),
    )


def rule_flags(dossiers: DossierService, dossier: Dossier) -> list[RuleFlag]:
    """The decision rules' flags for this examination (they flag, the physician decides)."""
    return examination_flags(dossiers, dossier.examination.id)


def particulars(dossier: Dossier, *, pseudonymous: bool) -> KeyValues:
    """Who was examined, when, where and by whom (name and birth date only when not pseudonymous)."""
    subject, exam = dossier.subject, dossier.examination
    age = dossier.age
    age_text = (
        f"{age.completed_years} jaar"
        if age.completed_years >= 2
        else f"{age.completed_months} maanden"
    )
    who = (
        (("Betrokkene", f"{subject.pseudonym} (gepseudonimiseerd)"), ("Leeftijd bij onderzoek", age_text))
        if pseudonymous
        else (("Betrokkene", subject.name), ("Geboortedatum", format_moment(subject.date_of_birth.isoformat(), with_time=False)), ("Leeftijd bij onderzoek", age_text))
    )  # fmt: skip
    return KeyValues((
        *who,
        ("Geslacht", subject.sex.label_nl),
        ("Datum en tijd onderzoek", format_moment(exam.examined_at)),
        ("Plaats van onderzoek", exam.place or "niet vastgelegd"),
        ("Onderzoeker", dossier.name_of(exam.examiner)),
    ))  # fmt: skip


def evidence_manifest(dossier: Dossier, *, pseudonymous: bool) -> EvidenceManifest:
    """Every original photo (F<n>) and DICOM object (D<n>) the report relies on."""
    items = [
        EvidenceItem(
            f"F{p.seq}", "foto", "" if pseudonymous else p.source_name, p.sha256, p.captured_at,
            p.imported_at, dossier.name_of(p.imported_by),
        )
        for p in dossier.photos
    ]  # fmt: skip
    number = 0
    for study, objects in dossier.studies:
        for obj in objects:
            number += 1
            label = "" if pseudonymous else obj.source_name
            items.append(EvidenceItem(
                f"D{number}", f"DICOM {obj.modality}".strip(), label, obj.sha256, study.study_date,
                obj.imported_at, dossier.name_of(obj.imported_by),
            ))  # fmt: skip
    return EvidenceManifest(dossier.subject.pseudonym, tuple(items))


def imaging_table(dossier: Dossier) -> Table:
    """Per study: date, modality, description, and the body parts of its objects."""
    rows = []
    number = 0
    for study, objects in dossier.studies:
        first = number + 1
        number += len(objects)
        parts = sorted({o.body_part for o in objects if o.body_part})
        rows.append((
            format_moment(study.study_date, with_time=False) or "onbekend", study.modality,
            study.description, ", ".join(parts) or "niet vermeld",
            f"{len(objects)} (D{first}–D{number})" if objects else "0",
        ))  # fmt: skip
    return Table(
        ("Datum", "Modaliteit", "Soort", "Lichaamsdelen", "Opnamen"),
        tuple(rows),
        widths=(1.2, 1, 2.4, 2.2, 1.4),
    )
