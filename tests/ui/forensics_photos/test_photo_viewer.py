"""The photo viewer: calibrate and measure by clicks, annotate with undo, persistence, views."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.forensics.annotation_geometry import PhotoGeometry
from desktop.forensics.annotation_tools import Tool
from desktop.forensics.photo_panel import PhotosPanel
from forensics.annotations import (
    Arrow,
    Ellipse,
    Measurement,
    MeasurementKind,
    NumberedMarker,
    Polyline,
    Text,
)
from forensics.dossiers import DossierService
from forensics.injuries import InjuryService
from forensics.measure import Calibration
from forensics.photos import Photo, PhotoService
from forensics.records import BodyPoint, PhotoCategory
from forensics.synthetic import SyntheticPhoto, make_injury_photo, make_ruler_image
from tests.ui.forensics_photos.desk import Desk, click_scene, idle, viewport_point

Show = Callable[[QWidget], QWidget]
RULER_PX_PER_MM = 11.8


def _import(desk: Desk, path: Path, data: bytes) -> Photo:
    path.write_bytes(data)
    report = PhotoService(DossierService(desk.session)).import_files(desk.examination_id, [path])
    assert report.imported, report.failures
    return report.imported[0]


def _viewer(qtbot: QtBot, desk: Desk, show: Show) -> PhotosPanel:
    panel = PhotosPanel(desk.context, desk.undo_stack)
    show(panel)
    panel.set_examination(desk.examination_id)
    idle(qtbot, desk.workers)
    panel.open_photo(0)
    idle(qtbot, desk.workers)
    return panel


def _stored(desk: Desk, photo_id: str) -> Photo:
    return PhotoService(DossierService(desk.session)).get(photo_id)


def _answer(qtbot: QtBot, panel: PhotosPanel, text: str | None) -> None:
    """Type into the prompt bar (or keep its suggestion) and press Enter."""
    prompt = panel.viewer.prompt
    qtbot.waitUntil(prompt.isVisible)
    if text is not None:
        prompt.edit.selectAll()
        QTest.keyClicks(prompt.edit, text)
    QTest.keyClick(prompt.edit, Qt.Key.Key_Return)


def _calibrate(
    qtbot: QtBot, panel: PhotosPanel, a: tuple[float, float], b: tuple[float, float], mm: str
) -> None:
    viewer = panel.viewer
    viewer.tool_buttons[Tool.CALIBRATE].click()
    click_scene(viewer.view, a)
    click_scene(viewer.view, b)
    assert viewer.prompt.isVisible() and viewer.prompt.ok_button.text() == "Schaal opslaan"
    _answer(qtbot, panel, mm)


def test_calibrate_on_a_ruler_by_clicks_and_measure_a_known_length_within_one_percent(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    png, (x0, y0) = make_ruler_image(RULER_PX_PER_MM, 150)
    photo = _import(desk, tmp_path / "liniaal.png", png)
    panel = _viewer(qtbot, desk, show)
    viewer = panel.viewer
    assert not viewer.tool_buttons[Tool.LENGTH].isEnabled()  # nothing to measure with yet

    _calibrate(qtbot, panel, (x0, y0), (x0 + 100 * RULER_PX_PER_MM, y0), "100")
    idle(qtbot, desk.workers)
    calibration = _stored(desk, photo.id).calibration
    assert calibration is not None
    assert calibration.px_per_mm == pytest.approx(RULER_PX_PER_MM, rel=0.005)
    assert desk.undo_stack.undoText() == "Schaal ijken"
    assert "Geijkt" in viewer.details.scale.text()

    viewer.tool_buttons[Tool.LENGTH].click()
    start, end = (x0 + 20 * RULER_PX_PER_MM, y0 + 60), (x0 + 70 * RULER_PX_PER_MM, y0 + 60)
    click_scene(viewer.view, start)
    QTest.mouseMove(viewer.view.viewport(), viewport_point(viewer.view, end))
    assert viewer.live.text().startswith("Lengte: ") and viewer.live.text().endswith(" mm")
    live_mm = float(viewer.live.text().split(": ")[1].removesuffix(" mm").replace(",", "."))
    assert live_mm == pytest.approx(50, rel=0.01)
    click_scene(viewer.view, end)
    idle(qtbot, desk.workers)
    (measurement,) = _stored(desk, photo.id).annotations
    assert isinstance(measurement, Measurement) and measurement.kind is MeasurementKind.LENGTH
    assert measurement.value_mm == pytest.approx(50, rel=0.01)
    assert len(viewer.view.annotation_items) == 1


def test_area_and_length_along_a_line_are_measured_in_mm(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    png, (x0, y0) = make_ruler_image(RULER_PX_PER_MM, 150)
    photo = _import(desk, tmp_path / "liniaal.png", png)
    PhotoService(DossierService(desk.session)).update(
        photo.id, calibration=Calibration(RULER_PX_PER_MM)
    )
    panel = _viewer(qtbot, desk, show)
    view = panel.viewer.view
    mm = RULER_PX_PER_MM
    square = [(x0 + a * mm, y0 + b * mm) for a, b in ((10, 5), (40, 5), (40, 25), (10, 25))]

    panel.viewer.tool_buttons[Tool.AREA].click()
    for corner in square:
        click_scene(view, corner)
    QTest.keyClick(view, Qt.Key.Key_Return)
    panel.viewer.tool_buttons[Tool.PATH_LENGTH].click()
    for corner in square[:3]:
        click_scene(view, corner)
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, square[2])
    )
    idle(qtbot, desk.workers)

    area, path = _stored(desk, photo.id).annotations
    assert isinstance(area, Measurement) and area.kind is MeasurementKind.AREA
    assert area.value_mm == pytest.approx(30 * 20, rel=0.02)
    assert area.label.endswith("mm²")
    assert isinstance(path, Measurement) and len(path.points) == 3
    assert path.value_mm == pytest.approx(30 + 20, rel=0.01)


def test_an_exif_rotated_photo_stores_clicks_in_the_originals_pixel_space(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    synthetic: SyntheticPhoto = make_injury_photo(1200, 900, orientation_tag=6)
    photo = _import(desk, tmp_path / "gedraaid.jpg", synthetic.jpeg)
    geometry = PhotoGeometry.of(photo)
    assert geometry.upright_size == (1200, 900) and photo.width == 900  # stored on its side
    panel = _viewer(qtbot, desk, show)
    view = panel.viewer.view

    zero, end = geometry.to_view(synthetic.zero_mark), geometry.to_view(synthetic.end_mark)
    _calibrate(qtbot, panel, zero, end, "100")
    idle(qtbot, desk.workers)
    stored = _stored(desk, photo.id)
    assert stored.calibration is not None
    assert stored.calibration.px_per_mm == pytest.approx(synthetic.px_per_mm, rel=0.01)

    bruise = geometry.to_view(synthetic.bruise_centre)
    panel.viewer.tool_buttons[Tool.ARROW].click()
    click_scene(view, (bruise[0] - 150, bruise[1] - 120))
    click_scene(view, bruise)
    idle(qtbot, desk.workers)
    (arrow,) = _stored(desk, photo.id).annotations
    assert isinstance(arrow, Arrow)
    assert math.dist(arrow.end, synthetic.bruise_centre) < 4  # stored space, within a click
    assert math.dist(arrow.end, bruise) > 100  # ... which is not the upright space
    item = view.annotation_items[0]
    head = view.mapFromScene(QPointF(*bruise))
    assert item.isVisible() and item.sceneBoundingRect().contains(view.mapToScene(head))


def _draw_every_kind(qtbot: QtBot, panel: PhotosPanel) -> None:
    viewer, view = panel.viewer, panel.viewer.view
    viewer.tool_buttons[Tool.ARROW].click()
    click_scene(view, (100, 100))
    click_scene(view, (300, 250))
    viewer.tool_buttons[Tool.ELLIPSE].click()
    click_scene(view, (350, 150))
    click_scene(view, (550, 300))
    viewer.tool_buttons[Tool.POLYLINE].click()
    for point in ((100, 400), (200, 450), (300, 420)):
        click_scene(view, point)
    QTest.keyClick(view, Qt.Key.Key_Return)
    viewer.tool_buttons[Tool.TEXT].click()
    click_scene(view, (600, 100))
    _answer(qtbot, panel, "hematoom, blauw-paars")
    viewer.tool_buttons[Tool.MARKER].click()
    click_scene(view, (650, 400))
    _answer(qtbot, panel, None)  # the suggested number


KINDS = [Arrow, Ellipse, Polyline, Text, NumberedMarker]


def test_each_annotation_kind_is_added_and_undone_and_redone(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    photo = _import(desk, tmp_path / "foto.jpg", make_injury_photo(800, 600).jpeg)
    panel = _viewer(qtbot, desk, show)
    _draw_every_kind(qtbot, panel)
    idle(qtbot, desk.workers)

    stored = _stored(desk, photo.id).annotations
    assert [type(a) for a in stored] == KINDS
    text, marker = stored[3], stored[4]
    assert isinstance(text, Text) and text.text == "hematoom, blauw-paars"
    assert isinstance(marker, NumberedMarker) and marker.number == 1
    assert desk.undo_stack.count() == 5
    for remaining in range(4, -1, -1):
        desk.undo_stack.undo()
        assert [type(i.annotation) for i in panel.viewer.view.annotation_items] == KINDS[:remaining]
    idle(qtbot, desk.workers)
    assert _stored(desk, photo.id).annotations == ()
    for count in range(1, 6):
        desk.undo_stack.redo()
        assert len(panel.viewer.view.annotation_items) == count
    idle(qtbot, desk.workers)
    assert _stored(desk, photo.id).annotations == stored


def test_moving_editing_and_deleting_an_annotation_are_undoable(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    photo = _import(desk, tmp_path / "foto.jpg", make_injury_photo(800, 600).jpeg)
    PhotoService(DossierService(desk.session)).update(
        photo.id, annotations=[NumberedMarker((200.0, 200.0), 1), Text((500.0, 100.0), "oud")]
    )
    panel = _viewer(qtbot, desk, show)
    view = panel.viewer.view
    viewport = view.viewport()

    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=viewport_point(view, (200, 200)))
    QTest.mouseMove(viewport, viewport_point(view, (260, 230)))
    QTest.mouseMove(viewport, viewport_point(view, (300, 250)))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=viewport_point(view, (300, 250)))
    idle(qtbot, desk.workers)
    marker = _stored(desk, photo.id).annotations[0]
    assert isinstance(marker, NumberedMarker)
    assert math.dist(marker.pos, (300, 250)) < 3
    assert desk.undo_stack.undoText() == "Annotatie verplaatsen"

    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=viewport_point(view, (520, 110)))
    _answer(qtbot, panel, "nieuw")
    idle(qtbot, desk.workers)
    edited = _stored(desk, photo.id).annotations[1]
    assert isinstance(edited, Text) and edited.text == "nieuw" and edited.pos == (500.0, 100.0)

    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=viewport_point(view, (300, 250)))
    assert view.selected_indexes() == [0]
    QTest.keyClick(view, Qt.Key.Key_Delete)
    idle(qtbot, desk.workers)
    assert [type(a) for a in _stored(desk, photo.id).annotations] == [Text]

    for _ in range(3):
        desk.undo_stack.undo()
    idle(qtbot, desk.workers)
    original = _stored(desk, photo.id).annotations
    assert original == (NumberedMarker((200.0, 200.0), 1), Text((500.0, 100.0), "oud"))


def test_show_original_hides_every_annotation_and_the_scale_bar(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    photo = _import(desk, tmp_path / "foto.jpg", make_injury_photo(800, 600).jpeg)
    PhotoService(DossierService(desk.session)).update(
        photo.id,
        calibration=Calibration(5.0),
        annotations=[Arrow((100.0, 300.0), (700.0, 300.0), width=12)],
    )
    panel = _viewer(qtbot, desk, show)
    view, button = panel.viewer.view, panel.viewer.original_button
    spot = viewport_point(view, (400, 300))

    def colour_at_spot() -> QColor:
        return view.viewport().grab().toImage().pixelColor(spot)

    with_overlay = colour_at_spot()
    assert with_overlay.red() > 200 and with_overlay.green() > 180 and with_overlay.blue() < 60
    button.click()
    assert button.isChecked() and not view.annotation_items[0].isVisible()
    without = colour_at_spot()
    assert abs(without.red() - 222) < 50 and without.blue() > 90  # skin, not signal yellow
    button.click()
    assert view.annotation_items[0].isVisible()
    assert colour_at_spot() == with_overlay


def test_zoom_fit_and_rotation_change_only_the_view_and_close_zoom_decodes_the_original(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    data = make_injury_photo(1600, 1200, orientation_tag=8).jpeg
    photo = _import(desk, tmp_path / "groot.jpg", data)
    panel = _viewer(qtbot, desk, show)
    viewer, view = panel.viewer, panel.viewer.view
    assert view.zoom < 0.7 and not view.full_resolution
    assert view.image_scale == pytest.approx(1.6, rel=0.01)  # the 1000 px preview, stretched

    viewer.actual_button.click()
    assert view.zoom == 1.0 and viewer.zoom_label.text() == "100 %"
    idle(qtbot, desk.workers)
    assert view.full_resolution and view.image_scale == 1.0
    assert view.image_item.pixmap().width() == 1600

    viewer.rotate_button.click()
    assert view.rotation == 90
    viewer.fit_button.click()
    assert view.zoom < 0.7
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton)  # select tool: nothing happens
    assert PhotoService(DossierService(desk.session)).original_bytes(photo.id) == data
    assert _stored(desk, photo.id).annotations == ()


def test_category_caption_and_injury_links_are_set_undoable_and_fill_the_checklist(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    injuries = InjuryService(DossierService(desk.session))
    first = injuries.add(
        desk.examination_id, BodyPoint("anterior", 0.5, 0.3), "trunk.chest", "bruise"
    )
    photo = _import(desk, tmp_path / "foto.jpg", make_injury_photo(800, 600).jpeg)
    panel = _viewer(qtbot, desk, show)
    details = panel.viewer.details

    row = details.category.findData(PhotoCategory.CLOSE_UP_SCALE)
    details.category.setCurrentIndex(row)
    details.category.activated.emit(row)  # what choosing it with mouse or keyboard sends
    details.caption.setFocus()
    QTest.keyClicks(details.caption, "letsel 1, borstkas")
    QTest.keyClick(details.caption, Qt.Key.Key_Return)
    links = details.links
    assert links.rowCount() == 1 and links.data(links.index(0)).endswith(" · hematoom")
    links.setData(links.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    idle(qtbot, desk.workers)

    stored = _stored(desk, photo.id)
    assert stored.category is PhotoCategory.CLOSE_UP_SCALE
    assert stored.caption == "letsel 1, borstkas" and stored.injury_ids == (first.id,)
    checklist = panel.checklist
    qtbot.waitUntil(
        lambda: checklist.rowCount() == 1 and checklist.has(0, PhotoCategory.CLOSE_UP_SCALE)
    )
    assert not checklist.has(0, PhotoCategory.OVERVIEW)
    assert panel.model.injuries_text(panel.model.row_at(0)) == "Letsel 1"

    for _ in range(3):
        desk.undo_stack.undo()
    idle(qtbot, desk.workers)
    stored = _stored(desk, photo.id)
    assert (stored.category, stored.caption, stored.injury_ids) == (None, "", ())
    assert details.caption.text() == "" and details.category.currentIndex() == 0


def test_everything_is_as_left_after_locking_and_unlocking_the_vault(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    png, (x0, y0) = make_ruler_image(RULER_PX_PER_MM, 150)
    photo = _import(desk, tmp_path / "liniaal.png", png)
    panel = _viewer(qtbot, desk, show)
    _calibrate(qtbot, panel, (x0, y0), (x0 + 100 * RULER_PX_PER_MM, y0), "100")
    _draw_every_kind(qtbot, panel)
    panel.viewer.details.caption.setFocus()
    QTest.keyClicks(panel.viewer.details.caption, "liniaal")
    QTest.keyClick(panel.viewer.details.caption, Qt.Key.Key_Return)
    idle(qtbot, desk.workers)
    before = _stored(desk, photo.id)

    desk.reopen()
    idle(qtbot, desk.workers)
    again = PhotosPanel(desk.context, desk.undo_stack)
    show(again)
    again.set_examination(desk.examination_id)
    idle(qtbot, desk.workers)
    again.open_photo(0)
    idle(qtbot, desk.workers)

    after = _stored(desk, photo.id)
    assert after == before
    assert [type(i.annotation) for i in again.viewer.view.annotation_items] == KINDS
    assert again.viewer.view.calibration == before.calibration
    assert again.viewer.details.caption.text() == "liniaal"


def test_an_edit_the_vault_refuses_is_reported_and_the_photo_read_back(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    photo = _import(desk, tmp_path / "foto.jpg", make_injury_photo(800, 600).jpeg)
    panel = _viewer(qtbot, desk, show)
    DossierService(desk.session).seal(desk.examination_id)  # sealed elsewhere meanwhile
    view = panel.viewer.view

    with qtbot.waitSignal(panel.editor.failed, timeout=10_000):
        panel.viewer.tool_buttons[Tool.ARROW].click()
        click_scene(view, (100, 100))
        click_scene(view, (300, 250))
    idle(qtbot, desk.workers)
    box = panel.findChild(QMessageBox, "errorBox")
    assert box is not None and "afgesloten" in box.text()
    assert view.annotation_items == [] and panel.editor.photo(photo.id).annotations == ()  # type: ignore[union-attr]  # remembered at load
    assert _stored(desk, photo.id).annotations == ()
    assert not panel.viewer.tool_buttons[Tool.ARROW].isEnabled()  # now known to be sealed
    box.close()


def test_refresh_shows_injuries_placed_on_the_body_map_meanwhile(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    _import(desk, tmp_path / "foto.jpg", make_injury_photo(800, 600).jpeg)
    panel = _viewer(qtbot, desk, show)
    assert panel.links.rowCount() == 0 and panel.viewer.details.no_injuries.isVisible()
    InjuryService(DossierService(desk.session)).add(
        desk.examination_id, BodyPoint("anterior", 0.5, 0.3), "trunk.chest", "bruise"
    )
    panel.refresh()
    idle(qtbot, desk.workers)
    assert panel.links.rowCount() == 1 and panel.viewer.details.injuries.isVisible()
    assert panel.checklist.rowCount() == 1 and not panel.checklist.has(0, PhotoCategory.OVERVIEW)


def test_the_next_photo_never_shows_over_the_previous_ones_pixels(
    qtbot: QtBot, desk: Desk, show: Show, tmp_path: Path
) -> None:
    _import(desk, tmp_path / "a.jpg", make_injury_photo(800, 600, seed=1).jpeg)
    _import(desk, tmp_path / "b.jpg", make_injury_photo(600, 800, seed=2).jpeg)
    panel = _viewer(qtbot, desk, show)
    viewer = panel.viewer
    assert viewer.view.image_item.pixmap().size().toTuple() == (800, 600)
    viewer.next_button.click()
    assert viewer.view.image_item.pixmap().isNull()  # until the preview of b has been read
    idle(qtbot, desk.workers)
    assert viewer.view.image_item.pixmap().size().toTuple() == (600, 800)
    assert viewer.title.text() == "Foto 2 van 2 · b.jpg" and not viewer.next_button.isEnabled()
    viewer.back_button.click()
    assert panel.pages.currentWidget() is not viewer
