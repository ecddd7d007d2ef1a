"""Between what the physician sees and what is stored: upright view space and stored pixels.

The viewer's scene is the photo *upright* at full resolution: one scene unit is one pixel of
the original, turned by its EXIF orientation. Annotations and calibrations are stored in the
original's *stored* pixel space (:mod:`forensics.annotations`), so every click goes through
:func:`forensics.orientation.point_to_stored` and every drawn point through
:func:`~forensics.orientation.point_to_upright`. Rotations and flips keep distances, so a
calibration in px/mm means the same in both spaces.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from forensics import orientation
from forensics.annotations import (
    Annotation,
    Arrow,
    Ellipse,
    Measurement,
    NumberedMarker,
    Polyline,
    Text,
)
from forensics.measure import Calibration, Point
from forensics.photos import Photo


@dataclass(frozen=True)
class PhotoGeometry:
    """The stored size and EXIF orientation of one photo, and the mapping they define."""

    stored_size: tuple[int, int]
    orientation: int

    @classmethod
    def of(cls, photo: Photo) -> PhotoGeometry:
        """The geometry recorded for ``photo`` at import."""
        return cls((photo.width, photo.height), orientation.normalise(photo.orientation))

    @property
    def upright_size(self) -> tuple[int, int]:
        """(width, height) of the scene: the photo as viewed, at full resolution."""
        return orientation.upright_size(self.stored_size, self.orientation)

    @property
    def unit(self) -> float:
        """One annotation width unit in scene pixels: 1/1000 of the longest side."""
        return max(self.upright_size) / 1000

    def to_view(self, point: Point) -> Point:
        """A stored point in scene (upright) coordinates."""
        return orientation.point_to_upright(point, self.stored_size, self.orientation)

    def to_stored(self, point: Point) -> Point:
        """A scene point (a click) in stored pixel coordinates."""
        return orientation.point_to_stored(point, self.stored_size, self.orientation)

    def contains(self, view_point: Point) -> bool:
        """Whether a scene point lies on the photo."""
        width, height = self.upright_size
        return 0 <= view_point[0] <= width and 0 <= view_point[1] <= height


def moved(annotation: Annotation, geometry: PhotoGeometry, dx: float, dy: float) -> Annotation:
    """``annotation`` shifted by (dx, dy) *scene* pixels, back in stored coordinates."""

    def shift(point: Point) -> Point:
        x, y = geometry.to_view(point)
        return geometry.to_stored((x + dx, y + dy))

    match annotation:
        case Arrow():
            return dataclasses.replace(
                annotation, start=shift(annotation.start), end=shift(annotation.end)
            )
        case Ellipse():
            return dataclasses.replace(annotation, center=shift(annotation.center))
        case Text() | NumberedMarker():
            return dataclasses.replace(annotation, pos=shift(annotation.pos))
        case Polyline() | Measurement():
            return dataclasses.replace(
                annotation, points=tuple(shift(p) for p in annotation.points)
            )


def remeasured(annotation: Annotation, calibration: Calibration) -> Annotation:
    """A measurement's value again under ``calibration``; other annotations unchanged."""
    if isinstance(annotation, Measurement):
        return dataclasses.replace(
            annotation,
            value_mm=Measurement.from_points(
                annotation.points, annotation.kind, calibration
            ).value_mm,
        )
    return annotation


def next_marker_number(annotations: tuple[Annotation, ...]) -> int:
    """One above the highest numbered marker on the photo (1 for the first)."""
    numbers = [a.number for a in annotations if isinstance(a, NumberedMarker)]
    return min(999, max(numbers, default=0) + 1)
