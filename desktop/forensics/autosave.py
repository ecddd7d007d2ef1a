"""Saving an examination while the physician writes: debounced, on the vault pool, never lost.

Each edit records the field's new value; a short pause in typing sends every pending field in
one ``DossierService.update_examination`` call, so the audit log says which fields changed. The
vault pool runs one task at a time in order, so saves can never overtake each other.

When the vault is about to lock, what is still pending is saved at once, on the UI thread,
while the keys are still there: after a lock another user may log in, and the window (with
what was typed) goes. A save that was already under way and meets a locked vault stays pending
and is sent again as soon as the same user unlocks; any other refusal is shown and the text
stays on screen, so nothing typed is lost.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from forensics.dossiers import DossierService
from forensics.records import Examination
from secure_store.errors import VaultError, VaultLocked
from secure_store.session import Session

from ..common.session_ref import SessionRef
from ..common.worker import Pool, Token, Workers

PAUSE_MS = 700


class SaveState(Enum):
    """What the "opgeslagen" indicator says."""

    IDLE = "idle"  # nothing loaded or nothing changed yet
    PENDING = "pending"  # changes wait for a pause in typing
    SAVING = "saving"
    SAVED = "saved"
    WAITING = "waiting"  # the vault is locked; the changes go once it is unlocked
    FAILED = "failed"


class AutoSaver(QObject):
    """Collects field changes of one examination at a time and saves them in the background.

    Signals:
        state_changed(object): a :class:`SaveState`.
        saved(object): the :class:`Examination` as stored after a save.
        failed(object): the exception of a save that will not be retried.
    """

    state_changed = Signal(object)
    saved = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        session: SessionRef,
        workers: Workers,
        pause_ms: int = PAUSE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_ref = session
        self._workers = workers
        self._examination_id: str | None = None
        self._pending: dict[str, Any] = {}
        self._waiting: list[tuple[str, dict[str, Any]]] = []
        self._in_flight = 0
        self.state = SaveState.IDLE
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.flush)
        session.replaced.connect(self._session_replaced)
        session.locking.connect(self._save_before_lock)

    @property
    def examination_id(self) -> str | None:
        return self._examination_id

    @property
    def has_unsaved(self) -> bool:
        """Whether changes are still pending, being saved or waiting for an unlock."""
        return bool(self._pending or self._waiting or self._in_flight)

    def set_examination(self, examination_id: str | None) -> None:
        """Save what is pending for the previous examination, then follow ``examination_id``."""
        self.flush()
        self._examination_id = examination_id
        if not self.has_unsaved:
            self._set_state(SaveState.IDLE)

    def change(self, field: str, value: Any) -> None:
        """Record a new value; it is saved after the next pause."""
        if self._examination_id is None:
            return
        self._pending[field] = value
        self._set_state(SaveState.PENDING)
        self._timer.start()

    def flush(self) -> None:
        """Send the pending changes now."""
        self._timer.stop()
        if self._examination_id is None or not self._pending:
            return
        changes, self._pending = self._pending, {}
        self._send(self._examination_id, changes)

    def _save_before_lock(self) -> None:
        """Store the pending changes now, on this thread: the keys go right after."""
        self._timer.stop()
        examination_id = self._examination_id
        if examination_id is None or not self._pending:
            return
        changes, self._pending = self._pending, {}
        try:
            exam = DossierService(self._session_ref.session).update_examination(
                examination_id, **changes
            )
        except VaultLocked:
            self._waiting.append((examination_id, changes))
            self._set_state(SaveState.WAITING)
            return
        except VaultError as exc:
            self._set_state(SaveState.FAILED)
            self.failed.emit(exc)
            return
        self.saved.emit(exam)
        self._settle()

    def _send(self, examination_id: str, changes: dict[str, Any]) -> None:
        session = self._session_ref.session

        def save(token: Token) -> Examination:
            del token
            return DossierService(session).update_examination(examination_id, **changes)

        self._in_flight += 1
        self._set_state(SaveState.SAVING)
        self._workers.run(
            "forensic.examination.autosave",
            save,
            pool=Pool.VAULT,
            on_result=self._saved,
            on_error=lambda exc: self._not_saved(exc, examination_id, changes),
        )

    def _saved(self, exam: Examination) -> None:
        self._in_flight -= 1
        self.saved.emit(exam)
        self._settle()

    def _not_saved(self, exc: BaseException, examination_id: str, changes: dict[str, Any]) -> None:
        self._in_flight -= 1
        if isinstance(exc, VaultLocked):
            self._waiting.append((examination_id, changes))
            self._set_state(SaveState.WAITING)
            return
        self._set_state(SaveState.FAILED)
        self.failed.emit(exc)

    def _settle(self) -> None:
        if self._in_flight:
            return
        if self._waiting:
            self._set_state(SaveState.WAITING)
        elif self._pending:
            self._set_state(SaveState.PENDING)
        else:
            self._set_state(SaveState.SAVED)

    def _session_replaced(self, session: Session) -> None:
        del session
        waiting, self._waiting = self._waiting, []
        for examination_id, changes in waiting:
            self._send(examination_id, changes)
        self.flush()

    def _set_state(self, state: SaveState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)
