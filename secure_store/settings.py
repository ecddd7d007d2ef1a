"""Vault-wide settings: declared once here, stored in the encrypted database.

Per-workstation preferences (window geometry, language) live in QSettings in the desktop;
what every user of a vault shares (organisation letterhead, idle lock) lives here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import VaultError
from .roles import Area

if TYPE_CHECKING:
    from .session import Session


class InvalidSetting(VaultError):
    message_nl = "Deze waarde is niet toegestaan voor deze instelling."
    message_en = "This value is not allowed for this setting."


@dataclass(frozen=True)
class VaultSetting:
    """One setting: key, type, default, limits and the Dutch title shown in Beheer."""

    key: str
    default: str | int
    title_nl: str
    minimum: int = 0
    maximum: int = 0

    def parse(self, raw: str) -> str | int:
        if isinstance(self.default, int):
            return int(raw)
        return raw

    def validate(self, value: str | int) -> str:
        if isinstance(self.default, int):
            if not isinstance(value, int) or not self.minimum <= value <= self.maximum:
                raise InvalidSetting(f"{self.key}: {self.minimum}–{self.maximum}")
            return str(value)
        if not isinstance(value, str) or len(value) > 500:
            raise InvalidSetting(self.key)
        return value


IDLE_LOCK_MINUTES = VaultSetting(
    "idle_lock_minutes", 5, "Automatisch vergrendelen na (minuten)", 1, 60
)
ORGANISATION_NAME = VaultSetting("organisation_name", "", "Naam organisatie")
ORGANISATION_ADDRESS = VaultSetting("organisation_address", "", "Adres organisatie (briefhoofd)")
TIMESTAMP_URL = VaultSetting("timestamp_url", "", "Tijdstempeldienst (RFC 3161), leeg = geen")
CONSULT_OVERDUE_DAYS = VaultSetting(
    "consult_overdue_days", 14, "Second opinion te laat na (dagen)", 1, 365
)

REGISTRY: dict[str, VaultSetting] = {
    s.key: s
    for s in (
        IDLE_LOCK_MINUTES,
        ORGANISATION_NAME,
        ORGANISATION_ADDRESS,
        TIMESTAMP_URL,
        CONSULT_OVERDUE_DAYS,
    )
}


class VaultSettings:
    """Reads settings for every user; changes them for administrators only (logged)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, setting: VaultSetting) -> str | int:
        row = self._session.conn.execute(
            "SELECT value FROM settings WHERE key = ?", (setting.key,)
        ).fetchone()
        return setting.default if row is None else setting.parse(row[0])

    def set(self, setting: VaultSetting, value: str | int) -> None:
        """Store ``value``. Raises PermissionDenied or InvalidSetting."""
        session = self._session
        session.require(Area.SETTINGS, action="settings.change", record_type="setting")
        text = setting.validate(value)
        with session.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (setting.key, text),
            )
            session.log("settings.change", "setting", setting.key)
