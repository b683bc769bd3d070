"""The rhythm panels read like a colleague's advice: why the check-in is when it is and what to do when it
falls outside your hours; why the deadline's target is where it is; one date format per language; the
sentence to copy right under the plan."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.hours import parse_hours
from app.people import Person
from tests.ui.rhythm_helpers import Clock, english_clock  # noqa: F401 - a fixture
from tests.ui.test_japanese import japanese  # noqa: F401 - a fixture
from ui.checkin_panel import CheckinPanel
from ui.deadline_panel import DeadlinePanel

TOKYO = ZoneInfo("Asia/Tokyo")
ME = Person("Aiko", TOKYO, parse_hours("mon-fri 07:00-09:00 19:00-24:00"))
JONAS = Person("Jonas", ZoneInfo("Europe/Berlin"), parse_hours("mon-fri 09:00-17:00"))
NY = Person("Sarah", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
FRIDAY = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # Friday 18:00 in Tokyo, 10:00 in Berlin


def checkin(qtbot: QtBot, client: Person, now: datetime = FRIDAY) -> CheckinPanel:
    panel = CheckinPanel(Clock(now), lambda _parent, _name: None)
    qtbot.addWidget(panel)
    panel.set_people(ME, client)
    return panel


@pytest.mark.usefixtures("english_clock")
def test_a_check_in_outside_your_hours_comes_with_a_better_moment(qtbot: QtBot) -> None:
    panel = checkin(qtbot, JONAS)
    assert panel.moment.text() == "Send the daily update at 09:45 Jonas time, Mon–Fri"
    assert panel.details.text() == (
        "That is 45 min into their working day: your update is among the first things they read.\n"
        "That is outside your own working hours every day.\n"
        "Better: send it as your day starts, 19:00 your time (11:00 theirs), while they are still at work."
    )
    assert "0 of" not in panel.details.text()


@pytest.mark.usefixtures("english_clock")
def test_a_check_in_inside_your_hours_says_so_plainly(qtbot: QtBot) -> None:
    panel = checkin(qtbot, NY)
    assert panel.details.text().splitlines()[-1] == "It falls inside your own working hours every time."


def deadline_panel(qtbot: QtBot, now: datetime = FRIDAY) -> DeadlinePanel:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    panel = DeadlinePanel(app.clipboard(), Clock(now), ["en", "de", "ja"])
    qtbot.addWidget(panel)
    panel.set_people(ME, NY, "en_US")
    return panel


@pytest.mark.usefixtures("english_clock")
def test_the_target_says_why_it_moved(qtbot: QtBot) -> None:
    panel = deadline_panel(qtbot)
    panel.date.setDate(QDate(2026, 12, 7))  # Monday 17:00 in New York: 24 h before is a Sunday
    panel.time.setTime(QTime(17, 0))
    assert panel.target.text() == "Deliver by Sat 5 Dec 06:30 your time = Fri 4 Dec 16:30 their time"
    assert panel.note.text() == (
        "24 h before the deadline falls outside their working hours, so the target moved to Fri 4 Dec 16:30 "
        "their time: it arrives while they are at work, half an hour before their day ends."
    )
    panel.time.setTime(QTime(17, 0))
    panel.date.setDate(QDate(2026, 12, 9))  # Wednesday 17:00: Tuesday 17:00 is their day's end
    panel.time.setTime(QTime(12, 0))  # Tuesday 12:00 is inside their hours
    assert panel.note.text() == "24 h before the deadline, inside their working hours."
    panel.time.setTime(QTime(12, 10))
    assert panel.note.text().startswith("24 h before the deadline, kept on a quarter hour")


@pytest.mark.usefixtures("english_clock")
def test_no_room_for_a_target_is_said_as_it_is(qtbot: QtBot) -> None:
    short = Person("Sam", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-09:20"))
    panel = deadline_panel(qtbot)
    panel.set_people(ME, short, "en_US")
    panel.date.setDate(QDate(2026, 12, 7))
    assert panel.target.text() == "Deliver as soon as you can."
    assert "no stretch with half an hour to spare" in panel.note.text()
    assert "none of their core time is left" not in panel.note.text()


@pytest.mark.usefixtures("english_clock")
def test_the_sentence_sits_under_the_plan(qtbot: QtBot) -> None:
    panel = deadline_panel(qtbot)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.date.setDate(QDate(2026, 12, 7))
    QApplication.processEvents()
    gap = panel.sentence.y() - (panel.note.y() + panel.note.height())
    assert 0 <= gap < 3 * panel.fontMetrics().lineSpacing()
    assert abs(panel.copy_button.y() - panel.sentence.y()) < panel.fontMetrics().lineSpacing()


@pytest.mark.usefixtures("japanese")
def test_one_date_format_per_language(qtbot: QtBot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    try:
        panel = deadline_panel(qtbot)
        panel.date.setDate(QDate(2026, 12, 7))
        panel.time.setTime(QTime(17, 0))
        assert panel.date.text() == "2026年12月7日(月)"
        assert "12月5日(土)" in panel.target.text()
        assert "12月4日(金)" in panel.note.text()
        assert panel.note.text().startswith("締め切りの24時間前は相手の稼働時間外なので")
    finally:
        QLocale.setDefault(before)
