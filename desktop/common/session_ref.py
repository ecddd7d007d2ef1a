"""The current session of one user's main window.

An idle lock ends the session, but the window and the work in it stay. When the same user
unlocks again, the new session replaces the old one here, and every workspace that reads
``ref.session`` at the moment it needs it carries on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from secure_store.session import Session


class SessionRef(QObject):
    """Holds the session; ``replaced`` fires after a re-unlock by the same user.

    Signals:
        replaced(object): the new Session.
        locking(): the keys are about to go (idle or manual lock); work that is still only on
            screen can be saved now, on the UI thread, while the session is open.
    """

    replaced = Signal(object)
    locking = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session

    @property
    def session(self) -> Session:
        return self._session

    @property
    def user(self) -> str:
        return self._session.user

    def announce_lock(self) -> None:
        """Tell the workspaces that the session is about to lock (the shell calls this)."""
        self.locking.emit()

    def replace(self, session: Session) -> None:
        if session.user != self._session.user:
            raise ValueError("a session reference belongs to one user")
        self._session = session
        self.replaced.emit(session)
