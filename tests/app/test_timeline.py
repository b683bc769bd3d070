"""The timeline's facts: view ranges, clock changes, ticks on a wall clock, snapping and moving on a clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.hours import parse_hours
from app.intervals import Interval
from app.overlap import day_range
from app.people import Person
from app.timeline import (
    ViewMode,
    clock_changes,
    day_window_start,
    days_off,
    lane_holidays,
    move_on_clock,
    snap,
    step_anchor,
    timeline_facts,
    view_span,
    wall_ticks,
    with_holidays,
    within_any,
)

NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
KATHMANDU = ZoneInfo("Asia/Kathmandu")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def test_week_view_runs_monday_to_monday_on_the_freelancers_clock() -> None:
    span = view_span(date(2026, 3, 11), ViewMode.WEEK, TOKYO)
    assert span.start == utc(2026, 3, 8, 15)
    assert span.end == utc(2026, 3, 15, 15)
    assert step_anchor(date(2026, 3, 11), ViewMode.WEEK, -1) == date(2026, 3, 4)
    assert step_anchor(date(2026, 3, 11), ViewMode.DAY, 1) == date(2026, 3, 12)


def test_spring_forward_day_is_23_hours_and_its_change_is_found_to_the_second() -> None:
    span = day_range(date(2026, 3, 8), 1, NY)
    assert span.duration == timedelta(hours=23)
    (change,) = clock_changes(NY, span.start, span.end)
    assert change.instant == utc(2026, 3, 8, 7)
    assert change.shift == timedelta(hours=1)
    ticks = wall_ticks(NY, span.start, span.end, 60)
    assert [t.astimezone(NY).hour for t in ticks] == [0, 1, *range(3, 24)], "02:00 does not exist"


def test_fall_back_day_has_both_one_oclocks() -> None:
    span = day_range(date(2026, 11, 1), 1, NY)
    assert span.duration == timedelta(hours=25)
    (change,) = clock_changes(NY, span.start, span.end)
    assert change.shift == timedelta(hours=-1)
    ticks = wall_ticks(NY, span.start, span.end, 60)
    assert len(ticks) == 24, "the repeated 01:00 is one wall time; it is ticked at its first occurrence"


def test_lord_howe_half_hour_change() -> None:
    span = view_span(date(2026, 4, 5), ViewMode.DAY, LORD_HOWE)
    (change,) = clock_changes(LORD_HOWE, span.start, span.end)
    assert change.shift == timedelta(minutes=-30)


def test_no_change_in_a_quiet_week() -> None:
    span = view_span(date(2026, 6, 10), ViewMode.WEEK, NY)
    assert clock_changes(NY, span.start, span.end) == []
    assert clock_changes(TOKYO, span.start, span.start) == []


def test_snap_uses_the_clients_round_minutes_even_at_45_minute_offsets() -> None:
    # 13:44 UTC is 19:29 in Kathmandu (UTC+5:45): the nearest half hour there is 19:30, 13:45 UTC.
    assert snap(utc(2026, 3, 9, 13, 44), KATHMANDU, 30) == utc(2026, 3, 9, 13, 45)
    assert snap(utc(2026, 3, 9, 13, 52), KATHMANDU, 15) == utc(2026, 3, 9, 13, 45)
    assert snap(utc(2026, 3, 9, 13, 52), NY, 15) == utc(2026, 3, 9, 13, 45)


def test_move_on_clock_keeps_wall_minutes_across_a_change() -> None:
    # 01:30 EST + 30 min reads 02:00, which does not exist: the jump, 03:00 EDT.
    assert move_on_clock(utc(2026, 3, 8, 6, 30), NY, 30) == utc(2026, 3, 8, 7)
    assert move_on_clock(utc(2026, 3, 9, 13), NY, -60) == utc(2026, 3, 9, 12)


def test_wall_ticks_reject_steps_that_do_not_divide_a_day() -> None:
    with pytest.raises(ValueError, match="divides a day"):
        wall_ticks(NY, utc(2026, 1, 1), utc(2026, 1, 2), 7)


def test_facts_for_a_tokyo_freelancer_and_a_new_york_client() -> None:
    me = Person("me", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("client", NY, parse_hours("mon-fri 09:00-17:00"))
    facts = timeline_facts([me, client], view_span(date(2026, 3, 9), ViewMode.DAY, TOKYO))
    assert facts.shared[0].start == utc(2026, 3, 9, 13)
    assert facts.shared[0].end == utc(2026, 3, 9, 15)
    assert len(facts.ticks) == 24
    tick = next(t for t in facts.ticks if t.walls[0].hour == 23)
    assert (tick.walls[1].hour, tick.walls[1].minute) == (10, 0), "23:00 you / 10:00 New York in March"
    # Monday in Tokyo begins on Sunday in New York: that part of the client's lane is a day off.
    assert facts.lanes[1].days_off == (Interval(utc(2026, 3, 8, 15), utc(2026, 3, 9, 4)),)
    assert facts.lanes[0].days_off == ()
    # The edges of the day: the hour before 09:00 and after 17:00 in New York, 19:00-20:00 in Tokyo.
    assert facts.lanes[1].edges == (Interval(utc(2026, 3, 9, 12), utc(2026, 3, 9, 13)),)
    assert facts.lanes[0].edges[0] == Interval(utc(2026, 3, 9, 10), utc(2026, 3, 9, 11))
    assert [d.astimezone(NY).hour for d in facts.lanes[1].day_starts] == [0]


def test_facts_need_someone() -> None:
    with pytest.raises(ValueError, match="at least"):
        timeline_facts([], view_span(date(2026, 3, 9), ViewMode.DAY, TOKYO))


def test_within_any() -> None:
    window = Interval(utc(2026, 3, 9, 13), utc(2026, 3, 9, 15))
    assert within_any(Interval(utc(2026, 3, 9, 13), utc(2026, 3, 9, 14)), [window])
    assert not within_any(Interval(utc(2026, 3, 9, 14, 30), utc(2026, 3, 9, 15, 30)), [window])
    assert not within_any(window, [])


def test_lane_holidays_follow_each_persons_own_clock() -> None:
    me = Person("me", TOKYO, parse_hours("mon-fri 20:00-24:00"), "JP")
    client = Person("client", NY, parse_hours("mon-fri 09:00-17:00"), "US")
    nobody = Person("nobody", NY, parse_hours("mon-fri 09:00-17:00"))
    # Thanksgiving 2026 is Thursday 26 November in New York: 05:00 UTC that day to 05:00 UTC the next.
    span = view_span(date(2026, 11, 23), ViewMode.WEEK, TOKYO)
    mine, theirs, none = lane_holidays([me, client, nobody], span)
    assert (Interval(utc(2026, 11, 26, 5), utc(2026, 11, 27, 5)), "Thanksgiving Day") in theirs
    # Labour Thanksgiving Day in Japan, Monday 23 November: the week starts on it.
    assert mine[0][0].start == span.start
    assert "Labor Thanksgiving Day" in mine[0][1]
    assert none == []


def test_a_holiday_takes_the_hours_and_the_shared_time_of_that_day() -> None:
    """On Thanksgiving the client's working block and the shared bar were still drawn on the hatching."""
    me = Person("me", TOKYO, parse_hours("mon-sat 20:00-24:00"))
    client = Person("client", NY, parse_hours("mon-fri 09:00-17:00"), "US")
    span = view_span(date(2026, 11, 23), ViewMode.WEEK, TOKYO)
    facts = timeline_facts([me, client], span)
    thanksgiving = Interval(utc(2026, 11, 26, 5), utc(2026, 11, 27, 5))
    assert any(w.start >= thanksgiving.start and w.end <= thanksgiving.end for w in facts.shared)
    marked = with_holidays(facts, lane_holidays([me, client], span))
    assert not any(h.start < thanksgiving.end and h.end > thanksgiving.start for h in marked.lanes[1].hours)
    assert not any(w.start < thanksgiving.end and w.end > thanksgiving.start for w in marked.shared)
    assert marked.lanes[1].holidays == ((thanksgiving, "Thanksgiving Day"),)
    assert len(marked.shared) == len(facts.shared) - 1, "the other days' shared time stays"


def test_days_off_come_from_each_persons_hours() -> None:
    """A client working Sunday to Thursday has Friday and Saturday off, not the weekend."""
    client = Person("client", ZoneInfo("Asia/Riyadh"), parse_hours("sun-thu 09:00-17:00"))
    span = view_span(date(2026, 12, 7), ViewMode.WEEK, ZoneInfo("Asia/Riyadh"))
    facts = timeline_facts([client], span)
    off = [d.start.astimezone(client.zone).strftime("%a") for d in facts.lanes[0].days_off]
    assert off == ["Fri"], "Friday and Saturday, one stretch"
    assert facts.lanes[0].days_off[0].duration == timedelta(days=2)
    assert [b.weekday for b in days_off(parse_hours("daily 09:00-10:00")).blocks] == []


def test_the_day_view_is_24_hours_from_any_hour_and_centres_the_shared_time() -> None:
    """Tokyo shares 23:00-24:00 with New York: the day view starts so that hour sits in the middle."""
    me = Person("me", TOKYO, parse_hours("mon-fri 19:00-24:00"))
    client = Person("client", NY, parse_hours("mon-fri 09:00-17:00"))
    start = day_window_start(date(2026, 12, 7), [me, client])
    assert start == 12
    span = view_span(date(2026, 12, 7), ViewMode.DAY, TOKYO, start)
    assert span.start == utc(2026, 12, 7, 3)
    assert span.duration == timedelta(hours=24)
    (shared,) = timeline_facts([me, client], span).shared
    assert span.start + timedelta(hours=6) < shared.start
    assert shared.end < span.end - timedelta(hours=6)
    spring = view_span(date(2026, 3, 8), ViewMode.DAY, NY, 0)
    assert spring.duration == timedelta(hours=24), "24 hours even on a 23-hour day"
    assert day_window_start(date(2026, 12, 7), [me]) == 0
    with pytest.raises(ValueError, match="0 to 23"):
        view_span(date(2026, 12, 7), ViewMode.DAY, TOKYO, 24)


def test_a_trip_draws_its_own_hours_and_a_day_off_its_own_band() -> None:
    from app.availability import parse_away, parse_days_off

    me = Person(
        "me",
        ZoneInfo("Europe/Berlin"),
        parse_hours("mon-fri 09:00-17:00"),
        days_off=parse_days_off("2026-03-13"),
        away=parse_away("2026-03-10..2026-03-11 Europe/Lisbon mon-fri 10:00-18:00"),
    )
    week = day_range(date(2026, 3, 9), 7, me.zone)
    lane = timeline_facts([me], week).lanes[0]
    got = [
        (h.start.astimezone(UTC).strftime("%a %H:%M"), h.end.astimezone(UTC).strftime("%H:%M"))
        for h in lane.hours
    ]
    assert got == [
        ("Mon 08:00", "16:00"),  # Berlin, UTC+1
        ("Tue 10:00", "18:00"),  # Lisbon, UTC+0
        ("Wed 10:00", "18:00"),
        ("Thu 08:00", "16:00"),  # back in Berlin; Friday is a day off
    ]
    friday = Interval(datetime(2026, 3, 12, 23, tzinfo=UTC), datetime(2026, 3, 13, 23, tzinfo=UTC))
    assert friday in lane.days_off or any(
        d.start <= friday.start and friday.end <= d.end for d in lane.days_off
    )
