"""Weekly series at the edges of clock changes, read back with icalendar + recurring-ical-events and held
to an independent placement of each wall time: a first meeting in either pass of a fold, a first meeting
whose end falls in a fold, later meetings in a fold or a gap, and which dates the series reports."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from app.ics import IcsError, Meeting, Weekly, series_calendar, series_clock_dates
from tests.strategies import clock_changes_in, zone_names

NOW = datetime(2026, 3, 1, tzinfo=UTC)
NEW_YORK = ZoneInfo("America/New_York")
SANTIAGO = ZoneInfo("America/Santiago")
CHANGING = [
    "America/New_York", "Europe/London", "America/Santiago", "America/Havana", "Australia/Lord_Howe",
    "Antarctica/Troll", "Europe/Dublin", "Australia/Sydney", "Pacific/Chatham", "Asia/Tehran",
]  # fmt: skip


def expand(data: bytes) -> list[tuple[datetime, timedelta]]:
    """Each meeting of the file as recurring-ical-events places it: its UTC start and its length."""
    calendar = icalendar.Calendar.from_ical(data)
    found = []
    for meeting in recurring_ical_events.of(calendar).between(datetime(1990, 1, 1), datetime(2060, 1, 1)):
        start, end = meeting["DTSTART"].dt.astimezone(UTC), meeting["DTEND"].dt.astimezone(UTC)
        found.append((start, end - start))
    return sorted(found)


def placements(wall: datetime, zone: ZoneInfo) -> list[datetime]:
    """Every UTC instant at which ``zone``'s clock reads ``wall``, earliest first: none in a gap, two in a
    fold. Judged by reading the clock at each offset the zone shows within a day and a half."""
    guess = wall.replace(tzinfo=UTC)
    offsets = {(guess + timedelta(hours=h)).astimezone(zone).utcoffset() for h in range(-36, 37)}
    found = set()
    for offset in offsets:
        assert offset is not None
        instant = guess - offset
        if instant.astimezone(zone).replace(tzinfo=None) == wall:
            found.add(instant)
    return sorted(found)


def series(start: datetime, minutes: int, zone: ZoneInfo, count: int) -> bytes:
    meeting = Meeting(start, timedelta(minutes=minutes), "Call")
    return series_calendar(meeting=meeting, weekly=Weekly(zone, count=count), now=NOW)


def weekly_walls(first: datetime, count: int) -> list[datetime]:
    return [first + timedelta(weeks=k) for k in range(count)]


def test_a_series_from_the_second_pass_of_a_fold_starts_there() -> None:
    # 06:30Z on 1 November 2026 is 01:30 EST, the second 01:30 of that night in New York.
    start = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)
    data = series(start, 30, NEW_YORK, 2)
    assert expand(data) == [
        (start, timedelta(minutes=30)),
        (start + timedelta(weeks=1), timedelta(minutes=30)),
    ]
    assert b"RDATE:20261101T063000Z\r\n" in data
    assert b"DTSTART;TZID=America/New_York:20261108T013000\r\n" in data


def test_a_series_whose_first_meeting_ends_in_a_fold_keeps_its_length() -> None:
    # 23:00 on 4 April 2026 in Santiago is itself in a fold (24:00 goes back to 23:00); 90 minutes on.
    start = datetime(2026, 4, 5, 2, 0, tzinfo=UTC)
    data = series(start, 90, SANTIAGO, 3)
    assert [length for _, length in expand(data)] == [timedelta(minutes=90)] * 3
    assert expand(data)[0][0] == start
    # 01:30 EDT for an hour ends at the second 01:30: a zero-length meeting before.
    start = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    data = series(start, 60, NEW_YORK, 2)
    assert expand(data) == [
        (start, timedelta(hours=1)),
        (datetime(2026, 11, 8, 6, 30, tzinfo=UTC), timedelta(hours=1)),
    ]
    # Spanning the fold with the start outside it: that meeting is written as its exact UTC instant, and
    # the series on the clock from the next one, which no calendar can mismeasure.
    start = datetime(2026, 11, 1, 3, 30, tzinfo=UTC)  # 23:30 EDT on 31 October, for two and a half hours
    data = series(start, 150, NEW_YORK, 2)
    assert b"RDATE:20261101T033000Z\r\n" in data
    assert b"DTSTART;TZID=America/New_York:20261107T233000\r\n" in data
    assert b"DTEND;TZID=America/New_York:20261108T020000\r\n" in data
    assert [length for _, length in expand(data)] == [timedelta(minutes=150)] * 2


def test_a_later_meeting_in_a_fold_is_reported_with_both_readings() -> None:
    start = datetime(2026, 10, 25, 5, 30, tzinfo=UTC)  # Sunday 01:30 EDT
    meeting = Meeting(start, timedelta(minutes=30), "Call")
    dates = series_clock_dates(meeting, Weekly(NEW_YORK, count=3))
    assert [(d.day, d.wall, d.kind, d.start, d.exact, d.other) for d in dates] == [
        (date(2026, 11, 1), time(1, 30), "fold", datetime(2026, 11, 1, 5, 30, tzinfo=UTC), False,
         datetime(2026, 11, 1, 6, 30, tzinfo=UTC)),
    ]  # fmt: skip
    assert series_clock_dates(meeting, Weekly(NEW_YORK, count=3, skip=(date(2026, 11, 1),))) == ()
    second_pass = Meeting(datetime(2026, 11, 1, 6, 30, tzinfo=UTC), timedelta(minutes=30), "Call")
    first = series_clock_dates(second_pass, Weekly(NEW_YORK, count=2))
    assert [(d.day, d.kind, d.exact, d.other) for d in first] == [(date(2026, 11, 1), "fold", True, None)]


def test_a_later_meeting_in_a_gap_is_refused_or_comes_at_the_jump() -> None:
    start = datetime(2026, 3, 1, 7, 30, tzinfo=UTC)  # Sunday 02:30 EST; 8 March skips 02:00-03:00
    meeting = Meeting(start, timedelta(minutes=30), "Call")
    with pytest.raises(IcsError, match="does not exist on 2026-03-08"):
        series_calendar(meeting=meeting, weekly=Weekly(NEW_YORK, count=3), now=NOW)
    gap = series_clock_dates(meeting, Weekly(NEW_YORK, count=3))
    assert [(d.day, d.kind, d.exact) for d in gap] == [(date(2026, 3, 8), "gap", False)]
    data = series_calendar(meeting=meeting, weekly=Weekly(NEW_YORK, count=3, at_jump=True), now=NOW)
    assert [s for s, _ in expand(data)] == [
        start,
        datetime(2026, 3, 8, 7, 0, tzinfo=UTC),
        datetime(2026, 3, 15, 6, 30, tzinfo=UTC),
    ]
    assert [
        (d.day, d.kind, d.exact) for d in series_clock_dates(meeting, Weekly(NEW_YORK, count=3, at_jump=True))
    ] == [(date(2026, 3, 8), "gap", True)]


@st.composite
def series_near_a_change(draw: st.DrawFn) -> tuple[ZoneInfo, datetime, int, int, int, bool]:
    """A series whose first meeting starts near a clock change — in either pass of a fold, before it so
    that it ends inside, at a gap's edge — or a week or two before it, so a later meeting meets it."""
    name = draw(st.one_of(st.sampled_from(CHANGING), zone_names))
    zone = ZoneInfo(name)
    year = draw(st.integers(2000, 2037))
    changes = next((found for y in range(year, 2038) if (found := clock_changes_in(zone, y))), [])
    assume(changes)
    instant, _ = draw(st.sampled_from(changes))
    weeks_before = draw(st.sampled_from([0, 0, 1, 1, 2]))
    start = instant + timedelta(minutes=15 * draw(st.integers(-8, 8)), weeks=-weeks_before)
    duration = draw(st.sampled_from([15, 30, 45, 60, 90, 150, 240]))
    count = draw(st.integers(1, 4))
    until_days = draw(st.integers(0, 30))
    return zone, start, duration, count, until_days, draw(st.booleans())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=series_near_a_change())
def test_every_meeting_lands_where_the_judge_puts_it_for_its_exact_length(
    case: tuple[ZoneInfo, datetime, int, int, int, bool],
) -> None:
    zone, start, minutes, count, until_days, by_count = case
    duration = timedelta(minutes=minutes)
    first_wall = start.astimezone(zone).replace(tzinfo=None)
    if by_count:
        weekly = Weekly(zone, count=count)
        walls = weekly_walls(first_wall, count)
    else:
        until = first_wall.date() + timedelta(days=until_days)
        weekly = Weekly(zone, until=until)
        walls = [w for w in weekly_walls(first_wall, 6) if w.date() <= until]
    meeting = Meeting(start, duration, "Call")
    expected = [start]
    gaps, folds = [], []
    for wall in walls[1:]:
        found = placements(wall, zone)
        if not found:
            gaps.append(wall.date())
            continue
        if len(found) > 1:
            folds.append((wall.date(), found[0], found[-1]))
        expected.append(found[0])  # RFC 5545: a wall time that happens twice is its first occurrence
    reported = series_clock_dates(meeting, weekly)
    assert [d.day for d in reported if d.kind == "gap"] == gaps
    assert [(d.day, d.start, d.other) for d in reported if d.kind == "fold" and not d.exact] == folds
    first_in_fold = len(placements(first_wall, zone)) > 1
    assert [d.day for d in reported if d.exact] == ([first_wall.date()] if first_in_fold else [])
    if gaps:
        event("a later meeting in a gap: refused")
        with pytest.raises(IcsError, match="does not exist on"):
            series_calendar(meeting=meeting, weekly=weekly, now=NOW)
        return
    event("first meeting in a fold" if first_in_fold else "later meeting in a fold" if folds else "no fold")
    end_wall = (start + duration).astimezone(zone).replace(tzinfo=None)
    if len(placements(end_wall, zone)) > 1:
        event("first meeting ends in a fold")
    data = series_calendar(meeting=meeting, weekly=weekly, now=NOW)
    read = expand(data)
    assert [s for s, _ in read] == expected
    assert read[0][1] == duration, "the first meeting has exactly the length asked for"
    for (s, length), wall in zip(read[1:], walls[1:], strict=True):
        # recurring-ical-events adds a series' length on the wall clock, where RFC 5545 makes it exact;
        # a later meeting that itself spans a clock change is read differently by calendars, whatever
        # the file says. Every other meeting has the exact length.
        spans_a_change = (s + duration).astimezone(zone).replace(tzinfo=None) - wall != duration
        if not spans_a_change:
            assert length == duration
