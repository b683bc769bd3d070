"""Busy time from the freelancer's own calendars: the bytes of a calendar file and a range in, the spans
in which they already have something, and a note per calendar, out.

Read with ``icalendar`` and expanded with ``recurring-ical-events`` (RRULE, RDATE, EXDATE, moved
instances), both imported on first use. Not busy: transparent events (``TRANSP:TRANSPARENT``), cancelled
ones, and those the freelancer declined (``PARTSTAT=DECLINED`` on one of their own addresses); all-day
events only when asked for (they are often birthdays and reminders), from 00:00 to 00:00 on the
freelancer's clock. A ``TZID`` that names no zone icalendar knows is tried among CLDR's Windows zone
names (Babel's copy) and zoneinfo's names; a time with no zone at all, or a zone nobody knows, is read
on the freelancer's clock (the latter with a note). A file that is no calendar comes back with its
error, never as an exception, so the other calendars still count. Only start and end are kept unless
``titles`` is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.intervals import Span, seconds, union_spans
from app.messages import Message, message

_TIMED = ("DTSTART", "DTEND", "RECURRENCE-ID")
_LISTS = ("EXDATE", "RDATE")


@dataclass(frozen=True, slots=True)
class BusyBlock:
    """One busy occurrence, clipped to the range asked for; ``title`` only when titles were asked for."""

    span: Span
    title: str | None = None


@dataclass(frozen=True, slots=True)
class BusyRead:
    """What one calendar says about the range: its busy occurrences (``events`` of them), or the
    ``error`` that kept it from being read; ``notes`` about parts read on the freelancer's clock."""

    source: str
    blocks: tuple[BusyBlock, ...] = ()
    events: int = 0
    error: Message | None = None
    notes: tuple[Message, ...] = ()

    def json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "events": self.events,
            "error": None if self.error is None else self.error.english(),
        }


def merged_busy(reads: Iterable[BusyRead]) -> list[Span]:
    """The busy time of all calendars together: sorted, disjoint spans (touching ones joined)."""
    return union_spans(block.span for read in reads for block in read.blocks)


def _windows_zones() -> dict[str, str]:
    from babel.core import get_global  # noqa: PLC0415 - Babel loads only for a zone icalendar did not know

    return dict(get_global("windows_zone_mapping"))


def _zone_named(name: str) -> ZoneInfo | None:
    """The zone a ``TZID`` names: an IANA id, or a Windows zone name through CLDR's mapping."""
    key = _windows_zones().get(name.strip(), name.strip().strip("/"))
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _resolve(value: Any, zone: ZoneInfo, unknown: set[str]) -> None:
    """Give a floating or unresolved date-time (a ``vDDDTypes``) its zone, in place."""
    moment = getattr(value, "dt", None)
    if not isinstance(moment, datetime) or moment.tzinfo is not None:
        return
    tzid = value.params.get("TZID")
    found = None
    if tzid:
        found = _zone_named(str(tzid))
        if found is None:
            unknown.add(str(tzid))
    value.dt = moment.replace(tzinfo=found or zone)


def _resolve_zones(event: Any, zone: ZoneInfo, unknown: set[str]) -> None:
    for name in _TIMED:
        if name in event:
            _resolve(event[name], zone, unknown)
    for name in _LISTS:
        found = event.get(name)
        for listed in found if isinstance(found, list) else [found] if found is not None else []:
            for value in getattr(listed, "dts", []):
                _resolve(value, zone, unknown)


def _declined(event: Any, mine: AbstractSet[str]) -> bool:
    if not mine:
        return False
    attendees = event.get("ATTENDEE")
    for attendee in attendees if isinstance(attendees, list) else [attendees] if attendees else []:
        address = str(attendee).strip().lower().removeprefix("mailto:")
        if address in mine and str(attendee.params.get("PARTSTAT", "")).upper() == "DECLINED":
            return True
    return False


def _day_start(day: date, zone: ZoneInfo) -> int:
    # The first instant of the day on the clock (a day starting in a gap starts at the jump).
    from app.overlap import day_bounds  # noqa: PLC0415 - keeps this module's own imports light

    return seconds(day_bounds(day, 1, zone)[0])


@dataclass(frozen=True, slots=True)
class ParsedCalendar:
    """A calendar read once, ready to answer for any range: its single events' busy spans worked out
    ahead, its series kept for expansion. Parsing is the slow part (a year of 2,000 events takes a
    quarter of a second); the desktop app keeps one of these per calendar until its file or address
    changes, and each proposal only expands the series over its own fortnight."""

    source: str
    singles: tuple[tuple[Span, str], ...]  # sorted by start
    series: Any  # a recurring_ical_events query over the series, or None when there are none
    zone: ZoneInfo
    mine: frozenset[str]
    all_day: bool
    notes: tuple[Message, ...] = ()
    events: int = 0
    """How many events it holds that may be busy: its busy single events, and one per series."""

    def busy(self, start: datetime, end: datetime, *, titles: bool = False) -> BusyRead:
        """The busy occurrences within ``[start, end)``."""
        if start.tzinfo is None or end.tzinfo is None:
            raise ValueError("Use timezone-aware datetimes for start and end.")
        lo, hi = seconds(start), seconds(end)
        blocks = [
            BusyBlock((max(a, lo), min(b, hi)), title if titles else None)
            for (a, b), title in self.singles
            if a < hi and b > lo
        ]
        if self.series is not None:
            try:
                # The query finds every occurrence overlapping the range, also one that began before it.
                for event in self.series.between(start.astimezone(UTC), end.astimezone(UTC)):
                    span = _busy_span(event, self.zone, self.mine, self.all_day)
                    if span is None or span[1] <= lo or span[0] >= hi:
                        continue
                    title = str(event.get("SUMMARY", "")) if titles else None
                    blocks.append(BusyBlock((max(span[0], lo), min(span[1], hi)), title))
            except Exception as error:  # a series recurring-ical-events cannot expand: name it
                reason = _reason(error)
                return BusyRead(
                    self.source, error=message("busy.not_a_calendar", source=self.source, reason=reason)
                )
        blocks.sort(key=lambda block: block.span)
        return BusyRead(self.source, tuple(blocks), len(blocks), None, self.notes)


def parse_calendar(
    data: bytes,
    *,
    source: str,
    zone: ZoneInfo,
    my_addresses: Sequence[str] = (),
    all_day: bool = False,
) -> ParsedCalendar | BusyRead:
    """Calendar ``data`` read once for :meth:`ParsedCalendar.busy`, or a :class:`BusyRead` with the
    error that kept it from being read.

    ``zone`` is the freelancer's: all-day events (when ``all_day``) and floating times are on their
    clock. ``my_addresses`` are the freelancer's own e-mail addresses, whose declined invitations are
    not busy.
    """
    import icalendar  # noqa: PLC0415 - loaded on first use, never for the first frame
    import recurring_ical_events  # noqa: PLC0415

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # icalendar raises ValueError, and others on odd input: none may escape
        return BusyRead(source, error=message("busy.not_a_calendar", source=source, reason=_reason(error)))
    if getattr(calendar, "name", None) != "VCALENDAR":
        return BusyRead(
            source, error=message("busy.not_a_calendar", source=source, reason="no VCALENDAR in it")
        )
    unknown: set[str] = set()
    mine = frozenset(address.strip().lower().removeprefix("mailto:") for address in my_addresses)
    events = calendar.walk("VEVENT")
    # A UID with a rule, extra dates or a moved instance is a series; the rest are single events,
    # whose spans are worked out here once rather than by the expansion for every range.
    recurring = {
        str(event.get("UID", ""))
        for event in events
        if "RRULE" in event or "RDATE" in event or "RECURRENCE-ID" in event
    }
    singles: list[tuple[Span, str]] = []
    series = icalendar.Calendar()
    try:
        for event in events:
            _resolve_zones(event, zone, unknown)
            if str(event.get("UID", "")) in recurring:
                series.add_component(event)
                continue
            if "DTSTART" not in event:
                continue
            span = _busy_span(event, zone, mine, all_day)
            if span is not None:
                singles.append((span, str(event.get("SUMMARY", ""))))
        query = recurring_ical_events.of(series, skip_bad_series=True) if series.subcomponents else None
    except Exception as error:  # a value icalendar read but cannot give, a series that cannot be built
        return BusyRead(source, error=message("busy.not_a_calendar", source=source, reason=_reason(error)))
    singles.sort()
    notes = tuple(message("busy.unknown_zone", source=source, zone=name) for name in sorted(unknown))
    events_read = len(singles) + len(
        recurring & {str(event.get("UID", "")) for event in series.subcomponents}
    )
    return ParsedCalendar(source, tuple(singles), query, zone, mine, all_day, notes, events_read)


def read_calendar(
    data: bytes,
    *,
    source: str,
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    my_addresses: Sequence[str] = (),
    all_day: bool = False,
    titles: bool = False,
) -> BusyRead:
    """The busy occurrences of calendar ``data`` within ``[start, end)``: :func:`parse_calendar` and
    :meth:`ParsedCalendar.busy` in one step."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("Use timezone-aware datetimes for start and end.")
    parsed = parse_calendar(data, source=source, zone=zone, my_addresses=my_addresses, all_day=all_day)
    if isinstance(parsed, BusyRead):
        return parsed
    return parsed.busy(start, end, titles=titles)


def _busy_span(  # noqa: PLR0911 - one early return per reason an event is not busy
    event: Any, zone: ZoneInfo, mine: AbstractSet[str], all_day: bool
) -> Span | None:
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    if str(event.get("TRANSP", "")).upper() == "TRANSPARENT":
        return None
    if _declined(event, mine):
        return None
    first = event["DTSTART"].dt
    if "DTEND" in event:
        last = event["DTEND"].dt
    elif "DURATION" in event:
        last = first + event["DURATION"].dt
    else:  # RFC 5545: a day's event without an end lasts the day, a timed one no time at all
        last = first + timedelta(days=1) if not isinstance(first, datetime) else first
    if not isinstance(first, datetime):
        if not all_day:
            return None
        last_day = last if not isinstance(last, datetime) else last.date()
        return _day_start(first, zone), _day_start(max(last_day, first + timedelta(days=1)), zone)
    if not isinstance(last, datetime):
        return None
    if first.tzinfo is None:
        first = first.replace(tzinfo=zone)
    if last.tzinfo is None:
        last = last.replace(tzinfo=zone)
    a, b = seconds(first), seconds(last)
    return (a, b) if a < b else None


def _reason(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:120] + "…"
