"""The agenda highlights what is late; the dashboard shows the figures; exports leave once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.opvang.agenda_page import STATUS_ROLE, AgendaPage
from desktop.opvang.dashboard import DashboardPage, quarter_of
from desktop.opvang.instruments_page import InstrumentsPage
from desktop.shell.workspaces import WorkspaceContext
from opvang.records import Household
from opvang.worklist import EntryStatus
from secure_store.clock import ManualClock


def _rows(page: AgendaPage) -> list[tuple[str, str, object, object]]:
    model = page.model
    return [
        (
            str(model.data(model.index(r, 1))),
            str(model.data(model.index(r, 3))),
            model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole),
            model.data(model.index(r, 0), STATUS_ROLE),
        )
        for r in range(model.rowCount())
    ]


def test_overdue_items_are_highlighted_and_listed_first(
    qtbot: QtBot, context: WorkspaceContext, household: Household, clock: ManualClock
) -> None:
    page = AgendaPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert {r[3] for r in _rows(page)} == {EntryStatus.DUE.value}
    assert all(r[2].name() == "#fff4e5" for r in _rows(page))  # type: ignore[union-attr]
    clock.advance(timedelta(days=2))
    page.reload()
    qtbot.waitUntil(
        lambda: _rows(page) and _rows(page)[0][3] == EntryStatus.OVERDUE.value, timeout=10_000
    )
    first = _rows(page)[0]
    assert first[0] == "Schoolsignaal" and first[1] == "te laat"
    assert first[2].name() == "#fdecea"  # type: ignore[union-attr]
    font = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.FontRole)
    assert font.bold()  # type: ignore[union-attr]
    assert "1 te laat · 2 nu te doen" in page.summary.text()


def test_the_agenda_exports_an_ics_without_names(
    qtbot: QtBot, context: WorkspaceContext, household: Household, tmp_path: Path
) -> None:
    page = AgendaPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    dest = tmp_path / "agenda.ics"
    page.export_to(dest)
    qtbot.waitUntil(lambda: "opgeslagen" in page.result.text(), timeout=10_000)
    calendar = icalendar.Calendar.from_ical(dest.read_bytes())
    assert len(list(calendar.walk("VEVENT"))) == 3
    text = dest.read_text(encoding="utf-8")
    assert "Marieke" not in text and "Lotte" not in text and household.reference in text


def test_the_dashboard_charts_the_figures_and_exports_counts_only(
    qtbot: QtBot,
    context: WorkspaceContext,
    household: Household,
    tmp_path: Path,
    clock: ManualClock,
) -> None:
    clock.advance(timedelta(days=20))
    page = DashboardPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.tiles["overdue_screenings"].number.text() == "2"
    assert page.tiles["overdue_signals"].number.text() == "1"
    rows = dict(page.chart.rows)
    assert rows["Instroom (intakes)"] == (1, 1)
    assert rows["Schoolsignaal nodig"] == (1, 0)
    page.suppress.setChecked(False)
    dest = tmp_path / "cijfers.csv"
    page.export_to(dest)
    qtbot.waitUntil(lambda: "opgeslagen" in page.result.text(), timeout=10_000)
    text = dest.read_text(encoding="utf-8-sig")
    assert "Marieke" not in text and household.reference not in text
    assert ";kind;instroom (intakes);1" in text


def test_quarters_are_calendar_quarters() -> None:
    from datetime import date

    assert quarter_of(date(2026, 3, 2)).start == date(2026, 1, 1)
    assert quarter_of(date(2026, 3, 2)).end == date(2026, 3, 31)
    last = quarter_of(date(2026, 2, 1), back=1)
    assert (last.start, last.end) == (date(2025, 10, 1), date(2025, 12, 31))


def test_a_malformed_instrument_file_is_refused_with_line_and_reason(
    qtbot: QtBot, context: WorkspaceContext, tmp_path: Path, definition_text: str
) -> None:
    page = InstrumentsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10_000)
    broken = tmp_path / "kapot.json"
    broken.write_text(
        definition_text.replace('"min_score": 3', '"min_score": "drie"'), encoding="utf-8"
    )
    page.add_file(broken)
    qtbot.waitUntil(lambda: "kapot.json" in page.message.text(), timeout=10_000)
    assert "regel" in page.message.text() and "geheel getal" in page.message.text()
    assert page.model.rowCount() == 4
    good = tmp_path / "eigen.json"
    good.write_text(definition_text, encoding="utf-8")
    page.add_file(good)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=10_000)
    assert "toegevoegd" in page.message.text()
