"""The photo viewer: tools on the left, the photo in the middle, its details on the right.

Clicks of the tools arrive from :class:`~desktop.forensics.photo_view.PhotoView` as stored
points; this page turns them into annotations, a calibration or an edit, and pushes each as
a command on the workspace's undo stack. The preview shows at once; the original is decoded
in the background when the zoom needs its detail.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from forensics.annotations import AnnotationError, NumberedMarker, Text
from forensics.measure import Calibration, MeasurementError, Point
from forensics.photos import Photo
from forensics.records import PhotoCategory

from ..common.errors import error_text, show_error
from ..common.worker import Pool, Token
from ..shell.workspaces import WorkspaceContext
from . import annotation_commands as commands
from .annotation_geometry import PhotoGeometry, next_marker_number
from .annotation_icons import tool_icon
from .annotation_tools import Tool, build_annotation
from .photo_details import PhotoDetails
from .photo_editor import PhotoEditor, photo_service
from .photo_images import image_from_jpeg, upright_original
from .photo_links import InjuryLinkModel
from .photo_prompt import Ask, PromptBar
from .photo_view import PhotoView

TOOLS = (
    Tool.SELECT, Tool.CALIBRATE, Tool.LENGTH, Tool.PATH_LENGTH, Tool.AREA,
    Tool.ARROW, Tool.ELLIPSE, Tool.POLYLINE, Tool.TEXT, Tool.MARKER,
)  # fmt: skip


class PhotoViewerPage(QWidget):
    """One photo, large, with the tools to calibrate, measure and annotate it.

    Signals:
        back_requested(): to the grid.
        step_requested(int): -1 for the previous photo, +1 for the next.
    """

    back_requested = Signal()
    step_requested = Signal(int)

    def __init__(
        self,
        context: WorkspaceContext,
        undo_stack: QUndoStack,
        editor: PhotoEditor,
        links: InjuryLinkModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewerPage")
        self.context = context
        self.undo_stack = undo_stack
        self.editor = editor
        self.photo: Photo | None = None
        self.editable = True
        self._generation = 0
        self._pending_points: list[Point] = []
        self._editing_index = -1
        self.view = PhotoView()
        self.prompt = PromptBar()
        self.details = PhotoDetails(links)
        self.details.setFixedWidth(240)
        self.hint = QLabel()
        self.hint.setObjectName("viewerHint")
        self.hint.setWordWrap(True)
        self.live = QLabel()
        self.live.setObjectName("viewerLive")
        self.tool_buttons: dict[Tool, QToolButton] = {}
        self._layout()
        self._connect()
        self.choose_tool(Tool.SELECT)

    # -- building ------------------------------------------------------------------------
    def _layout(self) -> None:
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self._palette())
        centre = QVBoxLayout()
        centre.setSpacing(0)
        centre.addWidget(self.prompt)
        centre.addWidget(self.view, 1)
        status = QFrame()
        status.setObjectName("viewerStatus")
        row = QHBoxLayout(status)
        row.setContentsMargins(10, 5, 10, 5)
        row.addWidget(self.hint, 1)
        row.addWidget(self.live)
        centre.addWidget(status)
        body.addLayout(centre, 1)
        body.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._top_bar())
        layout.addLayout(body, 1)

    def _button(self, name: str, text: str, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip or text)
        return button

    def _top_bar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("viewerBar")
        self.back_button = self._button("photoBack", self.tr("← Alle foto's"))
        self.title = QLabel()
        self.title.setObjectName("viewerTitle")
        # The file name may be long; the title gives way before the buttons do.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(60)
        self.previous_button = self._button("photoPrevious", "‹", self.tr("Vorige foto"))
        self.next_button = self._button("photoNext", "›", self.tr("Volgende foto"))
        self.fit_button = self._button("photoFit", self.tr("Passend"))
        self.actual_button = self._button("photoActualSize", self.tr("100 %"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("viewerZoom")
        self.zoom_label.setMinimumWidth(40)
        self.rotate_button = self._button(
            "photoRotate",
            self.tr("Draaien ↻"),
            self.tr("Draai de weergave een kwartslag (de foto zelf blijft ongewijzigd)"),
        )
        self.original_button = self._button(
            "photoShowOriginal",
            self.tr("Origineel tonen"),
            self.tr("Toon de foto zonder annotaties en schaalbalk"),
        )
        self.original_button.setCheckable(True)
        self.undo_button = self._button("photoUndo", "↶", self.tr("Ongedaan maken"))
        self.redo_button = self._button("photoRedo", "↷", self.tr("Opnieuw"))
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.back_button)
        row.addSpacing(8)
        row.addWidget(self.previous_button)
        row.addWidget(self.title, 1)
        row.addWidget(self.next_button)
        widgets: tuple[QWidget, ...] = (
            self.undo_button, self.redo_button, self.fit_button, self.actual_button,
            self.zoom_label, self.rotate_button,
        )  # fmt: skip
        for widget in widgets:
            row.addWidget(widget)
            if widget is self.redo_button:
                row.addSpacing(12)
        row.addSpacing(12)
        row.addWidget(self.original_button)
        return bar

    def _palette(self) -> QWidget:
        palette = QFrame()
        palette.setObjectName("toolPalette")
        column = QVBoxLayout(palette)
        column.setContentsMargins(6, 8, 6, 8)
        column.setSpacing(2)
        for tool in TOOLS:
            if tool in (Tool.LENGTH, Tool.ARROW):
                column.addSpacing(10)
            button = QToolButton()
            button.setObjectName(f"tool_{tool.value}")
            button.setText(tool.label)
            button.setIcon(tool_icon(tool))
            button.setIconSize(QSize(20, 20))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(tool.hint)
            button.clicked.connect(lambda _=False, t=tool: self.choose_tool(t))
            column.addWidget(button)
            self.tool_buttons[tool] = button
        column.addStretch(1)
        palette.setFixedWidth(164)
        return palette

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(1))
        self.fit_button.clicked.connect(self.view.fit)
        self.actual_button.clicked.connect(self.view.actual_size)
        self.rotate_button.clicked.connect(lambda: self.view.rotate_view(90))
        self.original_button.toggled.connect(lambda on: self.view.set_overlay_visible(not on))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        # Bound methods: the workspace's stack outlives this page (see PhotosPanel).
        self.undo_stack.undoTextChanged.connect(self._undo_text)
        self.undo_stack.redoTextChanged.connect(self._redo_text)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        self.view.live_text.connect(self.live.setText)
        self.view.gesture_completed.connect(self._gesture_completed)
        self.view.annotations_moved.connect(self._moved)
        self.view.delete_requested.connect(self._delete)
        self.view.edit_requested.connect(self._edit)
        self.view.original_wanted.connect(self._load_original)
        self.prompt.accepted.connect(self._prompt_answered)
        self.prompt.cancelled.connect(self._prompt_cancelled)
        self.details.category_chosen.connect(self._category)
        self.details.caption_edited.connect(self._caption)
        self.details.links_edited.connect(self._links)
        self.editor.changed.connect(self.refresh)

    def _undo_text(self, text: str) -> None:
        self.undo_button.setToolTip(self.tr("Ongedaan maken: {0}").format(text))

    def _redo_text(self, text: str) -> None:
        self.redo_button.setToolTip(self.tr("Opnieuw: {0}").format(text))

    # -- showing a photo -----------------------------------------------------------------
    def open_photo(self, photo: Photo, position: int, count: int) -> None:
        """Show ``photo`` (number ``position`` of ``count``), preview first."""
        self._generation += 1
        generation = self._generation
        self.photo = photo
        self.prompt.hide()
        self.title.setText(
            self.tr("Foto {0} van {1} · {2}").format(position, count, photo.source_name)
        )
        self.previous_button.setEnabled(position > 1)
        self.next_button.setEnabled(position < count)
        self.details.show_photo(photo)
        self.view.show_photo(PhotoGeometry.of(photo), QImage())
        self._refresh_overlay(photo)
        session = self.context.session.session

        def load(token: Token) -> QImage:
            del token
            return image_from_jpeg(photo_service(session).preview(photo.id))

        def show(image: QImage) -> None:
            if generation == self._generation and not self.view.full_resolution:
                self.view.set_image(image, full=False)

        self.context.workers.run("photo.preview", load, on_result=show, on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _load_original(self) -> None:
        """Read the original (vault pool), then decode it upright on the CPU pool."""
        if self.photo is None:
            return
        photo_id, generation = self.photo.id, self._generation
        session, workers = self.context.session.session, self.context.workers
        self.live.setText(self.tr("Origineel laden voor details…"))

        def read(token: Token) -> bytes:
            del token
            return photo_service(session).original_bytes(photo_id)

        def decode(data: bytes) -> None:
            workers.run(
                "photo.decode", lambda token: upright_original(data), pool=Pool.CPU,
                on_result=show, on_error=failed,
            )  # fmt: skip

        def show(image: QImage) -> None:
            if generation == self._generation:
                self.view.set_image(image, full=True)
                self.live.setText("")

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.live.setText(error_text(exc))

        workers.run("photo.original", read, on_result=decode, on_error=failed)

    def refresh(self, photo: Photo) -> None:
        """Show the new state of ``photo`` if it is the one open (after an edit, undo, reload)."""
        if self.photo is not None and photo.id == self.photo.id:
            self.photo = photo
            self.details.show_photo(photo)
            self._refresh_overlay(photo)

    def _refresh_overlay(self, photo: Photo) -> None:
        self.view.set_annotations(photo.annotations)
        self.view.set_calibration(photo.calibration)
        calibrated = photo.calibration is not None
        for tool in (Tool.LENGTH, Tool.PATH_LENGTH, Tool.AREA):
            button = self.tool_buttons[tool]
            button.setEnabled(calibrated and self.editable)
            button.setToolTip(tool.hint if calibrated else self.tr("Ijk eerst de schaal."))
        if self.view.tool.measures and not calibrated:
            self.choose_tool(Tool.SELECT)

    def set_editable(self, editable: bool) -> None:
        """A sealed examination: view, zoom and read only."""
        self.editable = editable
        for tool, button in self.tool_buttons.items():
            button.setEnabled(editable or tool is Tool.SELECT)
        self.details.set_editable(editable)
        self.view.set_editable(editable)
        if not editable:
            self.choose_tool(Tool.SELECT)
        if self.photo is not None:
            self._refresh_overlay(self.photo)

    # -- tools ---------------------------------------------------------------------------
    def choose_tool(self, tool: Tool) -> None:
        """Make ``tool`` the current tool (also what the palette buttons do)."""
        self.prompt.hide()
        self.view.clear_temporary()
        self.view.set_tool(tool)
        self.tool_buttons[tool].setChecked(True)
        self.hint.setText(tool.hint)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _gesture_completed(self, tool: Tool, points: list[Point]) -> None:
        photo = self.photo
        if photo is None or not self.editable:
            return
        self._pending_points = points
        self._editing_index = -1
        if tool is Tool.CALIBRATE:
            pixels = math.dist(points[0], points[1])
            self.view.show_calibration_points(points, self.tr("{0} px").format(round(pixels)))
            self.prompt.ask_for(
                Ask.DISTANCE, self.tr("Afstand tussen de twee punten op de liniaal:"),
                self.tr("Schaal opslaan"), "10",
            )  # fmt: skip
        elif tool is Tool.TEXT:
            self.prompt.ask_for(Ask.TEXT, self.tr("Tekst:"), self.tr("Plaatsen"))
        elif tool is Tool.MARKER:
            number = self._suggested_number(photo)
            self.prompt.ask_for(Ask.NUMBER, self.tr("Nummer:"), self.tr("Plaatsen"), str(number))
        else:
            self._add(tool, points)

    def _suggested_number(self, photo: Photo) -> int:
        """The linked injury's number when there is one unused, else the next free number."""
        used = {a.number for a in photo.annotations if isinstance(a, NumberedMarker)}
        linked = [n for n in self.details.links.numbers(photo.injury_ids) if n not in used]
        return linked[0] if linked else next_marker_number(photo.annotations)

    def _add(self, tool: Tool, points: list[Point], *, text: str = "", number: int = 1) -> None:
        assert self.photo is not None
        try:
            annotation = build_annotation(
                tool, points, self.photo.calibration, text=text, number=number
            )
        except (AnnotationError, MeasurementError) as exc:
            self.live.setText(exc.message)
            return
        self.undo_stack.push(commands.add_annotation(self.editor, self.photo, annotation))

    def _prompt_answered(self, value: object) -> None:
        photo, tool = self.photo, self.view.tool
        self.view.clear_temporary()
        if photo is None:
            return
        if self._editing_index >= 0:
            self._finish_edit(photo, value)
        elif tool is Tool.CALIBRATE:
            assert isinstance(value, float)
            start, end = self._pending_points[0], self._pending_points[1]
            try:
                calibration = Calibration.from_points(start, end, value)
            except MeasurementError as exc:
                self.live.setText(exc.message)
                return
            self.undo_stack.push(commands.calibrate(self.editor, photo, calibration))
            self.choose_tool(Tool.SELECT)
        elif tool is Tool.TEXT:
            self._add(tool, self._pending_points, text=str(value))
        elif tool is Tool.MARKER:
            assert isinstance(value, int)
            self._add(tool, self._pending_points, number=value)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _prompt_cancelled(self) -> None:
        self.view.clear_temporary()
        self._editing_index = -1
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- editing existing annotations ----------------------------------------------------
    def _moved(self, moves: list[tuple[int, float, float]]) -> None:
        if self.photo is not None and self.editable:
            self.undo_stack.push(commands.move_annotations(self.editor, self.photo, moves))

    def _delete(self, indexes: list[int]) -> None:
        if self.photo is not None and self.editable:
            self.undo_stack.push(commands.remove_annotations(self.editor, self.photo, indexes))

    def delete_selected(self) -> None:
        """Delete the selected annotations (also the Delete key)."""
        self._delete(self.view.selected_indexes())

    def _edit(self, index: int) -> None:
        photo = self.photo
        if photo is None or not 0 <= index < len(photo.annotations):
            return
        annotation = photo.annotations[index]
        self._editing_index = index
        if isinstance(annotation, Text):
            self.prompt.ask_for(Ask.TEXT, self.tr("Tekst:"), self.tr("Wijzigen"), annotation.text)
        elif isinstance(annotation, NumberedMarker):
            self.prompt.ask_for(
                Ask.NUMBER, self.tr("Nummer:"), self.tr("Wijzigen"), str(annotation.number)
            )
        else:
            self._editing_index = -1

    def _finish_edit(self, photo: Photo, value: object) -> None:
        index, self._editing_index = self._editing_index, -1
        old = photo.annotations[index]
        try:
            if isinstance(old, Text):
                new: Text | NumberedMarker = Text(old.pos, str(value), old.colour, old.width)
            elif isinstance(old, NumberedMarker) and isinstance(value, int):
                new = NumberedMarker(old.pos, value, old.colour, old.width)
            else:
                return
        except AnnotationError as exc:
            self.live.setText(exc.message)
            return
        self.undo_stack.push(commands.replace_annotation(self.editor, photo, index, new))

    # -- details -------------------------------------------------------------------------
    def _category(self, category: PhotoCategory | None) -> None:
        if self.photo is not None and category != self.photo.category:
            self.undo_stack.push(commands.set_category(self.editor, self.photo, category))

    def _caption(self, caption: str) -> None:
        if self.photo is not None and caption.strip() != self.photo.caption:
            self.undo_stack.push(commands.set_caption(self.editor, self.photo, caption.strip()))

    def _links(self, injury_ids: tuple[str, ...]) -> None:
        if self.photo is not None and injury_ids != self.photo.injury_ids:
            self.undo_stack.push(commands.link_injuries(self.editor, self.photo, injury_ids))
