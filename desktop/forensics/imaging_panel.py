"""The imaging studies (DICOM) of one examination: import, the list, a viewer, the header.

``ImagingPanel(context, undo_stack)`` is a tab of the examination area beside the photos. The
stored objects are evidence and never change; window and level are settings of the view only,
so they take no undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSlider,
    QSplitter,
    QStackedLayout,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from forensics.dicom import MalformedDicom, load_dataset
from forensics.dicom_window import DicomPicture, UnviewableDicom, Window, picture_from_dataset
from forensics.dossiers import DossierService
from forensics.imaging import ImagingObject, ImagingService, ImagingStudy
from secure_store.session import Session

from ..common.errors import error_text, show_error
from ..common.style import set_primary
from ..common.worker import Token
from ..shell.workspaces import WorkspaceContext
from .imaging_models import OBJECT_ROLE, HeaderModel, HeaderRow, StudyTreeModel, header_rows
from .imaging_view import DicomView
from .import_drop import DropImport, choose_import
from .import_outcome import ImportOutcome, imaging_outcome
from .import_status import ImportStatus
from .photo_style import PANEL_STYLE

Studies = list[tuple[ImagingStudy, list[ImagingObject]]]


@dataclass(frozen=True)
class _Opened:
    """A stored object read back and made viewable (or the reason it cannot be shown)."""

    object_id: str
    rows: list[HeaderRow]
    picture: DicomPicture | None
    problem: str


def _studies(session: Session, examination_id: str) -> tuple[Studies, bool]:
    dossiers = DossierService(session)
    imaging = ImagingService(dossiers)
    sealed = dossiers.examination(examination_id).is_sealed
    return [(s, imaging.objects(s.id)) for s in imaging.studies(examination_id)], sealed


def _open(session: Session, object_id: str) -> _Opened:
    data = ImagingService(DossierService(session)).object_bytes(object_id)
    ds = load_dataset(data)
    rows = header_rows(ds)
    try:
        return _Opened(object_id, rows, picture_from_dataset(ds), "")
    except (UnviewableDicom, MalformedDicom) as exc:  # shown instead; the header still shows
        return _Opened(object_id, rows, None, error_text(exc))


class ImagingPanel(DropImport, QWidget):
    """DICOM studies of one examination at a time, with a greyscale viewer."""

    def __init__(
        self, context: WorkspaceContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imagingPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.setAcceptDrops(True)
        self.context = context
        self.undo_stack = undo_stack  # window/level is a view setting: nothing to undo yet
        self.examination_id: str | None = None
        self.sealed = False
        self.opened: _Opened | None = None
        self._generation = 0
        self.studies = StudyTreeModel()
        self.header = HeaderModel()
        self.import_status = ImportStatus(self.tr("DICOM-objecten"))
        self.view = DicomView()
        self._build()
        self.import_status.finished.connect(lambda outcome: self._reload())
        self.import_status.failed.connect(lambda exc: self._reload())
        self.view.window_dragged.connect(self._window_dragged)
        # A bound method, not a lambda: the session reference outlives this panel, and Qt
        # drops a connection to a method when its object is destroyed.
        self.context.session.replaced.connect(self._session_replaced)
        self._show_state()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Beeldvorming (DICOM)"))
        title.setObjectName("subtitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.import_button = QPushButton(self.tr("DICOM importeren…"))
        self.import_button.setObjectName("dicomImport")
        set_primary(self.import_button)
        menu = QMenu(self.import_button)
        self.import_files_action = menu.addAction(self.tr("Bestanden kiezen…"))
        self.import_folder_action = menu.addAction(self.tr("Een map of cd…"))
        self.import_files_action.triggered.connect(lambda: self._choose(folder=False))
        self.import_folder_action.triggered.connect(lambda: self._choose(folder=True))
        self.import_button.setMenu(menu)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(self.import_button)
        self.tree = QTreeView()
        self.tree.setObjectName("studyTree")
        self.tree.setModel(self.studies)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for column in (1, 2):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._selected)
        self.empty = QLabel()
        self.empty.setObjectName("photoEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter()
        splitter.setObjectName("imagingSplitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(self._viewer_tabs())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 680])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(header)
        layout.addWidget(self.import_status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty, 1)

    def _viewer_tabs(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("imagingTabs")
        image_page = QWidget()
        self.problem = QLabel()
        self.problem.setObjectName("dicomProblem")
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_stack = QStackedLayout()
        self.image_stack.addWidget(self.view)
        self.image_stack.addWidget(self.problem)
        self.centre_slider = self._slider("dicomLevel")
        self.width_slider = self._slider("dicomWindow")
        self.centre_value = QLabel()
        self.width_value = QLabel()
        self.reset_button = QPushButton(self.tr("Standaardvenster"))
        self.reset_button.setObjectName("dicomResetWindow")
        self.reset_button.clicked.connect(self.reset_window)
        self.fit_button = QPushButton(self.tr("Passend"))
        self.fit_button.setObjectName("dicomFit")
        self.fit_button.clicked.connect(self.view.fit)
        self.info = QLabel()
        self.info.setObjectName("dicomInfo")
        controls = QGridLayout()
        controls.addWidget(QLabel(self.tr("Niveau (C)")), 0, 0)
        controls.addWidget(self.centre_slider, 0, 1)
        controls.addWidget(self.centre_value, 0, 2)
        controls.addWidget(QLabel(self.tr("Venster (W)")), 1, 0)
        controls.addWidget(self.width_slider, 1, 1)
        controls.addWidget(self.width_value, 1, 2)
        controls.addWidget(self.reset_button, 0, 3)
        controls.addWidget(self.fit_button, 1, 3)
        controls.setColumnStretch(1, 1)
        page = QVBoxLayout(image_page)
        page.setContentsMargins(0, 0, 0, 6)
        page.addLayout(self.image_stack, 1)
        page.addWidget(self.info)
        page.addLayout(controls)
        self.table = QTableView()
        self.table.setObjectName("dicomMetadata")
        self.table.setModel(self.header)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        self.tabs.addTab(image_page, self.tr("Beeld"))
        self.tabs.addTab(self.table, self.tr("Metagegevens"))
        return self.tabs

    def _slider(self, name: str) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(name)
        slider.valueChanged.connect(self._slid)
        return slider

    # -- the examination -----------------------------------------------------------------
    def set_examination(self, examination_id: str | None) -> None:
        """Show the imaging studies of ``examination_id`` (``None``: none open)."""
        if examination_id != self.examination_id:
            self.import_status.dismiss()
            self._show_object(None)
        self.examination_id = examination_id
        self._reload()

    def refresh(self) -> None:
        """Read the examination's studies again."""
        self._reload()

    def _reload(self) -> None:
        self._generation += 1
        generation, examination_id = self._generation, self.examination_id
        if examination_id is None:
            self.studies.set_studies([])
            self._show_state()
            return
        session = self.context.session.session

        def load(token: Token) -> tuple[Studies, bool]:
            del token
            return _studies(session, examination_id)

        def show(result: tuple[Studies, bool]) -> None:
            if generation == self._generation:
                self._show_studies(*result)

        self.context.workers.run("imaging.load", load, on_result=show, on_error=self._show_error)

    def _session_replaced(self, session: object) -> None:
        del session  # services read the new session from the reference when they run
        self._reload()

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _show_studies(self, studies: Studies, sealed: bool) -> None:
        self.sealed = sealed
        shown = self.opened.object_id if self.opened else None
        self.studies.set_studies(studies)
        self.tree.expandAll()
        self._show_state()
        target = self._index_of(shown) if shown else self.studies.first_object_index()
        if target.isValid():
            self.tree.setCurrentIndex(target)

    def _index_of(self, object_id: str) -> QModelIndex:
        for row in range(self.studies.rowCount()):
            study = self.studies.item(row)
            for child in range(study.rowCount()):
                obj = study.child(child).data(OBJECT_ROLE)
                if isinstance(obj, ImagingObject) and obj.id == object_id:
                    return study.child(child).index()
        return QModelIndex()

    def _show_state(self) -> None:
        has_exam, count = self.examination_id is not None, self.studies.object_count()
        self.import_button.setEnabled(
            has_exam and not self.sealed and not self.import_status.running
        )
        studies = self.studies.rowCount()
        text = (
            self.tr("1 onderzoek, {0} objecten")
            if studies == 1
            else self.tr("{1} onderzoeken, {0} objecten")
        )
        self.count_label.setText(text.format(count, studies) if has_exam else "")
        self.splitter.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        self.empty.setText(
            self.tr(
                "Nog geen beeldvorming bij dit onderzoek.\n\nSleep DICOM-bestanden of de map van "
                "een cd van het ziekenhuis hierheen, of kies ‘DICOM importeren…’."
            )
            if has_exam
            else self.tr("Kies een onderzoek om de beeldvorming te zien.")
        )

    # -- showing an object ---------------------------------------------------------------
    def _selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del deselected
        indexes = selected.indexes()
        obj = indexes[0].siblingAtColumn(0).data(OBJECT_ROLE) if indexes else None
        if isinstance(obj, ImagingObject):
            self.open_object(obj.id)

    def open_object(self, object_id: str) -> None:
        """Read the object (vault pool) and show it with its default window."""
        session, generation = self.context.session.session, self._generation

        def read(token: Token) -> _Opened:
            del token
            return _open(session, object_id)

        def show(opened: _Opened) -> None:
            if generation == self._generation:
                self._show_object(opened)

        self.context.workers.run("imaging.open", read, on_result=show, on_error=self._show_error)

    def _show_object(self, opened: _Opened | None) -> None:
        self.opened = opened
        self.header.set_rows(opened.rows if opened else [])
        picture = opened.picture if opened else None
        self.view.show_picture(picture)
        self.problem.setText(opened.problem if opened else "")
        self.image_stack.setCurrentIndex(1 if opened is not None and picture is None else 0)
        greyscale = picture is not None and picture.greyscale
        for widget in (self.centre_slider, self.width_slider, self.reset_button):
            widget.setEnabled(greyscale)
        if picture is not None and picture.default_window is not None:
            low, high = picture.value_range
            span = max(1, round(high - low))
            self._set_sliders(
                picture.default_window, (round(low) - span // 2, round(high) + span // 2), span * 2
            )
        self.info.setText(self._info(picture))

    def _info(self, picture: DicomPicture | None) -> str:
        if picture is None:
            return ""
        width, height = picture.size
        text = self.tr("{0} × {1} pixels").format(width, height)
        if picture.greyscale:
            low, high = picture.value_range
            text += " · " + self.tr("waarden {0} tot {1}").format(round(low), round(high))
        else:
            text += " · " + self.tr("kleurenbeeld (venster niet van toepassing)")
        if picture.frames > 1:
            text += " · " + self.tr("beeld 1 van {0}").format(picture.frames)
        return text

    # -- window and level ----------------------------------------------------------------
    def current_window(self) -> Window | None:
        """The window the view shows now."""
        return self.view.voi

    def set_window(self, window: Window) -> None:
        """Show the picture through ``window`` and move the sliders to it."""
        self.view.set_window(window)
        self._set_sliders(window)

    def reset_window(self) -> None:
        """Back to the window the file itself gives."""
        picture = self.view.picture
        if picture is not None and picture.default_window is not None:
            self.set_window(picture.default_window)

    def _set_sliders(
        self, window: Window, centre_range: tuple[int, int] | None = None, max_width: int = 0
    ) -> None:
        for slider in (self.centre_slider, self.width_slider):
            slider.blockSignals(True)
        if centre_range is not None:
            self.centre_slider.setRange(*centre_range)
            self.width_slider.setRange(1, max(max_width, 2))
        self.centre_slider.setValue(round(window.centre))
        self.width_slider.setValue(round(window.width))
        for slider in (self.centre_slider, self.width_slider):
            slider.blockSignals(False)
        self.centre_value.setText(f"{round(window.centre)}")
        self.width_value.setText(f"{round(window.width)}")

    def _slid(self, value: int) -> None:
        del value
        window = Window(self.centre_slider.value(), max(1, self.width_slider.value()))
        self.view.set_window(window)
        self.centre_value.setText(str(self.centre_slider.value()))
        self.width_value.setText(str(self.width_slider.value()))

    def _window_dragged(self, window: Window) -> None:
        self._set_sliders(window)

    # -- import --------------------------------------------------------------------------
    def import_paths(self, paths: Sequence[Path]) -> bool:
        """Import DICOM files and folders into the open examination, in the background.

        Returns:
            False when nothing was started (no examination, sealed, an import still running).
        """
        examination_id = self.examination_id
        if examination_id is None or self.sealed or self.import_status.running or not paths:
            return False
        session, files = self.context.session.session, [Path(p) for p in paths]
        duplicate = self.tr("Dit object staat al in dit onderzoek.")

        def run(token: Token) -> ImportOutcome:
            report = ImagingService(DossierService(session)).import_files(
                examination_id, files, progress=token.progress, cancelled=token.cancelled
            )
            return imaging_outcome(report, duplicate)

        self.import_status.start(self.context.workers, "imaging.import", run)
        self._show_state()
        return True

    def _choose(self, *, folder: bool) -> None:
        filters = [self.tr("DICOM (*.dcm *.DCM *.dicom)"), self.tr("Alle bestanden (*)")]
        title = self.tr("DICOM importeren")
        choose_import(self, title, "dicomImportDialog", filters, self.import_paths, folder=folder)
