"""Two vaults and a documented examination, for the second-opinion tests (domain and UI).

The requester's vault holds a child's dossier with injuries, photos carrying GPS in their EXIF,
and a DICOM study that names the child; the consultant's vault is a second copy of the template.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from forensics.annotations import Text
from forensics.consult_schema import CONSULT_SCHEMA
from forensics.dicom_export import PatientData, StudyData
from forensics.dossiers import DossierService
from forensics.imaging import ImagingService
from forensics.injuries import InjuryService
from forensics.measure import Calibration
from forensics.photos import PhotoService
from forensics.records import BodyPoint, Sex
from forensics.report_record import FORENSIC_REPORTS_SCHEMA
from forensics.schema import FORENSICS_SCHEMA
from forensics.synthetic import make_injury_photo
from forensics.synthetic_dicom import RadiographOptions, make_synthetic_radiograph
from forensics.transfer import FORENSIC_TRANSFERS_SCHEMA
from secure_store.address_book import AddressBook
from secure_store.clock import ManualClock
from secure_store.identities import Identities
from secure_store.identity_card import IdentityCard
from secure_store.session import Session
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES

SCHEMAS = [FORENSICS_SCHEMA, FORENSIC_REPORTS_SCHEMA, FORENSIC_TRANSFERS_SCHEMA, CONSULT_SCHEMA]
NAME = "Noor Zonnebloem"
BORN = date(2025, 5, 17)
EXAMINED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def copy_vault(template: Path, folder: Path, clock: ManualClock) -> Vault:
    """A copy of the template vault, opened with the forensic and consult schemas."""
    shutil.copytree(template, folder)
    return Vault.open(folder, schemas=SCHEMAS, clock=clock, sleep=lambda _: None)


def unlock(vault: Vault, user: str) -> Session:
    return vault.unlock(user, PASSPHRASES[user])


def introduce(session: Session, card: IdentityCard) -> None:
    """Add ``card`` to ``session``'s address book as if its fingerprint was read out."""
    AddressBook(session).add(
        IdentityCard.from_bytes(card.to_bytes()), confirmed_fingerprint=card.fingerprint
    )


def own_card(session: Session) -> IdentityCard:
    return Identities(session).own()


@dataclass(frozen=True)
class Documented:
    """Ids of the documented examination and what it holds."""

    subject_id: str
    pseudonym: str
    examination_id: str
    injury_ids: tuple[str, ...]
    photo_ids: tuple[str, ...]
    study_id: str
    photo_bytes: tuple[bytes, ...]


def document_examination(session: Session, scratch: Path, photos: int = 2) -> Documented:
    """A child's examination: two injuries, photos with GPS and a text label, a DICOM study."""
    dossiers = DossierService(session)
    subject = dossiers.create_subject(NAME, BORN, Sex.FEMALE, pseudonym="VT-2026-0042")
    exam = dossiers.create_examination(
        subject.id, EXAMINED, place="Opvanglocatie De Haven, Geheime Straat 7",
        question="Passen de hematomen bij een val?", history="Moeder: gevallen van de bank.",
    )  # fmt: skip
    injuries = InjuryService(dossiers)
    first = injuries.add(
        exam.id, BodyPoint("head", 0.3, 0.5), "head.face.cheek.right", "bruise",
        length_mm=22.0, width_mm=15.0, pattern="hand_imprint", description="streepvormig",
    )  # fmt: skip
    second = injuries.add(
        exam.id, BodyPoint("anterior", 0.5, 0.4), "trunk.chest", "bruise",
        length_mm=18.0, width_mm=12.0, description="rond hematoom",
    )  # fmt: skip
    scratch.mkdir(parents=True, exist_ok=True)
    paths, raw = [], []
    for i in range(photos):
        path = scratch / f"noor_zonnebloem_{i + 1}.jpg"
        data = make_injury_photo(900, 700, seed=40 + i).jpeg
        path.write_bytes(data)
        paths.append(path)
        raw.append(data)
    service = PhotoService(dossiers)
    imported = service.import_files(exam.id, paths, workers=1).imported
    calibration = Calibration(3.0)
    service.update(
        imported[0].id, caption="Wang rechts", calibration=calibration,
        annotations=[Text((100.0, 100.0), "letsel 1")],
    )  # fmt: skip
    service.link_injuries(imported[0].id, [first.id])
    patient = PatientData("Zonnebloem", "Noor", "PAT-778", BORN, "F")
    study = StudyData(EXAMINED.date(), study_id="SKELET-1")
    dicom = scratch / "dicom"
    dicom.mkdir()
    for i, part in enumerate(("SKULL", "ARM")):
        (dicom / f"IM{i}.dcm").write_bytes(
            make_synthetic_radiograph(patient, study, options=RadiographOptions(body_part=part))
        )
    imaging = ImagingService(dossiers)
    imaging.import_files(exam.id, [dicom])
    study_id = imaging.studies(exam.id)[0].id
    return Documented(
        subject.id, subject.pseudonym, exam.id, (first.id, second.id),
        tuple(p.id for p in imported), study_id, tuple(raw),
    )  # fmt: skip


@dataclass
class World:
    """A requester (``vta``) and a consultant (``arts``) in two vaults who know each other."""

    requester_vault: Vault
    consultant_vault: Vault
    requester: Session
    consultant: Session
    doc: Documented
    clock: ManualClock


def make_world(template: Path, tmp_path: Path) -> World:
    clock = ManualClock(EXAMINED + timedelta(hours=4))
    requester_vault = copy_vault(template, tmp_path / "a", clock)
    consultant_vault = copy_vault(template, tmp_path / "b", clock)
    consultant = unlock(consultant_vault, "arts")
    requester = unlock(requester_vault, "vta")
    introduce(requester, own_card(consultant))
    introduce(consultant, own_card(requester))
    doc = document_examination(requester, tmp_path / "camera")
    return World(requester_vault, consultant_vault, requester, consultant, doc, clock)
