"""Starting the GUI: application object, translations, style, the shell."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from . import i18n
from .common import style
from .common.worker import Workers
from .settings import APPLICATION, LANGUAGE, LAST_VAULT, ORGANISATION, Prefs
from .shell.controller import Shell
from .vaults import default_vault_folder


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names set for QSettings (or the existing one)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Veilig Dossier")
    return app


def run_gui(vault_folder: Path | None = None) -> int:
    """Run the program until the last window closes; returns the exit code."""
    app = make_application()
    prefs = Prefs()
    translators = i18n.install(app, prefs.get(LANGUAGE))
    style.apply(app)
    workers = Workers(app)
    shell = Shell(workers, prefs)
    folder = vault_folder or Path(prefs.get(LAST_VAULT) or default_vault_folder())
    shell.start(folder)
    code = app.exec()
    shell.shutdown()
    workers.wait_for_done()
    i18n.uninstall(app, translators)
    return int(code)
