"""``coretime-cli slots``: the maximal windows in which everyone is inside their hours."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta

from app.busy import merged_busy
from app.cli.busy import add_busy_flags, load_busy
from app.cli.people_flags import add_people_flags, plan_from
from app.intervals import Interval, subtract_spans
from app.overlap import shared_windows
from app.timefmt import duration_text, interval_json, wall_span


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "slots",
        help="list the time everyone shares",
        description="List the maximal windows in which every person is inside their hours.",
    )
    add_people_flags(parser)
    add_busy_flags(parser)
    parser.add_argument("--json", action="store_true", help='print JSON: {"windows": [...]}')
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    plan = plan_from(args)
    start, end = plan.bounds
    windows = shared_windows(plan.people, start, end)
    if args.busy and start < end:
        busy = merged_busy(load_busy(args, start, end, plan.me.zone, datetime.now(UTC)))
        windows = [Interval.from_span(s) for s in subtract_spans([w.span for w in windows], busy)]
    note = plan.skipped_note()
    if note:
        print(f"note: {note}", file=sys.stderr)
    if args.json:
        return json.dumps({"windows": [interval_json(w) for w in windows]})
    me, client = plan.me.zone, plan.client.zone
    from babel.dates import format_date  # noqa: PLC0415 - not needed for --json

    first_day = plan.first_day
    assert first_day is not None  # slots always takes --from (span above would have failed)
    last_day = first_day + timedelta(days=plan.days - 1)
    title = (
        f"Shared time from {format_date(first_day, 'EEE', locale='en')} {first_day} "
        f"to {format_date(last_day, 'EEE', locale='en')} {last_day} "
        f"({plan.days} day{'s' if plan.days != 1 else ''} on your clock, {me.key})"
    )
    if not windows:
        if args.busy:
            return f"{title}\nNo shared time: nobody's hours meet outside your busy time in this range."
        return f"{title}\nNo shared time: nobody's hours meet in this range."
    lines = [title, f"{'you (' + me.key + ')':<36}  {'client (' + client.key + ')':<36}  length"]
    for window in windows:
        lines.append(
            f"{wall_span(window, me):<36}  {wall_span(window, client):<36}  {duration_text(window.duration)}"
        )
    return "\n".join(lines)
