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
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from app.intervals import Span, seconds
from app.messages import AppError, weekday
from app.people import Person
from app.rhythm import DAY, core_spans
from app.zones import Edge, utc_offset, wall_seconds

ClockNote = Literal["gap", "fold"]
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

    ``target`` (UTC) is when to deliver: at or before ``due - buffer``, inside the
    client's core time; when that moment has passed, the latest such moment from
    ``now`` to a margin before ``due`` (then ``buffer_kept`` is false); ``None`` when
    no core time is left before the deadline. ``clock_note`` says the stated time
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


def _latest_inside(spans: list[Span], limit: int, margin: int) -> int | None:
    """The latest second at or before ``limit`` inside one of sorted ``spans``, at least ``margin``
    before that span ends (half of a span shorter than twice the margin)."""
    for start, end in reversed(spans):
        if start <= limit:
            keep = max(1, min(margin, (end - start) // 2))
            return min(limit, end - keep)
    return None


def deadline(
    client: Person,
    me: Person,
    due: Due | str,
    now: datetime,
    buffer: timedelta = timedelta(hours=24),
    *,
    margin: timedelta = timedelta(minutes=30),
) -> DeadlinePlan:
    """Place ``due`` (on the client's clock) and plan the early delivery; see :class:`DeadlinePlan`.

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
    # Spans are fetched a little past the limit so that the stretch holding it keeps its real end,
    # which the margin is measured from.
    for reach in (21 * DAY, 400 * DAY):
        lo = max(limit - reach, moment)
        if lo > limit:
            break
        target = _latest_inside(core_spans(client, lo, limit + 2 * DAY), limit, margin_seconds)
        if target is not None:
            break
    kept = target is not None
    if target is None:
        # The buffer cannot be kept: the latest core moment still ahead, a margin before the deadline.
        late = due_at - max(margin_seconds, 1)
        if moment <= late:
            target = _latest_inside(core_spans(client, moment, late + 2 * DAY), late, margin_seconds)
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
