"""The photos of one examination: import, the grid with the series checklist, the viewer.

``PhotosPanel(context, undo_stack)`` is a tab of the examination area; the workspace calls
:meth:`PhotosPanel.set_examination` when another examination is opened and may forward drops
with :meth:`PhotosPanel.import_paths`. Everything that touches the vault runs through the
workers; the panel only shows results.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forensics.dossiers import DossierService
from forensics.injuries import InjuryService
from forensics.photos import Photo, PhotoService
from forensics.records import PhotoCategory
from secure_store.session import Session

from ..common.errors import show_error
from ..common.style import set_primary
from ..common.worker import Token
from ..shell.workspaces import WorkspaceContext
from .import_drop import DropImport, choose_import
from .import_outcome import ImportOutcome, photo_outcome
from .import_status import ImportStatus
from .photo_checklist import SeriesChecklistModel
from .photo_editor import PhotoEditor
from .photo_grid import CARD, PhotoCardDelegate, PhotoGridModel
from .photo_images import image_from_jpeg
from .photo_links import InjuryChoice, InjuryLinkModel, injury_choices
from .photo_style import PANEL_STYLE
from .photo_viewer_page import PhotoViewerPage

PHOTO_FILTER = "*.jpg *.jpeg *.jpe *.png *.tif *.tiff *.heic *.heif"


@dataclass
class _Loaded:
    """An examination's photo state, read in one vault task."""

    examination_id: str
    photos: list[Photo] = field(default_factory=list)
    thumbnails: dict[str, QImage] = field(default_factory=dict)
    injuries: list[InjuryChoice] = field(default_factory=list)
    checklist: dict[str, dict[PhotoCategory, bool]] = field(default_factory=dict)
    sealed: bool = False


def _load(session: Session, examination_id: str) -> _Loaded:
    dossiers = DossierService(session)
    photos = PhotoService(dossiers)
    loaded = _Loaded(examination_id)
    loaded.sealed = dossiers.examination(examination_id).is_sealed
    loaded.photos = photos.photos(examination_id)
    loaded.thumbnails = {p.id: image_from_jpeg(photos.thumbnail(p.id)) for p in loaded.photos}
    loaded.injuries = injury_choices(InjuryService(dossiers).of_examination(examination_id))
    loaded.checklist = photos.series_checklist(examination_id)
    return loaded


class PhotosPanel(DropImport, QWidget):
    """Photo import, overview and viewer for one examination at a time."""

    def __init__(
        self, context: WorkspaceContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photosPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.setAcceptDrops(True)
        self.context = context
        self.undo_stack = undo_stack
        self.examination_id: str | None = None
        self.sealed = False
        self._generation = 0
        self.editor = PhotoEditor(context, self)
        self.links = InjuryLinkModel()
        self.model = PhotoGridModel()
        self.checklist = SeriesChecklistModel()
        self.import_status = ImportStatus(self.tr("foto's"))
        self.viewer = PhotoViewerPage(context, undo_stack, self.editor, self.links)
        self.pages = QStackedWidget()
        self.pages.setObjectName("photoPages")
        self.pages.addWidget(self._grid_page())
        self.pages.addWidget(self.viewer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._connect()
        self._show_state()

    # -- building ------------------------------------------------------------------------
    def _grid_page(self) -> QWidget:
        page = QWidget()
        self.title = QLabel(self.tr("Foto's"))
        self.title.setObjectName("subtitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.import_button = QPushButton(self.tr("Importeren…"))
        self.import_button.setObjectName("photoImport")
        set_primary(self.import_button)
        menu = QMenu(self.import_button)
        self.import_files_action = menu.addAction(self.tr("Foto's kiezen…"))
        self.import_files_action.setObjectName("photoImportFiles")
        self.import_folder_action = menu.addAction(self.tr("Een map met foto's…"))
        self.import_folder_action.setObjectName("photoImportFolder")
        self.import_button.setMenu(menu)
        self.drop_hint = QLabel(self.tr("of sleep foto's of een map hierheen"))
        self.drop_hint.setObjectName("hint")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(self.drop_hint)
        header.addWidget(self.import_button)
        self.grid = QListView()
        self.grid.setObjectName("photoGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(PhotoCardDelegate(self.model, self.grid))
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setUniformItemSizes(True)
        self.grid.setGridSize(CARD)
        self.grid.setSpacing(0)
        self.grid.setDragEnabled(False)
        self.grid.setAcceptDrops(False)
        self.grid.viewport().setAcceptDrops(False)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = QLabel()
        self.empty.setObjectName("photoEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.checklist_title = QLabel(self.tr("Fotoserie per letsel"))
        self.checklist_title.setObjectName("detailsHeading")
        self.checklist_summary = QLabel()
        self.checklist_summary.setObjectName("hint")
        self.checklist_view = QTableView()
        self.checklist_view.setObjectName("photoChecklist")
        self.checklist_view.setModel(self.checklist)
        self.checklist_view.verticalHeader().hide()
        self.checklist_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checklist_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklist_view.setShowGrid(False)
        head = self.checklist_view.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        checklist_row = QHBoxLayout()
        checklist_row.addWidget(self.checklist_title)
        checklist_row.addWidget(self.checklist_summary)
        checklist_row.addStretch(1)
        self.checklist_box = QFrame()
        self.checklist_box.setObjectName("checklistBox")
        box = QVBoxLayout(self.checklist_box)
        box.setContentsMargins(0, 6, 0, 0)
        box.addLayout(checklist_row)
        box.addWidget(self.checklist_view)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(header)
        layout.addWidget(self.import_status)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.checklist_box)
        return page

    def _connect(self) -> None:
        self.import_files_action.triggered.connect(lambda: self._choose(folder=False))
        self.import_folder_action.triggered.connect(lambda: self._choose(folder=True))
        self.import_status.finished.connect(self._imported)
        self.import_status.failed.connect(lambda exc: self._reload())
        self.grid.activated.connect(self._open_index)
        self.grid.doubleClicked.connect(self._open_index)
        self.viewer.back_requested.connect(self.show_grid)
        self.viewer.step_requested.connect(self._step)
        self.editor.changed.connect(self.model.update_photo)
        self.editor.idle.connect(self._refresh_checklist)
        self.editor.failed.connect(self._edit_failed)
        # A bound method, not a lambda: the session reference outlives this panel, and Qt
        # drops a connection to a method when its object is destroyed.
        self.context.session.replaced.connect(self._session_replaced)

    # -- the examination -----------------------------------------------------------------
    def set_examination(self, examination_id: str | None) -> None:
        """Show the photos of ``examination_id`` (``None``: no examination open)."""
        if examination_id != self.examination_id:
            self.show_grid()
            self.import_status.dismiss()
        self.examination_id = examination_id
        self._reload()

    def refresh(self) -> None:
        """Read the examination's photos and injuries again (e.g. after the body map changed)."""
        self._reload()

    def _reload(self) -> None:
        self._generation += 1
        generation, examination_id = self._generation, self.examination_id
        if examination_id is None:
            self.model.set_photos([], {}, {})
            self.checklist.set_checklist([], {})
            self._show_state()
            return
        session = self.context.session.session

        def load(token: Token) -> _Loaded:
            del token
            return _load(session, examination_id)

        def show(loaded: _Loaded) -> None:
            if generation == self._generation:
                self._show_loaded(loaded)

        self.context.workers.run("photos.load", load, on_result=show, on_error=self._show_error)

    def _session_replaced(self, session: object) -> None:
        del session  # services read the new session from the reference when they run
        self._reload()

    def _edit_failed(self, exc: BaseException) -> None:
        """Say why, and read the examination again: it may have been sealed meanwhile."""
        show_error(self, exc)
        self._reload()

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _show_loaded(self, loaded: _Loaded) -> None:
        self.sealed = loaded.sealed
        self.editor.remember(loaded.photos)
        self.links.set_rows(loaded.injuries)
        numbers = {i.id: i.number for i in loaded.injuries}
        self.model.set_photos(loaded.photos, loaded.thumbnails, numbers)
        self.checklist.set_checklist(loaded.injuries, loaded.checklist)
        self.viewer.set_editable(not loaded.sealed)
        if self.viewer.photo is not None and self.pages.currentWidget() is self.viewer:
            current = self.editor.photo(self.viewer.photo.id)
            if current is not None:
                self.viewer.refresh(current)
        self._show_state()

    def _show_state(self) -> None:
        has_exam, count = self.examination_id is not None, self.model.rowCount()
        can_import = has_exam and not self.sealed and not self.import_status.running
        self.import_button.setEnabled(can_import)
        self.drop_hint.setVisible(can_import)
        self.count_label.setText(self.tr("{0} foto's").format(count) if has_exam else "")
        self.grid.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        if not has_exam:
            self.empty.setText(self.tr("Kies een onderzoek om de foto's te zien."))
        elif self.sealed:
            self.empty.setText(self.tr("Dit onderzoek is afgesloten en heeft geen foto's."))
        else:
            self.empty.setText(
                self.tr(
                    "Nog geen foto's bij dit onderzoek.\n\nSleep foto's of een hele map van de "
                    "camera hierheen, of kies ‘Importeren…’. Het origineel wordt bit-voor-bit "
                    "versleuteld bewaard; de locatiegegevens verlaten de kluis nooit."
                )
            )
        injuries = self.checklist.injury_count()
        self.checklist_box.setVisible(has_exam and injuries > 0)
        self.checklist_summary.setText(
            self.tr("compleet voor {0} van {1} letsels").format(
                self.checklist.complete_count(), injuries
            )
        )
        row_height = self.checklist_view.verticalHeader().defaultSectionSize()
        header = self.checklist_view.horizontalHeader().sizeHint().height()
        self.checklist_view.setFixedHeight(header + min(injuries, 4) * row_height + 4)

    def _refresh_checklist(self) -> None:
        examination_id, session = self.examination_id, self.context.session.session
        if examination_id is None:
            return

        def load(token: Token) -> dict[str, dict[PhotoCategory, bool]]:
            del token
            return PhotoService(DossierService(session)).series_checklist(examination_id)

        def show(present: dict[str, dict[PhotoCategory, bool]]) -> None:
            if examination_id == self.examination_id:
                self.checklist.set_checklist(self.links.rows, present)
                self._show_state()

        self.context.workers.run("photos.checklist", load, on_result=show, on_error=lambda e: None)

    # -- import --------------------------------------------------------------------------
    def import_paths(self, paths: Sequence[Path]) -> bool:
        """Import files and folders into the open examination, in the background.

        Returns:
            False when nothing was started (no examination, sealed, an import still running).
        """
        examination_id = self.examination_id
        if examination_id is None or self.sealed or self.import_status.running or not paths:
            return False
        session, files = self.context.session.session, [Path(p) for p in paths]
        duplicate = self.tr("Staat al in dit onderzoek (als {0}).")

        def run(token: Token) -> ImportOutcome:
            report = PhotoService(DossierService(session)).import_files(
                examination_id, files, progress=token.progress, cancelled=token.cancelled
            )
            return photo_outcome(report, duplicate)

        self.show_grid()
        self.import_status.start(self.context.workers, "photos.import", run)
        self._show_state()
        return True

    def _imported(self, outcome: ImportOutcome) -> None:
        del outcome
        self._reload()

    def _choose(self, *, folder: bool) -> None:
        filters = [self.tr("Foto's ({0})").format(PHOTO_FILTER), self.tr("Alle bestanden (*)")]
        title = self.tr("Foto's importeren")
        choose_import(self, title, "photoImportDialog", filters, self.import_paths, folder=folder)

    # -- grid and viewer -----------------------------------------------------------------
    def show_grid(self) -> None:
        self.viewer.view.cancel_gesture()
        self.pages.setCurrentIndex(0)

    def open_photo(self, row: int) -> None:
        """Open the photo at ``row`` of the grid in the viewer."""
        if not 0 <= row < self.model.rowCount():
            return
        photo = self.editor.photo(self.model.row_at(row).id) or self.model.row_at(row)
        self.grid.setCurrentIndex(self.model.index(row))
        self.pages.setCurrentWidget(self.viewer)
        self.viewer.open_photo(photo, row + 1, self.model.rowCount())

    def _open_index(self, index: QModelIndex) -> None:
        self.open_photo(index.row())

    def _step(self, delta: int) -> None:
        if self.viewer.photo is not None:
            self.open_photo(self.model.row_of(self.viewer.photo.id) + delta)
