"""Injuries on the body map: numbered per examination, editable until the examination is sealed."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from secure_store.roles import Area

from .bodymap import BodyFigure, View, load_region_map
from .dossiers import DossierService, new_id
from .errors import InvalidRecord, RecordNotFound
from .records import BodyPoint, Injury

_COLUMNS = (
    "id, examination_id, number, view, x, y, region_code, type, length_mm, width_mm, shape,"
    " colour, pattern, description"
)
_EDITABLE = {
    "point", "region_code", "type", "length_mm", "width_mm", "shape", "colour", "pattern",
    "description",
}  # fmt: skip


class InjuryService:
    """Adds, changes, moves and removes injuries; every change is audited."""

    def __init__(self, dossiers: DossierService) -> None:
        self.dossiers = dossiers
        self.session = dossiers.session

    def _require(self, action: str, record_id: str) -> None:
        self.session.require(
            Area.FORENSIC, action=action, record_type="injury", record_id=record_id
        )

    def add(
        self, examination_id: str, point: BodyPoint, region_code: str, type: str, **fields: Any
    ) -> Injury:
        """A new injury with the next free number.

        Raises:
            ExaminationSealed, InvalidRecord.
        """
        self._require("injury.create", examination_id)
        self.dossiers.ensure_open(examination_id)
        subject_id, _ = self.dossiers.case_of_examination(examination_id)
        with self.session.transaction() as conn:
            number = conn.execute(
                "SELECT coalesce(max(number), 0) + 1 FROM fx_injuries WHERE examination_id = ?",
                (examination_id,),
            ).fetchone()[0]
            injury = _validated(
                Injury(new_id(), examination_id, number, point, region_code, type), fields
            )
            conn.execute(
                f"INSERT INTO fx_injuries ({_COLUMNS}) VALUES ({', '.join('?' * 14)})", _row(injury)
            )
            self.session.log(
                "injury.create", "injury", injury.id, subject=subject_id, detail=f"#{number}"
            )
        return injury

    def of_examination(self, examination_id: str) -> list[Injury]:
        self._require("injury.read", examination_id)
        rows = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM fx_injuries WHERE examination_id = ? ORDER BY number",
            (examination_id,),
        )
        return [_from_row(r) for r in rows]

    def get(self, injury_id: str) -> Injury:
        row = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM fx_injuries WHERE id = ?", (injury_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(injury_id)
        self._require("injury.read", injury_id)
        return _from_row(row)

    def update(self, injury_id: str, **changes: Any) -> Injury:
        """Change fields of an injury (moving the marker is a change of ``point``)."""
        self._require("injury.change", injury_id)
        current = self.get(injury_id)
        self.dossiers.ensure_open(current.examination_id)
        updated = _validated(current, changes)
        subject_id, _ = self.dossiers.case_of_examination(current.examination_id)
        with self.session.transaction() as conn:
            conn.execute(
                f"UPDATE fx_injuries SET ({_COLUMNS}) = ({', '.join('?' * 14)}) WHERE id = ?",
                (*_row(updated), injury_id),
            )
            self.session.log(
                "injury.change",
                "injury",
                injury_id,
                subject=subject_id,
                detail=",".join(sorted(changes)),
            )
        return updated

    def remove(self, injury_id: str) -> Injury:
        """Delete an injury (the UI's undo re-adds it with :meth:`restore`)."""
        self._require("injury.delete", injury_id)
        current = self.get(injury_id)
        self.dossiers.ensure_open(current.examination_id)
        subject_id, _ = self.dossiers.case_of_examination(current.examination_id)
        with self.session.transaction() as conn:
            conn.execute("DELETE FROM fx_injuries WHERE id = ?", (injury_id,))
            self.session.log(
                "injury.delete",
                "injury",
                injury_id,
                subject=subject_id,
                detail=f"#{current.number}",
            )
        return current

    def restore(self, injury: Injury) -> Injury:
        """Put back a removed injury with its old id and number (undo of a delete)."""
        self._require("injury.create", injury.examination_id)
        self.dossiers.ensure_open(injury.examination_id)
        subject_id, _ = self.dossiers.case_of_examination(injury.examination_id)
        with self.session.transaction() as conn:
            conn.execute(
                f"INSERT INTO fx_injuries ({_COLUMNS}) VALUES ({', '.join('?' * 14)})", _row(injury)
            )
            self.session.log(
                "injury.restore",
                "injury",
                injury.id,
                subject=subject_id,
                detail=f"#{injury.number}",
            )
        return injury


def _validated(injury: Injury, changes: dict[str, Any]) -> Injury:
    from .vocabulary import InjuryPattern, InjuryType

    unknown = set(changes) - _EDITABLE
    if unknown:
        raise InvalidRecord(", ".join(sorted(unknown)))
    result = replace(injury, **changes)
    if result.type not in {t.code for t in InjuryType}:
        raise InvalidRecord("type")
    if result.pattern not in {p.code for p in InjuryPattern}:
        raise InvalidRecord("pattern")
    p = result.point
    if not (0.0 <= p.x <= 1.0 and 0.0 <= p.y <= 1.0):
        raise InvalidRecord("point")
    if result.region_code not in _region_codes(p.view):
        raise InvalidRecord("region")
    for size in (result.length_mm, result.width_mm):
        if size is not None and not 0 < size < 2000:
            raise InvalidRecord("size")
    return result


@cache
def _region_codes(view_code: str) -> frozenset[str]:
    """Every region code of a body-map view, child and adult drawings together."""
    try:
        view = View.from_code(view_code)
    except ValueError:
        return frozenset()
    return frozenset(r.code for f in BodyFigure for r in load_region_map(f, view).regions)


def _row(i: Injury) -> tuple[Any, ...]:
    return (
        i.id, i.examination_id, i.number, i.point.view, i.point.x, i.point.y, i.region_code, i.type,
        i.length_mm, i.width_mm, i.shape, i.colour, i.pattern, i.description,
    )  # fmt: skip


def _from_row(r: Any) -> Injury:
    return Injury(
        r[0],
        r[1],
        r[2],
        BodyPoint(r[3], r[4], r[5]),
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
        r[12],
        r[13],
    )
