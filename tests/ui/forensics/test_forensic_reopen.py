"""What was documented is there again after locking, and after a fresh start of the program."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.common.worker import Workers
from desktop.forensics.autosave import SaveState
from desktop.forensics.injury_dialog import InjuryDialog
from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow
from forensics.bodymap import View
from forensics.dossiers import DossierService
from forensics.injuries import InjuryService
from forensics.records import Examination, Subject
from forensics.vocabulary import InjuryType
from secure_store.errors import PermissionDenied
from tests.ui.forensics.conftest import Forensic


def _laceration(dialog: InjuryDialog) -> None:
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(InjuryType.LACERATION.code))
    dialog.length_box.setValue(12)


def test_everything_is_found_as_left_after_a_lock_and_after_a_restart(
    qtbot: QtBot,
    forensic: Forensic,
    child_exam: tuple[Subject, Examination],
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[[Shell, str], MainWindow],
    workers: Workers,
) -> None:
    subject, exam = child_exam
    editor = forensic.workspace.editor
    qtbot.waitUntil(lambda: editor.exam is not None)
    qtbot.keyClicks(editor.form.findings_edit, "Drie letsels, zie lichaamskaart.")
    qtbot.waitUntil(lambda: editor.autosaver.state is SaveState.SAVED, timeout=10_000)
    panel = forensic.show_body_map()
    forensic.place(View.ANTERIOR, "trunk.chest")
    forensic.place(View.HEAD, "head.face.forehead", _laceration)
    forensic.place(View.POSTERIOR, "buttock.left")
    left = panel.model.rows
    banner_before = panel.banner.explanations()
    assert banner_before, "chest and buttock bruises on a two-year-old are flagged"

    # Locked and unlocked by the same user: the same window, still open where it was.
    forensic.shell.lock()
    assert login(forensic.shell, "arts") is forensic.window
    forensic.settle()
    assert forensic.workspace.area.examination_id == exam.id
    assert panel.model.rows == left

    # A fresh program on the same vault folder reads it all back from disk.
    forensic.shell.shutdown()
    workers.wait_for_done(10_000)
    shell = make_shell()
    shell.start(vault_dir)
    window = login(shell, "arts")
    window.resize(1400, 900)
    window.show_workspace("forensic")
    again = Forensic(qtbot, shell, window, workers)
    again.settle()
    again.open(subject.id, exam.id)
    fresh_editor = again.workspace.editor
    qtbot.waitUntil(lambda: fresh_editor.exam is not None)
    assert fresh_editor.form.findings_edit.toPlainText() == "Drie letsels, zie lichaamskaart."
    fresh = again.show_body_map()
    assert fresh.model.rows == left
    assert [(i.number, i.point.view, i.region_code, i.type) for i in left] == [
        (1, "anterior", "trunk.chest", "bruise"),
        (2, "head", "head.face.forehead", "laceration"),
        (3, "posterior", "buttock.left", "bruise"),
    ]
    assert left[1].length_mm == 12
    assert fresh.banner.explanations() == banner_before
    fresh.show_view(View.POSTERIOR)
    marker = fresh.map.markers[left[2].id]
    assert marker.number == 3
    assert marker.pos() == fresh.map.scene_point(left[2].point.x, left[2].point.y)


def test_the_opvang_worker_never_sees_the_forensic_workspace(
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[[Shell, str], MainWindow],
) -> None:
    shell = make_shell()
    shell.start(vault_dir)
    window = login(shell, "opvang")
    assert "forensic" not in window.navigation_keys()
    with pytest.raises(KeyError):
        window.workspace("forensic")


def test_the_service_the_screens_use_refuses_the_opvang_worker(
    forensic: Forensic,
    adult_exam: tuple[Subject, Examination],
    login: Callable[[Shell, str], MainWindow],
) -> None:
    _, exam = adult_exam
    forensic.window.switch_action.trigger()
    opvang = login(forensic.shell, "opvang")
    session = opvang.context.session.session
    with pytest.raises(PermissionDenied):
        DossierService(session).search("")
    with pytest.raises(PermissionDenied):
        DossierService(session).examination(exam.id)
    with pytest.raises(PermissionDenied):
        InjuryService(DossierService(session)).of_examination(exam.id)


def test_a_move_that_meets_a_locked_vault_is_dropped_quietly_and_the_map_reread(
    qtbot: QtBot,
    forensic: Forensic,
    adult_exam: tuple[Subject, Examination],
    login: Callable[[Shell, str], MainWindow],
) -> None:
    panel = forensic.show_body_map()
    forensic.place(View.ANTERIOR, "trunk.chest")
    injury = panel.model.row_at(0)
    forensic.shell.lock()
    x, y = forensic.point_in(View.ANTERIOR, "trunk.abdomen")
    panel.editing.marker_dragged(injury.id, injury.point.x, injury.point.y, x, y)
    forensic.settle()
    assert not panel.undo_stack.canUndo(), "a change the vault never took is not in the history"
    boxes = [b for b in forensic.window.findChildren(QMessageBox) if b.isVisible()]
    assert not boxes, "the unlock screen already says the vault is locked"
    assert login(forensic.shell, "arts") is forensic.window
    forensic.settle()
    assert panel.model.rows == [injury]
    marker = panel.map.markers[injury.id]
    assert marker.pos() == panel.map.scene_point(injury.point.x, injury.point.y)
