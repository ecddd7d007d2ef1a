"""Backup through the worker: progress, cancel, and a UI that never freezes."""

from __future__ import annotations

import gc
import io
import itertools
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.admin.backup_page import BackupPage
from desktop.admin.beheer import BeheerWorkspace
from desktop.common.worker import Token
from desktop.demo import ADMIN, DEMO_USERS, create_demo_vault
from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow
from secure_store.backup import read_backup_header
from secure_store.errors import Cancelled
from secure_store.kdf import KdfParams
from secure_store.roles import Area
from secure_store.vault import Vault


def _page(window: MainWindow) -> BackupPage:
    beheer = window.show_workspace("beheer")
    assert isinstance(beheer, BeheerWorkspace) and beheer.backup is not None
    beheer.setCurrentWidget(beheer.backup)
    return beheer.backup


def test_a_backup_is_written_and_reported(
    qtbot: QtBot, admin_window: MainWindow, tmp_path: Path
) -> None:
    page = _page(admin_window)
    dest = tmp_path / "kopie.vdbackup"
    task = page.start_backup(dest)
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    assert "Reservekopie gemaakt" in page.result.text()
    with dest.open("rb") as handle:
        assert read_backup_header(handle)[0]["format"] == "veilig-dossier-backup"


def test_a_cancelled_backup_leaves_no_file(
    qtbot: QtBot, admin_window: MainWindow, tmp_path: Path
) -> None:
    page = _page(admin_window)
    gate = threading.Event()

    def blocker(token: Token) -> None:
        gate.wait(10)

    workers = admin_window.context.workers
    workers.run("blocker", blocker)  # the vault pool runs one task: the backup waits
    dest = tmp_path / "kopie.vdbackup"
    task = page.start_backup(dest)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    assert page.result.text() == Cancelled.message_nl
    assert not dest.exists()
    assert not list(tmp_path.glob("*.vdbackup*"))


def test_restore_into_a_new_folder_checks_everything(
    qtbot: QtBot, admin_window: MainWindow, tmp_path: Path, pw: dict[str, str]
) -> None:
    page = _page(admin_window)
    dest = tmp_path / "kopie.vdbackup"
    backup = page.start_backup(dest)
    qtbot.waitUntil(lambda: backup.finished, timeout=20_000)
    page.restore_file.setText(str(dest))
    page.restore_folder.setText(str(tmp_path / "terug"))
    page.restore_user.setText("beheer")
    page.restore_passphrase.set_text(pw["beheer"])
    restore = page.start_restore()
    qtbot.waitUntil(lambda: restore.finished, timeout=20_000)
    assert "Teruggezet" in page.result.text()
    assert Vault.open(tmp_path / "terug").unlock("beheer", pw["beheer"]).user == "beheer"


def test_the_ui_never_freezes_over_100_ms_during_a_demo_vault_backup(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    login: Callable[..., MainWindow],
    tmp_path: Path,
    kdf: Callable[[], KdfParams],
) -> None:
    folder = tmp_path / "demo"
    create_demo_vault(folder, kdf=kdf())
    # Stand-in for the photos the forensic seeder will add: 24 MiB of evidence blobs.
    vault = Vault.open(folder)
    arts = next(u for u in DEMO_USERS if u.name == "arts")
    session = vault.unlock(arts.name, arts.passphrase)
    case = session.cases.create(Area.FORENSIC)
    for _ in range(12):
        session.blobs.put(io.BytesIO(os.urandom(2 * 1024 * 1024)), case, "image/jpeg")
    vault.lock()
    shell = make_shell()
    shell.start(folder)
    window = login(shell, ADMIN.name, ADMIN.passphrase)
    page = _page(window)
    # The demo vault was built in this process a moment ago; a full garbage collection of that
    # setup (about 100 ms) would otherwise land inside the measurement and is not the backup's.
    gc.collect()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    task = page.start_backup(tmp_path / "demo.vdbackup")
    qtbot.waitUntil(lambda: task.finished, timeout=60_000)
    timer.stop()
    ticks.insert(0, started)
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(gaps) >= 5, "the backup should take long enough to measure"
    assert max(gaps) < 0.1, f"UI thread blocked for {max(gaps) * 1000:.0f} ms"
    assert (tmp_path / "demo.vdbackup").stat().st_size > 24 * 1024 * 1024
