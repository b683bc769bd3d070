"""Hypothesis strategies for zones, dates and hours text drawn from the whole grammar."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from app.vtimezone import read_tzif

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALL_ZONES = sorted(zoneinfo.available_timezones())

zone_names = st.sampled_from(ALL_ZONES)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2037, 12, 20))


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


@st.composite
def time_ranges(draw: st.DrawFn) -> tuple[str, int, int]:
    """A range's text and its (start, end) minutes; ends of 00:00 read as 24:00."""
    step = draw(st.sampled_from([1, 15, 30, 60]))
    start = draw(st.integers(0, 1439 // step)) * step
    end = draw(st.integers(1, 1440 // step).filter(lambda e: e * step % 1440 != start)) * step
    return f"{_clock(start)}-{_clock(end)}" if end != 1440 else f"{_clock(start)}-24:00", start, end


@st.composite
def day_sets(draw: st.DrawFn) -> tuple[str, list[int]]:
    """A day set's text (daily, a day, a wrapping range, or a list) and its weekdays."""
    kind = draw(st.sampled_from(["daily", "day", "range", "list"]))
    if kind == "daily":
        return "daily", list(range(7))
    if kind == "day":
        day = draw(st.integers(0, 6))
        return DAY_NAMES[day], [day]
    if kind == "range":
        first, last = draw(st.integers(0, 6)), draw(st.integers(0, 6))
        return f"{DAY_NAMES[first]}-{DAY_NAMES[last]}", [
            (first + i) % 7 for i in range((last - first) % 7 + 1)
        ]
    days = draw(st.lists(st.integers(0, 6), min_size=1, max_size=4, unique=True))
    return ",".join(DAY_NAMES[d] for d in days), days


@st.composite
def hours_specs(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, int]]]:
    """Hours text in the grammar, and the (weekday, start, end) blocks it means."""
    segments = []
    blocks: set[tuple[int, int, int]] = set()
    for _ in range(draw(st.integers(1, 3))):
        days_text, days = draw(day_sets())
        ranges = draw(st.lists(time_ranges(), min_size=1, max_size=3))
        segments.append(days_text + " " + " ".join(text for text, _, _ in ranges))
        blocks.update((d, s, e) for d in days for _, s, e in ranges)
    return "; ".join(segments), sorted(blocks)


_MINUTE = timedelta(minutes=1)


def clock_changes_in(zone: ZoneInfo, year: int) -> list[tuple[datetime, datetime]]:
    """Each change of the zone's UTC offset in ``year``: the UTC minute it happens and the wall
    time just before it (found by a daily scan, then minute by minute)."""
    found = []
    day = datetime(year, 1, 1, tzinfo=UTC)
    for _ in range(366):
        after = day + timedelta(days=1)
        if day.astimezone(zone).utcoffset() != after.astimezone(zone).utcoffset():
            low, high = day, after
            while high - low > _MINUTE:
                mid = low + (high - low) // 2
                mid = mid.replace(second=0, microsecond=0)
                if mid.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = mid
                else:
                    high = mid
            found.append((high, low.astimezone(zone).replace(tzinfo=None) + _MINUTE))
        day = after
    return found


@lru_cache(maxsize=1)
def skipped_local_days() -> tuple[tuple[str, date], ...]:
    """Every (zone, day) of 1900–2037 whose whole local day the zone's clock jumps over (Samoa's
    30 December 2011, Kiribati's 31 December 1994), read from each zone's listed transitions: a day
    is skipped when the wall clock goes from before its midnight to its end or later in one step."""
    found = []
    for key in ALL_ZONES:
        if key == "localtime":
            continue
        data = read_tzif(key)
        before = data.initial_offset
        for instant, after in zip(data.transitions, data.offsets, strict=True):
            if after - before >= 86400:
                last_shown = datetime.fromtimestamp(instant - 1 + before, UTC).replace(tzinfo=None)
                wall_after = datetime.fromtimestamp(instant + after, UTC).replace(tzinfo=None)
                day = last_shown.date() + timedelta(days=1)
                while datetime.combine(day + timedelta(days=1), datetime.min.time()) <= wall_after:
                    if 1900 <= day.year <= 2037:
                        found.append((key, day))
                    day += timedelta(days=1)
            before = after
    return tuple(sorted(found))


skipped_days = st.deferred(lambda: st.sampled_from(skipped_local_days()))
"""A (zone, date) whose whole local day the zone's clock skips."""
