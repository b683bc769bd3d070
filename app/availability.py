"""Days off and time away: the dates a person does not work, and stretches of dates with other hours or
another zone ("in Lisbon 10–24 March, hours 10:00–18:00").

People type them as text, checked like hours:

- days off: dates and inclusive ranges separated by commas, ``2026-12-24, 2026-12-28..2027-01-01``;
- away: segments separated by ``;``, each a date or range, then optionally an IANA zone, then optionally
  hours in the hours grammar (:mod:`app.hours`) or ``off``:
  ``2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00``.

What they mean, read on the dates of the clock the person is on (see :func:`app.overlap.person_spans`):
the block of usual hours that starts on a local date of the person's own clock counts unless that date
is a day off or inside an away stretch; inside an away stretch, the blocks of its hours (the usual ones
when it names none) that start on its dates on its zone's clock (the person's own when it names none)
count unless the date is a day off.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from app.hours import HoursError, WeeklyHours, format_hours, parse_hours
from app.messages import AppError
from app.zones import ZoneError, load_zone

MAX_RANGE_DAYS = 366 * 2
"""The longest stretch of dates one entry may cover: two years (a typo such as 2207 would otherwise
make every plan loop over centuries)."""
_DATE = r"\d{4}-\d{2}-\d{2}"
_RANGE = re.compile(rf"({_DATE})(?:\s*(?:\.\.|/|–)\s*({_DATE}))?")
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)"
_DAYS = re.compile(rf"daily|{_DAY}(?:-{_DAY})?(?:,{_DAY}(?:-{_DAY})?)*", re.IGNORECASE)
"""The day set that starts hours: what tells them from a zone's name."""


class AvailabilityError(AppError):
    """Days off or away text that cannot be used; the message quotes the part and says what is accepted."""


@dataclass(frozen=True, order=True, slots=True)
class DateRange:
    """The dates ``first`` to ``last``, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise AvailabilityError("away.backwards", text=f"{self.first}..{self.last}")
        if (self.last - self.first).days >= MAX_RANGE_DAYS:
            raise AvailabilityError("away.too_long", text=f"{self.first}..{self.last}", limit=MAX_RANGE_DAYS)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}..{self.last}"


@dataclass(frozen=True, slots=True)
class Away:
    """A stretch of dates spent on another clock or with other hours. ``zone`` ``None``: the person's
    own; ``hours`` ``None``: their usual hours. Hours with no blocks (``off``) make it a stretch off."""

    dates: DateRange
    zone: ZoneInfo | None = None
    hours: WeeklyHours | None = None

    def __str__(self) -> str:
        parts = [str(self.dates)]
        if self.zone is not None:
            parts.append(self.zone.key)
        if self.hours is not None:
            parts.append("off" if self.hours.is_empty else format_hours(self.hours))
        return " ".join(parts)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise AvailabilityError("away.not_a_date", text=text) from None


def _range(text: str) -> DateRange:
    found = _RANGE.fullmatch(text.strip())
    if found is None:
        raise AvailabilityError("away.not_a_range", text=text.strip())
    first = _date(found[1])
    return DateRange(first, _date(found[2]) if found[2] else first)


def _check_text(text: str) -> None:
    if any((ord(ch) < 0x20 and ch != "\t") or 0x7F <= ord(ch) <= 0x9F for ch in text):
        raise AvailabilityError("away.control_character")


def parse_days_off(text: str) -> tuple[DateRange, ...]:
    """The dates in ``text`` (``2026-12-24, 2026-12-28..2027-01-01``), in date order; empty text is none.

    >>> [str(r) for r in parse_days_off("2027-01-02..2027-01-03, 2026-12-24")]
    ['2026-12-24', '2027-01-02..2027-01-03']
    """
    _check_text(text)
    parts = [part for part in re.split(r"[,;\s]*,[,;\s]*|\s*;\s*", text.strip()) if part.strip()]
    return tuple(sorted(_range(part) for part in parts))


def format_days_off(days: tuple[DateRange, ...]) -> str:
    return ", ".join(map(str, days))


def _is_zone(word: str) -> bool:
    try:
        load_zone(word, suggest=False)
    except ZoneError:
        return False
    return True


def _parse_away_segment(segment: str) -> Away:
    words = segment.split(maxsplit=1)
    dates = _range(words[0])
    rest = words[1].strip() if len(words) > 1 else ""
    zone = None
    if rest:
        head, _, tail = rest.partition(" ")
        # Hours start with a day set (mon-fri, daily) and a stretch off is "off"; a first word with a
        # slash names a zone, and so does one without that is a zone's name (UTC, Japan, EST5EDT).
        if "/" in head or (not _DAYS.fullmatch(head) and head.lower() != "off" and _is_zone(head)):
            try:
                zone = load_zone(head)
            except ZoneError as error:
                raise AvailabilityError("away.bad_zone", text=segment, problem=error.message) from None
            rest = tail.strip()
    hours = None
    if rest.lower() == "off":
        hours = WeeklyHours(())
    elif rest:
        try:
            hours = parse_hours(rest)
        except HoursError as error:
            raise AvailabilityError("away.bad_hours", text=segment, problem=error.message) from None
    return Away(dates, zone, hours)


def parse_away(text: str) -> tuple[Away, ...]:
    """The stretches in ``text``, in date order; ``;`` separates them. Two that share a date are refused:
    which hours that date has would be a guess.

    >>> [str(a) for a in parse_away("2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00")]
    ['2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00']
    """
    _check_text(text)
    found = sorted(
        (_parse_away_segment(part.strip()) for part in text.split(";") if part.strip()),
        key=lambda away: away.dates,
    )
    for before, after in itertools.pairwise(found):
        if after.dates.first <= before.dates.last:
            raise AvailabilityError("away.overlap", first=str(before.dates), second=str(after.dates))
    return tuple(found)


def format_away(stretches: tuple[Away, ...]) -> str:
    return "; ".join(map(str, stretches))


def is_day_off(day: date, days_off: tuple[DateRange, ...]) -> bool:
    return any(day in stretch for stretch in days_off)


def away_on(day: date, stretches: tuple[Away, ...]) -> Away | None:
    """The stretch away that ``day`` (a date on the person's own clock) falls in, if any."""
    return next((stretch for stretch in stretches if day in stretch.dates), None)
