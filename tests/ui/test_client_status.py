"""The people list tells, for each client, where they are in their day now, and keeps it current
with one minute timer that sleeps while the window is out of sight."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from app.people import Person
from app.profiles import Profile, ProfileStore
from app.rhythm import client_status
from tests.ui.rhythm_helpers import Clock, english_clock  # noqa: F401 - a fixture
from ui.main_window import MainWindow
from ui.people_list import ID_ROLE, WORKING_ROLE
from ui.tray import tray_line

Factory = Callable[..., MainWindow]
pytestmark = pytest.mark.usefixtures("english_clock")

ME = Profile(id="me", name="Me", zone="Asia/Tokyo", hours="mon-fri 07:00-09:00 19:00-24:00", is_me=True)
NEW_YORK = Profile(id="ny", name="Acme", zone="America/New_York", hours="mon-fri 09:00-17:00", holidays="US")
BERLIN = Profile(id="berlin", name="Müller", zone="Europe/Berlin", hours="mon-thu 08:00-16:00")
NOWHERE = Profile(id="nowhere", name="Unknown Ltd", zone=None, hours="mon-fri 09:00-17:00")


def open_window(make_window: Factory, qtbot: QtBot, tmp_path: Path, clock: Clock) -> MainWindow:
    ProfileStore(tmp_path / "profiles.json").save([ME, NEW_YORK, BERLIN, NOWHERE])
    window = make_window(clock=clock)
    # The statuses follow the first frame, with the rest of what loads the holidays package.
    qtbot.waitUntil(lambda: window.people.status_text("ny") != "")
    return window


def row(window: MainWindow, person_id: str) -> int:
    return next(
        r for r in range(window.people.list.count()) if window.people.list.item(r).data(ID_ROLE) == person_id
    )


def test_inside_core_time_says_until_when(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 9, 15, 0, tzinfo=UTC))  # Monday 11:00 in New York (summer time)
    window = open_window(make_window, qtbot, tmp_path, clock)
    assert window.people.status_text("ny") == "Mon 11:00 · working now, until 17:00"
    assert window.people.list.item(row(window, "ny")).data(WORKING_ROLE) is True
    assert (
        window.people.status_text("berlin")
        == "Mon 16:00 · outside core time\nstarts in 16 h — 16:00 your time"
    )
    assert window.people.status_text("nowhere") == "", "no zone, no clock to read"
    assert window.people.status_text("me") == ""
    spoken = window.people.list.item(row(window, "ny")).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Acme · New York, Mon 11:00 · working now, until 17:00"


def test_outside_core_time_says_when_it_starts_on_my_clock(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 3, 9, 11, 50, tzinfo=UTC))  # Monday 07:50 in New York, 20:50 in Tokyo
    window = open_window(make_window, qtbot, tmp_path, clock)
    assert window.people.status_text("ny") == (
        "Mon 07:50 · outside core time\nstarts in 1 h 10 min — 22:00 your time"
    )
    assert window.people.list.item(row(window, "ny")).data(WORKING_ROLE) is False


def test_their_weekend_and_their_day_off(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 13, 12, 0, tzinfo=UTC))  # Friday: 13:00 in Berlin, 08:00 in New York
    window = open_window(make_window, qtbot, tmp_path, clock)
    assert window.people.status_text("berlin") == (
        "Fri 13:00 · their day off\nstarts in 2 d 19 h — Mon 16:00 your time"
    ), "Müller works Monday to Thursday"
    clock.now = datetime(2026, 3, 15, 3, 0, tzinfo=UTC)  # Saturday 23:00 in New York, Sunday in Tokyo
    window.minute.timer.timeout.emit()
    assert window.people.status_text("ny") == (
        "Sat 23:00 · their day off\nstarts in 1 d 10 h — Mon 22:00 your time"
    )


def test_a_public_holiday_is_named(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 1, 19, 15, 0, tzinfo=UTC))  # Martin Luther King Jr. Day, 10:00 in New York
    window = open_window(make_window, qtbot, tmp_path, clock)
    assert window.people.status_text("ny") == (
        "Mon 10:00 · public holiday\nstarts in 23 h — 23:00 your time"
    ), "it is already Tuesday in Tokyo, so no weekday before the time"


def test_the_minute_timer_refreshes_the_lines_on_the_minute(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 3, 9, 11, 50, 45, 500_000, tzinfo=UTC))
    window = open_window(make_window, qtbot, tmp_path, clock)
    ticker = window.minute
    assert ticker.timer.isActive()
    assert ticker.timer.interval() == 14_500 + 250, "armed for just after the minute turns, not 60 s on"
    assert "starts in 1 h 10 min" in window.people.status_text("ny")
    clock.now = datetime(2026, 3, 9, 11, 51, 0, 250_000, tzinfo=UTC)
    with qtbot.waitSignal(ticker.ticked, timeout=1000):
        ticker.timer.timeout.emit()
    assert "starts in 1 h 9 min" in window.people.status_text("ny")
    assert ticker.timer.isActive(), "re-armed for the next minute"
    assert ticker.timer.interval() == 60_000
    clock.now += timedelta(hours=1, minutes=9)  # 09:00 in New York
    ticker.timer.timeout.emit()
    assert window.people.status_text("ny") == "Mon 09:00 · working now, until 17:00"


def test_the_timer_sleeps_while_the_window_is_hidden_or_minimised(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 3, 9, 11, 50, tzinfo=UTC))
    window = open_window(make_window, qtbot, tmp_path, clock)
    ticker = window.minute
    window.hide()
    assert not ticker.timer.isActive()
    clock.now += timedelta(minutes=30)  # half an hour passes unseen
    with qtbot.waitSignal(ticker.ticked, timeout=1000):
        window.show()  # a window coming back is brought up to date at once, not at the next minute
    assert ticker.timer.isActive()
    assert "starts in 40 min" in window.people.status_text("ny")
    window.showMinimized()
    qtbot.waitUntil(lambda: not ticker.timer.isActive())
    window.showNormal()
    qtbot.waitUntil(ticker.timer.isActive)


def test_a_day_off_and_a_stretch_away_are_named(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    off = Profile(
        id="off", name="Off Ltd", zone="America/New_York", hours="mon-fri 09:00-17:00", days_off="2026-03-09"
    )
    lisbon = Profile(
        id="lisbon",
        name="Sarah",
        zone="America/New_York",
        hours="mon-fri 09:00-17:00",
        away="2026-03-02..2026-03-13 Europe/Lisbon mon-fri 10:00-18:00",
    )
    ProfileStore(tmp_path / "profiles.json").save([ME, off, lisbon])
    clock = Clock(datetime(2026, 3, 9, 15, 0, tzinfo=UTC))  # Monday 11:00 in New York, 15:00 in Lisbon
    window = make_window(clock=clock)
    qtbot.waitUntil(lambda: window.people.status_text("off") != "")
    assert window.people.status_text("off") == (
        "Mon 11:00 · off today\nstarts in 22 h — 22:00 your time"  # Tuesday already in Tokyo
    )
    assert window.people.status_text("lisbon") == "Mon 15:00 in Lisbon · working now, until 18:00"


def _person(profile: Profile) -> Person:
    person = profile.person()
    assert person is not None
    return person


def test_the_tray_line_names_the_day_off_and_the_place() -> None:
    me = _person(ME)
    off = _person(
        Profile(
            id="o", name="Off", zone="America/New_York", hours="mon-fri 09:00-17:00", days_off="2026-03-09"
        )
    )
    lisbon = _person(
        Profile(
            id="l",
            name="Sarah",
            zone="America/New_York",
            hours="mon-fri 09:00-17:00",
            away="2026-03-09 Europe/Lisbon",
        )
    )
    now = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert client_status(lisbon, me, now).away_zone == "Europe/Lisbon"
    assert tray_line("Off", client_status(off, me, now), english) == (
        "Off · 11:00 · off, back in 22 h (22:00 your time)"
    )
    assert tray_line("Sarah", client_status(lisbon, me, now), english) == (
        "Sarah · 15:00 in Lisbon · working until 17:00"
    )
