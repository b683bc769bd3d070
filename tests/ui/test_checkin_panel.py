"""The daily check-in tab: the moment on both clocks, the clock-change warning with dates, the markers
on the timeline, and a reminder series that other calendar software reads back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.rhythm_helpers import english_clock  # noqa: F401 - a fixture
from ui.main_window import MainWindow
from ui.timeline_layout import Kind

Factory = Callable[..., MainWindow]
NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
pytestmark = pytest.mark.usefixtures("english_clock")


def ready(make_window: Factory, qtbot: QtBot) -> MainWindow:
    """The first-launch window (Tokyo freelancer, New York sample client) once the check-in is planned."""
    window = make_window()
    qtbot.waitUntil(lambda: window.checkin.plan() is not None)
    return window


def test_the_plan_on_both_clocks_with_the_clock_change_warning(make_window: Factory, qtbot: QtBot) -> None:
    window = ready(make_window, qtbot)
    window.tabs.show_page(1)
    panel = window.checkin
    assert panel.isVisible()
    assert panel.moment.text() == "Send the daily update at 09:00 Sample client time, Mon–Fri"
    assert panel.mine.text() == (
        "That is 22:00 on your clock. Next: Mon 9 Mar 22:00 your time (Mon 9 Mar 09:00 theirs)."
    )
    assert panel.details.text() == (
        "That is when their working day starts: your update is the first thing they read.\n"
        "It falls inside your own working hours every time."
    )
    assert panel.warning.isVisible()
    assert panel.warning_text() == (
        "When the clocks change, it moves on your clock:\n"
        "From Mon, 2 Nov 2026: 23:00 your time (was 22:00) — New York changes its clocks."
    )


def test_the_timeline_marks_each_working_day_in_view(make_window: Factory, qtbot: QtBot) -> None:
    window = ready(make_window, qtbot)
    marks = window.timeline.checkins()
    facts = window.timeline.facts()
    assert facts is not None
    assert [m.astimezone(NY).strftime("%a %H:%M") for m in marks] == [
        "Mon 09:00",
        "Tue 09:00",
        "Wed 09:00",
        "Thu 09:00",
        "Fri 09:00",
    ]
    layout = window.timeline.layout_result()
    assert layout is not None
    boxes = [b for b in layout.boxes if b.kind is Kind.CHECKIN]
    assert [round(b.rect.x + b.rect.w / 2) for b in boxes] == [round(layout.x_of(m)) for m in marks]
    window.next_week.trigger()
    assert window.timeline.checkins()[0] == datetime(2026, 3, 16, 13, tzinfo=UTC), "follows the view"


def test_export_writes_a_weekly_reminder_that_vobject_reads(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    asked: list[str] = []

    def choose(_parent: QWidget, name: str) -> str:
        asked.append(name)
        return str(tmp_path / name)

    window = make_window(choose_save_path=choose)
    qtbot.waitUntil(lambda: window.checkin.plan() is not None)
    window.tabs.show_page(1)
    with qtbot.waitSignal(window.checkin.exported) as saved:
        qtbot.mouseClick(window.checkin.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["daily-update-sample-client.ics"]
    assert saved.args == [str(tmp_path / "daily-update-sample-client.ics")]
    event = vobject.readOne((tmp_path / asked[0]).read_text(encoding="utf-8")).vevent
    assert event.rrule.value.startswith("FREQ=WEEKLY;")
    assert "BYDAY=MO,TU,WE,TH,FR" in event.rrule.value
    start = event.dtstart.value
    assert (start.hour, start.minute) == (9, 0)
    assert start.tzinfo is not None
    assert start.astimezone(TOKYO).hour == 22, "09:00 in New York is 22:00 in Tokyo in March"
    assert event.valarm.action.value == "DISPLAY"
    assert event.summary.value == "Send the daily update to Sample client"
    assert "Saved" in window.checkin.status.text()
    assert not list(tmp_path.glob(".*.tmp")), "written atomically: no temporary file left behind"


def test_a_failed_save_is_told_in_the_panel(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "x.ics"
    window = make_window(choose_save_path=lambda _parent, _name: str(missing))
    qtbot.waitUntil(lambda: window.checkin.plan() is not None)
    window.checkin.export()
    assert "could not be saved" in window.checkin.status.text()
    assert not missing.exists()


def test_alt_digits_switch_the_tabs_and_every_new_control_has_a_name(
    make_window: Factory, qtbot: QtBot
) -> None:
    window = ready(make_window, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for digit, page, focus in (
        (Qt.Key.Key_2, window.checkin, window.checkin.export_button),
        (Qt.Key.Key_3, window.deadline, window.deadline.date),
        (Qt.Key.Key_1, window.proposal, window.proposal.duration),
    ):
        qtbot.keyClick(window.people.list, digit, Qt.KeyboardModifier.AltModifier)
        assert window.tabs.currentWidget() is page
        qtbot.waitUntil(focus.hasFocus)
    controls = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox)
    for panel in (window.checkin, window.deadline):
        for widget in panel.findChildren(QWidget):
            if isinstance(widget, controls) and widget.parent() is panel:
                assert widget.accessibleName(), f"{type(widget).__name__} in {type(panel).__name__}"
    # Tab from the timeline lands in whichever page shows.
    window.tabs.show_page(2)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.deadline.date.hasFocus)


def test_days_off_and_a_trip_are_named_in_the_plan(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    """Jonas takes Christmas Eve off and spends two days in Lisbon: the panel says the update skips the
    one and comes at its usual wall time on Lisbon's clock on the others: an hour later in Tokyo."""
    from app.profiles import Profile, ProfileStore

    me = Profile(id="me", name="Aiko", zone="Asia/Tokyo", hours="mon-fri 07:00-09:00 17:00-24:00", is_me=True)
    jonas = Profile(
        id="jonas",
        name="Jonas",
        zone="Europe/Berlin",
        hours="mon-fri 09:00-17:00",
        days_off="2026-12-24",
        away="2026-12-10..2026-12-11 Europe/Lisbon",
    )
    ProfileStore(tmp_path / "profiles.json").save([me, jonas])
    window = make_window(clock=lambda: datetime(2026, 12, 7, 3, 0, tzinfo=UTC))
    qtbot.waitUntil(lambda: window.checkin.plan() is not None)
    window.tabs.show_page(1)
    lines = window.checkin.details.text().splitlines()
    assert "None on their days off: Thu 24 Dec." in lines, lines
    assert "While they are in Lisbon (Thu 10 Dec–Fri 11 Dec): at 09:45 there, 18:45 your time." in lines, (
        lines
    )
    assert window.checkin.moment.text() == "Send the daily update at 09:45 Jonas time, Mon–Fri"
    # The trip moves it on the freelancer's clock, and is said to be the reason: no clock changed.
    warning = window.checkin.warning_text().splitlines()
    assert warning[0] == "When the clocks change or they travel, it moves on your clock:"
    there = "From Thu, 10 Dec 2026: 18:45 your time (was 17:45) — they are in Lisbon."
    back = "From Mon, 14 Dec 2026: 17:45 your time (was 18:45) — they are back from Lisbon."
    assert there in warning, warning
    assert back in warning, warning
