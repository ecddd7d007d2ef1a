"""Showing errors: the Dutch (or English) message of a VaultError, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from secure_store.errors import VaultError

log = logging.getLogger(__name__)


def english() -> bool:
    """True when the UI runs in English (the locale set from the language preference)."""
    return QLocale().language() == QLocale.Language.English


def error_text(exc: BaseException) -> str:
    """What to tell the user about ``exc``: the vault's own message, or a plain apology."""
    if isinstance(exc, VaultError):
        return exc.message_en if english() else exc.message
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "Het bestand of de map kon niet worden gelezen of geschreven: {0}"
        ).format(exc.strerror or str(exc))
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "Errors",
        "Er ging iets onverwachts mis. Er is niets half opgeslagen. "
        "Probeer het opnieuw of neem contact op met de beheerder.",
    )


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A non-blocking, window-modal message box with the text for ``exc``."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Veilig Dossier"))
    box.setText(error_text(exc))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def error_shower(parent: QWidget | None) -> Callable[[BaseException], None]:
    """An ``on_error`` callback for :meth:`Workers.run` that shows the error over ``parent``."""

    def show(exc: BaseException) -> None:
        show_error(parent, exc)

    return show
