"""Helpers for the photo and imaging panel tests: the desk (vault, session, context)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.common.worker import Workers
from desktop.forensics.photo_view import PhotoView
from desktop.shell.workspaces import WorkspaceContext
from forensics.measure import Point
from secure_store.session import Session
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES


@dataclass
class Desk:
    """The open vault, the physician's session and what a panel is built from."""

    vault: Vault
    context: WorkspaceContext
    undo_stack: QUndoStack
    examination_id: str

    @property
    def session(self) -> Session:
        return self.context.session.session

    @property
    def workers(self) -> Workers:
        return self.context.workers

    def reopen(self) -> Session:
        """Lock the vault and unlock it again as the same user (a new session, keys anew)."""
        self.vault.lock()
        session = self.vault.unlock("arts", PASSPHRASES["arts"])
        self.context.session.replace(session)
        return session


def idle(qtbot: QtBot, workers: Workers, timeout: int = 20_000) -> None:
    """Wait until no background task is running (results delivered)."""
    qtbot.waitUntil(lambda: not workers.busy, timeout=timeout)


def viewport_point(view: PhotoView, scene_point: Point) -> QPoint:
    """Where a scene (upright photo) point is on the view's viewport."""
    return view.mapFromScene(QPointF(*scene_point))


def click_scene(view: PhotoView, scene_point: Point) -> None:
    """A left click of the user at a spot of the upright photo."""
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        viewport_point(view, scene_point),
    )  # fmt: skip
