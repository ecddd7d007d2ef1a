"""Households: read one with its intake and clients, list them, erase one (crypto-shredding).

A household is one case in the vault with its own case key; everything recorded about the
family hangs off its row and goes when the case is erased.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from opvang.access import OpvangService, parse_date
from opvang.clients import CLIENT_COLUMNS, client_from_row
from opvang.errors import RecordNotFound
from opvang.monitoring import ExitDestination
from opvang.records import Client, Household, Intake, IntakeKind, IntakeMove, ReferralSource
from secure_store.roles import Area
from secure_store.session import Session

_INTAKE_COLUMNS = (
    "i.id, i.household_id, i.kind, i.intake_at, i.planned_end, i.location_id, i.referral,"
    " i.referral_detail, i.ended_on, i.destination, i.exit_notes, i.intake_by"
)


def intake_from_row(r: Sequence[Any], moves: tuple[IntakeMove, ...]) -> Intake:
    """An :class:`Intake` from a row of the intake columns."""
    return Intake(
        id=r[0], household_id=r[1], kind=IntakeKind(r[2]), intake_at=datetime.fromisoformat(r[3]),
        planned_end=parse_date(r[4]), location_id=r[5], referral=ReferralSource(r[6]),
        referral_detail=r[7], ended_on=parse_date(r[8]),
        destination=ExitDestination(r[9]) if r[9] else None, exit_notes=r[10], moves=moves,
        intake_by=r[11],
    )  # fmt: skip


class HouseholdService(OpvangService):
    """Reads households; the privacy officer erases them."""

    def _load(self, where: str, params: Sequence[Any]) -> list[Household]:
        conn = self.session.conn
        heads = conn.execute(
            f"SELECT h.id, h.case_id, h.reference, {_INTAKE_COLUMNS} FROM ov_households h"
            f" JOIN ov_intakes i ON i.household_id = h.id {where} ORDER BY i.intake_at DESC",
            params,
        ).fetchall()
        ids = [h[0] for h in heads]
        marks = ", ".join("?" * len(ids))
        clients: dict[str, list[Client]] = {i: [] for i in ids}
        moves: dict[str, list[IntakeMove]] = {}
        if ids:
            for r in conn.execute(
                f"SELECT {CLIENT_COLUMNS} FROM ov_clients WHERE household_id IN ({marks})"
                " ORDER BY seq",
                ids,
            ):
                clients[r[1]].append(client_from_row(r))
            for m in conn.execute(
                "SELECT i.household_id, m.moved_on, m.from_kind, m.to_kind, m.location_id"
                " FROM ov_intake_moves m JOIN ov_intakes i ON i.id = m.intake_id"
                f" WHERE i.household_id IN ({marks}) ORDER BY m.id",
                ids,
            ):
                moves.setdefault(m[0], []).append(
                    IntakeMove(date.fromisoformat(m[1]), IntakeKind(m[2]), IntakeKind(m[3]), m[4])
                )
        return [
            Household(
                h[0], h[1], h[2], intake_from_row(h[3:], tuple(moves.get(h[0], ()))),
                tuple(clients[h[0]]),
            )
            for h in heads
        ]  # fmt: skip

    def get(self, household_id: str) -> Household:
        """One household with its intake and clients; the reading is logged.

        Raises:
            PermissionDenied, RecordNotFound.
        """
        self.require("household.read", "household", household_id, household_id)
        found = self._load("WHERE h.id = ?", (household_id,))
        if not found:
            raise RecordNotFound()
        self.log("household.read", "household", household_id, household=household_id)
        return found[0]

    def by_reference(self, reference: str) -> Household:
        """The household with this reference (``OV-…``).

        Raises:
            PermissionDenied, RecordNotFound.
        """
        self.require("household.read", "household")
        found = self._load("WHERE h.reference = ?", (reference.strip().upper(),))
        if not found:
            raise RecordNotFound(f"Geen huishouden met kenmerk {reference.strip()}.")
        self.log("household.read", "household", found[0].id, household=found[0].id)
        return found[0]

    def list(self, *, in_care_only: bool = False) -> list[Household]:
        """Every household (or those still in care), newest intake first; one audit entry."""
        self.require("household.list", "household")
        found = self._load("WHERE i.ended_on IS NULL" if in_care_only else "", ())
        self.log("household.list", "household", detail=f"{len(found)} huishoudens")
        return found

    def household_of_case(self, case_id: str) -> str:
        """The household id of a case (for the retention list)."""
        self.require("household.read", "case", case_id)
        row = self.session.conn.execute(
            "SELECT id FROM ov_households WHERE case_id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound()
        return str(row[0])


def erase_household(session: Session, household_id: str, reason: str) -> None:
    """Crypto-shred a household: its case key and every row below it (privacy officer).

    The privacy officer may not read the household; only its case id is looked up.

    Raises:
        PermissionDenied: The user is no privacy officer (logged).
        ReasonRequired: No reason given.
        RecordNotFound: No such household.
    """
    session.require(
        Area.ERASURE, action="household.erase", record_type="household", record_id=household_id
    )
    row = session.conn.execute(
        "SELECT case_id FROM ov_households WHERE id = ?", (household_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound()
    session.cases.erase(row[0], reason)
