"""A forensic physician's session over a copy of the template vault, and a window for a panel.

The panels are built the way the examination area builds them: a WorkspaceContext (session
reference, workers, prefs, clock) and the workspace's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.common.session_ref import SessionRef
from desktop.common.worker import Workers
from desktop.settings import Prefs
from desktop.shell.workspaces import WorkspaceContext
from desktop.vaults import SCHEMAS
from forensics.dossiers import DossierService
from forensics.records import Sex
from secure_store.clock import ManualClock
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES
from tests.ui.forensics_photos.desk import Desk


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


@pytest.fixture
def desk(vault_dir: Path, clock: ManualClock, workers: Workers, prefs: Prefs) -> Iterator[Desk]:
    vault = Vault.open(vault_dir, schemas=SCHEMAS, clock=clock, sleep=lambda _: None)
    session = vault.unlock("arts", PASSPHRASES["arts"])
    dossiers = DossierService(session)
    subject = dossiers.create_subject("Lotte Testpersoon", date(1991, 4, 5), Sex.FEMALE)
    exam = dossiers.create_examination(subject.id, datetime(2026, 3, 2, 9, tzinfo=UTC))
    context = WorkspaceContext(SessionRef(session), workers, prefs, clock)
    undo_stack = QUndoStack()
    yield Desk(vault, context, undo_stack, exam.id)
    assert workers.wait_for_done(10_000)
    vault.lock()


@pytest.fixture
def show(qtbot: QtBot) -> Callable[[QWidget], QWidget]:
    """Show a panel in a window of a realistic size, and wait until it is exposed."""

    def _show(panel: QWidget) -> QWidget:
        qtbot.addWidget(panel)
        panel.resize(1100, 720)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return _show
