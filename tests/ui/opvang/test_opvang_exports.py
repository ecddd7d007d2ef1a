"""The opvang's signed documents from its screens: household, screenings, meldcode concern.

Each entry opens the export dialog with a preview; signing writes a PDF that ``verify`` accepts.
The melding's shelter address is off unless ticked, and ticking it turns the warning red.
"""

from __future__ import annotations

import hashlib
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.opvang.client_page import ClientPage
from desktop.opvang.households_page import HouseholdsPage
from desktop.reports.export_dialog import ReportExportDialog
from desktop.reports.opvang_forms import IntakeDetailsForm, OpvangMeldingForm
from desktop.shell.workspaces import WorkspaceContext
from opvang.concerns import ConcernService, ObservationKind
from opvang.records import Household
from secure_store.certificates import CertificateStore
from secure_store.session import Session
from secure_store.verify_pdf import verify_pdf

ADDRESS = "Geheimelaan 7"


@pytest.fixture
def certificate(ov_session: Session) -> str:
    return CertificateStore(ov_session).issue_self_signed().id


def _page(qtbot: QtBot, context: WorkspaceContext, client_id: str) -> ClientPage:
    page = ClientPage(context)
    qtbot.addWidget(page)
    page.open_client(client_id)
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=10_000)
    return page


def _dialog(qtbot: QtBot, parent: object) -> ReportExportDialog:
    dialog = parent.findChild(ReportExportDialog)  # type: ignore[attr-defined]  # a QWidget
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.certificate_combo.currentData() is not None, timeout=20_000)
    return dialog


def _previewed(qtbot: QtBot, dialog: ReportExportDialog) -> None:
    qtbot.waitUntil(lambda: len(dialog.preview.pages) >= 1, timeout=60_000)
    qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=20_000)


def _sign(qtbot: QtBot, dialog: ReportExportDialog, dest: Path) -> str:
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.sign_and_save(dest)
    assert verify_pdf(dest).ok
    return subprocess.run(
        ["pdftotext", str(dest), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_details_tab_exports_the_households_intake_summary(
    qtbot: QtBot,
    context: WorkspaceContext,
    household: Household,
    certificate: str,
    tmp_path: Path,
) -> None:
    page = _page(qtbot, context, household.adults[0].id)
    page.details.intake_report_button.click()
    dialog = _dialog(qtbot, page.details)
    assert dialog.kind.code == "intake" and dialog.record_id == household.id
    assert dialog.file_stem == f"intakeverslag-{household.reference}"
    form = dialog.details_form
    assert isinstance(form, IntakeDetailsForm) and not form.address.included()
    assert not dialog.pseudonymous_check.isVisibleTo(dialog)
    _previewed(qtbot, dialog)
    text = _sign(qtbot, dialog, tmp_path / "intake.pdf")
    assert "Intakeverslag" in text and "Lotte Testkind" in text and ADDRESS not in text
    dialog.reject()


def test_the_client_list_exports_the_selected_clients_household(
    qtbot: QtBot, context: WorkspaceContext, household: Household
) -> None:
    page = HouseholdsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert not page.intake_report_button.isEnabled(), "nothing chosen yet"
    page.table.selectRow(1)
    assert page.intake_report_button.isEnabled()
    page.intake_report_button.click()
    dialog = page.findChild(ReportExportDialog)
    assert dialog is not None and (dialog.kind.code, dialog.record_id) == ("intake", household.id)
    _previewed(qtbot, dialog)
    dialog.reject()


def test_a_childs_screenings_tab_exports_its_screening_overview(
    qtbot: QtBot,
    context: WorkspaceContext,
    household: Household,
    certificate: str,
    tmp_path: Path,
) -> None:
    child = household.children[0]
    page = _page(qtbot, context, child.id)
    page.show_tab(page.screenings)
    page.screenings.report_button.click()
    dialog = _dialog(qtbot, page.screenings)
    assert (dialog.kind.code, dialog.record_id) == ("screening", child.id)
    assert dialog.details_form is None
    _previewed(qtbot, dialog)
    text = _sign(qtbot, dialog, tmp_path / "screening.pdf")
    assert "Screeningsoverzicht" in text and child.pseudonym in text
    assert "Marieke" not in text, "only this child's screenings"
    dialog.reject()


def test_a_concern_exports_a_melding_with_the_address_only_when_ticked(
    qtbot: QtBot,
    context: WorkspaceContext,
    household: Household,
    ov_session: Session,
    certificate: str,
    tmp_path: Path,
) -> None:
    service = ConcernService(ov_session)
    concern = service.open(household.adults[0].id, "Dreiging door ex-partner.", date(2026, 3, 2))
    service.add_observation(
        concern.id, ObservationKind.FACT, "Sms met dreigement gezien.", "mentor", date(2026, 3, 2)
    )
    page = _page(qtbot, context, household.adults[0].id)
    page.show_tab(page.meldcode)
    assert page.meldcode.melding_button.isEnabled()
    page.meldcode.melding_button.click()
    dialog = _dialog(qtbot, page.meldcode)
    assert (dialog.kind.code, dialog.record_id) == ("melding-opvang", concern.id)
    form = dialog.details_form
    assert isinstance(form, OpvangMeldingForm)
    assert not form.address.check.isChecked(), "the address is off unless chosen"
    assert "staat niet in het document" in form.address.warning.text()
    qtbot.waitUntil(lambda: "telefoonnummer" in dialog.preview.message.text(), timeout=60_000)
    form.contact_phone.setText("010-555 12 34")
    form.urgency.setCurrentIndex(2)  # structural: the concern has not been weighed yet
    qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=20_000)
    dialog.refresh_preview()
    _previewed(qtbot, dialog)
    assert "ondertekend" not in page.meldcode.observations.text()
    text = _sign(qtbot, dialog, tmp_path / "zonder.pdf")
    assert "Sms met dreigement gezien." in text and "structurele onveiligheid" in text
    assert ADDRESS not in text and "De Linde" not in text
    digest = hashlib.sha256((tmp_path / "zonder.pdf").read_bytes()).hexdigest()
    qtbot.waitUntil(
        lambda: "Melding aan Veilig Thuis ondertekend" in page.meldcode.observations.text(),
        timeout=10_000,
    )
    shown = page.meldcode.observations.text()
    assert "zonder.pdf" in shown and digest[:16] in shown
    form.address.check.setChecked(True)
    assert "Let op" in form.address.warning.text() and "font-weight" in (
        form.address.warning.styleSheet()
    )
    text = _sign(qtbot, dialog, tmp_path / "met.pdf")
    assert ADDRESS in text and "Geheim verblijfadres" in text and "De Linde" not in text
    dialog.reject()


def test_the_melding_button_waits_for_a_concern(
    qtbot: QtBot, context: WorkspaceContext, household: Household
) -> None:
    page = _page(qtbot, context, household.adults[0].id)
    assert not page.meldcode.melding_button.isEnabled()
    assert page.meldcode.export_melding() is None


def test_a_decision_to_melden_without_a_signed_melding_says_so(
    qtbot: QtBot, context: WorkspaceContext, household: Household, ov_session: Session
) -> None:
    from opvang.afwegingskader import WeighingAnswers
    from opvang.concerns import Urgency
    from opvang.meldcode import Action, MeldcodeStep, SkipReason

    day = date(2026, 3, 2)
    service = ConcernService(ov_session)
    concern = service.open(household.adults[0].id, "Dreiging door ex-partner.", day)
    service.complete_step(concern.id, MeldcodeStep.MAP_SIGNS, day, "Signalen vastgelegd.")
    service.complete_step(concern.id, MeldcodeStep.CONSULT, day, "Aandachtsfunctionaris.")
    service.skip_conversation(concern.id, SkipReason.SAFETY, day, "Ex belt dagelijks.")
    service.weigh(concern.id, WeighingAnswers(True, True), day, "", Urgency.STRUCTURAL)
    service.decide(concern.id, frozenset({Action.REPORT}), day, "Melden.")
    page = _page(qtbot, context, household.adults[0].id)
    page.show_tab(page.meldcode)
    assert "Besloten te melden; er is nog geen ondertekende melding" in (
        page.meldcode.observations.text()
    )
