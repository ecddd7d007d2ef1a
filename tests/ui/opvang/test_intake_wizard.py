"""The intake wizard end to end: stay → household → adults → each child → summary → stored."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.opvang.intake_wizard import CHILD_BASE, SUMMARY, IntakeWizard
from desktop.opvang.workspace import OpvangWorkspace
from desktop.shell.workspaces import WorkspaceContext
from opvang.consent import GezagKind
from opvang.households import HouseholdService
from opvang.school_signals import SchoolSignalService
from opvang.screenings import ScreeningService
from secure_store.session import Session


def _fill_person(block: object, first: str, last: str, born: str, request: str) -> None:
    block.first_name.setText(first)  # type: ignore[attr-defined]  # PersonFields
    block.last_name.setText(last)  # type: ignore[attr-defined]
    block.date_of_birth.setText(born)  # type: ignore[attr-defined]
    block.hulpvraag.setPlainText(request)  # type: ignore[attr-defined]


def test_the_intake_wizard_creates_every_client_with_plans_and_signals(
    qtbot: QtBot, context: WorkspaceContext, ov_session: Session
) -> None:
    workspace = OpvangWorkspace(context)
    qtbot.addWidget(workspace)
    wizard = workspace.start_intake()
    qtbot.waitUntil(lambda: wizard.reference is not None, timeout=10_000)
    assert wizard.stay.location_combo.count() == 0
    assert not wizard.stay.isComplete(), "a stay needs a location"
    dialog = wizard.add_location()
    dialog.name_edit.setText("Huis De Linde")
    dialog.address_edit.setPlainText("Geheimelaan 7\n9999 ZZ Verborgen")
    dialog.accept()
    qtbot.waitUntil(lambda: wizard.stay.location_combo.count() == 1, timeout=10_000)
    assert wizard.stay.location_combo.currentText() == "Huis De Linde"
    assert "Geheimelaan" not in wizard.stay.location_combo.currentText()
    assert wizard.stay.isComplete()
    wizard.next()
    wizard.household_page.adult_count.setValue(2)
    wizard.household_page.child_count.setValue(3)
    wizard.next()
    assert not wizard.adults.isComplete()
    _fill_person(wizard.adults.blocks[0], "Marieke", "Testvrouw", "01-06-1990", "Rust.")
    _fill_person(wizard.adults.blocks[1], "Ans", "Testvrouw", "15-01-1962", "Steun.")
    assert wizard.adults.isComplete()
    wizard.next()
    children = (
        ("Pim", "20-11-2023", "", ""),
        ("Lotte", "01-09-2016", "Basisschool De Regenboog", ""),
        ("Sem", "12-05-2011", "Het Lyceum", "moeder"),
    )
    for n, (first, born, school, holder) in enumerate(children):
        assert wizard.currentId() == CHILD_BASE + n
        page = wizard.child_pages[n]
        assert page.title() == f"Kind {n + 1} van 3"
        _fill_person(page.person, first, "Testkind", born, f"Hulpvraag van {first}.")
        page.school.setText(school)
        kind = GezagKind.ONE_PARENT if holder else GezagKind.BOTH_PARENTS
        page.gezag_kind.setCurrentIndex(page.gezag_kind.findData(kind))
        if holder:
            assert not page.isComplete(), "one parent needs a name"
            page.gezag_holder.setText(holder)
        assert page.isComplete(), page.problem.text()
        assert "Toestemming" in page.outcome.text()
        wizard.next()
    assert "jonger dan 4" in wizard.child_pages[0].outcome.text()
    assert "het kind én de ouder met gezag (moeder)" in wizard.child_pages[2].outcome.text()
    assert wizard.currentId() == SUMMARY
    summary = wizard.summary.browser.toPlainText()
    for name in ("Marieke", "Ans", "Pim", "Lotte", "Sem"):
        assert name in summary
    assert "observatie door een specialist" in summary
    assert summary.count("PC-PTSD-5") >= 2 and "CATS – zelfrapportage" in summary
    assert summary.count("Schoolsignaal") == 3 and "vóór 03-03-2026 10:00" in summary
    assert wizard.summary.isComplete()
    with qtbot.waitSignal(wizard.admitted, timeout=15_000) as admitted:
        wizard.accept()
    household = admitted.args[0]
    assert len(household.clients) == 5
    stored = HouseholdService(ov_session).get(household.id)
    assert [c.first_name for c in stored.clients] == ["Marieke", "Ans", "Pim", "Lotte", "Sem"]
    assert len(SchoolSignalService(ov_session).all()) == 2
    assert ScreeningService(ov_session).plan(stored.children[0].id)[0].instrument_id is None
    page = workspace.households.client_page
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=10_000)
    assert workspace.currentWidget() is workspace.households
    assert page.bundle is not None and page.bundle.client.first_name == "Marieke"


def test_the_wizard_stays_open_with_the_reason_when_storing_fails(
    qtbot: QtBot, context: WorkspaceContext, location_id: str
) -> None:
    wizard = IntakeWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.reference is not None, timeout=10_000)
    wizard.next()
    wizard.next()
    _fill_person(wizard.adults.blocks[0], "Marieke", "Testvrouw", "01-06-1990", "Rust.")
    wizard.next()
    assert wizard.currentId() == SUMMARY
    context.session.session.lock()  # the vault locks (idle) just before Aanmaken
    wizard.accept()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)
    assert wizard.isVisible() and wizard.household is None
    assert "vergrendeld" in wizard.summary.status.text()
