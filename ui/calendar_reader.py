"""Reading the freelancer's calendars off the window's thread: files read, addresses fetched (each with
a timeout) and parsed in a thread pool, the plain results handed back through a signal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.calendar_sources import CalendarSource, SourceState, read_source


class _Done(QObject):
    """Carries one job's results back to the window's thread (a queued signal)."""

    finished = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, number: int, sources: Sequence[CalendarSource], options: dict[str, object]) -> None:
        super().__init__()
        self.done = _Done()
        self._number = number
        self._sources = tuple(sources)
        self._options = options

    def run(self) -> None:
        states = tuple(read_source(source, **self._options) for source in self._sources)  # type: ignore[arg-type]
        self.done.finished.emit(self._number, states)


class CalendarReader(QObject):
    """Reads calendar sources in the background; only the latest reading's results are announced.

    Signals:
        read(states): a tuple of :class:`SourceState`, one per source, in the order given.
    """

    read = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._number = 0
        self.busy = False

    def start(
        self,
        sources: Sequence[CalendarSource],
        *,
        zone: ZoneInfo,
        my_addresses: Sequence[str],
        cache_dir: Path,
        now: datetime,
        timeout: float,
    ) -> None:
        """Read ``sources`` now; a reading still under way is superseded (its results are dropped)."""
        self._number += 1
        options: dict[str, object] = {
            "zone": zone,
            "my_addresses": tuple(my_addresses),
            "cache_dir": cache_dir,
            "now": now,
            "timeout": timeout,
        }
        job = _Job(self._number, sources, options)
        # The pool owns the job (and deletes it once run): a window closed meanwhile only stops
        # listening, and the job's results, queued to this thread, go nowhere.
        job.done.finished.connect(self._finished)
        self.busy = True
        QThreadPool.globalInstance().start(job)

    def _finished(self, number: int, states: tuple[SourceState, ...]) -> None:
        if number == self._number:
            self.busy = False
            self.read.emit(states)
