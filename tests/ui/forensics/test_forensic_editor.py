"""The examination editor: autosave with a visible state, the audit trail, sealed examinations."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from desktop.forensics.autosave import SaveState
from desktop.forensics.examination_editor import ExaminationEditor
from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow
from forensics.dossiers import DossierService
from forensics.records import Consent, Examination, Subject
from forensics.vocabulary import ConclusionScale
from secure_store.audit import AuditQuery
from tests.conftest import PASSPHRASES
from tests.ui.forensics.conftest import Forensic


def _editor(forensic: Forensic) -> ExaminationEditor:
    editor = forensic.workspace.editor
    forensic.qtbot.waitUntil(lambda: editor.exam is not None and editor.form.isEnabled())
    return editor


def _wait_saved(qtbot: QtBot, editor: ExaminationEditor) -> None:
    qtbot.waitUntil(lambda: editor.autosaver.state is SaveState.SAVED, timeout=10_000)


def test_typing_is_saved_after_a_pause_and_says_so(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    _, exam = adult_exam
    editor = _editor(forensic)
    assert "vanzelf" in editor.save_label.text()
    qtbot.keyClicks(editor.form.question_edit, "Passen de letsels bij de verklaring?")
    assert editor.autosaver.state is SaveState.PENDING, "not saved on every key"
    _wait_saved(qtbot, editor)
    assert "Opgeslagen" in editor.save_label.text()
    assert forensic.service.examination(exam.id).question == "Passen de letsels bij de verklaring?"


def test_every_field_group_reaches_the_vault(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    _, exam = adult_exam
    form = _editor(forensic).form
    qtbot.keyClicks(form.place_edit, "Politiebureau Teststad")
    qtbot.keyClicks(form.consent_by_edit, "betrokkene zelf")
    qtbot.keyClicks(form.consent_at_edit, "02-03-2026")
    form.consent_photos_check.setChecked(True)
    qtbot.keyClicks(form.consent_sharing_edit, "OM en politie")
    qtbot.keyClicks(form.history_edit, "Vastgepakt bij de bovenarmen.")
    qtbot.keyClicks(form.history_source_edit, "betrokkene")
    qtbot.keyClicks(form.findings_edit, "Grijpletsel beide bovenarmen.")
    form.conclusion_combo.setCurrentIndex(form.conclusion_combo.findData("probable"))
    form.conclusion_combo.activated.emit(form.conclusion_combo.currentIndex())
    qtbot.keyClicks(form.conclusion_text_edit, "Past bij vastpakken met kracht.")
    qtbot.keyClicks(form.limitations_edit, "Onderzocht na twee dagen.")
    _wait_saved(qtbot, forensic.workspace.editor)
    stored = forensic.service.examination(exam.id)
    assert stored.place == "Politiebureau Teststad"
    assert stored.consent == Consent("betrokkene zelf", "2026-03-02", True, "OM en politie")
    assert (stored.history, stored.history_source) == (
        "Vastgepakt bij de bovenarmen.",
        "betrokkene",
    )
    assert stored.findings == "Grijpletsel beide bovenarmen."
    assert stored.conclusion == ConclusionScale.PROBABLE.code
    assert stored.conclusion_text == "Past bij vastpakken met kracht."
    assert stored.limitations == "Onderzocht na twee dagen."


def test_a_half_typed_consent_date_is_not_saved_and_says_why(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    _, exam = adult_exam
    form = _editor(forensic).form
    qtbot.keyClicks(form.consent_at_edit, "31-02")
    assert form.consent_at_problem.isVisible()
    forensic.settle()
    assert forensic.service.examination(exam.id).consent.given_at == ""


def test_the_audit_log_says_who_changed_which_fields(
    qtbot: QtBot,
    forensic: Forensic,
    adult_exam: tuple[Subject, Examination],
    login: Callable[[Shell, str], MainWindow],
) -> None:
    _, exam = adult_exam
    editor = _editor(forensic)
    qtbot.keyClicks(editor.form.findings_edit, "Hematoom linkeroog.")
    qtbot.keyClicks(editor.form.limitations_edit, "Slecht licht.")
    _wait_saved(qtbot, editor)
    forensic.shell.lock()
    assert forensic.shell.vault is not None
    privacy = forensic.shell.vault.unlock("privacy", PASSPHRASES["privacy"])
    changes = privacy.read_audit(AuditQuery(action="examination.change", record_id=exam.id))
    assert changes, "the autosave is in the audit log"
    assert {e.user for e in changes} == {"arts"}
    fields = {f for e in changes for f in e.detail.split(",")}
    assert fields == {"findings", "limitations"}
    privacy.lock()


def test_edits_made_just_before_a_lock_are_saved_at_the_lock(
    qtbot: QtBot,
    forensic: Forensic,
    adult_exam: tuple[Subject, Examination],
    login: Callable[[Shell, str], MainWindow],
) -> None:
    _, exam = adult_exam
    editor = _editor(forensic)
    qtbot.keyClicks(editor.form.findings_edit, "Bevinding vlak voor vergrendelen.")
    assert editor.autosaver.state is SaveState.PENDING
    forensic.shell.lock()  # before the pause is over: saved while the keys are still there
    assert editor.autosaver.state is SaveState.SAVED
    # Another user logs in: the physician's window goes, what was typed is in the vault.
    login(forensic.shell, "vta")
    stored = DossierService(forensic.shell.window.context.session.session).examination(exam.id)
    assert stored.findings == "Bevinding vlak voor vergrendelen."


def test_a_save_under_way_when_the_vault_locks_waits_for_the_same_user(
    qtbot: QtBot,
    forensic: Forensic,
    adult_exam: tuple[Subject, Examination],
    login: Callable[[Shell, str], MainWindow],
) -> None:
    _, exam = adult_exam
    editor = _editor(forensic)
    qtbot.keyClicks(editor.form.findings_edit, "Onderweg bij het vergrendelen.")
    forensic.window.context.session.session.lock()  # the keys go before the save runs
    editor.autosaver.flush()
    qtbot.waitUntil(lambda: editor.autosaver.state is SaveState.WAITING, timeout=5_000)
    assert "vergrendeld" in editor.save_label.text()
    forensic.shell.lock()
    assert login(forensic.shell, "arts") is forensic.window
    _wait_saved(qtbot, editor)
    assert forensic.service.examination(exam.id).findings == "Onderweg bij het vergrendelen."


def test_switching_examinations_saves_what_was_pending(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    subject, exam = adult_exam
    second = forensic.service.create_examination(subject.id, exam.examined_at)
    editor = _editor(forensic)
    qtbot.keyClicks(editor.form.question_edit, "Eerste vraag")
    assert editor.autosaver.state is SaveState.PENDING
    forensic.open(subject.id, second.id)
    forensic.settle()
    assert forensic.service.examination(exam.id).question == "Eerste vraag"
    assert forensic.service.examination(second.id).question == ""
    assert editor.form.question_edit.toPlainText() == ""


def test_a_sealed_examination_is_read_only_and_takes_addenda_from_its_examiner(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    subject, exam = adult_exam
    forensic.service.update_examination(exam.id, findings="Origineel.")
    forensic.service.seal(exam.id)
    forensic.workspace.area.set_examination(None)
    forensic.open(subject.id, exam.id)
    editor = _editor(forensic)
    form = editor.form
    assert form.findings_edit.isReadOnly() and form.place_edit.isReadOnly()
    assert not form.conclusion_combo.isEnabled() and not form.consent_photos_check.isEnabled()
    assert "Afgesloten" in editor.sealed_label.text() and editor.sealed_label.isVisible()
    assert editor.addenda.isVisible() and editor.addenda.add_button.isVisible()
    dialog = editor.add_addendum()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.text_edit, "Aanvulling: foto 3 is van de linkerarm.")
    dialog.ok_button.click()
    forensic.settle()
    assert editor.addenda.model.rowCount() == 1
    assert "Aanvulling" in str(editor.addenda.model.index(0).data())
    stored = forensic.service.addenda(exam.id)
    assert [a.text for a in stored] == ["Aanvulling: foto 3 is van de linkerarm."]
    assert forensic.service.examination(exam.id).findings == "Origineel."


def test_another_physician_sees_no_addendum_button_on_a_sealed_examination(
    qtbot: QtBot,
    forensic: Forensic,
    adult_exam: tuple[Subject, Examination],
    login: Callable[[Shell, str], MainWindow],
) -> None:
    subject, exam = adult_exam
    forensic.service.seal(exam.id)
    forensic.window.switch_action.trigger()
    vta = login(forensic.shell, "vta")
    vta.resize(1400, 900)
    other = Forensic(qtbot, forensic.shell, vta, forensic.workers)
    vta.show_workspace("forensic")
    other.settle()
    other.open(subject.id, exam.id)
    editor = _editor(other)
    assert editor.addenda.isVisible() and not editor.addenda.add_button.isVisible()


def test_an_infants_mobility_is_asked_and_moves_the_sentinel_flag(
    qtbot: QtBot, forensic: Forensic
) -> None:
    from datetime import UTC, datetime, timedelta

    from forensics.bodymap import View
    from forensics.records import Sex
    from forensics.rules import Criterion, Rule

    service = forensic.service
    born = (datetime.now(UTC) - timedelta(days=250)).date()  # about eight months
    subject = service.create_subject("Bo Zuigeling", born, Sex.MALE)
    exam = service.create_examination(subject.id, datetime.now(UTC))
    forensic.open(subject.id, exam.id)
    form = _editor(forensic).form
    assert not form.cruising_combo.isHidden(), "an infant's mobility is asked"
    forensic.show_body_map()
    forensic.place(View.ANTERIOR, "trunk.chest")
    panel = forensic.body_map

    def sentinel() -> list[Criterion]:
        return [f.criterion for f in panel.banner.flags if f.rule is Rule.SENTINEL_INJURY]

    assert sentinel() == [Criterion.MOBILITY_UNKNOWN]
    form.cruising_combo.setCurrentIndex(1)
    form.cruising_combo.activated.emit(1)
    _wait_saved(qtbot, forensic.workspace.editor)
    assert service.examination(exam.id).cruising is False
    qtbot.waitUntil(lambda: sentinel() == [Criterion.PRE_CRUISING], timeout=10_000)
    form.cruising_combo.setCurrentIndex(2)
    form.cruising_combo.activated.emit(2)
    _wait_saved(qtbot, forensic.workspace.editor)
    qtbot.waitUntil(lambda: sentinel() == [], timeout=10_000)


def test_an_adult_is_not_asked_about_mobility(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    assert _editor(forensic).form.cruising_combo.isHidden()
