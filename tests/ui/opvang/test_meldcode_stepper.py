"""The meldcode stepper walks the five steps and shows the afwegingskader's decision live."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.opvang.client_page import ClientPage
from desktop.shell.workspaces import WorkspaceContext
from opvang.afwegingskader import Question
from opvang.concerns import ConcernService, Urgency
from opvang.meldcode import Action, MeldcodeStep
from opvang.records import Household
from secure_store.session import Session


def _open(qtbot: QtBot, context: WorkspaceContext, client_id: str) -> ClientPage:
    page = ClientPage(context)
    qtbot.addWidget(page)
    page.open_client(client_id)
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=10_000)
    page.show_tab(page.meldcode)
    return page


def _step(qtbot: QtBot, page: ClientPage, click: object) -> None:
    with qtbot.waitSignal(page.changed, timeout=10_000):
        click()  # type: ignore[operator]  # a bound click


def test_the_stepper_reaches_a_decision_to_report(
    qtbot: QtBot, context: WorkspaceContext, household: Household, ov_session: Session
) -> None:
    ConcernService(ov_session).open(
        household.adults[0].id, "Dreiging door ex-partner.", date(2026, 3, 2)
    )
    page = _open(qtbot, context, household.adults[0].id)
    stepper = page.meldcode.stepper
    assert stepper.isVisibleTo(page)
    assert "➜" in stepper.step_labels[0].text()
    for step in (MeldcodeStep.MAP_SIGNS, MeldcodeStep.CONSULT):
        assert stepper.current.title() == step.label
        stepper.notes.setPlainText(f"Notitie bij {step.value}.")
        _step(qtbot, page, stepper.complete_button.click)
    assert stepper.skip_box.isVisibleTo(stepper), "step 3 may be skipped for safety"
    _step(qtbot, page, stepper.skip_button.click)
    assert stepper.current.title() == MeldcodeStep.WEIGH.label
    weighing = stepper.weighing
    assert "Beantwoord afweging 1" in stepper.decision_text()
    assert not stepper.weigh_button.isEnabled()
    weighing.answer(Question.SUSPICION, 1)
    weighing.answer(Question.UNSAFETY, 0)
    weighing.answer(Question.CAN_HELP, 0)
    assert "Besluit: melden bij Veilig Thuis" in stepper.decision_text()
    assert not weighing.groups[Question.HELP_ACCEPTED].button(1).isEnabled(), "off the path"
    weighing.answer(Question.CAN_HELP, 1)
    assert "Beantwoord afweging 4" in stepper.decision_text()
    weighing.answer(Question.UNSAFETY, 1)
    assert "Kies of de onveiligheid acuut of structureel is" in stepper.decision_text()
    assert not stepper.weigh_button.isEnabled()
    weighing.choose_urgency(Urgency.STRUCTURAL)
    assert stepper.weigh_button.isEnabled()
    _step(qtbot, page, stepper.weigh_button.click)
    assert stepper.current.title() == MeldcodeStep.DECIDE.label
    assert stepper.report_check.isChecked() and not stepper.help_check.isChecked()
    _step(qtbot, page, stepper.decide_button.click)
    (concern,) = ConcernService(ov_session).of_household(household.id)
    assert concern.finished and concern.urgency is Urgency.STRUCTURAL
    assert concern.concern.actions == frozenset({Action.REPORT})
    assert concern.concern.records[2].skipped_because is not None
    assert "Alle vijf stappen zijn vastgelegd" in stepper.done_page.text()
    assert not stepper.acute_button.isVisibleTo(stepper)


def test_acute_danger_reports_from_any_step_and_a_new_concern_can_be_opened(
    qtbot: QtBot, context: WorkspaceContext, household: Household, ov_session: Session
) -> None:
    child = household.children[0]
    page = _open(qtbot, context, child.id)
    tab = page.meldcode
    assert tab.empty.isVisibleTo(tab)
    dialog = tab.new_concern()
    assert dialog is not None
    dialog.summary.setText("Lotte vertelt over een dreigement.")
    _step(qtbot, page, dialog.accept)
    assert tab.stepper.isVisibleTo(tab)
    _step(qtbot, page, tab.stepper.acute_button.click)
    (concern,) = ConcernService(ov_session).of_household(household.id)
    assert concern.finished and concern.urgency is Urgency.ACUTE


def test_the_kindcheck_of_an_adult_shows_its_result(
    qtbot: QtBot, context: WorkspaceContext, household: Household
) -> None:
    page = _open(qtbot, context, household.adults[0].id)
    tab = page.meldcode
    assert tab.kindcheck_box.isVisibleTo(tab)
    dialog = tab.kindcheck()
    assert dialog is not None
    dialog.rows[0][1].setCurrentIndex(2)  # Lotte: safety unknown
    assert "Onbekend of" in dialog.outcome_label.text()
    _step(qtbot, page, dialog.buttons.accepted.emit)
    assert "Onbekend of Lotte" in tab.kindcheck_text.text(), "inside the vault: the name"
