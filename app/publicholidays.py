"""Public holidays by country and subdivision code (``US``, ``JP``, ``DE-BY``) via ``holidays``.

The package is imported inside the functions: it takes tens of milliseconds to
load and most runs of the app never ask for a holiday.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.intervals import Span, union_spans
from app.messages import AppError
from app.zones import Edge, wall_seconds

_CODE = re.compile(r"^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,20}))?$")


class HolidayError(AppError):
    """Raised for a holiday code the ``holidays`` package does not know; the message says what it accepts."""


@dataclass(frozen=True, slots=True)
class HolidayCode:
    """A country (ISO 3166-1 alpha-2) and optionally one of its subdivisions, as ``holidays`` spells them."""

    country: str
    subdivision: str | None = None

    def __str__(self) -> str:
        return self.country if self.subdivision is None else f"{self.country}-{self.subdivision}"


@lru_cache(maxsize=1)
def _supported() -> dict[str, tuple[str, ...]]:
    import holidays  # noqa: PLC0415 - slow to import; only needed when holidays are asked for

    return {c: tuple(s) for c, s in holidays.list_supported_countries(include_aliases=False).items()}


def _shown(text: str) -> str:
    cut = text if len(text) <= 30 else text[:30] + "…"
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in cut)


def parse_holiday_code(text: str) -> HolidayCode:
    """The country and subdivision that ``text`` names, checked against the ``holidays`` package.

    >>> parse_holiday_code("de-by")
    HolidayCode(country='DE', subdivision='BY')
    """
    if not isinstance(text, str):
        raise TypeError(f"Use str, not {type(text).__name__}.")
    match = _CODE.match(text.strip())
    if not match:
        raise HolidayError("holidays.not_a_code", text=_shown(text))
    country, subdivision = match.group(1).upper(), match.group(2)
    supported = _supported()
    if country not in supported:
        # The full list runs to some 250 codes: name a few well-known ones rather than all of them.
        raise HolidayError("holidays.unknown_country", country=country, count=len(supported))
    if subdivision is None:
        return HolidayCode(country)
    known = {s.casefold(): s for s in supported[country]}
    if subdivision.casefold() not in known:
        if not supported[country]:
            raise HolidayError("holidays.no_subdivisions", country=country, subdivision=subdivision)
        accepted = ", ".join(supported[country])
        raise HolidayError(
            "holidays.unknown_subdivision", country=country, subdivision=subdivision, accepted=accepted
        )
    return HolidayCode(country, known[subdivision.casefold()])


@lru_cache(maxsize=64)
def _dates(code: HolidayCode, years: tuple[int, ...]) -> frozenset[date]:
    import holidays  # noqa: PLC0415 - see the module docstring

    with warnings.catch_warnings():
        # Some countries' data covers only some years (India: 2001-2035) and the package warns when
        # asked beyond them; it still returns the holidays it knows, which is all we can avoid.
        warnings.simplefilter("ignore", UserWarning)
        calendar = holidays.country_holidays(code.country, subdiv=code.subdivision, years=years)
        return frozenset(calendar.keys())


@lru_cache(maxsize=64)
def _names(code: HolidayCode, years: tuple[int, ...]) -> dict[date, str]:
    import holidays  # noqa: PLC0415 - see the module docstring

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        calendar = holidays.country_holidays(code.country, subdiv=code.subdivision, years=years)
        return {day: str(name) for day, name in calendar.items()}


def holiday_names(code: HolidayCode, first: date, last: date) -> dict[date, str]:
    """The public holidays of ``code`` from ``first`` to ``last`` inclusive, each with its name as the
    ``holidays`` package gives it in English ("Christmas Day", "Christmas Day (observed)")."""
    if last < first:
        return {}
    found = _names(code, tuple(range(first.year, last.year + 1)))
    return {d: n for d, n in found.items() if first <= d <= last}


def holiday_dates(code: HolidayCode, first: date, last: date) -> frozenset[date]:
    """The public holidays of ``code`` from ``first`` to ``last`` inclusive (observed days included)."""
    if last < first:
        return frozenset()
    found = _dates(code, tuple(range(first.year, last.year + 1)))
    return frozenset(d for d in found if first <= d <= last)


def local_day_span(day: date, zone: ZoneInfo) -> Span:
    """The epoch seconds during which ``zone``'s wall clock shows the date ``day``.

    Where the clock falls back across midnight the date shows twice; the span then
    covers both showings and the stretch between — generous, which is the safe side
    for keeping meetings off a holiday.
    """
    return wall_seconds(day, 0, zone, Edge.START), wall_seconds(day, 1440, zone, Edge.END)


def holiday_spans(codes: Iterable[tuple[HolidayCode, ZoneInfo]], start: int, end: int) -> list[Span]:
    """The sorted, disjoint spans within which anyone's wall clock shows one of their public holidays."""
    found: list[Span] = []
    for code, zone in codes:
        first = datetime.fromtimestamp(start, UTC).astimezone(zone).date() - timedelta(days=1)
        last = datetime.fromtimestamp(end, UTC).astimezone(zone).date() + timedelta(days=1)
        found.extend(local_day_span(day, zone) for day in holiday_dates(code, first, last))
    return [(max(s, start), min(e, end)) for s, e in union_spans(found) if s < end and e > start]
