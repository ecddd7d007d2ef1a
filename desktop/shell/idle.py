"""Idle lock: a timer that any user input restarts, watched through an application event filter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without keyboard, mouse or touch input.

    Install with ``app.installEventFilter(watcher)``. While ``hold`` is set (a backup is
    running) the timer does not fire; it restarts when the hold ends.

    Signals:
        idle(): the interval passed without input.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A security setting: lock on time, not up to 5 % late as a coarse timer may.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._timeout)
        self._held = False
        self.postponed = 0

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self, interval_ms: int) -> None:
        self._timer.start(interval_ms)

    def stop(self) -> None:
        self._timer.stop()

    def hold(self, held: bool) -> None:
        """Postpone the lock while long work runs (connect to ``Workers.busy_changed``)."""
        self._held = held
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def _timeout(self) -> None:
        if self._held:
            self.postponed += 1
            self._timer.start()
            return
        self.idle.emit()
