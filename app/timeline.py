"""What the timeline shows, as instants: the view's range, each person's hours, nights, weekends and
clock changes, the shared time, and clock ticks read on everyone's wall clock — every time-zone step
the desktop app needs, so the GUI only maps instants to pixels."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import NamedTuple
from zoneinfo import ZoneInfo

from app.hours import Block, WeeklyHours
from app.intervals import Interval, seconds
from app.overlap import day_range, materialise, shared_windows
from app.people import Person
from app.zones import Edge, utc_offset, wall_seconds

NIGHT = WeeklyHours(tuple(Block(day, 22 * 60, 7 * 60) for day in range(7)))
"""22:00–07:00 on a person's own clock: when a message or a call would wake them."""
WEEKEND = WeeklyHours((Block(5, 0, 1440), Block(6, 0, 1440)))


class ViewMode(Enum):
    """One local day, or the Monday-to-Sunday week around it, on the freelancer's clock."""

    DAY = 1
    WEEK = 7


def view_span(anchor: date, mode: ViewMode, zone: ZoneInfo) -> Interval:
    """The instants the view covers: ``anchor``'s local day, or its Monday-to-Sunday week."""
    if mode is ViewMode.DAY:
        return day_range(anchor, 1, zone)
    return day_range(anchor - timedelta(days=anchor.weekday()), 7, zone)


def step_anchor(anchor: date, mode: ViewMode, steps: int) -> date:
    """The anchor ``steps`` views later (earlier when negative)."""
    return anchor + timedelta(days=mode.value * steps)


def wall_clock(instant: datetime, zone: ZoneInfo) -> datetime:
    """``instant`` as ``zone``'s wall clock reads it (aware, in ``zone``)."""
    return instant.astimezone(zone)


def today(now: datetime, zone: ZoneInfo) -> date:
    return now.astimezone(zone).date()


# The records are NamedTuples, immutable like frozen dataclasses and cheaper to define when the app
# starts (the first frame imports this module) and to make.
class ClockChange(NamedTuple):
    """The instant ``zone``'s clock jumps from offset ``before`` to ``after``."""

    instant: datetime
    before: timedelta
    after: timedelta

    @property
    def shift(self) -> timedelta:
        """Positive when the clock springs forward."""
        return self.after - self.before


def clock_changes(zone: ZoneInfo, start: datetime, end: datetime) -> list[ClockChange]:
    """The offset changes of ``zone`` within ``[start, end)``, to the second.

    Samples the offset every hour and bisects where it differs; no zone changes its
    offset twice within an hour.
    """
    found: list[ClockChange] = []
    lo, hi = seconds(start), seconds(end)
    if lo >= hi:
        return found

    def offset(at: int) -> timedelta:
        return utc_offset(datetime.fromtimestamp(at, UTC), zone)

    samples = [*range(lo, hi, 3600), hi - 1]
    previous_at, previous = samples[0], offset(samples[0])
    for at in samples[1:]:
        current = offset(at)
        if current != previous:
            a, b = previous_at, at  # the offset at a is still the old one, at b already the new
            while b - a > 1:
                mid = (a + b) // 2
                if offset(mid) == previous:
                    a = mid
                else:
                    b = mid
            found.append(ClockChange(datetime.fromtimestamp(b, UTC), previous, current))
        previous_at, previous = at, current
    return found


def wall_ticks(zone: ZoneInfo, start: datetime, end: datetime, step_minutes: int) -> list[datetime]:
    """Instants in ``[start, end)`` at which ``zone``'s clock reads a multiple of ``step_minutes``
    after local midnight. Wall times skipped by a clock change have no tick."""
    if not 0 < step_minutes <= 1440 or 1440 % step_minutes:
        raise ValueError(f"Use a step that divides a day into whole parts, not {step_minutes} minutes.")
    lo, hi = seconds(start), seconds(end)
    first = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date()
    ticks: list[datetime] = []
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        day = date.fromordinal(ordinal)
        for minute in range(0, 1440, step_minutes):
            at = wall_seconds(day, minute, zone, Edge.START)
            if lo <= at < hi:
                instant = datetime.fromtimestamp(at, UTC)
                wall = instant.astimezone(zone)
                if (wall.date(), wall.hour * 60 + wall.minute) == (day, minute):
                    ticks.append(instant)
    return sorted(set(ticks))


def snap(instant: datetime, zone: ZoneInfo, step_minutes: int) -> datetime:
    """The instant nearest to ``instant`` at which ``zone``'s clock reads a multiple of
    ``step_minutes`` (15 or 30, say) — so a dragged slot starts on the client's round minutes."""
    wall = instant.astimezone(zone)
    into_day = wall.hour * 60 + wall.minute + wall.second / 60
    rounded = round(into_day / step_minutes) * step_minutes
    return datetime.fromtimestamp(wall_seconds(wall.date(), rounded, zone, Edge.START), UTC)


def move_on_clock(instant: datetime, zone: ZoneInfo, minutes: int) -> datetime:
    """``instant`` moved by ``minutes`` of ``zone``'s wall clock (so 09:00 + 30 reads 09:30 even
    across a clock change), taking a skipped wall time as the moment of the jump. Seconds are dropped."""
    wall = instant.astimezone(zone)
    into_day = wall.hour * 60 + wall.minute + minutes
    return datetime.fromtimestamp(wall_seconds(wall.date(), into_day, zone, Edge.START), UTC)


class Lane(NamedTuple):
    """One person's row: their hours, nights and weekend days within the view, as UTC intervals,
    and the instants their days start and their clock changes (day starts on their own clock)."""

    person: Person
    hours: tuple[Interval, ...]
    nights: tuple[Interval, ...]
    weekends: tuple[Interval, ...]
    day_starts: tuple[datetime, ...]
    changes: tuple[ClockChange, ...]


class Tick(NamedTuple):
    """An instant on the freelancer's clock (one of ``step`` minutes) and how every lane's clock reads it."""

    instant: datetime
    walls: tuple[datetime, ...]


class TimelineFacts(NamedTuple):
    """Everything the timeline draws for ``people`` (the freelancer first) over ``span``."""

    span: Interval
    lanes: tuple[Lane, ...]
    shared: tuple[Interval, ...]
    ticks: tuple[Tick, ...]


def timeline_facts(people: Sequence[Person], span: Interval, *, tick_minutes: int = 60) -> TimelineFacts:
    """The lanes, shared time and hourly ticks for ``people`` over ``span``.

    Ticks fall on the first person's clock; each tick carries every person's wall time.
    """
    if not people:
        raise ValueError("The timeline needs at least the freelancer.")
    start, end = span.start, span.end
    lanes = tuple(
        Lane(
            person=person,
            hours=tuple(materialise(person.hours, person.zone, start, end)),
            nights=tuple(materialise(NIGHT, person.zone, start, end)),
            weekends=tuple(materialise(WEEKEND, person.zone, start, end)),
            day_starts=tuple(t.astimezone(person.zone) for t in wall_ticks(person.zone, start, end, 1440)),
            changes=tuple(clock_changes(person.zone, start, end)),
        )
        for person in people
    )
    shared = tuple(shared_windows(people, start, end)) if len(people) > 1 else ()
    ticks = tuple(
        Tick(instant, tuple(instant.astimezone(p.zone) for p in people))
        for instant in wall_ticks(people[0].zone, start, end, tick_minutes)
    )
    return TimelineFacts(span, lanes, shared, ticks)


def within_any(interval: Interval, windows: Sequence[Interval]) -> bool:
    """Whether ``interval`` lies wholly inside one of ``windows`` — a picked slot inside shared time."""
    return any(w.start <= interval.start and interval.end <= w.end for w in windows)


def lane_holidays(people: Sequence[Person], span: Interval) -> list[list[Interval]]:
    """Per person, the stretches of ``span`` during which their own clock shows one of their public
    holidays; empty for a person without a holiday code. Raises
    :class:`~app.publicholidays.HolidayError` for a code the ``holidays`` package does not know."""
    from app.publicholidays import holiday_spans, parse_holiday_code  # noqa: PLC0415 — loads `holidays`

    found: list[list[Interval]] = []
    for person in people:
        if person.holidays is None:
            found.append([])
            continue
        code = parse_holiday_code(person.holidays)
        spans = holiday_spans([(code, person.zone)], seconds(span.start), seconds(span.end))
        found.append([Interval.from_span(s) for s in spans])
    return found
