"""TEN-4-FACESp and sentinel injuries: every criterion, every region tag, every age boundary."""

from __future__ import annotations

from datetime import date

import pytest

from forensics.age import AgeAtExamination
from forensics.bodymap import BodyFigure, RegionTag, View, load_region_map
from forensics.rules import (
    Criterion,
    InjuryFinding,
    Rule,
    RuleFlag,
    evaluate,
    sentinel_injuries,
    ten4_facesp,
    ten4_facesp_applies,
)
from forensics.vocabulary import InjuryPattern, InjuryType

BORN = date(2023, 1, 15)
TWO_YEARS = AgeAtExamination(BORN, date(2025, 1, 20))
SIX_YEARS = AgeAtExamination(BORN, date(2029, 3, 1))
NO_TAGS: frozenset[RegionTag] = frozenset()

LOCATION_CRITERIA = {
    RegionTag.TORSO: Criterion.TORSO,
    RegionTag.EAR: Criterion.EAR,
    RegionTag.NECK: Criterion.NECK,
    RegionTag.FRENULUM: Criterion.FRENULUM,
    RegionTag.ANGLE_OF_JAW: Criterion.ANGLE_OF_JAW,
    RegionTag.CHEEK: Criterion.CHEEK,
    RegionTag.EYELID: Criterion.EYELID,
    RegionTag.SUBCONJUNCTIVA: Criterion.SUBCONJUNCTIVA,
}


def bruise(
    injury_id: str = "1",
    *tags: RegionTag,
    kind: InjuryType = InjuryType.BRUISE,
    pattern: InjuryPattern = InjuryPattern.NONE,
) -> InjuryFinding:
    return InjuryFinding(injury_id, kind, frozenset(tags), pattern)


def criteria(flags: list[RuleFlag]) -> list[Criterion]:
    return [f.criterion for f in flags]


# --- TEN-4-FACESp: locations ----------------------------------------------------------------------


@pytest.mark.parametrize("tag", list(LOCATION_CRITERIA), ids=lambda t: t.code)
def test_a_bruise_on_each_ten4_faces_location_is_flagged_in_a_toddler(tag: RegionTag) -> None:
    flags = ten4_facesp(TWO_YEARS, [bruise("7", tag)])
    assert criteria(flags) == [LOCATION_CRITERIA[tag]]
    assert flags[0].rule is Rule.TEN4_FACESP and flags[0].injury_ids == ("7",)


def test_every_tag_except_bony_prominence_belongs_to_the_rule() -> None:
    assert set(LOCATION_CRITERIA) == set(RegionTag) - {RegionTag.BONY_PROMINENCE}


def test_bruises_on_bony_prominences_and_limbs_are_not_flagged_in_a_toddler() -> None:
    injuries = [bruise("shin", RegionTag.BONY_PROMINENCE), bruise("arm")]
    assert ten4_facesp(TWO_YEARS, injuries) == []


@pytest.mark.parametrize(
    ("figure", "view", "code", "criterion"),
    [
        (BodyFigure.CHILD, View.HEAD, "head.face.cheek.left", Criterion.CHEEK),
        (BodyFigure.CHILD, View.HEAD, "head.face.mouth", Criterion.FRENULUM),
        (BodyFigure.CHILD, View.HEAD, "head.face.eye.right", Criterion.SUBCONJUNCTIVA),
        (BodyFigure.CHILD, View.HEAD, "head.face.eyelid.lower.left", Criterion.EYELID),
        (BodyFigure.CHILD, View.HEAD, "head.face.jaw_angle.right", Criterion.ANGLE_OF_JAW),
        (BodyFigure.CHILD, View.HEAD, "ear.left", Criterion.EAR),
        (BodyFigure.CHILD, View.HEAD, "neck.lateral.right", Criterion.NECK),
        (BodyFigure.CHILD, View.POSTERIOR, "buttock.right", Criterion.TORSO),
        (BodyFigure.CHILD, View.ANTERIOR, "genital", Criterion.TORSO),
        (BodyFigure.CHILD, View.POSTERIOR, "neck.posterior", Criterion.NECK),
    ],
)
def test_a_bruise_placed_on_the_body_map_is_judged_by_its_region(
    figure: BodyFigure, view: View, code: str, criterion: Criterion
) -> None:
    region = load_region_map(figure, view).region_by_code(code)
    assert criteria(ten4_facesp(TWO_YEARS, [bruise("1", *region.tags)])) == [criterion]


@pytest.mark.parametrize(
    "code", ["head.face.forehead", "head.face.zygoma.left", "head.face.chin", "head.face.nose"]
)
def test_bruises_on_the_bony_face_are_not_the_fleshy_cheek(code: str) -> None:
    region = load_region_map(BodyFigure.CHILD, View.HEAD).region_by_code(code)
    assert ten4_facesp(TWO_YEARS, [bruise("1", *region.tags)]) == []


@pytest.mark.parametrize(
    "kind",
    [
        InjuryType.PETECHIAE,
        InjuryType.ABRASION,
        InjuryType.BURN,
        InjuryType.LACERATION,
        InjuryType.SCAR,
        InjuryType.FRACTURE,
        InjuryType.OTHER,
    ],
)
def test_only_bruising_counts_on_the_torso(kind: InjuryType) -> None:
    assert ten4_facesp(TWO_YEARS, [bruise("1", RegionTag.TORSO, kind=kind)]) == []


def test_a_bite_mark_counts_as_patterned_bruising_where_it_lies() -> None:
    flags = ten4_facesp(TWO_YEARS, [bruise("1", RegionTag.CHEEK, kind=InjuryType.BITE_MARK)])
    assert criteria(flags) == [Criterion.CHEEK, Criterion.PATTERNED]
    assert "bijtafdruk" in flags[1].explanation_nl


def test_a_torn_frenulum_counts_for_the_f_but_a_cut_elsewhere_does_not() -> None:
    torn = bruise("1", RegionTag.FRENULUM, kind=InjuryType.LACERATION)
    cut_ear = bruise("2", RegionTag.EAR, kind=InjuryType.LACERATION)
    assert criteria(ten4_facesp(TWO_YEARS, [torn, cut_ear])) == [Criterion.FRENULUM]


def test_several_bruises_on_one_location_give_one_flag_naming_them_all_in_order() -> None:
    injuries = [bruise("b", RegionTag.TORSO), bruise("a", RegionTag.TORSO), bruise("c")]
    flags = ten4_facesp(TWO_YEARS, injuries)
    assert [(f.criterion, f.injury_ids) for f in flags] == [(Criterion.TORSO, ("b", "a"))]


def test_flags_follow_the_order_of_the_mnemonic() -> None:
    injuries = [
        bruise("1", RegionTag.CHEEK),
        bruise("2", RegionTag.TORSO, pattern=InjuryPattern.LOOP_MARK),
    ]
    assert criteria(ten4_facesp(TWO_YEARS, injuries)) == [
        Criterion.TORSO,
        Criterion.CHEEK,
        Criterion.PATTERNED,
    ]


# --- TEN-4-FACESp: patterned -------------------------------------------------------------------


@pytest.mark.parametrize(
    "pattern", [p for p in InjuryPattern if p is not InjuryPattern.NONE], ids=lambda p: p.code
)
def test_any_pattern_on_a_bruise_is_flagged_anywhere(pattern: InjuryPattern) -> None:
    flags = ten4_facesp(TWO_YEARS, [bruise("9", pattern=pattern)])
    assert criteria(flags) == [Criterion.PATTERNED]
    assert flags[0].injury_ids == ("9",) and pattern.label_nl in flags[0].explanation_nl


def test_a_patterned_burn_is_not_patterned_bruising() -> None:
    burn = bruise("1", kind=InjuryType.BURN, pattern=InjuryPattern.OBJECT_IMPRINT)
    assert ten4_facesp(TWO_YEARS, [burn]) == []


# --- TEN-4-FACESp: ages --------------------------------------------------------------------------


def test_any_bruise_anywhere_is_flagged_up_to_the_last_day_of_the_fifth_month() -> None:
    born = date(2024, 1, 15)
    last_day = AgeAtExamination(born, date(2024, 6, 14))  # 4 months 30 days: "4.99 months"
    five_months = AgeAtExamination(born, date(2024, 6, 15))
    assert criteria(ten4_facesp(last_day, [bruise("1")])) == [Criterion.INFANT]
    assert ten4_facesp(five_months, [bruise("1")]) == []


def test_the_infant_boundary_at_a_short_month_falls_on_the_first_of_the_next_month() -> None:
    born = date(2023, 9, 30)  # five months on: 30 February does not exist
    assert criteria(ten4_facesp(AgeAtExamination(born, date(2024, 2, 29)), [bruise()])) == [
        Criterion.INFANT
    ]
    assert ten4_facesp(AgeAtExamination(born, date(2024, 3, 1)), [bruise()]) == []


def test_a_newborn_bruise_is_flagged_on_the_day_of_birth() -> None:
    day = date(2025, 5, 5)
    assert criteria(ten4_facesp(AgeAtExamination(day, day), [bruise()])) == [Criterion.INFANT]


def test_the_infant_criterion_ignores_injuries_that_are_not_bruises() -> None:
    infant = AgeAtExamination(date(2025, 1, 1), date(2025, 3, 1))
    assert ten4_facesp(infant, [bruise("1", kind=InjuryType.PETECHIAE)]) == []


def test_an_infant_bruise_on_a_location_meets_both_criteria() -> None:
    infant = AgeAtExamination(date(2025, 1, 1), date(2025, 3, 1))
    assert criteria(ten4_facesp(infant, [bruise("1", RegionTag.EAR)])) == [
        Criterion.EAR,
        Criterion.INFANT,
    ]


@pytest.mark.parametrize(
    ("born", "last_day", "birthday"),
    [
        (date(2021, 6, 10), date(2025, 6, 9), date(2025, 6, 10)),
        (date(2020, 2, 29), date(2024, 2, 28), date(2024, 2, 29)),
    ],
)
def test_the_rule_applies_up_to_the_day_before_the_fourth_birthday(
    born: date, last_day: date, birthday: date
) -> None:
    torso = [bruise("1", RegionTag.TORSO)]
    assert ten4_facesp_applies(AgeAtExamination(born, last_day))
    assert criteria(ten4_facesp(AgeAtExamination(born, last_day), torso)) == [Criterion.TORSO]
    assert not ten4_facesp_applies(AgeAtExamination(born, birthday))
    assert ten4_facesp(AgeAtExamination(born, birthday), torso) == []


def test_an_older_child_is_never_flagged() -> None:
    injuries = [
        bruise(str(n), tag, pattern=InjuryPattern.HAND_IMPRINT) for n, tag in enumerate(RegionTag)
    ]
    assert evaluate(SIX_YEARS, injuries, cruising=False) == []


# --- sentinel injuries ---------------------------------------------------------------------------

INFANT_3M = AgeAtExamination(date(2025, 1, 10), date(2025, 4, 20))
INFANT_8M = AgeAtExamination(date(2025, 1, 10), date(2025, 9, 20))


@pytest.mark.parametrize(
    "kind", [k for k in InjuryType if k is not InjuryType.ABRASION], ids=lambda k: k.code
)
def test_any_injury_but_an_abrasion_in_a_pre_cruising_infant_is_a_sentinel(
    kind: InjuryType,
) -> None:
    flags = sentinel_injuries(INFANT_8M, [bruise("x", kind=kind)], cruising=False)
    assert [(f.rule, f.criterion, f.injury_ids) for f in flags] == [
        (Rule.SENTINEL_INJURY, Criterion.PRE_CRUISING, ("x",))
    ]
    assert kind.label_nl in flags[0].explanation_nl
    assert "skeletstatus" in flags[0].explanation_nl


def test_an_abrasion_alone_is_not_a_sentinel() -> None:
    assert sentinel_injuries(INFANT_3M, [bruise(kind=InjuryType.ABRASION)], cruising=False) == []


def test_a_cruising_infant_gets_no_sentinel_flag() -> None:
    assert sentinel_injuries(INFANT_8M, [bruise(kind=InjuryType.BURN)], cruising=True) == []


def test_mobility_not_recorded_under_six_months_is_taken_as_not_cruising() -> None:
    flags = sentinel_injuries(INFANT_3M, [bruise(kind=InjuryType.FRACTURE)], cruising=None)
    assert criteria(flags) == [Criterion.PRE_CRUISING]
    assert "niet vastgelegd" in flags[0].explanation_nl


def test_mobility_not_recorded_from_six_months_asks_for_it_instead_of_staying_silent() -> None:
    born = date(2025, 1, 10)
    day_before = AgeAtExamination(born, date(2025, 7, 9))
    six_months = AgeAtExamination(born, date(2025, 7, 10))
    injury = [bruise(kind=InjuryType.BURN)]
    assert criteria(sentinel_injuries(day_before, injury, cruising=None)) == [
        Criterion.PRE_CRUISING
    ]
    flags = sentinel_injuries(six_months, injury, cruising=None)
    assert criteria(flags) == [Criterion.MOBILITY_UNKNOWN]
    assert (
        "6 maanden" in flags[0].explanation_nl
        and "Leg vast of de zuigeling al cruiset" in flags[0].explanation_nl
    )


def test_sentinel_injuries_stop_at_twelve_months() -> None:
    born = date(2024, 3, 31)
    last_day = AgeAtExamination(born, date(2025, 3, 30))
    first_birthday = AgeAtExamination(born, date(2025, 3, 31))
    injury = [bruise(kind=InjuryType.BRUISE)]
    assert criteria(sentinel_injuries(last_day, injury, cruising=False)) == [Criterion.PRE_CRUISING]
    assert sentinel_injuries(first_birthday, injury, cruising=False) == []


def test_no_injuries_no_flags() -> None:
    assert evaluate(INFANT_3M, [], cruising=None) == []


def test_evaluate_lists_ten4_before_sentinel() -> None:
    injuries = [bruise("1", RegionTag.FRENULUM), bruise("2", kind=InjuryType.ABRASION)]
    flags = evaluate(INFANT_3M, injuries, cruising=None)
    assert [(f.rule, f.criterion, f.injury_ids) for f in flags] == [
        (Rule.TEN4_FACESP, Criterion.FRENULUM, ("1",)),
        (Rule.TEN4_FACESP, Criterion.INFANT, ("1",)),
        (Rule.SENTINEL_INJURY, Criterion.PRE_CRUISING, ("1",)),
    ]


# --- the wording -------------------------------------------------------------------------------


def _every_flag() -> list[RuleFlag]:
    injuries = [bruise(t.code, t, pattern=InjuryPattern.GRIP_MARKS) for t in LOCATION_CRITERIA]
    flags = evaluate(INFANT_3M, injuries, cruising=None)
    flags += sentinel_injuries(INFANT_8M, injuries, cruising=None)
    return flags


def test_every_criterion_can_be_raised() -> None:
    assert {f.criterion for f in _every_flag()} == set(Criterion)


def test_explanations_are_dutch_name_their_source_and_leave_the_judgement_to_the_physician() -> (
    None
):
    for flag in _every_flag():
        text = flag.explanation_nl
        assert text.endswith("De regel signaleert; de arts beoordeelt."), flag.criterion
        assert ("Pierce e.a." in text) or ("Sheets e.a." in text), flag.criterion
        # Never a claim about when a bruise arose.
        assert not {"kleur", "ouderdom", "oud"} & set(text.lower().replace(",", " ").split())


def test_rule_and_criterion_labels_are_unique_and_dutch() -> None:
    for vocabulary in (Rule, Criterion):
        labels = [member.label_nl for member in vocabulary]
        assert len(set(labels)) == len(labels) and all(labels)
