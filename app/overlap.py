"""From people's weekly wall-clock hours to UTC intervals, and the time they all share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.availability import DateRange, away_on
from app.hours import WeeklyHours
from app.intervals import Interval, Span, intersect_spans, seconds, union_spans
from app.people import Person
from app.zones import EPOCH_ORDINAL, Edge, noon_offsets, to_utc, wall_seconds


def day_bounds(first_day: date, days: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """``(start, end)``: the instants of ``days`` local days from 00:00 of ``first_day`` on ``zone``'s
    clock, ``start <= end``. They are equal when the clock skips every one of those days (Samoa went
    from 29 to 31 December 2011): such a range is empty, and holds no hours and no meetings.
    """
    if days < 1:
        raise ValueError(f"A range needs at least one day, not {days}.")
    start = to_utc(first_day, 0, zone, Edge.START)
    end = to_utc(first_day + timedelta(days=days), 0, zone, Edge.END)
    return start, end


def day_range(first_day: date, days: int, zone: ZoneInfo) -> Interval:
    """The instants of ``days`` local days from 00:00 of ``first_day`` on ``zone``'s clock, for a range
    that holds at least one instant; :func:`day_bounds` also takes days the clock skips."""
    start, end = day_bounds(first_day, days, zone)
    if start == end:
        raise ValueError(f"{first_day} does not exist on {zone.key}'s clock: the range is empty.")
    return Interval(start, end)


def skipped_days(first_day: date, days: int, zone: ZoneInfo) -> list[date]:
    """The days of that range that never appear on ``zone``'s clock (it jumps over them whole)."""
    found = []
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        if to_utc(day, 0, zone, Edge.START) == to_utc(day + timedelta(days=1), 0, zone, Edge.END):
            found.append(day)
    return found


def hours_spans(hours: WeeklyHours, zone: ZoneInfo, start: int, end: int) -> list[Span]:
    """The spans (epoch seconds) of ``hours`` on ``zone``'s wall clock within ``[start, end)``.

    Each local day's blocks are placed with the offset in force on that day, so a
    client's 09:00 stays 09:00 for them across their clock changes.
    """
    if not start < end:
        return []
    # A block that crosses midnight starts on the day before the range's first local day.
    first = datetime.fromtimestamp(start, UTC).astimezone(zone).date().toordinal() - 1
    last = datetime.fromtimestamp(end, UTC).astimezone(zone).date().toordinal()
    return intersect_spans(union_spans(_block_spans(hours, zone, first, last)), [(start, end)])


def _block_spans(hours: WeeklyHours, zone: ZoneInfo, first: int, last: int) -> list[Span]:
    """The spans (epoch seconds, unsorted) of the blocks of ``hours`` that start on the local dates with
    ordinals ``first`` to ``last`` on ``zone``'s wall clock."""
    if last < first:
        return []
    by_weekday = [[(b.start, b.end + 1440 * b.end_day_offset) for b in hours.on(d)] for d in range(7)]
    # A block of day d lies between d 00:00 and d+2 00:00 on the wall clock. When the noon readings from
    # d-1 to d+2 agree, no clock change falls in that stretch and the block's wall times map with that
    # one offset; only days near a change take the careful path through gaps and folds.
    noon = noon_offsets(zone, first - 1, last + 2)  # noon[i] is the reading on ordinal first - 1 + i
    found: list[Span] = []
    for i, ordinal in enumerate(range(first, last + 1), start=1):
        blocks = by_weekday[(ordinal - 1) % 7]  # ordinal 1, 1 Jan of year 1, was a Monday
        if not blocks:
            continue
        offset = noon[i]
        if noon[i - 1] == offset == noon[i + 1] == noon[i + 2]:
            midnight = (ordinal - EPOCH_ORDINAL) * 86400 - offset
            found.extend((midnight + a * 60, midnight + b * 60) for a, b in blocks)
            continue
        day = date.fromordinal(ordinal)
        for block_start, block_end in blocks:
            begin = wall_seconds(day, block_start, zone, Edge.START)
            finish = wall_seconds(day, block_end, zone, Edge.END)
            if begin < finish:  # a block inside a skipped day (Samoa, 30 Dec 2011) is empty
                found.append((begin, finish))
    return found


def _local_ordinals(zone: ZoneInfo, start: int, end: int) -> tuple[int, int]:
    """The first and last local dates (ordinals) whose blocks may reach into ``[start, end)``."""
    first = datetime.fromtimestamp(start, UTC).astimezone(zone).date().toordinal() - 1
    return first, datetime.fromtimestamp(end, UTC).astimezone(zone).date().toordinal()


def _runs(first: int, last: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of ordinals from ``first`` to ``last`` outside the inclusive ``holes``."""
    found: list[tuple[int, int]] = []
    at = first
    for lo, hi in sorted(holes):
        if lo > at:
            found.append((at, min(lo - 1, last)))
        at = max(at, hi + 1)
        if at > last:
            break
    if at <= last:
        found.append((at, last))
    return [(a, b) for a, b in found if a <= b]


def _holes(ranges: Sequence[DateRange]) -> list[tuple[int, int]]:
    return [(r.first.toordinal(), r.last.toordinal()) for r in ranges]


def person_spans(person: Person, start: int, end: int) -> list[Span]:
    """The sorted, disjoint spans (epoch seconds) within ``[start, end)`` in which ``person`` works:
    their weekly hours, less their days off, with each stretch away on its own clock and hours
    (:mod:`app.availability` says exactly how). Public holidays are not taken out here: callers keep
    them out as they always have (a whole local day of the person's own clock).
    """
    if person.usual_week:
        return hours_spans(person.hours, person.zone, start, end)
    if not start < end:
        return []
    days_off = _holes(person.days_off)
    found: list[Span] = []
    first, last = _local_ordinals(person.zone, start, end)
    for a, b in _runs(first, last, days_off + _holes([away.dates for away in person.away])):
        found.extend(_block_spans(person.hours, person.zone, a, b))
    for away in person.away:
        zone = away.zone or person.zone
        hours = away.hours if away.hours is not None else person.hours
        if hours.is_empty:
            continue
        lo, hi = _local_ordinals(zone, start, end)
        lo, hi = max(lo, away.dates.first.toordinal()), min(hi, away.dates.last.toordinal())
        for a, b in _runs(lo, hi, days_off):
            found.extend(_block_spans(hours, zone, a, b))
    return intersect_spans(union_spans(found), [(start, end)])


def off_spans(person: Person, start: int, end: int) -> list[Span]:
    """The sorted, disjoint spans within ``[start, end)`` of the person's days off and stretches away
    marked ``off``: whole local dates, each on the clock they are on that date. Kept out of every
    meeting, as public holidays are."""
    found: list[Span] = []
    # No clock is more than a day and a bit from UTC: dates further out cannot reach the range.
    near_first = datetime.fromtimestamp(start, UTC).date().toordinal() - 2
    near_last = datetime.fromtimestamp(end, UTC).date().toordinal() + 2
    for days in person.days_off:
        # A day off inside a stretch away is read on that stretch's clock.
        lo, hi = max(days.first.toordinal(), near_first), min(days.last.toordinal(), near_last)
        for day_ordinal in range(lo, hi + 1):
            day = date.fromordinal(day_ordinal)
            zone = zone_on(person, day)
            found.append((wall_seconds(day, 0, zone, Edge.START), wall_seconds(day, 1440, zone, Edge.END)))
    for away in person.away:
        if away.hours is not None and away.hours.is_empty:
            zone = away.zone or person.zone
            found.append(
                (
                    wall_seconds(away.dates.first, 0, zone, Edge.START),
                    wall_seconds(away.dates.last, 1440, zone, Edge.END),
                )
            )
    return [(max(s, start), min(e, end)) for s, e in union_spans(found) if s < end and e > start]


def zone_on(person: Person, day: date) -> ZoneInfo:
    """The zone whose clock ``person`` is on during ``day`` (a date of their own clock)."""
    away = away_on(day, person.away)
    return person.zone if away is None or away.zone is None else away.zone


ClockPiece = tuple[int, int, ZoneInfo]
"""A stretch ``[start, end)`` of epoch seconds and the zone whose clock a person is on during it."""


def clock_pieces(person: Person, start: int, end: int) -> list[ClockPiece]:
    """The clocks ``person`` is on within ``[start, end)``, in order, covering it without a gap: a
    stretch away in another zone from 00:00 of its first date to 24:00 of its last on that zone's clock,
    their own clock around those. Where two clocks claim the same instant (the hours after a trip's last
    date ends on its clock, while a date at home or of the next trip has begun), the earlier one keeps
    it: the person is still where their day is.

    >>> from app.availability import parse_away
    >>> from app.hours import parse_hours
    >>> from app.zones import load_zone
    >>> aiko = Person("Aiko", load_zone("Asia/Tokyo"), parse_hours("mon-fri 09:00-17:00"),
    ...               away=parse_away("2026-12-10..2026-12-11 Europe/Lisbon"))
    >>> for a, b, zone in clock_pieces(aiko, 1796828400, 1797260400):  # 10 Dec 00:00 to 15 Dec 00:00 JST
    ...     print(datetime.fromtimestamp(a, zone), zone.key)
    2026-12-10 00:00:00+09:00 Asia/Tokyo
    2026-12-10 00:00:00+00:00 Europe/Lisbon
    2026-12-12 09:00:00+09:00 Asia/Tokyo
    """
    pieces: list[ClockPiece] = []
    at = start
    for away in person.away:
        if at >= end:
            break
        zone = away.zone
        if zone is None or zone.key == person.zone.key:
            continue
        begin = max(wall_seconds(away.dates.first, 0, zone, Edge.START), at)
        finish = min(wall_seconds(away.dates.last, 1440, zone, Edge.END), end)
        if begin >= finish:
            continue
        if begin > at:
            pieces.append((at, begin, person.zone))
        pieces.append((begin, finish, zone))
        at = finish
    if at < end:
        pieces.append((at, end, person.zone))
    return pieces


def zone_at(person: Person, instant: datetime) -> ZoneInfo:
    """The zone whose clock ``person`` is on at ``instant`` (see :func:`clock_pieces`)."""
    if not person.away:
        return person.zone
    at = seconds(instant)
    return clock_pieces(person, at, at + 1)[0][2]


def inside_hours(interval: Interval, person: Person) -> bool:
    """Whether all of ``interval`` lies inside ``person``'s hours, read on their clock on its own dates."""
    start, end = seconds(interval.start), seconds(interval.end)
    return person_spans(person, start, end) == [(start, end)]


def person_intervals(person: Person, start: datetime, end: datetime) -> list[Interval]:
    """:func:`person_spans` as UTC intervals within ``[start, end)``."""
    return [Interval.from_span(s) for s in person_spans(person, seconds(start), seconds(end))]


def materialise(hours: WeeklyHours, zone: ZoneInfo, start: datetime, end: datetime) -> list[Interval]:
    """The UTC intervals of ``hours`` on ``zone``'s wall clock, within ``[start, end)``."""
    return [Interval.from_span(s) for s in hours_spans(hours, zone, seconds(start), seconds(end))]


def shared_spans(people: Sequence[Person], start: int, end: int) -> list[Span]:
    """The maximal spans within ``[start, end)`` in which every person is inside their hours.

    Each further person is placed only over the stretch still shared, so a
    restrictive person early in the list spares the work for the rest.
    """
    shared: list[Span] = [(start, end)] if start < end else []
    for person in people:
        if not shared:
            break
        shared = intersect_spans(shared, person_spans(person, shared[0][0], shared[-1][1]))
    return shared


def shared_windows(people: Sequence[Person], start: datetime, end: datetime) -> list[Interval]:
    """The maximal intervals within ``[start, end)`` in which every person is inside their hours."""
    if not people:
        return []
    return [Interval.from_span(s) for s in shared_spans(people, seconds(start), seconds(end))]
