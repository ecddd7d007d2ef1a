"""Further examination tabs plug in through EXAMINATION_TABS and follow the open examination."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.forensics.examination_area import ExaminationTab
from desktop.forensics.workspace import EXAMINATION_TABS, ForensicWorkspace
from desktop.shell.workspaces import WorkspaceContext
from forensics.records import Examination, Subject
from tests.ui.forensics.conftest import Forensic


class RecordingPanel(QLabel):
    """Stands in for a photos or imaging panel: remembers what it was told."""

    def __init__(self, context: WorkspaceContext, undo_stack: QUndoStack) -> None:
        super().__init__("Foto's")
        self.context = context
        self.undo_stack = undo_stack
        self.seen: list[str | None] = []

    def set_examination(self, examination_id: str | None) -> None:
        self.seen.append(examination_id)


class _Step(QUndoCommand):
    """Any step in the history (its effect does not matter here)."""

    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


@pytest.fixture
def tabs() -> Iterator[list[ExaminationTab]]:
    saved = list(EXAMINATION_TABS)
    yield EXAMINATION_TABS
    EXAMINATION_TABS[:] = saved


def test_a_registered_tab_follows_the_examination_and_shares_the_undo_stack(
    qtbot: QtBot,
    forensic: Forensic,
    adult_exam: tuple[Subject, Examination],
    tabs: list[ExaminationTab],
) -> None:
    subject, exam = adult_exam
    second = forensic.service.create_examination(subject.id, exam.examined_at)
    tabs.append(ExaminationTab(lambda: "Proef", RecordingPanel, "proef"))
    workspace = ForensicWorkspace(forensic.window.context)
    qtbot.addWidget(workspace)
    area = workspace.area
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == [
        "Onderzoek", "Lichaamskaart", "Foto's", "Beeldvorming", "Proef",
    ]  # fmt: skip
    panel = area.panel(RecordingPanel)
    assert panel.undo_stack is area.undo_stack and panel.context is forensic.window.context
    area.set_examination(exam.id)
    forensic.settle()
    area.undo_stack.push(_Step("stap"))
    assert area.undo_stack.count() == 1
    area.set_examination(second.id)
    forensic.settle()
    area.set_examination(None)
    assert panel.seen == [exam.id, second.id, None]
    assert area.undo_stack.count() == 0, "the history belongs to one examination"


def test_a_tab_without_set_examination_is_refused(
    qtbot: QtBot, forensic: Forensic, tabs: list[ExaminationTab]
) -> None:
    tabs.append(ExaminationTab(lambda: "Kapot", lambda c, s: QWidget()))
    with pytest.raises(TypeError, match="set_examination"):
        ForensicWorkspace(forensic.window.context)
