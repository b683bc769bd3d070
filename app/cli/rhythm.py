"""``coretime-cli now``, ``checkin`` and ``deadline``: the freelancer's daily rhythm with one client.

``now`` says whether this is a good moment to write; ``checkin`` plans the daily
update (and writes it as a reminder series); ``deadline`` puts the client's
deadline on the freelancer's clock with an early-delivery target and a sentence
confirming it. Every instant in ``--json`` output is ISO 8601: UTC with ``Z``, or
a wall time with its offset where the key says whose clock (``_client``, ``_mine``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from app.busy import merged_busy
from app.checkin import CheckinError, CheckinPlan, checkin_time, days_off_dates
from app.cli.args import (
    UsageError,
    add_now_flag,
    argument_type,
    bounded_hours,
    holiday_arg,
    locale_arg,
    now_from,
)
from app.cli.busy import add_busy_flags, load_busy
from app.cli.people_flags import add_people_flags, plan_from
from app.deadline import DeadlineError, DeadlinePlan, confirmation_text, deadline, parse_due
from app.hours import DAY_NAMES
from app.intervals import Span, seconds
from app.overlap import zone_at
from app.people import Person
from app.rhythm import ClientStatus, client_status
from app.timefmt import duration_text, iso_utc
from app.zones import id_place

MAX_BUFFER_HOURS = 24 * 30


def _add_client_holidays(parser: argparse.ArgumentParser, note: str = "") -> None:
    parser.add_argument(
        "--client-holidays",
        type=holiday_arg,
        default=None,
        metavar="CC",
        help=f"the client's country (and optional subdivision) for public holidays, e.g. US, JP, DE-BY{note}",
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    now = subparsers.add_parser(
        "now",
        help="is the client inside their core time now, and if not, when does it start",
        description="The client's local time now, whether they are inside core time, and when it next "
        "starts on your clock.",
    )
    add_people_flags(now, with_range=False, with_also=False)
    _add_client_holidays(now)
    add_busy_flags(now)
    add_now_flag(now)
    now.add_argument("--json", action="store_true", help="print JSON (see the README)")
    now.set_defaults(run=run_now)

    checkin = subparsers.add_parser(
        "checkin",
        help="the daily moment to send the client a progress update",
        description="Plan the daily check-in early in the client's day, inside or near your hours, "
        "and optionally write it as a weekly reminder series for your calendar.",
    )
    add_people_flags(checkin, with_range=False, with_also=False)
    _add_client_holidays(checkin, " (no reminder on them)")
    add_busy_flags(checkin)
    add_now_flag(checkin)
    checkin.add_argument("--out", metavar="FILE", help="write the reminder series (.ics) here; - for stdout")
    checkin.add_argument("--json", action="store_true", help="print JSON (see the README)")
    checkin.set_defaults(run=run_checkin)

    due = subparsers.add_parser(
        "deadline",
        help="the client's deadline on your clock, with an early-delivery target",
        description="Put the client's deadline on your clock, count down to it, suggest when to deliver "
        "(a buffer earlier, inside their core time) and write a confirmation sentence.",
    )
    add_people_flags(due, with_range=False, with_also=False)
    due.add_argument(
        "--due",
        required=True,
        type=argument_type("deadline", parse_due),
        metavar="WHEN",
        help="'YYYY-MM-DD HH:MM' on the client's clock, or 'YYYY-MM-DD eod' (the end of their core hours)",
    )
    due.add_argument(
        "--buffer-hours",
        type=bounded_hours(0, MAX_BUFFER_HOURS),
        default=24.0,
        metavar="H",
        help="deliver this many hours before the deadline (default 24)",
    )
    due.add_argument(
        "--lang",
        type=locale_arg,
        default="en_US",
        metavar="LOCALE",
        help="the client's language for the confirmation sentence, e.g. en_GB, ja_JP (default en_US)",
    )
    add_busy_flags(due)
    add_now_flag(due)
    due.add_argument("--json", action="store_true", help="print JSON (see the README)")
    due.set_defaults(run=run_deadline)


def _wall(instant: datetime, person: Person) -> str:
    """``2026-03-09T22:00:00+09:00``: the instant on the clock ``person`` is on then (a trip's while
    they are away), with its offset."""
    return instant.astimezone(zone_at(person, instant)).replace(microsecond=0).isoformat()


def _at(instant: datetime, person: Person, *, with_date: bool = True, home: bool = False) -> str:
    """The instant on the clock ``person`` is on then, or on their own clock (``home``)."""
    local = instant.astimezone(person.zone if home else zone_at(person, instant))
    return f"{DAY_NAMES[local.weekday()].title()} {local:%Y-%m-%d %H:%M}" if with_date else f"{local:%H:%M}"


def _countdown(delta: timedelta) -> str:
    """``2 d 3 h 10 min``; whole minutes, rounded up so that a start 20 s away is ``1 min`` away."""
    minutes = -(-int(abs(delta).total_seconds()) // 60)
    days, rest = divmod(minutes, 1440)
    text = duration_text(timedelta(minutes=rest)) if rest or not days else ""
    return f"{days} d {text}".strip() if days else text


def status_json(status: ClientStatus, me: Person) -> dict[str, object]:
    return {
        "client_local": status.client_local.replace(microsecond=0).isoformat(),
        "weekday": DAY_NAMES[status.weekday],
        "inside_core": status.inside,
        "core_ends": None if status.ends is None else iso_utc(status.ends),
        "next_start": None if status.next_start is None else iso_utc(status.next_start),
        "next_start_mine": None if status.next_start is None else _wall(status.next_start, me),
        "minutes_until": status.minutes_until,
        "reason": status.reason,
        "away_zone": status.away_zone,
    }


def run_now(args: argparse.Namespace) -> str:
    plan = plan_from(args)
    me, client = plan.me, plan.client
    now = now_from(args)
    status = client_status(client, me, now)
    until = _busy_until(args, me, now)
    if args.json:
        found = status_json(status, me)
        if args.busy:
            found["busy_until"] = None if until is None else iso_utc(until)
            found["busy_until_mine"] = None if until is None else _wall(until, me)
        return json.dumps(found)
    head = f"Client ({client.zone_name}): {_at(status.now, client, home=True)}"
    if status.away_zone is not None:
        place = f"{id_place(status.away_zone)} ({status.away_zone})"
        head += f" — away, in {place}: {status.client_local:%a %H:%M}"
    busy_line = (
        []
        if until is None
        else [f"You are busy until {_at(until, me)} your time ({_countdown(until - now)} from now)"]
    )
    if status.inside:
        if status.ends is None:
            return "\n".join([f"{head} — inside core hours", *busy_line])
        return "\n".join(
            [
                f"{head} — inside core hours until {_at(status.ends, client, with_date=False)} "
                f"({_at(status.ends, me, with_date=False)} your time, in "
                f"{_countdown(status.ends - status.now)})",
                *busy_line,
            ]
        )
    why = {
        "holiday": f"a public holiday ({client.holidays})",
        "weekend": "their weekend (no hours today)",
        "day_off": "their day off",
        "outside_hours": "outside core hours",
    }[status.reason or "outside_hours"]
    lines = [f"{head} — {why}"]
    if status.next_start is None or status.until_next is None:
        lines.append("Core time does not start again within a year.")
    else:
        lines.append(
            f"Core time starts in {_countdown(status.until_next)}: {_at(status.next_start, client)} their "
            f"time = {_at(status.next_start, me)} your time ({zone_at(me, status.next_start).key})"
        )
    return "\n".join([*lines, *busy_line])


BUSY_LOOKAHEAD = timedelta(days=14)
"""How far ahead ``now --busy`` reads the calendars for the end of the busy time it is in."""


def _busy_until(args: argparse.Namespace, me: Person, now: datetime) -> datetime | None:
    """When the busy time ``now`` lies in ends (at most :data:`BUSY_LOOKAHEAD` ahead), or None."""
    if not args.busy:
        return None
    spans = merged_busy(load_busy(args, now, now + BUSY_LOOKAHEAD, me.zone, now))
    at = seconds(now)
    for a, b in spans:
        if a <= at < b:
            return datetime.fromtimestamp(b, UTC)
    return None


def busy_reminders(plan: CheckinPlan, busy: Sequence[Span]) -> list[datetime]:
    """The reminders of ``plan`` that come while the freelancer is busy."""
    found: list[datetime] = []
    i = 0
    for instant in sorted(plan.occurrences):
        at = seconds(instant)
        while i < len(busy) and busy[i][1] <= at:
            i += 1
        if i < len(busy) and busy[i][0] <= at:
            found.append(instant)
    return found


def checkin_json(plan: CheckinPlan, out: str | None) -> dict[str, object]:
    me, client = plan.me, plan.client
    return {
        "client_time": f"{plan.client_time:%H:%M}",
        "days": [DAY_NAMES[d] for d in plan.days],
        "skipped_days": [DAY_NAMES[d] for d in plan.skipped],
        "minutes_after_start": int(plan.after_start.total_seconds() // 60),
        "next": iso_utc(plan.next),
        "next_client": _wall(plan.next, client),
        "next_mine": _wall(plan.next, me),
        "reminders": len(plan.occurrences),
        "inside_my_hours": plan.inside_mine,
        "shifts": [
            {
                "at": iso_utc(shift.after),
                "day_client": f"{shift.after.astimezone(client.zone):%Y-%m-%d}",
                "mine_before": f"{shift.before:%H:%M}",
                "mine_after": f"{shift.after:%H:%M}",
                "zones": list(shift.zones),
                "trip": shift.trip,
            }
            for shift in plan.shifts
        ],
        "file": out,
        "holidays_skipped": [f"{h.astimezone(client.zone):%Y-%m-%d}" for h in plan.holidays],
        "moved": [
            {
                "day_client": moved.day.isoformat(),
                "at": iso_utc(moved.at),
                "at_client": _wall(moved.at, client),
                "at_mine": _wall(moved.at, me),
            }
            for moved in plan.moved
        ],
        "days_off_skipped": [day.isoformat() for day in days_off_dates(plan)],
        "away": [{"day": moved.day.isoformat(), "at": iso_utc(moved.at)} for moved in plan.elsewhere],
    }


def _checkin_text(plan: CheckinPlan, out: str | None) -> str:
    me, client = plan.me, plan.client
    days = ",".join(DAY_NAMES[d] for d in plan.days)
    after = int(plan.after_start.total_seconds() // 60)
    when = (
        "as their day starts" if after == 0 else f"{duration_text(plan.after_start)} after their day starts"
    )
    lines = [
        f"Daily check-in: {plan.client_time:%H:%M} on the client's clock ({client.zone_name}), "
        f"{days} — {when}",
        f"Next: {_at(plan.next, client)} their time = {_at(plan.next, me)} your time "
        f"({zone_at(me, plan.next).key}); "
        f"inside your hours on {plan.inside_mine} of {len(plan.occurrences)} days in the coming year",
    ]
    if plan.skipped:
        lines.append(
            f"Not on {','.join(DAY_NAMES[d] for d in plan.skipped)}: their hours start too far from "
            f"{plan.client_time:%H:%M} those days"
        )
    if plan.holidays:
        lines.append(
            f"No reminder on their {len(plan.holidays)} public "
            f"{'holiday' if len(plan.holidays) == 1 else 'holidays'} ({client.holidays}) in the coming year"
        )
    if plan.elsewhere:
        count = len(plan.elsewhere)
        lines.append(
            f"On {count} {'day' if count == 1 else 'days'} away it comes at {plan.client_time:%H:%M} on the "
            "clock they are on there"
        )
    if plan.days_off:
        count = len(plan.days_off)
        lines.append(f"No reminder on their {count} {'day' if count == 1 else 'days'} off in the coming year")
    for moved in plan.moved:
        day = f"{DAY_NAMES[moved.day.weekday()].title()} {moved.day}"
        lines.append(
            f"On {day} their clocks skip {plan.client_time:%H:%M}: that reminder comes when they jump, "
            f"{_at(moved.at, client, with_date=False)} their time = {_at(moved.at, me)} your time"
        )
    if plan.shifts:
        lines.append("Clock changes and trips move it on your clock:")
        for shift in plan.shifts:
            who = (
                f"they are in {shift.zones[0]}"
                if shift.trip == "there"
                else f"they are back from {shift.zones[0]}"
                if shift.trip == "back"
                else f"{shift.zones[0]} changes its clocks"
                if len(shift.zones) == 1
                else f"{' and '.join(shift.zones)} change their clocks"
            )
            lines.append(
                f"  from {_at(shift.after, client)[:14]}: {shift.after:%H:%M} your time "
                f"(was {shift.before:%H:%M}) — {who}"
            )
    else:
        lines.append("No clock change moves it on your clock in the coming year.")
    if out is not None and out != "-":
        lines.append(f"Wrote {out}: a reminder on {days} at {plan.client_time:%H:%M} {client.zone_name}")
    return "\n".join(lines)


def run_checkin(args: argparse.Namespace) -> str:
    from app.checkin import checkin_calendar  # noqa: PLC0415 - icalendar loads only to write a file
    from app.cli.ics import write_output  # noqa: PLC0415
    from app.ics import IcsError  # noqa: PLC0415

    if args.out == "-" and args.json:
        raise UsageError("--out - prints the calendar; it cannot share stdout with --json")
    plan_people = plan_from(args)
    now = now_from(args)
    try:
        plan = checkin_time(plan_people.client, plan_people.me, now)
    except CheckinError as error:
        raise UsageError(str(error)) from None
    if args.out is not None:
        try:
            data = checkin_calendar(plan, now=now)
        except (CheckinError, IcsError) as error:
            raise UsageError(str(error)) from None
        write_output(data, args.out)
        if args.out == "-":
            return ""
    clashes = None
    if args.busy and plan.occurrences:
        first, last = min(plan.occurrences), max(plan.occurrences)
        busy = merged_busy(load_busy(args, first, last + timedelta(minutes=1), plan.me.zone, now))
        clashes = busy_reminders(plan, busy)
    if args.json:
        found = checkin_json(plan, args.out)
        if clashes is not None:
            found["busy_days"] = [f"{c.astimezone(plan.client.zone):%Y-%m-%d}" for c in clashes]
        return json.dumps(found)
    text = _checkin_text(plan, args.out)
    if clashes:
        shown = ", ".join(f"{c.astimezone(plan.client.zone):%Y-%m-%d}" for c in clashes[:5])
        more = f" and {len(clashes) - 5} more" if len(clashes) > 5 else ""
        text += (
            f"\nYou are busy at that time on {len(clashes)} "
            f"{'day' if len(clashes) == 1 else 'days'} (their dates): {shown}{more}"
        )
    elif clashes is not None:
        text += "\nYour calendars are free at every reminder."
    return text


def deadline_json(plan: DeadlinePlan, sentence: str) -> dict[str, object]:
    me, client = plan.me, plan.client
    target = plan.target
    return {
        "due": iso_utc(plan.due),
        "due_client": _wall(plan.due, client),
        "due_mine": _wall(plan.due, me),
        "minutes_left": int(plan.left.total_seconds() // 60),
        "target": None if target is None else iso_utc(target),
        "target_client": None if target is None else _wall(target, client),
        "target_mine": None if target is None else _wall(target, me),
        "buffer_kept": plan.buffer_kept,
        "end_of_day": plan.end_of_day,
        "clock_note": plan.clock_note,
        "confirmation": sentence,
        "busy_avoided": [[iso_utc(a), iso_utc(b)] for a, b in plan.avoided],
    }


def run_deadline(args: argparse.Namespace) -> str:
    people = plan_from(args)
    me, client = people.me, people.client
    now = now_from(args)
    try:
        plan = deadline(client, me, args.due, now, timedelta(hours=args.buffer_hours))
        if args.busy and plan.due > now:
            busy = merged_busy(load_busy(args, now, plan.due, me.zone, now))
            plan = deadline(client, me, args.due, now, timedelta(hours=args.buffer_hours), busy=busy)
    except DeadlineError as error:
        raise UsageError(str(error)) from None
    sentence = confirmation_text(plan.due, client.zone, args.lang)
    if args.json:
        return json.dumps(deadline_json(plan, sentence), ensure_ascii=False)
    what = "end of their core hours" if plan.end_of_day else "their time"
    lines = [
        f"Deadline: {_at(plan.due, client)} {what} ({client.zone_name}) = {_at(plan.due, me)} your time "
        f"({me.zone_name})",
    ]
    if plan.clock_note == "gap":
        lines.append("Note: the clocks skip that time that night; the deadline is the moment they jump.")
    elif plan.clock_note == "fold":
        lines.append("Note: that time happens twice that night (the clocks go back); taking the first.")
    left = plan.left
    lines.append(
        f"Time left: {_countdown(left)}" if left > timedelta(0) else f"Overdue by {_countdown(left)}"
    )
    if plan.target is None:
        lines.append(
            "Deliver now: no core time of theirs with 30 minutes to spare before it ends is left "
            "before the deadline."
        )
    else:
        kept = (
            f"{duration_text(plan.buffer)} or more before it, inside their core hours"
            if plan.buffer_kept
            else "the buffer no longer fits; the latest moment in their core hours before the deadline"
        )
        lines.append(
            f"Deliver by: {_at(plan.target, client)} their time = {_at(plan.target, me)} your time ({kept})"
        )
    for start, end in plan.avoided:
        lines.append(
            f"Kept clear of your busy time: {_at(start, me)} to {_at(end, me, with_date=False)} your time"
        )
    lines.append(f"Confirm: {sentence}")
    return "\n".join(lines)
