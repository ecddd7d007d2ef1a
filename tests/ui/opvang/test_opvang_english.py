"""The opvang screens speak English when chosen; rule errors keep their own sentence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.opvang.tasks import opvang_error_text
from desktop.opvang.workspace import OpvangWorkspace
from desktop.shell.workspaces import WorkspaceContext
from opvang.errors import InvalidRecord


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "en")
    yield
    i18n.uninstall(qapp, installed)


def test_the_opvang_workspace_is_translated(
    qtbot: QtBot, english: None, context: WorkspaceContext
) -> None:
    workspace = OpvangWorkspace(context)
    qtbot.addWidget(workspace)
    titles = [workspace.tabText(i) for i in range(workspace.count())]
    assert titles == ["Overview", "Clients", "Agenda", "Instruments"]
    assert workspace.intake_button.text() == "New intake…"
    qtbot.waitUntil(lambda: not context.workers.busy, timeout=10_000)


def test_a_rule_error_reads_in_dutch_by_default_and_with_its_detail() -> None:
    error = InvalidRecord("Kies de opvanglocatie.")
    assert opvang_error_text(error) == (
        "Deze gegevens zijn niet compleet of spreken elkaar tegen. Kies de opvanglocatie."
    )


def test_a_rule_error_in_english_names_the_kind_of_problem(english: None) -> None:
    assert opvang_error_text(InvalidRecord()) == InvalidRecord.message_en
