"""``python -m desktop.screenshots DIR``: PNGs of the main screens of a demo vault.

A registry (:data:`SHOTS`) so later parts add their screens. The demo vault is built with a cheap
Argon2id cost in a temp folder; QSettings go to that folder too, so nothing on this machine
changes. This is a script, not the UI: it waits for background work with a local event loop.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from opvang.consent import GezagKind
from secure_store.kdf import KdfParams

from .app import make_application
from .common import style
from .common.worker import Workers
from .consult import screenshots as consult_shots
from .demo import DEMO_USERS, create_demo_vault
from .forensics import photo_screenshots
from .forensics import shots as forensic_shots
from .opvang.workspace import OpvangWorkspace
from .settings import Prefs
from .shell.controller import Shell
from .shell.main_window import MainWindow
from .unlock.unlock_screen import unlock_operation

SIZE = (1280, 800)


@dataclass
class ShotContext:
    """The running shell over the demo vault, and a way to log in as a demo user."""

    shell: Shell
    workers: Workers
    folder: Path

    def settle(self) -> None:
        """Wait until background work is done and the event queue is empty."""
        if self.workers.busy:
            loop = QEventLoop()
            self.workers.busy_changed.connect(lambda busy: None if busy else loop.quit())
            loop.exec()
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()

    def login(self, name: str) -> MainWindow:
        """Lock whatever is open and log in as the demo user ``name``."""
        self.shell.lock()
        assert self.shell.vault is not None
        user = next(u for u in DEMO_USERS if u.name == name)
        result = unlock_operation(self.shell.vault, user.name, user.passphrase)(None)  # type: ignore[arg-type]  # the token is unused
        self.shell._enter(result)
        self.settle()
        window = self.shell.window
        assert window is not None
        window.resize(*SIZE)
        self.settle()
        return window


@dataclass(frozen=True)
class Shot:
    """One PNG: its file name and a function that shows the widget to grab."""

    name: str
    show: Callable[[ShotContext], QWidget]


def _unlock(ctx: ShotContext) -> QWidget:
    if ctx.shell.first_run is not None:
        ctx.shell.first_run.close()
    ctx.shell.lock()
    screen = ctx.shell.unlock_screen
    assert screen is not None
    screen.prepare("arts")
    screen.resize(*SIZE)
    ctx.settle()
    return screen


def _forensic(ctx: ShotContext) -> QWidget:
    return ctx.login("arts")


def _opvang(ctx: ShotContext) -> QWidget:
    return ctx.login("opvang")


def _beheer(ctx: ShotContext) -> QWidget:
    window = ctx.login("beheer")
    window.show_workspace("beheer")
    ctx.settle()
    return window


def _audit(ctx: ShotContext) -> QWidget:
    window = ctx.login("privacy")
    page = window.show_workspace("audit")
    page.verify()  # type: ignore[attr-defined]  # AuditWorkspace
    ctx.settle()
    return window


def _first_run(ctx: ShotContext) -> QWidget:
    dialog = ctx.shell.show_first_run(ctx.folder.parent / "kluis")
    dialog.create_choice.click()
    dialog.organisation_edit.setText("GGD Demo Regio")
    dialog.admin_edit.setText("jdevries")
    dialog.display_edit.setText("Jan de Vries")
    dialog.new_passphrase.first.set_text("vier losse woorden hier")
    dialog.new_passphrase.second.set_text("vier losse woorden hier")
    dialog.resize(720, 640)
    ctx.settle()
    return dialog


def _opvang_workspace(ctx: ShotContext) -> tuple[MainWindow, OpvangWorkspace]:
    window = ctx.login("opvang")
    page = window.show_workspace("opvang")
    assert isinstance(page, OpvangWorkspace)
    ctx.settle()
    return window, page


def _opvang_dashboard(ctx: ShotContext) -> QWidget:
    window, page = _opvang_workspace(ctx)
    page.setCurrentWidget(page.dashboard)
    ctx.settle()
    return window


def _opvang_agenda(ctx: ShotContext) -> QWidget:
    window, page = _opvang_workspace(ctx)
    page.setCurrentWidget(page.agenda)
    ctx.settle()
    return window


def _opvang_child(ctx: ShotContext) -> QWidget:
    window, page = _opvang_workspace(ctx)
    page.setCurrentWidget(page.households)
    ctx.settle()
    overview = page.households.overview
    assert overview is not None
    sara = next(c for h in overview.households for c in h.clients if c.first_name == "Sara")
    page.households.open_client(sara.id)
    ctx.settle()
    client = page.households.client_page
    client.show_tab(client.screenings)
    ctx.settle()
    return window


def _opvang_intake(ctx: ShotContext) -> QWidget:
    _window, page = _opvang_workspace(ctx)
    wizard = page.start_intake()
    ctx.settle()
    wizard.next()
    wizard.household_page.child_count.setValue(2)
    wizard.next()
    adult = wizard.adults.blocks[0]
    adult.first_name.setText("Roos")
    adult.last_name.setText("Voorbeeld")
    adult.date_of_birth.setText("12-04-1991")
    adult.hulpvraag.setPlainText("Een veilige plek voor mij en de kinderen.")
    wizard.next()
    today = ctx.shell.clock.now().date()
    kids = (("Mees", 2, ""), ("Fleur", 11, "Basisschool De Linde"))
    for child, (name, years, school) in zip(wizard.child_pages, kids, strict=False):
        born = today - timedelta(days=365 * years + 100)
        child.person.first_name.setText(name)
        child.person.last_name.setText("Voorbeeld")
        child.person.date_of_birth.setText(born.strftime("%d-%m-%Y"))
        child.school.setText(school)
        child.gezag_kind.setCurrentIndex(child.gezag_kind.findData(GezagKind.BOTH_PARENTS))
        wizard.next()
    ctx.settle()
    wizard.resize(760, 660)
    ctx.settle()
    return wizard
def _report_export(ctx: ShotContext) -> QWidget:
    from forensics.dossiers import DossierService

    from .reports.export_dialog import ReportExportDialog

    window = ctx.login("arts")
    dossiers = DossierService(window.context.session.session)
    subject = next(s for s in dossiers.search("DEMO-KIND-A"))
    exam = dossiers.examinations_of(subject.id)[-1]
    dialog = ReportExportDialog(window.context, "forensisch", exam.id, window)
    dialog.resize(1180, 820)
    dialog.show()
    dialog.start()
    ctx.settle()
    ctx.settle()
    return dialog


SHOTS: list[Shot] = [
    Shot("first-run.png", _first_run),
    Shot("unlock.png", _unlock),
    Shot("main-forensisch-arts.png", _forensic),
    Shot("main-opvang-medewerker.png", _opvang),
    Shot("beheer.png", _beheer),
    Shot("audit.png", _audit),
    Shot("forensisch-dossiers.png", forensic_shots.dossier_list),
    Shot("forensisch-onderzoek.png", forensic_shots.examination_editor),
    Shot("forensisch-lichaamskaart.png", forensic_shots.body_map),
    Shot("foto-overzicht.png", photo_screenshots.photo_grid),
    Shot("foto-viewer.png", photo_screenshots.photo_viewer),
    Shot("dicom-viewer.png", photo_screenshots.dicom_viewer),
    Shot("foto-import.png", photo_screenshots.photo_import),
    Shot("opvang-intake-wizard.png", _opvang_intake),
    Shot("opvang-child.png", _opvang_child),
    Shot("opvang-agenda.png", _opvang_agenda),
    Shot("opvang-dashboard.png", _opvang_dashboard),
    Shot("consult-verzoek-controle.png", consult_shots.request_preview),
    Shot("consult-werkruimte.png", consult_shots.consult_workspace),
    Shot("consult-adresboek.png", consult_shots.address_book),
    Shot("forensisch-overdracht.png", consult_shots.dossier_transfer),
    Shot("report-export.png", _report_export),
]


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vd-shots-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = make_application()
        style.apply(app)
        folder = Path(tmp) / "demo"
        create_demo_vault(folder, kdf=KdfParams(os.urandom(16), 1, 64 * 1024))
        workers = Workers(app)
        shell = Shell(workers, Prefs())
        shell.open(folder)
        ctx = ShotContext(shell, workers, folder)
        only = os.environ.get("SHOTS", "")  # e.g. SHOTS=overdracht: just the shots named so
        for shot in (s for s in SHOTS if only in s.name):
            widget = shot.show(ctx)
            widget.grab().save(str(out / shot.name))
            print(out / shot.name)
        shell.shutdown()
        workers.wait_for_done()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
