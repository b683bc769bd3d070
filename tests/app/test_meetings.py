"""Meetings Coretime arranged: kept clear of by suggestions, listed as Upcoming, moved and cancelled with
calendar files that calendars match to the event they hold."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import icalendar
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.hours import parse_hours
from app.ics import Meeting, cancel_calendar, meeting_calendar
from app.intervals import seconds
from app.meetings import (
    BookedMeeting,
    booked,
    booked_spans,
    busy_with_meetings,
    cancelled,
    upcoming_rows,
    without_clients,
)
from app.overlap import day_bounds
from app.people import Person
from app.ranking import rank_options
from tests.strategies import hours_specs, zone_names

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
TOKYO, NEW_YORK, BERLIN = ZoneInfo("Asia/Tokyo"), ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin")
CALL = BookedMeeting("call@coretime", ("sarah",), datetime(2026, 12, 7, 14, 0, tzinfo=UTC), 30, "Call")
MINUTE = timedelta(minutes=1)


def test_booking_again_under_one_uid_replaces_and_cancelling_removes() -> None:
    moved = CALL.moved(CALL.start + timedelta(hours=2))
    other = BookedMeeting("other@coretime", ("jonas",), datetime(2026, 12, 7, 9, tzinfo=UTC), 60)
    assert booked([CALL, other], moved) == [other, moved]
    assert cancelled([other, moved], "call@coretime") == [other]


def test_removing_a_client_takes_their_meetings_and_leaves_the_team_call() -> None:
    team = BookedMeeting("team@coretime", ("sarah", "jonas"), datetime(2026, 12, 8, 9, tzinfo=UTC), 60)
    assert without_clients([CALL, team], {"jonas"}) == [BookedMeeting(
        "team@coretime", ("jonas",), team.start, 60
    )]  # fmt: skip


def test_upcoming_rows_read_on_both_clocks_with_the_time_left() -> None:
    team = BookedMeeting("team@coretime", ("sarah", "jonas"), datetime(2026, 12, 7, 14, 15, tzinfo=UTC), 60)
    past = BookedMeeting("past@coretime", ("jonas",), NOW - timedelta(hours=2), 60)
    people = {"sarah": ("Sarah Miller", NEW_YORK), "jonas": ("Jonas", BERLIN)}
    rows = upcoming_rows([team, CALL, past], people, my_zone=TOKYO, now=NOW)
    assert [r.uid for r in rows] == ["call@coretime", "team@coretime"]
    first = rows[0]
    assert first.names == ("Sarah Miller",)
    assert (first.theirs.hour, first.theirs.minute, first.mine.day, first.mine.hour) == (9, 0, 7, 23)
    assert first.until == timedelta(days=3, hours=2)
    assert (first.clash, rows[1].clash) == (True, True), "the two share 14:15–14:30"
    assert rows[1].names == ("Sarah Miller", "Jonas")
    alone = upcoming_rows([CALL], people, my_zone=TOKYO, now=NOW, busy=[])
    assert not alone[0].clash
    busy = [(seconds(CALL.start) - 600, seconds(CALL.start) + 60)]
    assert upcoming_rows([CALL], people, my_zone=TOKYO, now=NOW, busy=busy)[0].clash
    running = upcoming_rows([CALL], people, my_zone=TOKYO, now=CALL.start + timedelta(minutes=5))
    assert running[0].running


def test_a_cancellation_names_the_event_it_ends_for_a_reader_that_shares_no_code() -> None:
    meeting = Meeting(CALL.start, timedelta(minutes=30), "Call", uid=CALL.uid, sequence=3, alarm=MINUTE * 15)
    parsed = vobject.readOne(cancel_calendar(meeting=meeting, now=NOW).decode("utf-8"))
    assert parsed.method.value == "CANCEL"
    event = parsed.vevent
    assert (event.uid.value, event.sequence.value, event.status.value) == ("call@coretime", "3", "CANCELLED")
    assert event.dtstart.value == CALL.start
    assert not hasattr(event, "valarm"), "a cancelled meeting rings no reminder"


def test_a_moved_meeting_is_written_as_an_update_of_the_same_event() -> None:
    moved = CALL.moved(CALL.start + timedelta(days=1))
    first = icalendar.Calendar.from_ical(
        meeting_calendar(
            meeting=Meeting(CALL.start, timedelta(minutes=30), "Call", uid=CALL.uid, sequence=0), now=NOW
        )
    )
    update = icalendar.Calendar.from_ical(
        meeting_calendar(
            meeting=Meeting(
                moved.start, timedelta(minutes=30), "Call", uid=moved.uid, sequence=moved.sequence
            ),
            now=NOW,
        )
    )
    (before,), (after,) = first.walk("VEVENT"), update.walk("VEVENT")
    assert before["UID"] == after["UID"] == "call@coretime"
    assert (before.decoded("SEQUENCE"), after.decoded("SEQUENCE")) == (0, 1)
    assert after.decoded("DTSTART") == CALL.start + timedelta(days=1)


@st.composite
def bookings(draw: st.DrawFn) -> list[BookedMeeting]:
    found = []
    for number in range(draw(st.integers(0, 8))):
        start = datetime(2026, 3, 9, tzinfo=UTC) + MINUTE * draw(st.integers(-600, 6 * 1440))
        found.append(BookedMeeting(f"m{number}@coretime", ("c",), start, draw(st.integers(1, 240))))
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bookings(), st.lists(st.tuples(st.integers(0, 5 * 1440), st.integers(1, 300)), max_size=5))
def test_busy_with_meetings_is_every_minute_of_either_and_no_other(
    meetings: list[BookedMeeting], calendar: list[tuple[int, int]]
) -> None:
    base = int(datetime(2026, 3, 9, tzinfo=UTC).timestamp())
    start, end = base, base + 5 * 86400
    spans = [(base + a * 60, base + (a + n) * 60) for a, n in calendar]
    merged = busy_with_meetings(spans, meetings, start, end)
    assert all(a < b for a, b in merged)
    assert all(b1 < a2 for (_, b1), (a2, _) in pairwise(merged)), "merged: apart and in order"
    for minute in range(start, end, 600):  # every tenth minute, each judged by plain comparisons
        taken = any(a <= minute < b for a, b in spans) or any(
            seconds(m.start) <= minute < seconds(m.end) for m in meetings
        )
        assert taken == any(a <= minute < b for a, b in merged), datetime.fromtimestamp(minute, UTC)
    assert booked_spans(meetings, start, end) == busy_with_meetings([], meetings, start, end)


@st.composite
def pairs(draw: st.DrawFn) -> tuple[Person, Person]:
    me = Person("me", ZoneInfo(draw(zone_names)), parse_hours(draw(hours_specs())[0]))
    return me, Person("client", ZoneInfo(draw(zone_names)), parse_hours(draw(hours_specs())[0]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs(), bookings(), st.lists(st.integers(0, 5 * 96), max_size=6))
def test_no_suggested_option_overlaps_a_booked_meeting_or_busy_time(
    people: tuple[Person, Person], meetings: list[BookedMeeting], quarters: list[int]
) -> None:
    me, client = people
    start, end = day_bounds(date(2026, 3, 9), 5, me.zone)
    lo, hi = seconds(start), seconds(end)
    calendar = [(lo + q * 900, lo + q * 900 + 3600) for q in quarters]
    busy = busy_with_meetings(calendar, meetings, lo, hi)
    options = rank_options(
        [me, client], client=client, start=start, end=end, duration=timedelta(hours=1), now=start, busy=busy
    )
    for option in options:
        a, b = seconds(option.interval.start), seconds(option.interval.end)
        assert not any(m.start < option.interval.end and option.interval.start < m.end for m in meetings)
        assert not any(x < b and a < y for x, y in calendar)
