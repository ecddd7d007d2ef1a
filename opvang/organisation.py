"""The organisation's own opvang configuration: its screening rule and instrument definitions.

An organisation may add instrument definitions of its own (a licensed instrument it bought, or
one for an age no shipped instrument covers). A definition is validated on the way in, with the
line and the reason of any problem (:func:`opvang.instruments.load_instrument`), and stored in
the vault; a folder of definitions can be configured as well. The screening plan then chooses
from the shipped and the organisation's instruments together.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from pathlib import Path

from opvang.access import OpvangService, dumps
from opvang.errors import InstrumentDefinitionError, InvalidRecord, RecordNotFound
from opvang.instruments import (
    Instrument,
    load_instrument,
    load_instruments_from,
    shipped_instruments,
)
from opvang.screening_plan import ScreeningRule
from secure_store.session import Session

_RULE_KEY = "screening_rule"

# The shipped definitions never change while the program runs; parse them once.
_shipped = functools.cache(shipped_instruments)


@dataclasses.dataclass(frozen=True)
class OwnDefinition:
    """An instrument definition the organisation added, and where it came from."""

    instrument: Instrument
    source_name: str
    added_at: str
    added_by: str
    in_vault: bool


class Organisation(OpvangService):
    """Screening rule and instruments for one session.

    Args:
        session: The unlocked session.
        folder: An optional folder with more definitions (``*.json``), read on every call so a
            file dropped in is used at once.
    """

    def __init__(self, session: Session, folder: Path | None = None) -> None:
        super().__init__(session)
        self.folder = folder

    # -- screening rule ------------------------------------------------------------------
    def rule(self) -> ScreeningRule:
        """The organisation's screening rule (the defaults until one is set)."""
        self.require("organisation.read", "screening_rule")
        row = self.session.conn.execute(
            "SELECT value FROM ov_settings WHERE key = ?", (_RULE_KEY,)
        ).fetchone()
        return ScreeningRule(**json.loads(row[0])) if row else ScreeningRule()

    def set_rule(self, rule: ScreeningRule) -> None:
        """Store the organisation's rule; plans made from now on follow it (logged)."""
        self.require("organisation.change", "screening_rule")
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO ov_settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_RULE_KEY, dumps(dataclasses.asdict(rule))),
            )
            self.log(
                "organisation.change", "screening_rule", detail=dumps(dataclasses.asdict(rule))
            )

    # -- instruments ---------------------------------------------------------------------
    def own_definitions(self) -> list[OwnDefinition]:
        """The organisation's definitions: those in the vault, then those in the folder.

        Raises:
            InstrumentDefinitionError: A file in the folder is broken (line and reason).
        """
        self.require("instrument.list", "instrument")
        rows = self.session.conn.execute(
            "SELECT instrument_id, source_name, definition, added_at, added_by"
            " FROM ov_instruments ORDER BY instrument_id"
        ).fetchall()
        own = [
            OwnDefinition(load_instrument(r[2], name=r[1]), r[1], r[3], r[4], True) for r in rows
        ]
        if self.folder is not None:
            own += [
                OwnDefinition(i, str(self.folder), "", "", False)
                for i in load_instruments_from(self.folder)
            ]
        return own

    def instruments(self) -> tuple[Instrument, ...]:
        """Shipped and own instruments together.

        Raises:
            InstrumentDefinitionError: A definition is broken, or two share an id.
        """
        pool = list(_shipped())
        seen = {i.id for i in pool}
        for own in self.own_definitions():
            if own.instrument.id in seen:
                raise InstrumentDefinitionError(
                    own.source_name, None, f"id '{own.instrument.id}' bestaat al"
                )
            seen.add(own.instrument.id)
            pool.append(own.instrument)
        return tuple(pool)

    def instrument(self, instrument_id: str) -> Instrument:
        """One instrument by id.

        Raises:
            RecordNotFound: No shipped or own instrument has this id (any more).
        """
        for instrument in self.instruments():
            if instrument.id == instrument_id:
                return instrument
        raise RecordNotFound(f"Screeningsinstrument '{instrument_id}'.")

    def add_definition(self, text: str, source_name: str) -> Instrument:
        """Validate a definition and store it in the vault.

        Args:
            text: The JSON text of the definition.
            source_name: The file name it came from (named in errors and in the list).

        Raises:
            InstrumentDefinitionError: Not valid, with the line and the reason; or its id is
                already in use.
        """
        self.require("instrument.add", "instrument")
        instrument = load_instrument(text, name=source_name)
        if instrument.id in {i.id for i in self.instruments()}:
            raise InstrumentDefinitionError(
                source_name,
                None,
                f"id '{instrument.id}' bestaat al; geef de definitie een eigen id",
            )
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO ov_instruments (instrument_id, source_name, definition, added_at,"
                " added_by) VALUES (?, ?, ?, ?, ?)",
                (instrument.id, source_name, text, self.session.now_text(), self.actor),
            )
            self.log("instrument.add", "instrument", instrument.id)
        return instrument

    def remove_definition(self, instrument_id: str) -> None:
        """Remove an own definition from the vault; screenings done with it keep their scores.

        Raises:
            InvalidRecord: The id is not an own definition stored in the vault.
        """
        self.require("instrument.remove", "instrument", instrument_id)
        with self.session.transaction() as conn:
            gone = conn.execute(
                "DELETE FROM ov_instruments WHERE instrument_id = ?", (instrument_id,)
            ).rowcount
            if not gone:
                raise InvalidRecord("Alleen eigen definities in de kluis kunnen worden verwijderd.")
            self.log("instrument.remove", "instrument", instrument_id)
