"""What every opvang service shares: the role check, the audit entry, the household of a record.

Every read and every change of an opvang record goes through :meth:`OpvangService.require`
(the session refuses, and logs the refusal, when the user's roles do not reach the opvang area)
and :meth:`OpvangService.log`. The audit ``subject`` of an opvang entry is always the household,
so the privacy officer finds every access to one family under one id; names never go into the
audit log.
"""

from __future__ import annotations

import json
import secrets
from datetime import date, datetime

from opvang.errors import RecordNotFound
from secure_store.roles import Area
from secure_store.session import Session


def new_id() -> str:
    """A random record id."""
    return secrets.token_hex(16)


def iso_date(day: date | None) -> str | None:
    """A date as ISO text, or None."""
    return None if day is None else day.isoformat()


def parse_date(text: str | None) -> date | None:
    """ISO text as a date, or None for NULL/empty."""
    return date.fromisoformat(text) if text else None


def parse_moment(text: str | None) -> datetime | None:
    """ISO text as an aware datetime, or None for NULL/empty."""
    return datetime.fromisoformat(text) if text else None


def dumps(value: object) -> str:
    """Compact, stable JSON for a column."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class OpvangService:
    """Base of the opvang services: one unlocked session, the opvang area, the audit log."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def require(
        self, action: str, record_type: str = "", record_id: str = "", subject: str = ""
    ) -> None:
        """Refuse (logged) unless the user may enter the opvang area.

        Raises:
            PermissionDenied: The user's roles give no access to opvang records.
        """
        self.session.require(
            Area.OPVANG, action=action, record_type=record_type, record_id=record_id,
            subject=subject,
        )  # fmt: skip

    def log(
        self, action: str, record_type: str, record_id: str = "", *, household: str = "",
        detail: str = "",
    ) -> None:  # fmt: skip
        """An audit entry about an opvang record of ``household`` (joins a transaction)."""
        self.session.log(action, record_type, record_id, subject=household, detail=detail)

    @property
    def actor(self) -> str:
        """The display name of the user, as recorded in 'by whom' fields."""
        return self.session.identity.display_name

    def today(self) -> date:
        """Today on this workstation's calendar, from the session's clock."""
        return self.session.clock.now().astimezone().date()

    def household_of_client(self, client_id: str) -> str:
        """The household id of a client.

        Raises:
            RecordNotFound: There is no such client (or it was erased).
        """
        row = self.session.conn.execute(
            "SELECT household_id FROM ov_clients WHERE id = ?", (client_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound()
        return str(row[0])

    def enter_client(self, action: str, client_id: str) -> str:
        """Check the role for ``action`` on a client's record, then return its household id.

        The role is checked first, so a refused user learns nothing about whether the record
        exists.

        Raises:
            PermissionDenied, RecordNotFound.
        """
        self.require(action, "client", client_id)
        return self.household_of_client(client_id)
