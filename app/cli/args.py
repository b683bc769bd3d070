"""Argument types and the parser class shared by every ``coretime-cli`` subcommand.

Every bad value becomes one ``error:`` line on stderr and exit status 2 — never
a traceback — and the line says what was wrong and what is accepted.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import NoReturn, TypeVar
from zoneinfo import ZoneInfo

from app.availability import AvailabilityError, Away, DateRange, parse_away, parse_days_off
from app.hours import HoursError, WeeklyHours, parse_hours
from app.proposal import resolve_locale
from app.publicholidays import HolidayCode, parse_holiday_code
from app.zones import ZoneError, load_zone

EXIT_USAGE = 2
MAX_DAYS = 3660
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)

T = TypeVar("T")


class UsageError(Exception):
    """Bad input found after parsing (a combination of flags, say); reported like a parse error."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are a single ``error:`` line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        fail(message)


def fail(message: str) -> NoReturn:
    """Print one ``error:`` line (control characters made visible) and exit with status 2."""
    line = " ".join(message.split("\n"))
    line = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in line)
    print(f"error: {line}", file=sys.stderr)
    raise SystemExit(EXIT_USAGE)


def printable(text: str, limit: int = 60) -> str:
    shown = text if len(text) <= limit else text[:limit] + "…"
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in shown)


def argument_type(name: str, convert: Callable[[str], T]) -> Callable[[str], T]:
    """Wrap ``convert`` so its ValueError becomes argparse's error with our own message."""

    def parse(text: str) -> T:
        try:
            return convert(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    parse.__name__ = name
    return parse


SHOWN_MATCHES = 5
"""How many of a place's zones an error about a choice lists."""


def _zone(text: str) -> ZoneInfo:
    """An IANA id as before; otherwise a place (``Milwaukee``, ``東京``, ``Germany``) that names one zone."""
    try:
        return load_zone(text)
    except ZoneError as error:
        unknown = str(error)
    from app.places import resolve  # noqa: PLC0415 — the places load only for a text that is no IANA id

    # The one clock reading of argument parsing: which year's abbreviations (EST, JST) are meant.
    key, found = resolve(text, year=datetime.now(UTC).year)
    if key is not None:
        return ZoneInfo(key)
    if not found:
        raise ValueError(unknown)
    shown = "; ".join(dict.fromkeys(match.text for match in found[:SHOWN_MATCHES]))
    more = f" and {len(found) - SHOWN_MATCHES} more" if len(found) > SHOWN_MATCHES else ""
    raise ValueError(
        f"'{printable(text.strip())}' could be several time zones, most people first: {shown}{more}; "
        "give the IANA name of the one you mean"
    )


def _hours(text: str) -> WeeklyHours:
    try:
        return parse_hours(text)
    except HoursError as error:
        raise ValueError(f"bad hours: {error}") from None


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(text: str) -> date:
    if not _DATE.match(text.strip()):
        raise ValueError(f"'{printable(text)}' is not a date; use YYYY-MM-DD, like 2026-03-09")
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not a day of the calendar; use YYYY-MM-DD") from None
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"{day} is out of range; use a date from {EARLIEST} to {LATEST}")
    return day


def bounded_int(low: int, high: int, what: str) -> Callable[[str], int]:
    """An integer argument in ``low..high``, with a message naming ``what`` it counts."""

    def convert(text: str) -> int:
        try:
            value = int(text.strip(), 10)
        except ValueError:
            raise ValueError(f"'{printable(text)}' is not a whole number of {what}") from None
        if not low <= value <= high:
            raise ValueError(f"{value} {what} is out of range; use {low} to {high}")
        return value

    return argument_type("integer", convert)


def _also(text: str) -> tuple[ZoneInfo, WeeklyHours]:
    zone, sep, spec = text.partition("=")
    if not sep:
        raise ValueError(
            f"'{printable(text)}' needs the form ZONE=HOURS, like 'Europe/Berlin=mon-fri 09:00-17:00'"
        )
    return _zone(zone), _hours(spec)


def _days_off(text: str) -> tuple[DateRange, ...]:
    try:
        return parse_days_off(text)
    except AvailabilityError as error:
        raise ValueError(f"bad days off: {error}") from None


def _away(text: str) -> tuple[Away, ...]:
    try:
        return parse_away(text)
    except AvailabilityError as error:
        raise ValueError(f"bad time away: {error}") from None


def _holiday(text: str) -> HolidayCode:
    return parse_holiday_code(text)  # its HolidayError is a ValueError with the full message


def _instant(text: str) -> datetime:
    cleaned = text.strip()
    if not cleaned.isprintable() or not cleaned:
        raise ValueError(
            f"'{printable(text)}' is not a date and time; use ISO 8601 like 2026-03-09T08:00:00Z"
        )
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValueError(
            f"'{printable(text)}' is not a date and time; use ISO 8601 like 2026-03-09T08:00:00Z"
        ) from None
    if moment.tzinfo is None:
        raise ValueError(f"'{printable(text)}' has no UTC offset; add Z or one like +09:00")
    if not EARLIEST <= moment.astimezone(UTC).date() <= LATEST:
        raise ValueError(f"{moment.date()} is out of range; use a time from {EARLIEST} to {LATEST}")
    return moment.astimezone(UTC)


def bounded_hours(low: float, high: float) -> Callable[[str], float]:
    """A number of hours in ``low..high``; fractions allowed (1.5 is an hour and a half)."""

    def convert(text: str) -> float:
        try:
            value = float(text.strip())
        except ValueError:
            raise ValueError(f"'{printable(text)}' is not a number of hours") from None
        if not low <= value <= high:  # also rejects nan
            raise ValueError(f"{text.strip()} hours is out of range; use {low:g} to {high:g}")
        return value

    return argument_type("hours", convert)


def _name(text: str) -> str:
    if any(not ch.isprintable() for ch in text):
        raise ValueError(f"'{printable(text)}' contains a control character; give the name as plain text")
    if len(text) > 100:
        raise ValueError("the name is longer than 100 characters")
    return text.strip()


zone_arg = argument_type("zone", _zone)
hours_arg = argument_type("hours", _hours)
date_arg = argument_type("date", _date)
also_arg = argument_type("person", _also)
holiday_arg = argument_type("holidays", _holiday)
days_off_arg = argument_type("days off", _days_off)
away_arg = argument_type("away", _away)
instant_arg = argument_type("instant", _instant)
name_arg = argument_type("name", _name)


def add_now_flag(parser: argparse.ArgumentParser) -> None:
    """``--now ISO``: the current time, for scripts and tests; the system clock when absent."""
    parser.add_argument(
        "--now",
        type=instant_arg,
        default=None,
        metavar="ISO",
        help="the current time, e.g. 2026-03-09T08:00:00Z (default: the system clock)",
    )


def now_from(args: argparse.Namespace) -> datetime:
    """``--now``, or the system clock: the one place the planning commands read it; everything
    below takes ``now`` as an argument."""
    now: datetime = args.now if args.now is not None else datetime.now(UTC)
    return now


locale_arg = argument_type("locale", resolve_locale)
