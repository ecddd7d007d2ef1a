"""The clinical-rule flags of an examination (the rules flag, the physician decides)."""

from __future__ import annotations

from collections.abc import Iterable

from .age import AgeAtExamination
from .bodymap import (
    BodyFigure,
    RegionTag,
    UnknownRegionError,
    View,
    figure_for_age,
    load_region_map,
)
from .dossiers import DossierService
from .injuries import InjuryService
from .records import Examination, Injury, Subject
from .rules import InjuryFinding, RuleFlag, evaluate
from .vocabulary import InjuryPattern, InjuryType


def figure_for_examination(dossiers: DossierService, examination_id: str) -> BodyFigure:
    """The body-map drawing for the subject's age on the day of the examination."""
    exam = dossiers.examination(examination_id)
    return figure_for(dossiers.subject(exam.subject_id), exam)


def figure_for(subject: Subject, exam: Examination) -> BodyFigure:
    """The drawing for ``subject`` on the day of ``exam`` (values already read)."""
    return figure_for_age(subject.age_on(exam.examined_at.date()))


def examination_flags(dossiers: DossierService, examination_id: str) -> list[RuleFlag]:
    """TEN-4-FACESp and sentinel-injury flags for the injuries recorded so far."""
    exam = dossiers.examination(examination_id)
    subject = dossiers.subject(exam.subject_id)
    injuries = InjuryService(dossiers).of_examination(examination_id)
    return flags_for(subject, exam, injuries)


def flags_for(subject: Subject, exam: Examination, injuries: Iterable[Injury]) -> list[RuleFlag]:
    """The flags for ``injuries`` of ``exam``, from values already read.

    Whether an infant already cruises comes from the examination (``exam.cruising``).

    Pure: it reads nothing from the vault and logs nothing, so a screen that already holds the
    examination and its injuries can evaluate the rules after every change without adding a
    read to the audit log each time.

    Raises:
        ValueError: the examination is dated before the birth.
    """
    age = AgeAtExamination(subject.date_of_birth, exam.examined_at.date())
    figure = figure_for(subject, exam)
    findings = [
        InjuryFinding(
            injury.id,
            InjuryType.from_code(injury.type),
            _tags(figure, injury.point.view, injury.region_code),
            InjuryPattern.from_code(injury.pattern),
        )
        for injury in injuries
    ]
    return evaluate(age, findings, exam.cruising)


def _tags(figure: BodyFigure, view_code: str, region_code: str) -> frozenset[RegionTag]:
    try:
        return load_region_map(figure, View.from_code(view_code)).region_by_code(region_code).tags
    except UnknownRegionError:
        return frozenset()
