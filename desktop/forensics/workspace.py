"""The Forensisch workspace: dossiers on the left, the open examination on the right.

:data:`EXAMINATION_TABS` lists the tabs of an open examination in order. Further parts (photos,
imaging) append an :class:`ExaminationTab` whose factory builds a widget from the workspace
context and the examination's undo stack, and which has ``set_examination(id | None)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from ..shell.workspaces import WorkspaceContext
from .bodymap_panel import BodyMapPanel
from .dossier_panel import DossierPanel
from .examination_area import ExaminationArea, ExaminationTab
from .examination_editor import ExaminationEditor

DOSSIER_PANEL_WIDTH = 360


def _editor(context: WorkspaceContext, undo_stack: QUndoStack) -> QWidget:
    return ExaminationEditor(context, undo_stack)


def _body_map(context: WorkspaceContext, undo_stack: QUndoStack) -> QWidget:
    return BodyMapPanel(context, undo_stack)


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
        self.splitter.setSizes([DOSSIER_PANEL_WIDTH, 1000])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.dossiers.examination_selected.connect(self.area.set_examination)
        self.dossiers.subject_shown.connect(self.area.show_subject)
        self.area.overview.new_examination_requested.connect(self.dossiers.new_examination)
        self.area.examination_saved.connect(self.dossiers.examination_saved)

    @property
    def editor(self) -> ExaminationEditor:
        return self.area.panel(ExaminationEditor)

    @property
    def body_map(self) -> BodyMapPanel:
        return self.area.panel(BodyMapPanel)
