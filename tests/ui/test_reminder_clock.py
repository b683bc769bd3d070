"""The reminders' one timer: never more than a minute ahead, a sleep across New York's clock change noticed
on waking, nothing told twice, and the switches read from the settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.checkin import checkin_time
from app.hours import parse_hours
from app.people import Person
from app.reminders import Reminder, ReminderClient, ReminderSettings
from ui.reminder_clock import MINUTE_MS, SLACK_MS, ReminderClock, reminder_settings

TOKYO = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 22:30-24:00"))
SARAH = Person("Sarah", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))


class Clocks:
    """A wall clock and a monotonic one the test moves; a sleep moves only the wall clock."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.ticks = 1000.0

    def run(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.ticks += seconds

    def sleep(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def _clock(clocks: Clocks) -> tuple[ReminderClock, list[Reminder]]:
    reminders = ReminderClock(lambda: clocks.now, monotonic=lambda: clocks.ticks)
    told: list[Reminder] = []
    reminders.due.connect(told.append)
    plan = checkin_time(SARAH, TOKYO, clocks.now)
    reminders.set_inputs([ReminderClient("s", SARAH, plan)], TOKYO, (), ReminderSettings())
    return reminders, told


def test_the_timer_is_never_armed_more_than_a_minute_ahead(qtbot: QtBot) -> None:
    clocks = Clocks(datetime(2026, 3, 6, 15, tzinfo=UTC))
    reminders, told = _clock(clocks)
    assert reminders.timer.isActive()
    assert reminders.timer.interval() == MINUTE_MS + SLACK_MS  # just after the minute turns
    ticks: list[None] = []
    reminders.ticked.connect(lambda: ticks.append(None))
    clocks.run(60.25)
    reminders.timer.timeout.emit()
    assert (told, len(ticks), reminders.wakeups) == ([], 1, 1)
    assert reminders.timer.interval() == MINUTE_MS


def test_a_sleep_across_new_yorks_change_tells_only_what_is_due_on_waking(qtbot: QtBot) -> None:
    clocks = Clocks(datetime(2026, 3, 6, 15, tzinfo=UTC))  # Friday, after Sarah's check-in
    reminders, told = _clock(clocks)
    # Asleep over the weekend; it wakes at Monday 13:30:20 UTC, Sarah's 09:30 on summer time.
    clocks.sleep((datetime(2026, 3, 9, 13, 30, 20, tzinfo=UTC) - clocks.now).total_seconds())
    reminders.timer.timeout.emit()
    assert [(r.kind, r.at) for r in told] == [("checkin", datetime(2026, 3, 9, 13, 30, tzinfo=UTC))]
    assert reminders.planned()[0].at == datetime(2026, 3, 10, 13, 30, tzinfo=UTC)
    # The clock is set back ten minutes by hand: Monday's check-in comes round again, and stays quiet.
    clocks.now -= timedelta(minutes=10)
    reminders.timer.timeout.emit()
    assert reminders.planned()[0].at == datetime(2026, 3, 10, 13, 30, tzinfo=UTC)
    clocks.run(600)
    reminders.timer.timeout.emit()
    assert len(told) == 1


def test_asleep_through_a_reminder_it_is_not_told_late(qtbot: QtBot) -> None:
    clocks = Clocks(datetime(2026, 3, 6, 15, tzinfo=UTC))
    reminders, told = _clock(clocks)
    clocks.sleep((datetime(2026, 3, 9, 15, tzinfo=UTC) - clocks.now).total_seconds())
    reminders.timer.timeout.emit()
    assert told == []
    assert reminders.planned()[0].at == datetime(2026, 3, 10, 13, 30, tzinfo=UTC)


def test_the_switches_come_from_the_settings(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert reminder_settings(settings, ["a"]) == ReminderSettings(
        clients={"a": frozenset({"checkin", "meeting", "clock_change"})}
    )
    settings.setValue("notify/paused", "true")
    settings.setValue("notify/lead", "5")
    settings.setValue("notify/kinds", ["meeting", "checkin"])
    settings.setValue("notify/client/a", "core_start")
    settings.setValue("notify/client/b", "")
    settings.sync()
    read = reminder_settings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), ["a", "b"]
    )
    assert read == ReminderSettings(
        kinds=frozenset({"meeting", "checkin"}),
        clients={"a": frozenset({"core_start"}), "b": frozenset()},
        paused=True,
        lead=timedelta(minutes=5),
    )
