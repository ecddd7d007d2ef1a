"""A small horizontal grouped bar chart drawn with QPainter (no QtCharts needed)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..common import style

BAR_HEIGHT = 11
ROW_GAP = 9
LEGEND_HEIGHT = 26


@dataclass(frozen=True)
class Series:
    """One colour of bars with its legend text."""

    name: str
    colour: str


class BarChart(QWidget):
    """Rows of labelled bars, one bar per series in each row, values at the bar ends."""

    def __init__(self, series: tuple[Series, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.series = series
        self.rows: list[tuple[str, tuple[int, ...]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_rows(self, rows: list[tuple[str, tuple[int, ...]]]) -> None:
        """``(label, value per series)`` for each row."""
        self.rows = list(rows)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return BAR_HEIGHT * len(self.series) + ROW_GAP

    def sizeHint(self) -> QSize:
        return QSize(600, LEGEND_HEIGHT + self._row_height() * max(len(self.rows), 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = QFontMetrics(self.font())
        label_width = max([metrics.horizontalAdvance(label) for label, _ in self.rows] + [80]) + 16
        x = 8.0
        for s in self.series:
            painter.fillRect(QRectF(x, 8, 12, 12), QColor(s.colour))
            painter.setPen(QColor(style.INK))
            painter.drawText(QRectF(x + 18, 4, 220, 20), Qt.AlignmentFlag.AlignVCenter, s.name)
            x += 36 + metrics.horizontalAdvance(s.name)
        top = float(LEGEND_HEIGHT)
        peak = max([v for _, values in self.rows for v in values] + [1])
        room = max(self.width() - label_width - 50, 40)
        for label, values in self.rows:
            painter.setPen(QColor(style.INK))
            painter.drawText(
                QRectF(8, top, label_width - 16, BAR_HEIGHT * len(self.series)),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label,
            )  # fmt: skip
            for n, (value, s) in enumerate(zip(values, self.series, strict=True)):
                y = top + n * BAR_HEIGHT
                width = room * value / peak
                painter.fillRect(
                    QRectF(label_width, y + 1, width, BAR_HEIGHT - 2), QColor(s.colour)
                )
                painter.setPen(QColor(style.MUTED))
                painter.drawText(
                    QRectF(label_width + width + 4, y - 2, 44, BAR_HEIGHT + 4),
                    Qt.AlignmentFlag.AlignVCenter, str(value),
                )  # fmt: skip
            top += self._row_height()
        painter.end()
