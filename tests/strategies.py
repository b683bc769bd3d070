"""Hypothesis strategies for zones, dates and hours text drawn from the whole grammar."""

from __future__ import annotations

import zoneinfo
from datetime import date

from hypothesis import strategies as st

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
