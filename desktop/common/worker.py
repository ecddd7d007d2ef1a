"""The one way to run long or blocking work off the UI thread.

An *operation* is a plain function that receives a :class:`Token` (report progress, ask whether
the user cancelled) and returns a value or raises. It never touches widgets. :class:`Workers`
runs it on a pool and delivers the result, the error or the progress on the main thread through
the signals of a :class:`Task`. Vault work goes to a pool with one thread, so database tasks run
one at a time in order (Anki's ``taskman``); CPU work (key derivation for a new vault, thumbnails)
goes to a general pool.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Token:
    """Handed to an operation: progress reporting and the cancel flag, both thread-safe."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        """Tell the UI how far the operation is (delivered on the main thread)."""
        self._report(done, total)

    def cancelled(self) -> bool:
        """True once the user asked to stop; the operation checks this between steps."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


Operation = Callable[[Token], Any]


class Task(QObject):
    """One running operation, seen from the main thread.

    Signals:
        progressed(int, int): done and total, as reported by the operation.
        succeeded(object): the operation's return value.
        failed(object): the exception it raised.
        done(): after succeeded or failed, always.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.token = Token(self.progressed.emit)
        self.finished = False

    def cancel(self) -> None:
        """Ask the operation to stop at its next check."""
        self.token.cancel()


class _Runnable(QRunnable):
    def __init__(self, task: Task, operation: Operation) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._operation = operation

    def run(self) -> None:
        # Signals emitted here are queued to the task's (main) thread.
        try:
            result = self._operation(self._task.token)
        except Exception as exc:  # delivered to the UI, which shows a message
            self._task.failed.emit(exc)
        else:
            self._task.succeeded.emit(result)
        self._task.done.emit()


class Pool(Enum):
    """Where an operation runs."""

    VAULT = "vault"  # encrypted database and key slots: one task at a time
    CPU = "cpu"  # work that does not touch an open vault


class Workers(QObject):
    """The application's two pools and the tasks still running on them.

    Signals:
        busy_changed(bool): whether any task is running (idle lock waits for the end).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {Pool.VAULT: QThreadPool(self), Pool.CPU: QThreadPool(self)}
        self._pools[Pool.VAULT].setMaxThreadCount(1)
        self._pools[Pool.CPU].setMaxThreadCount(
            max(2, QThreadPool.globalInstance().maxThreadCount())
        )
        self._running: set[Task] = set()

    def run(
        self,
        name: str,
        operation: Operation,
        *,
        pool: Pool = Pool.VAULT,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> Task:
        """Start ``operation`` on ``pool``; callbacks run on the main thread.

        Every callback is connected before the operation starts: a signal emitted by a fast
        operation reaches only the connections that existed when it was emitted. An error
        without ``on_error`` is logged; callers that show it pass a function that calls
        :func:`desktop.common.errors.show_error`.
        """
        task = Task(name)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if on_result is not None:
            task.succeeded.connect(on_result)
        task.failed.connect(on_error if on_error is not None else _log_failure)
        task.done.connect(lambda: self._finish(task))
        if on_done is not None:
            task.done.connect(on_done)
        self._running.add(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pools[pool].start(_Runnable(task, operation))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until both pools are idle (shutdown and tests only, never in a UI handler)."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    def _finish(self, task: Task) -> None:
        task.finished = True
        self._running.discard(task)
        if not self._running:
            self.busy_changed.emit(False)


def _log_failure(exc: BaseException) -> None:
    log.error("background task failed", exc_info=exc)
