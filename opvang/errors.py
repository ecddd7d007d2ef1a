"""Errors of the opvang domain that a user can act on, each with a Dutch message.

As in :mod:`secure_store.errors`: an :class:`OpvangError` means "the input is not right" and the UI
shows :attr:`OpvangError.message`; any other exception from this package is a bug.
"""

from __future__ import annotations


class OpvangError(Exception):
    """Base of every user-facing error of the opvang domain."""

    message_nl = "De gegevens kloppen niet."
    message_en = "The data is not right."

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The Dutch message shown to the user: the general sentence plus the detail."""
        return f"{self.message_nl} {self.detail}".strip()


class InstrumentDefinitionError(OpvangError):
    """A screening instrument definition (JSON) that cannot be used.

    Attributes:
        source: The file (or ``<tekst>``) the definition came from.
        line: The 1-based line of the problem, or ``None`` when it cannot be pinned down.
        reason: What is wrong, in Dutch.
    """

    message_nl = "Het screeningsinstrument kan niet worden geladen."
    message_en = "The screening instrument cannot be loaded."

    def __init__(self, source: str, line: int | None, reason: str) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = source if line is None else f"{source}, regel {line}"
        super().__init__(f"{where}: {reason}")


class AnswerError(OpvangError):
    """Answers to a screening that cannot be scored (missing, unknown or out of scale)."""

    message_nl = "De screening kan niet worden gescoord."
    message_en = "The screening cannot be scored."


class StepOrderError(OpvangError):
    """A meldcode step recorded out of order, twice, or with a date before the previous step."""

    message_nl = "Deze stap van de meldcode kan nu niet worden vastgelegd."
    message_en = "This step of the meldcode cannot be recorded now."


class IncompleteWeighing(OpvangError):
    """An afwegingskader question that must be answered before a decision can be given."""

    message_nl = "De afweging is nog niet compleet."
    message_en = "The weighing is not complete yet."


class InvalidRecord(OpvangError):
    """A record whose fields contradict each other (dates out of order, missing holder...)."""

    message_nl = "Deze gegevens zijn niet compleet of spreken elkaar tegen."
    message_en = "This data is incomplete or contradicts itself."


class RecordNotFound(OpvangError):
    """A household, client or other opvang record that does not exist (any more)."""

    message_nl = "Dit onderdeel van het opvangdossier bestaat niet (meer)."
    message_en = "This part of the shelter record does not exist (any more)."
