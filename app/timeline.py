"""What the timeline shows, as instants: the view's range, each person's hours, nights, weekends and
clock changes, the shared time, and clock ticks read on everyone's wall clock — every time-zone step
the desktop app needs, so the GUI only maps instants to pixels."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import NamedTuple
from zoneinfo import ZoneInfo

from app.hours import Block, WeeklyHours
from app.intervals import Interval, clip, seconds, subtract, union
from app.overlap import (
    ClockPiece,
    clock_pieces,
    day_range,
    materialise,
    off_spans,
    person_intervals,
    shared_windows,
)
from app.people import Person
from app.zones import Edge, utc_offset, wall_seconds

NIGHT = WeeklyHours(tuple(Block(day, 22 * 60, 7 * 60) for day in range(7)))
"""22:00–07:00 on a person's own clock: when a message or a call would wake them."""
EDGE = timedelta(hours=1)
"""The edge of a person's day: the hour before their hours start and the hour after they end."""


def days_off(hours: WeeklyHours) -> WeeklyHours:
    """The whole weekdays on which ``hours`` has no stretch starting: a person's days off, whichever
    days those are (Saturday and Sunday for most, Friday and Saturday for some, none for others).

    >>> from app.hours import parse_hours
    >>> [b.weekday for b in days_off(parse_hours("sun-thu 09:00-17:00")).blocks]
    [4, 5]
    """
    return WeeklyHours(tuple(Block(day, 0, 1440) for day in range(7) if not hours.on(day)))


class ViewMode(Enum):
    """One local day, or the Monday-to-Sunday week around it, on the freelancer's clock."""

    DAY = 1
    WEEK = 7


def view_span(anchor: date, mode: ViewMode, zone: ZoneInfo, day_start: int = 0) -> Interval:
    """The instants the view covers: 24 hours from ``day_start`` o'clock (0–23) of ``anchor`` on
    ``zone``'s clock, or ``anchor``'s Monday-to-Sunday week."""
    if mode is ViewMode.DAY:
        if not 0 <= day_start < 24:
            raise ValueError(f"A day view starts at an hour from 0 to 23, not {day_start}.")
        start = wall_seconds(anchor, day_start * 60, zone, Edge.START)
        return Interval(datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(start + 86400, UTC))
    return day_range(anchor - timedelta(days=anchor.weekday()), 7, zone)


def day_window_start(anchor: date, people: Sequence[Person]) -> int:
    """The hour (0–23) on the freelancer's (``people[0]``) clock at which the day view of ``anchor``
    starts by default: where the time everyone shares that day sits whole and in the middle, rather than
    against an edge (Tokyo's shared hour with New York is 23:00–24:00). 0 when nothing is shared."""
    if len(people) < 2:
        return 0
    zone = people[0].zone
    around = day_range(anchor - timedelta(days=1), 3, zone)
    day = day_range(anchor, 1, zone)
    windows = [
        w for w in shared_windows(people, around.start, around.end) if w.end > day.start and w.start < day.end
    ]
    if not windows:
        return 0
    first, last = windows[0].start, windows[-1].end
    if last - first > timedelta(hours=22):  # too spread to centre as one: keep the day as it is
        return 0
    middle = (first + (last - first) / 2).astimezone(zone)
    return (middle.hour - 12 + (1 if middle.minute >= 30 else 0)) % 24


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
    """The instant a clock jumps from offset ``before`` to ``after``: a zone's own change, or (``zone``
    set) a person taking another zone's clock as a stretch away starts or ends."""

    instant: datetime
    before: timedelta
    after: timedelta
    zone: str | None = None
    """The zone whose clock the person is on from ``instant``, when it is a trip's start or end."""

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
    """One person's row: their hours, the edges of their day, their nights, their days off and their
    public holidays (each with its name) within the view, as UTC intervals, and the instants their days
    start and their clock changes (day starts on their own clock). A holiday takes their hours that day."""

    person: Person
    hours: tuple[Interval, ...]
    nights: tuple[Interval, ...]
    days_off: tuple[Interval, ...]
    day_starts: tuple[datetime, ...]
    changes: tuple[ClockChange, ...]
    edges: tuple[Interval, ...] = ()
    holidays: tuple[tuple[Interval, str], ...] = ()
    clocks: tuple[tuple[Interval, ZoneInfo], ...] = ()
    """The clocks the person is on across the view, in order (one, theirs, unless they travel)."""

    def zone_at(self, instant: datetime) -> ZoneInfo:
        """The zone whose clock this row reads at ``instant``."""
        return _zone_in(self.clocks, instant) if len(self.clocks) > 1 else self.person.zone


def _zone_in(clocks: Sequence[tuple[Interval, ZoneInfo]], instant: datetime) -> ZoneInfo:
    index = bisect_right([interval.start for interval, _ in clocks], instant) - 1
    return clocks[max(index, 0)][1]


def _at(moment: int) -> datetime:
    return datetime.fromtimestamp(moment, UTC)


def lane_changes(pieces: Sequence[ClockPiece]) -> list[ClockChange]:
    """The clock changes of a row on ``pieces``: each zone's own within its stretch, and the jump where
    the person takes another zone's clock (when its offset differs)."""
    found: list[ClockChange] = []
    for index, (begin, finish, zone) in enumerate(pieces):
        if index:
            before = utc_offset(_at(begin), pieces[index - 1][2])
            after = utc_offset(_at(begin), zone)
            if before != after:
                found.append(ClockChange(_at(begin), before, after, zone.key))
        found.extend(clock_changes(zone, _at(begin), _at(finish)))
    return found


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
    lanes = []
    for person in people:
        # The hours as they are that week: days off taken out, a trip's hours on its own clock.
        hours = person_intervals(person, start - EDGE, end + EDGE)
        # The clocks the row reads: theirs, and a trip's while they are away.
        pieces = clock_pieces(person, seconds(start), seconds(end))
        weekly_off = materialise(days_off(person.hours), person.zone, start, end)
        entered_off = [Interval.from_span(s) for s in off_spans(person, seconds(start), seconds(end))]
        edges = subtract(union([Interval(h.start - EDGE, h.end + EDGE) for h in hours]), hours)
        lanes.append(
            Lane(
                person=person,
                hours=tuple(clip(hours, start, end)),
                nights=tuple(n for a, b, zone in pieces for n in materialise(NIGHT, zone, _at(a), _at(b))),
                days_off=tuple(union([*weekly_off, *entered_off])) if entered_off else tuple(weekly_off),
                day_starts=tuple(
                    t.astimezone(zone)
                    for a, b, zone in pieces
                    for t in wall_ticks(zone, _at(a), _at(b), 1440)
                ),
                changes=tuple(lane_changes(pieces)),
                edges=tuple(clip(edges, start, end)),
                clocks=tuple((Interval(_at(a), _at(b)), zone) for a, b, zone in pieces),
            )
        )
    shared = tuple(shared_windows(people, start, end)) if len(people) > 1 else ()
    # The ticks fall on the freelancer's clock, a trip's while they are away.
    instants = [
        t
        for interval, zone in lanes[0].clocks
        for t in wall_ticks(zone, interval.start, interval.end, tick_minutes)
    ]
    ticks = tuple(
        Tick(instant, tuple(instant.astimezone(lane.zone_at(instant)) for lane in lanes))
        for instant in instants
    )
    return TimelineFacts(span, tuple(lanes), shared, ticks)


def with_holidays(facts: TimelineFacts, holidays: Sequence[Sequence[tuple[Interval, str]]]) -> TimelineFacts:
    """``facts`` with each person's public holidays (per lane, each with its name, from
    :func:`lane_holidays`): a holiday takes that person's hours, the edges of their day and the time
    shared with them."""
    if not any(holidays):
        return facts
    lanes = []
    for index, lane in enumerate(facts.lanes):
        days = tuple(holidays[index]) if index < len(holidays) else ()
        off = [interval for interval, _name in days]
        lanes.append(
            lane._replace(
                hours=tuple(subtract(lane.hours, off)), edges=tuple(subtract(lane.edges, off)), holidays=days
            )
        )
    every_holiday = union([interval for days in holidays for interval, _name in days])
    return facts._replace(lanes=tuple(lanes), shared=tuple(subtract(facts.shared, every_holiday)))


def within_any(interval: Interval, windows: Sequence[Interval]) -> bool:
    """Whether ``interval`` lies wholly inside one of ``windows`` — a picked slot inside shared time."""
    return any(w.start <= interval.start and interval.end <= w.end for w in windows)


def lane_holidays(people: Sequence[Person], span: Interval) -> list[list[tuple[Interval, str]]]:
    """Per person, the stretches of ``span`` during which their own clock shows one of their public
    holidays, each with the holiday's name; empty for a person without a holiday code. Raises
    :class:`~app.publicholidays.HolidayError` for a code the ``holidays`` package does not know."""
    # Loads `holidays`, which the first frame does without.
    from app.publicholidays import holiday_names, local_day_span, parse_holiday_code  # noqa: PLC0415

    found: list[list[tuple[Interval, str]]] = []
    lo, hi = seconds(span.start), seconds(span.end)
    for person in people:
        days: list[tuple[Interval, str]] = []
        if person.holidays is not None:
            code = parse_holiday_code(person.holidays)
            first = span.start.astimezone(person.zone).date() - timedelta(days=1)
            last = span.end.astimezone(person.zone).date() + timedelta(days=1)
            for day, name in sorted(holiday_names(code, first, last).items()):
                a, b = local_day_span(day, person.zone)
                if a < hi and b > lo:
                    days.append((Interval.from_span((max(a, lo), min(b, hi))), name))
        found.append(days)
    return found
