"""The organisation's shelter locations. Their addresses are confidential.

A location belongs to the organisation, not to a household, so it lives outside any case. The
address comes back wrapped in :class:`~opvang.records.ConfidentialAddress`: it never shows in a
formatted string by accident, and reading it is logged on its own.
"""

from __future__ import annotations

from opvang.access import OpvangService, new_id
from opvang.errors import InvalidRecord, RecordNotFound
from opvang.records import ConfidentialAddress, ShelterLocation


class LocationService(OpvangService):
    """Adds and lists shelter locations."""

    def add(self, name: str, address: str) -> ShelterLocation:
        """A new location.

        Raises:
            PermissionDenied, InvalidRecord (no name or address, or a name already in use).
        """
        self.require("location.create", "location")
        if not name.strip() or not address.strip():
            raise InvalidRecord("Vul de naam en het adres van de opvanglocatie in.")
        exists = self.session.conn.execute(
            "SELECT 1 FROM ov_locations WHERE name = ?", (name.strip(),)
        ).fetchone()
        if exists:
            raise InvalidRecord(f"Er is al een locatie met de naam '{name.strip()}'.")
        location = ShelterLocation(new_id(), name.strip(), ConfidentialAddress(address.strip()))
        with self.session.transaction() as conn:
            conn.execute(
                "INSERT INTO ov_locations (id, name, address, created, created_by)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    location.id, location.name, location.address.reveal(),
                    self.session.now_text(), self.session.user,
                ),
            )  # fmt: skip
            self.log("location.create", "location", location.id)
        return location

    def list(self) -> list[ShelterLocation]:
        """Every location, by name."""
        self.require("location.list", "location")
        rows = self.session.conn.execute(
            "SELECT id, name, address FROM ov_locations ORDER BY name COLLATE NOCASE"
        ).fetchall()
        self.log("location.list", "location", detail=f"{len(rows)} locaties")
        return [ShelterLocation(r[0], r[1], ConfidentialAddress(r[2])) for r in rows]

    def get(self, location_id: str) -> ShelterLocation:
        """One location.

        Raises:
            PermissionDenied, RecordNotFound.
        """
        self.require("location.read", "location", location_id)
        row = self.session.conn.execute(
            "SELECT id, name, address FROM ov_locations WHERE id = ?", (location_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound()
        self.log("location.read", "location", location_id)
        return ShelterLocation(row[0], row[1], ConfidentialAddress(row[2]))
