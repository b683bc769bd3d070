"""The freelancer's calendar sources as the desktop app keeps them, and reading one of them now.

A source is an ``.ics`` file or a subscribed address (:mod:`app.calendar_fetch`), with two switches:
whether its all-day events count as busy, and whether its events' titles may be shown. The window keeps
them in its settings as one line each (:func:`source_text`, :func:`source_from_text`); :func:`read_source`
reads one (a file from the disk, an address from the network, or its cached copy when the fetch fails)
and parses it once, off the window's thread. Nothing here imports Qt.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app.busy import ParsedCalendar, parse_calendar
from app.calendar_fetch import MAX_BYTES, TIMEOUT_SECONDS, fetch, is_address
from app.intervals import Span
from app.messages import Message, message


@dataclass(frozen=True, slots=True)
class CalendarSource:
    """One calendar: ``location`` is a file's path or an address."""

    location: str
    all_day: bool = False
    titles: bool = False

    @property
    def is_address(self) -> bool:
        return is_address(self.location)


def source_text(source: CalendarSource) -> str:
    """The one line a source is kept as in the settings."""
    return json.dumps({"location": source.location, "all_day": source.all_day, "titles": source.titles})


def source_from_text(text: str) -> CalendarSource | None:
    """The source a settings line keeps, or ``None`` when the line is not one."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("location"), str) or not data["location"]:
        return None
    return CalendarSource(data["location"], bool(data.get("all_day")), bool(data.get("titles")))


@dataclass(frozen=True, slots=True)
class SourceState:
    """What reading a source gave: the calendar (``None`` when it could not be read at all), how many
    events it holds, when its data was fetched (addresses only: the last good fetch), and ``problem``,
    why it could not be read now (a cached copy may still be in use)."""

    source: CalendarSource
    calendar: ParsedCalendar | None
    events: int = 0
    fetched_at: datetime | None = None
    problem: Message | None = None


def read_source(
    source: CalendarSource,
    *,
    zone: ZoneInfo,
    my_addresses: Sequence[str],
    cache_dir: Path | None,
    now: datetime,
    timeout: float = TIMEOUT_SECONDS,
) -> SourceState:
    """Read ``source`` now: fetch an address (its cached copy when that fails), read a file, parse it."""
    fetched_at: datetime | None = None
    problem: Message | None = None
    if source.is_address:
        got = fetch(source.location, cache_dir=cache_dir, now=now, timeout=timeout)
        data, fetched_at, problem = got.data, got.fetched_at, got.problem
    else:
        try:
            with Path(source.location).expanduser().open("rb") as file:
                data = file.read(MAX_BYTES + 1)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            return SourceState(
                source, None, problem=message("busy.unreadable", source=source.location, reason=reason)
            )
        if len(data) > MAX_BYTES:
            limit = MAX_BYTES // (1024 * 1024)
            return SourceState(
                source, None, problem=message("busy.too_large", source=source.location, limit=limit)
            )
    if data is None:
        return SourceState(source, None, fetched_at=fetched_at, problem=problem)
    parsed = parse_calendar(
        data, source=source.location, zone=zone, my_addresses=my_addresses, all_day=source.all_day
    )
    if not isinstance(parsed, ParsedCalendar):
        return SourceState(source, None, fetched_at=fetched_at, problem=problem or parsed.error)
    return SourceState(source, parsed, parsed.events, fetched_at, problem)


def busy_spans(states: Sequence[SourceState], start: datetime, end: datetime) -> list[Span]:
    """The merged busy time of every source read, within ``[start, end)``."""
    from app.busy import merged_busy  # noqa: PLC0415

    return merged_busy(state.calendar.busy(start, end) for state in states if state.calendar is not None)
