"""Overzicht: what needs attention today, and the monitoring figures of a period as a chart.

The figures are computed from the stored records (:class:`opvang.figures.MonitoringService`);
the CSV export holds counts only and leaves through the audited export door.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from opvang.concerns import ConcernService
from opvang.figures import MonitoringService
from opvang.handle_with_care import SignalStatus
from opvang.households import HouseholdService
from opvang.monitoring import Period, PeriodFigures
from opvang.safety_plans import SafetyPlanService
from opvang.school_signals import SchoolSignalService
from opvang.screening_plan import ClientKind
from opvang.screenings import ScreeningService
from secure_store.export import ExportReceipt
from secure_store.session import Session

from ..common import style
from ..shell.workspaces import WorkspaceContext
from .bar_chart import BarChart, Series
from .tasks import dutch_date, run_vault, show_opvang_error

SUPPRESS_BELOW = 5
FIGURES = (
    "intakes",
    "in_care",
    "exits",
    "screening_due",
    "screened",
    "positive",
    "treatment_offered",
    "treatment_started",
    "school_signals_due",
    "school_signals_on_time",
)


def quarter_of(day: date, back: int = 0) -> Period:
    """The calendar quarter of ``day``, or ``back`` quarters before it."""
    index = (day.year * 4 + (day.month - 1) // 3) - back

    def first_day(n: int) -> date:
        year, quarter = divmod(n, 4)
        return date(year, quarter * 3 + 1, 1)

    return Period(first_day(index), first_day(index + 1) - timedelta(days=1))


@dataclass(frozen=True)
class DashboardData:
    """What the overview shows."""

    figures: PeriodFigures
    overdue_screenings: int
    overdue_signals: int
    open_concerns: int
    reviews_due: int
    households_in_care: int


def load_dashboard(session: Session, period: Period) -> DashboardData:
    """Read the figures and today's attention points (vault worker)."""
    return DashboardData(
        figures=MonitoringService(session).figures(period),
        overdue_screenings=sum(1 for d in ScreeningService(session).due_list() if d.overdue),
        overdue_signals=sum(
            1
            for s in SchoolSignalService(session).all(open_only=True)
            if s.status is SignalStatus.OVERDUE
        ),
        open_concerns=len(ConcernService(session).open_concerns()),
        reviews_due=len(SafetyPlanService(session).due_for_review()),
        households_in_care=len(HouseholdService(session).list(in_care_only=True)),
    )


class Tile(QFrame):
    """A number with a caption; red when something is late."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.number = QLabel("–")
        self.number.setObjectName(name)
        self.number.setStyleSheet("font-size: 20pt; font-weight: bold;")
        text = QLabel(caption)
        text.setObjectName("hint")
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.number)
        layout.addWidget(text)

    def set_value(self, value: int, alarm: bool) -> None:
        self.number.setText(str(value))
        colour = style.ALARM if alarm and value else style.INK
        self.number.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {colour};")


class DashboardPage(QWidget):
    """Tiles for today, the chart for a period, and the CSV export."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.context = context
        self.data: DashboardData | None = None
        self.tiles = {
            "overdue_screenings": Tile("tileScreenings", self.tr("screenings te laat")),
            "overdue_signals": Tile("tileSignals", self.tr("schoolsignalen te laat")),
            "open_concerns": Tile("tileConcerns", self.tr("meldcode-zorgen lopen")),
            "reviews_due": Tile("tileReviews", self.tr("veiligheidsplannen te evalueren")),
            "households_in_care": Tile("tileHouseholds", self.tr("huishoudens in zorg")),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("dashboardPeriod")
        for back, text in (
            (0, self.tr("dit kwartaal")),
            (1, self.tr("vorig kwartaal")),
            (-4, self.tr("dit jaar")),
        ):
            self.period_combo.addItem(text, back)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.period_label = QLabel()
        self.period_label.setObjectName("hint")
        self.chart = BarChart(
            (Series(self.tr("kinderen"), style.ACCENT), Series(self.tr("volwassenen"), "#9fb3c8"))
        )
        self.suppress = QCheckBox(
            self.tr(
                "In de export aantallen van 1 tot {0} verbergen (kleine aantallen kunnen naar een persoon wijzen)"
            ).format(SUPPRESS_BELOW)
        )
        self.suppress.setObjectName("dashboardSuppress")
        self.suppress.setChecked(True)
        self.export_button = QPushButton(self.tr("Cijfers exporteren (CSV)…"))
        self.export_button.setObjectName("dashboardExport")
        self.export_button.clicked.connect(self.choose_export)
        self.result = QLabel()
        self.result.setObjectName("dashboardExportResult")
        self.result.setWordWrap(True)
        figures = QGroupBox(self.tr("In-, door- en uitstroom, screening en schoolsignalen"))
        figures_layout = QVBoxLayout(figures)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periode")))
        top.addWidget(self.period_combo)
        top.addWidget(self.period_label, 1)
        figures_layout.addLayout(top)
        figures_layout.addWidget(self.chart)
        export = QGridLayout()
        export.addWidget(self.suppress, 0, 0)
        export.addWidget(self.export_button, 0, 1)
        export.setColumnStretch(0, 1)
        figures_layout.addLayout(export)
        figures_layout.addWidget(self.result)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        heading = QLabel(self.tr("Vandaag"))
        heading.setObjectName("subtitle")
        layout.addWidget(heading)
        layout.addLayout(tiles)
        layout.addWidget(figures)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    def period(self) -> Period:
        today = self.context.clock.now().astimezone().date()
        back = int(self.period_combo.currentData())
        if back < 0:
            return Period(date(today.year, 1, 1), date(today.year, 12, 31))
        return quarter_of(today, back)

    def reload(self) -> None:
        period = self.period()
        run_vault(
            self.context, self, "opvang.dashboard", lambda s: load_dashboard(s, period), self._show
        )

    def _show(self, data: DashboardData) -> None:
        self.data = data
        for key, tile in self.tiles.items():
            tile.set_value(getattr(data, key), key.startswith("overdue") or key == "reviews_due")
        figures = data.figures
        self.period_label.setText(
            self.tr("{0} t/m {1}").format(
                dutch_date(figures.period.start), dutch_date(figures.period.end)
            )
        )
        children, adults = figures.groups[ClientKind.CHILD], figures.groups[ClientKind.ADULT]
        labels = {
            "intakes": self.tr("Instroom (intakes)"), "in_care": self.tr("In zorg"),
            "exits": self.tr("Uitstroom"), "screening_due": self.tr("Screening gepland"),
            "screened": self.tr("Gescreend"), "positive": self.tr("Positief gescreend"),
            "treatment_offered": self.tr("Behandelaanbod gedaan"),
            "treatment_started": self.tr("Behandeling gestart"),
            "school_signals_due": self.tr("Schoolsignaal nodig"),
            "school_signals_on_time": self.tr("Schoolsignaal binnen 24 uur"),
        }  # fmt: skip
        self.chart.set_rows(
            [(labels[key], (getattr(children, key), getattr(adults, key))) for key in FIGURES]
        )

    def choose_export(self) -> None:
        period = self.period()
        name = f"opvang-cijfers-{period.start.isoformat()}-{period.end.isoformat()}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Cijfers exporteren"), name, self.tr("CSV (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, dest: Path) -> None:
        """Write the period's figures as CSV (vault worker)."""
        period = self.period()
        suppress = SUPPRESS_BELOW if self.suppress.isChecked() else 0

        def export(session: Session) -> ExportReceipt:
            return MonitoringService(session).export_csv(dest, period, suppress)

        self.export_button.setEnabled(False)

        def done(receipt: ExportReceipt) -> None:
            self.export_button.setEnabled(True)
            self.result.setText(
                self.tr(
                    "Cijfers opgeslagen in {0} (alleen aantallen, geen persoonsgegevens)."
                ).format(receipt.path)
            )

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_opvang_error(self, exc)

        run_vault(self.context, self, "opvang.dashboard.export", export, done, failed)
