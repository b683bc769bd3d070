"""The client's deadline on the freelancer's clock, an early-delivery target inside the client's core time,
and the sentence that confirms it in the client's language.

A deadline is stated on the client's clock: a day and a time, or "end of day" —
the end of the client's core hours that day. Delivering a little early, while
the client is at work, is the habit this supports: the target is a buffer (24 h
by default) before the deadline, moved back until it lands inside the client's
core time with a margin before that stretch ends, so the delivery is seen the
same working day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from app.clockchanges import offset_at
from app.intervals import Span, seconds, subtract_spans
from app.messages import AppError, weekday
from app.overlap import off_spans, zone_at
from app.people import Person
from app.rhythm import DAY, core_spans
from app.zones import Edge, utc_offset, wall_seconds

ClockNote = Literal["gap", "fold"]
Why = Literal["buffer", "rounded", "moved", "late", "none"]
"""Why the target is where it is: the buffer before the deadline as asked (``buffer``); that moment lies in
the client's core time, and the target is the quarter hour at or before it that keeps the margin before the
stretch ends (``rounded``); it lies outside their core time, so the target moved back to the latest moment
of their hours that keeps the margin (``moved``); the buffer no longer fits before now (``late``); no core
time keeps the margin before the deadline (``none``: no target)."""
_DUE = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](?:(\d{2}):(\d{2})|(eod))$", re.IGNORECASE)
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)


class DeadlineError(AppError):
    """A deadline that cannot be read or placed; the message says why and what is accepted."""


@dataclass(frozen=True, slots=True)
class Due:
    """A deadline on the client's clock: ``minute`` minutes after midnight of ``day`` (1440 is 24:00),
    or ``None`` for the end of the client's core hours that day."""

    day: date
    minute: int | None

    def __post_init__(self) -> None:
        if self.minute is not None and not 0 <= self.minute <= 1440:
            raise DeadlineError("deadline.bad_minute", minute=self.minute)


def _shown(text: str) -> str:
    cut = text if len(text) <= 40 else text[:40] + "…"
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in cut)


def parse_due(text: str) -> Due:
    """``YYYY-MM-DD HH:MM`` or ``YYYY-MM-DD eod`` (the end of the client's core hours that day).

    >>> parse_due("2026-03-13 17:00")
    Due(day=datetime.date(2026, 3, 13), minute=1020)
    >>> parse_due("2026-03-13 EOD").minute is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"Use str, not {type(text).__name__}.")
    match = _DUE.match(text.strip())
    if not match:
        raise DeadlineError("deadline.not_a_deadline", text=_shown(text))
    try:
        day = date.fromisoformat(match.group(1))
    except ValueError:
        raise DeadlineError("deadline.not_a_day", text=match.group(1)) from None
    if not EARLIEST <= day <= LATEST:
        raise DeadlineError("deadline.out_of_range", day=str(day), earliest=str(EARLIEST), latest=str(LATEST))
    if match.group(4):
        return Due(day, None)
    hours, minutes = int(match.group(2)), int(match.group(3))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise DeadlineError("deadline.not_a_time", text=f"{match.group(2)}:{match.group(3)}")
    return Due(day, hours * 60 + minutes)


@dataclass(frozen=True, slots=True)
class DeadlinePlan:
    """A deadline placed: ``due`` (UTC) and, as of ``now``, the time ``left`` (negative once past).

    ``target`` (UTC) is when to deliver: the latest moment at or before ``due - buffer``
    that lies inside the client's core time at least the margin before that stretch
    ends and reads :00, :15, :30 or :45 on the client's clock (or is the stretch's own
    start, when no such quarter hour fits in it). When that moment has passed, it is
    the latest such moment from ``now`` to a margin before ``due`` (then ``buffer_kept``
    is false); ``None`` when no core time that keeps the margin is left before the
    deadline (a stretch shorter than the margin never holds a target). ``clock_note`` says the stated time
    was skipped by a clock change (``gap``: the deadline is the moment the clocks
    jump) or happens twice (``fold``: the deadline is the first, the safe side).
    """

    due: datetime
    now: datetime
    target: datetime | None
    buffer: timedelta
    buffer_kept: bool
    end_of_day: bool
    clock_note: ClockNote | None
    me: Person
    client: Person
    aimed_inside: bool = True
    avoided: tuple[tuple[datetime, datetime], ...] = ()
    """The busy time (calendars, booked meetings) inside the client's core time between the target
    and the moment the buffer asks for: what the target stepped back past."""

    @property
    def aimed(self) -> datetime:
        """The moment the buffer asks for: ``buffer`` before the deadline."""
        return self.due - self.buffer

    @property
    def why(self) -> Why:
        if self.target is None:
            return "none"
        if not self.buffer_kept:
            return "late"
        if self.target == self.aimed:
            return "buffer"
        return "rounded" if self.aimed_inside else "moved"

    @property
    def left(self) -> timedelta:
        return self.due - self.now

    @property
    def due_mine(self) -> datetime:
        return self.due.astimezone(self.me.zone)

    @property
    def due_client(self) -> datetime:
        return self.due.astimezone(self.client.zone)

    @property
    def target_mine(self) -> datetime | None:
        return None if self.target is None else self.target.astimezone(self.me.zone)

    @property
    def target_client(self) -> datetime | None:
        return None if self.target is None else self.target.astimezone(self.client.zone)


def _due_instant(client: Person, due: Due) -> tuple[int, ClockNote | None]:
    zone = client.zone
    if due.minute is None:
        blocks = client.hours.on(due.day.weekday())
        if not blocks:
            raise DeadlineError(
                "deadline.no_end_of_day", weekday=weekday(due.day.weekday()), day=str(due.day)
            )
        end = max(b.end + 1440 * b.end_day_offset for b in blocks)
        return wall_seconds(due.day, end, zone, Edge.END), None
    first = wall_seconds(due.day, due.minute, zone, Edge.START)
    last = wall_seconds(due.day, due.minute, zone, Edge.END)
    if first != last:
        return first, "fold"  # the earlier of the two: delivering by then is by the later one too
    wall = datetime.fromtimestamp(first, UTC).astimezone(zone)
    expected = datetime.combine(due.day, datetime.min.time()) + timedelta(minutes=due.minute)
    return first, None if wall.replace(tzinfo=None) == expected else "gap"


QUARTER = 900  # seconds: targets fall on the client's :00, :15, :30 or :45


def _quarter_at_or_before(instant: int, zone: ZoneInfo) -> int:
    """The latest second at or before ``instant`` at which ``zone``'s clock reads :00, :15, :30 or :45."""
    while True:
        offset = offset_at(zone, instant)
        found = instant - (instant + offset) % QUARTER
        if offset_at(zone, found) == offset:
            return found
        # The clocks changed between the two (no zone changes twice within a quarter hour): the change's
        # own second may read a quarter (02:00 -> 03:00); otherwise look before it.
        lo, hi = found, instant  # offset_at(lo) differs, offset_at(hi) == offset
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if offset_at(zone, mid) == offset:
                hi = mid
            else:
                lo = mid
        if (hi + offset) % QUARTER == 0:
            return hi
        instant = hi - 1


def _latest_inside(spans: list[Span], limit: int, margin: int, floor: int, zone: ZoneInfo) -> int | None:
    """The latest moment from ``floor`` to ``limit`` inside one of sorted ``spans``, at least ``margin``
    before that span ends, that reads :00, :15, :30 or :45 on ``zone``'s clock or starts its span;
    ``None`` when no span holds one. ``spans`` must begin before ``floor`` so each keeps its real start."""
    keep = max(margin, 1)  # even a margin of nothing leaves the target inside: spans end just before `end`
    for start, end in reversed(spans):
        if end <= floor:
            break
        lo, hi = max(start, floor), min(limit, end - keep)
        if hi < lo:
            continue
        quarter = _quarter_at_or_before(hi, zone)
        if quarter >= lo:
            return quarter
        if start >= floor:
            return start  # no quarter hour fits, but the start of their stretch is a time they wrote
    return None


def _avoided(
    client: Person, busy: Sequence[Span], target: int | None, until: int
) -> tuple[tuple[datetime, datetime], ...]:
    """The busy spans inside the client's core time from ``target`` to ``until``."""
    if not busy or target is None or until <= target:
        return ()
    core = core_spans(client, target - 2 * DAY, until + 2 * DAY)
    return tuple(
        (datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(end, UTC))
        for start, end in busy
        if start < until and end > target and any(a < end and start < b for a, b in core)
    )


def deadline(
    client: Person,
    me: Person,
    due: Due | str,
    now: datetime,
    buffer: timedelta = timedelta(hours=24),
    *,
    margin: timedelta = timedelta(minutes=30),
    busy: Sequence[Span] = (),
) -> DeadlinePlan:
    """Place ``due`` (on the client's clock) and plan the early delivery; see :class:`DeadlinePlan`.
    The client's days off and time away shape their core time; ``busy`` (sorted, disjoint spans: the
    freelancer's calendars and booked meetings) is kept out of it, with the margin before it too.

    >>> from zoneinfo import ZoneInfo
    >>> from app.hours import parse_hours
    >>> me = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 20:00-24:00"))
    >>> ny = Person("ny", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
    >>> plan = deadline(ny, me, "2026-03-13 eod", datetime(2026, 3, 9, tzinfo=UTC))
    >>> f"{plan.due_mine:%a %H:%M}", f"{plan.target_client:%a %H:%M}", f"{plan.target_mine:%a %H:%M}"
    ('Sat 06:00', 'Thu 16:30', 'Fri 05:30')
    """
    if isinstance(due, str):
        due = parse_due(due)
    if not isinstance(due, Due):
        raise TypeError(f"Use Due or str for the deadline, not {type(due).__name__}.")
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise TypeError("Use a timezone-aware datetime for now.")
    if not isinstance(buffer, timedelta) or not isinstance(margin, timedelta):
        raise TypeError("Use timedelta for the buffer and the margin.")
    if buffer < timedelta(0) or margin < timedelta(0):
        raise DeadlineError("deadline.negative")
    now = now.astimezone(UTC)
    due_at, note = _due_instant(client, due)
    moment = seconds(now)
    limit = due_at - int(buffer.total_seconds())
    margin_seconds = int(margin.total_seconds())
    target: int | None = None
    zone = client.zone

    def free_core(start: int, end: int) -> list[Span]:
        spans = core_spans(client, start, end)
        return subtract_spans(spans, busy) if busy else spans

    # Spans are fetched from two days before the floor and past the limit, so that the stretches holding
    # them keep their real start and end, which the margin and the choice of a start are measured from.
    for reach in (21 * DAY, 400 * DAY):
        lo = max(limit - reach, moment)
        if lo > limit:
            break
        spans = free_core(lo - 2 * DAY, limit + 2 * DAY)
        target = _latest_inside(spans, limit, margin_seconds, lo, zone)
        if target is not None:
            break
    kept = target is not None
    # Whether the buffer's own moment lies inside the client's core time (then a target before it is only
    # rounded to a quarter hour or kept the margin), or outside it (then the target moved to other hours).
    aimed_inside = any(
        start <= limit < end for start, end in core_spans(client, limit - 2 * DAY, limit + 2 * DAY)
    )
    if target is None:
        # The buffer cannot be kept: the latest such moment still ahead, a margin before the deadline.
        late = due_at - max(margin_seconds, 1)
        if moment <= late:
            spans = free_core(moment - 2 * DAY, late + 2 * DAY)
            target = _latest_inside(spans, late, margin_seconds, moment, zone)
    return DeadlinePlan(
        due=datetime.fromtimestamp(due_at, UTC),
        now=now,
        target=None if target is None else datetime.fromtimestamp(target, UTC),
        buffer=buffer,
        buffer_kept=kept,
        end_of_day=due.minute is None,
        clock_note=note,
        me=me,
        client=client,
        aimed_inside=aimed_inside,
        avoided=_avoided(client, busy, target, limit + margin_seconds),
    )


def confirmation_text(due: datetime, zone: ZoneInfo, locale: str) -> str:
    """``I will deliver by Fri, Mar 13, 5:00 PM EDT.``: the deadline on ``zone``'s clock in ``locale``,
    date and time from CLDR skeletons, the sentence from the language's template.

    >>> confirmation_text(datetime(2026, 3, 13, 21, tzinfo=UTC), ZoneInfo("America/New_York"), "en_US")
    'I will deliver by Fri, Mar 13, 5:00 PM EDT.'
    """
    from babel.dates import format_skeleton  # noqa: PLC0415 - Babel is heavy; only text needs it

    from app.proposal import (  # noqa: PLC0415 - it imports Babel helpers; keep this module light
        glue_date_time,
        offset_text,
        plain,
        resolve_locale,
        template_texts,
        time_skeleton,
        zone_abbreviation,
    )

    locale = resolve_locale(locale)
    local = due.astimezone(zone)
    day = format_skeleton("MMMEd", local, tzinfo=zone, locale=locale)
    clock = format_skeleton(time_skeleton(locale), local, tzinfo=zone, locale=locale)
    name = zone_abbreviation(local, zone, locale) or offset_text(utc_offset(local, zone))
    when = glue_date_time(locale, "short", day, f"{clock} {name}")
    return plain(template_texts(locale)["deliver_by"].format(when=when))


def days_off_passed(plan: DeadlinePlan) -> list[date]:
    """The client's days off (and dates away marked off) between the target and the moment the buffer
    asks for, as dates on the clock they are on then: what the target stepped back past."""
    if plan.target is None or plan.target >= plan.aimed:
        return []
    found: set[date] = set()
    for start, end in off_spans(plan.client, seconds(plan.target), seconds(plan.aimed)):
        first = datetime.fromtimestamp(start, UTC)
        last = datetime.fromtimestamp(end - 1, UTC)
        day, final = (
            first.astimezone(zone_at(plan.client, first)).date(),
            last.astimezone(zone_at(plan.client, last)).date(),
        )
        while day <= final:
            found.add(day)
            day += timedelta(days=1)
    return sorted(found)
