"""Flags of an examination: from the vault, or from values a screen already holds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from forensics.bodymap import BodyFigure, View, load_region_map
from forensics.dossiers import DossierService
from forensics.flags import examination_flags, figure_for, flags_for
from forensics.injuries import InjuryService
from forensics.records import BodyPoint, Sex
from forensics.rules import Criterion, Rule
from secure_store.audit import AuditQuery
from secure_store.session import Session

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _point(view: View, region: str) -> BodyPoint:
    x, y = load_region_map(BodyFigure.CHILD, view).region_by_code(region).interior_point()
    return BodyPoint(view.code, x, y)


def test_flags_from_held_values_match_the_vault_and_log_nothing(
    as_user: Callable[[str], Session],
) -> None:
    session = as_user("arts")
    dossiers = DossierService(session)
    subject = dossiers.create_subject("Lot Testkind", date(2024, 6, 1), Sex.FEMALE)
    exam = dossiers.create_examination(subject.id, WHEN)
    injuries = InjuryService(dossiers)
    chest = injuries.add(exam.id, _point(View.ANTERIOR, "trunk.chest"), "trunk.chest", "bruise")
    injuries.add(exam.id, _point(View.HEAD, "ear.left"), "ear.left", "bruise")
    held = injuries.of_examination(exam.id)
    before = len(list(session.audit_log.query(AuditQuery())))
    flags = flags_for(subject, exam, held)
    assert len(list(session.audit_log.query(AuditQuery()))) == before, (
        "nothing read, nothing logged"
    )
    assert flags == examination_flags(dossiers, exam.id)
    assert [f.criterion for f in flags] == [Criterion.TORSO, Criterion.EAR]
    without_chest = [i for i in held if i.id != chest.id]
    assert [f.criterion for f in flags_for(subject, exam, without_chest)] == [Criterion.EAR]
    assert figure_for(subject, exam) is BodyFigure.CHILD


def test_the_recorded_mobility_of_an_infant_decides_the_sentinel_flag(
    as_user: Callable[[str], Session],
) -> None:
    session = as_user("arts")
    dossiers = DossierService(session)
    subject = dossiers.create_subject("Bo Zuigeling", date(2025, 6, 20), Sex.MALE)  # 8 months
    exam = dossiers.create_examination(subject.id, WHEN)
    assert exam.cruising is None
    InjuryService(dossiers).add(
        exam.id, _point(View.ANTERIOR, "trunk.chest"), "trunk.chest", "bruise"
    )
    sentinel = [f for f in examination_flags(dossiers, exam.id) if f.rule is Rule.SENTINEL_INJURY]
    assert [f.criterion for f in sentinel] == [Criterion.MOBILITY_UNKNOWN]
    dossiers.update_examination(exam.id, cruising=False)
    assert dossiers.examination(exam.id).cruising is False
    sentinel = [f for f in examination_flags(dossiers, exam.id) if f.rule is Rule.SENTINEL_INJURY]
    assert [f.criterion for f in sentinel] == [Criterion.PRE_CRUISING]
    dossiers.update_examination(exam.id, cruising=True)
    assert dossiers.examination(exam.id).cruising is True
    assert not [f for f in examination_flags(dossiers, exam.id) if f.rule is Rule.SENTINEL_INJURY]
    changes = [
        e.detail for e in session.audit_log.query(AuditQuery()) if e.action == "examination.change"
    ]
    assert changes == ["cruising", "cruising"]
