"""The viewer's drawing and measuring tools: what each click means, and what it makes.

Every tool works by clicks, so it is the same with a mouse, a pen or a touchpad: two-point
tools (calibrate, length, arrow, ellipse) finish at the second click; multi-point tools
(length along a line, area, polyline) finish with a double click or Enter; text and numbered
markers take one click and then ask for their text or number. Points are collected in stored
pixel coordinates, ready for :mod:`forensics.annotations`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from forensics.annotations import (
    Annotation,
    AnnotationError,
    Arrow,
    Ellipse,
    Measurement,
    MeasurementKind,
    NumberedMarker,
    Polyline,
    Text,
)
from forensics.measure import Calibration, MeasurementError, Point


class Tool(enum.Enum):
    """A tool of the photo viewer."""

    SELECT = "select"
    CALIBRATE = "calibrate"
    LENGTH = "length"
    PATH_LENGTH = "path_length"
    AREA = "area"
    ARROW = "arrow"
    ELLIPSE = "ellipse"
    POLYLINE = "polyline"
    TEXT = "text"
    MARKER = "marker"

    @property
    def clicks(self) -> int | None:
        """Clicks that complete the gesture; ``None`` for tools finished by double click."""
        if self in (Tool.PATH_LENGTH, Tool.AREA, Tool.POLYLINE):
            return None
        if self in (Tool.TEXT, Tool.MARKER):
            return 1
        return 0 if self is Tool.SELECT else 2

    @property
    def minimum_points(self) -> int:
        """Fewest points a finished gesture has."""
        return 3 if self is Tool.AREA else (self.clicks or 2)

    @property
    def measures(self) -> bool:
        """Whether the tool measures in mm (and so needs a calibration first)."""
        return self in (Tool.LENGTH, Tool.PATH_LENGTH, Tool.AREA)

    @property
    def label(self) -> str:
        """The button text."""
        return {
            Tool.SELECT: QCoreApplication.translate("Tool", "Selecteren"),
            Tool.CALIBRATE: QCoreApplication.translate("Tool", "Schaal ijken"),
            Tool.LENGTH: QCoreApplication.translate("Tool", "Lengte"),
            Tool.PATH_LENGTH: QCoreApplication.translate("Tool", "Gebogen lengte"),
            Tool.AREA: QCoreApplication.translate("Tool", "Oppervlakte"),
            Tool.ARROW: QCoreApplication.translate("Tool", "Pijl"),
            Tool.ELLIPSE: QCoreApplication.translate("Tool", "Ellips"),
            Tool.POLYLINE: QCoreApplication.translate("Tool", "Lijn"),
            Tool.TEXT: QCoreApplication.translate("Tool", "Tekst"),
            Tool.MARKER: QCoreApplication.translate("Tool", "Nummer"),
        }[self]

    @property
    def hint(self) -> str:
        """What to do with the tool, shown under the photo while it is chosen."""
        return {
            Tool.SELECT: QCoreApplication.translate(
                "Tool",
                "Klik op een annotatie om haar te kiezen; sleep om te verplaatsen, Delete "
                "verwijdert, dubbelklik wijzigt. Sleep de foto om te schuiven, scrol om te zoomen.",
            ),
            Tool.CALIBRATE: QCoreApplication.translate(
                "Tool", "Klik op twee streepjes van de liniaal en typ daarna de afstand in mm."
            ),
            Tool.LENGTH: QCoreApplication.translate("Tool", "Klik op het begin- en eindpunt."),
            Tool.PATH_LENGTH: QCoreApplication.translate(
                "Tool", "Klik de punten langs de lijn; dubbelklik of Enter om te eindigen."
            ),
            Tool.AREA: QCoreApplication.translate(
                "Tool", "Klik rond het gebied; dubbelklik of Enter sluit de omtrek."
            ),
            Tool.ARROW: QCoreApplication.translate(
                "Tool", "Klik waar de pijl begint en waar de punt moet komen."
            ),
            Tool.ELLIPSE: QCoreApplication.translate(
                "Tool", "Klik twee tegenover elkaar liggende hoeken rond het letsel."
            ),
            Tool.POLYLINE: QCoreApplication.translate(
                "Tool", "Klik de punten van de lijn; dubbelklik of Enter om te eindigen."
            ),
            Tool.TEXT: QCoreApplication.translate("Tool", "Klik waar de tekst moet komen."),
            Tool.MARKER: QCoreApplication.translate("Tool", "Klik waar het nummer moet komen."),
        }[self]


@dataclass
class Gesture:
    """The points of one tool use so far (stored coordinates)."""

    tool: Tool
    points: list[Point] = field(default_factory=list)

    def add(self, point: Point) -> bool:
        """Add a click; True when the gesture is complete."""
        if self.points and self.points[-1] == point:
            return False  # the second press of a double click lands on the same spot
        self.points.append(point)
        clicks = self.tool.clicks
        return clicks is not None and len(self.points) >= clicks

    @property
    def can_finish(self) -> bool:
        """Whether a double click or Enter may end this gesture now."""
        return self.tool.clicks is None and len(self.points) >= self.tool.minimum_points


def build_annotation(
    tool: Tool,
    points: list[Point],
    calibration: Calibration | None,
    *,
    text: str = "",
    number: int = 1,
) -> Annotation:
    """The annotation a finished gesture makes.

    Raises:
        AnnotationError, MeasurementError: Too few points, a zero-size ellipse, no calibration
            for a measurement, an empty text.
    """
    pts = tuple((float(x), float(y)) for x, y in points)
    match tool:
        case Tool.ARROW:
            return Arrow(pts[0], pts[1])
        case Tool.ELLIPSE:
            (x0, y0), (x1, y1) = pts[0], pts[1]
            centre = ((x0 + x1) / 2, (y0 + y1) / 2)
            return Ellipse(centre, abs(x1 - x0) / 2, abs(y1 - y0) / 2)
        case Tool.POLYLINE:
            return Polyline(pts)
        case Tool.TEXT:
            return Text(pts[0], text)
        case Tool.MARKER:
            return NumberedMarker(pts[0], number)
        case Tool.LENGTH | Tool.PATH_LENGTH | Tool.AREA:
            if calibration is None:
                raise MeasurementError("Ijk eerst de schaal op de liniaal in de foto.")
            kind = MeasurementKind.AREA if tool is Tool.AREA else MeasurementKind.LENGTH
            return Measurement.from_points(pts, kind, calibration)
    raise AnnotationError(f"{tool.value} maakt geen annotatie")


def preview_annotation(
    tool: Tool, points: list[Point], cursor: Point, calibration: Calibration | None
) -> Annotation | None:
    """What the gesture would make if the next click were at ``cursor`` (for live display)."""
    if tool in (Tool.SELECT, Tool.CALIBRATE, Tool.TEXT, Tool.MARKER) or not points:
        return None
    candidate = [*points, cursor]
    if tool is Tool.AREA and len(candidate) < 3:
        tool, candidate = Tool.LENGTH, candidate  # two points of an area: show the edge
    try:
        return build_annotation(tool, candidate, calibration)
    except (AnnotationError, MeasurementError):
        return None
