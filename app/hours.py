"""Weekly wall-clock hours: the text grammar people type, parsed, validated and formatted back.

Grammar (case-insensitive): segments separated by ``;``. A segment is a day set
followed by one or more ``HH:MM-HH:MM`` ranges. A day set is ``daily`` or a
comma-separated list of days (``mon`` … ``sun``) and day ranges (``mon-fri``,
which may wrap: ``fri-mon``). ``24:00`` is a valid end; an end earlier than its
start crosses midnight and belongs to the day it starts on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.messages import AppError, Message, message

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MINUTES_PER_DAY = 24 * 60

_TIME = re.compile(r"^(\d{2}):(\d{2})$")


class HoursError(AppError):
    """Raised for hours text that does not follow the grammar; the message says what and where."""


@dataclass(frozen=True, order=True, slots=True)
class Block:
    """One stretch of hours that starts on ``weekday`` (0 = Monday) at ``start`` minutes after
    local midnight and lasts until ``end`` minutes after midnight — of the next day when
    ``end <= start``. ``end`` is in 1..1440; 1440 is ``24:00``."""

    weekday: int
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise HoursError("hours.weekday_range", weekday=self.weekday)
        if not 0 <= self.start < MINUTES_PER_DAY:
            raise HoursError("hours.start_range", start=self.start)
        if not 0 < self.end <= MINUTES_PER_DAY:
            raise HoursError("hours.end_range", end=self.end)
        if self.start == self.end:
            raise HoursError("hours.empty_block")

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def minutes(self) -> int:
        """Length in wall-clock minutes (ignoring clock changes)."""
        return self.end - self.start + (MINUTES_PER_DAY if self.crosses_midnight else 0)

    @property
    def end_day_offset(self) -> int:
        """0 when the block ends on its own day, 1 when it ends on the next."""
        return 1 if self.crosses_midnight else 0


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """A person's hours: a sorted tuple of distinct blocks. The person is inside their hours
    at any wall-clock moment covered by at least one block."""

    blocks: tuple[Block, ...]

    @classmethod
    def of(cls, blocks: object) -> WeeklyHours:
        """Build from any iterable of blocks, sorting and removing duplicates."""
        if not isinstance(blocks, (list, tuple, set, frozenset)):
            raise TypeError("Use a list, tuple or set of Block, not " + type(blocks).__name__ + ".")
        for block in blocks:
            if not isinstance(block, Block):
                raise TypeError(f"Use Block, not {type(block).__name__}.")
        return cls(tuple(sorted(set(blocks))))

    def on(self, weekday: int) -> tuple[Block, ...]:
        """The blocks that start on ``weekday``."""
        return tuple(b for b in self.blocks if b.weekday == weekday)

    @property
    def is_empty(self) -> bool:
        return not self.blocks

    @property
    def workdays(self) -> frozenset[int]:
        """Weekdays on which at least one block starts."""
        return frozenset(b.weekday for b in self.blocks)

    def __str__(self) -> str:
        return format_hours(self)


def _parse_time(text: str, *, is_end: bool, where: Message) -> int:
    match = _TIME.match(text)
    if not match:
        raise HoursError("hours.not_a_time", where=where, text=text)
    hours, minutes = int(match.group(1)), int(match.group(2))
    if minutes > 59:
        raise HoursError("hours.bad_minutes", where=where, text=text, minutes=minutes)
    if hours == 24 and minutes == 0:
        if not is_end:
            raise HoursError("hours.start_at_24", where=where)
        return MINUTES_PER_DAY
    if hours > 23:
        raise HoursError("hours.bad_hour", where=where, text=text, hour=hours)
    return hours * 60 + minutes


def _parse_range(text: str, where: Message) -> tuple[int, int]:
    parts = text.split("-")
    if len(parts) != 2:
        raise HoursError("hours.not_a_range", where=where, text=text)
    start = _parse_time(parts[0], is_end=False, where=where)
    end = _parse_time(parts[1], is_end=True, where=where)
    if end == 0:
        end = MINUTES_PER_DAY  # 00:00 as an end is the coming midnight, the same as 24:00
    if start == end:
        raise HoursError("hours.same_start_end", where=where, text=text)
    return start, end


def _day(name: str, where: Message) -> int:
    try:
        return DAY_NAMES.index(name)
    except ValueError:
        raise HoursError("hours.not_a_day", where=where, name=name) from None


def _parse_days(text: str, where: Message) -> list[int]:
    if text == "daily":
        return list(range(7))
    days: list[int] = []
    for item in text.split(","):
        if not item:
            raise HoursError("hours.empty_day", where=where, text=text)
        if "-" in item:
            ends = item.split("-")
            if len(ends) != 2:
                raise HoursError("hours.not_a_day_range", where=where, text=item)
            first, last = _day(ends[0], where), _day(ends[1], where)
            span = (last - first) % 7
            days.extend((first + i) % 7 for i in range(span + 1))
        else:
            days.append(_day(item, where))
    return days


def parse_hours(spec: str) -> WeeklyHours:
    """Parse hours text into :class:`WeeklyHours`.

    >>> parse_hours("mon-fri 22:00-02:00").on(0)
    (Block(weekday=0, start=1320, end=120),)
    """
    if not isinstance(spec, str):
        raise TypeError(f"Use str, not {type(spec).__name__}.")
    return _parsed(spec)


@lru_cache(maxsize=4096)
def _parsed(spec: str) -> WeeklyHours:
    # Cached: many people share their hours' text, and a store of ten thousand clients validates, saves
    # and shows each of them. WeeklyHours is immutable, so sharing one is safe; errors are not cached.
    if any(ord(ch) < 32 and ch not in "\t" for ch in spec):
        raise HoursError("hours.control_character")
    blocks: set[Block] = set()
    segments = [s.strip() for s in spec.lower().split(";")]
    if all(not s for s in segments):
        raise HoursError("hours.empty")
    for number, segment in enumerate(segments, start=1):
        if not segment:
            continue  # a trailing or doubled ';' is harmless
        shown = segment if len(segment) <= 40 else segment[:40] + "…"
        where = (
            message("hours.where_segment", number=number, text=shown)
            if len(segments) > 1
            else message("hours.where", text=shown)
        )
        words = segment.split()
        if len(words) < 2:
            raise HoursError("hours.days_then_range", where=where)
        days = _parse_days(words[0], where)
        for word in words[1:]:
            start, end = _parse_range(word, where)
            blocks.update(Block(day, start, end) for day in days)
    return WeeklyHours(tuple(sorted(blocks)))


def _format_time(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _format_days(days: frozenset[int]) -> str:
    if len(days) == 7:
        return "daily"
    # Walk the week circularly from a day that is not in the set, so runs such as fri-mon stay whole.
    origin = next(d for d in range(7) if d not in days)
    order = [(origin + i) % 7 for i in range(1, 8)]
    runs: list[list[int]] = []
    for day in order:
        if day in days:
            if runs and runs[-1][-1] == (day - 1) % 7:
                runs[-1].append(day)
            else:
                runs.append([day])
    runs.sort(key=lambda run: run[0])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{DAY_NAMES[run[0]]}-{DAY_NAMES[run[-1]]}")
        else:
            parts.extend(DAY_NAMES[d] for d in run)
    return ",".join(parts)


def format_hours(hours: WeeklyHours) -> str:
    """Canonical text for ``hours``; ``parse_hours(format_hours(h)) == h``.

    >>> format_hours(parse_hours("Mon-Fri 09:00-17:00; sat 10:00-12:00"))
    'mon-fri 09:00-17:00; sat 10:00-12:00'
    """
    by_day: dict[int, tuple[tuple[int, int], ...]] = {}
    for day in range(7):
        ranges = tuple(sorted((b.start, b.end) for b in hours.blocks if b.weekday == day))
        if ranges:
            by_day[day] = ranges
    groups: dict[tuple[tuple[int, int], ...], set[int]] = {}
    for day, ranges in by_day.items():
        groups.setdefault(ranges, set()).add(day)
    segments = []
    for ranges, days in sorted(groups.items(), key=lambda item: min(item[1])):
        times = " ".join(f"{_format_time(s)}-{_format_time(e)}" for s, e in ranges)
        segments.append(f"{_format_days(frozenset(days))} {times}")
    return "; ".join(segments)
