"""Annotations as vector items over the photo, drawn like the report draws them.

Sizes follow :mod:`forensics.annotation_render`: a width unit is 1/1000 of the photo's longest
side, so the overlay grows with the zoom exactly as it will sit in the exported render, and each
stroke has a dark halo so it reads on pale skin, dark skin and bruises alike. Items live in
scene (upright) coordinates; :class:`~desktop.forensics.annotation_geometry.PhotoGeometry` maps
the stored points.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from forensics.annotations import (
    Annotation,
    Arrow,
    Ellipse,
    Measurement,
    MeasurementKind,
    NumberedMarker,
    Polyline,
    Text,
)
from forensics.measure import Point

from .annotation_geometry import PhotoGeometry

HALO = QColor(0, 0, 0, 150)
PLATE = QColor(0, 0, 0, 165)
CALIBRATION_COLOUR = "#5AC8FA"
"""Calibration marks are drawn in a cool blue: they are a tool, not a finding."""


@dataclass(frozen=True)
class _Label:
    text: str
    anchor: QPointF  # left or middle of the baseline
    size: float
    centred: bool


@dataclass(frozen=True)
class _Disc:
    centre: QPointF
    radius: float
    number: int


class AnnotationItem(QGraphicsItem):
    """One annotation, painted; ``index`` is its place in the photo's annotation list."""

    def __init__(self, annotation: Annotation, geometry: PhotoGeometry, index: int = -1) -> None:
        super().__init__()
        self.annotation = annotation
        self.index = index
        self._unit = geometry.unit
        self._colour = QColor(annotation.colour)
        self._width = annotation.width * self._unit
        self._halo = 1.2 * self._unit
        self._strokes: list[QPainterPath] = []
        self._fills: list[QPainterPath] = []
        self._labels: list[_Label] = []
        self._discs: list[_Disc] = []
        self._build([QPointF(*geometry.to_view(p)) for p in _points_of(annotation)])
        self._outline = self._hit_shape()
        self._bounds = self._outline.boundingRect().adjusted(-2, -2, 2, 2)

    # -- geometry ------------------------------------------------------------------------
    def _build(self, pts: list[QPointF]) -> None:
        item, w = self.annotation, self._width
        match item:
            case Arrow():
                self._arrow(pts[0], pts[1])
            case Ellipse():
                self._strokes.append(_ellipse_path(pts[0], pts[1]))
            case Polyline():
                self._strokes.append(_polyline(pts, closed=item.closed))
            case Text():
                size = 6.0 * item.width * self._unit
                anchor = QPointF(pts[0].x(), pts[0].y() + size * 0.8)
                self._labels.append(_Label(item.text, anchor, size, centred=False))
            case NumberedMarker():
                self._discs.append(_Disc(pts[0], 4.5 * item.width * self._unit, item.number))
            case Measurement():
                closed = item.kind is MeasurementKind.AREA
                self._strokes.append(_polyline(pts, closed=closed))
                if not closed:
                    self._strokes += [_tick(pts[0], pts[1], w), _tick(pts[-1], pts[-2], w)]
                    a, b = max(itertools.pairwise(pts), key=lambda ab: QLineF(*ab).length())
                    anchor = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2 - 4 * w)
                else:
                    centre_x = sum(p.x() for p in pts) / len(pts)
                    anchor = QPointF(centre_x, min(p.y() for p in pts) - 4 * w)
                self._labels.append(_Label(item.label, anchor, 16 * self._unit, centred=True))

    def _arrow(self, start: QPointF, end: QPointF) -> None:
        w = self._width
        length = QLineF(start, end).length() or 1.0
        ux, uy = (end.x() - start.x()) / length, (end.y() - start.y()) / length
        head_len, head_half = min(5.0 * w, 0.6 * length), 2.4 * w
        base = QPointF(end.x() - ux * head_len, end.y() - uy * head_len)
        head = QPolygonF(
            [
                end,
                QPointF(base.x() - uy * head_half, base.y() + ux * head_half),
                QPointF(base.x() + uy * head_half, base.y() - ux * head_half),
            ]
        )
        shaft = QPainterPath(start)
        shaft.lineTo(QPointF(base.x() + ux * w * 0.5, base.y() + uy * w * 0.5))
        self._strokes.append(shaft)
        path = QPainterPath()
        path.addPolygon(head)
        path.closeSubpath()
        self._fills.append(path)

    def _hit_shape(self) -> QPainterPath:
        """Generous outline for clicking: at least 12 units wide, plates and discs whole."""
        stroker = QPainterPathStroker()
        stroker.setWidth(max(self._width + 2 * self._halo, 12 * self._unit))
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        shape = QPainterPath()
        shape.setFillRule(Qt.FillRule.WindingFill)
        for path in self._strokes + self._fills:
            shape.addPath(stroker.createStroke(path))
        for path in self._fills:
            shape.addPath(path)
        for disc in self._discs:
            r = disc.radius + 1.5 * self._unit
            shape.addEllipse(disc.centre, r, r)
        for label in self._labels:
            shape.addRoundedRect(_plate(label), label.size * 0.3, label.size * 0.3)
        return shape

    # -- QGraphicsItem -------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._outline

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        del option, widget
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for path in self._strokes:
            for colour, width in (
                (HALO, self._width + 2 * self._halo),
                (self._colour, self._width),
            ):
                painter.setPen(_pen(colour, width))
                painter.drawPath(path)
        for path in self._fills:
            painter.setPen(_pen(HALO, 2 * self._halo))
            painter.setBrush(QBrush(HALO))
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(self._colour))
            painter.drawPath(path)
        for disc in self._discs:
            self._paint_disc(painter, disc)
        for label in self._labels:
            _paint_label(painter, label, self._colour)
        if self.isSelected():
            pen = QPen(QColor("white"), 1.5, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._outline.boundingRect())

    def _paint_disc(self, painter: QPainter, disc: _Disc) -> None:
        halo = 1.5 * self._unit
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(HALO))
        painter.drawEllipse(disc.centre, disc.radius + halo, disc.radius + halo)
        painter.setBrush(QBrush(self._colour))
        painter.drawEllipse(disc.centre, disc.radius, disc.radius)
        ink = "#000000" if self._colour.lightnessF() > 0.5 else "#FFFFFF"
        factor = 1.25 if disc.number < 10 else 1.0 if disc.number < 100 else 0.8
        painter.setFont(_font(disc.radius * factor))
        painter.setPen(QColor(ink))
        box = QRectF(
            disc.centre.x() - disc.radius, disc.centre.y() - disc.radius,
            2 * disc.radius, 2 * disc.radius,
        )  # fmt: skip
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(disc.number))


class CalibrationItem(QGraphicsItem):
    """The two calibration points and the line between them, while the distance is asked."""

    def __init__(self, start: Point, end: Point, unit: float, label: str = "") -> None:
        super().__init__()
        self._line = QLineF(QPointF(*start), QPointF(*end))
        self._unit = unit
        self._label = label
        pad = 24 * unit
        self._bounds = (
            QRectF(self._line.p1(), self._line.p2())
            .normalized()
            .adjusted(-pad, -pad - 20 * unit, pad, pad)
        )

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        del option, widget
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour, width = QColor(CALIBRATION_COLOUR), 2.5 * self._unit
        for pen_colour, w in ((HALO, width + 2 * self._unit), (colour, width)):
            pen = _pen(pen_colour, w)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(self._line)
        for point in (self._line.p1(), self._line.p2()):
            _paint_cross(painter, point, 12 * self._unit, width, colour)
        if self._label:
            middle = self._line.center()
            anchor = QPointF(middle.x(), middle.y() - 14 * self._unit)
            _paint_label(painter, _Label(self._label, anchor, 16 * self._unit, True), colour)


class VertexItem(QGraphicsItem):
    """The points placed so far by a multi-point tool, as small rings."""

    def __init__(self, points: list[Point], unit: float) -> None:
        super().__init__()
        self._points = [QPointF(*p) for p in points]
        self._radius = 4 * unit
        self._unit = unit
        polygon = QPolygonF(self._points)
        pad = self._radius + 2 * unit
        self._bounds = polygon.boundingRect().adjusted(-pad, -pad, pad, pad)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        del option, widget
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, width in ((HALO, 3 * self._unit), (QColor("white"), 1.5 * self._unit)):
            painter.setPen(_pen(colour, width))
            for point in self._points:
                painter.drawEllipse(point, self._radius, self._radius)


def _points_of(annotation: Annotation) -> list[Point]:
    match annotation:
        case Arrow():
            return [annotation.start, annotation.end]
        case Ellipse():
            cx, cy = annotation.center
            return [
                (cx - annotation.rx, cy - annotation.ry),
                (cx + annotation.rx, cy + annotation.ry),
            ]
        case Text() | NumberedMarker():
            return [annotation.pos]
        case Polyline() | Measurement():
            return list(annotation.points)


def _ellipse_path(corner: QPointF, opposite: QPointF) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(corner, opposite).normalized())
    return path


def _polyline(points: list[QPointF], *, closed: bool) -> QPainterPath:
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    if closed:
        path.closeSubpath()
    return path


def _tick(end: QPointF, neighbour: QPointF, width: float) -> QPainterPath:
    """A short bar across the end of a length measurement, like a calliper jaw."""
    dx, dy = end.x() - neighbour.x(), end.y() - neighbour.y()
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length * 3 * width, dx / length * 3 * width
    path = QPainterPath(QPointF(end.x() - nx, end.y() - ny))
    path.lineTo(QPointF(end.x() + nx, end.y() + ny))
    return path


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, max(width, 0.5))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _font(size: float) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(True)
    return font


def _plate(label: _Label) -> QRectF:
    metrics = QFontMetricsF(_font(label.size))
    width = metrics.horizontalAdvance(label.text)
    left = label.anchor.x() - width / 2 if label.centred else label.anchor.x()
    pad = label.size * 0.3
    top = label.anchor.y() - metrics.ascent()
    return QRectF(
        left - pad, top - pad, width + 2 * pad, metrics.ascent() + metrics.descent() + 2 * pad
    )


def _paint_label(painter: QPainter, label: _Label, colour: QColor) -> None:
    """Text on a rounded dark plate, so it reads on any background."""
    plate = _plate(label)
    pad = label.size * 0.3
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(PLATE))
    painter.drawRoundedRect(plate, pad, pad)
    painter.setFont(_font(label.size))
    painter.setPen(colour)
    painter.drawText(QPointF(plate.left() + pad, label.anchor.y()), label.text)


def _paint_cross(
    painter: QPainter, at: QPointF, reach: float, width: float, colour: QColor
) -> None:
    for pen_colour, w in ((HALO, width + 2 * width / 2), (colour, width)):
        painter.setPen(_pen(pen_colour, w))
        painter.drawLine(QPointF(at.x() - reach, at.y()), QPointF(at.x() + reach, at.y()))
        painter.drawLine(QPointF(at.x(), at.y() - reach), QPointF(at.x(), at.y() + reach))
