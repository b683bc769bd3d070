"""The flags that name the people and the date range, shared by the planning subcommands."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date, datetime

from app.cli.args import (
    MAX_DAYS,
    also_arg,
    away_arg,
    bounded_int,
    date_arg,
    days_off_arg,
    holiday_arg,
    hours_arg,
    zone_arg,
)
from app.overlap import day_bounds, skipped_days
from app.people import Person


@dataclass(frozen=True)
class Plan:
    """Who takes part and over which stretch of the freelancer's days."""

    me: Person
    client: Person
    others: tuple[Person, ...]
    first_day: date | None = None  # None for subcommands without --from (now, checkin, deadline)
    days: int = 7

    @property
    def people(self) -> tuple[Person, ...]:
        return (self.me, self.client, *self.others)

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        """The range's first and last instant (equal when the freelancer's clock skips all its days)."""
        if self.first_day is None:
            raise ValueError("this plan has no date range: its subcommand takes no --from")
        return day_bounds(self.first_day, self.days, self.me.zone)

    def skipped_note(self) -> str | None:
        """A ``note:`` line's text when the freelancer's clock skips days of the range, else None."""
        if self.first_day is None:
            return None
        skipped = skipped_days(self.first_day, self.days, self.me.zone)
        if not skipped:
            return None
        names = ", ".join(f"{day:%a} {day}" for day in skipped)
        whole = " the range holds no time." if len(skipped) == self.days else " it holds no hours."
        return (
            f"{names} {'does' if len(skipped) == 1 else 'do'} not exist on your clock "
            f"({self.me.zone.key} jumps over {'it' if len(skipped) == 1 else 'them'}):{whole}"
        )


def add_people_flags(
    parser: argparse.ArgumentParser,
    *,
    with_range: bool = True,
    max_days: int = MAX_DAYS,
    with_also: bool = True,
) -> None:
    """--me, --my-hours, --client, --client-hours, (optionally) --also and (optionally) --from and --days."""
    group = parser.add_argument_group("people")
    group.add_argument(
        "--me",
        required=True,
        type=zone_arg,
        metavar="ZONE",
        help="your own time zone: an IANA name or a place, e.g. Asia/Tokyo, Tokyo or 東京",
    )
    group.add_argument(
        "--my-hours",
        required=True,
        type=hours_arg,
        metavar="SPEC",
        help="your hours on your clock, e.g. 'mon-fri 20:00-24:00; sat 09:00-12:00'",
    )
    group.add_argument(
        "--client",
        required=True,
        type=zone_arg,
        metavar="ZONE",
        help="the client's time zone: an IANA name or a place, e.g. America/New_York or Milwaukee",
    )
    group.add_argument(
        "--client-hours",
        required=True,
        type=hours_arg,
        metavar="SPEC",
        help="the client's core hours on their clock, e.g. 'mon-fri 09:00-17:00'",
    )
    add_availability_flags(group)
    if with_also:
        group.add_argument(
            "--also",
            action="append",
            default=[],
            type=also_arg,
            metavar="ZONE=SPEC",
            help="another person, e.g. 'Europe/Berlin=mon-fri 09:00-17:00' (repeatable)",
        )
    if with_range:
        add_range_flags(parser, max_days=max_days)


def add_availability_flags(group: argparse._ActionsContainer) -> None:
    """--my-days-off, --my-away, --client-days-off and --client-away (see app.availability)."""
    for who, whose in (("my", "your"), ("client", "the client's")):
        group.add_argument(
            f"--{who}-days-off",
            type=days_off_arg,
            default=(),
            metavar="TEXT",
            help=f"{whose} days off, e.g. '2026-12-24, 2026-12-28..2027-01-02'",
        )
        group.add_argument(
            f"--{who}-away",
            type=away_arg,
            default=(),
            metavar="TEXT",
            help=f"{whose} time away: dates, then a zone and/or hours or off; ';' between stretches, e.g. "
            "'2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00'",
        )


def person_from(args: argparse.Namespace, who: str, name: str, zone: object, hours: object) -> Person:
    """The freelancer (``who`` "my") or the client ("client") with their days off and time away."""
    holidays = getattr(args, "me_holidays" if who == "my" else "client_holidays", None)
    return Person(
        name,
        zone,  # type: ignore[arg-type]
        hours,  # type: ignore[arg-type]
        None if holidays is None else str(holidays),
        days_off=getattr(args, f"{who}_days_off", ()),
        away=getattr(args, f"{who}_away", ()),
    )


def add_range_flags(parser: argparse.ArgumentParser, *, max_days: int = MAX_DAYS) -> None:
    """--from and --days: the freelancer's local days a command looks at."""
    span = parser.add_argument_group("range")
    span.add_argument(
        "--from",
        dest="first_day",
        required=True,
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="first day, from 00:00 on your clock",
    )
    span.add_argument(
        "--days",
        type=bounded_int(1, max_days, "days"),
        default=7,
        metavar="N",
        help=f"number of your local days (default 7, at most {max_days})",
    )


def add_holiday_flags(parser: argparse.ArgumentParser) -> None:
    """--me-holidays and --client-holidays: whose public holidays keep meetings away."""
    group = parser.add_argument_group("public holidays")
    for flag, whose in (("--me-holidays", "your"), ("--client-holidays", "the client's")):
        group.add_argument(
            flag,
            type=holiday_arg,
            default=None,
            metavar="CC[-SUB]",
            help=f"{whose} country and optional subdivision for public holidays, e.g. US, JP or DE-BY",
        )


def plan_from(args: argparse.Namespace) -> Plan:
    """The people and range the parsed flags describe (with holidays when those flags were added)."""
    me = person_from(args, "my", "you", args.me, args.my_hours)
    client = person_from(args, "client", "client", args.client, args.client_hours)
    also = getattr(args, "also", [])
    others = tuple(Person(f"person {i}", zone, hours) for i, (zone, hours) in enumerate(also, 3))
    return Plan(me, client, others, getattr(args, "first_day", None), getattr(args, "days", 7))
