"""Annotations on a photo: vector data over the original, never burned into it.

Coordinates are in the original's stored pixel space (see :mod:`forensics.measure`), so one set
of annotations renders correctly at any size and whatever the EXIF orientation. Stroke widths are
in *units*: one unit is 1/1000 of the rendered image's longest side, so an arrow looks equally
heavy on a thumbnail, on screen and in the report.

Every annotation is a frozen dataclass that round-trips through JSON via :meth:`to_dict` and
:func:`annotation_from_dict`; the latter validates everything, because stored JSON is input.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any, ClassVar, TypeAlias

from forensics.errors import ExplainedError
from forensics.measure import Calibration, Point

DEFAULT_COLOUR = "#FFD60A"
"""Signal yellow: readable on every skin tone, and on bruises."""
DEFAULT_WIDTH = 3.0
"""Default stroke width in units (1/1000 of the render's longest side)."""
MAX_TEXT = 500
"""Longest text label; a label is a caption, the description belongs in the dossier."""
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


class AnnotationError(ExplainedError):
    """An annotation with impossible values, or stored JSON that is not an annotation."""

    message_nl = "Deze annotatie is ongeldig."
    message_en = "This annotation is not valid."


class MeasurementKind(enum.Enum):
    """What a measurement measures (value, Dutch label)."""

    LENGTH = "length"
    AREA = "area"

    @property
    def label_nl(self) -> str:
        """The Dutch name shown in the UI."""
        return {"length": "lengte", "area": "oppervlakte"}[self.value]


@dataclass(frozen=True)
class _Styled:
    TYPE: ClassVar[str] = ""

    def __post_init__(self) -> None:
        colour = getattr(self, "colour", DEFAULT_COLOUR)
        width = getattr(self, "width", DEFAULT_WIDTH)
        valid = isinstance(colour, str) and _COLOUR.fullmatch(colour) is not None
        _require(valid, f"Ongeldige kleur {colour!r}; gebruik #RRGGBB.")
        _require(_finite(width) and 0 < width <= 100, "De lijndikte moet tussen 0 en 100 liggen.")
        points = [getattr(self, n) for n in ("start", "end", "center", "pos") if hasattr(self, n)]
        points += list(getattr(self, "points", ()))
        _require(all(_is_point(p) for p in points), "Een punt heeft ongeldige coördinaten.")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict with a ``"type"`` key."""
        data: dict[str, Any] = {"type": self.TYPE}
        for item in fields(self):
            data[item.name] = _plain(getattr(self, item.name))
        return data


@dataclass(frozen=True)
class Arrow(_Styled):
    """An arrow whose head is at ``end``, pointing at the finding."""

    TYPE: ClassVar[str] = "arrow"
    start: Point
    end: Point
    colour: str = DEFAULT_COLOUR
    width: float = DEFAULT_WIDTH


@dataclass(frozen=True)
class Ellipse(_Styled):
    """An axis-aligned ellipse (in stored pixel space) around a finding."""

    TYPE: ClassVar[str] = "ellipse"
    center: Point
    rx: float
    ry: float
    colour: str = DEFAULT_COLOUR
    width: float = DEFAULT_WIDTH

    def __post_init__(self) -> None:
        super().__post_init__()
        _require(_finite(self.rx) and _finite(self.ry) and self.rx > 0 and self.ry > 0,
                 "Een ellips moet een straal groter dan 0 hebben.")  # fmt: skip


@dataclass(frozen=True)
class Polyline(_Styled):
    """A line through several points; closed draws the outline of an area."""

    TYPE: ClassVar[str] = "polyline"
    points: tuple[Point, ...]
    closed: bool = False
    colour: str = DEFAULT_COLOUR
    width: float = DEFAULT_WIDTH

    def __post_init__(self) -> None:
        super().__post_init__()
        _require(len(self.points) >= 2, "Een lijn heeft minstens twee punten nodig.")


@dataclass(frozen=True)
class Text(_Styled):
    """A short caption whose top-left corner is at ``pos``; always drawn upright.

    ``width`` scales the lettering (the default gives letters of about 2 % of the image).
    """

    TYPE: ClassVar[str] = "text"
    pos: Point
    text: str
    colour: str = DEFAULT_COLOUR
    width: float = DEFAULT_WIDTH

    def __post_init__(self) -> None:
        super().__post_init__()
        _require(len(self.text.strip()) > 0 and len(self.text) <= MAX_TEXT,
                 f"Een tekstlabel heeft 1 tot {MAX_TEXT} tekens.")  # fmt: skip


@dataclass(frozen=True)
class NumberedMarker(_Styled):
    """A numbered disc, linking a spot in the photo to injury number ``number`` in the report.

    The disc is centred on ``pos``; ``width`` scales it like the lettering of :class:`Text`.
    """

    TYPE: ClassVar[str] = "marker"
    pos: Point
    number: int
    colour: str = DEFAULT_COLOUR
    width: float = DEFAULT_WIDTH

    def __post_init__(self) -> None:
        super().__post_init__()
        _require(1 <= self.number <= 999, "Een markeringsnummer ligt tussen 1 en 999.")


@dataclass(frozen=True)
class Measurement(_Styled):
    """A length (polyline) or area (polygon) measured with a calibration, labelled in mm."""

    TYPE: ClassVar[str] = "measurement"
    points: tuple[Point, ...]
    kind: MeasurementKind
    value_mm: float
    colour: str = DEFAULT_COLOUR
    width: float = DEFAULT_WIDTH

    def __post_init__(self) -> None:
        super().__post_init__()
        needed = 2 if self.kind is MeasurementKind.LENGTH else 3
        _require(len(self.points) >= needed, f"Deze meting heeft minstens {needed} punten nodig.")
        _require(_finite(self.value_mm) and self.value_mm >= 0, "De meetwaarde is ongeldig.")

    @classmethod
    def from_points(
        cls, points: Sequence[Point], kind: MeasurementKind, calibration: Calibration
    ) -> Measurement:
        """Measure ``points`` with ``calibration`` and keep the value with the geometry.

        Raises:
            MeasurementError: Too few or invalid points.
        """
        pts = tuple((float(x), float(y)) for x, y in points)
        if kind is MeasurementKind.LENGTH:
            return cls(pts, kind, calibration.length_mm(pts))
        return cls(pts, kind, calibration.area_mm2(pts))

    @property
    def label(self) -> str:
        """The value as shown on the photo, Dutch notation: ``"23,4 mm"``, ``"1.234 mm²"``."""
        if self.kind is MeasurementKind.LENGTH:
            return f"{self.value_mm:.1f} mm".replace(".", ",")
        if self.value_mm < 100:
            return f"{self.value_mm:.1f} mm²".replace(".", ",")
        return f"{self.value_mm:,.0f} mm²".replace(",", ".")


Annotation: TypeAlias = Arrow | Ellipse | Polyline | Text | NumberedMarker | Measurement
_TYPES: dict[str, Callable[..., Annotation]] = {
    cls.TYPE: cls for cls in (Arrow, Ellipse, Polyline, Text, NumberedMarker, Measurement)
}


def annotation_from_dict(data: object) -> Annotation:
    """Rebuild an annotation from :meth:`to_dict` output (e.g. read back from JSON).

    Raises:
        AnnotationError: Unknown type, missing or extra keys, or invalid values.
    """
    if not isinstance(data, dict) or data.get("type") not in _TYPES:
        raise AnnotationError("Onbekend soort annotatie.")
    cls = _TYPES[data["type"]]
    names = {item.name for item in fields(cls)}  # type: ignore[arg-type]  # the classes are dataclasses; the alias hides it
    if set(data) - {"type"} - names:
        raise AnnotationError("De annotatie bevat onbekende velden.")
    try:
        return cls(**{name: _CONVERT[name](data[name]) for name in names if name in data})
    except AnnotationError:
        raise
    except (TypeError, ValueError) as error:  # a wrong type, or a required key missing
        raise AnnotationError("De opgeslagen annotatie is ongeldig.") from error


def annotations_to_list(annotations: Sequence[Annotation]) -> list[dict[str, Any]]:
    """All annotations of a photo as a JSON-serialisable list."""
    return [annotation.to_dict() for annotation in annotations]


def annotations_from_list(data: object) -> list[Annotation]:
    """Inverse of :func:`annotations_to_list`.

    Raises:
        AnnotationError: ``data`` is not a list of valid annotations.
    """
    if not isinstance(data, list):
        raise AnnotationError("De annotaties zijn geen lijst.")
    return [annotation_from_dict(item) for item in data]


def _plain(value: object) -> object:
    if isinstance(value, MeasurementKind):
        return value.value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("not a number")
    return float(value)


def _point(value: object) -> Point:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise TypeError("not a point")
    return (_number(value[0]), _number(value[1]))


def _points(value: object) -> tuple[Point, ...]:
    if not isinstance(value, list | tuple):
        raise TypeError("not a list of points")
    return tuple(_point(item) for item in value)


def _typed(kind: type) -> Callable[[object], Any]:
    def convert(value: object) -> Any:
        if (isinstance(value, bool) and kind is int) or not isinstance(value, kind):
            raise TypeError(f"expected {kind.__name__}")
        return value

    return convert


_CONVERT: dict[str, Callable[[object], Any]] = {
    "start": _point, "end": _point, "center": _point, "pos": _point, "points": _points,
    "rx": _number, "ry": _number, "width": _number, "value_mm": _number,
    "closed": _typed(bool), "text": _typed(str), "colour": _typed(str), "number": _typed(int),
    "kind": MeasurementKind,
}  # fmt: skip


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_point(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and all(_finite(c) for c in value)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise AnnotationError(message)
