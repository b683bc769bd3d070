"""A person's working spans with days off and time away agree, minute by minute, with an independent
judge in every IANA zone; and suggestions keep off days off, stretches off, busy time and meetings."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.availability import Away, DateRange, parse_away
from app.hours import WeeklyHours, parse_hours
from app.overlap import day_bounds, off_spans, person_spans
from app.people import Person
from app.ranking import rank_options
from tests.oracle import padded_stretch, person_mask
from tests.strategies import dates, hours_specs, zone_names

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)


@st.composite
def date_ranges(draw: st.DrawFn, around: date, days: int) -> DateRange:
    first = around + timedelta(days=draw(st.integers(-2, days + 1)))
    return DateRange(first, first + timedelta(days=draw(st.integers(0, 3))))


@st.composite
def availability(draw: st.DrawFn, around: date, days: int) -> tuple[tuple[DateRange, ...], tuple[Away, ...]]:
    days_off = tuple(sorted(draw(st.lists(date_ranges(around, days), max_size=2))))
    stretches: list[Away] = []
    for dates_ in sorted(draw(st.lists(date_ranges(around, days), max_size=2))):
        if stretches and dates_.first <= stretches[-1].dates.last:
            continue  # stretches away never share a date
        zone = draw(st.none() | zone_names.map(ZoneInfo))
        kind = draw(st.sampled_from(["usual", "other", "off"]))
        hours = None
        if kind == "other":
            hours = parse_hours(draw(hours_specs())[0])
        elif kind == "off":
            hours = WeeklyHours(())
        stretches.append(Away(dates_, zone, hours))
    return days_off, tuple(stretches)


def _blocks(hours: object) -> list[tuple[int, int, int]]:
    return [(b.weekday, b.start, b.end) for b in hours.blocks]  # type: ignore[attr-defined]


@st.composite
def cases(draw: st.DrawFn) -> tuple[Person, date, int]:
    first_day = draw(dates)
    days = draw(st.integers(1, 5))
    zone = ZoneInfo(draw(zone_names))
    days_off, away = draw(availability(first_day, days))
    person = Person("p", zone, parse_hours(draw(hours_specs())[0]), days_off=days_off, away=away)
    return person, first_day, days


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_person_spans_match_the_minute_by_minute_judge(case: tuple[Person, date, int]) -> None:
    person, first_day, days = case
    begin, minutes = padded_stretch(first_day, days)
    lo = int(begin.timestamp())
    spans = person_spans(person, lo, lo + minutes * 60)
    got = [False] * minutes
    for s, e in spans:
        assert s < e
        assert (s - lo) % 60 == (e - lo) % 60 == 0
        for i in range((s - lo) // 60, (e - lo) // 60):
            got[i] = True
    expected = person_mask(
        person.zone,
        _blocks(person.hours),
        days_off=[(r.first, r.last) for r in person.days_off],
        away=[
            (a.dates.first, a.dates.last, a.zone, None if a.hours is None else _blocks(a.hours))
            for a in person.away
        ],
        begin=begin,
        minutes=minutes,
    )
    mismatches = [begin + i * MINUTE for i in range(minutes) if got[i] != expected[i]]
    assert not mismatches, f"first disagreement at {mismatches[0]:%Y-%m-%d %H:%M} UTC ({len(mismatches)} min)"
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans)), "sorted, disjoint, maximal"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    me=cases(),
    client_zone=zone_names,
    client_hours=hours_specs(),
    client_extra=st.data(),
    busy_at=st.lists(st.tuples(st.integers(0, 5 * 24 * 60), st.integers(15, 240)), max_size=4),
)
def test_no_option_overlaps_days_off_stretches_off_busy_time_or_meetings(
    me: tuple[Person, date, int],
    client_zone: str,
    client_hours: tuple[str, list[tuple[int, int, int]]],
    client_extra: st.DataObject,
    busy_at: list[tuple[int, int]],
) -> None:
    freelancer, first_day, days = me
    days_off, away = client_extra.draw(availability(first_day, days))
    client = Person("c", ZoneInfo(client_zone), parse_hours(client_hours[0]), days_off=days_off, away=away)
    start, end = day_bounds(first_day, days, freelancer.zone)
    lo, hi = int(start.timestamp()), int(end.timestamp())
    busy = sorted((lo + a * 60, lo + (a + b) * 60) for a, b in busy_at)
    merged: list[tuple[int, int]] = []
    for s, e in busy:  # the calendars' busy time and the booked meetings, as the callers merge them
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    options = rank_options(
        [freelancer, client],
        client=client,
        start=start,
        end=end,
        duration=HOUR,
        now=start - timedelta(days=1),
        busy=merged,
    )
    kept_out = [*merged, *off_spans(freelancer, lo, hi), *off_spans(client, lo, hi)]
    for option in options:
        s, e = option.interval.span
        assert not any(a < e and s < b for a, b in kept_out), option
        if not option.outside_hours:
            for person in (freelancer, client):
                assert person_spans(person, s, e) == [(s, e)], option


LISBON = ZoneInfo("Europe/Lisbon")
TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def _at(zone: ZoneInfo, *parts: int) -> int:
    return int(datetime(*parts, tzinfo=zone).timestamp())  # type: ignore[misc]


def test_a_week_in_lisbon_across_the_march_clock_change_keeps_ten_to_six_there() -> None:
    # Berlin-based, in Lisbon 23 March to 1 April 2026 with 10:00-18:00; Lisbon moves to summer time on
    # 29 March, so 10:00 there is 10:00 UTC before and 09:00 UTC after.
    me = Person(
        "me",
        BERLIN,
        parse_hours("mon-fri 09:00-17:00"),
        away=(
            Away(DateRange(date(2026, 3, 23), date(2026, 4, 1)), LISBON, parse_hours("mon-fri 10:00-18:00")),
        ),
    )
    start, end = _at(UTC, 2026, 3, 20), _at(UTC, 2026, 4, 4)
    got = [
        (datetime.fromtimestamp(s, UTC), datetime.fromtimestamp(e, UTC))
        for s, e in person_spans(me, start, end)
    ]
    assert got[0] == (datetime(2026, 3, 20, 8, tzinfo=UTC), datetime(2026, 3, 20, 16, tzinfo=UTC))  # Berlin
    assert (
        datetime(2026, 3, 27, 10, tzinfo=UTC),
        datetime(2026, 3, 27, 18, tzinfo=UTC),
    ) in got  # Lisbon, winter
    assert (
        datetime(2026, 3, 30, 9, tzinfo=UTC),
        datetime(2026, 3, 30, 17, tzinfo=UTC),
    ) in got  # Lisbon, summer
    assert (
        datetime(2026, 4, 2, 7, tzinfo=UTC),
        datetime(2026, 4, 2, 15, tzinfo=UTC),
    ) in got  # back in Berlin
    assert len(got) == 11  # Fri 20, five days and three in Lisbon, Thu 2 and Fri 3 April


def test_a_day_off_is_read_on_the_clients_date_not_the_freelancers() -> None:
    # Friday 13 March 2026 off in New York: 09:00-17:00 there is 22:00 Friday to 06:00 Saturday in Tokyo.
    client = Person(
        "c",
        NEW_YORK,
        parse_hours("mon-fri 09:00-17:00"),
        days_off=(DateRange(date(2026, 3, 13), date(2026, 3, 13)),),
    )
    me = Person("me", TOKYO, parse_hours("daily 00:00-24:00"))
    start, end = day_bounds(date(2026, 3, 12), 3, TOKYO)
    options = rank_options(
        [me, client], client=client, start=start, end=end, duration=HOUR, now=start, count=5
    )
    assert options
    assert all(o.interval.start.astimezone(NEW_YORK).date() == date(2026, 3, 12) for o in options)
    # Saturday 14 March in Tokyo is the client's Friday: the Tokyo date would have kept them.
    assert off_spans(client, int(start.timestamp()), int(end.timestamp())) == [
        (_at(NEW_YORK, 2026, 3, 13), _at(NEW_YORK, 2026, 3, 14))
    ]


def test_a_stretch_away_marked_off_has_no_hours_and_no_options_even_least_bad() -> None:
    dates_ = DateRange(date(2026, 3, 9), date(2026, 3, 11))
    usual = Person("c", NEW_YORK, parse_hours("mon-fri 09:00-17:00"), away=(Away(dates_),))
    off = Person(
        "c", NEW_YORK, parse_hours("mon-fri 09:00-17:00"), away=(Away(dates_, LISBON, WeeklyHours(())),)
    )
    start, end = day_bounds(date(2026, 3, 9), 3, NEW_YORK)
    lo, hi = int(start.timestamp()), int(end.timestamp())
    assert len(person_spans(usual, lo, hi)) == 3  # away with no zone nor hours: the usual week
    assert person_spans(off, lo, hi) == []
    # Read on Lisbon's clock: 9 March 00:00 to 12 March 00:00 there.
    assert off_spans(off, lo - 86400, hi + 86400) == [(_at(LISBON, 2026, 3, 9), _at(LISBON, 2026, 3, 12))]
    me = Person("me", TOKYO, parse_hours("daily 00:00-24:00"))
    options = rank_options([me, off], client=off, start=start, end=end, duration=HOUR, now=start, count=5)
    # Nothing fits in three days off; the least-bad search still keeps off them: only what is left of
    # New York's Wednesday after Lisbon's midnight.
    assert all(o.interval.start >= datetime(2026, 3, 12, tzinfo=LISBON) for o in options)
    assert all(o.outside_hours for o in options)


def test_a_stretch_away_names_zones_without_a_slash_too_and_hours_stay_hours() -> None:
    assert [
        (a.zone.key if a.zone else None, a.hours) for a in parse_away("2026-01-01 Japan; 2026-01-03 UTC off")
    ] == [
        ("Japan", None),
        ("UTC", WeeklyHours(())),
    ]
    assert parse_away("2026-01-01 daily 10:00-18:00")[0].zone is None
