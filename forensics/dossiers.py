"""Subjects and examinations: the forensic dossier, behind role checks and the audit log.

Every method checks that the user may enter the forensic area and logs what was read or changed.
A sealed examination refuses changes; corrections become dated addenda by the examiner.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from secure_store.roles import Area
from secure_store.session import Session

from .bsn import is_valid_bsn
from .errors import (
    ExaminationSealed,
    InvalidBsn,
    InvalidRecord,
    NotSealed,
    NotTheAuthor,
    RecordNotFound,
)
from .records import EDITABLE_FIELDS, Addendum, Consent, Examination, Requester, Sex, Subject


def new_id() -> str:
    return secrets.token_hex(16)


def new_pseudonym() -> str:
    """A fresh pseudonym for everything that leaves the vault (FD- and six random hex digits).

    Random, so it tells nothing about the person; the dialog shows it before the dossier exists.
    """
    return f"FD-{secrets.token_hex(3).upper()}"


@dataclass(frozen=True)
class SubjectSummary:
    """One line of the dossier list."""

    id: str
    name: str
    date_of_birth: date
    pseudonym: str
    last_examined: str


_SUBJECT_COLUMNS = "id, case_id, name, date_of_birth, sex, pseudonym, bsn"
_EXAM_COLUMNS = (
    "id, subject_id, examiner, examined_at, place, requester, requester_detail, question, consent,"
    " history, history_source, findings, conclusion, conclusion_text, limitations, sealed_at,"
    " sealed_by, cruising"
)


class DossierService:
    """Reads and writes forensic dossiers for one unlocked session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _require(self, action: str, record_type: str = "", record_id: str = "") -> None:
        self.session.require(
            Area.FORENSIC, action=action, record_type=record_type, record_id=record_id
        )

    # -- subjects ---------------------------------------------------------------------
    def create_subject(
        self, name: str, date_of_birth: date, sex: Sex, *, bsn: str = "", pseudonym: str = ""
    ) -> Subject:
        """A new dossier with its own case key.

        Raises:
            PermissionDenied, InvalidBsn, InvalidRecord (empty name).
        """
        self._require("subject.create", "subject")
        if not name.strip():
            raise InvalidRecord("naam")
        if bsn and not is_valid_bsn(bsn):
            raise InvalidBsn(bsn)
        case_id = self.session.cases.create(Area.FORENSIC)
        subject = Subject(
            new_id(), case_id, name.strip(), date_of_birth, sex,
            pseudonym or new_pseudonym(), bsn.strip(),
        )  # fmt: skip
        with self.session.transaction() as conn:
            conn.execute(
                f"INSERT INTO fx_subjects ({_SUBJECT_COLUMNS}, created, created_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    subject.id, case_id, subject.name, date_of_birth.isoformat(), sex.code,
                    subject.pseudonym, subject.bsn, self.session.now_text(), self.session.user,
                ),
            )  # fmt: skip
            self.session.log("subject.create", "subject", subject.id, subject=subject.id)
        return subject

    def search(self, text: str = "", on_date: date | None = None) -> list[SubjectSummary]:
        """Dossiers whose name or pseudonym contains ``text``, or born/examined on ``on_date``."""
        self._require("subject.search", "subject")
        clauses, params = [], []
        if text.strip():
            clauses.append("(s.name LIKE ? OR s.pseudonym LIKE ?)")
            params += [f"%{text.strip()}%"] * 2
        if on_date is not None:
            clauses.append("(s.date_of_birth = ? OR substr(e.examined_at, 1, 10) = ?)")
            params += [on_date.isoformat()] * 2
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.session.conn.execute(
            "SELECT s.id, s.name, s.date_of_birth, s.pseudonym, coalesce(max(e.examined_at), '')"
            " FROM fx_subjects s LEFT JOIN fx_examinations e ON e.subject_id = s.id"
            f" {where} GROUP BY s.id ORDER BY s.name COLLATE NOCASE",
            params,
        ).fetchall()
        self.session.log("subject.search", "subject", detail=f"{len(rows)} resultaten")
        return [SubjectSummary(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4]) for r in rows]

    def subject(self, subject_id: str) -> Subject:
        """One subject; the reading is logged."""
        self._require("subject.read", "subject", subject_id)
        row = self.session.conn.execute(
            f"SELECT {_SUBJECT_COLUMNS} FROM fx_subjects WHERE id = ?", (subject_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(subject_id)
        self.session.log("subject.read", "subject", subject_id, subject=subject_id)
        return Subject(
            row[0],
            row[1],
            row[2],
            date.fromisoformat(row[3]),
            Sex.from_code(row[4]),
            row[5],
            row[6],
        )

    def case_of_examination(self, examination_id: str) -> tuple[str, str]:
        """(subject id, case id) of an examination."""
        row = self.session.conn.execute(
            "SELECT s.id, s.case_id FROM fx_examinations e JOIN fx_subjects s ON s.id = e.subject_id"
            " WHERE e.id = ?",
            (examination_id,),
        ).fetchone()
        if row is None:
            raise RecordNotFound(examination_id)
        return row[0], row[1]

    # -- examinations -----------------------------------------------------------------
    def create_examination(
        self, subject_id: str, examined_at: datetime, **fields: Any
    ) -> Examination:
        """A new examination by the current user of ``subject_id``."""
        self._require("examination.create", "examination")
        self.subject(subject_id)
        exam = _apply(Examination(new_id(), subject_id, self.session.user, examined_at), fields)
        with self.session.transaction() as conn:
            conn.execute(
                f"INSERT INTO fx_examinations ({_EXAM_COLUMNS}, created)"
                f" VALUES ({', '.join('?' * 19)})",
                (*_exam_row(exam), self.session.now_text()),
            )
            self.session.log("examination.create", "examination", exam.id, subject=subject_id)
        return exam

    def examinations_of(self, subject_id: str) -> list[Examination]:
        self._require("examination.read", "subject", subject_id)
        rows = self.session.conn.execute(
            f"SELECT {_EXAM_COLUMNS} FROM fx_examinations WHERE subject_id = ? ORDER BY examined_at",
            (subject_id,),
        ).fetchall()
        return [_exam_from_row(r) for r in rows]

    def examination(self, examination_id: str) -> Examination:
        """One examination; the reading is logged."""
        self._require("examination.read", "examination", examination_id)
        row = self.session.conn.execute(
            f"SELECT {_EXAM_COLUMNS} FROM fx_examinations WHERE id = ?", (examination_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(examination_id)
        exam = _exam_from_row(row)
        self.session.log("examination.read", "examination", exam.id, subject=exam.subject_id)
        return exam

    def update_examination(self, examination_id: str, **changes: Any) -> Examination:
        """Change editable fields (autosave); the audit entry names the fields that changed.

        Raises:
            ExaminationSealed, InvalidRecord (unknown field or value).
        """
        self._require("examination.change", "examination", examination_id)
        current = self.examination(examination_id)
        if current.is_sealed:
            raise ExaminationSealed(examination_id)
        updated = _apply(current, changes)
        changed = sorted(f for f in changes if getattr(current, f) != getattr(updated, f))
        if not changed:
            return current
        with self.session.transaction() as conn:
            conn.execute(
                f"UPDATE fx_examinations SET ({_EXAM_COLUMNS}) = ({', '.join('?' * 18)}) WHERE id = ?",
                (*_exam_row(updated), examination_id),
            )
            self.session.log(
                "examination.change", "examination", examination_id,
                subject=current.subject_id, detail=",".join(changed),
            )  # fmt: skip
        return updated

    def ensure_open(self, examination_id: str) -> None:
        """Raise ExaminationSealed when the examination no longer accepts changes."""
        row = self.session.conn.execute(
            "SELECT sealed_at FROM fx_examinations WHERE id = ?", (examination_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(examination_id)
        if row[0] is not None:
            raise ExaminationSealed(examination_id)

    # -- seal and addenda -------------------------------------------------------------
    def seal(self, examination_id: str) -> Examination:
        """Make findings, injuries, photos and conclusion read-only (a report was signed)."""
        self._require("examination.seal", "examination", examination_id)
        self.ensure_open(examination_id)
        subject_id, _ = self.case_of_examination(examination_id)
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE fx_examinations SET sealed_at = ?, sealed_by = ? WHERE id = ?",
                (self.session.now_text(), self.session.user, examination_id),
            )
            self.session.log("examination.seal", "examination", examination_id, subject=subject_id)
        return self.examination(examination_id)

    def add_addendum(self, examination_id: str, text: str) -> Addendum:
        """A dated addendum by the examiner, beside (never replacing) the sealed original."""
        self._require("examination.addendum", "examination", examination_id)
        exam = self.examination(examination_id)
        if not exam.is_sealed:
            raise NotSealed(examination_id)
        if exam.examiner != self.session.user:
            raise NotTheAuthor(examination_id)
        if not text.strip():
            raise InvalidRecord("tekst")
        addendum = Addendum(
            new_id(), examination_id, self.session.user, self.session.clock.now(), text.strip()
        )
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO fx_addenda (id, examination_id, author, written_at, text) VALUES (?, ?, ?, ?, ?)",
                (
                    addendum.id,
                    examination_id,
                    addendum.author,
                    addendum.written_at.isoformat(),
                    addendum.text,
                ),
            )
            self.session.log(
                "examination.addendum", "examination", examination_id, subject=exam.subject_id
            )
        return addendum

    def addenda(self, examination_id: str) -> list[Addendum]:
        self._require("examination.read", "examination", examination_id)
        rows = self.session.conn.execute(
            "SELECT id, examination_id, author, written_at, text FROM fx_addenda"
            " WHERE examination_id = ? ORDER BY written_at",
            (examination_id,),
        )
        return [Addendum(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4]) for r in rows]


def _apply(exam: Examination, changes: dict[str, Any]) -> Examination:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidRecord(", ".join(sorted(unknown)))
    if "requester" in changes and not isinstance(changes["requester"], Requester):
        raise InvalidRecord("requester")
    if "consent" in changes and not isinstance(changes["consent"], Consent):
        raise InvalidRecord("consent")
    if "conclusion" in changes:
        from .vocabulary import ConclusionScale

        value = changes["conclusion"]
        if value and value not in {c.code for c in ConclusionScale}:
            raise InvalidRecord("conclusion")
    if "cruising" in changes and changes["cruising"] not in (None, True, False):
        raise InvalidRecord("cruising")
    return replace(exam, **changes)


def _exam_row(e: Examination) -> tuple[Any, ...]:
    return (
        e.id, e.subject_id, e.examiner, e.examined_at.isoformat(), e.place, e.requester.code,
        e.requester_detail, e.question, e.consent.to_json(), e.history, e.history_source,
        e.findings, e.conclusion, e.conclusion_text, e.limitations,
        e.sealed_at.isoformat() if e.sealed_at else None, e.sealed_by,
        None if e.cruising is None else int(e.cruising),
    )  # fmt: skip


def _exam_from_row(r: Any) -> Examination:
    return Examination(
        r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4], Requester.from_code(r[5]), r[6], r[7],
        Consent.from_json(r[8]), r[9], r[10], r[11], r[12], r[13], r[14],
        datetime.fromisoformat(r[15]) if r[15] else None, r[16],
        None if r[17] is None else bool(r[17]),
    )  # fmt: skip
