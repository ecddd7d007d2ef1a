from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from forensics.bsn import is_valid_bsn
from forensics.dossiers import DossierService, new_pseudonym
from forensics.errors import (
    ExaminationSealed,
    InvalidBsn,
    InvalidRecord,
    NotSealed,
    NotTheAuthor,
    RecordNotFound,
)
from forensics.records import Consent, Requester, Sex
from secure_store.errors import CaseErased, PermissionDenied
from secure_store.session import Session

AsUser = Callable[[str], Session]
WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _dossier(session: Session) -> tuple[DossierService, str, str]:
    service = DossierService(session)
    subject = service.create_subject("Noor Testkind", date(2024, 6, 1), Sex.FEMALE, bsn="111222333")
    exam = service.create_examination(subject.id, WHEN, requester=Requester.VEILIG_THUIS)
    return service, subject.id, exam.id


@pytest.mark.parametrize(
    ("bsn", "valid"),
    [("111222333", True), ("123456782", True), ("123456789", False), ("12345678", False),
     ("12345678a", False), ("000000000", False)],
)  # fmt: skip
def test_bsn_eleven_test(bsn: str, valid: bool) -> None:
    assert is_valid_bsn(bsn) is valid


def test_subject_gets_own_case_key_and_pseudonym(as_user: AsUser) -> None:
    session = as_user("arts")
    service = DossierService(session)
    first = service.create_subject("Noor Testkind", date(2024, 6, 1), Sex.FEMALE)
    second = service.create_subject("Sem Testkind", date(2020, 1, 1), Sex.MALE, pseudonym="KIND-B")
    assert first.case_id != second.case_id
    assert first.pseudonym.startswith("FD-") and second.pseudonym == "KIND-B"
    assert service.subject(first.id) == first
    assert first.age_on(date(2026, 5, 31)) == 1 and first.age_on(date(2026, 6, 1)) == 2


def test_a_proposed_pseudonym_is_random_and_kept_when_given(as_user: AsUser) -> None:
    proposals = {new_pseudonym() for _ in range(50)}
    assert len(proposals) == 50
    assert all(p.startswith("FD-") and len(p) == 9 for p in proposals)
    service = DossierService(as_user("arts"))
    chosen = proposals.pop()
    subject = service.create_subject("Lot Testkind", date(2023, 1, 1), Sex.FEMALE, pseudonym=chosen)
    assert service.subject(subject.id).pseudonym == chosen


def test_bad_subjects_are_refused(as_user: AsUser) -> None:
    service = DossierService(as_user("arts"))
    with pytest.raises(InvalidBsn):
        service.create_subject("Noor", date(2024, 6, 1), Sex.FEMALE, bsn="123456789")
    with pytest.raises(InvalidRecord):
        service.create_subject("  ", date(2024, 6, 1), Sex.FEMALE)
    with pytest.raises(RecordNotFound):
        service.subject("nope")


def test_search_by_name_pseudonym_and_dates(as_user: AsUser) -> None:
    service, subject_id, _ = _dossier(as_user("arts"))
    other = service.create_subject("Adam Voorbeeld", date(1990, 2, 3), Sex.MALE, pseudonym="VB-1")
    assert [s.id for s in service.search("testkind")] == [subject_id]
    assert [s.id for s in service.search("VB-")] == [other.id]
    assert [s.id for s in service.search(on_date=date(1990, 2, 3))] == [other.id]
    assert [s.id for s in service.search(on_date=WHEN.date())] == [subject_id]
    assert [s.name for s in service.search()] == ["Adam Voorbeeld", "Noor Testkind"]
    assert service.search("testkind")[0].last_examined.startswith("2026-03-02")


def test_reading_is_logged_with_the_subject(as_user: AsUser) -> None:
    session = as_user("arts")
    service, subject_id, exam_id = _dossier(session)
    service.subject(subject_id)
    service.examination(exam_id)
    reads = session.conn.execute(
        "SELECT action, subject FROM audit WHERE action IN ('subject.read', 'examination.read')"
    ).fetchall()
    assert ("subject.read", subject_id) in reads and ("examination.read", subject_id) in reads


def test_opvang_and_admin_cannot_read_a_forensic_dossier(as_user: AsUser) -> None:
    _, subject_id, exam_id = _dossier(as_user("arts"))
    for name in ("opvang", "beheer", "privacy"):
        service = DossierService(as_user(name))
        with pytest.raises(PermissionDenied):
            service.subject(subject_id)
        with pytest.raises(PermissionDenied):
            service.examination(exam_id)
        with pytest.raises(PermissionDenied):
            service.search()
    assert DossierService(as_user("vta")).subject(subject_id).name == "Noor Testkind"


def test_examination_autosave_logs_which_fields_changed(as_user: AsUser) -> None:
    session = as_user("arts")
    service, _, exam_id = _dossier(session)
    consent = Consent("moeder (gezag)", "2026-03-02", True, "Veilig Thuis")
    exam = service.update_examination(exam_id, findings="Hematoom linkerwang.", consent=consent)
    assert exam.findings == "Hematoom linkerwang." and exam.consent == consent
    assert service.update_examination(exam_id, findings="Hematoom linkerwang.") == exam
    detail = session.conn.execute(
        "SELECT detail FROM audit WHERE action = 'examination.change'"
    ).fetchall()
    assert detail == [("consent,findings",)]
    assert service.examination(exam_id) == exam


@pytest.mark.parametrize(
    "changes",
    [
        {"examiner": "iemand"},
        {"requester": "politie"},
        {"consent": "ja"},
        {"conclusion": "zeker"},
        {"cruising": "soms"},
    ],
)
def test_invalid_examination_changes_are_refused(as_user: AsUser, changes: dict[str, object]) -> None:
    service, _, exam_id = _dossier(as_user("arts"))
    with pytest.raises(InvalidRecord):
        service.update_examination(exam_id, **changes)


def test_sealed_examination_refuses_changes_and_takes_addenda_by_the_examiner(
    as_user: AsUser, clock
) -> None:  # type: ignore[no-untyped-def]
    session = as_user("arts")
    service, _, exam_id = _dossier(session)
    with pytest.raises(NotSealed):
        service.add_addendum(exam_id, "te vroeg")
    sealed = service.seal(exam_id)
    assert sealed.is_sealed and sealed.sealed_by == "arts"
    with pytest.raises(ExaminationSealed) as caught:
        service.update_examination(exam_id, findings="anders")
    assert "addendum" in caught.value.message
    with pytest.raises(ExaminationSealed):
        service.seal(exam_id)
    with pytest.raises(InvalidRecord):
        service.add_addendum(exam_id, "   ")
    addendum = service.add_addendum(exam_id, "Aanvulling: röntgenfoto's alsnog ontvangen.")
    assert service.addenda(exam_id) == [addendum]
    assert service.examination(exam_id).findings == ""
    with pytest.raises(NotTheAuthor):
        DossierService(as_user("vta")).add_addendum(exam_id, "niet van mij")


def test_unknown_examination_is_reported(as_user: AsUser) -> None:
    service = DossierService(as_user("arts"))
    for call in (service.examination, service.ensure_open, service.case_of_examination):
        with pytest.raises(RecordNotFound):
            call("nope")


def test_erasure_removes_the_whole_dossier(as_user: AsUser) -> None:
    session = as_user("arts")
    service, subject_id, exam_id = _dossier(session)
    case_id = service.subject(subject_id).case_id
    service.seal(exam_id)
    service.add_addendum(exam_id, "addendum")
    as_user("privacy").cases.erase(case_id, "bewaartermijn verstreken")
    session = as_user("arts")
    service = DossierService(session)
    with pytest.raises(RecordNotFound):
        service.subject(subject_id)
    for table in ("fx_subjects", "fx_examinations", "fx_addenda"):
        assert session.conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    with pytest.raises(CaseErased):
        session.cases.key(case_id)
