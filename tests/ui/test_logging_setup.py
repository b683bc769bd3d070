"""The desktop app's log: Python logging, Qt's warnings and uncaught exceptions land in the file, and
closing the session puts everything back as it was."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import qWarning

from ui.logging_setup import LogSession


def test_messages_from_python_and_qt_go_to_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chained: list[BaseException] = []

    def previous(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        chained.append(error)

    monkeypatch.setattr(sys, "excepthook", previous)
    session = LogSession(tmp_path / "logs")
    try:
        logging.getLogger("coretime.test").info("profiles loaded")
        qWarning("a Qt warning for the log")
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            sys.excepthook(RuntimeError, error, error.__traceback__)
    finally:
        session.close()
    text = (tmp_path / "logs" / "coretime.log").read_text(encoding="utf-8")
    assert "INFO coretime.test: profiles loaded" in text
    assert "WARNING qt.default: a Qt warning for the log" in text
    assert "CRITICAL coretime: uncaught exception" in text
    assert "RuntimeError: boom" in text
    assert [str(e) for e in chained] == ["boom"], "the previous hook still sees the exception"
    assert sys.excepthook is previous
    assert all(not isinstance(h, logging.handlers.RotatingFileHandler) for h in logging.getLogger().handlers)
