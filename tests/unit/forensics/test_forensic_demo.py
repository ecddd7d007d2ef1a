from __future__ import annotations

from collections.abc import Callable

import pytest

from forensics.demo import seed_forensic_dossiers
from forensics.dossiers import DossierService
from forensics.imaging import ImagingService
from forensics.injuries import InjuryService
from forensics.photos import PhotoService
from forensics.synthetic import make_injury_photo
from secure_store.clock import ManualClock
from secure_store.session import Session


def test_demo_seeds_three_documented_dossiers(
    as_user: Callable[[str], Session], clock: ManualClock
) -> None:
    session = as_user("arts")
    seed_forensic_dossiers(session, clock)
    dossiers = DossierService(session)
    subjects = {s.pseudonym: s for s in dossiers.search()}
    assert set(subjects) == {"DEMO-KIND-A", "DEMO-VOLW-B", "DEMO-KIND-C"}
    photos = PhotoService(dossiers)
    for summary in subjects.values():
        (exam,) = dossiers.examinations_of(summary.id)
        stored = photos.photos(exam.id)
        assert stored and all(p.injury_ids for p in stored)
        assert InjuryService(dossiers).of_examination(exam.id)
        calibrated = [p for p in stored if p.calibration is not None and p.annotations]
        assert calibrated
        # The calibration is the scale drawn in the photo, as a physician would measure it.
        drawn = make_injury_photo(calibrated[0].width, calibrated[0].height).px_per_mm
        assert all(p.calibration.px_per_mm == pytest.approx(drawn) for p in calibrated)  # type: ignore[union-attr]  # filtered above
    (survey_exam,) = dossiers.examinations_of(subjects["DEMO-KIND-C"].id)
    (study,) = ImagingService(dossiers).studies(survey_exam.id)
    assert len(ImagingService(dossiers).objects(study.id)) == 6


def test_demo_child_under_four_is_flagged_by_ten4_facesp(
    as_user: Callable[[str], Session], clock: ManualClock
) -> None:
    from forensics.bodymap import BodyFigure
    from forensics.flags import examination_flags, figure_for_examination
    from forensics.rules import Criterion, Rule

    session = as_user("arts")
    seed_forensic_dossiers(session, clock)
    dossiers = DossierService(session)
    by_pseudonym = {s.pseudonym: s for s in dossiers.search()}
    (child_exam,) = dossiers.examinations_of(by_pseudonym["DEMO-KIND-A"].id)
    flags = examination_flags(dossiers, child_exam.id)
    assert Rule.TEN4_FACESP in {f.rule for f in flags}
    assert {Criterion.EAR, Criterion.CHEEK, Criterion.TORSO} <= {f.criterion for f in flags}
    assert figure_for_examination(dossiers, child_exam.id) is BodyFigure.CHILD
    (adult_exam,) = dossiers.examinations_of(by_pseudonym["DEMO-VOLW-B"].id)
    assert examination_flags(dossiers, adult_exam.id) == []
    assert figure_for_examination(dossiers, adult_exam.id) is BodyFigure.ADULT
