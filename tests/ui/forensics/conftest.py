"""Fixtures for the forensic screens: the physician's window and ways to drive it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.common.worker import Workers
from desktop.forensics.bodymap_panel import BodyMapPanel
from desktop.forensics.injury_dialog import InjuryDialog
from desktop.forensics.workspace import ForensicWorkspace
from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow
from forensics.bodymap import View, load_region_map
from forensics.dossiers import DossierService
from forensics.records import Examination, Requester, Sex, Subject


@dataclass
class Forensic:
    """The running program as the forensic physician ``arts``, on the Forensisch workspace."""

    qtbot: QtBot
    shell: Shell
    window: MainWindow
    workers: Workers

    @property
    def workspace(self) -> ForensicWorkspace:
        page = self.window.workspace("forensic")
        assert isinstance(page, ForensicWorkspace)
        return page

    @property
    def body_map(self) -> BodyMapPanel:
        return self.workspace.body_map

    @property
    def service(self) -> DossierService:
        return DossierService(self.window.context.session.session)

    def settle(self) -> None:
        """Wait until no background work runs (vault pool and CPU pool)."""
        self.qtbot.waitUntil(lambda: not self.workers.busy, timeout=10_000)

    def open(self, subject_id: str, examination_id: str) -> None:
        """Choose a person and an examination in the dossier panel, as a click would."""
        panel = self.workspace.dossiers
        panel.search()
        self.settle()
        assert panel.select_subject(subject_id)
        self.settle()
        panel.load_examinations()  # the test may have added some behind the panel's back
        self.settle()
        assert panel.select_examination(examination_id)
        self.settle()
        assert self.workspace.area.examination_id == examination_id

    def show_body_map(self) -> BodyMapPanel:
        tabs = self.workspace.area.tabs
        tabs.setCurrentWidget(self.body_map)
        self.settle()
        return self.body_map

    def point_in(self, view: View, region_code: str) -> tuple[float, float]:
        """A body point well inside ``region_code`` of the open examination's drawing."""
        figure = self.body_map.model.figure
        return load_region_map(figure, view).region_by_code(region_code).interior_point()

    def viewport_pos(self, x: float, y: float) -> QPoint:
        return self.body_map.map.viewport_point(x, y)

    def click_body(self, x: float, y: float) -> None:
        view = self.body_map.map
        self.qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport_point(x, y)
        )

    def place(
        self,
        view: View,
        region_code: str,
        fill: Callable[[InjuryDialog], None] | None = None,
    ) -> str:
        """Switch to ``view``, click inside ``region_code`` and accept the injury form.

        Returns the region name the form showed.
        """
        panel = self.body_map
        panel.show_view(view)
        x, y = self.point_in(view, region_code)
        self.click_body(x, y)
        dialog = panel.injury_dialog
        assert dialog is not None and dialog.isVisible()
        if fill is not None:
            fill(dialog)
        shown = dialog.region_label.text()
        dialog.ok_button.click()
        self.settle()
        return shown


@pytest.fixture
def forensic(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[[Shell, str], MainWindow],
    workers: Workers,
) -> Forensic:
    shell = make_shell()
    shell.start(vault_dir)
    window = login(shell, "arts")
    window.resize(1400, 900)
    window.show_workspace("forensic")
    helper = Forensic(qtbot, shell, window, workers)
    helper.settle()
    return helper


def born_days_ago(days: int) -> date:
    return (datetime.now(UTC) - timedelta(days=days)).date()


@pytest.fixture
def child_exam(forensic: Forensic) -> tuple[Subject, Examination]:
    """A two-year-old with an examination today (TEN-4-FACESp applies, sentinel does not)."""
    service = forensic.service
    subject = service.create_subject("Lot Testkind", born_days_ago(2 * 365 + 30), Sex.FEMALE)
    exam = service.create_examination(
        subject.id, datetime.now(UTC), place="GGD Testregio", requester=Requester.VEILIG_THUIS
    )
    forensic.open(subject.id, exam.id)
    return subject, exam


@pytest.fixture
def adult_exam(forensic: Forensic) -> tuple[Subject, Examination]:
    service = forensic.service
    subject = service.create_subject("Eva Testpersoon", date(1990, 5, 17), Sex.FEMALE)
    exam = service.create_examination(subject.id, datetime.now(UTC), requester=Requester.POLICE)
    forensic.open(subject.id, exam.id)
    return subject, exam
