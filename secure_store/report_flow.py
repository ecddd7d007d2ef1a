"""Page flow of a report: a heading stays with the start of its content, a figure stays whole.

ReportLab's ``KeepTogether`` is the wrong tool for both. It reports an unbounded height to make
the frame split it, so a ``KeepTogether`` inside another one (a section whose first block is a
subsection, or a figure) never fits anywhere and always starts a new page, leaving the rest of
the page blank; and when the whole does not fit it moves all it holds to the next page, a long
table included. The two flowables here report their real height, so they nest, and keep only
what a reader needs together: a heading with the first lines of a paragraph or the header and
first rows of a table (the rest flows on, a table repeating its header row on the next page),
and a figure with its caption.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

_FUZZ = 1e-6  # ReportLab's own tolerance when it compares heights


def _stack(
    parts: Sequence[Flowable], canvas: Any, width: float, height: float
) -> list[tuple[float, float, float]]:
    """Each part wrapped as a frame stacks it: (width, height, space above it).

    Adjacent spaces overlap, as in ReportLab's frames (``rl_config.overlapAttachedSpace``): the
    space between two parts is the larger of the upper one's space after and the lower one's
    space before. The first part's space before is the frame's business, as is the last one's
    space after.
    """
    rows: list[tuple[float, float, float]] = []
    above: Flowable | None = None
    for part in parts:
        w, h = part.wrapOn(canvas, width, height)
        gap = 0.0 if above is None else max(above.getSpaceAfter(), part.getSpaceBefore())
        rows.append((w, h, gap))
        above = part
    return rows


def _at_top(flowable: Flowable) -> bool:
    """Whether ``flowable`` is being split at the top of an empty frame, where waiting for the
    next page gains nothing. The frame marks a flowable it asks to split with itself, and
    ReportLab's own ``KeepTogether`` reads its ``_atTop`` the same way; a flowable split by
    another flowable has no frame and is not at the top."""
    return bool(getattr(getattr(flowable, "_frame", None), "_atTop", False))


class Unbroken(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Flowables drawn one below the other that never split over two pages.

    A figure and its caption: when they do not fit in what is left of the page, they move to
    the next one together. Only what is taller than a whole page comes apart, part by part.
    """

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self._rows: list[tuple[float, float, float]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._rows = _stack(self.parts, self.canv, available_width, available_height)
        self.width = available_width
        self.height = sum(h + gap for _, h, gap in self._rows)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return list(self.parts) if _at_top(self) else []

    def getSpaceBefore(self) -> float:
        return float(self.parts[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.parts[-1].getSpaceAfter())

    def draw(self) -> None:
        top = self.height
        for part, (w, h, gap) in zip(self.parts, self._rows, strict=True):
            top -= gap + h
            part.drawOn(self.canv, 0, top, _sW=self.width - w)  # each part's own alignment


class KeepWithStart(Unbroken):
    """A lead (heading, section note, table caption) kept on the page where its content starts.

    Whole when it fits. Otherwise it splits into the lead and as much of the content as the
    rest of the page holds — at least what the content itself allows as a start: two lines of
    a paragraph, a table's header with its first rows — and the rest follows on the next page.
    When not even that start fits, the lead moves to the next page with its content, so a
    heading is never the last thing on a page. The content may itself be a ``KeepWithStart`` (a
    section opening with a subsection): its own rule then says what the start is.
    """

    def __init__(self, lead: Sequence[Flowable], start: Flowable) -> None:
        super().__init__([*lead, start])
        self.lead = list(lead)
        self.start = start

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        rows = _stack(self.lead, self.canv, available_width, available_height)
        gap = max(self.lead[-1].getSpaceAfter(), self.start.getSpaceBefore())
        room = available_height - sum(h + g for _, h, g in rows) - gap
        if room > _FUZZ:
            self.start.wrapOn(self.canv, available_width, room)  # a flowable splits as wrapped
            head = self.start.splitOn(self.canv, available_width, room)
            if head:
                return [*self.lead, *head]
        # At the top of an empty page nothing better will come: the content then splits on
        # its own, as it would without a heading.
        return [*self.lead, self.start] if _at_top(self) else []
