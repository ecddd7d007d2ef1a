"""Workstation preferences in QSettings, declared once: key, type, default, title.

Never secrets: no passphrase, key or record content ever goes here. What all users of a vault
share (organisation, idle lock) lives in the vault (``secure_store.settings``) instead.
Versioned upgrades run from :func:`upgrade` when a key changes meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "VeiligDossier"
APPLICATION = "veilig-dossier"
VERSION = 1


@dataclass(frozen=True)
class Pref:
    """One preference: its QSettings key and its default (which also fixes its type)."""

    key: str
    default: Any


LANGUAGE = Pref("ui/language", "nl")
LAST_VAULT = Pref("vault/last_folder", "")
LAST_USER = Pref("vault/last_user", "")
MAIN_GEOMETRY = Pref("window/main_geometry", QByteArray())
LANGUAGES = {"nl": "Nederlands", "en": "English"}
REGISTRY = {p.key: p for p in (LANGUAGE, LAST_VAULT, LAST_USER, MAIN_GEOMETRY)}


class Prefs:
    """Typed access to the preferences of this workstation user."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(ORGANISATION, APPLICATION)
        upgrade(self._settings)

    def get(self, pref: Pref) -> Any:
        value = self._settings.value(pref.key, pref.default)
        if isinstance(pref.default, str):
            return str(value or pref.default)
        if isinstance(pref.default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
        return value

    def set(self, pref: Pref, value: Any) -> None:
        self._settings.setValue(pref.key, value)

    def sync(self) -> None:
        self._settings.sync()


def upgrade(settings: QSettings) -> None:
    """Bring stored preferences to :data:`VERSION` (steps are added as keys change)."""
    stored = int(str(settings.value("meta/version", 0)) or 0)
    if stored < VERSION:
        settings.setValue("meta/version", VERSION)
