"""The Forensisch workspace: dossiers on the left, the open examination on the right.

:data:`EXAMINATION_TABS` lists the tabs of an open examination in order: the editor, the body
map, the photos and the imaging studies. Each :class:`ExaminationTab` factory builds a widget from
the workspace context and the examination's undo stack, and the widget has
``set_examination(id | None)``; further parts append theirs.

Files dropped anywhere on the open examination go to the photos tab, which imports them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QSplitter, QWidget

from forensics.records import Subject
from secure_store.package_format import SUFFIX

from ..common.worker import Task
from ..consult.package_import import PackageImporter
from ..shell.workspaces import WorkspaceContext
from .bodymap_panel import BodyMapPanel
from .dossier_panel import DossierPanel
from .examination_area import ExaminationArea, ExaminationTab
from .examination_editor import ExaminationEditor
from .imaging_panel import ImagingPanel
from .photo_panel import PhotosPanel

DOSSIER_PANEL_WIDTH = 360


def _editor(context: WorkspaceContext, undo_stack: QUndoStack) -> QWidget:
    return ExaminationEditor(context, undo_stack)


def _body_map(context: WorkspaceContext, undo_stack: QUndoStack) -> QWidget:
    return BodyMapPanel(context, undo_stack)


def _photos(context: WorkspaceContext, undo_stack: QUndoStack) -> QWidget:
    return PhotosPanel(context, undo_stack)


def _imaging(context: WorkspaceContext, undo_stack: QUndoStack) -> QWidget:
    return ImagingPanel(context, undo_stack)


#: The tabs of an open examination, in order; later parts append theirs.
EXAMINATION_TABS: list[ExaminationTab] = [
    ExaminationTab(
        lambda: QCoreApplication.translate("ForensicWorkspace", "Onderzoek"), _editor, "onderzoek"
    ),
    ExaminationTab(
        lambda: QCoreApplication.translate("ForensicWorkspace", "Lichaamskaart"),
        _body_map,
        "lichaamskaart",
    ),
    ExaminationTab(
        lambda: QCoreApplication.translate("ForensicWorkspace", "Foto's"), _photos, "fotos"
    ),
    ExaminationTab(
        lambda: QCoreApplication.translate("ForensicWorkspace", "Beeldvorming"),
        _imaging,
        "beeldvorming",
    ),
]


class ForensicWorkspace(QWidget):
    """The forensic physician's workspace (registered as ``forensic``)."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dossiers = DossierPanel(context)
        self.area = ExaminationArea(context, list(EXAMINATION_TABS))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("forensicSplitter")
        self.splitter.addWidget(self.dossiers)
        self.splitter.addWidget(self.area)
        # On a small screen the dossier list folds away (drag it back from the left edge)
        # rather than squeezing its buttons.
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(1, 1)
        self._user_sized = False
        self._shown_before = False
        self.splitter.splitterMoved.connect(self._divider_moved)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.dossiers.examination_selected.connect(self.area.set_examination)
        self.dossiers.subject_shown.connect(self.area.show_subject)
        self.area.overview.new_examination_requested.connect(self.dossiers.new_examination)
        self.area.examination_saved.connect(self.dossiers.examination_saved)
        self.area.tabs.currentChanged.connect(self._tab_shown)
        self.setAcceptDrops(True)
        self.packages = PackageImporter(context, self)
        self.packages.imported.connect(self._package_imported)

    @property
    def editor(self) -> ExaminationEditor:
        return self.area.panel(ExaminationEditor)

    @property
    def body_map(self) -> BodyMapPanel:
        return self.area.panel(BodyMapPanel)

    @property
    def photos(self) -> PhotosPanel:
        return self.area.panel(PhotosPanel)

    @property
    def imaging(self) -> ImagingPanel:
        return self.area.panel(ImagingPanel)

    def import_package(self, path: Path) -> Task:
        """Take a sealed package in: a transferred dossier is then listed and selected."""
        return self.packages.start(path)

    def _package_imported(self, result: object) -> None:
        if isinstance(result, Subject):
            self.dossiers.reveal(result.id)
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Pakket ingelezen"), self.tr(
            "Dit pakket hoort bij een second opinion; u vindt het onder Second opinions."
        ), parent=self)  # fmt: skip
        box.setObjectName("packageElsewhere")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        # Back from another workspace: a dossier may have come in there (a transfer).
        if self._shown_before and not event.spontaneous():
            self.dossiers.search()
        self._shown_before = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # setSizes scales its numbers to the width there is, and a small first window leaves
        # the list narrower than it wants; until the user drags the divider, every resize gives
        # the dossier list its own width again when there is room.
        if self._user_sized:
            return
        room = self.splitter.width() - self.splitter.handleWidth()
        wanted = min(DOSSIER_PANEL_WIDTH, room - self.area.minimumSizeHint().width())
        if wanted > 0 and self.splitter.sizes()[0] != wanted:
            self.splitter.setSizes([wanted, room - wanted])

    def _divider_moved(self) -> None:
        self._user_sized = True

    def _tab_shown(self, index: int) -> None:
        # Injuries may have changed on the body map: the photos' injury links read them again.
        if self.area.tabs.widget(index) is self.photos and self.area.examination_id:
            self.photos.refresh()

    # -- files dropped on the dossier go to the photos ----------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._consider(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._consider(event)

    def _consider(self, event: QDragMoveEvent) -> None:
        if _package_of(event) is not None or (
            self.area.examination_id and event.mimeData().hasUrls()
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        package = _package_of(event)
        if package is not None:  # a transferred dossier (or a consult file) dropped here
            event.acceptProposedAction()
            self.import_package(package)
            return
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths or not self.area.examination_id:
            event.ignore()
            return
        self.area.tabs.setCurrentWidget(self.photos)
        if self.photos.import_paths(paths):
            event.acceptProposedAction()


def _package_of(event: QDragMoveEvent | QDropEvent) -> Path | None:
    """The one ``.vdpkg`` file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return paths[0] if len(paths) == 1 and paths[0].suffix == SUFFIX else None
