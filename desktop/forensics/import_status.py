"""An import running in the background, shown inline: count, bar, cancel; then a calm result.

Not a modal dialog: the physician keeps looking at the photos already there while the rest
comes in. The operation runs through :class:`~desktop.common.worker.Workers`; this widget only
shows what its task reports. When it ends, the result says how many came in and lists every
file that did not, with the reason, until the user closes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..common.errors import error_text
from ..common.worker import Pool, Task, Token, Workers
from .import_outcome import ImportOutcome

ImportOperation = Callable[[Token], ImportOutcome]
# The result list shows this many rows before it scrolls.
VISIBLE_PROBLEMS = 6


class ImportStatus(QFrame):
    """Progress of one import at a time, then its result; hidden when there is neither.

    Args:
        noun: What is imported, plural, for the texts ("foto's", "DICOM-bestanden").

    Signals:
        finished(object): the :class:`ImportOutcome`, after the task ended without error.
        failed(object): the exception, when the whole import failed (e.g. a sealed examination).
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importStatus")
        self.noun = noun
        self.task: Task | None = None
        self.outcome: ImportOutcome | None = None
        # Two pages shown one at a time in a plain box layout: a stacked layout would keep the
        # height of the taller result page while the one-line progress shows.
        self.progress_page, self.result_page = self._progress_page(), self._result_page()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_page)
        layout.addWidget(self.result_page)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    # -- building ------------------------------------------------------------------------
    def _progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("importProgressLabel")
        bold = self.progress_label.font()
        bold.setBold(True)
        self.progress_label.setFont(bold)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgressBar")
        self.progress_bar.setFormat(self.tr("%v van %m"))
        self.progress_bar.setTextVisible(True)
        self.progress_hint = QLabel(self.tr("U kunt intussen gewoon verder werken."))
        self.progress_hint.setObjectName("hint")
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(page)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.progress_hint)
        row.addWidget(self.cancel_button)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setObjectName("importResultLabel")
        self.result_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.setObjectName("importResultClose")
        self.close_button.clicked.connect(self.dismiss)
        self.problems_model = QStandardItemModel(0, 2, self)
        self.problems_model.setHorizontalHeaderLabels([self.tr("Bestand"), self.tr("Reden")])
        self.problems_view = QTableView()
        self.problems_view.setObjectName("importProblems")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.problems_view.setWordWrap(True)
        self.problems_view.verticalHeader().hide()
        self.problems_view.setShowGrid(False)
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.result_label, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.problems_view)
        return page

    # -- running -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether an import is in progress."""
        return self.task is not None and not self.task.finished

    def start(self, workers: Workers, name: str, operation: ImportOperation) -> Task:
        """Run ``operation`` and show its progress until it ends.

        Imports run on the CPU pool: decoding and encrypting is most of the work, the session
        serialises its own statements, and the vault queue stays free for the viewer meanwhile.
        """
        self.outcome = None
        self.progress_label.setText(self.tr("{0} importeren").format(self.noun.capitalize()))
        self.progress_bar.setRange(0, 0)  # busy until the first count arrives
        self.progress_hint.setText(self.tr("U kunt intussen gewoon verder werken."))
        self.cancel_button.setEnabled(True)
        self._page(0)
        self.setProperty("state", "running")
        self._repolish()
        self.show()
        self.task = workers.run(
            name,
            operation,
            pool=Pool.CPU,
            on_progress=self._progressed,
            on_result=self._succeeded,
            on_error=self._failed,
        )
        return self.task

    def cancel(self) -> None:
        """Ask the running import to stop; photos already complete are kept, none half."""
        if self.task is None:
            return
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Bezig met afbreken…"))
        self.progress_hint.setText(self.tr("Wat al helemaal is ingelezen, blijft bewaard."))

    def dismiss(self) -> None:
        """Close the result."""
        self.outcome = None
        self.hide()

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _succeeded(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self._show_result(outcome)
        self.finished.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self.outcome = None
        self.result_label.setText(error_text(exc))
        self.problems_model.removeRows(0, self.problems_model.rowCount())
        self.problems_view.hide()
        self._page(1)
        self.setProperty("state", "problems")
        self._repolish()
        self.failed.emit(exc)

    # -- the result ----------------------------------------------------------------------
    def _show_result(self, outcome: ImportOutcome) -> None:
        self.result_label.setText(self.summary(outcome))
        self.problems_model.removeRows(0, self.problems_model.rowCount())
        for problem in outcome.problems:
            name, reason = QStandardItem(problem.name), QStandardItem(problem.reason)
            name.setToolTip(problem.name)
            reason.setToolTip(problem.reason)
            self.problems_model.appendRow([name, reason])
        self.problems_view.setVisible(bool(outcome.problems))
        self.problems_view.resizeRowsToContents()
        rows = min(len(outcome.problems), VISIBLE_PROBLEMS)
        row_height = self.problems_view.verticalHeader().defaultSectionSize()
        header = self.problems_view.horizontalHeader().sizeHint().height()
        self.problems_view.setFixedHeight(header + rows * int(row_height * 1.6) + 4)
        self._page(1)
        self.setProperty("state", "problems" if outcome.problems else "done")
        self._repolish()

    def summary(self, outcome: ImportOutcome) -> str:
        """One or two calm sentences: what came in, and what did not."""
        parts = [
            self.tr("Import afgebroken: {0} {1} geïmporteerd, de rest is niet ingelezen.")
            if outcome.cancelled
            else self.tr("{0} {1} geïmporteerd."),
        ]
        text = parts[0].format(outcome.imported, self.noun)
        if outcome.failures:
            text += " " + self.tr(
                "{0} bestand(en) niet geïmporteerd; de reden staat erbij."
            ).format(len(outcome.failures))
        if outcome.duplicates:
            text += " " + self.tr("{0} bestand(en) waren al aanwezig en zijn overgeslagen.").format(
                len(outcome.duplicates)
            )
        if outcome.skipped:
            text += " " + self.tr("{0} indexbestand(en) (DICOMDIR) overgeslagen.").format(
                outcome.skipped
            )
        return text

    def _page(self, index: int) -> None:
        self.progress_page.setVisible(index == 0)
        self.result_page.setVisible(index == 1)

    def _repolish(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
