"""Scoring: hand-computed worked examples on each side of every cut-off, gates, gaps."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opvang.errors import AnswerError
from opvang.instruments import Instrument, load_instrument, shipped_instruments
from opvang.scoring import score

SHIPPED = {i.id: i for i in shipped_instruments()}
CATS_7_17 = ["cats-self-7-17", "cats-caregiver-7-17"]


def cats_answers(symptoms: list[int], events: dict[int, int] | None = None) -> dict[str, int]:
    """Events e1–e15 (default: only e6, violence in the family seen, is yes) plus symptoms."""
    chosen = events if events is not None else {6: 1}
    answers = {f"e{n}": chosen.get(n, 0) for n in range(1, 16)}
    answers.update({f"s{n}": value for n, value in enumerate(symptoms, 1)})
    return answers


# Worked examples for the 20-item CATS (7–17). Clusters: B = s1–5, C = s6–7, D = s8–14, E = s15–20.
#                 B              C      D                      E
CATS20_14 = [2, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 0]  # 5 + 2 + 4 + 3 = 14
CATS20_15 = [2, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1]  # 5 + 2 + 4 + 4 = 15
CATS20_20 = [2, 2, 1, 1, 1, 1, 1, 0, 1, 1, 2, 1, 1, 1, 1, 0, 1, 1, 1, 0]  # 7 + 2 + 7 + 4 = 20
CATS20_21 = [2, 2, 1, 1, 1, 1, 1, 0, 1, 1, 2, 1, 1, 1, 1, 0, 1, 1, 1, 1]  # 7 + 2 + 7 + 5 = 21


@pytest.mark.parametrize("instrument_id", CATS_7_17)
@pytest.mark.parametrize(
    ("symptoms", "total", "clusters", "positive", "reached"),
    [
        (CATS20_14, 14, (5, 2, 4, 3), False, []),
        (CATS20_15, 15, (5, 2, 4, 4), True, ["matig"]),
        (CATS20_20, 20, (7, 2, 7, 4), True, ["matig"]),
        (CATS20_21, 21, (7, 2, 7, 5), True, ["matig", "waarschijnlijk_ptss"]),
    ],
)
def test_cats_7_17_worked_examples(
    instrument_id: str,
    symptoms: list[int],
    total: int,
    clusters: tuple[int, ...],
    positive: bool,
    reached: list[str],
) -> None:
    result = score(SHIPPED[instrument_id], cats_answers(symptoms))
    assert result.total == total
    assert tuple(result.subscales.values()) == clusters
    assert result.positive is positive
    assert [c.cutoff_id for c in result.cutoffs if c.reached] == reached
    expected_start = {0: "Niet klinisch", 1: "Matige", 2: "Waarschijnlijk PTSS"}[len(reached)]
    assert result.interpretation.startswith(expected_start)
    assert not result.gate_closed and not result.prorated


# Worked examples for the 16-item preschool CATS (3–6). Clusters: B = s1–5, C = s6–11, D = s12–16.
CATS16_11 = [1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0]  # 4 + 4 + 3 = 11
CATS16_12 = [1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1]  # 4 + 4 + 4 = 12
CATS16_14 = [2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0]  # 6 + 4 + 4 = 14
CATS16_15 = [2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1]  # 6 + 4 + 5 = 15


@pytest.mark.parametrize(
    ("symptoms", "total", "clusters", "reached"),
    [
        (CATS16_11, 11, (4, 4, 3), []),
        (CATS16_12, 12, (4, 4, 4), ["matig"]),
        (CATS16_14, 14, (6, 4, 4), ["matig"]),
        (CATS16_15, 15, (6, 4, 5), ["matig", "waarschijnlijk_ptss"]),
    ],
)
def test_cats_3_6_worked_examples(
    symptoms: list[int], total: int, clusters: tuple[int, ...], reached: list[str]
) -> None:
    result = score(SHIPPED["cats-caregiver-3-6"], cats_answers(symptoms))
    assert result.total == total
    assert tuple(result.subscales.values()) == clusters
    assert [c.cutoff_id for c in result.cutoffs if c.reached] == reached
    assert result.positive is bool(reached)


@pytest.mark.parametrize(
    ("symptoms", "total", "reached"),
    [
        ([1, 1, 0, 0, 0], 2, []),
        ([1, 1, 1, 0, 0], 3, ["positief_gevoelig"]),
        ([0, 1, 1, 1, 1], 4, ["positief_gevoelig", "positief_efficient"]),
        ([1, 1, 1, 1, 1], 5, ["positief_gevoelig", "positief_efficient"]),
    ],
)
def test_pc_ptsd_5_worked_examples(symptoms: list[int], total: int, reached: list[str]) -> None:
    answers = {"blootstelling": 1} | {f"v{n}": v for n, v in enumerate(symptoms, 1)}
    result = score(SHIPPED["pc-ptsd-5"], answers)
    assert result.total == total
    assert [c.cutoff_id for c in result.cutoffs if c.reached] == reached
    assert result.positive is bool(reached)


def test_pc_ptsd_5_without_exposure_scores_zero_and_needs_no_more_answers() -> None:
    result = score(SHIPPED["pc-ptsd-5"], {"blootstelling": 0})
    assert (result.total, result.gate_closed, result.positive) == (0, True, False)
    assert result.interpretation.startswith("Negatief")


def test_cats_with_no_event_marked_scores_zero() -> None:
    result = score(SHIPPED["cats-self-7-17"], cats_answers([], events={}))
    assert result.gate_closed and result.total == 0
    assert result.subscales == {s.id: 0 for s in SHIPPED["cats-self-7-17"].scoring.subscales}


def test_symptoms_without_any_event_are_refused_as_contradictory() -> None:
    with pytest.raises(AnswerError, match="geen gebeurtenis"):
        score(SHIPPED["cats-self-7-17"], cats_answers(CATS20_15, events={}))


def test_unanswered_exposure_question_is_refused() -> None:
    with pytest.raises(AnswerError, match="blootstelling"):
        score(SHIPPED["pc-ptsd-5"], {"v1": 1})


def test_incomplete_form_is_refused_when_the_instrument_does_not_prorate() -> None:
    answers = cats_answers(CATS20_21)
    del answers["s7"], answers["s12"]
    with pytest.raises(AnswerError) as caught:
        score(SHIPPED["cats-self-7-17"], answers)
    assert "2 vraag/vragen zonder antwoord (s7, s12)" in caught.value.message
    assert "er mag er geen ontbreken" in caught.value.message


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"blootstelling": 1, "v1": 2}, "'v1': 2 staat niet op de schaal (0, 1)"),
        ({"blootstelling": 1, "v9": 1}, "'v9' hoort niet bij pc-ptsd-5"),
        ({"blootstelling": True}, "True staat niet op de schaal"),
    ],
)
def test_answers_off_the_form_are_refused(answers: dict[str, int], message: str) -> None:
    with pytest.raises(AnswerError) as caught:
        score(SHIPPED["pc-ptsd-5"], answers)
    assert message in caught.value.message


# --- prorating and non-positive cut-offs, on the test definition ------------------------------


@pytest.fixture
def proratable(definition: dict[str, Any]) -> Instrument:
    return load_instrument(json.dumps(definition))


@pytest.mark.parametrize(
    ("given", "total", "cd"),
    [
        ({"a": 2, "b": 1, "c": 2}, 7, 4),  # 5 × 4/3 = 6.67 → 7; c alone: 2 × 2/1 = 4
        ({"a": 2, "b": 0, "c": 0}, 3, 0),  # 2 × 4/3 = 2.67 → 3
        ({"a": 1, "b": 0, "c": 0}, 1, 0),  # 1 × 4/3 = 1.33 → 1
    ],
)
def test_one_missing_item_is_prorated_and_rounded_half_up(
    proratable: Instrument, given: dict[str, int], total: int, cd: int
) -> None:
    result = score(proratable, {"p": 1, **given})
    assert result.total == total
    assert result.subscales["cd"] == cd
    assert result.missing_items == ("d",)
    assert result.prorated
    assert "Totaal geschat: 1 vraag/vragen niet beantwoord" in result.interpretation


def test_two_missing_items_exceed_the_prorating_allowance(proratable: Instrument) -> None:
    with pytest.raises(AnswerError, match="hooguit 1 mag"):
        score(proratable, {"p": 1, "a": 2, "b": 2})


def test_a_subscale_with_no_answer_at_all_cannot_be_prorated(definition: dict[str, Any]) -> None:
    definition["scoring"]["subscales"].append(
        {"id": "d_alleen", "name": {"nl": "D", "en": "D"}, "items": ["d"]}
    )
    with pytest.raises(AnswerError, match="subschaal d_alleen"):
        score(load_instrument(json.dumps(definition)), {"p": 1, "a": 1, "b": 1, "c": 1})


def test_reaching_a_cutoff_not_marked_positive_does_not_call_for_follow_up(
    proratable: Instrument,
) -> None:
    result = score(proratable, {"p": 1, "a": 1, "b": 1, "c": 1, "d": 0, "x": 1})
    assert result.total == 3
    assert [c.reached for c in result.cutoffs] == [True, False]
    assert not result.positive
    assert result.interpretation == "Let op."
    assert (
        score(proratable, {"p": 1, "a": 2, "b": 2, "c": 1, "d": 1}, "en").interpretation == "Refer."
    )


# --- properties over every shipped instrument ------------------------------------------------


@st.composite
def complete_forms(draw: st.DrawFn) -> tuple[Instrument, dict[str, int]]:
    instrument = draw(st.sampled_from(sorted(SHIPPED.values(), key=lambda i: i.id)))
    answers = {
        item.id: draw(st.sampled_from(sorted(instrument.scale(item.scale).values)))
        for item in instrument.items
    }
    gate = instrument.scoring.gate
    assert gate is not None
    answers[gate.items[0]] = 1  # exposure: the form is open
    return instrument, answers


@given(complete_forms())
def test_total_is_the_sum_and_positive_means_a_positive_cutoff_was_reached(
    form: tuple[Instrument, dict[str, int]],
) -> None:
    instrument, answers = form
    result = score(instrument, answers)
    assert result.total == sum(answers[i] for i in instrument.scoring.total_items)
    lowest_positive = min(c.min_score for c in instrument.cutoffs if c.positive)
    assert result.positive == (result.total >= lowest_positive)
    if instrument.scoring.subscales:  # the DSM-5 clusters split the symptoms without overlap
        assert sum(result.subscales.values()) == result.total


@given(complete_forms(), st.data())
def test_a_higher_answer_never_lowers_the_total(
    form: tuple[Instrument, dict[str, int]], data: st.DataObject
) -> None:
    instrument, answers = form
    item_id = data.draw(st.sampled_from(instrument.scoring.total_items))
    top = max(instrument.scale(instrument.item(item_id).scale).values)
    raised = answers | {item_id: top}
    assert score(instrument, raised).total >= score(instrument, answers).total


def test_instrument_without_gate_scores_every_form(definition: dict[str, Any]) -> None:
    del definition["scoring"]["gate"]
    result = score(load_instrument(json.dumps(definition)), {"a": 0, "b": 0, "c": 0, "d": 0})
    assert (result.total, result.gate_closed) == (0, False)
    assert result.interpretation == "Niets bijzonders."
