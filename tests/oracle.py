"""An independent, minute-by-minute judge of who is inside their hours, for the property tests.

It shares no code with ``app``'s placement of hours: it walks every UTC minute,
reads each person's wall clock with ``datetime.astimezone``, and applies the
design's rules in their plainest form. A wall-clock span from S to E covers UTC
minute m when the wall clock has read S or later at some minute up to m (the
span starts at the first instant the clock reaches S: the first occurrence in a
fold, the transition in a gap) and the clock still reads E or earlier at some
instant after m's start (the span ends at the last instant the clock reads E or
less: the last occurrence in a fold, the transition in a gap). Within a minute
the clock runs on from its reading at the minute's start.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MINUTE = timedelta(minutes=1)


class Clock:
    """Wall-clock readings of one zone for every minute of a UTC stretch."""

    def __init__(self, zone: ZoneInfo, begin: datetime, minutes: int) -> None:
        self.begin = begin
        self.walls = [(begin + i * MINUTE).astimezone(zone).replace(tzinfo=None) for i in range(minutes)]
        self.running_max = list(self.walls)
        for i in range(1, minutes):
            self.running_max[i] = max(self.running_max[i - 1], self.walls[i])
        # later_min[i]: the lowest reading at the start of any minute after minute i.
        self.later_min = [datetime.max] * minutes
        for i in range(minutes - 2, -1, -1):
            self.later_min[i] = min(self.later_min[i + 1], self.walls[i + 1])

    def lowest_ahead(self, i: int) -> datetime:
        """The lowest reading from minute ``i`` on."""
        return min(self.walls[i], self.later_min[i])

    def covers(self, i: int, start: datetime, end: datetime) -> bool:
        """Whether minute ``i`` lies in the wall-clock span [start, end)."""
        reached = self.running_max[i] >= start
        not_past = self.walls[i] < end or self.later_min[i] <= end
        return reached and not_past


def spans(blocks: Iterable[tuple[int, int, int]], first: date, last: date) -> list[tuple[datetime, datetime]]:
    """Naive wall-clock spans of weekly blocks (weekday, start minute, end minute) on each day."""
    out = []
    day = first
    while day <= last:
        midnight = datetime.combine(day, time())
        for weekday, start, end in blocks:
            if weekday == day.weekday():
                length = end - start if end > start else end + 1440 - start
                out.append(
                    (midnight + timedelta(minutes=start), midnight + timedelta(minutes=start + length))
                )
        day += timedelta(days=1)
    return out


def inside_mask(
    zone: ZoneInfo, blocks: list[tuple[int, int, int]], begin: datetime, minutes: int
) -> list[bool]:
    """For each UTC minute from ``begin``, whether the person is inside their hours."""
    clock = Clock(zone, begin, minutes)
    first = clock.lowest_ahead(0).date() - timedelta(days=2)
    last = clock.running_max[-1].date() + timedelta(days=1)
    by_day: dict[date, list[tuple[datetime, datetime]]] = {}
    for s, e in spans(blocks, first, last):
        by_day.setdefault(s.date(), []).append((s, e))
    mask = []
    for i in range(minutes):
        low = clock.lowest_ahead(i).date() - timedelta(days=2)
        high = clock.running_max[i].date()
        found = False
        day = low
        while day <= high and not found:
            found = any(clock.covers(i, s, e) for s, e in by_day.get(day, ()))
            day += timedelta(days=1)
        mask.append(found)
    return mask


def range_mask(zone: ZoneInfo, first_day: date, days: int, begin: datetime, minutes: int) -> list[bool]:
    """For each UTC minute from ``begin``, whether it lies in ``days`` local days from ``first_day``."""
    clock = Clock(zone, begin, minutes)
    start = datetime.combine(first_day, time())
    end = start + timedelta(days=days)
    return [clock.covers(i, start, end) for i in range(minutes)]


def padded_stretch(first_day: date, days: int) -> tuple[datetime, int]:
    """A UTC stretch wide enough to hold ``days`` local days from ``first_day`` in any zone."""
    begin = datetime.combine(first_day - timedelta(days=2), time(), UTC)
    return begin, (days + 4) * 1440


def person_mask(
    zone: ZoneInfo,
    blocks: list[tuple[int, int, int]],
    *,
    days_off: list[tuple[date, date]],
    away: list[tuple[date, date, ZoneInfo | None, list[tuple[int, int, int]] | None]],
    begin: datetime,
    minutes: int,
) -> list[bool]:
    """For each UTC minute from ``begin``, whether the person works then, with days off and stretches
    away, judged the plain way: each clock they may be on is read minute by minute; a block counts on
    a clock when the date it starts on, read on that clock, is one they spend on it (their own clock
    outside every stretch, a stretch's clock on its dates) and is not a day off; a stretch with no
    zone is on their own clock, with no hours keeps their usual ones, with no blocks is a stretch off.
    """

    def off(day: date) -> bool:
        return any(a <= day <= b for a, b in days_off)

    def in_away(day: date) -> bool:
        return any(a <= day <= b for a, b, _, _ in away)

    # Each clock with the blocks it keeps and the test for the dates that count on it.
    clocks: list[tuple[ZoneInfo, list[tuple[int, int, int]], object]] = [
        (zone, blocks, lambda day: not in_away(day) and not off(day))
    ]
    for first, last, where, hours in away:
        clocks.append(
            (
                where or zone,
                blocks if hours is None else hours,
                lambda day, first=first, last=last: first <= day <= last and not off(day),
            )
        )
    mask = [False] * minutes
    for clock_zone, clock_blocks, counts in clocks:
        clock = Clock(clock_zone, begin, minutes)
        first_day = clock.lowest_ahead(0).date() - timedelta(days=2)
        last_day = clock.running_max[-1].date() + timedelta(days=1)
        kept = [
            (s, e)
            for s, e in spans(clock_blocks, first_day, last_day)
            if counts(s.date())  # type: ignore[operator]
        ]
        for i in range(minutes):
            if not mask[i]:
                mask[i] = any(clock.covers(i, s, e) for s, e in kept)
    return mask
