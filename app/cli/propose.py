"""``coretime-cli propose`` and ``ask-zone``: the meeting proposal, and the question for a client's zone."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import timedelta

from app.busy import merged_busy
from app.cli.args import UsageError, add_now_flag, bounded_hours, bounded_int, locale_arg, name_arg, now_from
from app.cli.busy import add_busy_flags, load_busy
from app.cli.ics import write_holds
from app.cli.people_flags import add_holiday_flags, add_people_flags, plan_from
from app.proposal import ask_zone_text, proposal_text
from app.ranking import rank_options
from app.timefmt import interval_json

MAX_DURATION = 12 * 60
MAX_COUNT = 20
MAX_PROPOSE_DAYS = 366  # a proposal looks at most a year ahead; it keeps the least-bad search quick
MAX_NOTICE_HOURS = 24 * 366


def _add_text_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        type=locale_arg,
        default="en_US",
        metavar="LOCALE",
        help="the client's language and conventions, e.g. en_GB, ja_JP, de_DE (default en_US)",
    )
    parser.add_argument("--client-name", type=name_arg, default=None, metavar="NAME", help="for the greeting")


def _holds_path(text: str) -> str:
    if text.strip() in ("", "-"):
        raise argparse.ArgumentTypeError("--holds needs a file name (the proposal itself goes to stdout)")
    return text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "propose",
        help="write a meeting proposal in the client's language and time",
        description="Pick meeting options inside everyone's hours and write them for the client.",
    )
    add_people_flags(parser, max_days=MAX_PROPOSE_DAYS)
    add_holiday_flags(parser)
    add_busy_flags(parser)
    parser.add_argument(
        "--duration",
        required=True,
        type=bounded_int(1, MAX_DURATION, "minutes"),
        metavar="MINUTES",
        help=f"meeting length in minutes (at most {MAX_DURATION})",
    )
    parser.add_argument(
        "--count",
        type=bounded_int(1, MAX_COUNT, "options"),
        default=3,
        metavar="N",
        help="how many options to offer (default 3)",
    )
    _add_text_flags(parser)
    parser.add_argument("--show-mine", action="store_true", help="add your own time beside each option")
    parser.add_argument(
        "--notice-hours",
        type=bounded_hours(0, MAX_NOTICE_HOURS),
        default=12.0,
        metavar="H",
        help="no option starts sooner than this many hours from now (default 12)",
    )
    add_now_flag(parser)
    parser.add_argument("--json", action="store_true", help='print JSON: {"text": ..., "options": [...]}')
    parser.add_argument(
        "--holds",
        type=_holds_path,
        default=None,
        metavar="FILE",
        help="also write the options to FILE (.ics) as tentative holds for your own calendar",
    )
    parser.set_defaults(run=run)

    ask = subparsers.add_parser(
        "ask-zone",
        help="a polite sentence asking the client for their time zone and hours",
        description="Print a ready sentence asking the client for their time zone and usual working hours.",
    )
    _add_text_flags(ask)
    ask.set_defaults(run=run_ask_zone)


def run(args: argparse.Namespace) -> str:
    plan = plan_from(args)
    start, end = plan.bounds
    note = plan.skipped_note()
    if note:
        print(f"note: {note}", file=sys.stderr)
    now = now_from(args)
    duration = timedelta(minutes=args.duration)
    busy = merged_busy(load_busy(args, start, end, plan.me.zone, now)) if args.busy and start < end else []
    notice = timedelta(hours=args.notice_hours)
    if end - duration < now + notice:
        # Not "nothing fits": the range is over (or too near) before any meeting could be offered.
        print(
            f"note: the range ({start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} UTC) lies before now "
            f"({now:%Y-%m-%d %H:%M} UTC) and its {args.notice_hours:g} h notice, so no meeting can be "
            "offered in it: give --from a day from today on, or --now an earlier instant",
            file=sys.stderr,
        )
        if args.holds is not None:
            raise UsageError("no option lies in this range after now and the notice: nothing to hold")
        return json.dumps({"text": "", "options": []}) if args.json else ""
    options = rank_options(
        plan.people,
        client=plan.client,
        start=start,
        end=end,
        duration=duration,
        now=now,
        count=args.count,
        notice=notice,
        busy=busy,
    )
    text = proposal_text(
        options,
        people=plan.people,
        client=plan.client,
        locale=args.lang,
        now=now,
        duration=duration,
        client_name=args.client_name,
        show_mine=args.show_mine,
    )
    if args.holds is not None:
        if not options:
            raise UsageError("no option lies in this range after now and the notice: nothing to hold")
        who = args.client_name or "client"
        write_holds(
            [option.interval for option in options],
            title=f"Hold: meeting with {who}",
            description=text,
            out=args.holds,
            now=now,
        )
    if not args.json:
        return text
    listed: list[dict[str, object]] = []
    for option in options:
        item: dict[str, object] = dict(interval_json(option.interval))
        if option.outside_hours:
            item["outside_hours"] = True
        listed.append(item)
    return json.dumps({"text": text, "options": listed}, ensure_ascii=False)


def run_ask_zone(args: argparse.Namespace) -> str:
    return ask_zone_text(args.lang, args.client_name)
