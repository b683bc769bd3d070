"""The daily check-in: one moment on the client's clock, early in their day, to send a progress update.

The client starts their day with the update in their inbox, so the moment is
early in their core time; of those moments, the one inside (or nearest to) the
freelancer's own hours wins. It is one wall time on the client's clock, so it
stays put for the client through their clock changes — and moves on the
freelancer's clock when either zone changes its clocks, which the plan lists.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal, NamedTuple
from zoneinfo import ZoneInfo

from app.availability import away_on, is_day_off
from app.clockchanges import offset_at
from app.hours import WeeklyHours
from app.intervals import Span, seconds
from app.messages import AppError
from app.overlap import person_spans, zone_at, zone_on
from app.people import Person
from app.publicholidays import holiday_dates, parse_holiday_code
from app.rhythm import core_spans
from app.zones import EPOCH_ORDINAL, Edge, wall_seconds

DAY = 86400
PLAN_DAYS = 365


class CheckinError(AppError):
    """A check-in cannot be planned (the client has no hours); the message says why."""


@dataclass(frozen=True, slots=True)
class ReminderShift:
    """From ``after``'s reminder on, the check-in comes at a different time on the freelancer's clock
    (``before`` is the reminder just ahead of it, on that clock), because ``zones`` changed their clocks."""

    before: datetime
    after: datetime
    zones: tuple[str, ...]
    trip: Literal["there", "back"] | None = None
    """Whether the move is the client going to a stretch away on another zone (``there``: ``zones``
    names that zone, whose clock did not change) or coming back from one (``back``), rather than a
    clock change."""


@dataclass(frozen=True, slots=True)
class MovedReminder:
    """On ``day`` (the client's date) the client's clocks skip the check-in's wall time, so that day's
    reminder comes at ``at`` (UTC): the moment the clocks jump, the first moment their day reaches it."""

    day: date
    at: datetime


@dataclass(frozen=True, slots=True)
class CheckinPlan:
    """The daily check-in at ``minute`` minutes after midnight on the client's clock, on the client's
    weekdays ``days`` (0 = Monday).

    ``skipped`` are the client's working days whose hours do not start close enough
    before that time; ``after_start`` is how long after the client's day starts it
    comes (on the latest-starting of ``days``). ``occurrences`` are the next year's
    reminders (UTC); ``inside_mine`` counts those inside the freelancer's hours.
    ``shifts`` are the moments in that year when it moves on the freelancer's clock.
    ``holidays`` are the reminders of that year left out of ``occurrences`` (and out of the
    reminder series) because the client's date is one of their public holidays (UTC); ``days_off``
    those left out because it is one of their days off, or a date away with no hours that weekday.
    ``elsewhere`` are the reminders of ``occurrences`` placed on another clock: on a date the client is
    away on another zone, the check-in comes at its wall time there (the series writes it as that
    exact instant, and leaves out the one at home).
    ``moved`` are the reminders of ``occurrences`` whose wall time the client's clocks skip (when
    no candidate time exists on every date): each comes at the moment the clocks jump, and the
    reminder series writes it as that exact instant.
    """

    minute: int
    days: tuple[int, ...]
    skipped: tuple[int, ...]
    after_start: timedelta
    occurrences: tuple[datetime, ...]
    inside_mine: int
    shifts: tuple[ReminderShift, ...]
    me: Person
    client: Person
    holidays: tuple[datetime, ...] = ()
    moved: tuple[MovedReminder, ...] = ()
    days_off: tuple[datetime, ...] = ()
    elsewhere: tuple[MovedReminder, ...] = ()
    days_off_dates: tuple[date, ...] = ()
    """The client's dates of ``days_off``, in order."""

    @property
    def client_time(self) -> time:
        return time(self.minute // 60, self.minute % 60)

    @property
    def next(self) -> datetime:
        """The next reminder, UTC."""
        return self.occurrences[0]

    @property
    def next_mine(self) -> datetime:
        """The next reminder on the clock the freelancer is on then (a trip's while away)."""
        return self.next.astimezone(zone_at(self.me, self.next))

    @property
    def next_client(self) -> datetime:
        """The next reminder on the clock the client is on then (a trip's while away)."""
        return self.next.astimezone(zone_at(self.client, self.next))


class AwayStretch(NamedTuple):
    """Consecutive dates (the client's, ``first`` to ``last``) on which the check-in comes on another
    zone's clock, ``zone``; ``at`` is the first of those reminders (UTC)."""

    first: date
    last: date
    zone: str
    at: datetime


def away_stretches(plan: CheckinPlan) -> list[AwayStretch]:
    """The reminders of ``plan`` placed on another clock (``plan.elsewhere``), as runs of consecutive
    dates on one zone: what a sentence such as "while they are in Lisbon (10–11 Dec)" names.

    Dates a run passes over without a reminder (a weekend in the middle of a trip) do not break it."""
    found: list[AwayStretch] = []
    for moved in sorted(plan.elsewhere, key=lambda m: m.at):
        zone = zone_at(plan.client, moved.at).key
        away = away_on(moved.day, plan.client.away)
        if found and found[-1].zone == zone and away is not None and found[-1].first in away.dates:
            found[-1] = found[-1]._replace(last=moved.day)
        else:
            found.append(AwayStretch(moved.day, moved.day, zone, moved.at))
    return found


def days_off_dates(plan: CheckinPlan) -> list[date]:
    """The client's dates whose check-in ``plan`` leaves out for a day off, in order."""
    return sorted(set(plan.days_off_dates))


def _holidays(client: Person, first: date, last: date) -> frozenset[date]:
    """The client's public holidays from ``first`` to ``last`` (dates on their clock); none without a code."""
    if not client.holidays:
        return frozenset()
    return holiday_dates(parse_holiday_code(client.holidays), first, last)


def _days_off(client: Person, first: date, last: date) -> frozenset[date]:
    """The client's dates from ``first`` to ``last`` with no hours of their own making: their days off,
    and dates away whose hours have none that weekday (a stretch marked off has none at all)."""
    found: set[date] = set()
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        day = date.fromordinal(ordinal)
        if is_day_off(day, client.days_off):
            found.add(day)
            continue
        away = away_on(day, client.away)
        if away is not None and away.hours is not None and day.weekday() not in away.hours.workdays:
            found.add(day)
    return frozenset(found)


def _day_starts(hours: WeeklyHours) -> dict[int, int]:
    """For each working weekday, the minute its first stretch starts."""
    return {day: min(b.start for b in hours.on(day)) for day in hours.workdays}


def _covers(hours: WeeklyHours, day: int, minute: int) -> bool:
    """Whether a stretch that starts on ``day`` covers ``minute`` of that same day."""
    return any(b.start <= minute < (1440 if b.crosses_midnight else b.end) for b in hours.on(day))


def _candidates(hours: WeeklyHours, starts: dict[int, int], window: int, step: int) -> list[int]:
    """Minutes to try: each day's start, and the round minutes (multiples of ``step``) in its window."""
    found: set[int] = set()
    for day, start in starts.items():
        found.add(start)
        first = -(-start // step) * step
        found.update(m for m in range(first, min(start + window, 1440), step) if _covers(hours, day, m))
    return sorted(found)


def _distance(instant: int, spans: Sequence[Span]) -> int:
    """Seconds from ``instant`` to the nearest of sorted ``spans`` (0 inside one)."""
    i = bisect_right(spans, (instant, 2**62))
    best = 2**62
    if i > 0:
        end = spans[i - 1][1]
        if instant < end:
            return 0
        best = instant - end + 1  # spans are half-open: their end is already one second outside
    if i < len(spans):
        best = min(best, spans[i][0] - instant)
    return best


@dataclass(frozen=True, slots=True)
class _Trial:
    minute: int
    days: tuple[int, ...]
    instants: tuple[int, ...]
    dates: tuple[date, ...]  # each reminder's date on the client's clock
    held: tuple[int, ...]  # reminders left out: the client's public holidays
    off: tuple[int, ...]  # reminders left out: the client's days off
    off_dates: tuple[date, ...]  # their dates
    zones: tuple[ZoneInfo, ...]  # the clock each reminder is on: the client's, or where they are away
    skipped_walls: int  # reminders whose wall time the clocks skip that day
    distance: int  # total seconds outside the freelancer's hours over the year
    lateness: int

    def score(self) -> tuple[int, int, int, int, int]:
        return (self.skipped_walls, -len(self.days), self.distance, self.lateness, self.minute)


def _trial(
    client: Person,
    minute: int,
    days: tuple[int, ...],
    *,
    lateness: int,
    first: date,
    now: int,
    mine: Sequence[Span],
    holidays: frozenset[date],
    days_off: frozenset[date],
) -> _Trial:
    instants: list[int] = []
    dates: list[date] = []
    held: list[int] = []
    off: list[int] = []
    off_dates: list[date] = []
    zones: list[ZoneInfo] = []
    skipped = 0
    for offset in range(PLAN_DAYS + 1):
        day = first + timedelta(days=offset)
        if day.weekday() not in days:
            continue
        zone = zone_on(client, day)
        instant = wall_seconds(day, minute, zone, Edge.START)
        if instant <= now:
            continue
        if day in holidays:
            held.append(instant)
            continue
        if day in days_off:
            off.append(instant)
            off_dates.append(day)
            continue
        if _skipped(instant, day, minute, zone):
            skipped += 1
        instants.append(instant)
        dates.append(day)
        zones.append(zone)
    distance = sum(_distance(i, mine) for i in instants)
    return _Trial(
        minute,
        days,
        tuple(instants),
        tuple(dates),
        tuple(held),
        tuple(off),
        tuple(off_dates),
        tuple(zones),
        skipped,
        distance,
        lateness,
    )


def _shifts(
    instants: Sequence[int],
    dates: Sequence[date],
    minute: int,
    me: Person,
    *,
    zones: Sequence[ZoneInfo],
    home: ZoneInfo,
) -> tuple[ReminderShift, ...]:
    """Where the reminder moves on the freelancer's clock, and whose clocks moved it.

    The reminder's place on the freelancer's clock, relative to its wall time on the client's date,
    is the freelancer's offset less the client's *effective* offset: the client's wall time less the
    instant the reminder is placed at. A reminder whose wall time the client's clocks skip comes at
    the jump, so its effective offset is neither the old one nor the new one (London's 01:00 on the
    night it jumps to 02:00 reads as UTC+0 there, the next day's as UTC+1). The place moves exactly
    when one of the two offsets does, so every shift names at least one zone. ``zones`` are the clocks
    the client is on for each reminder: a move to or from a stretch away names the zone away."""
    found: list[ReminderShift] = []

    def offsets(instant: int, day: date) -> tuple[int, int]:
        client_wall = (day.toordinal() - EPOCH_ORDINAL) * DAY + minute * 60
        return client_wall - instant, offset_at(me.zone, instant)

    previous: tuple[int, int] | None = None
    for i, (instant, day) in enumerate(zip(instants, dates, strict=True)):
        current = offsets(instant, day)
        if previous is not None and current[1] - current[0] != previous[1] - previous[0]:
            # The clock that moved it: the zone away when the client goes there or comes back.
            theirs = zones[i] if zones[i] is not home else zones[i - 1]
            trip: Literal["there", "back"] | None = None
            if zones[i].key != zones[i - 1].key:
                trip = "back" if zones[i].key == home.key else "there"
            named = tuple(
                zone.key
                for zone, before, after in (
                    (theirs, previous[0], current[0]),
                    (me.zone, previous[1], current[1]),
                )
                if before != after
            )
            before_at = datetime.fromtimestamp(instants[i - 1], UTC).astimezone(me.zone)
            found.append(
                ReminderShift(
                    before_at, datetime.fromtimestamp(instant, UTC).astimezone(me.zone), named, trip=trip
                )
            )
        previous = current
    return tuple(found)


def checkin_time(
    client: Person,
    me: Person,
    now: datetime,
    *,
    window: timedelta = timedelta(minutes=60),
    step: timedelta = timedelta(minutes=15),
) -> CheckinPlan:
    """The daily moment to send a progress update, planned over the year from ``now``.

    A candidate is the start of a client's working day or a round minute (a
    multiple of ``step``) less than ``window`` after it, inside that day's hours.
    It serves each working day whose hours start at most ``window`` before it and
    still cover it. The best candidate serves the most days, then lies inside (or
    nearest to) the freelancer's hours over the year, then comes earliest in the
    client's day. Candidates whose wall time the client's clocks skip on some day
    come last: a calendar cannot place them. With a holiday code, the client's public
    holidays (their dates on the client's clock) get no reminder.

    >>> from zoneinfo import ZoneInfo
    >>> from app.hours import parse_hours
    >>> me = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 22:30-24:00"))
    >>> ny = Person("ny", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
    >>> plan = checkin_time(ny, me, datetime(2026, 3, 2, tzinfo=UTC))
    >>> plan.client_time, f"{plan.next_mine:%a %H:%M}", plan.days
    (datetime.time(9, 30), 'Mon 23:30', (0, 1, 2, 3, 4))
    >>> [f"{s.before:%H:%M}->{s.after:%H:%M} {s.after:%b %d}" for s in plan.shifts][:2]
    ['23:30->22:30 Mar 09', '22:30->23:30 Nov 02']
    """
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise TypeError("Use a timezone-aware datetime for now.")
    if not isinstance(window, timedelta) or not isinstance(step, timedelta):
        raise TypeError("Use timedelta for the window and the step.")
    window_minutes = int(window.total_seconds() // 60)
    step_minutes = int(step.total_seconds() // 60)
    if not 1 <= window_minutes <= 1440 or not 1 <= step_minutes <= 1440:
        raise CheckinError("checkin.bad_window")
    starts = _day_starts(client.hours)
    if not starts:
        raise CheckinError("checkin.no_hours")
    moment = seconds(now)
    first = now.astimezone(client.zone).date()
    mine = person_spans(me, moment - DAY, moment + (PLAN_DAYS + 3) * DAY)
    holidays = _holidays(client, first, first + timedelta(days=PLAN_DAYS))
    days_off = _days_off(client, first, first + timedelta(days=PLAN_DAYS))
    best: _Trial | None = None
    for minute in _candidates(client.hours, starts, window_minutes, step_minutes):
        days = tuple(
            d
            for d in sorted(starts)
            if starts[d] <= minute < starts[d] + window_minutes and _covers(client.hours, d, minute)
        )
        if not days:
            continue
        lateness = max(minute - starts[d] for d in days) * 60
        trial = _trial(
            client,
            minute,
            days,
            lateness=lateness,
            first=first,
            now=moment,
            mine=mine,
            holidays=holidays,
            days_off=days_off,
        )
        if best is None or trial.score() < best.score():
            best = trial
    assert best is not None  # every working day's own start is a candidate that serves it
    occurrences = tuple(datetime.fromtimestamp(i, UTC) for i in best.instants)
    return CheckinPlan(
        minute=best.minute,
        days=best.days,
        skipped=tuple(d for d in sorted(starts) if d not in best.days),
        after_start=timedelta(seconds=best.lateness),
        occurrences=occurrences,
        inside_mine=sum(1 for i in best.instants if _distance(i, mine) == 0),
        shifts=_shifts(best.instants, best.dates, best.minute, me, zones=best.zones, home=client.zone),
        me=me,
        client=client,
        holidays=tuple(datetime.fromtimestamp(i, UTC) for i in best.held),
        days_off=tuple(datetime.fromtimestamp(i, UTC) for i in best.off),
        days_off_dates=best.off_dates,
        moved=tuple(
            MovedReminder(day, datetime.fromtimestamp(instant, UTC))
            for instant, day, zone in zip(best.instants, best.dates, best.zones, strict=True)
            if zone is client.zone and _skipped(instant, day, best.minute, zone)
        ),
        elsewhere=tuple(
            MovedReminder(day, datetime.fromtimestamp(instant, UTC))
            for instant, day, zone in zip(best.instants, best.dates, best.zones, strict=True)
            if zone is not client.zone and instant != wall_seconds(day, best.minute, client.zone, Edge.START)
        ),
    )


def _skipped(instant: int, day: date, minute: int, zone: ZoneInfo) -> bool:
    """Whether the reminder at ``instant`` for ``day`` is not at its wall time on ``zone``'s clock (the
    clocks skip it)."""
    wall = datetime.fromtimestamp(instant, UTC).astimezone(zone)
    return (wall.date(), wall.hour * 60 + wall.minute) != (day, minute)


def checkin_instants(plan: CheckinPlan, start: datetime, end: datetime) -> tuple[datetime, ...]:
    """The plan's check-ins within ``[start, end)`` (UTC), past ones included: its wall time on the
    client's clock on each of its days but the client's public holidays, placed as the reminder series
    places them (a skipped wall time at the moment the clocks jump). The timeline marks these on every
    working day it shows.

    >>> from zoneinfo import ZoneInfo
    >>> from app.hours import parse_hours
    >>> me = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 22:30-24:00"))
    >>> ny = Person("ny", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
    >>> plan = checkin_time(ny, me, datetime(2026, 3, 4, tzinfo=UTC))
    >>> week = checkin_instants(plan, datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC))
    >>> [f"{i.astimezone(ny.zone):%a %H:%M}" for i in week]
    ['Mon 09:30', 'Tue 09:30', 'Wed 09:30', 'Thu 09:30', 'Fri 09:30']
    """
    zone = plan.client.zone
    lo, hi = seconds(start), seconds(end)
    first = start.astimezone(zone).date() - timedelta(days=1)  # a day early: its wall time may fall inside
    last = end.astimezone(zone).date()
    holidays = _holidays(plan.client, first, last) | _days_off(plan.client, first, last)
    found: list[datetime] = []
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        day = date.fromordinal(ordinal)
        if day.weekday() in plan.days and day not in holidays:
            instant = wall_seconds(day, plan.minute, zone_on(plan.client, day), Edge.START)
            if lo <= instant < hi:
                found.append(datetime.fromtimestamp(instant, UTC))
    return tuple(found)


def checkin_calendar(
    plan: CheckinPlan,
    *,
    now: datetime,
    title: str | None = None,
    alarm: timedelta = timedelta(0),
    duration: timedelta = timedelta(minutes=15),
) -> bytes:
    """The plan as a reminder series for the freelancer's own calendar: weekly on the client's days,
    at the check-in's wall time on the client's clock (``TZID``), for the plan's year, each with an
    alarm ``alarm`` before it. The client's public holidays in that span are left out (``EXDATE``),
    and a reminder the clocks skip comes at the jump (``plan.moved``), so the file holds exactly
    ``plan.occurrences``. Written by :mod:`app.ics` (icalendar loads only here)."""
    from app.ics import Meeting, Weekly, series_calendar  # noqa: PLC0415 - icalendar is slow to import

    client = plan.client
    elsewhere = {moved.at for moved in plan.elsewhere}
    # The series stands on the client's own clock: it starts with the first reminder there, and those
    # placed on another clock are added as their exact instants.
    home = [at for at in plan.occurrences if at not in elsewhere]
    if not home:
        raise CheckinError("checkin.none_left")
    shown = f"{plan.minute // 60:02d}:{plan.minute % 60:02d}"
    meeting = Meeting(
        home[0],
        duration,
        title or f"Send the daily update to {client.name}",
        f"The daily progress update, sent early in {client.name}'s day: {shown} on their clock "
        f"({client.zone_name}).",
        alarm=alarm,
    )
    last = plan.occurrences[-1].astimezone(client.zone).date()
    # A holiday's date on the client's clock: the reminder's own wall date (a skipped wall time is placed
    # at the jump, which is still that date).
    off = tuple(sorted(h.astimezone(client.zone).date() for h in (*plan.holidays, *plan.days_off)))
    away = tuple(moved.day for moved in plan.elsewhere)
    weekly = Weekly(
        client.zone,
        until=last,
        days=plan.days,
        skip=(*off, *away),
        at_jump=True,
        wall_time=plan.client_time,
        extra=tuple(moved.at for moved in plan.elsewhere),
    )
    return series_calendar(meeting=meeting, weekly=weekly, now=now)


Better = Literal["end_of_your_day", "start_of_your_day"]
BETTER_REACH = 18 * 3600  # seconds: an alternative moment within this of the check-in, either side


@dataclass(frozen=True, slots=True)
class BetterMoment:
    """Where the next check-in could be sent from inside the freelancer's hours: ``at`` (UTC), either
    the end of their last stretch before it (``end_of_your_day``: written then, it waits for the client)
    or the start of their first stretch after it while the client is still inside their core time
    (``start_of_your_day``)."""

    at: datetime
    kind: Better


def mostly_outside(plan: CheckinPlan) -> bool:
    """Whether the check-in falls outside the freelancer's hours on most (more than half) of its days."""
    return plan.inside_mine * 2 < len(plan.occurrences)


def better_moment(plan: CheckinPlan, now: datetime) -> BetterMoment | None:
    """For a check-in outside the freelancer's hours on most days, the best moment inside them for the
    next one, whichever lies nearer to it: the end of the freelancer's last stretch before it (less
    than 18 hours before, after ``now``: written then, it waits for the client), or the start of their
    first stretch after it while the client's core time still runs, with half an hour to spare. ``None``
    when the check-in mostly fits, or neither exists."""
    if not plan.occurrences or not mostly_outside(plan):
        return None
    target = seconds(plan.next)
    mine = person_spans(plan.me, target - 2 * DAY, target + 2 * DAY)
    found: list[tuple[int, int, Better]] = []  # (distance, tie-break, ...) nearest first, "before" on a tie
    before = [end for _start, end in mine if target - BETTER_REACH < end <= target and end > seconds(now)]
    if before:
        found.append((target - max(before), 0, "end_of_your_day"))
    theirs = [s for s in core_spans(plan.client, target - DAY, target + DAY) if s[0] <= target < s[1]]
    if theirs:
        stop = theirs[0][1] - 1800
        after = [start for start, _end in mine if target < start < min(stop, target + BETTER_REACH)]
        if after:
            found.append((min(after) - target, 1, "start_of_your_day"))
    if not found:
        return None
    distance, _, kind = min(found)
    at = target - distance if kind == "end_of_your_day" else target + distance
    return BetterMoment(datetime.fromtimestamp(at, UTC), kind)
