"""Ranked options agree with an independent minute-by-minute judge, in every IANA zone, 2000–2037.

The judge knows nothing of ``app``'s spans: it reads each person's wall clock per UTC
minute (``tests/oracle.py``), asks the ``holidays`` package about each local date, and
lists every start that fits — round on the client's clock, after now + notice, inside the
range, wholly inside everyone's hours, off everyone's holidays.
"""

from __future__ import annotations

import itertools
import warnings
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.hours import parse_hours
from app.overlap import day_bounds
from app.people import Person
from app.ranking import rank_options
from tests.oracle import Clock, inside_mask, padded_stretch, range_mask
from tests.strategies import dates, hours_specs, skipped_days, zone_names

MINUTE = timedelta(minutes=1)
CODES = [None, None, "US", "JP", "DE-BY", "GB", "FR", "BR", "IN", "NZ", "CA-QC"]
# Wide hours make shared time likely, so that the 'fits' branch is exercised as often as 'nothing fits'.
WIDE = ["daily 00:00-24:00", "mon-fri 06:00-22:00", "mon-sat 08:00-20:00", "daily 12:00-04:00"]


@st.composite
def cases(draw: st.DrawFn, *, skipped: bool = False) -> dict[str, object]:
    """A ranking question; with ``skipped``, the range is one day the freelancer's clock jumps over."""
    people = []
    for _ in range(draw(st.integers(2, 3))):
        spec = draw(st.one_of(st.sampled_from(WIDE), hours_specs().map(lambda h: h[0])))
        people.append((draw(zone_names), spec, draw(st.sampled_from(CODES))))
    if skipped:
        zone, first_day = draw(skipped_days)
        people[0] = (zone, people[0][1], people[0][2])
    else:
        first_day = draw(dates)
    return {
        "people": people,
        "client": draw(st.integers(1, len(people) - 1)),
        "first_day": first_day,
        "days": 1 if skipped else draw(st.integers(1, 7)),
        "duration": draw(st.sampled_from([15, 30, 45, 60, 90, 120])),
        "count": draw(st.integers(1, 4)),
        "notice": draw(st.integers(0, 36 * 60)),
        "now": datetime.combine(first_day, datetime.min.time(), UTC)
        + timedelta(minutes=draw(st.integers(-48 * 60, 96 * 60)), seconds=draw(st.integers(0, 59))),
    }


def _holiday_mask(zone: ZoneInfo, code: str | None, begin: datetime, minutes: int) -> list[bool]:
    """True for each UTC minute whose date on ``zone``'s clock is a public holiday of ``code``."""
    if code is None:
        return [False] * minutes
    country, _, subdivision = code.partition("-")
    walls = Clock(zone, begin, minutes).walls
    with warnings.catch_warnings():  # years beyond a country's data warn; what it knows still counts
        warnings.simplefilter("ignore", UserWarning)
        calendar = holidays.country_holidays(
            country, subdiv=subdivision or None, years=range(walls[0].year - 1, walls[-1].year + 2)
        )
        return [w.date() in calendar for w in walls]


def _run_lengths(mask: list[bool]) -> list[int]:
    """For each minute, how many minutes in a row from it are True."""
    runs = [0] * (len(mask) + 1)
    for i in range(len(mask) - 1, -1, -1):
        runs[i] = runs[i + 1] + 1 if mask[i] else 0
    return runs


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_options_match_the_judge(case: dict[str, object]) -> None:
    _check_options(case)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(skipped=True))
def test_a_range_of_only_a_skipped_day_offers_nothing(case: dict[str, object]) -> None:
    _check_options(case)


def _check_options(case: dict[str, object]) -> None:
    people_spec: list[tuple[str, str, str | None]] = case["people"]  # type: ignore[assignment]
    first_day: date = case["first_day"]  # type: ignore[assignment]
    days: int = case["days"]  # type: ignore[assignment]
    duration: int = case["duration"]  # type: ignore[assignment]
    count: int = case["count"]  # type: ignore[assignment]
    now: datetime = case["now"]  # type: ignore[assignment]
    notice = timedelta(minutes=case["notice"])  # type: ignore[arg-type]
    people = [Person(f"p{i}", ZoneInfo(z), parse_hours(h), c) for i, (z, h, c) in enumerate(people_spec)]
    client = people[case["client"]]  # type: ignore[index]
    start, end = day_bounds(first_day, days, people[0].zone)
    options = rank_options(
        people, client=client, start=start, end=end, duration=timedelta(minutes=duration),
        now=now, count=count, notice=notice,
    )  # fmt: skip

    begin, minutes = padded_stretch(first_day, days)
    allowed = range_mask(people[0].zone, first_day, days, begin, minutes)
    earliest = now + notice
    allowed = [a and begin + i * MINUTE >= earliest for i, a in enumerate(allowed)]
    for zone, _, code in people_spec:
        on_holiday = _holiday_mask(ZoneInfo(zone), code, begin, minutes)
        allowed = [a and not h for a, h in zip(allowed, on_holiday, strict=True)]
    inside = list(allowed)
    for person in people:
        blocks = [(b.weekday, b.start, b.end) for b in person.hours.blocks]
        mask = inside_mask(person.zone, blocks, begin, minutes)
        inside = [a and m for a, m in zip(inside, mask, strict=True)]
    client_walls = Clock(client.zone, begin, minutes).walls
    round_start = [w.minute % 30 == 0 and w.second == 0 for w in client_walls]

    runs = {id(inside): _run_lengths(inside), id(allowed): _run_lengths(allowed)}

    def fits(mask: list[bool], i: int) -> bool:
        return round_start[i] and runs[id(mask)][i] >= duration

    good = [i for i in range(minutes) if fits(inside, i)]

    assert len(options) <= count
    for a, b in itertools.pairwise(options):
        assert a.interval.end <= b.interval.start, "options are in time order and do not overlap"
    indices = []
    for option in options:
        assert option.interval.duration == timedelta(minutes=duration)
        offset = (option.interval.start - begin) / MINUTE
        assert offset == int(offset)
        indices.append(int(offset))
    if good:
        assert options, "the judge found a time that fits, so there must be an option"
        for option, i in zip(options, indices, strict=True):
            assert not option.outside_hours
            assert fits(inside, i), f"{option.interval.start:%Y-%m-%d %H:%M} UTC does not fit"
        # How many good starts fit one per client day without overlapping: the earliest first, then the
        # earliest on a later day that starts after it ends (the client's date never goes back in time).
        spread: list[int] = []
        for i in good:
            if not spread or (
                i >= spread[-1] + duration and client_walls[i].date() > client_walls[spread[-1]].date()
            ):
                spread.append(i)
        option_days = [client_walls[i].date() for i in indices]
        if len(spread) >= count:
            assert len(set(option_days)) == len(options) == count, "spread over different client days"
    else:
        for option, i in zip(options, indices, strict=True):
            assert option.outside_hours
            assert option.outside_minutes > 0
            assert fits(allowed, i), "even a least-bad option is round, in range, after notice, off holidays"
