"""Shared windows agree, minute by minute, with an independent judge, in every IANA zone."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.hours import parse_hours
from app.overlap import day_bounds, shared_windows
from app.people import Person
from tests.oracle import inside_mask, padded_stretch, range_mask
from tests.strategies import (
    ALL_ZONES,
    clock_changes_in,
    dates,
    hours_specs,
    skipped_days,
    skipped_local_days,
    zone_names,
)

MINUTE = timedelta(minutes=1)


def _check(people: list[tuple[str, str]], first_day: date, days: int) -> None:
    persons = [Person(f"p{i}", ZoneInfo(z), parse_hours(spec)) for i, (z, spec) in enumerate(people)]
    start, end = day_bounds(first_day, days, persons[0].zone)
    assert start <= end
    windows = shared_windows(persons, start, end)

    for a, b in itertools.pairwise(windows):
        assert a.end < b.start, "windows must be sorted, disjoint and maximal (not touching)"
    for window in windows:
        assert window.start < window.end
        assert window.start.tzinfo is not None

    begin, minutes = padded_stretch(first_day, days)
    expected = range_mask(persons[0].zone, first_day, days, begin, minutes)
    for person, (_, spec) in zip(persons, people, strict=True):
        blocks = [(b.weekday, b.start, b.end) for b in parse_hours(spec).blocks]
        mask = inside_mask(person.zone, blocks, begin, minutes)
        expected = [x and y for x, y in zip(expected, mask, strict=True)]

    got = [False] * minutes
    for window in windows:
        assert window.start.second == 0
        assert window.end.second == 0
        first = int((window.start - begin) / MINUTE)
        last = int((window.end - begin) / MINUTE)
        assert 0 <= first < last <= minutes
        for i in range(first, last):
            got[i] = True
    mismatches = [begin + i * MINUTE for i in range(minutes) if got[i] != expected[i]]
    assert not mismatches, f"first disagreement at {mismatches[0]:%Y-%m-%d %H:%M} UTC ({len(mismatches)} min)"


people_lists = st.lists(st.tuples(zone_names, hours_specs().map(lambda h: h[0])), min_size=2, max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=people_lists, first_day=dates, days=st.integers(1, 9))
def test_windows_match_minute_by_minute_judge(
    people: list[tuple[str, str]], first_day: date, days: int
) -> None:
    _check(people, first_day, days)


def test_the_skipped_days_generator_finds_the_known_ones() -> None:
    assert ("Pacific/Apia", date(2011, 12, 30)) in skipped_local_days()
    assert ("Pacific/Kiritimati", date(1994, 12, 31)) in skipped_local_days()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(skipped=skipped_days, others=people_lists, spec=hours_specs().map(lambda h: h[0]))
def test_a_range_of_only_a_skipped_day_is_empty(
    skipped: tuple[str, date], others: list[tuple[str, str]], spec: str
) -> None:
    zone, day = skipped
    start, end = day_bounds(day, 1, ZoneInfo(zone))
    assert start == end, "the clock never shows that day: its range holds no instant"
    _check([(zone, spec), *others[:2]], day, 1)


def _changes_clocks(name: str) -> bool:
    zone = ZoneInfo(name)
    offsets = {
        datetime(year, month, 1, tzinfo=UTC).astimezone(zone).utcoffset()
        for year in (2005, 2020, 2035)
        for month in (1, 4, 7, 10)
    }
    return len(offsets) > 1


CHANGING_ZONES = sorted(z for z in ALL_ZONES if _changes_clocks(z))
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@st.composite
def around_a_clock_change(draw: st.DrawFn) -> tuple[list[tuple[str, str]], date, int]:
    """People of whom one changes their clock inside the range, with hours that start or end
    close to the change — inside a gap or a fold as often as not."""
    people = draw(people_lists)
    alone = draw(st.booleans())
    if alone:  # only the block near the change limits anyone, so nothing hides how it is placed
        people = [(zone, "daily 00:00-24:00") for zone, _ in people]
    changing = draw(st.integers(0, len(people) - 1))
    zone_name, spec = draw(st.sampled_from(CHANGING_ZONES)), people[changing][1]
    first_year = draw(st.integers(2000, 2037))
    # Every zone here changes its clock in some year of the span: take the first from the drawn one.
    changes = next(
        found
        for year in [*range(first_year, 2038), *range(2000, first_year)]
        if (found := clock_changes_in(ZoneInfo(zone_name), year))
    )
    instant, wall = draw(st.sampled_from(changes))
    near = st.integers(-5, 5).map(lambda k: k * 15)
    start = (wall.hour * 60 + wall.minute + draw(near)) % 1440
    end = (wall.hour * 60 + wall.minute + draw(near)) % 1440 or 1440
    if start != end % 1440:
        day = wall.date() - timedelta(days=draw(st.sampled_from([0, 0, 1])) if start > end else 0)
        extra = f"{DAYS[day.weekday()]} {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
        spec = extra if alone else f"{spec}; {extra}"
        people = [*people[:changing], (zone_name, spec), *people[changing + 1 :]]
    local = instant.astimezone(ZoneInfo(people[0][0])).date()
    before = draw(st.integers(0, 2))
    return people, local - timedelta(days=before), draw(st.integers(before + 1, before + 3))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=around_a_clock_change())
def test_windows_match_judge_across_clock_changes(case: tuple[list[tuple[str, str]], date, int]) -> None:
    _check(*case)
