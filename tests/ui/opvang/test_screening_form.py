"""The screening form scores as it is filled in, and a positive screen asks for the follow-up."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from desktop.opvang.client_page import ClientPage
from desktop.opvang.screening_form import ScreeningFormDialog
from desktop.shell.workspaces import WorkspaceContext
from opvang.follow_up import FollowUpStatus
from opvang.follow_ups import FollowUpService
from opvang.instruments import shipped_instruments
from opvang.records import Household
from opvang.screenings import ScreeningService, TimelineStatus
from secure_store.clock import ManualClock
from secure_store.session import Session

PC_PTSD = next(i for i in shipped_instruments() if i.id == "pc-ptsd-5")


def test_the_score_and_the_cutoff_follow_every_answer(qtbot: QtBot) -> None:
    form = ScreeningFormDialog(PC_PTSD, "Marieke Testvrouw", date(2026, 3, 2))
    qtbot.addWidget(form)
    assert "Nog niet compleet" in form.score_label.text()
    assert not form.save_button.isEnabled()
    form.answer("blootstelling", 1)
    for item in ("v1", "v2", "v3"):
        form.answer(item, 1)
    assert "2 vragen open, totaal tot nu toe 3" in form.score_label.text()
    assert not form.follow_up.isVisibleTo(form)
    form.answer("v4", 0)
    form.answer("v5", 0)
    assert "Totaal 3</b> — positief, afkappunt 3 bereikt" in form.score_label.text()
    assert "mogelijk PTSS" in form.score_label.text()
    assert form.follow_up.isVisibleTo(form), "a positive screen asks for the behandelaanbod"
    assert form.save_button.isEnabled()
    form.answer("v3", 0)
    assert "Totaal 2</b> — niet positief, onder het afkappunt" in form.score_label.text()
    assert not form.follow_up.isVisibleTo(form)


def test_no_exposure_means_total_zero_and_symptoms_then_contradict(qtbot: QtBot) -> None:
    form = ScreeningFormDialog(PC_PTSD, "Ans", date(2026, 3, 2))
    qtbot.addWidget(form)
    form.answer("blootstelling", 0)
    assert "Totaal 0</b> — niet positief" in form.score_label.text()
    form.answer("v1", 1)
    assert "geen gebeurtenis aangekruist" in form.score_label.text()
    assert not form.save_button.isEnabled()


def test_a_form_filled_on_the_client_page_is_stored_with_its_offer(
    qtbot: QtBot,
    context: WorkspaceContext,
    household: Household,
    ov_session: Session,
    clock: ManualClock,
) -> None:
    clock.advance(timedelta(days=3))
    page = ClientPage(context)
    qtbot.addWidget(page)
    mother = household.adults[0]
    page.open_client(mother.id)
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=10_000)
    tab = page.screenings
    assert tab.selected() is not None and tab.selected().key == "eerste"  # type: ignore[union-attr]
    assert tab.fill_button.isEnabled() and not tab.observe_button.isEnabled()
    form = tab.fill_selected()
    assert form is not None
    for item, value in {"blootstelling": 1, "v1": 1, "v2": 1, "v3": 1, "v4": 1, "v5": 0}.items():
        form.answer(item, value)
    form.offer.setText("EMDR bij GGZ Test")
    with qtbot.waitSignal(page.changed, timeout=10_000):
        form.save_button.click()
    (stored,) = ScreeningService(ov_session).screenings(mother.id)
    assert stored.result is not None and stored.result.total == 4 and stored.positive
    (follow_up,) = FollowUpService(ov_session).of_client(mother.id)
    assert follow_up.follow_up.status is FollowUpStatus.OFFERED
    assert follow_up.follow_up.offered_on == date(2026, 3, 5)
    first = tab.model.row_at(0)
    assert first.status is TimelineStatus.DONE
    assert "aangeboden: EMDR" in tab.model.data(tab.model.index(0, 5))  # type: ignore[operator]
    assert tab.strip.entries[0].status is TimelineStatus.DONE
