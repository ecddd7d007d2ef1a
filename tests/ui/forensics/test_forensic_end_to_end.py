"""Issue 5 end to end in the real program: dossier, injuries on two views, five photos dropped on
the dossier, a ruler calibrated and a known length measured, an annotation undone — and all of
it found as left in a fresh program on the same vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.common.worker import Workers
from desktop.forensics.annotation_tools import Tool
from desktop.forensics.photo_panel import PhotosPanel
from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow
from forensics.annotations import Arrow, Measurement
from forensics.bodymap import View
from forensics.dossiers import DossierService
from forensics.photos import PhotoService
from forensics.records import Sex
from forensics.synthetic import make_injury_photo, make_ruler_image
from tests.ui.forensics.conftest import Forensic
from tests.ui.forensics_photos.desk import click_scene, viewport_point

RULER_PX_PER_MM = 11.8


def _drop(target: QWidget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the dossier refused the files"
    drop = QDropEvent(*args)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def _new_dossier(qtbot: QtBot, forensic: Forensic) -> str:
    dialog = forensic.workspace.dossiers.new_subject()
    qtbot.keyClicks(dialog.name_edit, "Sam Proefpersoon")
    qtbot.keyClicks(dialog.born_edit, "17-02-1994")
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData(Sex.MALE))
    dialog.ok_button.click()
    forensic.settle()
    (summary,) = forensic.service.search("Sam Proefpersoon")
    exam_dialog = forensic.workspace.dossiers.new_examination()
    assert exam_dialog is not None
    qtbot.keyClicks(exam_dialog.place_edit, "GGD Testregio")
    exam_dialog.ok_button.click()
    forensic.settle()
    (exam,) = forensic.service.examinations_of(summary.id)
    assert forensic.workspace.area.examination_id == exam.id
    return exam.id


def _photos(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(4):
        path = folder / f"IMG_{i:04d}.JPG"
        path.write_bytes(make_injury_photo(800, 600, seed=i).jpeg)
        paths.append(path)
    ruler, _ = make_ruler_image(RULER_PX_PER_MM, 150)
    (folder / "IMG_0004_liniaal.png").write_bytes(ruler)
    return [*paths, folder / "IMG_0004_liniaal.png"]


def _answer(qtbot: QtBot, panel: PhotosPanel, text: str) -> None:
    prompt = panel.viewer.prompt
    qtbot.waitUntil(prompt.isVisible)
    prompt.edit.selectAll()
    QTest.keyClicks(prompt.edit, text)
    QTest.keyClick(prompt.edit, Qt.Key.Key_Return)


def test_a_whole_examination_is_documented_on_screen_and_found_as_left(
    qtbot: QtBot,
    forensic: Forensic,
    tmp_path: Path,
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[[Shell, str], MainWindow],
    workers: Workers,
) -> None:
    exam_id = _new_dossier(qtbot, forensic)
    forensic.show_body_map()
    forensic.place(View.ANTERIOR, "trunk.chest")
    forensic.place(View.ANTERIOR, "trunk.abdomen")
    forensic.place(View.POSTERIOR, "buttock.left")
    injuries = [(i.number, i.point.view, i.region_code) for i in forensic.body_map.model.rows]
    assert injuries == [
        (1, "anterior", "trunk.chest"),
        (2, "anterior", "trunk.abdomen"),
        (3, "posterior", "buttock.left"),
    ]

    # Five files dropped on the dossier (not on the photo tab) import in the background.
    _drop(forensic.workspace, _photos(tmp_path / "camera"))
    panel = forensic.workspace.photos
    assert forensic.workspace.area.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=30_000)
    forensic.settle()

    # Calibrate on the ruler photo (the fifth) and measure 50 mm along it.
    _, (x0, y0) = make_ruler_image(RULER_PX_PER_MM, 150)
    panel.open_photo(4)
    forensic.settle()
    viewer = panel.viewer
    viewer.tool_buttons[Tool.CALIBRATE].click()
    click_scene(viewer.view, (x0, y0))
    click_scene(viewer.view, (x0 + 100 * RULER_PX_PER_MM, y0))
    _answer(qtbot, panel, "100")
    forensic.settle()
    viewer.tool_buttons[Tool.LENGTH].click()
    start, end = (x0 + 20 * RULER_PX_PER_MM, y0 + 60), (x0 + 70 * RULER_PX_PER_MM, y0 + 60)
    click_scene(viewer.view, start)
    QTest.mouseMove(viewer.view.viewport(), viewport_point(viewer.view, end))
    click_scene(viewer.view, end)
    forensic.settle()

    # An arrow drawn and undone leaves only the measurement.
    viewer.tool_buttons[Tool.ARROW].click()
    click_scene(viewer.view, (x0 + 30 * RULER_PX_PER_MM, y0 + 200))
    click_scene(viewer.view, (x0 + 40 * RULER_PX_PER_MM, y0 + 120))
    forensic.settle()
    service = PhotoService(DossierService(forensic.window.context.session.session))
    ruler = service.photos(exam_id)[4]
    assert [type(a) for a in ruler.annotations] == [Measurement, Arrow]
    forensic.workspace.area.undo_action.trigger()
    forensic.settle()
    assert [type(a) for a in service.get(ruler.id).annotations] == [Measurement]

    # A fresh program on the same vault folder shows everything as it was left.
    forensic.shell.shutdown()
    workers.wait_for_done(10_000)
    shell = make_shell()
    shell.start(vault_dir)
    window = login(shell, "arts")
    window.resize(1400, 900)
    window.show_workspace("forensic")
    again = Forensic(qtbot, shell, window, workers)
    again.settle()
    subject_id, _ = again.service.case_of_examination(exam_id)
    again.open(subject_id, exam_id)
    again.show_body_map()
    assert [
        (i.number, i.point.view, i.region_code) for i in again.body_map.model.rows
    ] == injuries
    photos_tab = again.workspace.photos
    again.workspace.area.tabs.setCurrentWidget(photos_tab)
    again.settle()
    assert photos_tab.model.rowCount() == 5
    stored = PhotoService(DossierService(window.context.session.session)).photos(exam_id)
    assert [p.source_name for p in stored][:4] == [f"IMG_{i:04d}.JPG" for i in range(4)]
    (measurement,) = stored[4].annotations
    assert isinstance(measurement, Measurement)
    assert measurement.value_mm == pytest.approx(50, rel=0.01)
    assert stored[4].calibration is not None
    assert stored[4].calibration.px_per_mm == pytest.approx(RULER_PX_PER_MM, rel=0.005)
    photos_tab.open_photo(4)
    again.settle()
    assert len(photos_tab.viewer.view.annotation_items) == 1
