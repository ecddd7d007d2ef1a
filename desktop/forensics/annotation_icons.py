"""Small line icons for the viewer's tools, drawn in code (no image files to keep in sync)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from .annotation_tools import Tool

SIZE = 40  # drawn at 2x for sharpness, shown at 20 px
INK = QColor("#243b53")
_Draw = Callable[[QPainter], None]


def tool_icon(tool: Tool) -> QIcon:
    """The icon of ``tool``."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(INK, 3.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    _DRAW[tool](painter)
    painter.end()
    return QIcon(pixmap)


def _select(p: QPainter) -> None:
    p.setBrush(INK)
    p.drawPolygon(QPolygonF([QPointF(12, 6), QPointF(12, 32), QPointF(18, 26), QPointF(23, 35),
                             QPointF(27, 33), QPointF(22, 24), QPointF(30, 24)]))  # fmt: skip


def _calibrate(p: QPainter) -> None:
    p.drawRect(QRectF(4, 14, 32, 12))
    for i, x in enumerate(range(8, 36, 5)):
        p.drawLine(QPointF(x, 14), QPointF(x, 19 if i % 2 else 22))


def _length(p: QPainter) -> None:
    p.drawLine(QPointF(7, 30), QPointF(33, 10))
    for x, y in ((7, 30), (33, 10)):
        p.drawLine(QPointF(x - 4, y - 5), QPointF(x + 4, y + 5))


def _path_length(p: QPainter) -> None:
    path = QPainterPath(QPointF(5, 30))
    path.lineTo(QPointF(15, 14))
    path.lineTo(QPointF(25, 26))
    path.lineTo(QPointF(35, 10))
    p.drawPath(path)
    for point in (QPointF(5, 30), QPointF(35, 10)):
        p.drawEllipse(point, 2.5, 2.5)


def _area(p: QPainter) -> None:
    p.setBrush(QColor(36, 59, 83, 60))
    p.drawPolygon(QPolygonF([QPointF(6, 28), QPointF(12, 8), QPointF(30, 10), QPointF(34, 30),
                             QPointF(18, 34)]))  # fmt: skip


def _arrow(p: QPainter) -> None:
    p.drawLine(QPointF(7, 33), QPointF(29, 11))
    p.setBrush(INK)
    p.drawPolygon(QPolygonF([QPointF(34, 6), QPointF(22, 10), QPointF(30, 18)]))


def _ellipse(p: QPainter) -> None:
    p.drawEllipse(QRectF(5, 10, 30, 20))


def _polyline(p: QPainter) -> None:
    path = QPainterPath(QPointF(5, 28))
    path.cubicTo(QPointF(12, 4), QPointF(22, 38), QPointF(35, 12))
    p.drawPath(path)


def _text(p: QPainter) -> None:
    font = QFont()
    font.setPixelSize(28)
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, "T")


def _marker(p: QPainter) -> None:
    p.setBrush(INK)
    p.drawEllipse(QPointF(20, 20), 14, 14)
    font = QFont()
    font.setPixelSize(18)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, "1")


_DRAW: dict[Tool, _Draw] = {
    Tool.SELECT: _select, Tool.CALIBRATE: _calibrate, Tool.LENGTH: _length,
    Tool.PATH_LENGTH: _path_length, Tool.AREA: _area, Tool.ARROW: _arrow,
    Tool.ELLIPSE: _ellipse, Tool.POLYLINE: _polyline, Tool.TEXT: _text, Tool.MARKER: _marker,
}  # fmt: skip
