"""The shell: which window shows when — first run, unlock screen, main window — and locking.

Locking drops the keys (``vault.lock()``) and hides every window behind the unlock screen. The
same user unlocking again gets the same windows back with a fresh session; another user gets a
fresh main window and the old one, with whatever was open in it, is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from secure_store.clock import Clock, SystemClock
from secure_store.errors import VaultError
from secure_store.kdf import KdfParams
from secure_store.vault import Vault

from ..common.errors import error_text
from ..common.session_ref import SessionRef
from ..common.worker import Workers
from ..settings import LAST_USER, LAST_VAULT, Prefs
from ..unlock.change_passphrase import ChangePassphraseDialog
from ..unlock.first_run import FirstRunDialog
from ..unlock.recovery import RecoveryDialog
from ..unlock.unlock_screen import Unlocked, UnlockScreen
from ..vaults import default_demo_folder, default_vault_folder, looks_like_vault, open_vault
from .idle import IdleWatcher
from .main_window import MainWindow
from .workspaces import WorkspaceContext

MINUTE_MS = 60_000


class Shell(QObject):
    """Drives the windows of one running program.

    Args:
        idle_interval_ms: overrides the vault's idle-lock minutes (tests use a short one).
        kdf: Argon2id cost for vaults created here; None calibrates (tests pass a cheap one).

    Signals:
        entered(object): the main window after an unlock.
        locked(): the vault was locked and the unlock screen shows.
    """

    entered = Signal(object)
    locked = Signal()

    def __init__(
        self,
        workers: Workers,
        prefs: Prefs,
        *,
        clock: Clock | None = None,
        idle_interval_ms: int | None = None,
        kdf: Callable[[], KdfParams | None] = lambda: None,
        demo_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workers = workers
        self.prefs = prefs
        self.clock = clock or SystemClock()
        self._idle_override = idle_interval_ms
        self._kdf = kdf
        self._demo_folder = demo_folder or default_demo_folder()
        self.vault: Vault | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.first_run: FirstRunDialog | None = None
        self.window: MainWindow | None = None
        self._hidden: list[QWidget] = []
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.idle_lock)
        workers.busy_changed.connect(self.idle.hold)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    # -- start ---------------------------------------------------------------------------
    def start(self, folder: Path) -> None:
        """Unlock screen when ``folder`` holds a vault, the first-run dialog otherwise."""
        if looks_like_vault(folder):
            self.open(folder)
        else:
            self.show_first_run(folder)

    def show_first_run(self, folder: Path, message: str = "") -> FirstRunDialog:
        if self.first_run is not None:
            self.first_run.close()
            self.first_run.deleteLater()
        dialog = FirstRunDialog(
            self.workers, folder, self._demo_folder, kdf=self._kdf, message=message
        )
        dialog.vault_ready.connect(self.open)
        self.first_run = dialog
        dialog.show()
        return dialog

    def open(self, folder: Path) -> None:
        """Open the vault at ``folder`` and show its unlock screen."""
        try:
            vault = open_vault(folder, self.clock)
        except VaultError as exc:
            self.show_first_run(folder, error_text(exc))
            return
        self.prefs.set(LAST_VAULT, str(folder))
        self._discard_window()
        if self.vault is not None:
            self.vault.lock()
        self.vault = vault
        if self.unlock_screen is not None:
            self.unlock_screen.close()
            self.unlock_screen.deleteLater()
        screen = UnlockScreen(vault, self.workers)
        screen.unlocked.connect(self._unlocked)
        screen.recovery_requested.connect(self._recovery)
        screen.other_vault_requested.connect(self._other_vault)
        screen.resize(900, 640)
        self.unlock_screen = screen
        self.show_unlock(self.prefs.get(LAST_USER))

    def _other_vault(self) -> None:
        suggestion = default_vault_folder()
        if looks_like_vault(suggestion):
            suggestion = suggestion.with_name("nieuwe-kluis")
        self.show_first_run(suggestion)

    def show_unlock(self, user: str = "", note: str = "") -> None:
        assert self.unlock_screen is not None
        self.unlock_screen.prepare(user, note)
        self.unlock_screen.show()
        self.unlock_screen.raise_()
        self.unlock_screen.activateWindow()

    # -- unlock --------------------------------------------------------------------------
    def _recovery(self) -> None:
        assert self.vault is not None and self.unlock_screen is not None
        dialog = RecoveryDialog(self.vault, self.workers, self.unlock_screen)
        dialog.unlocked.connect(self._unlocked)
        dialog.open()

    def _unlocked(self, result: Unlocked) -> None:
        session = result.session
        if not session.must_change_passphrase:
            self._enter(result)
            return
        dialog = ChangePassphraseDialog(
            session, self.workers, forced=True, parent=self.unlock_screen
        )
        dialog.setObjectName("forcedChangeDialog")
        dialog.changed.connect(lambda: self._enter(result))
        dialog.rejected.connect(lambda: self.lock(self.tr("Vergrendeld.")))
        dialog.open()

    def _enter(self, result: Unlocked) -> None:
        session = result.session
        self.prefs.set(LAST_USER, session.user if not session.user.startswith("#") else "")
        if self.window is not None and self.window.user == session.user:
            self.window.context.session.replace(session)
            window = self.window
        else:
            self._discard_window()
            context = WorkspaceContext(SessionRef(session), self.workers, self.prefs, self.clock)
            window = MainWindow(context, result.organisation)
            window.lock_requested.connect(lambda: self.lock())
            window.switch_requested.connect(self.switch_user)
            window.change_passphrase_requested.connect(self._change_passphrase)
            self.window = window
        window.show()
        window.activateWindow()  # so Ctrl+L works at once
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        assert self.unlock_screen is not None
        self.unlock_screen.hide()
        interval = self._idle_override or result.idle_minutes * MINUTE_MS
        self.idle.start(interval)
        self.entered.emit(window)

    def _change_passphrase(self) -> None:
        assert self.window is not None
        session = self.window.context.session.session
        dialog = ChangePassphraseDialog(session, self.workers, forced=False, parent=self.window)
        dialog.changed.connect(self._passphrase_changed)
        dialog.open()

    def _passphrase_changed(self) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(self.tr("Uw wachtwoord is gewijzigd."), 8000)

    # -- lock ----------------------------------------------------------------------------
    def idle_lock(self) -> None:
        self.lock(
            self.tr("Automatisch vergrendeld na een periode zonder gebruik. Uw werk is bewaard.")
        )

    def lock(self, note: str = "") -> None:
        """Drop the keys and hide every window behind the unlock screen."""
        self.idle.stop()
        if self.vault is None or self.unlock_screen is None:
            return
        if self.window is not None and not self.window.context.session.session.is_locked:
            self.window.context.session.announce_lock()
        self.vault.lock()
        user = self.window.user if self.window is not None else ""
        # The user's windows and dialogs; the shell's own (unlock, first run) are not work.
        own = (self.unlock_screen, self.first_run)
        visible = [
            w for w in QApplication.topLevelWidgets()
            if w.isVisible() and not any(w is o for o in own)
        ]  # fmt: skip
        for widget in visible:
            widget.hide()
        self._hidden = [w for w in visible if w is not self.window]
        self.show_unlock(user, note or self.tr("Vergrendeld. Uw werk is bewaard."))
        self.locked.emit()

    def switch_user(self) -> None:
        """Lock, with the user list open for someone else."""
        self.lock(
            self.tr(
                "Kies uw naam om in te loggen. Het werk van de vorige gebruiker is bewaard tot een ander inlogt."
            )
        )
        if self.unlock_screen is not None:
            self.unlock_screen.user_combo.setFocus()

    def _discard_window(self) -> None:
        for widget in self._hidden:
            widget.close()
            widget.deleteLater()
        self._hidden = []
        if self.window is not None:
            self.window.save_geometry()
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    # -- end -----------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Lock the vault, close every window, stop watching input."""
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        if self.vault is not None:
            self.vault.lock()
        for widget in (self.window, self.unlock_screen, self.first_run, *self._hidden):
            if widget is not None and shiboken6.isValid(widget):
                widget.close()
                widget.deleteLater()
        self.window = self.unlock_screen = self.first_run = None
        self._hidden = []
        self.prefs.sync()
