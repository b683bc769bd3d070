"""``--busy FILE|URL`` on the planning commands, and ``coretime-cli busy``: the freelancer's calendars
as busy time.

A calendar that cannot be read (a missing file, a 404, a body that is no calendar) is named on stderr
as a ``note:`` with the reason, and the others still count; it is not bad input. An address is fetched
once per run, with a timeout, and only when one is given: without ``--busy URL`` nothing touches the
network.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from app.busy import BusyRead, merged_busy, read_calendar
from app.cli.args import add_now_flag, now_from, printable
from app.cli.people_flags import add_range_flags
from app.intervals import Interval, Span
from app.timefmt import interval_json

MAX_SOURCES = 20
MAX_BUSY_DAYS = 366


def _source(text: str) -> str:
    if not text.strip() or not text.isprintable():
        raise argparse.ArgumentTypeError(f"'{printable(text)}' is not a calendar file or address")
    return text.strip()


def _address(text: str) -> str:
    cleaned = text.strip().lower().removeprefix("mailto:")
    if "@" not in cleaned or not cleaned.isprintable() or " " in cleaned:
        raise argparse.ArgumentTypeError(f"'{printable(text)}' is not an e-mail address")
    return cleaned


def add_busy_flags(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """--busy (repeatable), --my-address (repeatable) and --all-day."""
    group = parser.add_argument_group("your calendars")
    group.add_argument(
        "--busy",
        action="append",
        default=[],
        required=required,
        type=_source,
        metavar="FILE|URL",
        help="a calendar (.ics file, or an https:// or webcal:// address) whose events are busy time "
        "(repeatable)",
    )
    group.add_argument(
        "--my-address",
        action="append",
        default=[],
        type=_address,
        metavar="EMAIL",
        help="your e-mail address in those calendars: invitations you declined are not busy (repeatable)",
    )
    group.add_argument(
        "--all-day", action="store_true", help="count all-day events as busy (they are not by default)"
    )


def load_busy(
    args: argparse.Namespace, start: datetime, end: datetime, zone: ZoneInfo, now: datetime
) -> list[BusyRead]:
    """Each ``--busy`` calendar read over ``[start, end)``; a problem with one is printed as a note."""
    sources: Sequence[str] = getattr(args, "busy", [])
    if len(sources) > MAX_SOURCES:
        from app.cli.args import UsageError  # noqa: PLC0415

        raise UsageError(f"at most {MAX_SOURCES} --busy calendars, not {len(sources)}")
    reads = [
        read_source(
            source,
            start=start,
            end=end,
            zone=zone,
            now=now,
            my_addresses=args.my_address,
            all_day=args.all_day,
        )
        for source in sources
    ]
    for read in reads:
        for note in (*((read.error,) if read.error is not None else ()), *read.notes):
            print(f"note: {printable(note.english(), 300)}", file=sys.stderr)
    return reads


def read_source(
    source: str,
    *,
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    now: datetime,
    my_addresses: Sequence[str] = (),
    all_day: bool = False,
) -> BusyRead:
    """One calendar file or address, read over ``[start, end)``."""
    from app.calendar_fetch import fetch, is_address  # noqa: PLC0415 - urllib loads only for --busy

    if is_address(source):
        fetched = fetch(source, cache_dir=None, now=now)
        if fetched.data is None:
            return BusyRead(source, error=fetched.problem)
        data = fetched.data
    else:
        from app.atomic import read_limited  # noqa: PLC0415
        from app.messages import message  # noqa: PLC0415

        try:
            data = read_limited(source)
        except OSError as error:
            reason = error.strerror or str(error)
            return BusyRead(source, error=message("busy.unreadable", source=source, reason=reason))
    return read_calendar(
        data, source=source, start=start, end=end, zone=zone, my_addresses=my_addresses, all_day=all_day
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "busy",
        help="list the busy time in your calendars",
        description="Read your calendars (files or addresses) and list the merged busy time in UTC.",
    )
    add_busy_flags(parser, required=True)
    from app.cli.args import zone_arg  # noqa: PLC0415

    parser.add_argument(
        "--me",
        type=zone_arg,
        default=None,
        metavar="ZONE",
        help="your time zone: the range starts at 00:00 on its clock (default: the system's zone)",
    )
    add_range_flags(parser, max_days=MAX_BUSY_DAYS)
    add_now_flag(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help='print JSON: {"busy": [{"start", "end"}], "sources": [{"source", "events", "error"}]}',
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    from app.overlap import day_bounds  # noqa: PLC0415

    zone = args.me
    if zone is None:  # the one place this command reads the system's zone
        import os  # noqa: PLC0415

        from app.systemzone import system_zone  # noqa: PLC0415

        zone = ZoneInfo(system_zone(os.environ) or "UTC")
    start, end = day_bounds(args.first_day, args.days, zone)
    reads = load_busy(args, start, end, zone, now_from(args)) if start < end else []
    spans: list[Span] = merged_busy(reads)
    if args.json:
        return json.dumps(
            {
                "busy": [interval_json(Interval.from_span(span)) for span in spans],
                "sources": [read.json() for read in reads],
            },
            ensure_ascii=False,
        )
    from app.timefmt import duration_text, wall_span  # noqa: PLC0415

    lines = [f"Busy from {args.first_day} ({args.days} day{'s' if args.days != 1 else ''} on {zone.key})"]
    for read in reads:
        plural = "s" if read.events != 1 else ""
        state = "unread" if read.error is not None else f"{read.events} event{plural}"
        lines.append(f"  {read.source}: {state}")
    if not spans:
        lines.append("Nothing busy in this range.")
    for span in spans:
        interval = Interval.from_span(span)
        lines.append(f"{wall_span(interval, zone):<36}  {duration_text(interval.duration)}")
    return "\n".join(lines)
