"""A long client list: the first frame shows a screenful of clients and the ones selected last time;
everyone else is in the list right after it, with any repair told and saved, and nothing is lost when
the window closes before its first frame."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.profiles import FIRST_PAGE
from tests.ui.conftest import window_options
from ui.main_window import MainWindow

CLIENTS = FIRST_PAGE + 60
SELECTED = FIRST_PAGE + 40  # far down the list: below the first frame's screenful
DAMAGED = FIRST_PAGE + 20


def write_clients(folder: Path) -> None:
    clients = [
        {"id": f"c{n}", "name": f"Client {n}", "zone": "Europe/Berlin", "hours": "mon-fri 09:00-17:00"}
        for n in range(CLIENTS)
    ]
    clients[SELECTED]["name"] = "Jonas Weber"
    clients[DAMAGED]["zone"] = "Mars/Crater"
    me = {"id": "me", "name": "Aiko", "zone": "Asia/Tokyo", "hours": "mon-fri 19:00-24:00"}
    (folder / "profiles.json").write_text(json.dumps({"schema": 4, "me": me, "clients": clients}))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/selected", [f"c{SELECTED}"])
    settings.sync()


def unshown_window(qtbot: QtBot, tmp_path: Path, clock: Callable[[], datetime]) -> MainWindow:
    """A window on the long list, made and not shown yet: as it is until its first frame."""
    write_clients(tmp_path)
    window = MainWindow(**window_options(tmp_path, clock))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def rows(window: MainWindow) -> list[str]:
    shown = window.people.list
    return [shown.item(row).text() for row in range(shown.count())]


def test_the_first_frame_shows_the_selected_client_and_the_rest_follow(
    qtbot: QtBot, tmp_path: Path, clock: Callable[[], datetime]
) -> None:
    window = unshown_window(qtbot, tmp_path, clock)
    # Before the first frame: the freelancer, a screenful of clients, and Jonas, selected last time.
    before = rows(window)
    assert len(before) == 1 + FIRST_PAGE + 1
    assert before[0].startswith("Aiko (you)")
    assert before[-1].startswith("Jonas Weber")
    assert window.timeline.names()[1] == "Jonas Weber"
    assert window.people.selected_ids() == [f"c{SELECTED}"]
    assert not window.notices.isVisibleTo(window)

    with qtbot.waitSignal(window.ready):
        window.show()
    after = rows(window)
    assert len(after) == 1 + CLIENTS
    assert after[1 + SELECTED].startswith("Jonas Weber")
    assert after[1 + DAMAGED].startswith(f"Client {DAMAGED}")
    assert window.people.selected_ids() == [f"c{SELECTED}"]
    assert window.timeline.names()[1] == "Jonas Weber"
    # The repair found beyond the first frame is told, and saved with everyone.
    notice = window.notices.label.text()
    assert window.notices.isVisible()
    assert f"Client {DAMAGED}" in notice
    assert "Mars/Crater" in notice
    saved = json.loads((tmp_path / "profiles.json").read_text(encoding="utf-8"))["clients"]
    assert len(saved) == CLIENTS
    assert saved[DAMAGED]["zone"] is None
    assert saved[SELECTED]["name"] == "Jonas Weber"


def test_closing_before_the_first_frame_saves_every_client(
    qtbot: QtBot, tmp_path: Path, clock: Callable[[], datetime]
) -> None:
    window = unshown_window(qtbot, tmp_path, clock)
    assert len(rows(window)) < 1 + CLIENTS
    window.close()  # the repair is saved on the way out: with all the clients, not the first frame's
    saved = json.loads((tmp_path / "profiles.json").read_text(encoding="utf-8"))["clients"]
    assert [c["id"] for c in saved] == [f"c{n}" for n in range(CLIENTS)]
    assert saved[DAMAGED]["zone"] is None


def test_an_edit_before_the_rest_is_read_is_kept_with_everyone(
    qtbot: QtBot, tmp_path: Path, clock: Callable[[], datetime]
) -> None:
    """However early a change comes, it lands on all the clients, not on the first frame's part."""
    window = unshown_window(qtbot, tmp_path, clock)
    first_client = window.people.list.model().profile(1)
    window._dialog_accepted(replace(first_client, notes="Prefers mornings."))
    assert len(rows(window)) == 1 + CLIENTS
    assert window.people.selected_ids() == [f"c{SELECTED}"]
    saved = json.loads((tmp_path / "profiles.json").read_text(encoding="utf-8"))["clients"]
    assert [c["id"] for c in saved] == [f"c{n}" for n in range(CLIENTS)]
    assert saved[0]["notes"] == "Prefers mornings."
    assert saved[DAMAGED]["zone"] is None
