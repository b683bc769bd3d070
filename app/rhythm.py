"""A client's core time as it really happens (their hours less their public holidays), and their status now.

The status answers the freelancer's first question of the day: is this a good
moment to write to this client? If not, when does the client's core time start
again, on the freelancer's own clock, and why not now (weekend, holiday, night)?
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from app.availability import away_on, is_day_off
from app.intervals import Span, seconds, subtract_spans
from app.overlap import person_spans, zone_at
from app.people import Person
from app.publicholidays import holiday_dates, holiday_spans, parse_holiday_code

Reason = Literal["weekend", "holiday", "day_off", "outside_hours"]
DAY = 86400
# Weekly hours repeat within a week; holidays can close a client for longer (Golden Week, the
# Chinese New Year week), so the search widens before giving up at a little over a year.
_HORIZONS = (8 * DAY, 40 * DAY, 400 * DAY)


def core_spans(person: Person, start: int, end: int) -> list[Span]:
    """The spans (epoch seconds) within ``[start, end)`` in which ``person`` is inside their hours
    (with their days off and time away) and their wall clock does not show one of their public holidays."""
    spans = person_spans(person, start, end)
    if person.holidays and spans:
        code = parse_holiday_code(person.holidays)
        spans = subtract_spans(spans, holiday_spans([(code, person.zone)], start, end))
    return spans


def is_holiday(person: Person, instant: datetime) -> bool:
    """Whether ``person``'s wall clock shows one of their public holidays at ``instant``."""
    if not person.holidays:
        return False
    day = instant.astimezone(person.zone).date()
    return day in holiday_dates(parse_holiday_code(person.holidays), day, day)


@dataclass(frozen=True, slots=True)
class ClientStatus:
    """Where the client is in their day at ``now``.

    ``inside`` says whether the client is inside core time; then ``ends`` is when
    that stretch ends (``None`` when it runs on past the search horizon). Otherwise
    ``next_start`` is when core time starts again (``None`` when it does not within a
    year), ``next_start_mine`` the same instant on the freelancer's clock, and
    ``reason`` why not now: the client's ``holiday``, their ``day_off`` (a day off they entered, or a
    stretch away marked off), their ``weekend`` (no hours start on their local weekday), or plainly
    ``outside_hours``. ``client_local`` reads the clock the client is on now: another zone's while they
    are away on it, which ``away_zone`` then names.
    """

    now: datetime
    client_local: datetime
    inside: bool
    ends: datetime | None
    next_start: datetime | None
    next_start_mine: datetime | None
    reason: Reason | None
    away_zone: str | None = None

    @property
    def weekday(self) -> int:
        """The client's local weekday now, 0 = Monday."""
        return self.client_local.weekday()

    @property
    def until_next(self) -> timedelta | None:
        return None if self.next_start is None else self.next_start - self.now

    @property
    def minutes_until(self) -> int | None:
        """Whole minutes until core time starts, rounded up: a start 30 seconds away is 1 minute away."""
        until = self.until_next
        return None if until is None else math.ceil(until.total_seconds() / 60)


def _aware(now: datetime) -> datetime:
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise TypeError("Use a timezone-aware datetime for now.")
    return now.astimezone(UTC)


def client_status(client: Person, me: Person, now: datetime) -> ClientStatus:
    """The client's local time, whether they are inside core time, and when it next starts.

    >>> from zoneinfo import ZoneInfo
    >>> from app.hours import parse_hours
    >>> me = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 20:00-24:00"))
    >>> ny = Person("ny", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
    >>> status = client_status(ny, me, datetime(2026, 3, 9, 11, 50, tzinfo=UTC))
    >>> status.inside, status.reason, status.minutes_until, f"{status.next_start_mine:%a %H:%M}"
    (False, 'outside_hours', 70, 'Mon 22:00')
    """
    now = _aware(now)
    moment = seconds(now)
    client_local = now.astimezone(client.zone)
    away = away_on(client_local.date(), client.away)
    if away is not None and away.zone is not None:
        client_local = now.astimezone(away.zone)
    hours = client.hours if away is None or away.hours is None else away.hours
    day_off = is_day_off(client_local.date(), client.days_off) or hours.is_empty
    holiday = is_holiday(client, now)
    inside, ends, next_start = False, None, None
    for horizon in _HORIZONS:
        # From two days back, so a stretch that began before now is seen whole.
        lo, hi = moment - 2 * DAY, moment + horizon
        spans = core_spans(client, lo, hi)
        current = next((s for s in spans if s[0] <= moment < s[1]), None)
        upcoming = next((s for s in spans if s[0] > moment), None)
        if current is not None:
            inside = True
            if current[1] < hi:
                ends = datetime.fromtimestamp(current[1], UTC)
                break
        elif upcoming is not None:
            next_start = datetime.fromtimestamp(upcoming[0], UTC)
            break
    reason: Reason | None = None
    if not inside:
        if holiday:
            reason = "holiday"
        elif day_off:
            reason = "day_off"
        elif not hours.on(client_local.weekday()):
            reason = "weekend"
        else:
            reason = "outside_hours"
    return ClientStatus(
        now=now,
        client_local=client_local,
        inside=inside,
        ends=ends,
        next_start=next_start,
        next_start_mine=None if next_start is None else next_start.astimezone(zone_at(me, next_start)),
        reason=reason,
        away_zone=None if away is None or away.zone is None else away.zone.key,
    )
