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


def test_a_log_that_cannot_be_written_falls_back_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the log's folder should be", encoding="utf-8")
    session = LogSession(blocker / "logs")
    try:
        logging.getLogger("coretime.test").info("still told somewhere")
    finally:
        session.close()
    assert session.path is None
    assert str(blocker) in session.problem
    assert "Not a directory" in session.problem
    err = capsys.readouterr().err
    assert "the log file cannot be written" in err
    assert "INFO coretime.test: still told somewhere" in err


def test_the_log_and_the_folders_it_makes_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        session = LogSession(tmp_path / "state" / "Coretime" / "logs")
        session.close()
        existing = tmp_path / "old"
        existing.mkdir()
        (existing / "coretime.log").write_text("from an older Coretime\n", encoding="utf-8")
        os.chmod(existing / "coretime.log", 0o644)
        LogSession(existing).close()
    finally:
        os.umask(old)
    for folder in ("state", "state/Coretime", "state/Coretime/logs"):
        assert (tmp_path / folder).stat().st_mode & 0o777 == 0o700, folder
    assert (tmp_path / "state/Coretime/logs/coretime.log").stat().st_mode & 0o777 == 0o600
    assert (existing / "coretime.log").stat().st_mode & 0o777 == 0o600
