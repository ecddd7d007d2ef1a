"""A radiograph on screen, windowed: drag with the mouse to change window and level.

Dragging right widens the window (less contrast), dragging down raises the level (darker), as
in most PACS viewers; the wheel zooms. The picture is windowed with
:meth:`forensics.dicom_window.DicomPicture.render` — a lookup in C — so dragging stays fluid.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView

from forensics.dicom_window import DicomPicture, Window

from .photo_images import image_from_pil

# Modality units of window change per pixel of drag, as a share of the picture's value range.
DRAG_SENSITIVITY = 1 / 400


class DicomView(QGraphicsView):
    """Shows one :class:`DicomPicture` through a window.

    Signals:
        window_dragged(object): the new :class:`Window` after a mouse drag step.
    """

    window_dragged = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("dicomView")
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QColor("#0d1014"))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.viewport().setCursor(Qt.CursorShape.SizeAllCursor)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.picture: DicomPicture | None = None
        self.voi: Window | None = None
        self._drag_from: QPoint | None = None
        self._fitted = True

    def show_picture(self, picture: DicomPicture | None) -> None:
        """Show ``picture`` through its default window (``None`` clears the view)."""
        self.picture = picture
        self.voi = picture.default_window if picture is not None else None
        if picture is None:
            self.item.setPixmap(QPixmap())
            return
        self._render()
        width, height = picture.size
        self.scene().setSceneRect(QRectF(0, 0, width, height))
        self.fit()

    def set_window(self, window: Window) -> None:
        """Window the shown picture (greyscale only)."""
        if self.picture is None or not self.picture.greyscale:
            return
        self.voi = window
        self._render()

    def rendered(self) -> QPixmap:
        """What is on screen now (for tests and the report's 'as seen')."""
        return self.item.pixmap()

    def _render(self) -> None:
        assert self.picture is not None
        self.item.setPixmap(QPixmap.fromImage(image_from_pil(self.picture.render(self.voi))))

    def fit(self) -> None:
        self._fitted = True
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self._fitted = False
            self.scale(1.25**steps, 1.25**steps)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._windowable():
            self._drag_from = event.position().toPoint()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None or self.picture is None or self.voi is None:
            super().mouseMoveEvent(event)
            return
        position = event.position().toPoint()
        delta = position - self._drag_from
        self._drag_from = position
        low, high = self.picture.value_range
        step = max(high - low, 1.0) * DRAG_SENSITIVITY
        window = Window(
            self.voi.centre + delta.y() * step, max(1.0, self.voi.width + delta.x() * step)
        )
        self.set_window(window)
        self.window_dragged.emit(window)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def _windowable(self) -> bool:
        return self.picture is not None and self.picture.greyscale and self.voi is not None
