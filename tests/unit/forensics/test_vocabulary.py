"""The fixed vocabularies: stable codes, Dutch and English labels, an ordered conclusion scale."""

from __future__ import annotations

import pytest

from forensics.vocabulary import ConclusionScale, InjuryPattern, InjuryType, Vocabulary

VOCABULARIES: list[type[Vocabulary]] = [InjuryType, InjuryPattern, ConclusionScale]


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_codes_and_labels_are_unique_and_filled_in(vocabulary: type[Vocabulary]) -> None:
    for attribute in ("code", "label_nl", "label_en"):
        values = [getattr(member, attribute) for member in vocabulary]
        assert all(v.strip() for v in values) and len(set(values)) == len(values), attribute
    for member in vocabulary:
        assert vocabulary.from_code(member.code) is member


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError, match="InjuryType"):
        InjuryType.from_code("blauwe plek")


def test_the_injury_types_of_the_design_are_all_there_in_dutch() -> None:
    assert [t.label_nl for t in InjuryType] == [
        "hematoom (blauwe plek)",
        "schaafwond",
        "laceratie (scheurwond)",
        "snijwond",
        "steekwond",
        "brandwond / verbranding",
        "bijtafdruk",
        "petechiën",
        "fractuur",
        "litteken",
        "anders",
    ]


def test_only_none_is_not_a_pattern() -> None:
    assert [p for p in InjuryPattern if not p.is_patterned] == [InjuryPattern.NONE]


def test_the_conclusion_scale_runs_from_no_injury_to_diagnostic() -> None:
    scale = list(ConclusionScale)
    assert scale[0].label_nl == "geen letsel"
    assert scale[-1].label_nl == "diagnostisch voor toegebracht letsel"
    assert sorted(reversed(scale)) == scale
    assert [c.rank for c in scale] == list(range(5))
    assert ConclusionScale.SUSPICIOUS < ConclusionScale.PROBABLE <= ConclusionScale.PROBABLE
    assert max(
        ConclusionScale.NON_SPECIFIC, ConclusionScale.DIAGNOSTIC, ConclusionScale.NO_INJURY
    ) is (ConclusionScale.DIAGNOSTIC)


def test_the_conclusion_scale_does_not_compare_with_other_things() -> None:
    with pytest.raises(TypeError):
        _ = ConclusionScale.SUSPICIOUS < 3  # type: ignore[operator]  # the point of the test


def test_no_vocabulary_offers_a_bruise_age() -> None:
    # Colour does not date a bruise; the program must give no way to record such a claim.
    words = {
        w for v in VOCABULARIES for m in v for w in (m.label_nl + " " + m.label_en).lower().split()
    }
    assert not words & {
        "oud",
        "ouderdom",
        "vers",
        "recent",
        "age",
        "old",
        "fresh",
        "kleur",
        "colour",
    }
