"""A row of the timeline reads the clock its person is on: a trip's clock for the trip's dates, their own
around it, in every IANA zone; checked against an independent reading, quarter-hour by quarter-hour."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.availability import Away, parse_away
from app.hours import parse_hours
from app.intervals import Interval
from app.overlap import clock_pieces, zone_at
from app.people import Person
from app.timeline import ViewMode, timeline_facts, view_span
from tests.app.test_availability_spans import availability
from tests.strategies import dates, hours_specs, zone_names

QUARTER = timedelta(minutes=15)


def clock_judge(person: Person, instant: datetime) -> ZoneInfo:
    """Independently: the first stretch away (in date order) with a zone whose dates hold the date that
    zone's clock shows at ``instant``; else the person's own zone."""
    for away in person.away:
        if away.zone is not None and instant.astimezone(away.zone).date() in away.dates:
            return away.zone
    return person.zone


@st.composite
def travellers(draw: st.DrawFn) -> tuple[Person, date]:
    first_day = draw(dates)
    days_off, away = draw(availability(first_day, 7))
    zone = ZoneInfo(draw(zone_names))
    return Person("p", zone, parse_hours(draw(hours_specs())[0]), days_off=days_off, away=away), first_day


def same_clock(a: ZoneInfo, b: ZoneInfo, instant: datetime) -> bool:
    return a.key == b.key or instant.astimezone(a).utcoffset() == instant.astimezone(b).utcoffset()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=travellers(), me_zone=zone_names)
def test_every_row_reads_the_clock_its_person_is_on(case: tuple[Person, date], me_zone: str) -> None:
    person, first_day = case
    me = Person("me", ZoneInfo(me_zone), parse_hours("mon-fri 09:00-17:00"))
    span = view_span(first_day, ViewMode.WEEK, me.zone)
    lo, hi = int(span.start.timestamp()), int(span.end.timestamp())

    pieces = clock_pieces(person, lo, hi)
    assert pieces[0][0] == lo
    assert pieces[-1][1] == hi
    assert all(a < b for a, b, _ in pieces)
    assert all(pieces[i][1] == pieces[i + 1][0] for i in range(len(pieces) - 1))

    # Where the clock is tested: every quarter-hour, and either side of each stretch's edges.
    instants = set()
    at = span.start
    while at < span.end:
        instants.add(at)
        at += QUARTER
    for a, _, _ in pieces:
        for moment in (a - 1, a, a + 1):
            if lo <= moment < hi:
                instants.add(datetime.fromtimestamp(moment, UTC))
    for instant in sorted(instants):
        assert zone_at(person, instant) == clock_judge(person, instant), instant

    facts = timeline_facts([me, person], span)
    lane = facts.lanes[1]
    for tick in facts.ticks:
        judged = clock_judge(person, tick.instant)
        assert tick.walls[1] == tick.instant.astimezone(judged)
        assert tick.walls[1].utcoffset() == tick.instant.astimezone(judged).utcoffset()
    # A day starts at 00:00 on the clock the person is on then.
    for start in lane.day_starts:
        wall = start.astimezone(clock_judge(person, start))
        assert (wall.hour, wall.minute) == (0, 0)
    # A night starts at 22:00 on that clock, or where the view or a clock begins.
    edges = {span.start, *(interval.start for interval, _ in lane.clocks)}
    for night in lane.nights:
        wall = night.start.astimezone(clock_judge(person, night.start))
        assert night.start in edges or (wall.hour, wall.minute) == (22, 0)
    # Each trip's edge where the offset jumps is a clock change naming the clock taken.
    for (interval, zone), (_, before) in zip(lane.clocks[1:], lane.clocks, strict=False):
        jumps = not same_clock(zone, before, interval.start)
        named = [c for c in lane.changes if c.instant == interval.start and c.zone == zone.key]
        assert bool(named) == jumps


def test_jonas_in_lisbon_reads_lisbon_hours_thursday_and_friday() -> None:
    jonas = Person(
        "Jonas",
        ZoneInfo("Europe/Berlin"),
        parse_hours("mon-fri 09:00-17:00"),
        away=parse_away("2026-12-10..2026-12-11 Europe/Lisbon mon-fri 10:00-18:00"),
    )
    aiko = Person("Aiko", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 19:00-24:00"))
    facts = timeline_facts([aiko, jonas], view_span(date(2026, 12, 7), ViewMode.WEEK, aiko.zone))
    lane = facts.lanes[1]
    # His hours read 09:00–17:00 at home, 10:00–18:00 on Lisbon's clock on Thursday and Friday.
    walls = {
        (tick.walls[1].date(), tick.walls[1].hour): tick.walls[1].tzinfo
        for tick in facts.ticks
        if any(h.contains(tick.instant) for h in lane.hours)
    }
    thursday = sorted(hour for (day, hour) in walls if day == date(2026, 12, 10))
    wednesday = sorted(hour for (day, hour) in walls if day == date(2026, 12, 9))
    assert thursday == list(range(10, 18))
    assert wednesday == list(range(9, 17))
    assert [(c.instant, c.zone, c.shift) for c in lane.changes] == [
        (datetime(2026, 12, 10, 0, 0, tzinfo=UTC), "Europe/Lisbon", timedelta(hours=-1)),
        (datetime(2026, 12, 12, 0, 0, tzinfo=UTC), "Europe/Berlin", timedelta(hours=1)),
    ]
    assert [zone.key for _, zone in lane.clocks] == ["Europe/Berlin", "Europe/Lisbon", "Europe/Berlin"]
    assert lane.zone_at(datetime(2026, 12, 10, 12, tzinfo=UTC)).key == "Europe/Lisbon"
    assert facts.lanes[0].clocks == ((facts.span, aiko.zone),)


def test_a_trip_to_a_zone_on_the_same_offset_changes_no_clock() -> None:
    jonas = Person(
        "Jonas",
        ZoneInfo("Europe/Berlin"),
        parse_hours("mon-fri 09:00-17:00"),
        away=(Away(parse_away("2026-12-10..2026-12-11 Europe/Paris")[0].dates, ZoneInfo("Europe/Paris")),),
    )
    aiko = Person("Aiko", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 19:00-24:00"))
    facts = timeline_facts([aiko, jonas], view_span(date(2026, 12, 7), ViewMode.WEEK, aiko.zone))
    assert facts.lanes[1].changes == ()
    assert [zone.key for _, zone in facts.lanes[1].clocks] == [
        "Europe/Berlin",
        "Europe/Paris",
        "Europe/Berlin",
    ]
    assert all(isinstance(interval, Interval) for interval, _ in facts.lanes[1].clocks)
