"""The imaging panel: DICOM import with per-file errors, the study list, window/level, header."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.forensics.imaging_panel import ImagingPanel
from forensics.dicom import MalformedDicom
from forensics.dicom_export import PatientData, StudyData
from forensics.dicom_window import Window
from forensics.dossiers import DossierService
from forensics.synthetic import make_synthetic_radiograph, truncated
from forensics.synthetic_dicom import WINDOW_CENTRE, WINDOW_WIDTH, RadiographOptions
from tests.ui.forensics_photos.desk import Desk, idle

Show = Callable[[QWidget], QWidget]
PATIENT = PatientData("Proef", "Daan", "SYN-0042", date(2024, 1, 5), "M")
STUDY = StudyData(date(2024, 3, 14), study_id="SKELET-1")


def _survey(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for i, part in enumerate(("SKULL", "CHEST", "ARM")):
        path = folder / f"IM{i:04d}.dcm"
        options = RadiographOptions(body_part=part, identifying_extras=False)
        path.write_bytes(make_synthetic_radiograph(PATIENT, STUDY, options=options))
        paths.append(path)
    return paths


def _panel(qtbot: QtBot, desk: Desk, show: Show) -> ImagingPanel:
    panel = ImagingPanel(desk.context, desk.undo_stack)
    show(panel)
    panel.set_examination(desk.examination_id)
    idle(qtbot, desk.workers)
    return panel


def _pixels(panel: ImagingPanel) -> bytes:
    image = panel.view.rendered().toImage()
    return bytes(image.constBits())


def test_a_synthetic_survey_imports_and_a_damaged_file_gets_the_domains_message(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    panel = _panel(qtbot, desk, show)
    assert "Nog geen beeldvorming" in panel.empty.text()
    paths = _survey(tmp_path / "cd")
    broken = tmp_path / "cd" / "IM9999.dcm"
    broken.write_bytes(truncated(paths[0].read_bytes(), 0.6))
    (tmp_path / "cd" / "DICOMDIR").write_bytes(b"not read: an index")

    with qtbot.waitSignal(panel.import_status.finished, timeout=60_000) as finished:
        assert panel.import_paths([tmp_path / "cd"])
    outcome = finished.args[0]
    assert outcome.imported == 3 and outcome.skipped == 1
    assert [(p.name, p.reason) for p in outcome.failures] == [
        ("IM9999.dcm", MalformedDicom().message)
    ]
    assert "1 indexbestand(en) (DICOMDIR) overgeslagen" in panel.import_status.result_label.text()
    idle(qtbot, desk.workers)

    studies = panel.studies
    assert studies.rowCount() == 1 and studies.object_count() == 3
    study = studies.item(0)
    assert [study.text(), studies.item(0, 1).text(), studies.item(0, 2).text()] == [
        "Computed Radiography (3)",
        "CR",
        "14-03-2024",
    ]
    parts = {study.child(r).text() for r in range(3)}
    assert parts == {"arm (ARM)", "thorax (CHEST)", "schedel (SKULL)"}
    assert {study.child(r, 2).text() for r in range(3)} == {"256 × 320"}
    assert panel.count_label.text() == "1 onderzoek, 3 objecten"

    with qtbot.waitSignal(panel.import_status.finished, timeout=60_000) as again:
        assert panel.import_paths(paths[:1])
    assert again.args[0].imported == 0 and len(again.args[0].duplicates) == 1


def test_window_and_level_change_the_rendered_pixels(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    panel = _panel(qtbot, desk, show)
    with qtbot.waitSignal(panel.import_status.finished, timeout=60_000):
        panel.import_paths(_survey(tmp_path / "cd"))
    idle(qtbot, desk.workers)
    qtbot.waitUntil(lambda: panel.view.picture is not None)
    assert panel.current_window() == Window(WINDOW_CENTRE, WINDOW_WIDTH)
    assert (
        panel.centre_slider.value() == WINDOW_CENTRE and panel.width_slider.value() == WINDOW_WIDTH
    )
    default = _pixels(panel)

    panel.width_slider.setValue(800)
    assert panel.current_window() == Window(WINDOW_CENTRE, 800)
    narrow = _pixels(panel)
    assert narrow != default
    panel.centre_slider.setValue(1200)
    assert _pixels(panel) not in (default, narrow)

    viewport = panel.view.viewport()
    before = panel.current_window()
    assert before is not None
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    QTest.mouseMove(viewport, QPoint(160, 130))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(160, 130))
    after = panel.current_window()
    assert after is not None and after.width > before.width and after.centre > before.centre
    assert panel.width_slider.value() == round(after.width)

    panel.reset_button.click()
    assert (
        panel.current_window() == Window(WINDOW_CENTRE, WINDOW_WIDTH) and _pixels(panel) == default
    )


def test_the_header_table_lists_the_objects_attributes(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    panel = _panel(qtbot, desk, show)
    with qtbot.waitSignal(panel.import_status.finished, timeout=60_000):
        panel.import_paths(_survey(tmp_path / "cd"))
    idle(qtbot, desk.workers)
    qtbot.waitUntil(lambda: panel.header.rowCount() > 20)
    rows = {r.name: r for r in (panel.header.row_at(i) for i in range(panel.header.rowCount()))}
    assert rows["Modality"].value == "CR" and rows["Modality"].tag == "(0008,0060)"
    assert rows["PatientID"].value == "SYN-0042"
    assert rows["PixelData"].value == f"<{320 * 256 * 2} bytes>"
    assert rows["TransferSyntaxUID"].vr == "UI"
    panel.tabs.setCurrentIndex(1)
    assert panel.table.isVisible()


def test_without_an_examination_nothing_imports(qtbot: QtBot, desk: Desk, show: Show) -> None:
    panel = ImagingPanel(desk.context, desk.undo_stack)
    show(panel)
    panel.set_examination(None)
    assert not panel.import_paths([Path("/tmp/none.dcm")])
    assert not panel.import_button.isEnabled()



def _mime(folder: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    return mime


def _drag_enter(panel: QWidget, mime: QMimeData) -> bool:
    """Drag ``mime`` over the panel, as a file manager does; whether the panel takes it."""
    enter = QDragEnterEvent(
        QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(panel, enter)
    return enter.isAccepted()


def test_a_cd_folder_dropped_on_the_panel_imports_and_a_sealed_one_refuses_it(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    panel = _panel(qtbot, desk, show)
    mime = _mime(tmp_path / "cd")
    _survey(tmp_path / "cd")
    assert _drag_enter(panel, mime), "the panel refused the drag"
    drop = QDropEvent(
        QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(panel.import_status.finished, timeout=60_000) as finished:
        QApplication.sendEvent(panel, drop)
    assert drop.isAccepted() and finished.args[0].imported == 3
    idle(qtbot, desk.workers)
    DossierService(desk.session).seal(desk.examination_id)
    panel.refresh()
    idle(qtbot, desk.workers)
    assert not panel.import_button.isEnabled()
    assert not _drag_enter(panel, mime), "a sealed examination takes no more objects"
