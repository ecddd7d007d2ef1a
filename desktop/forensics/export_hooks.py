"""What an examination can be exported as: a registry of the export menu's entries.

The examination's "Exporteren" menu lists :data:`EXPORT_HOOKS` in order: the signed reports,
the second-opinion request and the transfer of the whole dossier. A part of the program can add
entries; one registered without a handler says calmly that it is not available yet, instead of
hiding itself or pretending.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from secure_store.roles import Area

from ..shell.workspaces import WorkspaceContext

#: ``handler(context, examination_id, parent_widget)``: starts the export (dialogs, workers).
ExportHandler = Callable[[WorkspaceContext, str, QWidget], None]


@dataclass(frozen=True)
class ExportHook:
    """One entry of the export menu; ``title`` is called when the menu is built (language)."""

    key: str
    title: Callable[[], str]
    handler: ExportHandler | None = None
    area: Area | None = None
    """The area the user's roles must give for this entry (the menu disables it otherwise)."""


def _translated(text: object) -> Callable[[], str]:
    # QT_TRANSLATE_NOOP marks the literal for pyside6-lupdate and returns it unchanged.
    return lambda: QCoreApplication.translate("ExportHooks", str(text))


FORENSIC_REPORT = "forensic_report"
VEILIG_THUIS_MELDING = "veilig_thuis_melding"
SECOND_OPINION = "second_opinion"
DOSSIER_TRANSFER = "dossier_transfer"


def _report(kind: str) -> ExportHandler:
    def start(context: WorkspaceContext, examination_id: str, parent: QWidget) -> None:
        from ..reports.export_dialog import open_report_export  # PDF rendering loads late

        open_report_export(context, kind, examination_id, parent)

    return start


def _second_opinion(context: WorkspaceContext, examination_id: str, parent: QWidget) -> None:
    from ..consult.request_wizard import open_request_wizard  # the consult screens load late

    open_request_wizard(context, examination_id, parent)


def _transfer(context: WorkspaceContext, examination_id: str, parent: QWidget) -> None:
    from .transfer_dialog import open_transfer_dialog

    open_transfer_dialog(context, examination_id, parent)


EXPORT_HOOKS: list[ExportHook] = [
    ExportHook(
        FORENSIC_REPORT,
        _translated(QT_TRANSLATE_NOOP("ExportHooks", "Forensisch rapport (PDF)…")),
        _report("forensisch"),
        Area.FORENSIC,
    ),
    ExportHook(
        VEILIG_THUIS_MELDING,
        _translated(QT_TRANSLATE_NOOP("ExportHooks", "Melding aan Veilig Thuis (PDF)…")),
        _report("melding"),
        Area.MELDING,
    ),
    ExportHook(
        SECOND_OPINION,
        _translated(QT_TRANSLATE_NOOP("ExportHooks", "Second opinion aanvragen…")),
        _second_opinion,
        Area.CONSULT,
    ),
    ExportHook(
        DOSSIER_TRANSFER,
        _translated(QT_TRANSLATE_NOOP("ExportHooks", "Dossier overdragen aan een andere kluis…")),
        _transfer,
        Area.CONSULT,
    ),
]


def register_export_handler(key: str, handler: ExportHandler) -> None:
    """Give the entry ``key`` its handler (or add an entry titled by the key).

    Raises:
        KeyError: no entry has that key; a new entry needs :func:`register_export_hook`.
    """
    for index, hook in enumerate(EXPORT_HOOKS):
        if hook.key == key:
            EXPORT_HOOKS[index] = replace(hook, handler=handler)
            return
    raise KeyError(key)


def register_export_hook(hook: ExportHook) -> None:
    """Add ``hook`` at the end, or replace the entry with the same key in its place."""
    for index, existing in enumerate(EXPORT_HOOKS):
        if existing.key == hook.key:
            EXPORT_HOOKS[index] = hook
            return
    EXPORT_HOOKS.append(hook)


def run_export(
    hook: ExportHook, context: WorkspaceContext, examination_id: str, parent: QWidget
) -> QMessageBox | None:
    """Start ``hook`` for the examination, or say that it is not available yet.

    Returns the (non-blocking) message box when there is no handler, for tests.
    """
    if hook.handler is not None:
        hook.handler(context, examination_id, parent)
        return None
    box = QMessageBox(parent)
    box.setObjectName("exportNotAvailable")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(hook.title().rstrip("…"))
    box.setText(
        QCoreApplication.translate(
            "ExportHooks",
            "Dit is nog niet beschikbaar in deze versie. Het onderzoek blijft ongewijzigd in de "
            "kluis; er is niets verstuurd of opgeslagen buiten de kluis.",
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
