"""Second opinions as plain values: a request and what it shares, its answers, a received consult.

A request is made on one examination. It records what to share (injuries, photos as annotated
render and/or original, imaging studies), how to de-identify it, and to whom it goes. Once
sealed it is *sent*; once an answer is imported it is *answered*; a sent request without an
answer after the vault's configured number of days is *overdue*.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from .errors import InvalidRecord
from .vocabulary import ConclusionScale, Vocabulary

REQUEST_KIND = "consult.request"
ANSWER_KIND = "consult.answer"
REQUEST_DOCUMENT = "verzoek.json"
ANSWER_DOCUMENT = "antwoord.json"
REQUEST_FORMAT = "veilig-dossier-consult-request"
ANSWER_FORMAT = "veilig-dossier-consult-answer"


class RequestStatus(Vocabulary):
    """Where a request stands; ``OVERDUE`` is derived from ``SENT`` and the clock."""

    CONCEPT = ("concept", "concept", "draft")
    SENT = ("sent", "verzonden", "sent")
    ANSWERED = ("answered", "beantwoord", "answered")
    OVERDUE = ("overdue", "te laat", "overdue")


class ConsultStatus(Vocabulary):
    """Where a received consult stands on the consultant's side."""

    RECEIVED = ("received", "ontvangen", "received")
    ANSWERED = ("answered", "beantwoord", "answered")


class PhotoShare(Vocabulary):
    """Which form of a photo leaves: the annotated render, the original, or both."""

    ANNOTATED = ("annotated", "bewerkte weergave (met metingen)", "annotated render")
    ORIGINAL = ("original", "origineel", "original")
    BOTH = ("both", "bewerkt en origineel", "annotated and original")

    @property
    def annotated(self) -> bool:
        return self is not PhotoShare.ORIGINAL

    @property
    def original(self) -> bool:
        return self is not PhotoShare.ANNOTATED


@dataclass(frozen=True)
class Deidentification:
    """What is done to identifying data before it leaves; every choice is on by default.

    Attributes:
        pseudonym: The pseudonym replaces the name everywhere.
        age_in_months: The age at the examination in months replaces the date of birth.
        strip_metadata: Shared images carry no EXIF, XMP or GPS (originals are stripped
            losslessly). GPS never leaves, whatever this says.
        deidentify_dicom: DICOM objects are de-identified (PS3.15 Annex E).
    """

    pseudonym: bool = True
    age_in_months: bool = True
    strip_metadata: bool = True
    deidentify_dicom: bool = True

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Deidentification:
        values = json.loads(text or "{}")
        return cls(**{k: bool(v) for k, v in values.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Selection:
    """What a request shares: injury ids, photo id → form, imaging study ids."""

    injuries: tuple[str, ...] = ()
    photos: tuple[tuple[str, PhotoShare], ...] = ()
    imaging: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.injuries or self.photos or self.imaging)

    def to_json(self) -> str:
        return json.dumps({
            "injuries": list(self.injuries),
            "photos": [[photo_id, share.code] for photo_id, share in self.photos],
            "imaging": list(self.imaging),
        })  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> Selection:
        values: dict[str, Any] = json.loads(text or "{}")
        return cls(
            tuple(values.get("injuries", ())),
            tuple((p, PhotoShare.from_code(s)) for p, s in values.get("photos", ())),
            tuple(values.get("imaging", ())),
        )


@dataclass(frozen=True)
class ConsultAnswer:
    """A signed opinion: conclusion on the fixed scale, reasoning, limitations, and who."""

    id: str
    request_id: str
    package_id: str
    consultant_key_id: str
    consultant_name: str
    consultant_organisation: str
    consultant_fingerprint: str
    conclusion: ConclusionScale
    reasoning: str
    limitations: str
    answered_at: str
    received_at: str
    received_by: str


@dataclass(frozen=True)
class ConsultRequest:
    """A second-opinion request on one examination, from concept to answered."""

    id: str
    examination_id: str
    status: RequestStatus
    question: str = ""
    clinical_context: str = ""
    selection: Selection = field(default_factory=Selection)
    deidentification: Deidentification = field(default_factory=Deidentification)
    recipients: tuple[str, ...] = ()
    sent_to: tuple[str, ...] = ()
    recipient_label: str = ""
    package_id: str = ""
    package_sha256: str = ""
    sent_at: datetime | None = None
    sent_by: str = ""
    created: str = ""
    created_by: str = ""
    answers: tuple[ConsultAnswer, ...] = ()

    def due(self, overdue_days: int) -> date | None:
        """The day after which a sent, unanswered request is overdue."""
        if self.sent_at is None:
            return None
        return (self.sent_at + timedelta(days=overdue_days)).date()

    def status_on(self, now: datetime, overdue_days: int) -> RequestStatus:
        """The status to show: a sent request past its due day is overdue."""
        due = self.due(overdue_days)
        if self.status is RequestStatus.SENT and due is not None and now.date() > due:
            return RequestStatus.OVERDUE
        return self.status


@dataclass(frozen=True)
class ConsultItem:
    """One file received with a consult request (figure, photo, DICOM), stored as a blob."""

    id: str
    consult_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    blob_id: str


@dataclass(frozen=True)
class Consult:
    """A request received from another vault, and this side's answer to it."""

    id: str
    case_id: str
    package_id: str
    request_ref: str
    requester_key_id: str
    requester_name: str
    requester_organisation: str
    requester_fingerprint: str
    document: dict[str, Any]
    received_at: str
    received_by: str
    status: ConsultStatus
    conclusion: ConclusionScale | None = None
    reasoning: str = ""
    limitations: str = ""
    answered_at: str = ""
    answered_by: str = ""
    answer_package_id: str = ""

    @property
    def is_answered(self) -> bool:
        return self.status is ConsultStatus.ANSWERED

    @property
    def question(self) -> str:
        return str(self.document.get("question", ""))

    @property
    def subject_reference(self) -> str:
        """The pseudonym (or, when the requester chose so, the name) of the person examined."""
        return str(self.document.get("subject", {}).get("reference", ""))


def check_answer(conclusion: ConclusionScale | None, reasoning: str) -> None:
    """An answer needs a conclusion on the scale and a reasoning. Raises InvalidRecord."""
    if conclusion is None:
        raise InvalidRecord("conclusie")
    if not reasoning.strip():
        raise InvalidRecord("onderbouwing")
