"""The first-run welcome: asked once, walked with the keyboard, and what it asks reaches the people file,
the timeline and every calendar file (no "Me")."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]


def test_a_first_launch_asks_who_and_where_and_a_keyboard_answers(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(first_run_welcome=True)
    qtbot.waitUntil(lambda: window.welcome is not None and window.welcome.isVisible())
    welcome = window.welcome
    assert welcome is not None
    assert welcome.name.text() == "", "no made-up name to keep"
    assert not welcome.start_button.isEnabled(), "a name is needed first"
    assert "name" in welcome.problem.text()
    assert welcome.zone.zone() == "Asia/Tokyo", "the system's zone, filled in"
    welcome.name.setFocus()
    qtbot.keyClicks(welcome.name, "Aiko Tanaka")
    # Tab to the hours' presets, then the first one ("weekday evenings, after a day job") by keys.
    qtbot.waitUntil(welcome.start_button.isEnabled)
    welcome.preset.setFocus()
    qtbot.keyClick(welcome.preset, Qt.Key.Key_Home)
    assert welcome.hours.text() == "mon-fri 19:00-23:00"
    welcome.keep_sample.setFocus()
    qtbot.keyClick(welcome.keep_sample, Qt.Key.Key_Space)  # no sample client, thank you
    assert not welcome.keep_sample.isChecked()
    welcome.name.setFocus()
    qtbot.keyClick(welcome.name, Qt.Key.Key_Return)  # the default button: add my first client
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    assert window.welcome is None
    me = window.profiles()[0]
    assert (me.name, me.zone, me.hours) == ("Aiko Tanaka", "Asia/Tokyo", "mon-fri 19:00-23:00")
    assert [p for p in window.profiles() if p.is_sample] == []
    stored = json.loads((tmp_path / "profiles.json").read_text(encoding="utf-8"))
    assert stored["me"]["name"] == "Aiko Tanaka"
    assert stored["clients"] == []
    assert window.people.list.item(0).text().startswith("Aiko Tanaka")
    window.dialog.reject()  # type: ignore[union-attr]


def test_skipped_once_it_is_not_asked_again_and_help_opens_it(make_window: Factory, qtbot: QtBot) -> None:
    first = make_window(first_run_welcome=True)
    qtbot.waitUntil(lambda: first.welcome is not None and first.welcome.isVisible())
    assert first.welcome is not None
    first.welcome.skip_button.click()
    assert first.welcome is None
    assert first.profiles()[0].name == "Me", "skipping keeps the defaults"
    first.close()
    again = make_window(first_run_welcome=True)
    for _ in range(3):
        QApplication.processEvents()
    assert again.welcome is None, "asked once"
    again.welcome_action.trigger()
    qtbot.waitUntil(lambda: again.welcome is not None and again.welcome.isVisible())
    assert again.welcome is not None
    assert again.welcome.keep_sample.isChecked(), "the sample is still there to keep or drop"
    again.welcome.reject()
