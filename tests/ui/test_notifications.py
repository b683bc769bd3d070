"""Reminders reach a real D-Bus session's notification service at their minute, and a click comes back.

A private ``dbus-daemon`` (the Debian package ``dbus``, installed by packaging/system-deps.sh) runs for
the module; ``notification_server.py`` owns ``org.freedesktop.Notifications`` on it and writes what it
is sent to a file. The clock is a fake one, started just before the reminder is due.
"""

from __future__ import annotations

import json
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from app.checkin import checkin_time
from app.hours import parse_hours
from app.people import Person
from app.reminders import KINDS, Reminder, ReminderClient, ReminderSettings
from tests.ui.trio import PEOPLE
from ui.notifier import Notifier, open_session_bus
from ui.reminder_clock import ReminderClock

SERVER = Path(__file__).with_name("notification_server.py")
TOKYO = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 22:30-24:00"))
SARAH = Person("Sarah", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))


def _first_line(stream: Any, seconds: float) -> str:
    """A line from ``stream``, waiting ``seconds`` at most."""
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        if not selector.select(timeout=seconds):
            return ""
    return str(stream.readline()).strip()


@pytest.fixture(scope="module")
def bus_address() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    assert daemon is not None, "dbus-daemon is missing: packaging/system-deps.sh installs it"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = _first_line(process.stdout, 10)
        assert address.startswith("unix:"), address
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)
        assert process.stdout is not None
        process.stdout.close()


@pytest.fixture
def server(bus_address: str, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    record = tmp_path / "notifications.jsonl"
    record.touch()
    process = subprocess.Popen(
        [sys.executable, str(SERVER), bus_address, str(record)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert _first_line(process.stdout, 10) == "ready"
        yield process, record
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=10)
        assert process.stdout is not None
        process.stdout.close()


def _received(record: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]


def _fake_clock(start: datetime) -> Callable[[], datetime]:
    """A clock that reads ``start`` now and runs on from there."""
    began = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - began)


def test_the_checkin_is_sent_at_its_minute_and_a_click_opens_its_target(
    qtbot: QtBot, bus_address: str, server: tuple[subprocess.Popen[str], Path]
) -> None:
    process, record = server
    planned_from = datetime(2026, 3, 9, tzinfo=UTC)
    plan = checkin_time(SARAH, TOKYO, planned_from)
    due_at = datetime(2026, 3, 9, 13, 30, tzinfo=UTC)  # 09:30 in New York on summer time, 22:30 in Tokyo
    clock = _fake_clock(due_at - timedelta(milliseconds=300))
    reminders = ReminderClock(clock)
    notifier = Notifier(open_session_bus(bus_address), open_text="Open")
    told: list[tuple[Reminder, datetime]] = []

    def tell(reminder: Reminder) -> None:
        told.append((reminder, clock()))
        notifier.notify(reminder.summary, reminder.body, f"{reminder.kind}|{reminder.client}")

    reminders.due.connect(tell)
    with qtbot.waitSignal(notifier.sent, timeout=5000) as sent:
        reminders.set_inputs([ReminderClient("s", SARAH, plan)], TOKYO, (), ReminderSettings())
    assert sent.args == ["Time for the daily update to Sarah", "It is 09:30 for Sarah (22:30 your time)."]
    [(reminder, when)] = told
    assert reminder.at == due_at
    assert due_at <= when < due_at + timedelta(seconds=1)
    [shown] = _received(record)
    assert shown["signature"] == "susssasa{sv}i"
    assert (shown["app"], shown["replaces"], shown["actions"]) == ("Coretime", 0, ["default", "Open"])
    assert shown["hints"] == ["desktop-entry"]
    assert reminders.planned()[0].at == due_at + timedelta(days=1)  # planned again, the next day's

    assert process.stdin is not None
    with qtbot.waitSignal(notifier.activated, timeout=5000) as clicked:
        process.stdin.write(f"click {shown['id']}\n")
        process.stdin.flush()
    assert clicked.args == ["checkin|s"]
    notifier.close()


def test_a_meeting_reminder_and_a_clock_change_notice_go_out_once_each(
    qtbot: QtBot, bus_address: str, server: tuple[subprocess.Popen[str], Path]
) -> None:
    _process, record = server
    plan = checkin_time(SARAH, TOKYO, datetime(2026, 3, 2, tzinfo=UTC))
    notice_at = datetime(2026, 3, 2, 13, 30, tzinfo=UTC)  # a week before Monday's check-in at its new time
    clock = _fake_clock(notice_at - timedelta(milliseconds=200))
    reminders = ReminderClock(clock)
    notifier = Notifier(open_session_bus(bus_address), open_text="Open")
    reminders.due.connect(lambda r: notifier.notify(r.summary, r.body, r.kind))
    on = ReminderSettings(kinds=frozenset(KINDS))
    with qtbot.waitSignal(notifier.sent, timeout=5000):
        reminders.set_inputs([ReminderClient("s", SARAH, plan)], TOKYO, (), on)
    reminders.set_inputs([ReminderClient("s", SARAH, plan)], TOKYO, (), on)  # planned again: not told again
    assert all(r.at > notice_at for r in reminders.planned())
    assert [(n["summary"], n["body"]) for n in _received(record)] == [
        (
            "Clock change ahead: check-in with Sarah",
            "From 2026-03-09 your 09:30 check-in with Sarah is at 22:30, not 23:30.",
        )
    ]
    notifier.close()


def test_without_a_notification_service_the_fallback_tells_it(qtbot: QtBot, bus_address: str) -> None:
    fallen: list[tuple[str, str, str]] = []
    notifier = Notifier(open_session_bus(bus_address), open_text="Open", fallback=lambda *a: fallen.append(a))
    notifier.notify("Summary", "Body", "target")
    qtbot.waitUntil(lambda: bool(fallen), timeout=5000)
    assert fallen == [("Summary", "Body", "target")]
    notifier.close()
    no_bus = Notifier(None, open_text="Open", fallback=lambda *a: fallen.append(a))
    no_bus.notify("Other", "Text", "t2")
    assert fallen[-1] == ("Other", "Text", "t2")
    assert not no_bus.uses_service()


def test_a_click_on_a_checkin_reminder_opens_the_window_on_that_clients_checkin(
    qtbot: QtBot,
    bus_address: str,
    server: tuple[subprocess.Popen[str], Path],
    make_window: Callable[..., Any],
) -> None:
    process, record = server
    window = make_window(notification_bus=lambda: open_session_bus(bus_address))
    client = window.profiles()[-1]
    window.people.select([window.profiles()[1].id])
    window.tabs.show_page(0)
    window.hide()
    with qtbot.waitSignal(window.notifier.sent, timeout=5000):
        window.notifier.notify("Time for the daily update", "It is 09:30", f"checkin|{client.id}")
    [shown] = _received(record)
    assert process.stdin is not None
    with qtbot.waitSignal(window.notifier.activated, timeout=5000):
        process.stdin.write(f"click {shown['id']}\n")
        process.stdin.flush()
    assert window.isVisible()
    assert window.people.selected_ids() == [client.id]
    assert window.tabs.currentWidget() is window.checkin


def test_a_booked_meeting_is_told_of_before_it_starts_and_a_click_opens_the_upcoming_list(
    qtbot: QtBot,
    bus_address: str,
    server: tuple[subprocess.Popen[str], Path],
    make_window: Callable[..., Any],
    tmp_path: Path,
) -> None:
    process, record = server
    start = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)  # Tuesday 09:00 in New York, 23:00 in Tokyo
    call = {"uid": "call@coretime", "with": ["sarah"], "start": "2026-12-08T14:00:00Z", "minutes": 30}
    document = {**PEOPLE, "schema": 4, "meetings": [call]}
    (tmp_path / "profiles.json").write_text(json.dumps(document), encoding="utf-8")
    clock = _fake_clock(start - timedelta(minutes=15, milliseconds=300))
    window = make_window(clock=clock, notification_bus=lambda: open_session_bus(bus_address))
    window.tabs.show_page(0)
    window.hide()
    qtbot.waitUntil(lambda: bool(_received(record)), timeout=5000)
    [shown] = _received(record)
    assert (shown["summary"], shown["body"]) == (
        "Call with Sarah Miller in 15 min",
        "At 23:00 your time (09:00 for Sarah Miller).",
    )
    assert process.stdin is not None
    with qtbot.waitSignal(window.notifier.activated, timeout=5000):
        process.stdin.write(f"click {shown['id']}\n")
        process.stdin.flush()
    assert window.isVisible()
    assert window.tabs.currentWidget() is window.upcoming
    assert "Sarah Miller" in window.upcoming.texts()[0]
