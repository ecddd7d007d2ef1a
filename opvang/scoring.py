"""Score a completed screening form against its instrument definition."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from opvang.errors import AnswerError
from opvang.instruments import Instrument

Answers = Mapping[str, int]
"""Answer value per item id, as on the instrument's scale."""


@dataclass(frozen=True)
class CutoffOutcome:
    """Whether the total reached one cut-off."""

    cutoff_id: str
    min_score: int
    reached: bool
    counts_as_positive: bool


@dataclass(frozen=True)
class ScreeningResult:
    """The scores of one completed form.

    Attributes:
        instrument_id: Which instrument was scored.
        instrument_version: Its version, so a later definition change does not rewrite history.
        total: The total score (prorated and rounded half up when items were missing).
        subscales: Score per subscale id.
        cutoffs: Outcome per cut-off, lowest first.
        positive: Whether any cut-off marked positive was reached: follow-up is needed.
        interpretation: The text of the highest cut-off reached (or the below-cut-off text).
        gate_closed: True when the exposure question(s) were answered "no": total 0.
        missing_items: Items left empty and prorated.
    """

    instrument_id: str
    instrument_version: str
    total: int
    subscales: Mapping[str, int]
    cutoffs: tuple[CutoffOutcome, ...]
    positive: bool
    interpretation: str
    gate_closed: bool
    missing_items: tuple[str, ...]

    @property
    def prorated(self) -> bool:
        """Whether the scores were estimated from an incomplete form."""
        return bool(self.missing_items)


def _check_values(instrument: Instrument, answers: Answers) -> None:
    for item_id, value in answers.items():
        try:
            item = instrument.item(item_id)
        except KeyError:
            raise AnswerError(f"Vraag '{item_id}' hoort niet bij {instrument.id}.") from None
        allowed = instrument.scale(item.scale).values
        if isinstance(value, bool) or value not in allowed:
            options = ", ".join(str(v) for v in sorted(allowed))
            raise AnswerError(f"Vraag '{item_id}': {value!r} staat niet op de schaal ({options}).")


def _gate_closed(instrument: Instrument, answers: Answers, scored: list[str]) -> bool:
    gate = instrument.scoring.gate
    if gate is None:
        return False
    missing = [i for i in gate.items if i not in answers]
    if missing:
        raise AnswerError(f"Beantwoord eerst de vraag of vragen: {', '.join(missing)}.")
    if any(answers[i] != gate.closed_value for i in gate.items):
        return False
    if any(answers.get(i, 0) for i in scored):
        raise AnswerError(
            "Er is geen gebeurtenis aangekruist, maar er zijn wel klachten ingevuld. "
            "Controleer de eerste vragen."
        )
    return True


def _sum(items: tuple[str, ...], answers: Answers, what: str) -> int:
    given = [answers[i] for i in items if i in answers]
    if not given:
        raise AnswerError(f"Voor {what} is geen enkele vraag beantwoord.")
    # Prorating: the mean of the answered items times the number of items, rounded half up.
    return math.floor(Fraction(sum(given) * len(items), len(given)) + Fraction(1, 2))


def score(instrument: Instrument, answers: Answers, language: str = "nl") -> ScreeningResult:
    """Score ``answers`` on ``instrument``.

    Args:
        instrument: The definition the form was filled in on.
        answers: Answer value per item id.
        language: Language of the interpretation text.

    Returns:
        Total, subscales, cut-off outcomes and interpretation.

    Raises:
        AnswerError: An unknown item, a value off the scale, an unanswered exposure question,
            or more missing items than the instrument allows to prorate (none, unless it says so).
    """
    _check_values(instrument, answers)
    scoring = instrument.scoring
    scored = list(
        dict.fromkeys([*scoring.total_items, *(i for s in scoring.subscales for i in s.items)])
    )
    closed = _gate_closed(instrument, answers, scored)
    missing = () if closed else tuple(i for i in scored if i not in answers)
    if len(missing) > scoring.max_missing:
        allowed = f"hooguit {scoring.max_missing} mag" if scoring.max_missing else "er mag er geen"
        raise AnswerError(
            f"Het formulier is niet compleet: {len(missing)} vraag/vragen zonder antwoord "
            f"({', '.join(missing)}); {allowed} ontbreken."
        )
    if closed:
        total, subscales = 0, {s.id: 0 for s in scoring.subscales}
    else:
        total = _sum(scoring.total_items, answers, "het totaal")
        subscales = {s.id: _sum(s.items, answers, f"subschaal {s.id}") for s in scoring.subscales}
    outcomes = tuple(
        CutoffOutcome(c.id, c.min_score, total >= c.min_score, c.positive)
        for c in instrument.cutoffs
    )
    reached = [c for c in instrument.cutoffs if total >= c.min_score]
    local = reached[-1].interpretation if reached else instrument.below_cutoffs
    text = local.get(language, local["nl"])  # every definition has Dutch; other languages may lack
    if missing:
        text += f" (Totaal geschat: {len(missing)} vraag/vragen niet beantwoord.)"
    return ScreeningResult(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        total=total,
        subscales=subscales,
        cutoffs=outcomes,
        positive=any(o.reached and o.counts_as_positive for o in outcomes),
        interpretation=text,
        gate_closed=closed,
        missing_items=missing,
    )
