"""Clinical decision rules for young children: they flag, the physician decides.

TEN-4-FACESp (Pierce et al., "Validation of a Clinical Decision Rule to Predict Abuse in Young
Children Based on Bruising Characteristics", JAMA Netw Open 2021;4(4):e215832), for children
younger than 4.0 years with bruising. Positive when there is

* bruising on the torso, ear or neck (TEN), or on the frenulum, angle of the jaw, the fleshy part
  of the cheek, an eyelid or the subconjunctiva (FACES);
* any bruise anywhere on an infant 4.99 months or younger (4);
* patterned bruising (p).

The rule is about bruising. Counted as bruising here: ``BRUISE``, and ``BITE_MARK`` because a bite
mark is a patterned bruise. A torn frenulum (``LACERATION`` on a frenulum region) also counts for
the F: the mnemonic's frenulum stands for frenulum injury, and in a young child that is never a
finding to let pass silently. Petechiae are not bruises and do not count; nor do abrasions, burns
or other wounds. Which body parts count as torso, ear and so on comes from the region tags of the
body maps (:mod:`forensics.bodymap`).

Sentinel injuries (Sheets et al., "Sentinel Injuries in Infants Evaluated for Child Physical
Abuse", Pediatrics 2013;131(4):701-707): a visible, minor injury in an infant who cannot yet cruise
(walk along furniture) often preceded severe abuse. Applied to infants younger than 12 months, the
population of that study. Every injury type counts except abrasions, which Petska and Sheets
(Pediatr Clin North Am 2014) single out as the one injury not rare in pre-cruising infants.
Mobility: ``cruising=True`` or ``False`` is taken as recorded. When it is not recorded (None), an
infant younger than 6 months is taken not to cruise (cruising starts months later); from 6 months
on the rule cannot decide and asks for the mobility to be recorded instead of staying silent.

Nothing here estimates the age of a bruise.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .age import AgeAtExamination
from .bodymap import RegionTag
from .vocabulary import InjuryPattern, InjuryType, Vocabulary

TEN4_BELOW_MONTHS = 48  # "applies only to children with bruising who are younger than 4.0 years"
TEN4_INFANT_BELOW_MONTHS = 5  # "any bruising anywhere to an infant 4.99 months or younger"
SENTINEL_BELOW_MONTHS = 12  # Sheets et al. studied infants younger than 12 months
SENTINEL_PRESUMED_PRE_CRUISING_BELOW_MONTHS = 6

_CLOSING = "De regel signaleert; de arts beoordeelt."


class Rule(Vocabulary):
    """A published decision rule."""

    TEN4_FACESP = (
        "ten4_facesp",
        "TEN-4-FACESp (blauwe plekken bij kinderen jonger dan 4 jaar)",
        "TEN-4-FACESp (bruising in children younger than 4 years)",
    )
    SENTINEL_INJURY = (
        "sentinel_injury",
        "Sentinel-letsel bij zuigelingen",
        "Sentinel injury in infants",
    )


class Criterion(Vocabulary):
    """The part of a rule that a finding meets."""

    TORSO = ("torso", "blauwe plek op de romp", "bruising on the torso")
    EAR = ("ear", "blauwe plek op het oor", "bruising on the ear")
    NECK = ("neck", "blauwe plek op de hals", "bruising on the neck")
    FRENULUM = ("frenulum", "letsel van het frenulum", "frenulum injury")
    ANGLE_OF_JAW = ("angle_of_jaw", "blauwe plek bij de kaakhoek", "bruising at the angle of jaw")
    CHEEK = ("cheek", "blauwe plek op de wang", "bruising on the cheek")
    EYELID = ("eyelid", "blauwe plek op een ooglid", "bruising on an eyelid")
    SUBCONJUNCTIVA = ("subconjunctiva", "subconjunctivale bloeding", "subconjunctival haemorrhage")
    INFANT = (
        "infant",
        "blauwe plek bij zuigeling t/m 4,99 maanden",
        "bruise, infant ≤ 4.99 months",
    )
    PATTERNED = ("patterned", "blauwe plek met patroon", "patterned bruising")
    PRE_CRUISING = (
        "pre_cruising",
        "letsel bij niet-cruisende zuigeling",
        "injury, pre-cruising infant",
    )
    MOBILITY_UNKNOWN = (
        "mobility_unknown",
        "letsel bij zuigeling, mobiliteit niet vastgelegd",
        "injury in an infant, mobility not recorded",
    )


@dataclass(frozen=True)
class InjuryFinding:
    """What the rules need to know about one documented injury."""

    injury_id: str
    injury_type: InjuryType
    region_tags: frozenset[RegionTag]
    pattern: InjuryPattern = InjuryPattern.NONE


@dataclass(frozen=True)
class RuleFlag:
    """A rule met by one or more injuries, with a calm Dutch explanation for the physician."""

    rule: Rule
    criterion: Criterion
    explanation_nl: str
    injury_ids: tuple[str, ...]


_BRUISING = frozenset({InjuryType.BRUISE, InjuryType.BITE_MARK})
# Tag -> criterion and where the finding is, as the explanation says it.
_LOCATIONS: dict[RegionTag, tuple[Criterion, str]] = {
    RegionTag.TORSO: (
        Criterion.TORSO,
        "Blauwe plek op de romp (borst, buik, rug, billen of schaamstreek)",
    ),
    RegionTag.EAR: (Criterion.EAR, "Blauwe plek op het oor"),
    RegionTag.NECK: (Criterion.NECK, "Blauwe plek op de hals"),
    RegionTag.FRENULUM: (
        Criterion.FRENULUM,
        "Blauwe plek of scheurtje van het frenulum (lipbandje)",
    ),
    RegionTag.ANGLE_OF_JAW: (Criterion.ANGLE_OF_JAW, "Blauwe plek bij de kaakhoek"),
    RegionTag.CHEEK: (Criterion.CHEEK, "Blauwe plek op het vlezige deel van de wang"),
    RegionTag.EYELID: (Criterion.EYELID, "Blauwe plek op een ooglid"),
    RegionTag.SUBCONJUNCTIVA: (
        Criterion.SUBCONJUNCTIVA,
        "Bloeding onder het bindvlies van het oog (subconjunctivaal)",
    ),
}
_TEN4 = "de TEN-4-FACESp-beslisregel (Pierce e.a., JAMA Netw Open 2021)"
_TEN4_MEANING = f"Volgens {_TEN4} past dit vaker bij toegebracht dan bij accidenteel letsel."
_TEN4_ADVICE = "Overweeg nader onderzoek naar lichamelijke kindermishandeling."


def ten4_facesp_applies(age: AgeAtExamination) -> bool:
    """Whether the child is young enough for TEN-4-FACESp (younger than 4.0 years)."""
    return age.younger_than_months(TEN4_BELOW_MONTHS)


def ten4_facesp(age: AgeAtExamination, injuries: Sequence[InjuryFinding]) -> list[RuleFlag]:
    """The TEN-4-FACESp criteria met, one flag per criterion, in the order of the mnemonic."""
    if not ten4_facesp_applies(age):
        return []
    flags = []
    for tag, (criterion, where) in _LOCATIONS.items():
        located = [i for i in injuries if tag in i.region_tags and _counts_for(i, tag)]
        if located:
            text = (
                f"{where} bij een kind jonger dan 4 jaar. {_TEN4_MEANING} {_TEN4_ADVICE} {_CLOSING}"
            )
            flags.append(RuleFlag(Rule.TEN4_FACESP, criterion, text, _ids(located)))
    bruises = [i for i in injuries if i.injury_type in _BRUISING]
    if bruises and age.younger_than_months(TEN4_INFANT_BELOW_MONTHS):
        text = (
            "Blauwe plek bij een zuigeling van 4,99 maanden of jonger. Zuigelingen die zich nog "
            f"niet zelf verplaatsen lopen zelden blauwe plekken op; volgens {_TEN4} telt daarom "
            f"elke blauwe plek, waar ook. {_TEN4_ADVICE} {_CLOSING}"
        )
        flags.append(RuleFlag(Rule.TEN4_FACESP, Criterion.INFANT, text, _ids(bruises)))
    patterned = [i for i in injuries if _is_patterned_bruise(i)]
    if patterned:
        shapes = _join(_pattern_label(i) for i in patterned)
        text = (
            f"Blauwe plek met een patroon ({shapes}) bij een kind jonger dan 4 jaar. Een patroon "
            f"geeft de vorm weer van een hand of voorwerp. {_TEN4_MEANING} {_TEN4_ADVICE} {_CLOSING}"
        )
        flags.append(RuleFlag(Rule.TEN4_FACESP, Criterion.PATTERNED, text, _ids(patterned)))
    return flags


def sentinel_injuries(
    age: AgeAtExamination, injuries: Sequence[InjuryFinding], cruising: bool | None
) -> list[RuleFlag]:
    """A flag when an infant who does not yet cruise has an injury (Sheets et al. 2013).

    Args:
        cruising: whether the infant walks along furniture; None when not recorded (see the
            module notes for what that means at which age).
    """
    if cruising or not age.younger_than_months(SENTINEL_BELOW_MONTHS):
        return []
    relevant = [i for i in injuries if i.injury_type is not InjuryType.ABRASION]
    if not relevant:
        return []
    kinds = _join(i.injury_type.label_nl for i in relevant)
    presumed = cruising is None
    if presumed and not age.younger_than_months(SENTINEL_PRESUMED_PRE_CRUISING_BELOW_MONTHS):
        text = (
            f"Letsel ({kinds}) bij een zuigeling van {age.completed_months} maanden van wie niet "
            "is vastgelegd of hij of zij al langs meubels loopt (cruisen). Als de zuigeling dat "
            "nog niet doet, is dit mogelijk sentinel-letsel (Sheets e.a., Pediatrics 2013). "
            f"Leg vast of de zuigeling al cruiset; dan kan de regel opnieuw worden toegepast. {_CLOSING}"
        )
        return [RuleFlag(Rule.SENTINEL_INJURY, Criterion.MOBILITY_UNKNOWN, text, _ids(relevant))]
    assumption = (
        " Of de zuigeling al cruiset is niet vastgelegd; jonger dan 6 maanden doet een zuigeling "
        "dat nog niet, dus de regel gaat daarvan uit."
        if presumed
        else ""
    )
    text = (
        f"Letsel ({kinds}) bij een zuigeling die nog niet langs meubels loopt (cruisen).{assumption} "
        "Bij zuigelingen die zich nog niet zelf verplaatsen is letsel zeldzaam; zulk "
        "sentinel-letsel ging bij mishandelde zuigelingen vaak vooraf aan ernstiger letsel "
        "(Sheets e.a., Pediatrics 2013). Overweeg een volledige evaluatie op kindermishandeling, "
        f"zoals een skeletstatus en verder onderzoek volgens de richtlijn. {_CLOSING}"
    )
    return [RuleFlag(Rule.SENTINEL_INJURY, Criterion.PRE_CRUISING, text, _ids(relevant))]


def evaluate(
    age: AgeAtExamination, injuries: Sequence[InjuryFinding], cruising: bool | None = None
) -> list[RuleFlag]:
    """Every flag of every rule for one examination: TEN-4-FACESp first, then sentinel injuries."""
    return [*ten4_facesp(age, injuries), *sentinel_injuries(age, injuries, cruising)]


def _counts_for(injury: InjuryFinding, tag: RegionTag) -> bool:
    if injury.injury_type in _BRUISING:
        return True
    return tag is RegionTag.FRENULUM and injury.injury_type is InjuryType.LACERATION


def _is_patterned_bruise(injury: InjuryFinding) -> bool:
    if injury.injury_type is InjuryType.BITE_MARK:
        return True
    return injury.injury_type is InjuryType.BRUISE and injury.pattern.is_patterned


def _pattern_label(injury: InjuryFinding) -> str:
    if injury.pattern.is_patterned:
        return injury.pattern.label_nl
    return InjuryType.BITE_MARK.label_nl


def _ids(injuries: Sequence[InjuryFinding]) -> tuple[str, ...]:
    return tuple(i.injury_id for i in injuries)


def _join(labels: Iterable[str]) -> str:
    return ", ".join(dict.fromkeys(labels))  # each label once, first-seen order
