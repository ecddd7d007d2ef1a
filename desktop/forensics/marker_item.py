"""A numbered injury marker on the body map: selectable, and movable by dragging."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..common.style import ACCENT, ALARM

RADIUS = 11.0  # screen pixels: markers keep their size when the drawing is scaled
HALO = 5.0


class InjuryMarker(QGraphicsObject):
    """The marker of one injury; ``number`` is the injury's number in its examination.

    Signals:
        dragged(str, QPointF, QPointF): the injury id, and the scene positions before and after
            a drag (only when the marker really moved).
    """

    dragged = Signal(str, QPointF, QPointF)

    def __init__(self, injury_id: str, number: int, movable: bool = True) -> None:
        super().__init__()
        self.injury_id = injury_id
        self.number = number
        self.flagged = False
        self._press_pos: QPointF | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setCursor(
            Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.PointingHandCursor
        )
        self.setZValue(10)
        self.setToolTip(self.tr("Letsel {0}").format(number))

    def set_number(self, number: int) -> None:
        if number != self.number:
            self.number = number
            self.setToolTip(self.tr("Letsel {0}").format(number))
            self.update()

    def set_flagged(self, flagged: bool) -> None:
        if flagged != self.flagged:
            self.flagged = flagged
            self.update()

    def set_movable(self, movable: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)

    def boundingRect(self) -> QRectF:
        extent = RADIUS + HALO + 1
        return QRectF(-extent, -extent, 2 * extent, 2 * extent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        del option, widget
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(ALARM if self.flagged else ACCENT)
        if self.isSelected():
            halo = QColor(colour)
            halo.setAlpha(70)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(QPointF(0, 0), RADIUS + HALO, RADIUS + HALO)
        painter.setPen(QPen(QColor("white"), 2.0))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(QPointF(0, 0), RADIUS, RADIUS)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(12 if self.number < 10 else 11 if self.number < 100 else 9)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(
            QRectF(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS),
            Qt.AlignmentFlag.AlignCenter,
            str(self.number),
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press_pos = QPointF(self.pos())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._press_pos = self._press_pos, None
        if start is not None and start != self.pos():
            self.dragged.emit(self.injury_id, start, QPointF(self.pos()))


class PendingMarker(QGraphicsItem):
    """Where the injury being described will go, while its form is open."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(11)

    def boundingRect(self) -> QRectF:
        extent = RADIUS + 2
        return QRectF(-extent, -extent, 2 * extent, 2 * extent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        del option, widget
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(ACCENT), 2.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(ACCENT)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(0, 0), RADIUS, RADIUS)
        painter.drawLine(QPointF(-4, 0), QPointF(4, 0))
        painter.drawLine(QPointF(0, -4), QPointF(0, 4))
