"""Synthetic forensic dossiers for the demo vault (invented people, generated photos).

Three dossiers a newcomer can open: a child under four with bruising that TEN-4-FACESp flags, an
adult after partner violence, and a child whose skeletal survey (synthetic DICOM) was imported.
Every photo is generated with a forensic scale in it and goes through the real import pipeline.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from secure_store.clock import Clock
from secure_store.session import Session

from .annotations import Arrow, Measurement, MeasurementKind, NumberedMarker
from .bodymap import BodyFigure, View, load_region_map
from .dicom_export import PatientData, StudyData
from .dossiers import DossierService
from .imaging import ImagingService
from .injuries import InjuryService
from .measure import Calibration
from .photos import PhotoService
from .records import BodyPoint, Consent, PhotoCategory, Requester, Sex
from .synthetic import make_injury_photo
from .synthetic_dicom import RadiographOptions, make_synthetic_radiograph
from .vocabulary import ConclusionScale


@dataclass(frozen=True)
class _DemoInjury:
    view: str
    region: str
    type: str
    length_mm: float
    width_mm: float
    pattern: str
    description: str


def seed_forensic_dossiers(session: Session, clock: Clock) -> None:
    """Create the three demo dossiers as the forensic physician of ``session``."""
    now = clock.now()
    with tempfile.TemporaryDirectory(prefix="vd-demo-") as scratch:
        folder = Path(scratch)
        _child_with_bruises(session, now, folder)
        _adult_after_partner_violence(session, now, folder)
        _child_with_skeletal_survey(session, now, folder)


def _photos(folder: Path, name: str, count: int, taken: datetime, seed: int) -> list[Path]:
    paths = []
    for i in range(count):
        path = folder / f"{name}_{i + 1:02d}.jpg"
        photo = make_injury_photo(
            1600, 1200, seed=seed + i, taken=taken.replace(tzinfo=None) + timedelta(minutes=i)
        )
        path.write_bytes(photo.jpeg)
        paths.append(path)
    return paths


def _document(
    session: Session,
    exam_id: str,
    figure: BodyFigure,
    injuries: list[_DemoInjury],
    photo_paths: list[Path],
) -> None:
    dossiers = DossierService(session)
    injury_service = InjuryService(dossiers)
    photos = PhotoService(dossiers)
    stored = []
    for i in injuries:
        view = View.from_code(i.view)
        x, y = load_region_map(figure, view).region_by_code(i.region).interior_point()
        stored.append(
            injury_service.add(
                exam_id, BodyPoint(i.view, x, y), i.region, i.type, length_mm=i.length_mm,
                width_mm=i.width_mm, pattern=i.pattern, description=i.description,
            )
        )  # fmt: skip
    imported = photos.import_files(exam_id, photo_paths, workers=2).imported
    categories = [
        PhotoCategory.OVERVIEW,
        PhotoCategory.ORIENTATION,
        PhotoCategory.CLOSE_UP_SCALE,
        PhotoCategory.CLOSE_UP,
    ]
    for index, photo in enumerate(imported):
        injury = stored[(index // len(categories)) % len(stored)]
        category = categories[index % len(categories)]
        changes: dict[str, object] = {
            "category": category,
            "caption": f"Letsel {injury.number}: {category.label_nl}",
        }
        if category is PhotoCategory.CLOSE_UP_SCALE:
            # The generator puts the scale's 0 and 100 mm ticks at known places (see synthetic).
            px_per_mm = 0.5 * min(1600, 1200 * 1.25) / 100
            calibration = Calibration(px_per_mm)
            start, end = (960.0 - 12 * px_per_mm, 480.0), (960.0 + 12 * px_per_mm, 480.0)
            changes.update(
                calibration=calibration,
                annotations=[
                    Measurement(
                        (start, end), MeasurementKind.LENGTH, calibration.length_mm([start, end])
                    ),
                    NumberedMarker((960.0 + 30 * px_per_mm, 480.0 - 25 * px_per_mm), injury.number),
                    Arrow((700.0, 250.0), (900.0, 430.0)),
                ],
            )
        photos.update(photo.id, **changes)
        photos.link_injuries(photo.id, [injury.id])


def _child_with_bruises(session: Session, now: datetime, folder: Path) -> None:
    dossiers = DossierService(session)
    subject = dossiers.create_subject(
        "Noor de Demo", (now - timedelta(days=300)).date(), Sex.FEMALE, pseudonym="DEMO-KIND-A"
    )
    exam = dossiers.create_examination(
        subject.id, now - timedelta(days=2), place="GGD Demo Regio, spreekkamer 2",
        requester=Requester.VEILIG_THUIS, requester_detail="Veilig Thuis Demo Regio",
        question="Zijn de blauwe plekken passend bij de gegeven verklaring (val van de bank)?",
        consent=Consent("moeder (met gezag)", (now - timedelta(days=2)).date().isoformat(), True, "Veilig Thuis"),
        history="Volgens moeder is Noor gisteren van de bank gevallen.", history_source="moeder",
        findings="Drie hematomen: oorschelp links, wang rechts, borstkas links.",
    )  # fmt: skip
    injuries = [
        _DemoInjury("head", "ear.left", "bruise", 14, 9, "none", "blauw-paars hematoom oorschelp"),
        _DemoInjury("head", "head.face.cheek.right", "bruise", 22, 15, "hand_imprint", "streepvormige hematomen, vingerafdruk-patroon"),
        _DemoInjury("anterior", "trunk.chest", "bruise", 18, 12, "none", "rond hematoom"),
    ]  # fmt: skip
    _document(
        session,
        exam.id,
        BodyFigure.CHILD,
        injuries,
        _photos(folder, "kind_a", 8, now - timedelta(days=2), 10),
    )
    dossiers.update_examination(exam.id, conclusion=ConclusionScale.SUSPICIOUS.code,
                                conclusion_text="Locaties (oor, wang, romp) passen niet bij een val van de bank.")  # fmt: skip


def _adult_after_partner_violence(session: Session, now: datetime, folder: Path) -> None:
    dossiers = DossierService(session)
    subject = dossiers.create_subject(
        "Eva Voorbeeld", date(now.year - 34, 2, 17), Sex.FEMALE, pseudonym="DEMO-VOLW-B"
    )
    exam = dossiers.create_examination(
        subject.id, now - timedelta(days=1), place="Politiebureau Demostad",
        requester=Requester.POLICE, requester_detail="Politie eenheid Demo, zeden/huiselijk geweld",
        question="Beschrijf en duid het letsel na vermoedelijke mishandeling door partner.",
        consent=Consent("betrokkene zelf", (now - timedelta(days=1)).date().isoformat(), True, "OM en politie"),
        history="Betrokkene verklaart gisteravond bij de bovenarmen te zijn vastgepakt en geslagen.",
        history_source="betrokkene", findings="Grijpletsel beide bovenarmen, hematoom rond linkeroog.",
    )  # fmt: skip
    injuries = [
        _DemoInjury("anterior", "upper_arm.right", "bruise", 45, 20, "grip_marks", "vier ovale hematomen in een rij"),
        _DemoInjury("anterior", "upper_arm.left", "bruise", 40, 18, "grip_marks", "drie ovale hematomen"),
        _DemoInjury("head", "head.face.eyelid.upper.left", "bruise", 30, 25, "none", "brilhematoom links"),
    ]  # fmt: skip
    _document(
        session,
        exam.id,
        BodyFigure.ADULT,
        injuries,
        _photos(folder, "volw_b", 12, now - timedelta(days=1), 30),
    )
    dossiers.update_examination(exam.id, conclusion=ConclusionScale.PROBABLE.code,
                                conclusion_text="Het grijpletsel past bij vastpakken met kracht.")  # fmt: skip


def _child_with_skeletal_survey(session: Session, now: datetime, folder: Path) -> None:
    dossiers = DossierService(session)
    born = (now - timedelta(days=150)).date()
    subject = dossiers.create_subject("Daan Proef", born, Sex.MALE, pseudonym="DEMO-KIND-C")
    exam = dossiers.create_examination(
        subject.id, now - timedelta(days=5), place="Kinderziekenhuis Demo",
        requester=Requester.HOSPITAL, question="Skeletonderzoek bij zuigeling met hematoom; duiding?",
        consent=Consent("beide ouders (gezag)", (now - timedelta(days=5)).date().isoformat(), True, "LECK"),
        history="Ouders weten niet hoe het hematoom is ontstaan.", history_source="beide ouders",
        findings="Eén hematoom bovenbeen rechts; skeletstatus bijgevoegd.",
    )  # fmt: skip
    _document(
        session, exam.id, BodyFigure.CHILD,
        [_DemoInjury("anterior", "thigh.right", "bruise", 12, 10, "none", "klein hematoom")],
        _photos(folder, "kind_c", 4, now - timedelta(days=5), 60),
    )  # fmt: skip
    patient = PatientData("Proef", "Daan", subject.pseudonym, born, "M")
    study = StudyData(now.date() - timedelta(days=5), study_id="SKELET-DEMO")
    survey = folder / "skeletstatus"
    survey.mkdir()
    for i, part in enumerate(("SKULL", "CHEST", "ARM", "ARM", "LEG", "LEG")):
        (survey / f"IM{i:04d}.dcm").write_bytes(
            make_synthetic_radiograph(
                patient, study, options=RadiographOptions(body_part=part, identifying_extras=False)
            )
        )
    ImagingService(dossiers).import_files(exam.id, [survey])
