"""``coretime-cli convert``: a time as the client wrote it ("Tuesday 3pm EST"), on both clocks, with what
was assumed, the other readings, and a reply ready to send."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta

from app.cli.args import UsageError, add_now_flag, hours_arg, locale_arg, now_from, zone_arg
from app.cli.busy import add_busy_flags, load_busy
from app.cli.people_flags import add_availability_flags, add_holiday_flags, person_from
from app.hours import parse_hours
from app.intervals import Interval

DEFAULT_HOURS = "mon-fri 09:00-17:00"


def _text(text: str) -> str:
    return text  # read in full by app.convert, whose errors name what could not be placed


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="read a time the client wrote ('Tuesday 3pm EST') on both clocks, with a reply",
        description=(
            "Read a day and time as the client wrote it, in their language, and show it on their clock "
            "and yours, with what was assumed, the other readings, and a reply to send."
        ),
    )
    parser.add_argument(
        "text", type=_text, metavar="TEXT", help="the client's words, e.g. 'Tue 3pm EST works?'"
    )
    group = parser.add_argument_group("people")
    group.add_argument("--me", required=True, type=zone_arg, metavar="ZONE", help="your own time zone")
    group.add_argument(
        "--client", required=True, type=zone_arg, metavar="ZONE", help="the client's time zone"
    )
    group.add_argument(
        "--my-hours",
        type=hours_arg,
        default=None,
        metavar="SPEC",
        help=f"your hours on your clock (default '{DEFAULT_HOURS}')",
    )
    group.add_argument(
        "--client-hours",
        type=hours_arg,
        default=None,
        metavar="SPEC",
        help=f"the client's hours on their clock (default '{DEFAULT_HOURS}')",
    )
    add_availability_flags(group)
    add_holiday_flags(parser)
    add_busy_flags(parser)
    parser.add_argument(
        "--lang",
        type=locale_arg,
        default="en_US",
        metavar="LOCALE",
        help="the client's language: how the text is read and the reply written (default en_US)",
    )
    add_now_flag(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help='print JSON: {"instant", "client_local", "mine_local", "zone_read", "assumptions", '
        '"alternatives", "inside_my_hours", "inside_client_hours", "reply", "busy"}',
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    from app.busy import merged_busy  # noqa: PLC0415
    from app.convert import BUSY_AROUND, ConvertError, conversion_json, convert, judge, when_text  # noqa: PLC0415

    default = parse_hours(DEFAULT_HOURS)
    me = person_from(args, "my", "you", args.me, args.my_hours or default)
    client = person_from(args, "client", "client", args.client, args.client_hours or default)
    now = now_from(args)
    try:
        result = convert(args.text, client=client, me=me, locale=args.lang, now=now)
    except ConvertError as error:
        raise UsageError(str(error)) from None
    if args.busy:  # read once the time is known, around it: then judged again with the busy time
        at = result.reading.interval
        reads = load_busy(args, at.start - BUSY_AROUND[0], at.end + BUSY_AROUND[1], me.zone, now)
        busy = merged_busy(reads)
        result = judge(result.reading, client=client, me=me, locale=args.lang, now=now, busy=busy)
    if args.json:
        return json.dumps(conversion_json(result, client=client, me=me), ensure_ascii=False)
    reading = result.reading
    theirs = when_text(reading.interval, client.zone, "en", ranged=reading.ranged)
    mine = when_text(reading.interval, me.zone, "en", ranged=reading.ranged)
    lines = [
        f"client ({client.zone.key}): {theirs}",
        f"you ({me.zone.key}): {mine}",
        f"zone read: {reading.zone_read}",
    ]
    lines += [f"assumed: {m}" for m in reading.assumptions]
    for alternative in reading.alternatives:
        moment = Interval(alternative.instant, alternative.instant + timedelta(minutes=1))
        lines.append(f"or: {when_text(moment, client.zone, 'en', ranged=False)} — {alternative.why}")
    lines += [f"note: {m}" for m in result.notes]
    yes_no = {True: "yes", False: "no"}
    lines.append(
        f"inside your hours: {yes_no[result.inside_my_hours]}; "
        f"inside the client's hours: {yes_no[result.inside_client_hours]}"
        + (f"; busy then: {yes_no[result.busy]}" if args.busy else "")
    )
    lines += ["", "reply:", result.reply.rstrip("\n")]
    return "\n".join(lines)
