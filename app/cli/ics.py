"""``coretime-cli ics``: a calendar file for one meeting, a weekly series or an e-mail invite."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.atomic import write_atomically
from app.cli.args import UsageError, argument_type, bounded_int, date_arg, printable, zone_arg
from app.intervals import Interval
from app.timefmt import duration_text, iso_utc
from app.zones import Edge, to_utc

if TYPE_CHECKING:
    from app.ics import Invite, Meeting, SeriesClockDate, Weekly

MAX_MINUTES = 24 * 60
MAX_ALARM = 7 * 24 * 60
_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?P<offset>Z|[+-]\d{2}:\d{2})?$")


def _at(text: str) -> datetime:
    """An instant (with ``Z`` or an offset) or a naive wall time, to be placed on ``--zone``'s clock."""
    cleaned = text.strip()
    if not _AT.match(cleaned):
        raise ValueError(
            f"'{printable(text)}' is not a time; use 2026-03-10T13:00:00Z, 2026-03-10T14:00+01:00, "
            "or a wall time such as 2026-03-10T09:00 with --zone"
        )
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValueError(f"'{cleaned}' is not a moment of the calendar") from None
    if not 1900 <= moment.year <= 2199:
        raise ValueError(f"{moment.year} is out of range; use a year from 1900 to 2199")
    return moment


at_arg = argument_type("time", _at)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "ics",
        help="write a calendar file (.ics) for a meeting, a weekly series or an invite",
        description="Write an .ics file that lands at the right minute in Google Calendar, "
        "Outlook, Apple Calendar and Thunderbird.",
    )
    parser.add_argument(
        "--at",
        required=True,
        type=at_arg,
        metavar="WHEN",
        help="2026-03-10T13:00:00Z (an instant) or 2026-03-10T09:00 (a wall time in --zone)",
    )
    parser.add_argument(
        "--duration", required=True, type=bounded_int(1, MAX_MINUTES, "minutes"), metavar="MINUTES"
    )
    parser.add_argument("--title", required=True, metavar="TEXT")
    parser.add_argument("--description", default="", metavar="TEXT")
    parser.add_argument("--location", metavar="TEXT", help="a place or a call link (a link is also the URL)")
    parser.add_argument(
        "--zone", type=zone_arg, metavar="ZONE", help="the client's zone: for a wall-time --at and a series"
    )
    parser.add_argument("--repeat", choices=["weekly"], help="repeat at the same wall time in --zone")
    parser.add_argument(
        "--count", type=bounded_int(1, 1000, "meetings"), metavar="N", help="number of meetings"
    )
    parser.add_argument("--until", type=date_arg, metavar="DATE", help="last day of the series (YYYY-MM-DD)")
    parser.add_argument(
        "--alarm", type=bounded_int(0, MAX_ALARM, "minutes"), metavar="MINUTES", help="reminder before start"
    )
    parser.add_argument("--invite", action="store_true", help="write an invitation (METHOD:REQUEST)")
    parser.add_argument("--organizer", metavar="MAILTO", help="your address, for --invite")
    parser.add_argument(
        "--attendee", action="append", default=[], metavar="MAILTO", help="an invitee (repeatable)"
    )
    parser.add_argument(
        "--uid",
        metavar="UID",
        help="the UID of an event exported before, to update it (default: made from it)",
    )
    parser.add_argument(
        "--sequence",
        type=bounded_int(0, 1_000_000, "revisions"),
        default=0,
        metavar="N",
        help="the update's revision (SEQUENCE): one more than the last file with this UID, when it changed",
    )
    parser.add_argument("--out", required=True, metavar="FILE|-", help="where to write; - for stdout")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print what was written as JSON (needs --out FILE; see the README)",
    )
    parser.set_defaults(run=run)


def place_wall_time(wall: datetime, zone: ZoneInfo) -> tuple[datetime, str | None]:
    """The instant of ``wall`` on ``zone``'s clock and, for a time that happens twice, a note.

    A time the clocks skip is a :class:`UsageError` that names the gap; one that
    happens twice is taken at its first occurrence (DESIGN.md, "Time rules").
    """
    first = wall.replace(tzinfo=zone, fold=0)
    second = wall.replace(tzinfo=zone, fold=1)
    before, after = first.utcoffset(), second.utcoffset()
    # A ZoneInfo always knows its offset.
    assert before is not None
    assert after is not None
    shown = f"{wall:%Y-%m-%dT%H:%M}" + (f":{wall:%S}" if wall.second else "")
    if before < after:  # PEP 495: in a gap, fold=0 reads the time on the clock before the jump
        jump = to_utc(wall.date(), wall.hour * 60 + wall.minute, zone, Edge.START)
        raise UsageError(
            f"{shown} does not exist in {zone.key}: the clocks jump from "
            f"{jump + before:%H:%M} to {jump + after:%H:%M} on {wall:%Y-%m-%d} "
            f"(a gap of {duration_text(after - before)}); pick a time outside the gap"
        )
    instant = first.astimezone(UTC)
    if before == after:
        return instant, None
    return instant, (
        f"{shown} happens twice in {zone.key} (the clocks go back {duration_text(before - after)} "
        f"that night); using the first, {first:%H:%M} {first.tzname()} (UTC{first:%z}) = {iso_utc(instant)}"
    )


def _invite(args: argparse.Namespace) -> Invite | None:
    from app.ics import Invite  # noqa: PLC0415 — icalendar loads only when a file is written

    if not args.invite:
        if args.organizer or args.attendee:
            raise UsageError("--organizer and --attendee need --invite")
        return None
    if not args.organizer:
        raise UsageError("--invite needs --organizer MAILTO, your own address")
    if not args.attendee:
        raise UsageError("--invite needs at least one --attendee MAILTO")
    return Invite(args.organizer, tuple(args.attendee))


def _weekly(args: argparse.Namespace) -> Weekly | None:
    from app.ics import Weekly  # noqa: PLC0415

    if args.repeat is None:
        if args.count is not None or args.until is not None:
            raise UsageError("--count and --until need --repeat weekly")
        return None
    if args.count is not None and args.until is not None:
        raise UsageError("use --count or --until, not both")
    if args.count is None and args.until is None:
        raise UsageError("--repeat weekly needs --count N or --until YYYY-MM-DD")
    if args.zone is None:
        raise UsageError("--repeat weekly needs --zone, the zone whose wall time the series keeps")
    return Weekly(args.zone, count=args.count, until=args.until)


def _meeting(args: argparse.Namespace, start: datetime) -> Meeting:
    from app.ics import Meeting  # noqa: PLC0415

    location = args.location
    url = location.strip() if location and re.match(r"^https?://\S+$", location.strip()) else None
    alarm = None if args.alarm is None else timedelta(minutes=args.alarm)
    return Meeting(
        start, timedelta(minutes=args.duration), args.title, args.description, location, url, alarm,
        uid=args.uid, sequence=args.sequence,
    )  # fmt: skip


def write_output(data: bytes, out: str) -> None:
    """Write a calendar to ``out``: ``-`` is standard output, anything else a file written atomically."""
    if out == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        write_atomically(out, data)
    except OSError as error:
        raise UsageError(f"cannot write {printable(out)}: {error.strerror or error}") from None


def write_holds(
    options: Sequence[Interval], *, title: str, description: str = "", out: str, now: datetime
) -> None:
    """Write the proposed ``options`` as tentative holds (one event each) to ``out`` — for
    ``coretime-cli propose ... --holds FILE``. Bad input becomes a :class:`UsageError`."""
    from app.ics import IcsError, holds_calendar  # noqa: PLC0415

    try:
        data = holds_calendar(options, title=title, description=description, now=now)
    except IcsError as error:
        raise UsageError(str(error)) from None
    write_output(data, out)


def clock_date_notes(dates: Sequence[SeriesClockDate], zone: ZoneInfo, *, first_noted: bool) -> list[str]:
    """``note:`` texts for a series' meetings that a clock change touches (gap meetings are errors
    before this is asked). ``first_noted``: the first meeting's fold was noted already."""
    notes = []
    for found in dates:
        wall = f"{found.wall:%H:%M}"
        if found.kind == "gap":
            notes.append(
                f"the meeting on {found.day} at {wall} comes at {found.start.astimezone(zone):%H:%M}, when "
                f"{zone.key}'s clocks jump past {wall}; the file gives that exact time "
                f"({iso_utc(found.start)})"
            )
        elif found.exact:
            if not first_noted:
                notes.append(
                    f"the first meeting, {found.day} {wall}, is a time that happens twice in {zone.key}; the "
                    f"file gives it as its exact time ({iso_utc(found.start)}), the rest of the series at "
                    f"{wall} on that clock"
                )
        else:
            other = "" if found.other is None else f", {iso_utc(found.other)}"
            notes.append(
                f"the meeting on {found.day} at {wall} falls on a time that happens twice in {zone.key} (the "
                f"clocks go back that night): the file means the first ({iso_utc(found.start)}), as RFC 5545 "
                f"reads it; Thunderbird and Evolution show it at the second{other}"
            )
    return notes


def clock_date_json(found: SeriesClockDate) -> dict[str, object]:
    return {
        "day": found.day.isoformat(),
        "time": f"{found.wall:%H:%M}",
        "kind": found.kind,
        "start": iso_utc(found.start),
        "exact": found.exact,
        "other": None if found.other is None else iso_utc(found.other),
    }


def run(args: argparse.Namespace) -> str:
    from app.ics import (  # noqa: PLC0415
        IcsError,
        event_uid,
        invite_calendar,
        meeting_calendar,
        series_calendar,
        series_clock_dates,
    )

    if args.json and args.out == "-":
        raise UsageError("--out - prints the calendar; it cannot share stdout with --json")
    moment: datetime = args.at
    note = None
    if moment.tzinfo is None:
        if args.zone is None:
            raise UsageError(
                f"--at {moment:%Y-%m-%dT%H:%M} has no offset; add --zone ZONE (the client's zone) "
                "or give an instant such as 2026-03-10T13:00:00Z"
            )
        moment, note = place_wall_time(moment, args.zone)
    now = datetime.now(UTC)  # the one read of the clock: DTSTAMP says when the file was made
    try:
        weekly = _weekly(args)
        invite = _invite(args)
        meeting = _meeting(args, moment)
        if invite is not None:
            data = invite_calendar(meeting=meeting, invite=invite, now=now, weekly=weekly)
        elif weekly is not None:
            data = series_calendar(meeting=meeting, weekly=weekly, now=now)
        else:
            data = meeting_calendar(meeting=meeting, now=now)
        dates = () if weekly is None else series_clock_dates(meeting, weekly)
    except IcsError as error:
        raise UsageError(str(error)) from None
    notes = [note] if note else []
    if weekly is not None:
        notes += clock_date_notes(dates, weekly.zone, first_noted=note is not None)
    for line in notes:
        print(f"note: {line}", file=sys.stderr)
    write_output(data, args.out)
    if not args.json:
        return ""
    return json.dumps(
        {
            "file": args.out,
            "uid": event_uid(meeting, weekly),
            "clock_dates": [clock_date_json(d) for d in dates],
        }
    )
