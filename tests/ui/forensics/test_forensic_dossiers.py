"""The dossier list: a new dossier through its dialog, searching, a new examination."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.forensics.examination_dialog import NewExaminationDialog
from desktop.forensics.subject_dialog import NewSubjectDialog
from forensics.records import Requester, Sex
from tests.ui.forensics.conftest import Forensic

VALID_BSN = "111222333"


def _new_subject_dialog(forensic: Forensic) -> NewSubjectDialog:
    dialog = forensic.workspace.dossiers.new_subject()
    assert dialog.isVisible()
    return dialog


def test_a_new_dossier_is_made_through_the_dialog_and_selected(
    qtbot: QtBot, forensic: Forensic
) -> None:
    dialog = _new_subject_dialog(forensic)
    assert not dialog.ok_button.isEnabled(), "no name, no date of birth yet"
    qtbot.keyClicks(dialog.name_edit, "Sam Proefpersoon")
    qtbot.keyClicks(dialog.born_edit, "17-02-2019")
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData(Sex.MALE))
    qtbot.keyClicks(dialog.bsn_edit, VALID_BSN)
    pseudonym = dialog.pseudonym_edit.text()
    assert pseudonym.startswith("FD-") and dialog.pseudonym_edit.isReadOnly()
    assert dialog.ok_button.isEnabled() and not dialog.bsn_problem.isVisible()
    dialog.ok_button.click()
    forensic.settle()
    panel = forensic.workspace.dossiers
    rows = panel.subjects_table.selectionModel().selectedRows()
    assert len(rows) == 1
    chosen = panel.subjects.row_at(panel.proxy.mapToSource(rows[0]).row())
    assert (chosen.name, chosen.pseudonym, chosen.date_of_birth) == (
        "Sam Proefpersoon", pseudonym, date(2019, 2, 17),
    )  # fmt: skip
    stored = forensic.service.subject(chosen.id)
    assert (stored.sex, stored.bsn) == (Sex.MALE, VALID_BSN)
    assert panel.new_examination_button.isEnabled()


def test_a_wrong_bsn_is_explained_inline_and_blocks_the_dossier(
    qtbot: QtBot, forensic: Forensic
) -> None:
    dialog = _new_subject_dialog(forensic)
    qtbot.keyClicks(dialog.name_edit, "Sam Proefpersoon")
    qtbot.keyClicks(dialog.born_edit, "17-02-2019")
    qtbot.keyClicks(dialog.bsn_edit, "12345")
    assert not dialog.bsn_problem.isVisible(), "half-typed numbers are not wrong yet"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.bsn_edit, "6789")
    assert dialog.bsn_problem.isVisible() and "11-proef" in dialog.bsn_problem.text()
    assert not dialog.ok_button.isEnabled()
    dialog.bsn_edit.clear()
    assert not dialog.bsn_problem.isVisible() and dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.bsn_edit, "1234")
    dialog.bsn_edit.editingFinished.emit()
    assert dialog.bsn_problem.isVisible(), "leaving the field with too few digits says so"
    dialog.reject()


def test_a_date_of_birth_must_be_a_real_day_not_in_the_future(
    qtbot: QtBot, forensic: Forensic
) -> None:
    dialog = _new_subject_dialog(forensic)
    qtbot.keyClicks(dialog.name_edit, "Sam Proefpersoon")
    qtbot.keyClicks(dialog.born_edit, "31-02-2019")
    dialog.born_edit.editingFinished.emit()
    assert "dag-maand-jaar" in dialog.born_problem.text()
    dialog.born_edit.setText("01-01-2999")
    assert "na vandaag" in dialog.born_problem.text()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_search_finds_by_name_pseudonym_and_date(forensic: Forensic) -> None:
    service = forensic.service
    noor = service.create_subject("Noor Zoektest", date(2024, 6, 1), Sex.FEMALE, pseudonym="ZK-1")
    adam = service.create_subject("Adam Anders", date(1990, 2, 3), Sex.MALE, pseudonym="ZK-2")
    service.create_examination(adam.id, datetime(2026, 3, 4, 10, 0, tzinfo=UTC))
    panel = forensic.workspace.dossiers

    def names(typed: str) -> set[str]:
        panel.search_edit.setText(typed)
        panel.search()
        forensic.settle()
        return {panel.subjects.row_at(r).name for r in range(panel.subjects.rowCount())}

    assert names("zoektest") == {noor.name}
    assert names("ZK-2") == {adam.name}
    assert names("01-06-2024") == {noor.name}, "date of birth"
    assert names("4-3-2026") == {adam.name}, "date of an examination"
    assert names("") == {noor.name, adam.name}


def test_search_waits_for_a_pause_in_typing(qtbot: QtBot, forensic: Forensic) -> None:
    forensic.service.create_subject("Noor Zoektest", date(2024, 6, 1), Sex.FEMALE)
    panel = forensic.workspace.dossiers
    qtbot.keyClicks(panel.search_edit, "Noor")
    assert panel.search_timer.isActive()
    qtbot.waitUntil(lambda: not panel.search_timer.isActive())
    forensic.settle()
    assert panel.subjects.rowCount() == 1


def test_the_list_sorts_by_date_of_birth_as_a_date(forensic: Forensic) -> None:
    service = forensic.service
    service.create_subject("A Ouder", date(1985, 12, 31), Sex.FEMALE)
    service.create_subject("B Jonger", date(2001, 1, 2), Sex.FEMALE)
    panel = forensic.workspace.dossiers
    panel.search()
    forensic.settle()
    panel.subjects_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first = panel.proxy.index(0, 0).data()
    assert first == "B Jonger", "02-01-2001 sorts after 31-12-1985 although '0' < '3'"


def test_a_new_examination_is_made_and_opens(qtbot: QtBot, forensic: Forensic) -> None:
    subject = forensic.service.create_subject("Sam Proef", date(2015, 1, 1), Sex.MALE)
    panel = forensic.workspace.dossiers
    panel.search()
    forensic.settle()
    assert panel.select_subject(subject.id)
    forensic.settle()
    area = forensic.workspace.area
    assert area.stack.currentWidget() is area.overview
    dialog = panel.new_examination()
    assert isinstance(dialog, NewExaminationDialog)
    qtbot.keyClicks(dialog.place_edit, "GGD Testregio")
    dialog.requester_combo.setCurrentIndex(dialog.requester_combo.findData(Requester.POLICE))
    dialog.ok_button.click()
    forensic.settle()
    exams = forensic.service.examinations_of(subject.id)
    assert len(exams) == 1 and exams[0].place == "GGD Testregio"
    assert exams[0].requester is Requester.POLICE and exams[0].examiner == "arts"
    assert area.examination_id == exams[0].id
    assert area.name_label.text() == "Sam Proef"
    assert "Sam Proef" in panel.examinations_of.text()
    assert panel.examinations.rowCount() == 1


def test_an_examination_before_the_birth_cannot_be_made(forensic: Forensic) -> None:
    subject = forensic.service.create_subject("Sam Proef", date(2015, 1, 1), Sex.MALE)
    panel = forensic.workspace.dossiers
    panel.search()
    forensic.settle()
    panel.select_subject(subject.id)
    forensic.settle()
    dialog = panel.new_examination()
    assert dialog is not None
    dialog.when_edit.setDate(dialog.when_edit.date().fromString("01-01-2014", "dd-MM-yyyy"))
    assert not dialog.ok_button.isEnabled()
    assert "geboortedatum" in dialog.when_problem.text()
    dialog.reject()


def test_a_chosen_person_without_an_open_examination_gets_a_card(forensic: Forensic) -> None:
    subject = forensic.service.create_subject("Sam Proef", date(2015, 1, 1), Sex.MALE)
    panel = forensic.workspace.dossiers
    panel.search()
    forensic.settle()
    panel.select_subject(subject.id)
    forensic.settle()
    area = forensic.workspace.area
    assert area.stack.currentWidget() is area.overview
    assert area.overview.name_label.text() == "Sam Proef"
    assert "Nog geen onderzoek" in area.overview.examinations_label.text()
    area.overview.new_button.click()
    dialogs = [w for w in panel.findChildren(NewExaminationDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
