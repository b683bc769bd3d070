"""The deadline tab: the client's deadline on the freelancer's clock with a countdown, the target on both
clocks, the sentence Copy puts on the clipboard exactly, and bad input told inline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.rhythm_helpers import Clock, english_clock  # noqa: F401 - a fixture
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]
pytestmark = pytest.mark.usefixtures("english_clock")


def deadline_tab(make_window: Factory, qtbot: QtBot, clock: Clock) -> MainWindow:
    window = make_window(clock=clock)
    qtbot.waitUntil(lambda: window.deadline.plan() is not None)
    window.tabs.show_page(2)
    return window


def test_friday_end_of_day_on_both_clocks_with_the_target(make_window: Factory, qtbot: QtBot) -> None:
    clock = Clock(datetime(2026, 3, 9, 0, 0, tzinfo=UTC))
    window = deadline_tab(make_window, qtbot, clock)
    panel = window.deadline
    panel.date.setDate(QDate(2026, 3, 13))
    panel.end_of_day.setChecked(True)
    assert not panel.time.isEnabled()
    assert panel.due_mine.text() == "Deadline: Sat 14 Mar 06:00 your time"
    assert panel.due_client.text() == "= Fri 13 Mar 17:00 end of their day (New York)"
    assert panel.countdown.text() == "4 d 21 h left"
    assert panel.target.text() == "Deliver by Fri 13 Mar 05:30 your time = Thu 12 Mar 16:30 their time"
    assert panel.note.text() == (
        "24 h before the deadline falls outside their working hours, so the target moved to Thu 12 Mar 16:30 "
        "their time: it arrives while they are at work, half an hour before their day ends."
    )
    assert panel.sentence.text() == "I will deliver by Fri, Mar 13, 5:00 PM EDT."
    QApplication.clipboard().clear()
    with qtbot.waitSignal(panel.copied) as copied:
        qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert copied.args == [panel.sentence.text()]
    assert QApplication.clipboard().text() == panel.sentence.text()


def test_the_countdown_follows_the_minute_timer(make_window: Factory, qtbot: QtBot) -> None:
    clock = Clock(datetime(2026, 3, 13, 18, 0, tzinfo=UTC))  # Friday 14:00 in New York
    window = deadline_tab(make_window, qtbot, clock)
    panel = window.deadline
    panel.date.setDate(QDate(2026, 3, 13))
    panel.time.setTime(QTime(17, 0))
    assert panel.countdown.text() == "3 h left"
    assert panel.note.text().startswith("24 h before the deadline has already passed: this is the latest")
    assert panel.target.text() == "Deliver by Sat 14 Mar 05:30 your time = Fri 13 Mar 16:30 their time"
    clock.now += timedelta(minutes=1)
    window.minute.timer.timeout.emit()
    assert panel.countdown.text() == "2 h 59 min left"
    clock.now += timedelta(hours=4)
    window.minute.timer.timeout.emit()
    assert panel.countdown.text() == "Overdue by 1 h 1 min"


def test_the_language_follows_the_choice(make_window: Factory, qtbot: QtBot) -> None:
    window = deadline_tab(make_window, qtbot, Clock(datetime(2026, 3, 9, tzinfo=UTC)))
    panel = window.deadline
    panel.date.setDate(QDate(2026, 3, 13))
    panel.time.setTime(QTime(17, 0))
    assert panel.language.itemText(0) == "The client's language (en_US)"
    panel.language.setCurrentIndex(panel.language.findData("de"))
    assert panel.sentence.text().startswith("Ich liefere bis spätestens Fr., 13. März")


def test_end_of_day_on_a_day_they_do_not_work_is_told_inline(make_window: Factory, qtbot: QtBot) -> None:
    window = deadline_tab(make_window, qtbot, Clock(datetime(2026, 3, 9, tzinfo=UTC)))
    panel = window.deadline
    panel.date.setDate(QDate(2026, 3, 15))  # a Sunday
    panel.end_of_day.setChecked(True)
    assert panel.error.isVisible()
    assert "the client has no hours on Sun 2026-03-15" in panel.error.text()
    assert panel.plan() is None
    assert panel.sentence.text() == ""
    assert not panel.copy_button.isEnabled()
    panel.end_of_day.setChecked(False)  # a time on that day is fine
    assert not panel.error.isVisible()
    assert panel.sentence.text() == "I will deliver by Sun, Mar 15, 5:00 PM EDT."


def test_the_target_keeps_clear_of_busy_time_and_says_so(make_window: Factory, qtbot: QtBot) -> None:
    clock = Clock(datetime(2026, 3, 9, 0, 0, tzinfo=UTC))
    window = deadline_tab(make_window, qtbot, clock)
    panel = window.deadline
    # A call on Friday 13 March 03:00-06:00 in Tokyo: Thursday 14:00-17:00 in New York.
    call = (
        int(datetime(2026, 3, 12, 18, tzinfo=UTC).timestamp()),
        int(datetime(2026, 3, 12, 21, tzinfo=UTC).timestamp()),
    )
    panel.busy_between = lambda start, end: [call]
    panel.date.setDate(QDate(2026, 3, 13))
    panel.end_of_day.setChecked(True)
    assert panel.target.text() == "Deliver by Fri 13 Mar 02:30 your time = Thu 12 Mar 13:30 their time"
    assert (
        panel.note.text().splitlines()[1]
        == "Kept clear of your busy time, Fri 13 Mar 03:00 to 06:00 your time."
    )


def test_the_target_comes_before_their_day_off_and_says_so(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    from app.profiles import Profile, ProfileStore

    me = Profile(id="me", name="Aiko", zone="Asia/Tokyo", hours="mon-fri 07:00-09:00 19:00-24:00", is_me=True)
    sarah = Profile(
        id="sarah", name="Sarah", zone="America/New_York", hours="mon-fri 09:00-17:00", days_off="2026-03-12"
    )
    ProfileStore(tmp_path / "profiles.json").save([me, sarah])
    window = deadline_tab(make_window, qtbot, Clock(datetime(2026, 3, 9, 0, 0, tzinfo=UTC)))
    panel = window.deadline
    panel.date.setDate(QDate(2026, 3, 13))
    panel.end_of_day.setChecked(True)
    # 24 h before Friday's end of day is Thursday, her day off: the target is Wednesday's end of day.
    assert panel.target.text() == "Deliver by Thu 12 Mar 05:30 your time = Wed 11 Mar 16:30 their time"
    assert "Before their days off: Thu 12 Mar." in panel.note.text().splitlines()
