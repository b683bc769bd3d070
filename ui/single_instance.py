"""One writer per data folder: the first Coretime on a folder holds its lock; a second start on the same
folder asks that one to bring its window to the front, and leaves.

The lock is a ``QLockFile`` in the folder (``.coretime.lock``; Qt takes over a lock whose process has
died). The request to come to the front is a file the second start puts into ``.coretime-requests/``,
which the first watches (``QFileSystemWatcher``) and removes once it has raised its window: no socket
and no network module, so the app stays offline by construction. A holder that does not answer (hung,
or on another machine sharing the folder) makes the second start say so and leave.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QTimer, Signal

LOCK_NAME = ".coretime.lock"
REQUESTS = ".coretime-requests"
ANSWER_WITHIN = 3.0
"""Seconds a second start waits for the running one to take its request."""
POLL = 0.05
log = logging.getLogger("coretime.instance")


@dataclass
class Claim:
    """What :func:`claim_folder` found: the held ``lock`` (this process is the folder's writer), or
    ``handed_over`` (the running Coretime took the request), or neither: ``holder`` says who holds it."""

    lock: QLockFile | None
    handed_over: bool = False
    holder: str = ""
    unlocked: bool = False
    """The folder cannot hold a lock (read-only, no permission): nobody can save there, so the start goes
    on without one."""

    @property
    def may_start(self) -> bool:
        return self.lock is not None or self.unlocked


def _clear_requests(folder: Path) -> None:
    requests = folder / REQUESTS
    requests.mkdir(mode=0o700, exist_ok=True)
    for stale in requests.iterdir():  # requests to a Coretime that has since ended
        with contextlib.suppress(OSError):
            stale.unlink()


def claim_folder(folder: Path, *, answer_within: float = ANSWER_WITHIN, poll: float = POLL) -> Claim:
    """Become the writer of ``folder``, or hand this start over to the Coretime that is."""
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)  # never by age: a lock is stale only when its process is gone
    if lock.tryLock(0):
        _clear_requests(folder)
        return Claim(lock)
    if lock.error() != QLockFile.LockError.LockFailedError:
        log.log(
            logging.WARNING, "%s cannot hold a lock (%s); starting without one", folder, lock.error().name
        )
        return Claim(None, unlocked=True)
    requests = folder / REQUESTS
    requests.mkdir(mode=0o700, exist_ok=True)
    request = requests / f"raise-{os.getpid()}"
    request.write_bytes(b"")
    try:
        for _ in range(max(1, round(answer_within / poll))):
            if not request.exists():
                log.log(logging.WARNING, "%s is in use by another Coretime; its window was raised", folder)
                return Claim(None, handed_over=True)
            if lock.tryLock(0):  # the holder ended meanwhile
                log.log(logging.WARNING, "took over the lock of %s from a Coretime that ended", folder)
                _clear_requests(folder)
                return Claim(lock)
            time.sleep(poll)
    finally:
        with contextlib.suppress(OSError):
            request.unlink()
    info = lock.getLockInfo()  # (pid, host, application) in PySide6
    pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else ("?", "")
    holder = f"{pid}@{host}" if host else str(pid)
    log.log(logging.WARNING, "%s is locked by process %s, which did not answer", folder, holder)
    return Claim(None, holder=holder)


class RaiseRequests(QObject):
    """Watches ``folder`` for second starts; takes each request and emits ``requested`` once per batch.

    Signals:
        requested(): a second start on this folder asks for the window to come to the front.
    """

    requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder / REQUESTS
        self._watcher = QFileSystemWatcher([str(self._folder)], self)
        self._watcher.directoryChanged.connect(self._changed)
        # A request made while this window was still being built came before the watcher could see it.
        QTimer.singleShot(0, lambda: self._changed(str(self._folder)))

    def _changed(self, _path: str) -> None:
        taken = 0
        with contextlib.suppress(OSError):
            for request in self._folder.iterdir():
                with contextlib.suppress(FileNotFoundError):
                    request.unlink()
                    taken += 1
        if taken:
            log.info("a second start on %s asked for this window", self._folder.parent)
            self.requested.emit()
