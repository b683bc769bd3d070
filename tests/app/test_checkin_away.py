"""The daily check-in with the client's days off and time away: no reminder on a day off, and while
they are away on another zone, the reminder at its wall time there — in the plan, on the timeline and
in the reminder series, which two calendar readers expand to exactly the plan's instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.availability import parse_away, parse_days_off
from app.checkin import (
    AwayStretch,
    away_stretches,
    checkin_calendar,
    checkin_instants,
    checkin_time,
    days_off_dates,
)
from app.hours import parse_hours
from app.people import Person
from tests.strategies import zone_names

NEW_YORK = ZoneInfo("America/New_York")
LISBON = ZoneInfo("Europe/Lisbon")
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 3, 1, tzinfo=UTC)


def people(**availability: str) -> tuple[Person, Person]:
    me = Person("me", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person(
        "client",
        NEW_YORK,
        parse_hours("mon-fri 09:00-17:00"),
        days_off=parse_days_off(availability.get("days_off", "")),
        away=parse_away(availability.get("away", "")),
    )
    return client, me


def test_a_day_off_has_no_reminder() -> None:
    client, me = people(days_off="2026-03-04, 2026-03-12..2026-03-13")
    plan = checkin_time(client, me, NOW)
    dates = {at.astimezone(NEW_YORK).date() for at in plan.occurrences}
    assert not dates & {date(2026, 3, 4), date(2026, 3, 12), date(2026, 3, 13)}
    assert {date(2026, 3, 3), date(2026, 3, 5), date(2026, 3, 11)} <= dates
    assert [at.astimezone(NEW_YORK).date() for at in plan.days_off] == [
        date(2026, 3, 4), date(2026, 3, 12), date(2026, 3, 13)
    ]  # fmt: skip
    week = checkin_instants(plan, datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC))
    assert len(week) == 4  # Monday to Friday but Wednesday


def test_away_on_another_zone_the_reminder_keeps_its_wall_time_there_and_in_the_file() -> None:
    client, me = people(away="2026-03-16..2026-03-20 Europe/Lisbon")
    plan = checkin_time(client, me, NOW)
    at = f"{plan.minute // 60:02d}:{plan.minute % 60:02d}"
    in_lisbon = [
        a for a in plan.occurrences if date(2026, 3, 16) <= a.astimezone(LISBON).date() <= date(2026, 3, 20)
    ]
    assert len(in_lisbon) == 5
    assert all(f"{a.astimezone(LISBON):%H:%M}" == at for a in in_lisbon)
    assert sorted(m.at for m in plan.elsewhere) == in_lisbon
    # Around the trip, at home: New York's wall time.
    assert any(f"{a.astimezone(NEW_YORK):%Y-%m-%d %H:%M}" == f"2026-03-13 {at}" for a in plan.occurrences)
    assert any(f"{a.astimezone(NEW_YORK):%Y-%m-%d %H:%M}" == f"2026-03-23 {at}" for a in plan.occurrences)
    # The move names the zone away, and the way back too.
    assert [s.zones for s in plan.shifts if s.after.date() in {date(2026, 3, 16), date(2026, 3, 17)}] == [
        ("Europe/Lisbon",)
    ]
    week = checkin_instants(plan, datetime(2026, 3, 16, tzinfo=UTC), datetime(2026, 3, 21, tzinfo=UTC))
    assert list(week) == in_lisbon[: len(week)]
    event = vobject.readOne(checkin_calendar(plan, now=NOW).decode()).vevent
    starts = sorted(s.astimezone(UTC) for s in event.getrruleset())
    assert starts == list(plan.occurrences)
    assert starts[0] - NOW < timedelta(days=2)


def test_the_series_of_a_trip_reads_the_same_in_a_second_calendar_reader() -> None:
    # recurring_ical_events matches an EXDATE by its UTC or its wall reading, so a trip on UTC+0, whose
    # 09:45 is 09:45 UTC, would lose its days there (vobject above reads it as RFC 5545 says); on Berlin's
    # clock the two cannot meet.
    client, me = people(away="2026-06-08..2026-06-12 Europe/Berlin; 2026-11-02 off")
    plan = checkin_time(client, me, NOW)
    assert len(plan.elsewhere) == 5
    assert [d.astimezone(NEW_YORK).date() for d in plan.days_off] == [date(2026, 11, 2)]
    calendar = icalendar.Calendar.from_ical(checkin_calendar(plan, now=NOW))
    read = recurring_ical_events.of(calendar).between(datetime(2026, 1, 1), datetime(2027, 6, 1))
    starts = sorted(item["DTSTART"].dt.astimezone(UTC) for item in read)
    assert starts == list(plan.occurrences)
    event = vobject.readOne(checkin_calendar(plan, now=NOW).decode()).vevent
    assert sorted(s.astimezone(UTC) for s in event.getrruleset()) == starts


@st.composite
def trips(draw: st.DrawFn) -> tuple[Person, Person, set[date], set[date], ZoneInfo]:
    """A client somewhere with days off and a stretch away on a random zone, and the freelancer."""
    first = draw(st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 1)))
    days_off = {first + timedelta(days=d) for d in draw(st.lists(st.integers(0, 60), max_size=6))}
    start = first + timedelta(days=draw(st.integers(0, 60)))
    stretch = {start + timedelta(days=d) for d in range(draw(st.integers(0, 9)) + 1)}
    zone = ZoneInfo(draw(zone_names))
    client = Person(
        "c",
        ZoneInfo(draw(zone_names)),
        parse_hours("mon-fri 09:00-17:00"),
        days_off=parse_days_off(", ".join(map(str, sorted(days_off)))),
        away=parse_away(f"{min(stretch)}..{max(stretch)} {zone.key}"),
    )
    me = Person("me", ZoneInfo(draw(zone_names)), parse_hours("mon-fri 09:00-17:00"))
    return client, me, days_off, stretch, zone


def _reads(at: datetime, zone: ZoneInfo, day: date, minute: int) -> bool:
    """Whether ``at`` is ``minute`` of ``day`` on ``zone``'s clock, or the jump when the clocks skip it."""
    local = at.astimezone(zone)
    if (local.date(), local.hour * 60 + local.minute) == (day, minute):
        return True
    wall = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute)
    exists = wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall
    return not exists


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trip=trips())
def test_no_reminder_on_a_day_off_and_each_away_at_its_wall_time_there(
    trip: tuple[Person, Person, set[date], set[date], ZoneInfo],
) -> None:
    client, me, days_off, stretch, zone = trip
    now = datetime.combine(min(stretch) - timedelta(days=30), datetime.min.time(), UTC)
    plan = checkin_time(client, me, now)
    elsewhere = {m.at: m.day for m in plan.elsewhere}
    for day, at in ((m.day, m.at) for m in plan.elsewhere):
        assert day in stretch
        assert day not in days_off
        assert _reads(at, zone, day, plan.minute)
    served: set[date] = set(elsewhere.values())
    for at in plan.occurrences:
        if at in elsewhere:
            continue
        day = at.astimezone(client.zone).date()
        if day not in stretch and not _reads(at, client.zone, day, plan.minute):
            day -= timedelta(days=1)  # a wall time near midnight the clocks skip comes the day before's
        assert day not in days_off
        # At home, or away on a clock that reads the same then.
        assert _reads(at, zone if day in stretch else client.zone, day, plan.minute)
        served.add(day)
    # Every day of the stretch the check-in serves, but days off, has its reminder.
    last = plan.occurrences[-1].astimezone(client.zone).date() - timedelta(days=1)
    due = {d for d in stretch - days_off if d.weekday() in plan.days and now.date() < d < last}
    assert due <= served


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trip=trips())
def test_the_plan_names_its_days_off_and_its_trip_as_they_are(
    trip: tuple[Person, Person, set[date], set[date], ZoneInfo],
) -> None:
    """What the check-in panel words: the days off it skips are the client's days off on its weekdays,
    and the reminders on another clock make runs on the trip's zone within the trip's dates."""
    client, me, days_off, stretch, zone = trip
    now = datetime.combine(min(stretch) - timedelta(days=30), datetime.min.time(), UTC)
    plan = checkin_time(client, me, now)
    named = days_off_dates(plan)
    assert named == sorted(set(named))
    # Every day off on one of the check-in's weekdays after today, and no other date.
    due = {d for d in days_off if d.weekday() in plan.days}
    assert {d for d in due if d > now.date() + timedelta(days=1)} <= set(named)
    assert set(named) <= {d for d in due if d >= now.date() - timedelta(days=1)}
    runs = away_stretches(plan)
    assert sum(1 for m in plan.elsewhere) == sum(
        1 for m in plan.elsewhere for run in runs if run.first <= m.day <= run.last
    ), "each reminder away lies in exactly one run"
    for run in runs:
        assert run.zone == zone.key
        assert {run.first, run.last} <= stretch
        assert run.at in {m.at for m in plan.elsewhere if m.day == run.first}
    assert [run.first for run in runs] == sorted(run.first for run in runs)
    assert len(runs) <= 1  # one stretch away: one run, however many weekends lie inside it


def test_a_trip_over_a_weekend_is_named_once() -> None:
    client, me = people(away="2026-03-12..2026-03-17 Europe/Lisbon", days_off="2026-03-23")
    plan = checkin_time(client, me, NOW)
    assert away_stretches(plan) == [
        AwayStretch(
            date(2026, 3, 12),
            date(2026, 3, 17),
            "Europe/Lisbon",
            datetime(2026, 3, 12, tzinfo=UTC) + timedelta(minutes=plan.minute),  # Lisbon is on UTC in March
        )
    ]
    assert days_off_dates(plan) == [date(2026, 3, 23)]
