"""Stored follow-up after a positive screen: the behandelaanbod offered, accepted, started.

The rules (dates in order, start only after acceptance) are :class:`opvang.follow_up.FollowUp`'s;
this module stores its values. A declined offer stays on record; a new offer is a new follow-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from opvang.access import OpvangService, iso_date, new_id, parse_date
from opvang.errors import InvalidRecord, RecordNotFound
from opvang.follow_up import FollowUp, FollowUpStatus

_COLUMNS = (
    "f.id, f.screening_id, s.client_id, s.key, f.offer, f.offered_on, f.accepted_on,"
    " f.declined_on, f.started_on"
)


@dataclass(frozen=True)
class StoredFollowUp:
    """A follow-up as stored, with the screening it follows."""

    id: str
    screening_id: str
    client_id: str
    follow_up: FollowUp


def _from_row(r: Sequence[Any]) -> StoredFollowUp:
    follow_up = FollowUp(
        screening_key=r[3], offer=r[4], offered_on=parse_date(r[5]),
        accepted_on=parse_date(r[6]), declined_on=parse_date(r[7]), started_on=parse_date(r[8]),
    )  # fmt: skip
    return StoredFollowUp(r[0], r[1], r[2], follow_up)


class FollowUpService(OpvangService):
    """Records the behandelaanbod after positive screenings."""

    def of_client(self, client_id: str) -> list[StoredFollowUp]:
        """Every follow-up of the client's screenings, oldest first."""
        household = self.enter_client("follow_up.read", client_id)
        rows = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM ov_follow_ups f JOIN ov_screenings s ON s.id = f.screening_id"
            " WHERE s.client_id = ? ORDER BY s.done_on, f.seq",
            (client_id,),
        ).fetchall()
        self.log("follow_up.read", "client", client_id, household=household)
        return [_from_row(r) for r in rows]

    def _screening(self, screening_id: str) -> tuple[str, str, bool]:
        row = self.session.conn.execute(
            "SELECT s.client_id, s.key, s.positive FROM ov_screenings s WHERE s.id = ?",
            (screening_id,),
        ).fetchone()
        if row is None:
            raise RecordNotFound()
        return row[0], row[1], bool(row[2])

    def offer(self, screening_id: str, follow_up: FollowUp) -> StoredFollowUp:
        """A new follow-up of a positive screening (at least the offer, with its date).

        Raises:
            InvalidRecord: The screening was not positive, or an earlier offer is still open
                (not declined), or ``follow_up`` has no offer.
        """
        self.require("follow_up.create", "screening", screening_id)
        client_id, key, positive = self._screening(screening_id)
        household = self.household_of_client(client_id)
        if not positive:
            raise InvalidRecord("Een behandelaanbod hoort bij een positieve screening.")
        if follow_up.offered_on is None:
            raise InvalidRecord("Leg vast wanneer het behandelaanbod is gedaan.")
        earlier = [f for f in self.of_client(client_id) if f.screening_id == screening_id]
        if any(f.follow_up.status is not FollowUpStatus.DECLINED for f in earlier):
            raise InvalidRecord("Er loopt al een behandelaanbod; werk dat bij.")
        stored = StoredFollowUp(
            new_id(), screening_id, client_id, FollowUp(key, *_dates(follow_up))
        )
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO ov_follow_ups (id, screening_id, seq, offer, offered_on, accepted_on,"
                " declined_on, started_on, updated, updated_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    stored.id, screening_id, len(earlier) + 1, *_columns(stored.follow_up),
                    self.session.now_text(), self.actor,
                ),
            )  # fmt: skip
            self.log("follow_up.create", "follow_up", stored.id, household=household)
        return stored

    def update(self, follow_up_id: str, follow_up: FollowUp) -> StoredFollowUp:
        """Store the next step of a follow-up (accepted, declined, started).

        Raises:
            RecordNotFound, InvalidRecord (the domain rules of :class:`FollowUp`).
        """
        self.require("follow_up.change", "follow_up", follow_up_id)
        row = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM ov_follow_ups f JOIN ov_screenings s ON s.id = f.screening_id"
            " WHERE f.id = ?",
            (follow_up_id,),
        ).fetchone()
        if row is None:
            raise RecordNotFound()
        current = _from_row(row)
        household = self.household_of_client(current.client_id)
        value = FollowUp(current.follow_up.screening_key, *_dates(follow_up))
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE ov_follow_ups SET offer = ?, offered_on = ?, accepted_on = ?,"
                " declined_on = ?, started_on = ?, updated = ?, updated_by = ? WHERE id = ?",
                (*_columns(value), self.session.now_text(), self.actor, follow_up_id),
            )
            self.log(
                "follow_up.change", "follow_up", follow_up_id, household=household,
                detail=value.status.value,
            )  # fmt: skip
        return StoredFollowUp(current.id, current.screening_id, current.client_id, value)


def _dates(f: FollowUp) -> tuple[Any, ...]:
    return (f.offer, f.offered_on, f.accepted_on, f.declined_on, f.started_on)


def _columns(f: FollowUp) -> tuple[Any, ...]:
    return (
        f.offer.strip(), iso_date(f.offered_on), iso_date(f.accepted_on),
        iso_date(f.declined_on), iso_date(f.started_on),
    )  # fmt: skip
