"""The five meldcode steps in order, the documented exceptions, and step 5 against the kader."""

from __future__ import annotations

from datetime import date

import pytest

from opvang.afwegingskader import Outcome, WeighingAnswers
from opvang.errors import StepOrderError
from opvang.meldcode import Action, MeldcodeConcern, MeldcodeStep, SkipReason

OPENED = date(2024, 4, 1)
REPORT_ANSWERS = WeighingAnswers(True, unsafety=True)
HELP_ANSWERS = WeighingAnswers(True, False, True, True, True)


def through_step_3(concern: MeldcodeConcern | None = None) -> MeldcodeConcern:
    concern = concern or MeldcodeConcern("K-12", OPENED)
    concern = concern.complete(MeldcodeStep.MAP_SIGNS, date(2024, 4, 1), "A.", "blauwe plekken")
    concern = concern.complete(
        MeldcodeStep.CONSULT, date(2024, 4, 2), "A.", "met aandachtsfunctionaris"
    )
    return concern.complete(MeldcodeStep.TALK_WITH_CLIENT, date(2024, 4, 3), "A.", "gesprek moeder")


def test_all_five_steps_in_order_with_date_who_and_notes() -> None:
    concern = through_step_3().weigh(REPORT_ANSWERS, date(2024, 4, 4), "B.", "afweging")
    concern = concern.decide(frozenset({Action.REPORT}), date(2024, 4, 4), "B.", "gemeld")
    assert [r.step for r in concern.records] == list(MeldcodeStep)
    assert concern.records[1].notes == "met aandachtsfunctionaris"
    assert concern.records[3].by == "B."
    assert concern.decision is not None and concern.decision.outcome is Outcome.REPORT
    assert concern.actions == {Action.REPORT}
    assert concern.next_step is None


def test_next_step_tracks_progress() -> None:
    concern = MeldcodeConcern("K-12", OPENED)
    assert concern.next_step is MeldcodeStep.MAP_SIGNS
    assert through_step_3(concern).next_step is MeldcodeStep.WEIGH


def test_step_3_cannot_come_before_step_2() -> None:
    concern = MeldcodeConcern("K-12", OPENED).complete(MeldcodeStep.MAP_SIGNS, OPENED, "A.", "")
    with pytest.raises(StepOrderError, match="Stap 2"):
        concern.complete(MeldcodeStep.TALK_WITH_CLIENT, OPENED, "A.", "")


def test_weighing_cannot_come_before_the_conversation() -> None:
    concern = MeldcodeConcern("K-12", OPENED).complete(MeldcodeStep.MAP_SIGNS, OPENED, "A.", "")
    with pytest.raises(StepOrderError, match="Stap 2"):
        concern.weigh(REPORT_ANSWERS, OPENED, "A.", "")


def test_steps_4_and_5_are_not_completed_without_weighing_or_decision() -> None:
    with pytest.raises(StepOrderError, match="afweging of het besluit"):
        through_step_3().complete(MeldcodeStep.WEIGH, date(2024, 4, 4), "A.", "")


def test_a_step_dated_before_the_previous_one_is_refused() -> None:
    concern = MeldcodeConcern("K-12", OPENED).complete(
        MeldcodeStep.MAP_SIGNS, date(2024, 4, 5), "A.", ""
    )
    with pytest.raises(StepOrderError, match="vóór de vorige stap"):
        concern.complete(MeldcodeStep.CONSULT, date(2024, 4, 4), "A.", "")
    with pytest.raises(StepOrderError, match="vóór de vorige stap"):
        MeldcodeConcern("K-12", OPENED).complete(
            MeldcodeStep.MAP_SIGNS, date(2024, 3, 31), "A.", ""
        )


def test_a_step_needs_an_author() -> None:
    with pytest.raises(StepOrderError, match="wie"):
        MeldcodeConcern("K-12", OPENED).complete(MeldcodeStep.MAP_SIGNS, OPENED, " ", "")


def test_no_step_after_the_fifth() -> None:
    done = through_step_3().weigh(WeighingAnswers(False), date(2024, 4, 4), "A.", "")
    done = done.decide(frozenset(), date(2024, 4, 4), "A.", "geen vermoeden, afgesloten")
    with pytest.raises(StepOrderError, match="Alle vijf"):
        done.decide(frozenset(), date(2024, 4, 5), "A.", "")


@pytest.mark.parametrize("reason", [SkipReason.SAFETY, SkipReason.CONTACT_AT_RISK])
def test_conversation_may_be_skipped_for_a_documented_reason(reason: SkipReason) -> None:
    concern = MeldcodeConcern("K-12", OPENED)
    concern = concern.complete(MeldcodeStep.MAP_SIGNS, OPENED, "A.", "")
    concern = concern.complete(MeldcodeStep.CONSULT, OPENED, "A.", "")
    concern = concern.skip_conversation(reason, OPENED, "A.", "pleger leest mee")
    assert concern.records[-1].step is MeldcodeStep.TALK_WITH_CLIENT
    assert concern.records[-1].skipped_because is reason
    assert concern.next_step is MeldcodeStep.WEIGH


def test_only_the_conversation_may_be_skipped_and_not_for_acute_danger() -> None:
    fresh = MeldcodeConcern("K-12", OPENED)
    with pytest.raises(StepOrderError, match="Stap 1"):
        fresh.skip_conversation(SkipReason.SAFETY, OPENED, "A.", "")
    ready = fresh.complete(MeldcodeStep.MAP_SIGNS, OPENED, "A.", "").complete(
        MeldcodeStep.CONSULT, OPENED, "A.", ""
    )
    with pytest.raises(StepOrderError, match="direct melden"):
        ready.skip_conversation(SkipReason.ACUTE_DANGER, OPENED, "A.", "")


def test_decision_must_include_melden_when_the_kader_says_melden() -> None:
    weighed = through_step_3().weigh(REPORT_ANSWERS, date(2024, 4, 4), "A.", "")
    with pytest.raises(StepOrderError, match="gemeld bij Veilig Thuis"):
        weighed.decide(frozenset({Action.HELP}), date(2024, 4, 4), "A.", "")
    both = weighed.decide(frozenset({Action.HELP, Action.REPORT}), date(2024, 4, 4), "A.", "")
    assert both.actions == {Action.HELP, Action.REPORT}


def test_decision_must_include_help_when_the_kader_says_help_and_may_still_report() -> None:
    weighed = through_step_3().weigh(HELP_ANSWERS, date(2024, 4, 4), "A.", "")
    with pytest.raises(StepOrderError, match="hulp geboden"):
        weighed.decide(frozenset(), date(2024, 4, 4), "A.", "")
    reported = weighed.decide(frozenset({Action.HELP, Action.REPORT}), date(2024, 4, 4), "A.", "")
    assert reported.next_step is None


def test_acute_danger_records_the_skipped_steps_and_reports() -> None:
    concern = MeldcodeConcern("K-12", OPENED).complete(
        MeldcodeStep.MAP_SIGNS, OPENED, "A.", "signalen"
    )
    acute = concern.report_acute(date(2024, 4, 2), "A.", "kind met letsel, direct gebeld")
    assert [(r.step.value, r.skipped_because) for r in acute.records] == [
        (1, None),
        (2, SkipReason.ACUTE_DANGER),
        (3, SkipReason.ACUTE_DANGER),
        (4, SkipReason.ACUTE_DANGER),
        (5, None),
    ]
    assert acute.decision is not None and acute.decision.outcome is Outcome.REPORT
    assert acute.actions == {Action.REPORT}
    assert acute.records[-1].notes == "kind met letsel, direct gebeld"


def test_acute_danger_after_a_help_decision_keeps_that_decision_on_record() -> None:
    weighed = through_step_3().weigh(HELP_ANSWERS, date(2024, 4, 4), "A.", "")
    acute = weighed.report_acute(date(2024, 5, 1), "A.", "escalatie")
    assert acute.decision is not None and acute.decision.outcome is Outcome.HELP
    assert acute.actions == {Action.REPORT}


def test_acute_report_after_step_5_is_refused() -> None:
    done = through_step_3().report_acute(date(2024, 4, 4), "A.", "")
    with pytest.raises(StepOrderError, match="Alle vijf"):
        done.report_acute(date(2024, 4, 5), "A.", "")
