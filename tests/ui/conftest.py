"""GUI test fixtures: a fixed clock, and main windows on a tmp_path store and ini file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.profiles import ProfileStore
from ui.main_window import MainWindow

NOW = datetime(2026, 3, 9, 3, 0, tzinfo=UTC)  # Monday 12:00 in Tokyo, Sunday 23:00 in New York


@pytest.fixture
def clock() -> Callable[[], datetime]:
    return lambda: NOW


def window_options(tmp_path: Path, clock: Callable[[], datetime]) -> dict[str, object]:
    """What a test's main window is made with: its files in ``tmp_path``, the test's clock, a freelancer
    in Tokyo on a first launch, a save dialog that answers with a file in ``tmp_path`` (or the path it was
    offered, once a folder is remembered), and a series of twelve meetings."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return {
        "store": ProfileStore(tmp_path / "profiles.json"),
        "settings": QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        "clock": clock,
        "clipboard": app.clipboard(),
        "system_zone": "Asia/Tokyo",
        "choose_save_path": lambda _parent, name: str(tmp_path / name),
        "choose_series_length": lambda _parent, _first: (12, None),
        "first_run_welcome": False,
        "notification_bus": lambda: None,  # reminders go nowhere: never to the desktop running the tests
    }


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path, clock: Callable[[], datetime]) -> Callable[..., MainWindow]:
    """Builds a main window on ``tmp_path``; call it again for a "restart" on the same files."""
    windows: list[MainWindow] = []

    def make(**overrides: object) -> MainWindow:
        options = window_options(tmp_path, clock)
        options.update(overrides)
        window = MainWindow(**options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1200, 800)
        # The panels under the timeline, the ranking and the proposal text follow the first frame.
        with qtbot.waitSignal(window.ready):
            window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    return make
