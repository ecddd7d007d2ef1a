"""A client's screening plan as a timeline: a painted strip and a table with the same entries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from opvang.follow_up import follow_up_gap
from opvang.follow_ups import StoredFollowUp
from opvang.instruments import Instrument
from opvang.screening_plan import PlannedKind
from opvang.screenings import TimelineEntry, TimelineStatus

from ..common import style
from ..common.row_models import Index, RowsTableModel
from .tasks import dutch_date

STATUS_COLOURS = {
    TimelineStatus.DONE: QColor(style.OK),
    TimelineStatus.OVERDUE: QColor(style.ALARM),
    TimelineStatus.DUE: QColor("#c47f00"),
    TimelineStatus.PLANNED: QColor("#9fb3c8"),
}
ROW_BACKGROUNDS = {
    TimelineStatus.OVERDUE: QColor("#fdecea"),
    TimelineStatus.DUE: QColor("#fff4e5"),
}


class TimelineStrip(QWidget):
    """Dots on a date axis from intake to the last planned moment, with today marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screeningTimeline")
        self.entries: list[TimelineEntry] = []
        self.today = date.today()
        self.start = self.today
        self.setMinimumHeight(92)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_entries(self, entries: list[TimelineEntry], start: date, today: date) -> None:
        self.entries, self.start, self.today = list(entries), start, today
        self.update()

    def _x(self, day: date, first: date, last: date, width: float) -> float:
        span = max((last - first).days, 1)
        return 40 + (width - 80) * (day - first).days / span

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.entries:
            return
        days = [e.day for e in self.entries] + [self.start, self.today]
        first, last = min(days), max(days)
        width, axis = float(self.width()), 34.0
        painter.setPen(QPen(QColor(style.LINE), 2))
        painter.drawLine(QPointF(40, axis), QPointF(width - 40, axis))
        x_today = self._x(self.today, first, last, width)
        painter.setPen(QPen(QColor(style.ACCENT), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x_today, 8), QPointF(x_today, axis + 14))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        painter.setPen(QColor(style.ACCENT))
        painter.drawText(
            QRectF(x_today - 40, 0, 80, 12), Qt.AlignmentFlag.AlignCenter, self.tr("vandaag")
        )
        for n, entry in enumerate(self.entries):
            x = self._x(entry.day, first, last, width)
            colour = STATUS_COLOURS[entry.status]
            painter.setPen(QPen(colour, 2))
            filled = entry.status is not TimelineStatus.PLANNED
            painter.setBrush(QBrush(colour) if filled else QBrush(QColor("white")))
            painter.drawEllipse(QPointF(x, axis), 7, 7)
            painter.setPen(QColor(style.INK))
            label = dutch_date(entry.day)[:5]
            # Alternate label rows so neighbouring moments do not overlap.
            y = axis + 14 + (n % 2) * 16
            painter.drawText(QRectF(x - 45, y, 90, 16), Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


class TimelineModel(RowsTableModel[TimelineEntry]):
    """Rows are timeline entries: moment, date, instrument, status, outcome, follow-up."""

    def __init__(self) -> None:
        super().__init__([
            self.tr("Moment"), self.tr("Datum"), self.tr("Instrument"), self.tr("Status"),
            self.tr("Uitkomst"), self.tr("Vervolg"),
        ])  # fmt: skip
        self.follow_ups: list[StoredFollowUp] = []
        self.instruments: dict[str, Instrument] = {}

    def set_timeline(
        self,
        entries: list[TimelineEntry],
        follow_ups: list[StoredFollowUp],
        instruments: dict[str, Instrument],
    ) -> None:
        self.follow_ups, self.instruments = list(follow_ups), instruments
        self.set_rows(entries)

    def follow_ups_of(self, entry: TimelineEntry) -> list[StoredFollowUp]:
        if entry.screening is None:
            return []
        return [f for f in self.follow_ups if f.screening_id == entry.screening.id]

    def _instrument(self, entry: TimelineEntry) -> str:
        kind = (
            entry.screening.kind
            if entry.screening
            else (entry.planned.kind if entry.planned else None)
        )
        if kind is PlannedKind.OBSERVATION:
            return self.tr("observatie door specialist")
        ident = (entry.screening.instrument_id if entry.screening else None) or (
            entry.planned.instrument_id if entry.planned else None
        )
        instrument = self.instruments.get(ident or "")
        return (
            instrument.name["nl"].split(" – ")[0] + f" ({instrument.respondent.label})"
            if instrument
            else ident or ""
        )

    def _outcome(self, entry: TimelineEntry) -> str:
        s = entry.screening
        if s is None:
            return ""
        if s.result is None:
            need = self.tr("behandeling nodig") if s.positive else self.tr("geen behandeling nodig")
            return f"{need}: {s.findings}"
        verdict = self.tr("positief") if s.positive else self.tr("niet positief")
        return self.tr("totaal {0}, {1}").format(s.result.total, verdict)

    def _follow_up(self, entry: TimelineEntry) -> str:
        s = entry.screening
        if s is None or not s.positive:
            return ""
        mine = self.follow_ups_of(entry)
        if mine:
            last = mine[-1].follow_up
            return f"{last.status.label}: {last.offer}"
        if s.result is not None:
            return follow_up_gap(s.result, None) or ""
        return self.tr("Doe een behandelaanbod en leg het vast.")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            purpose = entry.planned.purpose.label if entry.planned else self.tr("extra screening")
            values = (
                purpose.capitalize(), dutch_date(entry.day), self._instrument(entry),
                entry.status.label, self._outcome(entry), self._follow_up(entry),
            )  # fmt: skip
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return ROW_BACKGROUNDS.get(entry.status)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return STATUS_COLOURS[entry.status]
        if role == Qt.ItemDataRole.FontRole and index.column() == 3:
            font = QFont()
            font.setBold(entry.status in (TimelineStatus.OVERDUE, TimelineStatus.DUE))
            return font
        return None
