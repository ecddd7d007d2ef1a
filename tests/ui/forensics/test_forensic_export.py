"""The export menu: entries from the registry, a calm message until a handler is registered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.consult.request_wizard import RequestWizard
from desktop.forensics import export_hooks
from desktop.forensics.export_hooks import (
    EXPORT_HOOKS,
    FORENSIC_REPORT,
    SECOND_OPINION,
    VEILIG_THUIS_MELDING,
    ExportHook,
    register_export_handler,
    register_export_hook,
)
from desktop.reports.export_dialog import ReportExportDialog
from desktop.shell.workspaces import WorkspaceContext
from forensics.records import Examination, Subject
from tests.ui.forensics.conftest import Forensic


@pytest.fixture
def hooks() -> Iterator[None]:
    saved = list(EXPORT_HOOKS)
    yield
    EXPORT_HOOKS[:] = saved


def _menu_titles(forensic: Forensic) -> list[str]:
    menu = forensic.workspace.area.export_button.menu()
    menu.aboutToShow.emit()
    return [a.text() for a in menu.actions()]


def test_the_menu_offers_report_melding_second_opinion_and_transfer(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    assert _menu_titles(forensic) == [
        "Forensisch rapport (PDF)…",
        "Melding aan Veilig Thuis (PDF)…",
        "Second opinion aanvragen…",
        "Dossier overdragen aan een andere kluis…",
    ]


def test_an_entry_without_a_handler_says_it_is_not_available_yet(
    forensic: Forensic, adult_exam: tuple[Subject, Examination], hooks: None
) -> None:
    register_export_hook(ExportHook("dicom_pacs", lambda: "Naar PACS…"))
    area = forensic.workspace.area
    menu = area.export_button.menu()
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.objectName() == "export_dicom_pacs")
    action.trigger()
    box = area.last_export_message
    assert box is not None and box.isVisible()
    assert "nog niet beschikbaar" in box.text()
    box.close()


def test_a_registered_handler_gets_the_context_and_the_open_examination(
    forensic: Forensic, adult_exam: tuple[Subject, Examination], hooks: None
) -> None:
    _, exam = adult_exam
    calls: list[tuple[WorkspaceContext, str, QWidget]] = []
    register_export_handler(FORENSIC_REPORT, lambda c, e, p: calls.append((c, e, p)))
    area = forensic.workspace.area
    area.export(EXPORT_HOOKS[0])
    assert area.last_export_message is None
    assert calls == [(forensic.window.context, exam.id, area)]


def test_hooks_can_be_added_and_unknown_keys_are_refused(
    forensic: Forensic, adult_exam: tuple[Subject, Examination], hooks: None
) -> None:
    register_export_hook(ExportHook("dicom_pacs", lambda: "Naar PACS…"))
    assert _menu_titles(forensic)[-1] == "Naar PACS…"
    with pytest.raises(KeyError):
        register_export_handler("bestaat_niet", lambda c, e, p: None)
    register_export_hook(ExportHook(FORENSIC_REPORT, lambda: "Rapport"))
    assert _menu_titles(forensic)[0] == "Rapport", "same key replaces in place"
    assert export_hooks.EXPORT_HOOKS is EXPORT_HOOKS


def test_second_opinion_opens_the_request_wizard_for_the_open_examination(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    _, exam = adult_exam
    area = forensic.workspace.area
    menu = area.export_button.menu()
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.objectName() == f"export_{SECOND_OPINION}")
    action.trigger()
    forensic.settle()
    wizard = area.findChild(RequestWizard)
    assert wizard is not None and wizard.isVisible()
    assert area.last_export_message is None
    assert wizard.examination_id == exam.id
    wizard.reject()


def _action(forensic: Forensic, key: str) -> QAction:
    menu = forensic.workspace.area.export_button.menu()
    menu.aboutToShow.emit()
    return next(a for a in menu.actions() if a.objectName() == f"export_{key}")


def test_the_forensic_report_opens_the_export_dialog_with_its_preview(
    qtbot: QtBot, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    area = forensic.workspace.area
    _action(forensic, FORENSIC_REPORT).trigger()
    dialog = area.findChild(ReportExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind.code == "forensisch"
    forensic.settle()
    dialog.reject()


def test_the_melding_is_offered_only_to_a_role_that_may_make_one(
    forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    melding = _action(forensic, VEILIG_THUIS_MELDING)
    assert not melding.isEnabled(), "a melding is the vertrouwensarts's (Area.MELDING)"
    assert "rol" in melding.toolTip()
    assert _action(forensic, FORENSIC_REPORT).isEnabled()
    assert _action(forensic, SECOND_OPINION).isEnabled()
