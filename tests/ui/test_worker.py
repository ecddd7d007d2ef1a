"""The background-work helper: results, errors, progress, cancel, one vault task at a time."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.common.progress import run_with_progress
from desktop.common.worker import Pool, Token, Workers
from secure_store.errors import Cancelled, WrongPassphrase


def _main_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_the_result_arrives_on_the_main_thread(qtbot: QtBot, workers: Workers) -> None:
    ran_on: list[QThread] = []
    delivered_on: list[QThread] = []

    def work(token: Token) -> int:
        ran_on.append(QThread.currentThread())
        return 42

    def got(value: int) -> None:
        delivered_on.append(QThread.currentThread())
        assert value == 42

    task = workers.run("answer", work, on_result=got)
    qtbot.waitUntil(lambda: task.finished)
    assert ran_on[0] is not _main_thread()
    assert delivered_on == [_main_thread()]
    assert not workers.busy


def test_an_error_is_delivered_not_raised(qtbot: QtBot, workers: Workers) -> None:
    errors: list[BaseException] = []

    def work(token: Token) -> None:
        raise WrongPassphrase()

    task = workers.run("fails", work, on_error=errors.append)
    qtbot.waitUntil(lambda: task.finished)
    assert isinstance(errors[0], WrongPassphrase)


def test_progress_reaches_the_dialog_and_cancel_stops_the_operation(
    qtbot: QtBot, workers: Workers
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    halfway = threading.Event()
    errors: list[BaseException] = []

    def work(token: Token) -> None:
        token.progress(1, 2)
        halfway.set()
        while not token.cancelled():
            threading.Event().wait(0.005)  # the worker polls; the test never sleeps
        raise Cancelled()

    task, dialog = run_with_progress(parent, workers, "Bezig", work, on_error=errors.append)
    qtbot.waitUntil(lambda: dialog.value() == 500)
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Annuleren"
    cancel_button.click()
    qtbot.waitUntil(lambda: task.finished, timeout=5_000)
    assert isinstance(errors[0], Cancelled)


def test_vault_tasks_run_one_at_a_time_and_in_order(qtbot: QtBot, workers: Workers) -> None:
    log: list[str] = []
    lock = threading.Lock()
    running = [0]
    overlap = [False]

    def step(name: str) -> object:
        def work(token: Token) -> None:
            with lock:
                running[0] += 1
                overlap[0] |= running[0] > 1
            log.append(name)
            threading.Event().wait(0.01)
            with lock:
                running[0] -= 1

        return work

    tasks = [workers.run(n, step(n), pool=Pool.VAULT) for n in "abcde"]  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: all(t.finished for t in tasks), timeout=5_000)
    assert log == list("abcde")
    assert not overlap[0]


def test_busy_changes_are_announced(qtbot: QtBot, workers: Workers) -> None:
    seen: list[bool] = []
    workers.busy_changed.connect(seen.append)
    task = workers.run("x", lambda token: None)
    qtbot.waitUntil(lambda: task.finished)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [True, False]
