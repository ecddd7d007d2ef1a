"""Scale calibration and measurements on a photo, in millimetres.

All coordinates are in the pixel space of the *original* stored image (before the EXIF
orientation is applied), as continuous values: the top-left corner of the image is (0, 0) and
the centre of pixel (i, j) is (i + 0.5, j + 0.5). The UI converts clicks into this space, so a
measurement stays valid whatever preview size or rotation it was made on.

The physician calibrates by clicking two marks on the ruler in the photo and typing the distance
between them. A calibration only holds in the plane of the ruler; that is a photography rule
(ruler at the level of the injury, camera perpendicular), not something the program can check.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from forensics.errors import ExplainedError

Point = tuple[float, float]
"""A position in original-image pixel coordinates (x to the right, y down)."""

MIN_CALIBRATION_PX = 1.0
"""Two calibration points closer than one pixel cannot define a scale."""


class MeasurementError(ExplainedError):
    """A calibration or measurement that cannot be made; ``message`` says why, in Dutch."""

    message_nl = "Deze meting kan niet worden gemaakt."
    message_en = "This measurement cannot be made."


@dataclass(frozen=True)
class Calibration:
    """How many image pixels make one millimetre in the plane of the ruler.

    Attributes:
        px_per_mm: Pixels per millimetre, always finite and > 0.
    """

    px_per_mm: float

    def __post_init__(self) -> None:
        if not (math.isfinite(self.px_per_mm) and self.px_per_mm > 0):
            raise MeasurementError("De schaal moet een positief getal zijn (pixels per mm).")

    @classmethod
    def from_points(cls, p1: Point, p2: Point, distance_mm: float) -> Calibration:
        """Calibrate from two points on the ruler and the real distance between them.

        Args:
            p1: First mark on the ruler, original-image pixel coordinates.
            p2: Second mark on the ruler.
            distance_mm: The real distance between the marks in millimetres.

        Raises:
            MeasurementError: The distance is not a positive number, or the points coincide.
        """
        if not (math.isfinite(distance_mm) and distance_mm > 0):
            raise MeasurementError("De afstand tussen de twee punten moet groter dan 0 mm zijn.")
        _check_points((p1, p2))
        pixels = math.dist(p1, p2)
        if pixels < MIN_CALIBRATION_PX:
            raise MeasurementError(
                "De twee kalibratiepunten vallen samen. Klik twee verschillende streepjes op "
                "de liniaal aan, liefst ver uit elkaar."
            )
        return cls(pixels / distance_mm)

    def length_mm(self, points: Sequence[Point]) -> float:
        """The length of the polyline through ``points`` in millimetres.

        Raises:
            MeasurementError: Fewer than two points, or a point is not a finite number.
        """
        if len(points) < 2:
            raise MeasurementError("Een lengtemeting heeft minstens twee punten nodig.")
        _check_points(points)
        pixels = sum(math.dist(a, b) for a, b in itertools.pairwise(points))
        return pixels / self.px_per_mm

    def area_mm2(self, polygon: Sequence[Point]) -> float:
        """The area enclosed by ``polygon`` (closed automatically) in square millimetres.

        Uses the shoelace formula, so the polygon must not cross itself to be meaningful.

        Raises:
            MeasurementError: Fewer than three points, or a point is not a finite number.
        """
        if len(polygon) < 3:
            raise MeasurementError("Een oppervlaktemeting heeft minstens drie punten nodig.")
        _check_points(polygon)
        return shoelace_area(polygon) / (self.px_per_mm * self.px_per_mm)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable form."""
        return {"px_per_mm": self.px_per_mm}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Calibration:
        """Inverse of :meth:`to_dict`.

        Raises:
            MeasurementError: The value is missing or not a positive number.
        """
        value = data.get("px_per_mm")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise MeasurementError("De opgeslagen schaal is ongeldig.")
        return cls(float(value))


def shoelace_area(polygon: Sequence[Point]) -> float:
    """The unsigned area of a simple polygon in square pixels (shoelace formula)."""
    twice = 0.0
    for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
        twice += x1 * y2 - x2 * y1
    return abs(twice) / 2.0


def _check_points(points: Sequence[Point]) -> None:
    if not all(math.isfinite(c) for point in points for c in point):
        raise MeasurementError("Een meetpunt heeft geen geldige coördinaten.")
