"""Body maps: which drawing to show, and which anatomical region a point on it lies in.

Each figure (adult, child) has three views (front, back, face). A view is an SVG drawing in
``resources/bodymaps/`` plus a region map: polygons in coordinates 0..1 of the drawing's view box,
each with a stable code, Dutch and English names and the tags the clinical rules look for.
Both files are generated from one description by ``scripts/generate_bodymaps.py``.

Left and right are always the *subject's* own: on the front and face views the subject's left is
on the viewer's right; on the back view it is on the viewer's left. Codes end in ``.left`` /
``.right`` accordingly (``ear.left`` is the subject's left ear on every view).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import resources

from .vocabulary import Vocabulary

CHILD_FIGURE_BELOW_YEARS = 12  # the child drawing's proportions suit children up to about 11


class BodyFigure(Vocabulary):
    """Which drawing: adult proportions, or a child's (larger head, shorter limbs)."""

    ADULT = ("adult", "volwassene", "adult")
    CHILD = ("child", "kind", "child")


class View(Vocabulary):
    """Which side of the figure the drawing shows."""

    ANTERIOR = ("anterior", "voorzijde", "front")
    POSTERIOR = ("posterior", "achterzijde", "back")
    HEAD = ("head", "hoofd en hals", "head and neck")


class RegionTag(Vocabulary):
    """Properties of a region that the clinical rules (:mod:`forensics.rules`) ask about."""

    TORSO = ("torso", "romp", "torso")
    EAR = ("ear", "oor", "ear")
    NECK = ("neck", "hals", "neck")
    FRENULUM = ("frenulum", "frenulum", "frenulum")
    ANGLE_OF_JAW = ("angle_of_jaw", "kaakhoek", "angle of jaw")
    CHEEK = ("cheek", "wang", "cheek")
    EYELID = ("eyelid", "ooglid", "eyelid")
    SUBCONJUNCTIVA = ("subconjunctiva", "subconjunctiva", "subconjunctiva")
    BONY_PROMINENCE = ("bony_prominence", "botuitsteeksel", "bony prominence")


class RegionMapError(ValueError):
    """A region map file that breaks its format: a defect in the shipped data, not user error."""


class UnknownRegionError(LookupError):
    """A region code that the map does not have (for example from an older program version)."""


Point = tuple[float, float]


@dataclass(frozen=True)
class Region:
    """One anatomical area of a view: a simple polygon in coordinates 0..1 of the drawing."""

    code: str
    name_nl: str
    name_en: str
    tags: frozenset[RegionTag]
    polygon: tuple[Point, ...]
    _bounds: tuple[float, float, float, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.polygon) < 3:
            raise RegionMapError(f"region {self.code!r} needs at least three points")
        xs = [p[0] for p in self.polygon]
        ys = [p[1] for p in self.polygon]
        object.__setattr__(self, "_bounds", (min(xs), min(ys), max(xs), max(ys)))

    def contains(self, x: float, y: float) -> bool:
        """Whether the point lies inside the region.

        Even-odd ray casting. Every edge is evaluated from its lower end, so two regions that share
        an edge compute the same crossing for it and a point on the shared edge falls in exactly
        one of them (never both, never neither).
        """
        x0, y0, x1, y1 = self._bounds
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        inside = False
        previous = self.polygon[-1]
        for current in self.polygon:
            if (current[1] > y) != (previous[1] > y):
                low, high = (current, previous) if current[1] < previous[1] else (previous, current)
                crossing = low[0] + (y - low[1]) * (high[0] - low[0]) / (high[1] - low[1])
                if x < crossing:
                    inside = not inside
            previous = current
        return inside

    def interior_point(self) -> Point:
        """A point well inside the region, for a label or a marker.

        Of the midpoints of the stretches that horizontal lines cut through the polygon, the one
        with the most room both ways, centred vertically. Unlike the centroid it always lies
        inside, also for a crescent such as the angle of the jaw.
        """
        x0, y0, _, y1 = self._bounds
        best: tuple[float, Point] = (-1.0, (x0, y0))
        for k in range(1, 16):
            y = y0 + (y1 - y0) * k / 16
            for left, right in _spans(self.polygon, y, horizontal=True):
                x = (left + right) / 2
                for top, bottom in _spans(self.polygon, x, horizontal=False):
                    room = min(right - left, bottom - top)
                    if top <= y <= bottom and room > best[0]:
                        best = (room, (x, (top + bottom) / 2))
        return best[1]


def _spans(polygon: tuple[Point, ...], at: float, horizontal: bool) -> list[tuple[float, float]]:
    """The stretches of the line y = at (or x = at) that lie inside ``polygon``."""
    a, b = (1, 0) if horizontal else (0, 1)  # coordinate compared, coordinate solved for
    hits = []
    previous = polygon[-1]
    for current in polygon:
        if (current[a] > at) != (previous[a] > at):
            low, high = (current, previous) if current[a] < previous[a] else (previous, current)
            hits.append(low[b] + (at - low[a]) * (high[b] - low[b]) / (high[a] - low[a]))
        previous = current
    hits.sort()
    return list(zip(hits[::2], hits[1::2], strict=True))


@dataclass(frozen=True)
class RegionMap:
    """All regions of one figure and view; they do not overlap."""

    figure: BodyFigure
    view: View
    view_box: tuple[float, float, float, float]
    regions: tuple[Region, ...]

    def __post_init__(self) -> None:
        codes = [r.code for r in self.regions]
        if len(set(codes)) != len(codes):
            raise RegionMapError(f"{self.figure.code} {self.view.code}: duplicate region codes")

    def region_at(self, x: float, y: float) -> Region | None:
        """The region under the point (coordinates 0..1 of the view box), or None off the figure."""
        for region in self.regions:
            if region.contains(x, y):
                return region
        return None

    def region_by_code(self, code: str) -> Region:
        """The region stored as ``code``.

        Raises:
            UnknownRegionError: this view has no such region.
        """
        for region in self.regions:
            if region.code == code:
                return region
        raise UnknownRegionError(f"{self.figure.code} {self.view.code}: no region {code!r}")


def figure_for_age(age_years: float) -> BodyFigure:
    """The drawing to use for a subject of ``age_years`` (child below 12).

    Raises:
        ValueError: the age is negative or not a number.
    """
    if not math.isfinite(age_years) or age_years < 0:
        raise ValueError(f"age must be a non-negative number of years, not {age_years!r}")
    return BodyFigure.CHILD if age_years < CHILD_FIGURE_BELOW_YEARS else BodyFigure.ADULT


def _name(figure: BodyFigure, view: View) -> str:
    return f"bodymaps/{figure.code}_{view.code}"


def svg_path(figure: BodyFigure, view: View) -> Path:
    """The drawing on disk, for the UI to render (``QSvgRenderer``)."""
    return resources.path(_name(figure, view) + ".svg")


@cache
def load_region_map(figure: BodyFigure, view: View) -> RegionMap:
    """The region map of ``figure`` and ``view``, read once per process.

    Raises:
        RegionMapError: the shipped file is malformed.
    """
    return parse_region_map(resources.read_text(_name(figure, view) + ".regions.json"))


def parse_region_map(text: str) -> RegionMap:
    """A region map from its JSON text (the format ``scripts/generate_bodymaps.py`` writes).

    Raises:
        RegionMapError: the text is not a valid region map.
    """
    try:
        doc = json.loads(text)
        box = tuple(float(v) for v in doc["view_box"])
        if len(box) != 4:
            raise RegionMapError("view_box needs four numbers")
        return RegionMap(
            BodyFigure.from_code(doc["figure"]),
            View.from_code(doc["view"]),
            (box[0], box[1], box[2], box[3]),
            tuple(_region(entry) for entry in doc["regions"]),
        )
    except RegionMapError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise RegionMapError(f"invalid region map: {exc}") from exc


def _region(entry: dict[str, Any]) -> Region:
    polygon = tuple((float(x), float(y)) for x, y in entry["polygon"])
    if not all(0.0 <= c <= 1.0 for point in polygon for c in point):
        raise RegionMapError(f"region {entry['code']!r} leaves the view box")
    return Region(
        str(entry["code"]),
        str(entry["name_nl"]),
        str(entry["name_en"]),
        frozenset(RegionTag.from_code(tag) for tag in entry["tags"]),
        polygon,
    )
