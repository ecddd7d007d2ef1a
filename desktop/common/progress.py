"""Long work with a progress dialog and a cancel button, through :class:`Workers`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from .errors import show_error
from .worker import Operation, Pool, Task, Workers

PROGRESS_STEPS = 1000


def run_with_progress(
    parent: QWidget,
    workers: Workers,
    label: str,
    operation: Operation,
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: Pool = Pool.VAULT,
    cancellable: bool = True,
) -> tuple[Task, QProgressDialog]:
    """Run ``operation`` with a window-modal progress dialog over ``parent``.

    The dialog shows after a short delay (quick work never flashes a dialog), its Cancel button
    sets the task's cancel flag, and it closes when the task ends. Errors are shown with
    :func:`show_error` unless ``on_error`` is given.
    """
    dialog = QProgressDialog(parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Progress", "Even geduld"))
    dialog.setLabelText(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setRange(0, PROGRESS_STEPS)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    else:
        dialog.setCancelButtonText(QCoreApplication.translate("Progress", "Annuleren"))

    def progressed(done: int, total: int) -> None:
        dialog.setValue(PROGRESS_STEPS * done // total if total else 0)

    def failed(exc: BaseException) -> None:
        (on_error or (lambda e: show_error(parent, e)))(exc)

    def done() -> None:
        dialog.close()
        dialog.deleteLater()

    task = workers.run(
        label,
        operation,
        pool=pool,
        on_result=on_result,
        on_error=failed,
        on_progress=progressed,
        on_done=done,
    )
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(
        lambda: dialog.setLabelText(QCoreApplication.translate("Progress", "Bezig met afbreken…"))
    )
    dialog.setValue(0)
    return task, dialog
