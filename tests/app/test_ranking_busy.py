"""Suggestions keep off the freelancer's busy time: no option overlaps a busy span, in shared time and
among the least-bad options alike, across random zones and random calendars read from .ics files."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event

from app.busy import merged_busy, read_calendar
from app.hours import parse_hours
from app.overlap import day_bounds
from app.people import Person
from app.ranking import rank_options
from tests.strategies import zone_names

NOW = datetime(2026, 3, 1, tzinfo=UTC)
HOUR = timedelta(hours=1)


def ranked(
    busy: list[tuple[int, int]], my_hours: str = "mon-fri 20:00-24:00", **extra: object
) -> list[datetime]:
    me = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours(my_hours))
    client = Person("client", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
    start, end = day_bounds(date(2026, 3, 9), 5, me.zone)
    options = rank_options(
        [me, client],
        client=client,
        start=start,
        end=end,
        duration=HOUR,
        now=NOW,
        busy=busy,
        **extra,  # type: ignore[arg-type]
    )
    return [o.interval.start for o in options]


def span(start: datetime, minutes: int) -> tuple[int, int]:
    return int(start.timestamp()), int(start.timestamp()) + minutes * 60


def test_a_booked_hour_is_not_offered_again() -> None:
    free = ranked([])
    assert datetime(2026, 3, 9, 13, tzinfo=UTC) in free  # Monday 09:00 in New York, 22:00 in Tokyo
    taken = ranked([span(datetime(2026, 3, 9, 13, 30, tzinfo=UTC), 30)])
    assert datetime(2026, 3, 9, 13, tzinfo=UTC) not in taken
    assert all(
        not (s < datetime(2026, 3, 9, 14, tzinfo=UTC) and s + HOUR > datetime(2026, 3, 9, 13, 30, tzinfo=UTC))
        for s in taken
    )
    assert len(taken) == 3


def test_least_bad_options_keep_off_busy_time_too() -> None:
    # The freelancer's hours never meet the client's: every option is least-bad.
    hours = "mon-fri 09:00-12:00"
    free = ranked([], my_hours=hours)
    assert free
    busy = [span(s, 60) for s in free]
    taken = ranked(busy, my_hours=hours)
    assert taken
    assert not set(taken) & set(free)
    assert all(not (a < int(s.timestamp()) + 3600 and int(s.timestamp()) < b) for s in taken for a, b in busy)


@st.composite
def calendars(draw: st.DrawFn, first: date) -> tuple[bytes, list[tuple[datetime, datetime]]]:
    """A calendar of random events, some weekly, in random zones; and its occurrences, by plain loops."""
    cal = Calendar()
    cal.add("prodid", "-//Coretime tests//EN")
    cal.add("version", "2.0")
    occurrences = []
    for number in range(draw(st.integers(1, 12))):
        zone = ZoneInfo(draw(zone_names))
        day = first + timedelta(days=draw(st.integers(-1, 7)))
        at = time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30, 45])))
        minutes = draw(st.sampled_from([15, 30, 60, 90, 180, 600]))
        weeks = draw(st.sampled_from([1, 1, 2, 3]))
        begin = datetime.combine(day, at, zone)
        event = Event()
        event.add("uid", f"e{number}")
        event.add("dtstamp", NOW)
        event.add("dtstart", begin)
        event.add("dtend", begin + timedelta(minutes=minutes))
        if weeks > 1:
            event.add("rrule", {"freq": "weekly", "count": weeks})
        cal.add_component(event)
        for week in range(weeks):
            # Wall-clock arithmetic, as RFC 5545 repeats a zoned time; the end keeps the exact length.
            local = datetime.combine(day + timedelta(days=7 * week), at, zone)
            occurrences.append((local, local + timedelta(minutes=minutes)))
    cal.add_missing_timezones()
    return bytes(cal.to_ical()), occurrences


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), me=zone_names, client=zone_names, wide=st.booleans())
def test_no_option_overlaps_any_busy_event(data: st.DataObject, me: str, client: str, wide: bool) -> None:
    first = date(2026, 3, 23)  # Europe's and others' spring changes fall in the range
    ics, occurrences = data.draw(calendars(first))
    mine = Person("me", ZoneInfo(me), parse_hours("daily 06:00-23:00" if wide else "mon-fri 20:00-23:00"))
    theirs = Person("client", ZoneInfo(client), parse_hours("mon-fri 09:00-17:00"))
    start, end = day_bounds(first, 7, mine.zone)
    read = read_calendar(ics, source="random.ics", start=start, end=end, zone=mine.zone)
    assert read.error is None
    options = rank_options(
        [mine, theirs],
        client=theirs,
        start=start,
        end=end,
        duration=timedelta(minutes=data.draw(st.sampled_from([30, 60]))),
        now=datetime.combine(first, time(), UTC) - timedelta(days=2),
        count=data.draw(st.integers(1, 5)),
        busy=merged_busy([read]),
    )
    for option in options:
        for a, b in occurrences:
            assert not (option.interval.start < b and a < option.interval.end), (option, a, b)
