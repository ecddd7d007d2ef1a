"""The table models behind the dossier list, the examinations and the injury list."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.forensics.examinations_model import ExaminationsModel
from desktop.forensics.injury_model import (
    NUMBER,
    PATTERN,
    REGION,
    SIZE,
    TYPE,
    InjuryModel,
    size_text,
)
from desktop.forensics.labels import age_text
from desktop.forensics.subjects_model import BORN, LAST_EXAMINED, NAME, SubjectsModel, SubjectsProxy
from forensics.bodymap import BodyFigure
from forensics.dossiers import SubjectSummary
from forensics.records import BodyPoint, Examination, Injury, Requester

DISPLAY = Qt.ItemDataRole.DisplayRole


def _injury(number: int, **fields: object) -> Injury:
    values: dict[str, object] = {
        "id": f"i{number}", "examination_id": "e", "number": number,
        "point": BodyPoint("anterior", 0.5, 0.3), "region_code": "trunk.chest", "type": "bruise",
    }  # fmt: skip
    values.update(fields)
    return Injury(**values)  # type: ignore[arg-type]  # test data


def test_subjects_show_dutch_dates_and_sort_by_the_real_date(qapp: QApplication) -> None:
    model = SubjectsModel()
    model.set_rows(
        [
            SubjectSummary("a", "anna", date(1985, 12, 31), "P-1", "2026-03-02T09:30:00+00:00"),
            SubjectSummary("b", "Bram", date(2001, 1, 2), "P-2", ""),
        ]
    )
    assert model.index(0, BORN).data() == "31-12-1985"
    assert model.index(1, LAST_EXAMINED).data() == "nog geen"
    assert model.row_of("b") == 1 and model.row_of("x") == -1
    proxy = SubjectsProxy(model)
    proxy.sort(BORN, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, NAME).data() == "Bram"
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, NAME).data() == "anna", "names sort without regard to case"
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "Naam"


def test_examinations_show_state_and_take_a_saved_change(qapp: QApplication) -> None:
    model = ExaminationsModel()
    when = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    exam = Examination("e1", "s", "arts", when, place="GGD", requester=Requester.POLICE)
    sealed = Examination("e2", "s", "arts", when, sealed_at=when)
    model.set_rows([exam, sealed])
    assert [model.index(r, 4).data() for r in range(2)] == ["open", "afgesloten"]
    assert model.index(0, 2).data() == "OM / politie"
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom: changed.append(top.row()))
    model.replace_examination(Examination("e1", "s", "arts", when, place="Politiebureau"))
    assert model.index(0, 1).data() == "Politiebureau" and changed == [0]


def test_injuries_keep_number_order_through_inserts_and_removals(qapp: QApplication) -> None:
    model = InjuryModel()
    model.set_injuries(BodyFigure.CHILD, [_injury(3), _injury(1)])
    assert [i.number for i in model.rows] == [1, 3]
    model.upsert(_injury(2))
    assert [i.number for i in model.rows] == [1, 2, 3]
    model.upsert(_injury(2, type="abrasion"))
    assert model.rowCount() == 3 and model.index(1, TYPE).data() == "schaafwond"
    model.remove("i1")
    model.remove("nothing")
    assert [i.number for i in model.rows] == [2, 3]


def test_an_injury_row_reads_as_a_physician_writes_it(qapp: QApplication) -> None:
    model = InjuryModel()
    model.set_injuries(
        BodyFigure.CHILD,
        [_injury(1, length_mm=22.0, width_mm=15.0, pattern="hand_imprint"), _injury(2)],
    )
    assert model.index(0, REGION).data() == "borst"
    assert model.index(0, SIZE).data() == "22 × 15 mm"
    assert model.index(0, PATTERN).data() == "handafdruk"
    assert model.index(1, SIZE).data() == "—" and model.index(1, PATTERN).data() == "—"
    assert "voorzijde" in str(model.index(0, REGION).data(Qt.ItemDataRole.ToolTipRole))
    model.set_flagged(frozenset({"i2"}))
    assert model.index(1, NUMBER).data() == "2 ⚑" and model.index(0, NUMBER).data() == "1"
    assert model.is_flagged("i2")
    assert "signalering" in str(model.index(1, NUMBER).data(Qt.ItemDataRole.ToolTipRole))


def test_sizes_and_ages_as_text() -> None:
    assert size_text(_injury(1, length_mm=12.0)) == "12 mm"
    assert size_text(_injury(1, length_mm=12.5, width_mm=3.0)) == "12.5 × 3 mm"
    assert age_text(date(2025, 1, 15), date(2025, 6, 14)) == "4 mnd"
    assert age_text(date(2020, 1, 15), date(2026, 1, 14)) == "5 jaar"
    assert age_text(date(2026, 1, 15), date(2025, 1, 14)) == "", "a date still being typed"
