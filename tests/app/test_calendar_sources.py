"""The calendar sources the desktop app keeps: one settings line each, read into a parsed calendar or the
reason it could not be read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from app.calendar_sources import CalendarSource, busy_spans, read_source, source_from_text, source_text
from app.intervals import seconds

NOW = datetime(2026, 3, 1, 8, tzinfo=UTC)
TOKYO = ZoneInfo("Asia/Tokyo")


def calendar(*events: tuple[str, datetime, dict[str, object]]) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Coretime tests//EN")
    cal.add("version", "2.0")
    for uid, start, extra in events:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", NOW)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(hours=1))
        for name, value in extra.items():
            event.add(name, value)
        cal.add_component(event)
    return bytes(cal.to_ical())


def test_a_source_survives_its_settings_line_and_bad_lines_are_none() -> None:
    for source in (CalendarSource("/home/me/work.ics"), CalendarSource("webcal://example.com/a", True, True)):
        assert source_from_text(source_text(source)) == source
    assert source_from_text("not json") is None
    assert source_from_text('{"location": ""}') is None
    assert source_from_text("[1, 2]") is None


def test_a_file_is_read_with_its_events_counted_a_series_once(tmp_path: Path) -> None:
    path = tmp_path / "mine.ics"
    start = datetime(2026, 3, 2, 13, tzinfo=UTC)
    path.write_bytes(
        calendar(
            ("one@example.com", start, {}),
            ("weekly@example.com", start + timedelta(hours=3), {"rrule": {"freq": "weekly"}}),
            ("free@example.com", start + timedelta(hours=5), {"transp": "TRANSPARENT"}),
        )
    )
    state = read_source(CalendarSource(str(path)), zone=TOKYO, my_addresses=(), cache_dir=None, now=NOW)
    assert state.problem is None
    assert state.fetched_at is None
    assert state.events == 2
    spans = busy_spans([state], start, start + timedelta(days=8))
    weekly = start + timedelta(hours=3)
    assert spans == [
        (seconds(start), seconds(start + timedelta(hours=1))),
        (seconds(weekly), seconds(weekly + timedelta(hours=1))),
        (seconds(weekly + timedelta(days=7)), seconds(weekly + timedelta(days=7, hours=1))),
    ]


def test_a_missing_file_or_a_non_calendar_gives_its_reason(tmp_path: Path) -> None:
    missing = read_source(
        CalendarSource(str(tmp_path / "gone.ics")), zone=TOKYO, my_addresses=(), cache_dir=None, now=NOW
    )
    assert missing.calendar is None
    assert missing.problem is not None
    assert missing.problem.english().startswith(f"{tmp_path / 'gone.ics'}: cannot be read (")
    text = tmp_path / "notes.ics"
    text.write_text("shopping list\n")
    wrong = read_source(CalendarSource(str(text)), zone=TOKYO, my_addresses=(), cache_dir=None, now=NOW)
    assert wrong.calendar is None
    assert wrong.problem is not None
    assert "not a calendar" in wrong.problem.english()
    assert busy_spans([missing, wrong], NOW, NOW + timedelta(days=1)) == []
