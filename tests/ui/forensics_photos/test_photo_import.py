"""Photo import in the panel: a drop, progress with count, per-file errors, cancel, refusal."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.forensics.photo_panel import PhotosPanel
from forensics.dossiers import DossierService
from forensics.image_decode import CorruptImage, ImageTooLarge
from forensics.photos import PhotoService
from forensics.synthetic import make_bomb_png, make_injury_photo, truncated
from tests.ui.forensics_photos.desk import Desk, idle

Show = Callable[[QWidget], QWidget]


def _photos(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"IMG_{i:04d}.JPG"
        path.write_bytes(make_injury_photo(640, 480, seed=i, orientation_tag=1 + i % 8).jpeg)
        paths.append(path)
    return paths


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drop(panel: QWidget, paths: list[Path]) -> QDropEvent:
    """Drag ``paths`` over the panel and drop them, as a file manager does."""
    mime = _mime(paths)
    enter = QDragEnterEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted(), "the panel refused the drag"
    drop = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(panel, drop)
    return drop


def _ready_panel(qtbot: QtBot, desk: Desk, show: Show) -> PhotosPanel:
    panel = PhotosPanel(desk.context, desk.undo_stack)
    show(panel)
    panel.set_examination(desk.examination_id)
    idle(qtbot, desk.workers)
    return panel


def test_five_dropped_photos_import_and_the_broken_files_are_listed(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    panel = _ready_panel(qtbot, desk, show)
    good = _photos(tmp_path / "camera", 5)
    damaged = tmp_path / "camera" / "IMG_KAPOT.JPG"
    damaged.write_bytes(truncated(good[0].read_bytes(), 0.6))
    bomb = tmp_path / "camera" / "bom.png"
    bomb.write_bytes(make_bomb_png(40_000, 40_000))
    copy = tmp_path / "camera" / "kopie.jpg"
    copy.write_bytes(good[1].read_bytes())
    counts: list[str] = []
    status = panel.import_status
    status.progress_bar.valueChanged.connect(lambda v: counts.append(status.progress_bar.text()))

    with qtbot.waitSignal(status.finished, timeout=60_000) as finished:
        drop = _drop(panel, [good[0], damaged, *good[1:3], bomb, *good[3:], copy])
    assert drop.isAccepted()
    outcome = finished.args[0]

    assert outcome.imported == 5 and not outcome.cancelled
    reasons = {p.name: p.reason for p in outcome.failures}
    assert reasons == {"IMG_KAPOT.JPG": CorruptImage().message, "bom.png": ImageTooLarge().message}
    assert [p.name for p in outcome.duplicates] == ["kopie.jpg"]
    assert "IMG_0001.JPG" in outcome.duplicates[0].reason
    assert counts[-1] == "8 van 8" and status.progress_label.text() == "Foto's importeren"
    shown = {
        status.problems_model.item(r, 0).text(): status.problems_model.item(r, 1).text()
        for r in range(status.problems_model.rowCount())
    }
    assert shown["IMG_KAPOT.JPG"] == CorruptImage().message and "kopie.jpg" in shown
    assert status.result_label.text().startswith("5 foto's geïmporteerd.")
    assert status.problems_view.isVisible()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    assert [p.source_name for p in panel.model.rows] == [p.name for p in good]
    status.close_button.click()
    assert not status.isVisible()


def test_cancel_mid_import_keeps_whole_photos_and_nothing_half(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    """Files 2..k+1 are FIFOs, so every decode worker waits on one: the import stands still at
    "1 van N" until the test has cancelled, then the FIFOs are fed."""
    panel = _ready_panel(qtbot, desk, show)
    workers = os.cpu_count() or 1
    camera = tmp_path / "camera"
    files = _photos(camera, 1)
    gates = []
    for i in range(workers):
        fifo = camera / f"GATE_{i}.JPG"
        os.mkfifo(fifo)
        gates.append(fifo)
    files += gates + _photos(camera, 6, start=10)
    status = panel.import_status

    assert panel.import_paths(files)
    qtbot.waitUntil(lambda: status.progress_bar.value() == 1, timeout=30_000)
    assert status.progress_bar.text() == f"1 van {len(files)}"
    assert status.cancel_button.isVisible() and not panel.import_button.isEnabled()
    # The vault pool is free while the import waits: the grid still loads.
    panel.set_examination(desk.examination_id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)

    status.cancel_button.click()
    assert status.progress_label.text() == "Bezig met afbreken…"
    assert status.task is not None and status.task.token.cancelled()
    feeders = [threading.Thread(target=_feed, args=(g, 50 + i)) for i, g in enumerate(gates)]
    with qtbot.waitSignal(status.finished, timeout=60_000) as finished:
        for feeder in feeders:
            feeder.start()
    for feeder in feeders:
        feeder.join(5)
    outcome = finished.args[0]

    assert outcome.cancelled and outcome.imported == 1 + workers
    assert status.result_label.text().startswith(f"Import afgebroken: {1 + workers} foto's")
    service = PhotoService(DossierService(desk.session))
    photos = service.photos(desk.examination_id)
    assert [p.source_name for p in photos] == [files[0].name, *(g.name for g in gates)]
    for photo in photos:  # every photo whole: original, preview and thumbnail readable
        assert len(service.original_bytes(photo.id)) == photo.size
        assert service.preview(photo.id) and service.thumbnail(photo.id)
    blobs = desk.vault.folder / "blobs"
    stored = [p for p in blobs.rglob("*") if p.is_file() and p.parent.name != "pending"]
    assert len(stored) == 3 * len(photos)
    assert not any((blobs / "pending").iterdir())
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(photos))
    assert panel.import_button.isEnabled()


def _feed(fifo: Path, seed: int) -> None:
    with open(fifo, "wb") as sink:  # opens once the worker waits on the other end
        sink.write(make_injury_photo(640, 480, seed=seed).jpeg)


def test_a_sealed_examination_refuses_a_drop(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    DossierService(desk.session).seal(desk.examination_id)
    panel = _ready_panel(qtbot, desk, show)
    assert not panel.import_button.isEnabled()
    mime = _mime(_photos(tmp_path, 1))
    enter = QDragEnterEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()
    assert not panel.import_paths([tmp_path / "IMG_0000.JPG"])
    assert "afgesloten" in panel.empty.text()


def test_a_drop_without_an_examination_is_refused(qtbot: QtBot, desk: Desk, show: Show) -> None:
    panel = PhotosPanel(desk.context, desk.undo_stack)
    show(panel)
    panel.set_examination(None)
    assert not panel.import_paths([Path("/tmp/nothing.jpg")])
    assert not panel.import_button.isEnabled()
    assert "Kies een onderzoek" in panel.empty.text()


@pytest.mark.parametrize("text", ["", "plain text"])
def test_a_drag_of_something_else_than_files_is_not_accepted(
    qtbot: QtBot, desk: Desk, show: Show, text: str
) -> None:
    panel = _ready_panel(qtbot, desk, show)
    mime = QMimeData()
    mime.setText(text)
    mime.setUrls([QUrl("https://example.invalid/photo.jpg")])
    enter = QDragEnterEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()
