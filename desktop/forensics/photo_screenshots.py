"""Screenshots of the photo and imaging panels over the demo vault (``make screenshots``).

Each shot hosts a panel in a window titled with the demo dossier it shows, the way the
examination area will. The import shot is made deterministic with a FIFO among the files: the
import records photos in order, so it stands at "3 van 12" until the FIFO is fed, however fast
the machine is. This is a script: it waits with a local event loop.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEventLoop, QPointF, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from forensics.dossiers import DossierService
from forensics.records import PhotoCategory
from forensics.synthetic import make_injury_photo

from ..common.style import SURFACE
from ..shell.workspaces import WorkspaceContext
from .annotation_geometry import PhotoGeometry
from .annotation_tools import Tool
from .imaging_panel import ImagingPanel
from .photo_panel import PhotosPanel
from .photo_view import PhotoView

if TYPE_CHECKING:
    from ..screenshots import ShotContext

SIZE = (1100, 720)
_keep: list[object] = []  # hosts and temp folders live until the script ends


def _wait(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    """Run the event loop until ``condition`` holds (script only, never in the UI)."""
    timer = QElapsedTimer()
    timer.start()
    first = True
    while first or not condition():
        first = False
        if timer.elapsed() > timeout_ms:
            raise TimeoutError("screenshot condition not reached")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def _host(panel: QWidget, heading: str) -> QWidget:
    host = QWidget()
    host.setObjectName("panelHost")
    host.setStyleSheet(f"#panelHost {{ background: {SURFACE}; }}")
    title = QLabel(heading)
    title.setObjectName("subtitle")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(12, 10, 12, 0)
    layout.addWidget(title)
    layout.addWidget(panel, 1)
    host.resize(*SIZE)
    host.show()
    _keep.append(host)
    return host


def _examination(context: WorkspaceContext, name: str) -> tuple[str, str]:
    """The first examination of the demo subject ``name``, and a heading for it."""
    dossiers = DossierService(context.session.session)
    subject = dossiers.search(name)[0]
    exam = dossiers.examinations_of(subject.id)[0]
    when = exam.examined_at.strftime("%d-%m-%Y")
    return exam.id, f"{subject.name} ({subject.pseudonym}) · onderzoek {when}"


def _context(ctx: ShotContext) -> WorkspaceContext:
    window = ctx.login("arts")
    window.hide()
    return window.context


def _photos(ctx: ShotContext, name: str) -> tuple[PhotosPanel, QWidget]:
    context = _context(ctx)
    exam_id, heading = _examination(context, name)
    panel = PhotosPanel(context, QUndoStack())
    host = _host(panel, heading + " · Foto's")
    panel.set_examination(exam_id)
    ctx.settle()
    return panel, host


def photo_grid(ctx: ShotContext) -> QWidget:
    """The photos of the adult demo dossier with the series checklist."""
    panel, host = _photos(ctx, "Eva Voorbeeld")
    panel.grid.setCurrentIndex(panel.model.index(2))
    ctx.settle()
    return host


def photo_viewer(ctx: ShotContext) -> QWidget:
    """A close-up with scale: calibrated, measured, annotated, and a calibration under way."""
    panel, host = _photos(ctx, "Eva Voorbeeld")
    row = next(
        r for r in range(panel.model.rowCount())
        if panel.model.row_at(r).category is PhotoCategory.CLOSE_UP_SCALE
    )  # fmt: skip
    panel.open_photo(row)
    ctx.settle()
    viewer = panel.viewer
    photo = viewer.photo
    assert photo is not None
    # The demo photos are generated at 1600 x 1200: the scale's ticks lie where the generator
    # puts them for that size, whatever the seed.
    scale = make_injury_photo(photo.width, photo.height)
    geometry = PhotoGeometry.of(photo)
    bruise = geometry.to_view(scale.bruise_centre)
    viewer.choose_tool(Tool.ELLIPSE)  # drawn the way a user draws it: two corners
    _click(viewer.view, (bruise[0] - 230, bruise[1] - 140))
    _click(viewer.view, (bruise[0] + 230, bruise[1] + 150))
    viewer.choose_tool(Tool.TEXT)
    _click(viewer.view, (bruise[0] - 200, bruise[1] + 175))
    viewer.prompt.edit.setText("blauw-paars, scherp begrensd")
    viewer.prompt.submit()
    ctx.settle()
    viewer.choose_tool(Tool.CALIBRATE)
    for point in (scale.zero_mark, scale.end_mark):
        _click(viewer.view, geometry.to_view(point))
    ctx.settle()
    viewer.prompt.edit.setText("100")
    ctx.settle()
    return host


def _click(view: PhotoView, scene_point: tuple[float, float]) -> None:
    """A user's click on a spot of the upright photo."""
    position = view.mapFromScene(QPointF(*scene_point))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def photo_import(ctx: ShotContext) -> QWidget:
    """An import of twelve photos from a camera card, caught at "3 van 12"."""
    panel, host = _photos(ctx, "Daan Proef")
    folder = Path(tempfile.mkdtemp(prefix="vd-shot-import-"))
    _keep.append(folder)
    files = []
    for i in range(12):
        path = folder / f"IMG_{2041 + i:04d}.JPG"
        if i == 3:
            os.mkfifo(path)
        else:
            path.write_bytes(make_injury_photo(1200, 900, seed=80 + i).jpeg)
        files.append(path)
    gate = files[3]
    panel.import_paths(files)
    _wait(lambda: panel.import_status.progress_bar.value() == 3)
    _wait(lambda: True)  # one more turn of the loop: the bar repaints
    frozen = QLabel()  # the grab of this moment, returned for the registry to save
    frozen.setPixmap(host.grab())
    frozen.resize(host.size())

    def feed() -> None:
        with open(gate, "wb") as sink:
            sink.write(make_injury_photo(1200, 900, seed=99).jpeg)

    feeder = threading.Thread(target=feed)
    feeder.start()
    _wait(lambda: panel.import_status.outcome is not None)
    feeder.join()
    ctx.settle()
    return frozen


def dicom_viewer(ctx: ShotContext) -> QWidget:
    """The skeletal survey of the infant demo dossier, one radiograph windowed."""
    context = _context(ctx)
    exam_id, heading = _examination(context, "Daan Proef")
    panel = ImagingPanel(context, QUndoStack())
    host = _host(panel, heading + " · Beeldvorming")
    panel.set_examination(exam_id)
    ctx.settle()
    index = panel.studies.item(0).child(2).index()
    panel.tree.setCurrentIndex(index)
    ctx.settle()
    return host
