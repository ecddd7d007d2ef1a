"""Stored meldcode concerns: the five steps, the afwegingskader and what was decided.

The order of the steps, the exceptions the meldcode allows and the decision logic are the
rules of :mod:`opvang.meldcode` and :mod:`opvang.afwegingskader`: each change here loads the
concern as a domain value, lets the domain take the step, and stores what it returns. Beside
the steps a concern keeps what a melding aan Veilig Thuis needs: facts and opinions apart, each
with its source; the children involved; the urgency; a contact person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import date

from opvang.access import OpvangService, dumps, new_id
from opvang.afwegingskader import WeighingAnswers
from opvang.concern_records import (
    ContactPerson,
    Observation,
    ObservationKind,
    StoredConcern,
    Urgency,
    answers_json,
    concern_from_rows,
    decision_json,
)
from opvang.errors import InvalidRecord, RecordNotFound
from opvang.meldcode import Action, MeldcodeConcern, MeldcodeStep, SkipReason
from opvang.report_records import sent_reports
from opvang.screening_plan import ClientKind

__all__ = [
    "ConcernService",
    "ContactPerson",
    "Observation",
    "ObservationKind",
    "StoredConcern",
    "Urgency",
]

_COLUMNS = (
    "q.id, q.household_id, q.client_id, c.pseudonym, q.opened_on, q.opened_by, q.summary,"
    " q.urgency, q.children, q.contact_name, q.contact_role, q.contact_phone, q.answers,"
    " q.decision, q.actions"
)


class ConcernService(OpvangService):
    """Opens concerns and walks them through the meldcode."""

    def _enter(self, action: str, concern_id: str) -> StoredConcern:
        self.require(action, "concern", concern_id)
        return self._load(concern_id)

    def _load(self, concern_id: str) -> StoredConcern:
        conn = self.session.conn
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM ov_concerns q JOIN ov_clients c ON c.id = q.client_id"
            " WHERE q.id = ?",
            (concern_id,),
        ).fetchone()
        if row is None:
            raise RecordNotFound()
        steps = conn.execute(
            "SELECT step, done_on, done_by, notes, skipped_because FROM ov_concern_steps"
            " WHERE concern_id = ? ORDER BY step",
            (concern_id,),
        ).fetchall()
        observations = conn.execute(
            "SELECT id, kind, text, source, observed_on, recorded_by FROM ov_concern_observations"
            " WHERE concern_id = ? ORDER BY observed_on, recorded_at",
            (concern_id,),
        ).fetchall()
        meldingen = sent_reports(self.session, "concern", concern_id)
        return replace(concern_from_rows(row, steps, observations), meldingen=meldingen)

    def open(
        self,
        client_id: str,
        summary: str,
        opened_on: date,
        *,
        children: Sequence[str] | None = None,
        contact: ContactPerson | None = None,
    ) -> StoredConcern:
        """Open a concern about a client.

        Args:
            client_id: The adult or child the concern is about.
            summary: What the concern is, in a sentence.
            opened_on: The day it was opened.
            children: Client ids of the children involved; by default the child itself, or
                every child of the household for a concern about an adult.
            contact: The contact person for Veilig Thuis; by default the current user.

        Raises:
            InvalidRecord: No summary, a future date, or a child from another household.
        """
        household = self.enter_client("concern.create", client_id)
        if not summary.strip():
            raise InvalidRecord("Beschrijf in een zin waar de zorg over gaat.")
        if opened_on > self.today():
            raise InvalidRecord("De datum ligt in de toekomst.")
        kids = self._children(household, client_id, children)
        contact = contact or ContactPerson(self.actor, "medewerker opvang")
        concern_id = new_id()
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO ov_concerns (id, household_id, client_id, opened_on, opened_by,"
                " summary, urgency, children, contact_name, contact_role, contact_phone, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    concern_id, household, client_id, opened_on.isoformat(), self.actor,
                    summary.strip(), Urgency.NOT_ASSESSED.value, dumps(list(kids)),
                    contact.name, contact.role, contact.phone, self.session.now_text(),
                ),
            )  # fmt: skip
            self.log("concern.create", "concern", concern_id, household=household)
        return self.get(concern_id)

    def _children(
        self, household: str, client_id: str, children: Sequence[str] | None
    ) -> tuple[str, ...]:
        rows = self.session.conn.execute(
            "SELECT id, kind FROM ov_clients WHERE household_id = ? ORDER BY seq", (household,)
        ).fetchall()
        kids = [r[0] for r in rows if r[1] == ClientKind.CHILD.value]
        if children is None:
            return (client_id,) if client_id in kids else tuple(kids)
        strangers = [c for c in children if c not in kids]
        if strangers:
            raise InvalidRecord("Alleen kinderen uit dit huishouden kunnen worden genoemd.")
        return tuple(children)

    def get(self, concern_id: str) -> StoredConcern:
        """One concern; the reading is logged."""
        stored = self._enter("concern.read", concern_id)
        self.log("concern.read", "concern", concern_id, household=stored.household_id)
        return stored

    def of_household(self, household_id: str) -> list[StoredConcern]:
        """The household's concerns, oldest first."""
        self.require("concern.read", "household", household_id, household_id)
        ids = self.session.conn.execute(
            "SELECT id FROM ov_concerns WHERE household_id = ? ORDER BY opened_on, created",
            (household_id,),
        ).fetchall()
        self.log("concern.read", "household", household_id, household=household_id)
        return [self._load(r[0]) for r in ids]

    def of_client(self, client_id: str) -> list[StoredConcern]:
        """The concerns about this client, or in which this child is involved."""
        household = self.enter_client("concern.read", client_id)
        return [
            c
            for c in self.of_household(household)
            if c.client_id == client_id or client_id in c.children
        ]

    def open_concerns(self) -> list[StoredConcern]:
        """Every concern whose five steps are not all recorded (dashboard); one audit entry."""
        self.require("concern.list", "concern")
        ids = self.session.conn.execute(
            "SELECT q.id FROM ov_concerns q WHERE"
            " (SELECT count(*) FROM ov_concern_steps s WHERE s.concern_id = q.id) < 5"
            " ORDER BY q.opened_on"
        ).fetchall()
        self.log("concern.list", "concern", detail=f"{len(ids)} open")
        return [self._load(r[0]) for r in ids]

    # -- facts and opinions, contact -----------------------------------------------------
    def add_observation(
        self, concern_id: str, kind: ObservationKind, text: str, source: str, observed_on: date
    ) -> Observation:
        """Record a fact or an opinion with its source.

        Raises:
            InvalidRecord: No text or source, or a future date.
        """
        stored = self._enter("concern.change", concern_id)
        if not text.strip() or not source.strip():
            raise InvalidRecord("Vul in wat er is gezien of gezegd en door wie (de bron).")
        if observed_on > self.today():
            raise InvalidRecord("De datum ligt in de toekomst.")
        observation = Observation(
            new_id(), kind, text.strip(), source.strip(), observed_on, self.actor
        )
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO ov_concern_observations (id, concern_id, kind, text, source,"
                " observed_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    observation.id, concern_id, kind.value, observation.text, observation.source,
                    observed_on.isoformat(), self.actor, self.session.now_text(),
                ),
            )  # fmt: skip
            self.log(
                "concern.change", "concern", concern_id, household=stored.household_id,
                detail=f"observation {kind.value}",
            )  # fmt: skip
        return observation

    def set_contact(self, concern_id: str, contact: ContactPerson) -> StoredConcern:
        """Change the contact person for Veilig Thuis."""
        stored = self._enter("concern.change", concern_id)
        if not contact.name.strip():
            raise InvalidRecord("Vul de naam van de contactpersoon in.")
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE ov_concerns SET contact_name = ?, contact_role = ?, contact_phone = ?"
                " WHERE id = ?",
                (contact.name.strip(), contact.role.strip(), contact.phone.strip(), concern_id),
            )
            self.log(
                "concern.change", "concern", concern_id, household=stored.household_id,
                detail="contact",
            )  # fmt: skip
        return self.get(concern_id)

    def set_children(self, concern_id: str, children: Sequence[str]) -> StoredConcern:
        """Change which children of the household are involved."""
        stored = self._enter("concern.change", concern_id)
        kids = self._children(stored.household_id, stored.client_id, children)
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE ov_concerns SET children = ? WHERE id = ?", (dumps(list(kids)), concern_id)
            )
            self.log(
                "concern.change", "concern", concern_id, household=stored.household_id,
                detail="children",
            )  # fmt: skip
        return self.get(concern_id)

    # -- the five steps ------------------------------------------------------------------
    def complete_step(
        self, concern_id: str, step: MeldcodeStep, on: date, notes: str
    ) -> StoredConcern:
        """Record step 1, 2 or 3 (rules: :meth:`MeldcodeConcern.complete`)."""
        stored = self._enter("concern.step", concern_id)
        return self._save(stored, stored.concern.complete(step, on, self.actor, notes))

    def skip_conversation(
        self, concern_id: str, reason: SkipReason, on: date, notes: str
    ) -> StoredConcern:
        """Record that step 3 was left out, and why (:meth:`MeldcodeConcern.skip_conversation`)."""
        stored = self._enter("concern.step", concern_id)
        return self._save(stored, stored.concern.skip_conversation(reason, on, self.actor, notes))

    def weigh(
        self,
        concern_id: str,
        answers: WeighingAnswers,
        on: date,
        notes: str,
        urgency: Urgency | None = None,
    ) -> StoredConcern:
        """Record step 4 with the afwegingskader answers; the domain gives the decision.

        Args:
            urgency: With unsafety answered yes: acute or structural (required then).

        Raises:
            IncompleteWeighing, StepOrderError, InvalidRecord (urgency missing or contradicting
            the unsafety answer).
        """
        stored = self._enter("concern.step", concern_id)
        weighed = stored.concern.weigh(answers, on, self.actor, notes)
        if answers.unsafety:
            if urgency not in (Urgency.ACUTE, Urgency.STRUCTURAL):
                raise InvalidRecord("Geef aan of de onveiligheid acuut of structureel is.")
        else:
            # No (or not asked, when there is no suspicion): nothing acute or structural found.
            urgency = Urgency.NOT_ESTABLISHED
        return self._save(stored, weighed, answers=answers, urgency=urgency)

    def decide(
        self, concern_id: str, actions: frozenset[Action], on: date, notes: str
    ) -> StoredConcern:
        """Record step 5 (rules: :meth:`MeldcodeConcern.decide`)."""
        stored = self._enter("concern.step", concern_id)
        return self._save(stored, stored.concern.decide(actions, on, self.actor, notes))

    def report_acute(self, concern_id: str, on: date, notes: str) -> StoredConcern:
        """Acute danger: melden now (rules: :meth:`MeldcodeConcern.report_acute`)."""
        stored = self._enter("concern.step", concern_id)
        acute = stored.concern.report_acute(on, self.actor, notes)
        return self._save(stored, acute, urgency=Urgency.ACUTE)

    def _save(
        self,
        stored: StoredConcern,
        concern: MeldcodeConcern,
        *,
        answers: WeighingAnswers | None = None,
        urgency: Urgency | None = None,
    ) -> StoredConcern:
        new = concern.records[len(stored.concern.records) :]
        with self.session.transaction() as conn:
            conn.executemany(
                "INSERT INTO ov_concern_steps (concern_id, step, done_on, done_by, notes,"
                " skipped_because) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        stored.id, r.step.value, r.on.isoformat(), r.by, r.notes,
                        r.skipped_because.value if r.skipped_because else None,
                    )
                    for r in new
                ],
            )  # fmt: skip
            conn.execute(
                "UPDATE ov_concerns SET decision = ?, actions = ?, answers = ?, urgency = ?"
                " WHERE id = ?",
                (
                    decision_json(concern.decision),
                    dumps(sorted(a.value for a in concern.actions)),
                    dumps(asdict(answers)) if answers else answers_json(stored.answers),
                    (urgency or stored.urgency).value,
                    stored.id,
                ),
            )
            self.log(
                "concern.step", "concern", stored.id, household=stored.household_id,
                detail=",".join(str(r.step.value) for r in new),
            )  # fmt: skip
        return self._load(stored.id)
