"""The photo on screen: zoom, pan, rotate the view, and the clicks of the tools.

The scene is the photo upright at full resolution (one unit = one original pixel), whatever
image currently fills it: the 1000 px import preview first, the decoded original once the zoom
asks for more detail than the preview has (:attr:`PhotoView.original_wanted`). Rotating turns
the view only; the stored original is never touched. Clicks become stored pixel coordinates
through :class:`~desktop.forensics.annotation_geometry.PhotoGeometry` before they leave.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView

from forensics.annotation_render import SCALE_BAR_CHOICES_MM
from forensics.annotations import Annotation
from forensics.measure import Calibration, Point

from .annotation_geometry import PhotoGeometry
from .annotation_items import AnnotationItem, CalibrationItem, VertexItem
from .annotation_tools import Gesture, Tool, preview_annotation

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.02, 16.0
# Ask for the original once the preview would be magnified more than this on screen.
DETAIL_THRESHOLD = 1.1
BACKGROUND = QColor("#1d232a")


class PhotoView(QGraphicsView):
    """A zoomable, rotatable view of one photo with its annotations.

    Signals:
        gesture_completed(object, list): the tool and its points (stored coordinates).
        annotations_moved(list): ``(index, dx, dy)`` per dragged annotation, in scene pixels.
        delete_requested(list): indexes of the selected annotations (Delete key).
        edit_requested(int): index of a double-clicked annotation.
        live_text(str): the running measurement while a tool is used ("" when idle).
        zoom_changed(float): screen pixels per original pixel.
        original_wanted(): the zoom needs more detail than the preview holds.
    """

    gesture_completed = Signal(object, list)
    annotations_moved = Signal(list)
    delete_requested = Signal(list)
    edit_requested = Signal(int)
    live_text = Signal(str)
    zoom_changed = Signal(float)
    original_wanted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("photoView")
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(BACKGROUND)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # The scale bar is drawn in viewport coordinates and must be repainted whole.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.viewport().setMouseTracking(True)
        self.setAcceptDrops(False)  # drops go to the panel, which imports them
        self.viewport().setAcceptDrops(False)
        self.geometry_: PhotoGeometry | None = None
        self.image_item = QGraphicsPixmapItem()
        self.image_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.annotation_items: list[AnnotationItem] = []
        self._temporary: list[QGraphicsItem] = []
        self.tool = Tool.SELECT
        self.gesture: Gesture | None = None
        self.calibration: Calibration | None = None
        self.overlay_visible = True
        self.full_resolution = False
        self._zoom = 1.0
        self._rotation = 0
        self._fitted = True
        self._wanted = False
        self._pan_from: QPoint | None = None
        self._editable = True

    # -- content -------------------------------------------------------------------------
    def show_photo(self, geometry: PhotoGeometry, image: QImage, *, full: bool = False) -> None:
        """Show a new photo (``image`` upright, any size) fitted to the view."""
        scene = self.scene()
        for item in [self.image_item, *self.annotation_items, *self._temporary]:
            if item.scene() is scene:
                scene.removeItem(item)
        self.annotation_items, self._temporary = [], []
        self.gesture = None
        self.geometry_ = geometry
        width, height = geometry.upright_size
        scene.setSceneRect(QRectF(0, 0, width, height))
        self.image_item.setPixmap(QPixmap())  # never the previous photo under the new one
        scene.addItem(self.image_item)
        self._wanted = False
        self.set_image(image, full=full)
        self._rotation = 0
        self.fit()

    def set_image(self, image: QImage, *, full: bool) -> None:
        """Fill the scene with ``image`` (the preview, or the decoded original)."""
        if self.geometry_ is None or image.isNull():
            return
        width, height = self.geometry_.upright_size
        self.image_item.setPixmap(QPixmap.fromImage(image))
        self.image_item.setTransform(
            QTransform.fromScale(width / image.width(), height / image.height())
        )
        self.full_resolution = full
        self._check_detail()

    @property
    def image_scale(self) -> float:
        """Original pixels per pixel of the image shown (1.0 once the original is loaded)."""
        return self.image_item.transform().m11() or 1.0

    def set_annotations(self, annotations: tuple[Annotation, ...]) -> None:
        """Replace the drawn annotations (indexes follow the photo's list)."""
        if self.geometry_ is None:
            return
        selected = {item.index for item in self.annotation_items if item.isSelected()}
        for item in self.annotation_items:
            self.scene().removeItem(item)
        self.annotation_items = []
        for index, annotation in enumerate(annotations):
            item = AnnotationItem(annotation, self.geometry_, index)
            item.setZValue(10)
            item.setVisible(self.overlay_visible)
            self._set_interactive(item)
            self.scene().addItem(item)
            item.setSelected(index in selected)
            self.annotation_items.append(item)

    def set_calibration(self, calibration: Calibration | None) -> None:
        self.calibration = calibration
        self.viewport().update()

    def set_overlay_visible(self, visible: bool) -> None:
        """Show or hide every annotation and the scale bar ("Origineel tonen")."""
        self.overlay_visible = visible
        for item in [*self.annotation_items, *self._temporary]:
            item.setVisible(visible)
        self.viewport().update()

    def set_editable(self, editable: bool) -> None:
        """A sealed examination: look and zoom, but nothing moves."""
        self._editable = editable
        for item in self.annotation_items:
            self._set_interactive(item)

    def set_tool(self, tool: Tool) -> None:
        """Choose a tool; an unfinished gesture of the previous one is dropped."""
        self.cancel_gesture()
        self.tool = tool
        select = tool is Tool.SELECT
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if select else QGraphicsView.DragMode.NoDrag
        )
        self.viewport().setCursor(
            Qt.CursorShape.OpenHandCursor if select else Qt.CursorShape.CrossCursor
        )
        for item in self.annotation_items:
            self._set_interactive(item)
            item.setSelected(False)

    def _set_interactive(self, item: AnnotationItem) -> None:
        on = self.tool is Tool.SELECT and self._editable
        flag = QGraphicsItem.GraphicsItemFlag
        item.setFlag(flag.ItemIsSelectable, on)
        item.setFlag(flag.ItemIsMovable, on)

    def selected_indexes(self) -> list[int]:
        return [item.index for item in self.annotation_items if item.isSelected()]

    # -- zoom and rotation ---------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """Screen pixels per original pixel."""
        return self._zoom

    @property
    def rotation(self) -> int:
        """The view's rotation in degrees (0, 90, 180, 270); the photo is not changed."""
        return self._rotation

    def fit(self) -> None:
        """Fit the whole photo in the view ("Passend")."""
        if self.geometry_ is None:
            return
        width, height = self.geometry_.upright_size
        if self._rotation % 180:
            width, height = height, width
        area = self.viewport().size()
        margin = 16
        scale = min((area.width() - margin) / width, (area.height() - margin) / height)
        self._set_zoom(max(scale, MIN_ZOOM), fitted=True)
        self.centerOn(self.sceneRect().center())

    def actual_size(self) -> None:
        """One screen pixel per original pixel ("100 %")."""
        self._set_zoom(1.0, fitted=False)

    def zoom_by(self, factor: float) -> None:
        self._set_zoom(self._zoom * factor, fitted=False)

    def rotate_view(self, degrees: int = 90) -> None:
        """Turn the view by a quarter; zoom and centre are kept."""
        self._rotation = (self._rotation + degrees) % 360
        self._apply_transform()
        if self._fitted:
            self.fit()

    def _set_zoom(self, zoom: float, *, fitted: bool) -> None:
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self._fitted = fitted
        self._apply_transform()

    def _apply_transform(self) -> None:
        self.setTransform(QTransform().rotate(self._rotation).scale(self._zoom, self._zoom))
        self.zoom_changed.emit(self._zoom)
        self._check_detail()

    def _check_detail(self) -> None:
        if self.full_resolution or self._wanted or self.geometry_ is None:
            return
        if self._zoom * self.image_scale > DETAIL_THRESHOLD:
            self._wanted = True
            self.original_wanted.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    # -- mouse and keys ------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            event.accept()
            return
        if self.tool is Tool.SELECT or self.geometry_ is None or not self._editable:
            super().mousePressEvent(event)
            return
        if event.button() == Qt.MouseButton.RightButton:
            self.finish_gesture() if self.gesture and self.gesture.can_finish else self.cancel_gesture()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.mapToScene(event.position().toPoint())
        if not self.geometry_.contains((point.x(), point.y())):
            return
        self.gesture = self.gesture or Gesture(self.tool)
        if self.gesture.add(self.geometry_.to_stored((point.x(), point.y()))):
            self._complete()
        else:
            self._update_preview((point.x(), point.y()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        if self.gesture is not None:
            point = self.mapToScene(event.position().toPoint())
            self._update_preview((point.x(), point.y()))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            return
        super().mouseReleaseEvent(event)
        if self.tool is Tool.SELECT:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            moves = [
                (item.index, item.pos().x(), item.pos().y())
                for item in self.annotation_items
                if not item.pos().isNull()
            ]
            if moves:
                self.annotations_moved.emit(moves)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.tool is Tool.SELECT:
            item = self.itemAt(event.position().toPoint())
            if isinstance(item, AnnotationItem) and self._editable:
                self.edit_requested.emit(item.index)
                return
            super().mouseDoubleClickEvent(event)
            return
        if self.gesture is not None and self.gesture.can_finish:
            self.finish_gesture()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.gesture is not None:
            self.cancel_gesture()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.gesture is not None:
            self.finish_gesture()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_indexes():
            self.delete_requested.emit(self.selected_indexes())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- gestures ------------------------------------------------------------------------
    def finish_gesture(self) -> None:
        """End a multi-point gesture (double click, Enter, right click)."""
        if self.gesture is not None and self.gesture.can_finish:
            self._complete()

    def cancel_gesture(self) -> None:
        """Drop the points placed so far (Escape, another tool)."""
        self.gesture = None
        self._clear_temporary()
        self.live_text.emit("")

    def _complete(self) -> None:
        assert self.gesture is not None
        tool, points = self.gesture.tool, list(self.gesture.points)
        self.gesture = None
        self._clear_temporary()
        self.live_text.emit("")
        self.gesture_completed.emit(tool, points)

    def show_calibration_points(self, points: list[Point], label: str = "") -> None:
        """Keep the two calibration points on screen while the distance is typed."""
        assert self.geometry_ is not None
        self._clear_temporary()
        start, end = (self.geometry_.to_view(p) for p in points[:2])
        self._add_temporary(CalibrationItem(start, end, self.geometry_.unit, label))

    def clear_temporary(self) -> None:
        self._clear_temporary()

    def _update_preview(self, cursor: Point) -> None:
        geometry, gesture = self.geometry_, self.gesture
        if geometry is None or gesture is None:
            return
        self._clear_temporary()
        stored_cursor = geometry.to_stored(cursor)
        view_points = [geometry.to_view(p) for p in gesture.points]
        self._add_temporary(VertexItem(view_points, geometry.unit))
        if gesture.tool is Tool.CALIBRATE:
            start = view_points[0]
            pixels = ((cursor[0] - start[0]) ** 2 + (cursor[1] - start[1]) ** 2) ** 0.5
            self._add_temporary(CalibrationItem(start, cursor, geometry.unit))
            self.live_text.emit(self.tr("Afstand: {0} px").format(round(pixels)))
            return
        pending = preview_annotation(gesture.tool, gesture.points, stored_cursor, self.calibration)
        if pending is not None:
            self._add_temporary(AnnotationItem(pending, geometry))
            label = getattr(pending, "label", "")
            self.live_text.emit(
                self.tr("{0}: {1}").format(gesture.tool.label, label) if label else ""
            )

    def _add_temporary(self, item: QGraphicsItem) -> None:
        item.setZValue(20)
        item.setVisible(self.overlay_visible)
        self.scene().addItem(item)
        self._temporary.append(item)

    def _clear_temporary(self) -> None:
        for item in self._temporary:
            self.scene().removeItem(item)
        self._temporary = []

    # -- the scale bar -------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        del rect
        if self.calibration is None or not self.overlay_visible or self.geometry_ is None:
            return
        per_mm = self.calibration.px_per_mm * self._zoom  # screen pixels per mm
        fitting = [mm for mm in SCALE_BAR_CHOICES_MM if 70 <= mm * per_mm <= 220]
        if not fitting:
            return
        mm = 10 if 10 in fitting else fitting[0]
        length = mm * per_mm
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.viewport().rect()
        right, bottom = area.right() - 16, area.bottom() - 16
        plate = QRectF(right - length - 24, bottom - 46, length + 24, 46)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(plate, 6, 6)
        x0, y1 = right - 12 - length, bottom - 10
        segments = 5 if mm in (5, 10, 50, 100) else 4 if mm in (2, 20, 200) else 2
        step = length / segments
        for i in range(segments):
            painter.setBrush(QColor("white") if i % 2 == 0 else QColor("black"))
            painter.drawRect(QRectF(x0 + i * step, y1 - 8, step, 8))
        painter.setPen(QColor("white"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x0, y1 - 8, length, 8))
        font = QFont(painter.font())
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(x0, y1 - 32, length, 20), Qt.AlignmentFlag.AlignCenter, f"{mm} mm")
        painter.restore()
