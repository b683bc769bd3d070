"""Plain, locale-independent text for instants: ISO 8601 UTC for machines, compact wall-clock
spans for terminal output (weekday names come from CLDR through Babel)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.intervals import Interval


def iso_utc(instant: datetime) -> str:
    """``2026-03-09T13:00:00Z``."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def interval_json(interval: Interval) -> dict[str, str]:
    return {"start": iso_utc(interval.start), "end": iso_utc(interval.end)}


def wall_span(interval: Interval, zone: ZoneInfo, locale: str = "en") -> str:
    """``Mon 2026-03-09 22:00-24:00`` or ``Mon 2026-03-09 23:00-Tue 01:00`` on ``zone``'s clock."""
    from babel.dates import format_date  # noqa: PLC0415 - Babel's data loads only when text is shown

    start = interval.start.astimezone(zone)
    end = interval.end.astimezone(zone)
    head = f"{format_date(start.date(), 'EEE', locale=locale)} {start:%Y-%m-%d %H:%M}"
    if end.date() == start.date():
        return f"{head}-{end:%H:%M}"
    if end.date() == start.date() + timedelta(days=1) and (end.hour, end.minute) == (0, 0):
        return f"{head}-24:00"
    return f"{head}-{format_date(end.date(), 'EEE', locale=locale)} {end:%H:%M}"


def duration_text(delta: timedelta) -> str:
    """``2 h 30 min``, ``45 min``, ``3 h``."""
    minutes = int(delta.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    if hours:
        return f"{hours} h"
    return f"{rest} min"
