"""Opvang service calls on the vault worker, with their errors shown in Dutch (or English).

Opvang rules raise :class:`opvang.errors.OpvangError` (a sentence saying what to fix); the vault
raises :class:`secure_store.errors.VaultError`. Both are shown as the user's message, anything
else as the general apology of :func:`desktop.common.errors.error_text`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from opvang.errors import OpvangError
from secure_store.session import Session

from ..common.errors import english, error_text, show_error
from ..common.worker import Task, Token
from ..shell.workspaces import WorkspaceContext

T = TypeVar("T")


def opvang_error_text(exc: BaseException) -> str:
    """The message for ``exc``: an opvang rule's own sentence, or the general text."""
    if isinstance(exc, OpvangError):
        if english():
            return f"{type(exc).message_en} {exc.detail}".strip()
        return exc.message
    return error_text(exc)


def show_opvang_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A non-blocking, window-modal message box with :func:`opvang_error_text`."""
    if not isinstance(exc, OpvangError):
        return show_error(parent, exc)
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Veilig Dossier"))
    box.setText(opvang_error_text(exc))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run_vault(
    context: WorkspaceContext,
    parent: QWidget,
    name: str,
    operation: Callable[[Session], T],
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Run ``operation(session)`` on the vault pool; the session is read when it starts, so a
    re-unlock in between is picked up. Errors go to ``on_error`` or a message box."""
    ref = context.session

    def op(token: Token) -> Any:
        del token
        return operation(ref.session)

    def failed(exc: BaseException) -> None:
        show_opvang_error(parent, exc)

    return context.workers.run(name, op, on_result=on_result, on_error=on_error or failed)


def to_qdate(day: date) -> QDate:
    """A Python date as QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A QDate as Python date."""
    return date(day.year(), day.month(), day.day())


def dutch_date(day: date | None) -> str:
    """``12-03-2026``, or an empty string."""
    return day.strftime("%d-%m-%Y") if day else ""


def weekday(day: date) -> str:
    """The short weekday name in the UI language (``ma``, ``di`` …)."""
    names = (
        QCoreApplication.translate("Dates", "ma"), QCoreApplication.translate("Dates", "di"),
        QCoreApplication.translate("Dates", "wo"), QCoreApplication.translate("Dates", "do"),
        QCoreApplication.translate("Dates", "vr"), QCoreApplication.translate("Dates", "za"),
        QCoreApplication.translate("Dates", "zo"),
    )  # fmt: skip
    return names[day.weekday()]
