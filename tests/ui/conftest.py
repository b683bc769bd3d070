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


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path, clock: Callable[[], datetime]) -> Callable[..., MainWindow]:
    """Builds a main window on ``tmp_path``; call it again for a "restart" on the same files."""
    windows: list[MainWindow] = []

    def make(**overrides: object) -> MainWindow:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        options: dict[str, object] = {
            "store": ProfileStore(tmp_path / "profiles.json"),
            "settings": QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
            "clock": clock,
            "clipboard": app.clipboard(),
            "system_zone": "Asia/Tokyo",
            "choose_save_path": lambda _parent, name: str(tmp_path / name),
        }
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
