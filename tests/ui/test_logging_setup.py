"""The desktop app's log: Python logging, Qt's warnings and uncaught exceptions land in the file, and
closing the session puts everything back as it was."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import qWarning

from ui.logging_setup import LogSession, rotate


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
    log_path = os.path.abspath(tmp_path / "logs" / "coretime.log")
    assert all(getattr(h, "baseFilename", None) != log_path for h in logging.getLogger().handlers)


def test_a_session_starts_a_new_file_when_the_last_one_is_full(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    log = folder / "coretime.log"
    for number, text in ((1, "one"), (2, "two"), (3, "three")):
        (folder / f"coretime.log.{number}").write_text(text, encoding="utf-8")
    log.write_text("x" * 1_000_000, encoding="utf-8")
    session = LogSession(folder)
    try:
        logging.getLogger("coretime.test").info("a new session")
    finally:
        session.close()
    assert "a new session" in log.read_text(encoding="utf-8")
    assert (folder / "coretime.log.1").read_text(encoding="utf-8") == "x" * 1_000_000
    assert (folder / "coretime.log.2").read_text(encoding="utf-8") == "one"
    assert (folder / "coretime.log.3").read_text(encoding="utf-8") == "two", "the oldest is dropped"
    assert sorted(p.name for p in folder.iterdir()) == [f"coretime.log{s}" for s in ("", ".1", ".2", ".3")]


def test_a_log_under_the_limit_keeps_growing(tmp_path: Path) -> None:
    log = tmp_path / "coretime.log"
    log.write_text("earlier\n", encoding="utf-8")
    rotate(log, rotate_at=100)
    rotate(tmp_path / "missing.log", rotate_at=100)
    assert log.read_text(encoding="utf-8") == "earlier\n"
    assert [p.name for p in tmp_path.iterdir()] == ["coretime.log"]
    log.write_text("y" * 100, encoding="utf-8")
    rotate(log, rotate_at=100, keep=1)
    assert not log.exists()
    assert (tmp_path / "coretime.log.1").read_text(encoding="utf-8") == "y" * 100
