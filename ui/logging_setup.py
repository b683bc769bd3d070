"""Where the desktop app's messages go: a log file in the user's state folder, because a windowed app
started from a menu has no terminal to print to (on Windows it has no stdout or stderr at all)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QStandardPaths, QtMsgType, qInstallMessageHandler

LOG_FILE = "coretime.log"
ROTATE_AT = 1_000_000
"""A session starts a new file when the last one has grown to this many bytes."""
KEEP = 3
"""How many earlier files are kept beside the current one (``coretime.log.1`` is the newest)."""
log = logging.getLogger("coretime")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def ensure_streams() -> None:
    """Give a windowed Windows build, which starts with ``sys.stdout``/``sys.stderr`` set to None, streams
    that accept writes: ``print`` and argparse's ``--help`` must not crash the app there."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives with the process


def default_log_folder() -> Path:
    """``~/.local/state/<org>/<app>/logs`` on Linux (XDG state, where logs belong), the app's local data
    folder on Windows and macOS — and on Qt before 6.7, which has no state location."""
    kind = getattr(
        QStandardPaths.StandardLocation, "StateLocation", QStandardPaths.StandardLocation.AppLocalDataLocation
    )
    return Path(QStandardPaths.writableLocation(kind)) / "logs"


def rotate(path: Path, *, rotate_at: int = ROTATE_AT, keep: int = KEEP) -> None:
    """Move ``path`` aside as ``path.1`` (and ``.1`` to ``.2``, and so on, dropping the oldest) when it has
    reached ``rotate_at`` bytes; leave it to grow otherwise.

    Done once, when a session starts, rather than by logging's RotatingFileHandler on every record: the
    app logs little, and ``logging.handlers`` brings sockets and pickling into every start-up.
    """
    try:
        if path.stat().st_size < rotate_at:
            return
    except FileNotFoundError:
        return
    for number in range(keep, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        newer = path if number == 1 else path.with_name(f"{path.name}.{number - 1}")
        if newer.exists():
            newer.replace(older)


def make_private_folder(folder: Path) -> None:
    """Make ``folder`` and any missing parents readable by their owner only (0700); folders that exist
    are left as they are."""
    missing = [parent for parent in (folder, *folder.parents) if not parent.exists()]
    for parent in reversed(missing):
        parent.mkdir(mode=0o700, exist_ok=True)
        os.chmod(parent, 0o700)  # mkdir's mode is cut by the umask; the log is nobody else's business


def _private_log(path: Path) -> logging.FileHandler:
    """A handler appending to ``path``, created 0600 (and made 0600 when it was not); the log names the
    user's files and what went wrong with them."""
    handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        if os.fstat(handle).st_mode & 0o077:
            os.fchmod(handle, 0o600) if hasattr(os, "fchmod") else os.chmod(path, 0o600)
    finally:
        os.close(handle)
    return logging.FileHandler(path, encoding="utf-8")


class LogSession:
    """Sends Python logging, Qt's messages and uncaught exceptions to ``folder/coretime.log`` (a session
    that finds it at 1 MB or more starts a new one; three old files are kept) — and warnings also to
    stderr when it is a terminal — until ``close``.

    A log that cannot be written (a read-only home, a file left owned by another user) does not stop the
    app: the session then writes to stderr, where there is one, and ``problem`` says why (the window
    tells the user); ``path`` is then ``None``."""

    def __init__(self, folder: Path) -> None:
        self.path: Path | None = folder / LOG_FILE
        self.problem = ""
        self._handlers: list[logging.Handler] = []
        formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        try:
            make_private_folder(folder)
            rotate(self.path)
            file_handler: logging.Handler | None = _private_log(self.path)
        except OSError as error:
            self.problem = f"{error.filename or self.path}: {error.strerror or error}"
            self.path = file_handler = None
        if file_handler is not None:
            file_handler.setFormatter(formatter)
            self._handlers.append(file_handler)
        if sys.stderr is not None and (file_handler is None or sys.stderr.isatty()):
            console = logging.StreamHandler(sys.stderr)
            console.setLevel(logging.INFO if file_handler is None else logging.WARNING)
            if file_handler is None:
                console.setFormatter(formatter)
            self._handlers.append(console)
        root = logging.getLogger()
        self._old_level = root.level
        root.setLevel(logging.INFO)
        for handler in self._handlers:
            root.addHandler(handler)
        self._old_qt = qInstallMessageHandler(self._qt_message)
        self._old_hook: Hook = sys.excepthook
        sys.excepthook = self._uncaught
        if self.problem:
            log.log(logging.WARNING, "the log file cannot be written (%s); logging to stderr", self.problem)

    @staticmethod
    def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = _QT_LEVELS.get(kind, logging.INFO)
        logging.getLogger(f"qt.{context.category or 'default'}").log(level, message)

    def _uncaught(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.log(logging.CRITICAL, "uncaught exception", exc_info=(kind, error, trace))
        self._old_hook(kind, error, trace)

    def close(self) -> None:
        sys.excepthook = self._old_hook
        qInstallMessageHandler(self._old_qt)
        root = logging.getLogger()
        for handler in self._handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(self._old_level)
