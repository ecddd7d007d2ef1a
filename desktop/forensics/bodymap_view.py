"""The body-map drawing with its injury markers, scaled to fit and clickable.

The scene's coordinates are those of the SVG view box, so a body point (0..1 of the drawing)
is ``(x * width, y * height)`` in the scene wherever the drawing sits on screen. Hovering
highlights the anatomical region under the pointer, so the physician sees where a click lands.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPainterPath, QPen, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from forensics.bodymap import BodyFigure, Region, RegionMap, View, load_region_map, svg_path
from forensics.records import Injury

from ..common.style import ACCENT, SURFACE
from .marker_item import InjuryMarker, PendingMarker

MARGIN = 12.0  # scene units around the drawing, so markers at the edge are not cut off


@cache
def _renderer(figure: BodyFigure, view: View) -> QSvgRenderer:
    """One renderer per drawing for the whole program (the files never change)."""
    return QSvgRenderer(str(svg_path(figure, view)))


class BodyMapView(QGraphicsView):
    """One view (front, back, head) of the adult or child drawing, and its markers.

    Signals:
        body_clicked(float, float): a click on the drawing (not on a marker), in 0..1.
        marker_dragged(str, float, float, float, float): injury id, old and new point (0..1).
        marker_selected(object): the selected marker's injury id, or None.
        hovered(object): the :class:`Region` under the pointer, or None.
    """

    body_clicked = Signal(float, float)
    marker_dragged = Signal(str, float, float, float, float)
    marker_selected = Signal(object)
    hovered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMapView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setBackgroundBrush(QColor(SURFACE))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setMouseTracking(True)
        self.setMinimumSize(220, 320)
        self.figure: BodyFigure | None = None
        self.view: View | None = None
        self.regions: RegionMap | None = None
        self.width_units = 1.0
        self.height_units = 1.0
        self.read_only = False
        self.markers: dict[str, InjuryMarker] = {}
        self._drawing: QGraphicsSvgItem | None = None
        self._pending: PendingMarker | None = None
        self._press: QPoint | None = None
        self._highlight = QGraphicsPathItem()
        self._highlight.setPen(QPen(QColor(ACCENT), 0))
        fill = QColor(ACCENT)
        fill.setAlpha(34)
        self._highlight.setBrush(QBrush(fill))
        self._highlight.setZValue(5)
        self.scene().addItem(self._highlight)
        self.scene().selectionChanged.connect(self._selection_changed)

    # -- the drawing ----------------------------------------------------------------------
    def show_drawing(self, figure: BodyFigure, view: View) -> None:
        """Show ``figure``'s ``view``; the markers are cleared (the caller places them)."""
        if (figure, view) == (self.figure, self.view):
            return
        self.clear_markers()
        self.clear_pending()
        if self._drawing is not None:
            self.scene().removeItem(self._drawing)
        renderer = _renderer(figure, view)
        box = renderer.viewBoxF()
        drawing = QGraphicsSvgItem()
        drawing.setSharedRenderer(renderer)
        drawing.setZValue(0)
        self.scene().addItem(drawing)
        self._drawing = drawing
        self.figure, self.view = figure, view
        self.regions = load_region_map(figure, view)
        self.width_units, self.height_units = box.width(), box.height()
        self.scene().setSceneRect(box.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self._highlight.setPath(QPainterPath())
        self._fit()

    def _fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- coordinates ----------------------------------------------------------------------
    def scene_point(self, x: float, y: float) -> QPointF:
        """The scene position of body point (x, y) in 0..1."""
        return QPointF(x * self.width_units, y * self.height_units)

    def body_point(self, scene: QPointF) -> tuple[float, float]:
        """Body coordinates (0..1) of a scene position (may lie outside 0..1)."""
        return scene.x() / self.width_units, scene.y() / self.height_units

    def viewport_point(self, x: float, y: float) -> QPoint:
        """Where body point (x, y) is on the viewport (what a click there would hit)."""
        return self.mapFromScene(self.scene_point(x, y))

    def region_at(self, x: float, y: float) -> Region | None:
        if self.regions is None or not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
            return None
        return self.regions.region_at(x, y)

    # -- markers --------------------------------------------------------------------------
    def set_markers(self, injuries: list[Injury], flagged: frozenset[str]) -> None:
        """Show a marker for each injury on this view; others are removed."""
        here = {i.id: i for i in injuries if self.view and i.point.view == self.view.code}
        for injury_id in [k for k in self.markers if k not in here]:
            self.scene().removeItem(self.markers.pop(injury_id))
        for injury in here.values():
            marker = self.markers.get(injury.id)
            if marker is None:
                marker = InjuryMarker(injury.id, injury.number, movable=not self.read_only)
                marker.dragged.connect(self._dragged)
                self.scene().addItem(marker)
                self.markers[injury.id] = marker
            marker.set_number(injury.number)
            marker.set_flagged(injury.id in flagged)
            marker.setPos(self.scene_point(injury.point.x, injury.point.y))

    def clear_markers(self) -> None:
        for marker in self.markers.values():
            self.scene().removeItem(marker)
        self.markers.clear()

    def set_read_only(self, read_only: bool) -> None:
        """A sealed examination: markers can be selected, not moved; clicks add nothing."""
        self.read_only = read_only
        for marker in self.markers.values():
            marker.set_movable(not read_only)

    def select(self, injury_id: str | None) -> None:
        """Select the marker of ``injury_id`` only (None: no marker)."""
        scene = self.scene()
        scene.blockSignals(True)
        scene.clearSelection()
        marker = self.markers.get(injury_id) if injury_id else None
        if marker is not None:
            marker.setSelected(True)
        scene.blockSignals(False)
        self.viewport().update()

    def selected_id(self) -> str | None:
        selected = [i for i in self.scene().selectedItems() if isinstance(i, InjuryMarker)]
        return selected[0].injury_id if selected else None

    def _selection_changed(self) -> None:
        self.marker_selected.emit(self.selected_id())

    def _dragged(self, injury_id: str, before: QPointF, after: QPointF) -> None:
        old, new = self.body_point(before), self.body_point(after)
        self.marker_dragged.emit(injury_id, old[0], old[1], new[0], new[1])

    def show_pending(self, x: float, y: float) -> None:
        """A provisional marker while the injury form is open."""
        if self._pending is None:
            self._pending = PendingMarker()
            self.scene().addItem(self._pending)
        self._pending.setPos(self.scene_point(x, y))

    def clear_pending(self) -> None:
        if self._pending is not None:
            self.scene().removeItem(self._pending)
            self._pending = None

    # -- mouse ----------------------------------------------------------------------------
    def _marker_under(self, pos: QPoint) -> bool:
        return any(isinstance(item, InjuryMarker) for item in self.items(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        at = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and not self._marker_under(at):
            self._press = at
            self.scene().clearSelection()
            event.accept()
            return
        self._press = None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if press is None:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        at = event.position().toPoint()
        if (at - press).manhattanLength() <= QApplication.startDragDistance():
            x, y = self.body_point(self.mapToScene(at))
            self.body_clicked.emit(x, y)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        x, y = self.body_point(self.mapToScene(event.position().toPoint()))
        region = self.region_at(x, y)
        path = QPainterPath()
        if region is not None:
            polygon = [self.scene_point(px, py) for px, py in region.polygon]
            path.moveTo(polygon[0])
            for point in polygon[1:]:
                path.lineTo(point)
            path.closeSubpath()
        self._highlight.setPath(path)
        self.hovered.emit(region)

    def leaveEvent(self, event: QEvent) -> None:
        self._highlight.setPath(QPainterPath())
        self.hovered.emit(None)
        super().leaveEvent(event)
