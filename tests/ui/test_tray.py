"""The tray icon as the freelancer reads it (its tooltip and menu, refreshed each minute with the window
closed), its actions, and the start at login written and removed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import NOW


def test_the_menu_and_tooltip_give_each_clients_time_and_status_and_follow_the_minute(
    qtbot: QtBot, make_window: Callable[..., Any]
) -> None:
    now = [NOW]  # Monday 12:00 in Tokyo, Sunday 23:00 in New York
    window = make_window(clock=lambda: now[0])
    line = "Sample client · 23:00 · starts in 10 h (22:00 your time)"
    assert window.tray.client_lines() == [line]
    assert window.tray.toolTip() == f"Coretime\n{line}"
    assert [a.text() for a in window.tray.menu.actions()] == [
        line,
        "",
        "Open Coretime",
        "Copy proposal for Sample client",
        "Upcoming meetings",
        "",
        "Pause notifications",
        "Keep in the tray when the window closes",
        "Start at login",
        "",
        "Quit Coretime",
    ]
    assert [(a.text(), a.isEnabled()) for a in window.tray.meetings_menu.actions()] == [
        ("No upcoming meetings", False)
    ]
    window.hide()
    now[0] = NOW + timedelta(hours=10, minutes=1)  # Sarah's Monday has begun
    window.reminder_clock.ticked.emit()
    assert window.tray.client_lines() == ["Sample client · 09:01 · working until 17:00"]
    assert window.tray.toolTip().endswith("working until 17:00")


def test_copy_choose_and_open_from_the_menu(qtbot: QtBot, make_window: Callable[..., Any]) -> None:
    window = make_window()
    clipboard = QApplication.clipboard()
    clipboard.clear()
    window.tray.copy_action.trigger()
    assert clipboard.text() == window.proposal.preview.toPlainText()
    assert clipboard.text()
    client = window.profiles()[1].id
    window.people.select([])
    window.hide()
    window.tray.menu.actions()[0].trigger()
    assert window.isVisible()
    assert window.people.selected_ids() == [client]


def test_pause_stops_every_reminder_until_switched_back(
    qtbot: QtBot, make_window: Callable[..., Any]
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: bool(window.reminder_clock.planned()), timeout=5000)  # the check-in plans
    window.tray.pause_action.trigger()
    assert window.reminder_clock.planned() == ()
    window.tray.pause_action.trigger()
    assert window.reminder_clock.planned()


def test_start_at_login_writes_the_autostart_entry_and_removes_it(
    qtbot: QtBot, make_window: Callable[..., Any], tmp_path: Path
) -> None:
    config = tmp_path / "config"
    window = make_window(login=(config, ["coretime", "--tray"]))
    entry = config / "autostart" / "io.github.coretime.Coretime.desktop"
    window.tray.login_action.trigger()
    assert "Exec=coretime --tray\n" in entry.read_text(encoding="utf-8")
    window.tray.login_action.trigger()
    assert not entry.exists()


def test_without_a_login_folder_start_at_login_is_not_offered(
    qtbot: QtBot, make_window: Callable[..., Any]
) -> None:
    assert not make_window().tray.login_action.isEnabled()
