"""Client records: read and change a client's own data, plan goals and notes.

Every adult and every child is a client with a record of their own. Each read and change is
checked against the opvang area and logged with the household as audit subject; the audit
entry of a change names the fields that changed, never their content.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from opvang.access import OpvangService, iso_date, new_id, parse_date
from opvang.consent import Gezag, GezagKind
from opvang.errors import InvalidRecord, RecordNotFound
from opvang.records import Client, Goal, GoalStatus, Note, SchoolContact
from opvang.screening_plan import ClientKind

CLIENT_COLUMNS = (
    "id, household_id, kind, first_name, last_name, date_of_birth, pseudonym, hulpvraag, mentor,"
    " school_name, school_contact, school_reach, childcare, gezag_kind, gezag_holder, self_report"
)

#: Fields a worker may change after intake (identity, kind and pseudonym stay).
EDITABLE = (
    "first_name", "last_name", "date_of_birth", "hulpvraag", "mentor", "school", "childcare",
    "gezag", "self_report",
)  # fmt: skip


def client_from_row(r: Sequence[Any]) -> Client:
    """A :class:`Client` from a row of :data:`CLIENT_COLUMNS`."""
    school = SchoolContact(r[9], r[10], r[11]) if r[9] else None
    return Client(
        id=r[0], household_id=r[1], kind=ClientKind(r[2]), first_name=r[3], last_name=r[4],
        date_of_birth=date.fromisoformat(r[5]), pseudonym=r[6], hulpvraag=r[7], mentor=r[8],
        school=school, childcare=r[12], gezag=Gezag(GezagKind(r[13]), r[14]),
        self_report=bool(r[15]),
    )  # fmt: skip


def client_values(c: Client) -> tuple[Any, ...]:
    """The column values of :data:`CLIENT_COLUMNS` for ``c``."""
    name, contact, reach = (
        (c.school.name, c.school.contact_person, c.school.reach) if c.school else ("", "", "")
    )
    return (
        c.id, c.household_id, c.kind.value, c.first_name.strip(), c.last_name.strip(),
        c.date_of_birth.isoformat(), c.pseudonym, c.hulpvraag, c.mentor, name, contact, reach,
        c.childcare.strip(), c.gezag.kind.value, c.gezag.holder, int(c.self_report),
    )  # fmt: skip


class ClientService(OpvangService):
    """Reads and changes client records."""

    def get(self, client_id: str) -> Client:
        """One client; the reading is logged.

        Raises:
            PermissionDenied, RecordNotFound.
        """
        self.require("client.read", "client", client_id)
        row = self.session.conn.execute(
            f"SELECT {CLIENT_COLUMNS} FROM ov_clients WHERE id = ?", (client_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound()
        client = client_from_row(row)
        self.log("client.read", "client", client_id, household=client.household_id)
        return client

    def update(self, client_id: str, **changes: Any) -> Client:
        """Change fields of :data:`EDITABLE`; the audit entry names the fields that changed.

        Raises:
            PermissionDenied, RecordNotFound, InvalidRecord (unknown field, a date of birth in
            the future, a child field on an adult).
        """
        self.require("client.change", "client", client_id)
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise InvalidRecord(f"Onbekend veld: {', '.join(sorted(unknown))}.")
        current = self.get(client_id)
        updated = dataclasses.replace(current, **changes)
        if not updated.first_name.strip():
            raise InvalidRecord("Vul de voornaam in.")
        if updated.date_of_birth > self.today():
            raise InvalidRecord("De geboortedatum ligt in de toekomst.")
        changed = sorted(f for f in changes if getattr(current, f) != getattr(updated, f))
        if not changed:
            return current
        with self.session.transaction() as conn:
            conn.execute(
                f"UPDATE ov_clients SET ({CLIENT_COLUMNS}) = ({', '.join('?' * 16)}) WHERE id = ?",
                (*client_values(updated), client_id),
            )
            self.log(
                "client.change", "client", client_id, household=current.household_id,
                detail=",".join(changed),
            )  # fmt: skip
        return updated

    # -- plan ----------------------------------------------------------------------------
    def goals(self, client_id: str) -> list[Goal]:
        """The goals of the client's own plan, in order."""
        household = self.enter_client("plan.read", client_id)
        rows = self.session.conn.execute(
            "SELECT id, text, status, target_on FROM ov_goals WHERE client_id = ? ORDER BY seq",
            (client_id,),
        ).fetchall()
        self.log("plan.read", "client", client_id, household=household)
        return [Goal(r[0], r[1], GoalStatus(r[2]), parse_date(r[3])) for r in rows]

    def add_goal(self, client_id: str, text: str, target_on: date | None = None) -> Goal:
        """A new goal at the end of the plan."""
        household = self.enter_client("plan.change", client_id)
        goal = Goal(new_id(), text.strip(), GoalStatus.OPEN, target_on)
        with self.session.transaction() as conn:
            seq = conn.execute(
                "SELECT coalesce(max(seq), 0) + 1 FROM ov_goals WHERE client_id = ?", (client_id,)
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO ov_goals (id, client_id, seq, text, status, target_on)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (goal.id, client_id, seq, goal.text, goal.status.value, iso_date(target_on)),
            )
            self.log("plan.change", "goal", goal.id, household=household, detail="add")
        return goal

    def set_goal(self, goal: Goal) -> None:
        """Store a changed goal (text, status, target date).

        Raises:
            RecordNotFound: The goal is not there (any more).
        """
        self.require("plan.change", "goal", goal.id)
        row = self.session.conn.execute(
            "SELECT c.household_id FROM ov_goals g JOIN ov_clients c ON c.id = g.client_id"
            " WHERE g.id = ?",
            (goal.id,),
        ).fetchone()
        if row is None:
            raise RecordNotFound()
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE ov_goals SET text = ?, status = ?, target_on = ? WHERE id = ?",
                (goal.text.strip(), goal.status.value, iso_date(goal.target_on), goal.id),
            )
            self.log("plan.change", "goal", goal.id, household=row[0], detail="change")

    # -- notes ---------------------------------------------------------------------------
    def notes(self, client_id: str) -> list[Note]:
        """The client's notes, newest first."""
        household = self.enter_client("note.read", client_id)
        rows = self.session.conn.execute(
            "SELECT id, written_at, author, text FROM ov_notes WHERE client_id = ?"
            " ORDER BY written_at DESC",
            (client_id,),
        ).fetchall()
        self.log("note.read", "client", client_id, household=household)
        return [Note(r[0], datetime.fromisoformat(r[1]), r[2], r[3]) for r in rows]

    def add_note(self, client_id: str, text: str) -> Note:
        """A dated note by the current user.

        Raises:
            InvalidRecord: The note is empty.
        """
        household = self.enter_client("note.create", client_id)
        if not text.strip():
            raise InvalidRecord("De notitie is leeg.")
        note = Note(new_id(), self.session.clock.now(), self.actor, text.strip())
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO ov_notes (id, client_id, written_at, author, text)"
                " VALUES (?, ?, ?, ?, ?)",
                (note.id, client_id, note.written_at.isoformat(), note.author, note.text),
            )
            self.log("note.create", "note", note.id, household=household)
        return note
