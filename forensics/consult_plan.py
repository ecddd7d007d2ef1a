"""Exactly what a second-opinion request will contain: one plan for the preview and the seal.

:func:`plan_request` turns a request into the request document (``verzoek.json``) and the list of
items that go with it — body-map figures with numbered markers, photos as annotated render and/or
original, DICOM objects — each with a Dutch description, and the problems that block sealing.
The preview shows this plan; sealing writes this plan and nothing else. Items are produced only
when their turn comes while sealing, one at a time, so memory stays bounded.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from secure_store.address_book import AddressBook, UnknownContact
from secure_store.identities import Identities
from secure_store.identity_card import IdentityCard
from secure_store.package_writer import OutgoingItem
from secure_store.session import Session

from .age import AgeAtExamination
from .annotation_render import render_annotated
from .annotations import Text
from .bodymap import CHILD_FIGURE_BELOW_YEARS, BodyFigure, UnknownRegionError, View, load_region_map
from .bodymap_figure import Marker, render_png
from .consult_deid import Identifiers, clean_image, find_identifiers, identifiers_of
from .consult_records import REQUEST_DOCUMENT, REQUEST_FORMAT, ConsultRequest, PhotoShare
from .deidentify import deidentify
from .dossiers import DossierService
from .imaging import ImagingService
from .injuries import InjuryService
from .photos import Photo, PhotoService
from .records import Examination, Injury, Subject
from .vocabulary import InjuryPattern, InjuryType

FIGURE_WIDTH_PX = 600
_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/tiff": "tif", "image/heic": "heic"}


@dataclass(frozen=True)
class PlannedItem:
    """One file that will leave: its name in the package, type, and what it is (Dutch)."""

    name: str
    media_type: str
    description: str
    produce: Callable[[], Iterable[bytes]]
    size_hint: int = 0

    def outgoing(self) -> OutgoingItem:
        return OutgoingItem(self.name, self.media_type, self.produce, self.size_hint)


@dataclass(frozen=True)
class RequestPlan:
    """The preview of a request: the document, every item, the recipients, what blocks."""

    document: dict[str, Any]
    items: tuple[PlannedItem, ...]
    recipients: tuple[IdentityCard, ...]
    problems: tuple[str, ...]

    @property
    def ready(self) -> bool:
        return not self.problems


def plan_request(session: Session, request: ConsultRequest, *, sent_at: str) -> RequestPlan:
    """The complete plan of ``request`` as it would be sealed now."""
    return _Planner(session, request, sent_at).plan()


class _Planner:
    def __init__(self, session: Session, request: ConsultRequest, sent_at: str) -> None:
        self.session = session
        self.request = request
        self.sent_at = sent_at
        self.dossiers = DossierService(session)
        self.exam: Examination = self.dossiers.examination(request.examination_id)
        self.subject: Subject = self.dossiers.subject(self.exam.subject_id)
        self.deid = request.deidentification
        self.ids: Identifiers = identifiers_of(self.subject)
        self.items: list[PlannedItem] = []
        self.problems: list[str] = []
        self.texts: list[tuple[str, str]] = [
            ("de vraag", request.question), ("de klinische context", request.clinical_context),
        ]  # fmt: skip
        age = AgeAtExamination(self.subject.date_of_birth, self.exam.examined_at.date())
        self.age = age
        small = age.completed_years < CHILD_FIGURE_BELOW_YEARS
        self.figure = BodyFigure.CHILD if small else BodyFigure.ADULT

    def plan(self) -> RequestPlan:
        request = self.request
        if not request.question.strip():
            self.problems.append("Schrijf de vraag aan de consulent op.")
        if request.selection.is_empty:
            self.problems.append("Kies minstens één letsel, foto of beeldvormend onderzoek.")
        injuries = self._injuries()
        photos = self._photos()
        imaging = self._imaging()
        recipients = self._recipients()
        document = self._document(injuries, photos, imaging)
        self.problems += find_identifiers(
            self.texts, self.ids, name=self.deid.pseudonym, birth_date=self.deid.age_in_months
        )
        body = json.dumps(document, indent=2, ensure_ascii=False).encode()
        head = PlannedItem(
            REQUEST_DOCUMENT, "application/json", "Het verzoek: vraag, context, letsels en keuzes",
            lambda: (body,), len(body),
        )  # fmt: skip
        return RequestPlan(document, (head, *self.items), recipients, tuple(self.problems))

    # -- injuries and body maps ---------------------------------------------------------
    def _injuries(self) -> list[dict[str, Any]]:
        chosen = set(self.request.selection.injuries)
        injuries = [
            i for i in InjuryService(self.dossiers).of_examination(self.exam.id) if i.id in chosen
        ]
        by_view: dict[str, list[Injury]] = {}
        for injury in injuries:
            by_view.setdefault(injury.point.view, []).append(injury)
            self.texts += [
                (
                    f"letsel {injury.number}",
                    " ".join((injury.description, injury.shape, injury.colour)),
                )
            ]
        entries = [self._injury_entry(i) for i in injuries]
        for view_code, on_view in by_view.items():
            view = View.from_code(view_code)
            markers = [Marker(i.number, i.point.x, i.point.y) for i in on_view]
            name = f"lichaamskaart/{self.figure.code}-{view.code}.png"
            numbers = ", ".join(str(i.number) for i in on_view)
            self.items.append(
                PlannedItem(
                    name, "image/png",
                    f"Lichaamskaart {self.figure.label_nl}, {view.label_nl}, letsel {numbers}",
                    _once(functools.partial(
                        render_png, self.figure, view, markers, width_px=FIGURE_WIDTH_PX
                    )),
                )
            )  # fmt: skip
            for entry in entries:
                if entry["view"] == view.code:
                    entry["figure"] = name
        return entries

    def _injury_entry(self, injury: Injury) -> dict[str, Any]:
        kind, pattern = InjuryType.from_code(injury.type), InjuryPattern.from_code(injury.pattern)
        return {
            "number": injury.number,
            "type": kind.code,
            "type_label": kind.label_nl,
            "view": injury.point.view,
            "region": injury.region_code,
            "region_label": region_name(self.figure, injury),
            "length_mm": injury.length_mm,
            "width_mm": injury.width_mm,
            "shape": injury.shape,
            "colour": injury.colour,
            "pattern": pattern.code,
            "pattern_label": pattern.label_nl,
            "description": injury.description,
        }

    # -- photos -------------------------------------------------------------------------
    def _photos(self) -> list[dict[str, Any]]:
        shares = dict(self.request.selection.photos)
        service = PhotoService(self.dossiers)
        numbers = {
            i.id: i.number for i in InjuryService(self.dossiers).of_examination(self.exam.id)
        }
        entries = []
        for photo in service.photos(self.exam.id):
            share = shares.get(photo.id)
            if share is None:
                continue
            where = f"foto {photo.seq}"
            self.texts.append((f"het bijschrift van {where}", photo.caption))
            entry: dict[str, Any] = {
                "number": photo.seq,
                "category": photo.category.code if photo.category else "",
                "category_label": photo.category.label_nl if photo.category else "",
                "caption": photo.caption,
                "injuries": [numbers[i] for i in photo.injury_ids if i in numbers],
                "items": [],
            }
            if share.annotated:
                entry["items"].append(self._annotated(service, photo))
            if share.original:
                entry["items"].append(self._original(service, photo))
            entries.append(entry)
        return entries

    def _annotated(self, service: PhotoService, photo: Photo) -> dict[str, Any]:
        for annotation in photo.annotations:
            if isinstance(annotation, Text):
                self.texts.append((f"een tekstlabel op foto {photo.seq}", annotation.text))
        name = f"fotos/foto-{photo.seq:02d}-bewerkt.jpg"
        self.items.append(
            PlannedItem(
                name, "image/jpeg",
                f"Foto {photo.seq}, bewerkte weergave met metingen en schaalbalk, zonder metadata",
                _once(lambda: render_annotated(
                    service.original_bytes(photo.id), photo.annotations, photo.calibration
                )),
            )
        )  # fmt: skip
        return {"item": name, "form": PhotoShare.ANNOTATED.code, "metadata_removed": True}

    def _original(self, service: PhotoService, photo: Photo) -> dict[str, Any]:
        strip = self.deid.strip_metadata
        if strip:  # a JPEG is stripped losslessly; other formats leave as PNG pixels
            media_type = "image/jpeg" if photo.media_type == "image/jpeg" else "image/png"
        else:
            media_type = photo.media_type
        name = f"fotos/foto-{photo.seq:02d}-origineel.{_EXTENSIONS.get(media_type, 'bin')}"
        produce: Callable[[], Iterable[bytes]]
        if strip:
            description = f"Foto {photo.seq}, origineel zonder metadata (EXIF, GPS verwijderd)"
            produce = _once(
                lambda: clean_image(service.original_bytes(photo.id), photo.media_type)[0]
            )
        else:
            description = f"Foto {photo.seq}, origineel bit-voor-bit, met EXIF (SHA-256 gelijk)"
            produce = functools.partial(service.original_chunks, photo.id)
            if photo.has_gps:
                self.problems.append(
                    f"Foto {photo.seq} bevat GPS-locatiegegevens; die verlaten de kluis nooit. "
                    "Kies ‘metadata verwijderen’ of stuur alleen de bewerkte weergave."
                )
        self.items.append(PlannedItem(name, media_type, description, produce, photo.size))
        return {
            "item": name,
            "form": PhotoShare.ORIGINAL.code,
            "metadata_removed": strip,
            "sha256_of_evidence": "" if strip else photo.sha256,
            "px_per_mm": photo.calibration.px_per_mm if photo.calibration else None,
        }

    # -- imaging ------------------------------------------------------------------------
    def _imaging(self) -> list[dict[str, Any]]:
        chosen = set(self.request.selection.imaging)
        service = ImagingService(self.dossiers)
        uid_map: dict[str, str] = {}
        entries = []
        studies = [s for s in service.studies(self.exam.id) if s.id in chosen]
        if studies and not self.deid.deidentify_dicom:
            if self.deid.pseudonym:
                self.problems.append(
                    "Beeldvorming zonder anonimiseren bevat de naam; kies ‘DICOM anonimiseren’."
                )
            if self.deid.age_in_months:
                self.problems.append(
                    "Beeldvorming zonder anonimiseren bevat de geboortedatum; kies ‘DICOM "
                    "anonimiseren’."
                )
        for k, study in enumerate(studies, start=1):
            objects = service.objects(study.id)
            items = []
            for n, obj in enumerate(objects, start=1):
                name = f"beeldvorming/studie-{k}/beeld-{n:02d}.dcm"
                state = "geanonimiseerd (PS3.15)" if self.deid.deidentify_dicom else "origineel"
                self.items.append(
                    PlannedItem(
                        name, "application/dicom",
                        f"Beeld {n} van studie {k} ({obj.modality} {obj.body_part}), {state}",
                        _once(functools.partial(self._dicom, service, obj.id, uid_map)),
                    )
                )  # fmt: skip
                items.append({"item": name, "modality": obj.modality, "body_part": obj.body_part})
            entries.append({
                "study": k, "modality": study.modality, "description": study.description,
                "deidentified": self.deid.deidentify_dicom, "objects": items,
            })  # fmt: skip
        return entries

    def _dicom(self, service: ImagingService, object_id: str, uid_map: dict[str, str]) -> bytes:
        data = service.object_bytes(object_id)
        if not self.deid.deidentify_dicom:
            return data
        return deidentify(
            data, uid_map, 0, self.subject.pseudonym, keep_patient_characteristics=True
        )

    # -- recipients and the document ----------------------------------------------------
    def _recipients(self) -> tuple[IdentityCard, ...]:
        if not self.request.recipients:
            self.problems.append("Kies minstens één ontvanger uit het adresboek.")
            return ()
        try:
            return tuple(AddressBook(self.session).resolve(self.request.recipients))
        except UnknownContact:
            self.problems.append("Een gekozen ontvanger staat niet meer in het adresboek.")
            return ()

    def _document(
        self, injuries: list[dict[str, Any]], photos: list[dict[str, Any]], imaging: list[Any]
    ) -> dict[str, Any]:
        deid, subject = self.deid, self.subject
        own = Identities(self.session).own()
        return {
            "format": REQUEST_FORMAT,
            "version": 1,
            "request_ref": self.request.id,
            "sent": self.sent_at,
            "requester": {"name": own.name, "organisation": own.organisation, "role": own.role},
            "question": self.request.question,
            "clinical_context": self.request.clinical_context,
            "subject": {
                "reference": subject.pseudonym if deid.pseudonym else subject.name,
                "is_pseudonym": deid.pseudonym,
                "age_months": self.age.completed_months if deid.age_in_months else None,
                "date_of_birth": None if deid.age_in_months else subject.date_of_birth.isoformat(),
                "sex": subject.sex.code,
                "sex_label": subject.sex.label_nl,
            },
            "examination": {"date": self.exam.examined_at.date().isoformat()},
            "body_map": {"figure": self.figure.code, "figure_label": self.figure.label_nl},
            "injuries": injuries,
            "photos": photos,
            "imaging": imaging,
            "deidentification": json.loads(deid.to_json()),
        }


def region_name(figure: BodyFigure, injury: Injury) -> str:
    """The Dutch name of the injury's region (from ``figure``'s map, else the other's)."""
    view = View.from_code(injury.point.view)
    for candidate in (figure, *BodyFigure):
        try:
            return load_region_map(candidate, view).region_by_code(injury.region_code).name_nl
        except UnknownRegionError:
            continue
    return injury.region_code


def _once(make: Callable[[], bytes]) -> Callable[[], Iterator[bytes]]:
    """A producer that makes its bytes only when the item is written."""

    def produce() -> Iterator[bytes]:
        yield make()

    return produce
