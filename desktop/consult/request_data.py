"""What the request wizard shows, loaded in one go on the vault pool (never on the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass

from forensics.bodymap import CHILD_FIGURE_BELOW_YEARS, BodyFigure
from forensics.consult_plan import region_name
from forensics.consult_records import ConsultRequest
from forensics.consult_requests import RequestService
from forensics.dossiers import DossierService
from forensics.imaging import ImagingService, ImagingStudy
from forensics.injuries import InjuryService
from forensics.photos import Photo, PhotoService
from forensics.records import Examination, Injury, Subject
from forensics.vocabulary import InjuryType
from secure_store.address_book import AddressBook, Contact, Organisation
from secure_store.session import Session

from .models import label


@dataclass(frozen=True)
class WizardData:
    """An examination with what could be shared, and who it could go to."""

    subject: Subject
    examination: Examination
    injuries: list[Injury]
    photos: list[Photo]
    thumbnails: dict[str, bytes]
    studies: list[tuple[ImagingStudy, int]]
    contacts: list[Contact]
    organisations: list[Organisation]
    figure: BodyFigure
    request: ConsultRequest | None = None

    def injury_text(self, injury: Injury) -> str:
        """'1 — hematoom (blauwe plek), wang rechts, 22 × 15 mm'."""
        size = ""
        if injury.length_mm is not None and injury.width_mm is not None:
            size = f", {injury.length_mm:g} × {injury.width_mm:g} mm"
        kind = label(InjuryType.from_code(injury.type))
        return f"{injury.number} — {kind}, {region_name(self.figure, injury)}{size}"

    def suggested_context(self) -> str:
        """The examination's history and findings, as a start for the clinical context."""
        exam = self.examination
        parts = [exam.history.strip(), exam.findings.strip()]
        return "\n\n".join(p for p in parts if p)


def load_wizard_data(
    session: Session, examination_id: str, request_id: str | None = None
) -> WizardData:
    """Everything the wizard shows, and the concept being continued (if any)."""
    dossiers = DossierService(session)
    exam = dossiers.examination(examination_id)
    subject = dossiers.subject(exam.subject_id)
    photos = PhotoService(dossiers)
    listed = photos.photos(examination_id)
    imaging = ImagingService(dossiers)
    studies = [(s, len(imaging.objects(s.id))) for s in imaging.studies(examination_id)]
    book = AddressBook(session)
    small = subject.age_on(exam.examined_at.date()) < CHILD_FIGURE_BELOW_YEARS
    return WizardData(
        subject, exam, InjuryService(dossiers).of_examination(examination_id), listed,
        {p.id: photos.thumbnail(p.id) for p in listed}, studies, book.contacts(),
        book.organisations(), BodyFigure.CHILD if small else BodyFigure.ADULT,
        RequestService(session).get(request_id) if request_id else None,
    )  # fmt: skip
