"""The intake of a household, in one transaction, and the changes to a stay afterwards.

:meth:`IntakeService.admit` takes an :class:`~opvang.intake_form.IntakeForm` and creates the
household's case (its own case key), the intake, a client record for every adult and every
child, their screening plans (the organisation's rule and instruments) and the Handle with Care
tasks, all or nothing. Afterwards the stay can move on to another form of care (doorstroom), get
a planned end, or end (uitstroom, with the destination); the screening plans follow the end.
"""

from __future__ import annotations

import dataclasses
import secrets
from datetime import date

from opvang.access import OpvangService, iso_date, new_id
from opvang.clients import CLIENT_COLUMNS, client_values
from opvang.errors import InvalidRecord
from opvang.households import HouseholdService
from opvang.intake_form import AdultForm, ChildForm, IntakeForm, preview, respondents_for
from opvang.monitoring import ExitDestination
from opvang.organisation import Organisation
from opvang.records import Client, Household, IntakeKind
from opvang.school_signals import write_task
from opvang.screening_plan import ClientKind, plan_for_client
from opvang.screenings import ScreeningService, write_plan
from secure_store.database import Connection
from secure_store.roles import Area
from secure_store.session import Session

_REFERENCE_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY3479"  # no look-alikes (0/O, 1/I, 5/S, 8/B)


class IntakeService(OpvangService):
    """Admits households and records what happens to their stay."""

    def __init__(self, session: Session, organisation: Organisation | None = None) -> None:
        super().__init__(session)
        self.organisation = organisation or Organisation(session)

    def _reference(self, conn: Connection) -> str:
        while True:
            reference = "OV-" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(4))
            taken = conn.execute(
                "SELECT 1 FROM ov_households WHERE reference = ?", (reference,)
            ).fetchone()
            if not taken:
                return reference

    def admit(self, form: IntakeForm) -> Household:
        """Create the household with everything the intake generates, in one transaction.

        Raises:
            PermissionDenied: Not an opvang worker (logged); nothing is created.
            InvalidRecord: The form does not hold together; nothing is created.
            InstrumentDefinitionError: An organisation definition is broken.
        """
        self.require("intake.create", "intake")
        instruments = self.organisation.instruments()
        previews = preview(form, instruments, self.organisation.rule())
        if form.location_id is not None:
            exists = self.session.conn.execute(
                "SELECT 1 FROM ov_locations WHERE id = ?", (form.location_id,)
            ).fetchone()
            if not exists:
                raise InvalidRecord("Deze opvanglocatie bestaat niet (meer).")
        people: list[AdultForm | ChildForm] = [*form.adults, *form.children]
        with self.session.transaction() as conn:
            case_id = self.session.cases.create(Area.OPVANG)
            household_id, reference = new_id(), self._reference(conn)
            now = self.session.now_text()
            conn.execute(
                "INSERT INTO ov_households (id, case_id, reference, created, created_by)"
                " VALUES (?, ?, ?, ?, ?)",
                (household_id, case_id, reference, now, self.session.user),
            )
            conn.execute(
                "INSERT INTO ov_intakes (id, household_id, kind, intake_at, planned_end,"
                " location_id, referral, referral_detail, intake_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id(), household_id, form.kind.value, form.intake_at.isoformat(),
                    iso_date(form.planned_end), form.location_id, form.referral.value,
                    form.referral_detail.strip(), self.actor,
                ),
            )  # fmt: skip
            counters = {ClientKind.ADULT: 0, ClientKind.CHILD: 0}
            for seq, (person, made) in enumerate(zip(people, previews, strict=True), start=1):
                counters[made.kind] += 1
                letter = "V" if made.kind is ClientKind.ADULT else "K"
                client = Client(
                    id=new_id(), household_id=household_id, kind=made.kind,
                    first_name=person.first_name.strip(), last_name=person.last_name.strip(),
                    date_of_birth=person.date_of_birth,
                    pseudonym=f"{reference}-{letter}{counters[made.kind]}",
                    hulpvraag=person.hulpvraag.strip(), mentor=person.mentor.strip(),
                )  # fmt: skip
                if isinstance(person, ChildForm):
                    client = dataclasses.replace(
                        client, school=person.school, childcare=person.childcare,
                        gezag=person.gezag, self_report=person.self_report,
                    )  # fmt: skip
                conn.execute(
                    f"INSERT INTO ov_clients (seq, created, {CLIENT_COLUMNS})"
                    f" VALUES ({', '.join('?' * 18)})",
                    (seq, now, *client_values(client)),
                )
                write_plan(conn, client.id, made.plan)
                if made.school_signal is not None:
                    write_task(conn, client.id, made.school_signal)
            self.log(
                "intake.create", "household", household_id, household=household_id,
                detail=f"{len(form.adults)} volwassenen, {len(form.children)} kinderen",
            )  # fmt: skip
        return HouseholdService(self.session).get(household_id)

    # -- the stay afterwards ------------------------------------------------------------
    def _replan(self, household: Household, end: date | None) -> None:
        """Plan each client's screenings again for a new expected end (done ones stay)."""
        instruments = self.organisation.instruments()
        rule = self.organisation.rule()
        screenings = ScreeningService(self.session, self.organisation)
        start = household.intake.intake_at.date()
        for c in household.clients:
            respondents = respondents_for(c.kind, c.self_report)
            plan = plan_for_client(
                c.kind, c.date_of_birth, start, end, instruments, rule, respondents
            )
            screenings.replace_open_plan(c.id, plan)

    def set_planned_end(self, household_id: str, planned_end: date | None) -> Household:
        """Record the planned end of the stay; the exit screenings move with it.

        Raises:
            InvalidRecord: Before the intake, or the household has already left.
        """
        self.require("intake.change", "household", household_id, household_id)
        household = HouseholdService(self.session).get(household_id)
        intake = household.intake
        if intake.ended_on is not None:
            raise InvalidRecord("Dit huishouden is al uitgestroomd.")
        if planned_end is not None and planned_end < intake.intake_at.date():
            raise InvalidRecord("De geplande einddatum ligt vóór de intake.")
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE ov_intakes SET planned_end = ? WHERE id = ?",
                (iso_date(planned_end), intake.id),
            )
            self._replan(household, planned_end)
            self.log(
                "intake.change", "intake", intake.id, household=household_id, detail="planned_end"
            )
        return HouseholdService(self.session).get(household_id)

    def move_on(
        self, household_id: str, moved_on: date, to_kind: IntakeKind, location_id: str | None
    ) -> Household:
        """Doorstroom: the household continues in another form of care.

        Raises:
            InvalidRecord: The same form of care, a date before the intake or the last move, a
                stay without location, or the household has already left.
        """
        self.require("intake.change", "household", household_id, household_id)
        intake = HouseholdService(self.session).get(household_id).intake
        last = intake.moves[-1].moved_on if intake.moves else intake.intake_at.date()
        if intake.ended_on is not None:
            raise InvalidRecord("Dit huishouden is al uitgestroomd.")
        if to_kind is intake.kind:
            raise InvalidRecord(f"Het huishouden is al in {to_kind.label}.")
        if moved_on < last:
            raise InvalidRecord("De datum ligt vóór de intake of de vorige doorstroom.")
        if to_kind.has_stay and not location_id:
            raise InvalidRecord("Kies de opvanglocatie.")
        location = location_id if to_kind.has_stay else None
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO ov_intake_moves (intake_id, moved_on, from_kind, to_kind,"
                " location_id, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                (intake.id, moved_on.isoformat(), intake.kind.value, to_kind.value, location,
                 self.actor),
            )  # fmt: skip
            conn.execute(
                "UPDATE ov_intakes SET kind = ?, location_id = ? WHERE id = ?",
                (to_kind.value, location, intake.id),
            )
            self.log(
                "intake.move", "intake", intake.id, household=household_id, detail=to_kind.value
            )
        return HouseholdService(self.session).get(household_id)

    def record_exit(
        self, household_id: str, ended_on: date, destination: ExitDestination, notes: str = ""
    ) -> Household:
        """Uitstroom: the household left on ``ended_on`` for ``destination``.

        Raises:
            InvalidRecord: Already left, or a date before the intake or in the future.
        """
        self.require("intake.exit", "household", household_id, household_id)
        household = HouseholdService(self.session).get(household_id)
        intake = household.intake
        if intake.ended_on is not None:
            raise InvalidRecord("Dit huishouden is al uitgestroomd.")
        if ended_on < intake.intake_at.date() or ended_on > self.today():
            raise InvalidRecord("De uitstroomdatum ligt vóór de intake of in de toekomst.")
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE ov_intakes SET ended_on = ?, destination = ?, exit_notes = ? WHERE id = ?",
                (ended_on.isoformat(), destination.value, notes.strip(), intake.id),
            )
            self._replan(household, ended_on)
            self.log(
                "intake.exit", "intake", intake.id, household=household_id, detail=destination.value
            )
        return HouseholdService(self.session).get(household_id)
