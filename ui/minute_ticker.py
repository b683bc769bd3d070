"""One wake-up per minute, just after the minute turns, and none while the window it serves is out of sight.

Everything in the window that reads "now" in whole minutes (the clients' status lines, the
deadline countdown) follows this one timer, so an idle window wakes up once a minute, not once
per row or per panel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

MINUTE_MS = 60_000
SLACK_MS = 250
"""Fire a little after the boundary: a timer that fires a hair early would show the old minute again."""


class MinuteTicker(QObject):
    """Emits :attr:`ticked` just after each minute boundary of the injected clock while the watched
    window is shown and not minimised; a window shown again after a pause ticks at once.

    Signals:
        ticked(): a minute has turned (or the window came back into sight after missing some).
    """

    ticked = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._missed = False
        self.wakeups = 0
        # Single-shot and re-armed from the clock each time: a repeating 60 s timer would drift off the
        # minute boundary; precise, because a coarse timer may fire up to 5 % early.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._fire)

    def watch(self, window: QWidget) -> None:
        """Run while ``window`` is in sight: its show, hide and minimise events start and stop the timer."""
        window.installEventFilter(self)
        if window.isVisible() and not window.isMinimized():
            self._arm()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Hide:
            self._stop()
        elif kind == QEvent.Type.Show:
            self._resume()
        elif kind == QEvent.Type.WindowStateChange and isinstance(watched, QWidget):
            if watched.isMinimized():
                self._stop()
            elif watched.isVisible():
                self._resume()
        return False

    def _stop(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._missed = True

    def _resume(self) -> None:
        if self.timer.isActive():
            return
        self._arm()
        if self._missed:
            # Minutes went by unseen: bring the window up to date now rather than at the next minute.
            self._missed = False
            self.ticked.emit()

    def _arm(self) -> None:
        now = self._clock()
        into_minute = now.second * 1000 + now.microsecond // 1000
        self.timer.start(MINUTE_MS - into_minute + SLACK_MS)

    def _fire(self) -> None:
        self.wakeups += 1
        self._arm()
        self.ticked.emit()
