"""The export dialog and the certificate manager, driven like a user would (offscreen)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.common.session_ref import SessionRef
from desktop.common.worker import Workers
from desktop.demo import DEMO_USERS
from desktop.reports.certificates import CertificateManagerDialog
from desktop.reports.export_dialog import ReportExportDialog
from desktop.settings import Prefs
from desktop.shell.workspaces import WorkspaceContext
from desktop.vaults import open_vault
from forensics.dossiers import DossierService
from secure_store.certificates import CertificateStore
from secure_store.clock import SystemClock
from secure_store.session import Session
from secure_store.verify_pdf import verify_pdf
from tests.signing_support import make_pkcs12

PW = {u.name: u.passphrase for u in DEMO_USERS}


def _context(
    demo_dir: Path, user: str, workers: Workers, prefs: Prefs
) -> tuple[WorkspaceContext, Session]:
    session = open_vault(demo_dir).unlock(user, PW[user])
    return WorkspaceContext(SessionRef(session), workers, prefs, SystemClock()), session


def _exam(session: Session, pseudonym: str) -> str:
    dossiers = DossierService(session)
    subject = next(s for s in dossiers.search(pseudonym) if s.pseudonym == pseudonym)
    return dossiers.examinations_of(subject.id)[-1].id


def _dialog(qtbot: QtBot, context: WorkspaceContext, kind: str, exam_id: str) -> ReportExportDialog:
    dialog = ReportExportDialog(context, kind, exam_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    return dialog


def test_preview_then_sign_writes_a_verified_report_and_seals(
    qtbot: QtBot, demo_dir: Path, workers: Workers, prefs: Prefs, tmp_path: Path
) -> None:
    context, session = _context(demo_dir, "arts", workers, prefs)
    exam_id = _exam(session, "DEMO-KIND-C")
    dialog = _dialog(qtbot, context, "forensisch", exam_id)
    qtbot.waitUntil(lambda: len(dialog.preview.pages) >= 3, timeout=60_000)
    assert "Nog niet ondertekend" in dialog.status.text()
    assert dialog.certificate_combo.currentData() is not None and dialog.sign_button.isEnabled()
    dialog.grab().save(str(tmp_path / "export-dialog.png"))
    dest = tmp_path / "rapport.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        dialog.sign_and_save(dest)
    assert signal.args[0].path == dest and "SHA-256" in dialog.status.text()
    assert verify_pdf(dest).ok
    assert DossierService(session).examination(exam_id).is_sealed
    session.lock()


def test_changing_a_choice_marks_the_preview_stale_and_cancel_leaves_nothing(
    qtbot: QtBot, demo_dir: Path, workers: Workers, prefs: Prefs, tmp_path: Path
) -> None:
    context, session = _context(demo_dir, "arts", workers, prefs)
    exam_id = _exam(session, "DEMO-VOLW-B")
    dialog = _dialog(qtbot, context, "forensisch", exam_id)
    qtbot.waitUntil(lambda: len(dialog.preview.pages) >= 3, timeout=60_000)
    dialog.pseudonymous_check.setChecked(True)
    assert "vernieuw het voorbeeld" in dialog.status.text()
    dest = tmp_path / "afgebroken.pdf"
    task = dialog.sign_and_save(dest)  # options changed: the report is built again, cancellable
    assert task is not None
    task.cancel()
    qtbot.waitUntil(lambda: task.finished, timeout=60_000)
    assert not dest.exists() and list(tmp_path.glob("*.pdf")) == []
    assert not DossierService(session).examination(exam_id).is_sealed
    assert "niets half opgeslagen" in dialog.status.text()
    session.lock()


def test_a_melding_asks_for_its_details_before_it_previews(
    qtbot: QtBot, demo_dir: Path, workers: Workers, prefs: Prefs, tmp_path: Path
) -> None:
    context, session = _context(demo_dir, "vertrouwensarts", workers, prefs)
    dialog = _dialog(qtbot, context, "melding", _exam(session, "DEMO-KIND-A"))
    qtbot.waitUntil(lambda: "urgentie" in dialog.preview.message.text(), timeout=20_000)
    assert not dialog.pseudonymous_check.isVisible()
    form = dialog.details_form
    assert form is not None
    form.urgency.setCurrentIndex(1)  # type: ignore[attr-defined]
    form.children_edit.setPlainText("Sem de Demo; 2021-05-03; broer")  # type: ignore[attr-defined]
    form.actions_edit.setPlainText("Huisarts geïnformeerd.")  # type: ignore[attr-defined]
    form.contact_name.setText("Dr. Joris Veen")  # type: ignore[attr-defined]
    form.contact_phone.setText("030-1234567")  # type: ignore[attr-defined]
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: len(dialog.preview.pages) >= 1, timeout=60_000)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.sign_and_save(tmp_path / "melding.pdf")
    assert verify_pdf(tmp_path / "melding.pdf").ok
    form.children_edit.setPlainText("Lot; 3 mei")  # type: ignore[attr-defined]
    assert dialog.sign_and_save(tmp_path / "x.pdf") is None and "JJJJ-MM-DD" in dialog.status.text()
    session.lock()


def test_without_a_certificate_signing_waits_until_one_is_issued(
    qtbot: QtBot, demo_dir: Path, workers: Workers, prefs: Prefs
) -> None:
    context, session = _context(demo_dir, "arts", workers, prefs)
    store = CertificateStore(session)
    for info in store.own():
        store.remove(info.id)
    dialog = _dialog(qtbot, context, "forensisch", _exam(session, "DEMO-KIND-C"))
    qtbot.waitUntil(lambda: dialog.certificate_combo.count() == 1, timeout=20_000)
    assert dialog.certificate_combo.currentData() is None and not dialog.sign_button.isEnabled()
    qtbot.waitUntil(
        lambda: len(dialog.preview.pages) >= 1 and dialog.issue_button.isEnabled(), timeout=60_000
    )
    dialog.issue_button.click()
    qtbot.waitUntil(lambda: dialog.certificate_combo.currentData() is not None, timeout=20_000)
    assert (
        dialog.sign_button.isEnabled()
        and "niet gekwalificeerd" in dialog.certificate_combo.currentText()
    )
    session.lock()


def test_the_certificate_manager_imports_issues_and_shows_fingerprints(
    qtbot: QtBot, demo_dir: Path, workers: Workers, prefs: Prefs, tmp_path: Path
) -> None:
    context, session = _context(demo_dir, "arts", workers, prefs)
    manager = CertificateManagerDialog(context)
    qtbot.addWidget(manager)
    manager.show()
    manager.refresh()
    qtbot.waitUntil(lambda: manager.model.rowCount() == 1, timeout=20_000)
    assert "SHA-256:" in manager.detail.text()
    p12 = tmp_path / "uzi.p12"
    p12.write_bytes(make_pkcs12("juist"))
    manager.import_file(p12, "fout")
    qtbot.waitUntil(lambda: "klopt niet" in manager.status.text(), timeout=20_000)
    manager.import_file(p12, "juist")
    qtbot.waitUntil(lambda: manager.model.rowCount() == 2, timeout=20_000)
    assert "Test Zorgverlener CA" in {manager.model.index(r, 2).data() for r in range(2)}
    manager.issue()
    qtbot.waitUntil(lambda: manager.model.rowCount() == 3, timeout=20_000)
    manager.grab().save(str(tmp_path / "certificates.png"))
    session.lock()
