"""Stored kindchecks for adult clients: are there children, and are they safe?

What gives reason for a concern is :func:`opvang.kindcheck.kindcheck`'s rule; this module keeps
each check as it was done, with its result.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from opvang.access import OpvangService, dumps, new_id
from opvang.clients import ClientService
from opvang.errors import InvalidRecord
from opvang.kindcheck import (
    Answer,
    ChildSituation,
    ChildWhereabouts,
    KindcheckRecord,
    KindcheckResult,
    kindcheck,
)


@dataclass(frozen=True)
class StoredKindcheck:
    """A kindcheck as recorded, with its evaluation."""

    id: str
    client_id: str
    record: KindcheckRecord
    result: KindcheckResult


class KindcheckService(OpvangService):
    """Records and lists kindchecks."""

    def record(
        self,
        client_id: str,
        checked_on: date,
        has_children: Answer,
        children: tuple[ChildSituation, ...] = (),
    ) -> StoredKindcheck:
        """Record a kindcheck done by the current user for an adult client.

        Raises:
            InvalidRecord: The client is a child, the date is in the future, or the answers
                contradict each other (the rules of :class:`KindcheckRecord`).
        """
        household = self.enter_client("kindcheck.record", client_id)
        client = ClientService(self.session).get(client_id)
        if client.is_child:
            raise InvalidRecord("De kindcheck hoort bij een volwassen cliënt.")
        if checked_on > self.today():
            raise InvalidRecord("De datum ligt in de toekomst.")
        record = KindcheckRecord(client.pseudonym, checked_on, self.actor, has_children, children)
        stored = StoredKindcheck(new_id(), client_id, record, kindcheck(record))
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO ov_kindchecks (id, client_id, checked_on, checked_by, has_children,"
                " children, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    stored.id, client_id, checked_on.isoformat(), self.actor, has_children.value,
                    dumps([[c.child_ref, c.whereabouts.value, c.safe.value] for c in children]),
                    self.session.now_text(),
                ),
            )  # fmt: skip
            self.log("kindcheck.record", "kindcheck", stored.id, household=household)
        return stored

    def of_client(self, client_id: str) -> list[StoredKindcheck]:
        """The client's kindchecks, newest first."""
        household = self.enter_client("kindcheck.read", client_id)
        pseudonym = self.session.conn.execute(
            "SELECT pseudonym FROM ov_clients WHERE id = ?", (client_id,)
        ).fetchone()[0]
        rows = self.session.conn.execute(
            "SELECT id, checked_on, checked_by, has_children, children FROM ov_kindchecks"
            " WHERE client_id = ? ORDER BY checked_on DESC, recorded_at DESC",
            (client_id,),
        ).fetchall()
        self.log("kindcheck.read", "client", client_id, household=household)
        found = []
        for r in rows:
            children = tuple(
                ChildSituation(c[0], ChildWhereabouts(c[1]), Answer(c[2])) for c in json.loads(r[4])
            )
            record = KindcheckRecord(
                pseudonym, date.fromisoformat(r[1]), r[2], Answer(r[3]), children
            )
            found.append(StoredKindcheck(r[0], client_id, record, kindcheck(record)))
        return found
