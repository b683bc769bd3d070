"""A check-in outside the freelancer's hours on most days comes with a better moment inside them, judged
minute by minute by the independent oracle; and a deadline's target says why it is where it is."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.checkin import better_moment, checkin_time, mostly_outside
from app.deadline import deadline
from app.hours import parse_hours
from app.people import Person
from tests.oracle import inside_mask
from tests.strategies import dates, hours_specs, zone_names

TOKYO = ZoneInfo("Asia/Tokyo")
FRIDAY = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
people = st.tuples(zone_names, hours_specs())


def inside(zone: ZoneInfo, blocks: list[tuple[int, int, int]], instant: datetime) -> bool:
    """The oracle's verdict for the minute starting at ``instant``, with three hours of clock either side."""
    begin = instant - timedelta(hours=3)
    return inside_mask(zone, blocks, begin, 181 + 180)[180]


def test_berlin_from_tokyo_is_sent_as_the_freelancer_s_evening_starts() -> None:
    me = Person("Aiko", TOKYO, parse_hours("mon-fri 07:00-09:00 19:00-24:00"))
    jonas = Person("Jonas", ZoneInfo("Europe/Berlin"), parse_hours("mon-fri 09:00-17:00"))
    plan = checkin_time(jonas, me, FRIDAY)
    assert plan.inside_mine == 0
    assert mostly_outside(plan)
    better = better_moment(plan, FRIDAY)
    assert better is not None
    assert better.kind == "start_of_your_day"
    assert better.at.astimezone(TOKYO).strftime("%a %H:%M") == "Mon 19:00"
    assert better.at.astimezone(jonas.zone).strftime("%H:%M") == "11:00"


def test_the_end_of_the_freelancer_s_day_when_it_is_nearer() -> None:
    me = Person("Aiko", TOKYO, parse_hours("mon-fri 19:00-24:00"))
    sarah = Person("Sarah", ZoneInfo("America/Los_Angeles"), parse_hours("mon-fri 13:00-21:00"))
    plan = checkin_time(sarah, me, FRIDAY)
    better = better_moment(plan, FRIDAY)
    assert better is not None
    assert better.kind == "end_of_your_day"
    assert better.at.astimezone(TOKYO).strftime("%H:%M") == "00:00"


def test_a_check_in_that_mostly_fits_needs_no_better_moment() -> None:
    me = Person("Aiko", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    ny = Person("Sarah", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
    plan = checkin_time(ny, me, FRIDAY)
    assert not mostly_outside(plan)
    assert better_moment(plan, FRIDAY) is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(client=people, me=people, day=dates, minute=st.integers(0, 1439))
def test_a_better_moment_lies_at_the_edge_of_the_freelancer_s_hours(
    client: tuple[str, tuple[str, list[tuple[int, int, int]]]],
    me: tuple[str, tuple[str, list[tuple[int, int, int]]]],
    day: date,
    minute: int,
) -> None:
    (client_zone, (client_spec, client_blocks)), (my_zone, (my_spec, my_blocks)) = client, me
    now = datetime.combine(day, time(), UTC) + timedelta(minutes=minute)
    them = Person("client", ZoneInfo(client_zone), parse_hours(client_spec))
    mine = Person("me", ZoneInfo(my_zone), parse_hours(my_spec))
    plan = checkin_time(them, mine, now)
    better = better_moment(plan, now)
    event(better.kind if better is not None else "none")
    if better is None:
        return
    assert mostly_outside(plan)
    minute_ = timedelta(minutes=1)
    if better.kind == "end_of_your_day":
        assert now < better.at <= plan.next
        assert plan.next - better.at < timedelta(hours=18)
        assert inside(mine.zone, my_blocks, better.at - minute_), "the last minute of a stretch of hours"
        assert not inside(mine.zone, my_blocks, better.at), "the stretch has ended"
    else:
        assert plan.next < better.at < plan.next + timedelta(hours=18)
        assert inside(mine.zone, my_blocks, better.at), "the first minute of a stretch of hours"
        assert not inside(mine.zone, my_blocks, better.at - minute_)
        assert inside(them.zone, client_blocks, better.at), "while the client is at work"


def test_the_deadline_says_why_its_target_is_there() -> None:
    me = Person("Aiko", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    ny = Person("Sarah", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
    assert deadline(ny, me, "2026-12-09 12:00", FRIDAY).why == "buffer"
    assert deadline(ny, me, "2026-12-09 12:10", FRIDAY).why == "rounded"
    moved = deadline(ny, me, "2026-12-07 17:00", FRIDAY)  # a Monday: 24 h before is a Sunday
    assert moved.why == "moved"
    assert moved.target_client is not None
    assert moved.target_client.strftime("%a %H:%M") == "Fri 16:30"
    assert deadline(ny, me, "2026-12-04 16:00", FRIDAY).why == "late"
    short = Person("Sam", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-09:20"))
    assert deadline(short, me, "2026-12-07 17:00", FRIDAY).why == "none"
