"""The body map: placing, moving, editing and deleting injuries by hand, with undo, and flags."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.forensics.injury_dialog import InjuryDialog
from forensics.bodymap import BodyFigure, View
from forensics.injuries import InjuryService
from forensics.records import Examination, Subject
from forensics.vocabulary import InjuryPattern, InjuryType
from tests.ui.forensics.conftest import Forensic


def _abrasion(dialog: InjuryDialog) -> None:
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(InjuryType.ABRASION.code))
    dialog.length_box.setValue(30)
    dialog.width_box.setValue(4)


def _drag(forensic: Forensic, start: QPoint, end: QPoint) -> None:
    """Press, move in steps with the button held, release: a drag as a hand makes it."""
    viewport = forensic.body_map.map.viewport()
    left = Qt.MouseButton.LeftButton

    def send(kind: QMouseEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind, QPointF(at), QPointF(viewport.mapToGlobal(at)), left, buttons,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(viewport, event)

    send(QMouseEvent.Type.MouseButtonPress, start, left)
    for step in range(1, 6):
        send(QMouseEvent.Type.MouseMove, start + (end - start) * step / 5, left)
    send(QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_three_injuries_on_two_views_by_clicks(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    _, exam = adult_exam
    panel = forensic.show_body_map()
    assert panel.model.figure is BodyFigure.ADULT
    assert forensic.place(View.ANTERIOR, "upper_arm.right", _abrasion) == "bovenarm rechts"
    forensic.place(View.ANTERIOR, "trunk.abdomen")
    forensic.place(View.POSTERIOR, "trunk.back.upper")
    injuries = InjuryService(forensic.service).of_examination(exam.id)
    assert [(i.number, i.point.view, i.region_code, i.type) for i in injuries] == [
        (1, "anterior", "upper_arm.right", "abrasion"),
        (2, "anterior", "trunk.abdomen", "bruise"),
        (3, "posterior", "trunk.back.upper", "bruise"),
    ]
    assert (injuries[0].length_mm, injuries[0].width_mm) == (30, 4)
    assert panel.model.rowCount() == 3
    assert set(panel.map.markers) == {injuries[2].id}, "only the back's marker on the back view"
    panel.show_view(View.ANTERIOR)
    assert {m.number for m in panel.map.markers.values()} == {1, 2}


def test_a_click_outside_the_body_places_nothing_and_says_so(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    panel = forensic.show_body_map()
    panel.show_view(View.ANTERIOR)
    forensic.click_body(0.02, 0.02)
    assert panel.injury_dialog is None
    assert "Buiten het lichaam" in panel.status.text() and panel.status.isVisible()
    assert panel.model.rowCount() == 0


def test_cancelling_the_form_leaves_no_injury(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    panel = forensic.show_body_map()
    x, y = forensic.point_in(View.ANTERIOR, "thigh.left")
    forensic.click_body(x, y)
    assert panel.injury_dialog is not None
    panel.injury_dialog.reject()
    forensic.settle()
    assert panel.model.rowCount() == 0 and panel.map._pending is None
    assert not panel.undo_stack.canUndo()


def test_dragging_a_marker_moves_point_and_region_and_undo_moves_it_back(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    panel = forensic.show_body_map()
    forensic.place(View.ANTERIOR, "thigh.right")
    injury = panel.model.row_at(0)
    start = forensic.viewport_pos(injury.point.x, injury.point.y)
    x, y = forensic.point_in(View.ANTERIOR, "shin.left")
    _drag(forensic, start, forensic.viewport_pos(x, y))
    forensic.settle()
    moved = panel.model.row_at(0)
    assert moved.region_code == "shin.left"
    assert abs(moved.point.x - x) < 0.01 and abs(moved.point.y - y) < 0.01
    assert panel.status.text() == "Letsel 1 verplaatst naar: scheen links"
    assert panel.undo_stack.undoText().startswith("Letsel 1 verplaatsen")
    panel.undo_stack.undo()
    forensic.settle()
    back = panel.model.row_at(0)
    assert back.region_code == "thigh.right" and back.point == injury.point
    marker = panel.map.markers[injury.id]
    assert marker.pos() == panel.map.scene_point(injury.point.x, injury.point.y)


def test_dragging_a_marker_off_the_body_puts_it_back(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    panel = forensic.show_body_map()
    forensic.place(View.ANTERIOR, "trunk.chest")
    injury = panel.model.row_at(0)
    _drag(
        forensic,
        forensic.viewport_pos(injury.point.x, injury.point.y),
        forensic.viewport_pos(0.03, 0.5),
    )
    forensic.settle()
    assert panel.model.row_at(0) == injury
    marker = panel.map.markers[injury.id]
    assert marker.pos() == panel.map.scene_point(injury.point.x, injury.point.y)
    assert "blijft op zijn plaats" in panel.status.text()
    assert panel.undo_stack.count() == 1, "only the placing is in the history"


def test_delete_undo_and_redo_through_the_shortcuts(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    _, exam = adult_exam
    panel = forensic.show_body_map()
    forensic.place(View.ANTERIOR, "trunk.chest")
    forensic.place(View.ANTERIOR, "trunk.abdomen")
    first = panel.model.row_at(0)
    panel.select(first.id)
    assert panel.map.selected_id() == first.id
    forensic.window.activateWindow()  # a shortcut goes to the active window
    qtbot.waitUntil(forensic.window.isActiveWindow)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    forensic.settle()
    assert [i.number for i in panel.model.rows] == [2]
    assert first.id not in panel.map.markers
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    forensic.settle()
    assert panel.model.get(first.id) == first, "restored with its id, number and place"
    assert first.id in panel.map.markers
    qtbot.keyClick(
        panel.table, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    forensic.settle()
    assert panel.model.get(first.id) is None
    assert [i.number for i in InjuryService(forensic.service).of_examination(exam.id)] == [2]


def test_undoing_the_placing_removes_the_injury_and_redo_brings_it_back(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    panel = forensic.show_body_map()
    forensic.place(View.HEAD, "head.face.forehead")
    injury = panel.model.row_at(0)
    panel.undo_stack.undo()
    forensic.settle()
    assert panel.model.rowCount() == 0 and not panel.map.markers
    panel.undo_stack.redo()
    forensic.settle()
    assert panel.model.rows == [injury]


def test_editing_in_the_form_is_one_undoable_step(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    panel = forensic.show_body_map()
    forensic.place(View.ANTERIOR, "forearm.left")
    injury = panel.model.row_at(0)
    panel.select(injury.id)
    dialog = panel.edit_selected()
    assert dialog is not None
    assert dialog.type_combo.currentData() == InjuryType.BRUISE.code
    dialog.pattern_combo.setCurrentIndex(
        dialog.pattern_combo.findData(InjuryPattern.GRIP_MARKS.code)
    )
    qtbot.keyClicks(dialog.colour_edit, "blauw-paars")
    dialog.ok_button.click()
    forensic.settle()
    edited = panel.model.row_at(0)
    assert (edited.pattern, edited.colour) == ("grip_marks", "blauw-paars")
    assert panel.undo_stack.undoText() == "Letsel 1 wijzigen"
    panel.undo_stack.undo()
    forensic.settle()
    assert panel.model.row_at(0) == injury


def test_the_form_has_no_field_for_the_age_of_a_bruise(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    forensic.show_body_map()
    x, y = forensic.point_in(View.ANTERIOR, "trunk.chest")
    forensic.click_body(x, y)
    dialog = forensic.body_map.injury_dialog
    assert dialog is not None
    assert set(dialog.values()) == {
        "type", "length_mm", "width_mm", "shape", "colour", "pattern", "description"
    }  # fmt: skip
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.region_label)))
    assert "leeftijd van letsel niet" in texts, "the form says why there is no age"
    dialog.reject()


def test_selecting_in_the_list_selects_the_marker_and_switches_view(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    panel = forensic.show_body_map()
    forensic.place(View.ANTERIOR, "trunk.chest")
    forensic.place(View.POSTERIOR, "trunk.back.lower")
    front, back = panel.model.rows
    panel.show_view(View.ANTERIOR)
    panel.table.selectRow(1)
    assert panel.map.view is View.POSTERIOR
    assert panel.view_buttons.checkedButton().objectName() == "view_posterior"
    assert panel.map.selected_id() == back.id
    panel.show_view(View.ANTERIOR)
    panel.map.markers[front.id].setSelected(True)
    assert panel.selected_id() == front.id, "selecting the marker selects its row"


def test_the_ten4_banner_shows_for_a_young_child_and_goes_when_the_bruise_goes(
    qtbot: QtBot, forensic: Forensic, child_exam: tuple[Subject, Examination]
) -> None:
    panel = forensic.show_body_map()
    assert panel.model.figure is BodyFigure.CHILD, "a two-year-old gets the child drawing"
    assert not panel.banner.isVisible()
    forensic.place(View.ANTERIOR, "thigh.left")
    assert not panel.banner.isVisible(), "a bruise on the thigh meets no criterion"
    forensic.place(View.ANTERIOR, "trunk.chest")
    assert panel.banner.isVisible()
    assert len(panel.banner.flags) == 1
    text = " ".join(label.text() for label in panel.banner.labels)
    assert "Blauwe plek op de romp" in text and "TEN-4-FACESp" in text
    assert "letsel 2" in text
    chip = forensic.workspace.area.flags_chip
    assert chip.isVisible() and "1 signalering" in chip.text()
    chest = panel.model.row_at(1)
    assert panel.model.is_flagged(chest.id) and panel.map.markers[chest.id].flagged
    panel.select(chest.id)
    panel.delete_selected()
    forensic.settle()
    assert not panel.banner.isVisible() and not chip.isVisible()
    panel.undo_stack.undo()
    forensic.settle()
    assert panel.banner.isVisible(), "undo brings the flag back"


def test_a_patterned_bruise_and_an_ear_show_each_flag_with_its_explanation(
    forensic: Forensic, child_exam: tuple[Subject, Examination]
) -> None:
    panel = forensic.show_body_map()

    def hand(dialog: InjuryDialog) -> None:
        dialog.pattern_combo.setCurrentIndex(
            dialog.pattern_combo.findData(InjuryPattern.HAND_IMPRINT.code)
        )

    forensic.place(View.HEAD, "ear.left")
    forensic.place(View.ANTERIOR, "thigh.right", hand)
    criteria = [f.criterion.code for f in panel.banner.flags]
    assert criteria == ["ear", "patterned"]
    for explanation in panel.banner.explanations():
        assert explanation in " ".join(label.text() for label in panel.banner.labels)
    panel.banner.toggle.click()
    assert "Pierce" not in panel.banner.labels[0].text(), "the explanation folds away"
    panel.banner.toggle.click()
    assert "Pierce" in panel.banner.labels[0].text()


def test_switching_examination_clears_the_undo_history(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    subject, exam = adult_exam
    panel = forensic.show_body_map()
    forensic.place(View.ANTERIOR, "trunk.chest")
    assert panel.undo_stack.canUndo()
    second = forensic.service.create_examination(subject.id, exam.examined_at)
    forensic.open(subject.id, second.id)
    assert not panel.undo_stack.canUndo() and panel.model.rowCount() == 0


def test_a_sealed_examination_shows_its_injuries_but_takes_no_new_ones(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    subject, exam = adult_exam
    panel = forensic.show_body_map()
    forensic.place(View.ANTERIOR, "trunk.chest")
    forensic.service.seal(exam.id)
    forensic.workspace.area.set_examination(None)
    forensic.open(subject.id, exam.id)
    forensic.show_body_map()
    assert panel.sealed and panel.model.rowCount() == 1
    x, y = forensic.point_in(View.ANTERIOR, "trunk.abdomen")
    forensic.click_body(x, y)
    assert panel.injury_dialog is None
    assert "afgesloten" in panel.status.text()
    assert not panel.delete_button.isEnabled() or panel.selected_id() is None
    panel.select(panel.model.row_at(0).id)
    assert not panel.delete_button.isEnabled() and panel.edit_button.text() == "Bekijken…"
