"""Fixed vocabularies of injury documentation: injury type, pattern and the conclusion scale.

Each term carries a stable ``code`` (what is stored), a Dutch label (what the physician reads and
the report prints) and an English label (second opinions abroad, the LECK's English summaries).

Deliberately absent: any term for the age of a bruise. Colour does not tell when a bruise arose
(Maguire et al., Arch Dis Child 2005; the Dutch and international guidance agree), so the
program offers no way to record or print such an estimate.
"""

from __future__ import annotations

from enum import Enum
from functools import total_ordering
from typing import Self


class Vocabulary(Enum):
    """Base for term lists: members are ``(code, label_nl, label_en)`` tuples."""

    def __init__(self, code: str, label_nl: str, label_en: str) -> None:
        self.code = code
        self.label_nl = label_nl
        self.label_en = label_en

    @classmethod
    def from_code(cls, code: str) -> Self:
        """The member stored as ``code``.

        Raises:
            ValueError: no member has that code.
        """
        for member in cls:
            if member.code == code:
                return member
        raise ValueError(f"unknown {cls.__name__} code {code!r}")


class InjuryType(Vocabulary):
    """What kind of injury was seen (DESIGN.md, "Evidence")."""

    BRUISE = ("bruise", "hematoom (blauwe plek)", "bruise")
    ABRASION = ("abrasion", "schaafwond", "abrasion")
    LACERATION = ("laceration", "laceratie (scheurwond)", "laceration")
    INCISED_WOUND = ("incised_wound", "snijwond", "incised wound")
    STAB_WOUND = ("stab_wound", "steekwond", "stab wound")
    BURN = ("burn", "brandwond / verbranding", "burn / scald")
    BITE_MARK = ("bite_mark", "bijtafdruk", "bite mark")
    PETECHIAE = ("petechiae", "petechiën", "petechiae")
    FRACTURE = ("fracture", "fractuur", "fracture")
    SCAR = ("scar", "litteken", "scar")
    OTHER = ("other", "anders", "other")


class InjuryPattern(Vocabulary):
    """The shape an injury shows, if any: a pattern often reflects the object that caused it."""

    NONE = ("none", "geen patroon", "no pattern")
    LOOP_MARK = ("loop_mark", "lusvormig", "loop mark")
    HAND_IMPRINT = ("hand_imprint", "handafdruk", "hand imprint")
    TRAMLINE = (
        "tramline",
        "lineair / parallelle strepen (tramlijn)",
        "linear / parallel (tram-line)",
    )
    OBJECT_IMPRINT = ("object_imprint", "afdruk van een voorwerp", "object imprint")
    GRIP_MARKS = ("grip_marks", "grijpafdrukken", "grip marks")
    OTHER = ("other", "ander patroon", "other pattern")

    @property
    def is_patterned(self) -> bool:
        """Whether the injury shows any pattern at all."""
        return self is not InjuryPattern.NONE


@total_ordering
class ConclusionScale(Vocabulary):
    """The fixed scale of the letselduiding, from no injury to diagnostic of inflicted injury.

    Members compare by their place on the scale (``SUSPICIOUS < PROBABLE``), so a report can
    ask for the most serious conclusion among several injuries with ``max()``.
    """

    NO_INJURY = ("no_injury", "geen letsel", "no injury")
    NON_SPECIFIC = (
        "non_specific",
        "letsel, past bij het verhaal / niet specifiek",
        "injury, consistent with the account / non-specific",
    )
    SUSPICIOUS = (
        "suspicious",
        "verdacht voor toegebracht letsel",
        "suspicious for inflicted injury",
    )
    PROBABLE = ("probable", "waarschijnlijk toegebracht letsel", "probably inflicted injury")
    DIAGNOSTIC = (
        "diagnostic",
        "diagnostisch voor toegebracht letsel",
        "diagnostic of inflicted injury",
    )

    @property
    def rank(self) -> int:
        """Place on the scale, 0 for no injury."""
        return list(ConclusionScale).index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, ConclusionScale):
            return NotImplemented
        return self.rank < other.rank
