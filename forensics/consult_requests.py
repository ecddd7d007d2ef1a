"""Second-opinion requests on the requesting side: compose, preview, seal, and take the answer in.

Every method checks the consult area (and, through the dossier services, the forensic area)
and is audited. A request is a concept until it is sealed; sealing writes exactly the plan the
preview showed through the export door, and a request whose plan has problems is refused. An
answer package is imported onto the examination the request was about.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from secure_store.package import OpenedPackage, SealedPackage, import_package, seal_package
from secure_store.roles import Area
from secure_store.session import Session
from secure_store.settings import CONSULT_OVERDUE_DAYS

from .consult_errors import (
    AnswerFromOther,
    AnswerWithoutRequest,
    InvalidConsultDocument,
    RequestNotEditable,
    RequestNotReady,
)
from .consult_plan import RequestPlan, plan_request
from .consult_records import (
    ANSWER_DOCUMENT,
    ANSWER_FORMAT,
    ANSWER_KIND,
    REQUEST_KIND,
    ConsultAnswer,
    ConsultRequest,
    Deidentification,
    RequestStatus,
    Selection,
)
from .dossiers import DossierService, new_id
from .errors import InvalidRecord, RecordNotFound
from .vocabulary import ConclusionScale

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
_COLUMNS = (
    "id, examination_id, status, question, clinical_context, selection, deidentification,"
    " recipients, sent_to, recipient_label, package_id, package_sha256, sent_at, sent_by,"
    " created, created_by"
)
_ANSWER_COLUMNS = (
    "id, request_id, package_id, consultant_key_id, consultant_name, consultant_organisation,"
    " consultant_fingerprint, conclusion, reasoning, limitations, answered_at, received_at,"
    " received_by"
)
_EDITABLE = {"question", "clinical_context", "selection", "deidentification", "recipients"}


@dataclass(frozen=True)
class RequestSummary:
    """One line of the outgoing list: the request, whom it is about, its status today."""

    request: ConsultRequest
    subject_name: str
    pseudonym: str
    status: RequestStatus
    due: date | None


class RequestService:
    """Second-opinion requests of forensic examinations, for one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dossiers = DossierService(session)

    def _require(self, action: str, record_id: str = "") -> None:
        self.session.require(
            Area.CONSULT, action=action, record_type="consult_request", record_id=record_id
        )

    @property
    def overdue_days(self) -> int:
        """After how many days a sent request without an answer is overdue (vault setting)."""
        return int(self.session.settings.get(CONSULT_OVERDUE_DAYS))

    # -- composing ----------------------------------------------------------------------
    def create(
        self, examination_id: str, question: str = "", clinical_context: str = ""
    ) -> ConsultRequest:
        """A new concept request on ``examination_id``."""
        self._require("consult_request.create")
        subject_id, _ = self.dossiers.case_of_examination(examination_id)
        self.dossiers.examination(examination_id)
        request = ConsultRequest(
            new_id(), examination_id, RequestStatus.CONCEPT, question, clinical_context,
            created=self.session.now_text(), created_by=self.session.user,
        )  # fmt: skip
        with self.session.transaction() as conn:
            conn.execute(
                f"INSERT INTO cs_requests ({_COLUMNS}) VALUES ({', '.join('?' * 16)})",
                _row(request),
            )
            self.session.log(
                "consult_request.create", "consult_request", request.id, subject=subject_id
            )
        return request

    def update(self, request_id: str, **changes: Any) -> ConsultRequest:
        """Change a concept: question, clinical_context, selection, deidentification, recipients.

        Raises:
            RequestNotEditable: it was sent already. InvalidRecord: an unknown field or value.
        """
        self._require("consult_request.change", request_id)
        current = self.get(request_id)
        if current.status is not RequestStatus.CONCEPT:
            raise RequestNotEditable(request_id)
        if set(changes) - _EDITABLE:
            raise InvalidRecord(", ".join(sorted(set(changes) - _EDITABLE)))
        if "recipients" in changes:
            changes["recipients"] = tuple(changes["recipients"])
        for name, kind in (("selection", Selection), ("deidentification", Deidentification)):
            if name in changes and not isinstance(changes[name], kind):
                raise InvalidRecord(name)
        updated = replace(current, **changes)
        self._store(updated, "consult_request.change", ",".join(sorted(changes)))
        return updated

    def discard(self, request_id: str) -> None:
        """Remove a concept that will not be sent. Raises RequestNotEditable once sent."""
        self._require("consult_request.delete", request_id)
        current = self.get(request_id)
        if current.status is not RequestStatus.CONCEPT:
            raise RequestNotEditable(request_id)
        subject_id, _ = self.dossiers.case_of_examination(current.examination_id)
        with self.session.transaction() as conn:
            conn.execute("DELETE FROM cs_requests WHERE id = ?", (request_id,))
            self.session.log(
                "consult_request.delete", "consult_request", request_id, subject=subject_id
            )

    def _store(self, request: ConsultRequest, action: str, detail: str = "") -> None:
        subject_id, _ = self.dossiers.case_of_examination(request.examination_id)
        with self.session.transaction() as conn:
            conn.execute(
                f"UPDATE cs_requests SET ({_COLUMNS}) = ({', '.join('?' * 16)}) WHERE id = ?",
                (*_row(request), request.id),
            )
            self.session.log(
                action, "consult_request", request.id, subject=subject_id, detail=detail
            )

    # -- reading ------------------------------------------------------------------------
    def get(self, request_id: str) -> ConsultRequest:
        """One request with its answers."""
        self._require("consult_request.read", request_id)
        row = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM cs_requests WHERE id = ?", (request_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(request_id)
        return self._from_row(row)

    def of_examination(self, examination_id: str) -> list[ConsultRequest]:
        """The requests on an examination, newest first, each with its answers."""
        self._require("consult_request.read")
        rows = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM cs_requests WHERE examination_id = ? ORDER BY created DESC",
            (examination_id,),
        )
        return [self._from_row(r) for r in rows]

    def summaries(self) -> list[RequestSummary]:
        """Every request in the vault with its subject and today's status (overdue included)."""
        self._require("consult_request.read")
        rows = self.session.conn.execute(
            f"SELECT {', '.join('r.' + c.strip() for c in _COLUMNS.split(','))}, s.name, s.pseudonym"
            " FROM cs_requests r JOIN fx_examinations e ON e.id = r.examination_id"
            " JOIN fx_subjects s ON s.id = e.subject_id ORDER BY r.created DESC"
        )
        now, days = self.session.clock.now(), self.overdue_days
        self.session.log("consult_request.list", "consult_request", detail=f"{len(rows)} verzoeken")
        result = []
        for row in rows:
            request = self._from_row(row[:16])
            status = request.status_on(now, days)
            result.append(RequestSummary(request, row[16], row[17], status, request.due(days)))
        return result

    def _from_row(self, row: Any) -> ConsultRequest:
        rows = self.session.conn.execute(
            f"SELECT {_ANSWER_COLUMNS} FROM cs_answers WHERE request_id = ? ORDER BY received_at",
            (row[0],),
        )
        answers = tuple(_answer_from_row(r) for r in rows)
        return ConsultRequest(
            row[0], row[1], RequestStatus.from_code(row[2]), row[3], row[4],
            Selection.from_json(row[5]), Deidentification.from_json(row[6]),
            tuple(json.loads(row[7])), tuple(json.loads(row[8])), row[9], row[10], row[11],
            datetime.fromisoformat(row[12]) if row[12] else None, row[13], row[14], row[15],
            answers,
        )  # fmt: skip

    # -- preview and seal ---------------------------------------------------------------
    def preview(self, request_id: str) -> RequestPlan:
        """Exactly what sealing the request now would send (the preview is logged)."""
        request = self.get(request_id)
        plan = plan_request(self.session, request, sent_at=self.session.now_text())
        self.session.log(
            "consult_request.preview", "consult_request", request_id,
            detail=f"{len(plan.items)} bestanden, {len(plan.problems)} problemen",
        )  # fmt: skip
        return plan

    def seal(
        self,
        request_id: str,
        dest: Path,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> SealedPackage:
        """Seal the request's plan to its recipients and write ``dest``; the request is *sent*.

        Raises:
            RequestNotEditable: it was sent already. RequestNotReady: the plan has problems.
            Cancelled: nothing is left at ``dest`` and the request stays a concept.
            DeidentificationRefused: a DICOM object has burned-in text.
        """
        self._require("consult_request.seal", request_id)
        request = self.get(request_id)
        if request.status is not RequestStatus.CONCEPT:
            raise RequestNotEditable(request_id)
        sent_at = self.session.now_text()
        plan = plan_request(self.session, request, sent_at=sent_at)
        if not plan.ready:
            raise RequestNotReady(list(plan.problems))
        subject_id, _ = self.dossiers.case_of_examination(request.examination_id)
        sealed = seal_package(
            self.session, Path(dest), kind=REQUEST_KIND, recipients=plan.recipients,
            items=[item.outgoing() for item in plan.items], record_type="consult_request",
            record_id=request_id, subject=subject_id, progress=progress, cancelled=cancelled,
        )  # fmt: skip
        sent = replace(
            request, status=RequestStatus.SENT, sent_to=tuple(c.key_id for c in plan.recipients),
            recipient_label="; ".join(c.label for c in plan.recipients),
            package_id=sealed.info.package_id, package_sha256=sealed.receipt.sha256,
            sent_at=datetime.fromisoformat(sent_at), sent_by=self.session.user,
        )  # fmt: skip
        self._store(sent, "consult_request.sent", f"package={sealed.info.package_id}")
        return sealed

    # -- the answer ---------------------------------------------------------------------
    def import_answer(
        self, path: Path, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
    ) -> ConsultAnswer:
        """Import an answer package onto the examination its request was about.

        Raises:
            The package refusals, AnswerWithoutRequest, AnswerFromOther, InvalidConsultDocument.
        """
        self._require("consult_answer.import")
        return import_package(
            self.session, Path(path), kinds={ANSWER_KIND}, consume=self._take_answer,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip

    def _take_answer(self, opened: OpenedPackage) -> ConsultAnswer:
        document = _answer_document(opened)
        row = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM cs_requests WHERE id = ? AND package_id = ?",
            (document["request_ref"], document["in_reply_to"]),
        ).fetchone()
        if row is None:
            raise AnswerWithoutRequest(str(document["in_reply_to"]))
        request = self._from_row(row)
        sender = opened.info.sender
        if sender.key_id not in request.sent_to:
            raise AnswerFromOther(sender.label)
        _, case_id = self.dossiers.case_of_examination(request.examination_id)
        kept = opened.keep_sealed_copy(case_id)
        answer = ConsultAnswer(
            new_id(), request.id, opened.info.package_id, sender.key_id, sender.name,
            sender.organisation, sender.fingerprint, document["conclusion"],
            document["reasoning"], document["limitations"], document["answered_at"],
            self.session.now_text(), self.session.user,
        )  # fmt: skip
        self.session.conn.execute(
            f"INSERT INTO cs_answers ({_ANSWER_COLUMNS}, package_blob)"
            f" VALUES ({', '.join('?' * 14)})",
            (*_answer_row(answer), kept.id),
        )
        self._store(replace(request, status=RequestStatus.ANSWERED), "consult_request.answered",
                    f"answer={answer.id} conclusion={answer.conclusion.code}")  # fmt: skip
        return answer


def _answer_document(opened: OpenedPackage) -> dict[str, Any]:
    """The answer document, checked field by field (it is signed, but it must also make sense)."""
    try:
        value = json.loads(opened.read(ANSWER_DOCUMENT))
        texts = ("request_ref", "in_reply_to", "reasoning", "limitations", "answered_at")
        if value["format"] != ANSWER_FORMAT or not all(isinstance(value[k], str) for k in texts):
            raise ValueError("fields")
        value["conclusion"] = ConclusionScale.from_code(value["conclusion"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidConsultDocument(ANSWER_DOCUMENT) from exc
    return dict(value)


def _row(r: ConsultRequest) -> tuple[Any, ...]:
    return (
        r.id, r.examination_id, r.status.code, r.question, r.clinical_context,
        r.selection.to_json(), r.deidentification.to_json(), json.dumps(list(r.recipients)),
        json.dumps(list(r.sent_to)), r.recipient_label, r.package_id, r.package_sha256,
        r.sent_at.isoformat() if r.sent_at else None, r.sent_by, r.created, r.created_by,
    )  # fmt: skip


def _answer_row(a: ConsultAnswer) -> tuple[Any, ...]:
    return (
        a.id, a.request_id, a.package_id, a.consultant_key_id, a.consultant_name,
        a.consultant_organisation, a.consultant_fingerprint, a.conclusion.code, a.reasoning,
        a.limitations, a.answered_at, a.received_at, a.received_by,
    )  # fmt: skip


def _answer_from_row(r: Any) -> ConsultAnswer:
    return ConsultAnswer(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], ConclusionScale.from_code(r[7]), r[8], r[9],
        r[10], r[11], r[12],
    )  # fmt: skip
