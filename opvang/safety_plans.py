"""Stored veiligheidsplannen: one per household, and one per client where needed.

The plan's own rules (a review date after the plan date, valid contacts) are
:class:`opvang.veiligheidsplan.Veiligheidsplan`'s; this module stores and reads the current one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from opvang.access import OpvangService, dumps, new_id
from opvang.errors import RecordNotFound
from opvang.veiligheidsplan import Agreement, Contact, Risk, Veiligheidsplan

_COLUMNS = "p.id, p.household_id, p.client_id, p.made_on, p.review_on, p.risks, p.agreements, p.contacts, p.updated_by"


@dataclass(frozen=True)
class StoredPlan:
    """A veiligheidsplan for a household (``client_id`` None) or one client."""

    id: str
    household_id: str
    client_id: str | None
    plan: Veiligheidsplan
    updated_by: str


class SafetyPlanService(OpvangService):
    """Keeps the current veiligheidsplan of households and clients."""

    def _subject_ref(self, household_id: str, client_id: str | None) -> str:
        if client_id is None:
            row = self.session.conn.execute(
                "SELECT reference FROM ov_households WHERE id = ?", (household_id,)
            ).fetchone()
        else:
            row = self.session.conn.execute(
                "SELECT pseudonym FROM ov_clients WHERE id = ? AND household_id = ?",
                (client_id, household_id),
            ).fetchone()
        if row is None:
            raise RecordNotFound()
        return str(row[0])

    def _from_row(self, r: Sequence[Any]) -> StoredPlan:
        plan = Veiligheidsplan(
            subject_ref=self._subject_ref(r[1], r[2]),
            made_on=date.fromisoformat(r[3]),
            review_on=date.fromisoformat(r[4]),
            risks=tuple(Risk(**x) for x in json.loads(r[5])),
            agreements=tuple(Agreement(**x) for x in json.loads(r[6])),
            contacts=tuple(Contact(**x) for x in json.loads(r[7])),
        )
        return StoredPlan(r[0], r[1], r[2], plan, r[8])

    def get(self, household_id: str, client_id: str | None = None) -> StoredPlan | None:
        """The current plan of the household (or of one of its clients), or None."""
        self.require("safety_plan.read", "household", household_id, household_id)
        row = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM ov_safety_plans p WHERE p.household_id = ?"
            " AND coalesce(p.client_id, '') = ?",
            (household_id, client_id or ""),
        ).fetchone()
        self.log("safety_plan.read", "household", household_id, household=household_id)
        return None if row is None else self._from_row(row)

    def save(
        self,
        household_id: str,
        made_on: date,
        review_on: date,
        risks: tuple[Risk, ...],
        agreements: tuple[Agreement, ...],
        contacts: tuple[Contact, ...],
        client_id: str | None = None,
    ) -> StoredPlan:
        """Store the plan (replacing the previous version of the same subject).

        Raises:
            InvalidRecord: The rules of :class:`Veiligheidsplan` (review before the plan date,
                an invalid phone number, an empty risk).
            RecordNotFound: No such household or client.
        """
        self.require("safety_plan.change", "household", household_id, household_id)
        plan = Veiligheidsplan(
            self._subject_ref(household_id, client_id), made_on, review_on, risks, agreements,
            contacts,
        )  # fmt: skip
        values = (
            plan.made_on.isoformat(), plan.review_on.isoformat(),
            dumps([{"description": r.description, "measures": r.measures} for r in risks]),
            dumps([{"text": a.text, "who": a.who} for a in agreements]),
            dumps([{"name": c.name, "role": c.role, "phone": c.phone} for c in contacts]),
            self.session.now_text(), self.actor,
        )  # fmt: skip
        current = self.get(household_id, client_id)
        with self.session.transaction() as conn:
            if current is None:
                plan_id = new_id()
                conn.execute(
                    "INSERT INTO ov_safety_plans (made_on, review_on, risks, agreements, contacts,"
                    " updated, updated_by, id, household_id, client_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, plan_id, household_id, client_id),
                )
            else:
                plan_id = current.id
                conn.execute(
                    "UPDATE ov_safety_plans SET made_on = ?, review_on = ?, risks = ?,"
                    " agreements = ?, contacts = ?, updated = ?, updated_by = ? WHERE id = ?",
                    (*values, plan_id),
                )
            self.log("safety_plan.change", "safety_plan", plan_id, household=household_id)
        return StoredPlan(plan_id, household_id, client_id, plan, self.actor)

    def due_for_review(self, today: date | None = None) -> list[StoredPlan]:
        """Plans whose review date has passed, of households still in care."""
        self.require("safety_plan.list", "safety_plan")
        today = today or self.today()
        rows = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM ov_safety_plans p JOIN ov_intakes i"
            " ON i.household_id = p.household_id WHERE i.ended_on IS NULL ORDER BY p.review_on"
        ).fetchall()
        plans = [self._from_row(r) for r in rows]
        self.log("safety_plan.list", "safety_plan", detail=f"{len(plans)} plannen")
        return [p for p in plans if p.plan.is_review_overdue(today)]
