"""Loading the translations: the app's own ``.qm`` and Qt's ``qtbase_`` for its dialogs.

Dutch is the source language, so Dutch needs only Qt's catalogue; English loads
``resources/translations/veilig_dossier_en.qm`` (built by ``scripts/build_translations.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

CATALOGUE = "veilig_dossier"
SOURCE_LANGUAGE = "nl"


def catalogue_path(language: str) -> str:
    """The path of the app's compiled catalogue for ``language``."""
    return str(resources.path(f"translations/{CATALOGUE}_{language}.qm"))


def available_catalogues() -> list[str]:
    """Languages that have a compiled catalogue, plus the source language."""
    names = resources.listdir("translations")
    found = [
        n[len(CATALOGUE) + 1 : -3] for n in names if n.startswith(CATALOGUE) and n.endswith(".qm")
    ]
    return [SOURCE_LANGUAGE, *sorted(found)]


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` on ``app`` and set the default locale.

    Returns the translators (the caller keeps them alive; Qt does not own them).
    """
    QLocale.setDefault(QLocale(language))
    translators = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    if language != SOURCE_LANGUAGE:
        own = QTranslator(app)
        if own.load(catalogue_path(language)):
            app.installTranslator(own)
            translators.append(own)
    return translators


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Remove translators installed by :func:`install` (switching language, tests)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
