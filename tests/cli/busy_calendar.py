"""A calendar written with icalendar, for the tests that read busy time from a file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def write_calendar(path: Path, *events: tuple[str, datetime, int], weekly: int = 1) -> str:
    cal = Calendar()
    cal.add("prodid", "-//Coretime tests//EN")
    cal.add("version", "2.0")
    for uid, start, minutes in events:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", STAMP)
        event.add("summary", "Call with Sarah")
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=minutes))
        if weekly > 1:
            event.add("rrule", {"freq": "weekly", "count": weekly})
        cal.add_component(event)
    cal.add_missing_timezones()
    path.write_bytes(cal.to_ical())
    return str(path)
