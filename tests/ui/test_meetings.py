"""Meetings booked in the window: from an option, an exported slot or a pasted time; listed as Upcoming on
both clocks with the time left; drawn on the timeline; kept out of the next proposal, to anyone; reminded
of; moved and cancelled with calendar files that name the same event. Checked as the freelancer reads
them: the list's lines, the tab's title, the files written, the people file."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.intervals import Interval
from tests.ui.trio import PEOPLE
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]
NY, TOKYO = ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # Friday 18:00 in Tokyo, Friday 04:00 in New York


def trio(make_window: Factory, tmp_path: Path, *, select: str = "sarah") -> MainWindow:
    (tmp_path / "profiles.json").write_text(json.dumps(PEOPLE), encoding="utf-8")
    window = make_window(clock=lambda: NOW)
    window.people.select([select])
    assert window.people.selected_ids() == [select]
    return window


def event_in(path: Path) -> tuple[icalendar.Calendar, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    (event,) = calendar.walk("VEVENT")
    return calendar, event


def stored_meetings(tmp_path: Path) -> list[dict[str, object]]:
    meetings: list[dict[str, object]] = json.loads((tmp_path / "profiles.json").read_text("utf-8"))[
        "meetings"
    ]
    return meetings


def test_an_accepted_option_is_booked_listed_on_both_clocks_saved_and_kept_out_of_the_next_proposal(
    make_window: Factory, tmp_path: Path
) -> None:
    window = trio(make_window, tmp_path)
    assert window.upcoming.texts() == []
    assert window.upcoming.empty.isVisible() or not window.upcoming.isVisible()
    state = window.proposal_state()
    assert state is not None
    first = state.choices[0].interval
    window.proposal.options.book_buttons[0].click()

    wall, mine = first.start.astimezone(NY), first.start.astimezone(TOKYO)
    name = f"call-sarah-miller-{wall:%Y-%m-%d-%H%M}.ics"
    calendar, event = event_in(tmp_path / name)
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert event.decoded("DTSTART") == first.start
    uid = str(event["UID"])
    (stored,) = stored_meetings(tmp_path)
    assert stored["uid"] == uid
    assert stored["with"] == ["sarah"]
    assert stored["start"] == f"{first.start:%Y-%m-%dT%H:%M:%SZ}"

    (line,) = window.upcoming.texts()
    theirs, own = line.split("\n")
    assert "Sarah Miller" in theirs
    assert "New York" in theirs
    assert f"{wall.hour}:{wall:%M}" in theirs or f"{wall:%H:%M}" in theirs
    assert f"{mine:%H:%M}" in own or f"{mine.hour}:{mine:%M}" in own
    assert "your time" in own
    hours_left = int((first.start - NOW).total_seconds() // 3600)
    assert f"in {hours_left // 24} d" in own or f"in {hours_left} h" in own
    assert window.tabs.tabText(3) == "Upcoming (1)"
    assert window.timeline.meetings() == ((first, "Sarah"),)
    assert len(window.tray.meeting_lines()) == 1

    window.people.select(["jonas"])
    after = window.proposal_state()
    assert after is not None
    assert all(not (c.interval.start < first.end and first.start < c.interval.end) for c in after.choices)
    meetings = [r for r in window.reminder_clock.planned() if r.kind == "meeting"]
    assert [r.subject for r in meetings] == [first.start]
    assert meetings[0].at == first.start - timedelta(minutes=15)

    again = make_window(clock=lambda: NOW)  # a restart reads the booking back
    assert [r.uid for r in again.upcoming.rows()] == [uid]


def test_moving_writes_an_update_and_cancelling_a_cancellation_of_the_same_event(
    qtbot: QtBot, make_window: Factory, tmp_path: Path
) -> None:
    window = trio(make_window, tmp_path)
    start = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)  # Tuesday 09:00 in New York
    window.book(Interval(start, start + timedelta(minutes=30)))
    (row,) = window.upcoming.rows()
    assert not window.upcoming.buttons[0]["move"].isEnabled(), "nothing picked to move it to"
    later = datetime(2026, 12, 9, 15, 0, tzinfo=UTC)  # Wednesday 10:00 in New York
    window.timeline.set_selection(Interval(later, later + timedelta(minutes=45)))
    assert window.upcoming.buttons[0]["move"].isEnabled()
    window.upcoming.buttons[0]["move"].click()

    _calendar, moved = event_in(tmp_path / "moved-call-sarah-miller-2026-12-09-1000.ics")
    assert (str(moved["UID"]), int(moved["SEQUENCE"])) == (row.uid, 1)
    assert moved.decoded("DTSTART") == later
    assert moved.decoded("DTEND") - later == timedelta(minutes=45)
    (stored,) = stored_meetings(tmp_path)
    assert (stored["start"], stored["minutes"], stored["sequence"]) == ("2026-12-09T15:00:00Z", 45, 1)
    assert "Wed" in window.upcoming.texts()[0]
    assert window.timeline.selection() is None

    window.upcoming.buttons[0]["cancel"].click()
    question = window.cancel_question
    assert question is not None
    assert "Sarah Miller" in question.text()
    (with_file,) = [b for b in question.buttons() if b.text() == "Cancel and save the file…"]
    with_file.click()
    qtbot.waitUntil(lambda: window.cancel_question is None)
    calendar, cancelled = event_in(tmp_path / "cancelled-call-sarah-miller-2026-12-09-1000.ics")
    assert str(calendar["METHOD"]) == "CANCEL"
    assert (str(cancelled["UID"]), int(cancelled["SEQUENCE"]), str(cancelled["STATUS"])) == (
        row.uid,
        2,
        "CANCELLED",
    )
    assert window.upcoming.texts() == []
    assert stored_meetings(tmp_path) == []
    assert window.timeline.meetings() == ()
    assert window.tabs.tabText(3) == "Upcoming"


def test_keeping_the_meeting_changes_nothing(qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    window = trio(make_window, tmp_path)
    start = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)
    window.book(Interval(start, start + timedelta(minutes=30)))
    window.upcoming.buttons[0]["cancel"].click()
    question = window.cancel_question
    assert question is not None
    question.button(QMessageBox.StandardButton.NoButton)  # the custom buttons only
    (keep,) = [b for b in question.buttons() if b.text() == "Keep the meeting"]
    keep.click()
    qtbot.waitUntil(lambda: window.cancel_question is None)
    assert len(stored_meetings(tmp_path)) == 1
    assert len(window.upcoming.texts()) == 1


def test_an_exported_slot_and_a_pasted_time_are_booked_too(make_window: Factory, tmp_path: Path) -> None:
    window = trio(make_window, tmp_path)
    start = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)
    window.timeline.set_selection(Interval(start, start + timedelta(minutes=30)))
    window.export("slot")
    assert [r.theirs.astimezone(UTC) for r in window.upcoming.rows()] == [start]
    window.proposal.convert.field.setText("Wednesday 11am works?")
    window.proposal.convert.read()
    conversion = window.proposal.convert.conversion()
    assert conversion is not None
    assert window.proposal.convert.book_button.isVisible() or not window.isVisible()
    window.proposal.convert.book_button.click()
    wednesday = datetime(2026, 12, 9, 16, 0, tzinfo=UTC)  # 11:00 in New York
    assert [r.theirs.astimezone(UTC) for r in window.upcoming.rows()] == [start, wednesday]
    assert (tmp_path / "call-sarah-miller-2026-12-09-1100.ics").exists(), "booked and its file saved"


def test_a_time_already_begun_is_not_booked_and_removing_a_client_takes_their_meetings(
    make_window: Factory, tmp_path: Path
) -> None:
    window = trio(make_window, tmp_path)
    window.book(Interval(NOW - timedelta(minutes=5), NOW + timedelta(minutes=25)))
    assert window.upcoming.rows() == ()
    assert "That time has begun already" in window.notices.label.text()
    start = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)
    window.book(Interval(start, start + timedelta(minutes=30)))
    assert len(stored_meetings(tmp_path)) == 1
    window._remove_confirmed("sarah")
    assert stored_meetings(tmp_path) == []
    assert window.upcoming.rows() == ()


def test_a_pasted_time_at_a_booked_meeting_is_said_to_be_busy(make_window: Factory, tmp_path: Path) -> None:
    window = trio(make_window, tmp_path)
    start = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)  # Tuesday 09:00 in New York, 23:00 in Tokyo
    window.book(Interval(start, start + timedelta(minutes=30)))
    box = window.proposal.convert
    box.field.setText("Tuesday 9am")
    box.read()
    assert "you are busy then" in box.result.text()
    assert "works for me" not in box.reply.toPlainText()
    box.field.setText("Tuesday 10am")
    box.read()
    assert "you are busy then" not in box.result.text()


def test_a_booked_meeting_is_drawn_and_named_on_the_freelancers_row_in_the_week(
    make_window: Factory, tmp_path: Path
) -> None:
    from ui.timeline_layout import Kind

    window = trio(make_window, tmp_path)
    start = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)
    window.book(Interval(start, start + timedelta(minutes=30)))
    window.show_meeting(window.upcoming.rows()[0].uid)
    layout = window.timeline.layout_result()
    assert layout is not None
    (box,) = [b for b in layout.boxes if b.kind is Kind.MEETING]
    assert box.rect.w >= layout.pad, "a half-hour in a week stays wide enough to see"
    assert layout.lane_tops[0] <= box.rect.y < layout.lane_tops[0] + layout.lane_height, (
        "on the freelancer's row"
    )
    (label,) = [label for label in layout.labels if label.kind is Kind.MEETING_LABEL]
    assert label.text == "Sarah"
    assert abs((label.rect.x + label.rect.w / 2) - (box.rect.x + box.rect.w / 2)) < 2, "under its meeting"
