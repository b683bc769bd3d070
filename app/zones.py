"""Time zones by IANA name, and the one careful step from a wall-clock time to an instant.

Rules (DESIGN.md, "Time rules"): a wall time that does not exist (inside a
spring-forward gap) snaps to the transition instant; a wall time that occurs
twice (inside a fall-back fold) is taken at its first occurrence when it starts
something and at its last occurrence when it ends something.
"""

from __future__ import annotations

import importlib.util
import zoneinfo
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from app.messages import AppError


class ZoneError(AppError):
    """Raised for a zone name the IANA database does not know; the message suggests close names."""


class Edge(Enum):
    """Whether a wall time starts something (first occurrence in a fold) or ends it (last)."""

    START = 0
    END = 1


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@lru_cache(maxsize=1)
def _packaged_zone_names() -> frozenset[str]:
    """The zones the ``tzdata`` package lists: one small file, where :func:`zoneinfo.available_timezones`
    also opens every file under the system's zoneinfo folder (about 15 ms, most of a start-up's budget).
    Every name here is also in :func:`_zone_names`, so it can only confirm a name, never reject one."""
    # A plain file next to the package: importlib.resources would cost more than the walk it saves.
    spec = importlib.util.find_spec("tzdata")
    if spec is None or spec.origin is None:
        return frozenset()
    try:
        listing = (Path(spec.origin).parent / "zones").read_text(encoding="utf-8")
    except OSError:  # a zipped or frozen tzdata: the full listing decides
        return frozenset()
    return frozenset(listing.split())


def fold_case(text: str) -> str:
    """``text`` folded for case-blind matching the Unicode way, with the dotted and dotless i of Turkish
    and Azeri both folded to i (Unicode's default folding keeps ``ı`` apart and gives ``İ`` a dot).

    >>> fold_case("ıSTANBUL") == fold_case("İstanbul") == fold_case("Istanbul") == "istanbul"
    True
    """
    return text.casefold().replace("ı", "i").replace("i\u0307", "i")


@lru_cache(maxsize=1)
def _folded_zone_names() -> dict[str, str]:
    return {fold_case(n): n for n in _zone_names()}


@lru_cache(maxsize=1024)
def _zone(key: str) -> ZoneInfo:
    """The zone ``key`` names, kept: ZoneInfo's own cache keeps only the last eight zones alive, so a
    store of clients in a dozen zones, validated in turn, read each zone's file again for every client."""
    return ZoneInfo(key)


def load_zone(name: str, *, suggest: bool = True) -> ZoneInfo:
    """The zone for an IANA name such as ``America/New_York``; a clear :class:`ZoneError` otherwise,
    with the closest names as suggestions unless ``suggest`` is false (they cost milliseconds a name:
    a store with thousands of unknown zones asks for them only where they are shown).

    A name in the wrong case is accepted when it matches exactly one known zone.
    """
    if not isinstance(name, str):
        raise TypeError(f"Use str, not {type(name).__name__}.")
    cleaned = name.strip()
    if not cleaned:
        raise ZoneError("zone.empty")
    if cleaned in _packaged_zone_names() or cleaned in _zone_names():
        return _zone(cleaned)
    folded = _folded_zone_names()
    if fold_case(cleaned) in folded:
        return _zone(folded[fold_case(cleaned)])
    shown = cleaned if cleaned.isprintable() and len(cleaned) <= 60 else repr(cleaned[:60])
    if not suggest:
        raise ZoneError("zone.unknown", name=shown)
    import difflib  # noqa: PLC0415 — only for a name that is not a zone

    close = difflib.get_close_matches(cleaned, sorted(_zone_names()), n=3, cutoff=0.6)
    if close:
        raise ZoneError("zone.unknown_close", name=shown, close=", ".join(close))
    raise ZoneError("zone.unknown", name=shown)


def id_place(key: str) -> str:
    """The place an IANA id names, as the id writes it: ``New York`` for ``America/New_York``.

    >>> id_place("America/Argentina/Buenos_Aires")
    'Buenos Aires'
    """
    return key.rsplit("/", 1)[-1].replace("_", " ")


def _wall(instant: datetime, zone: ZoneInfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None)


def _first_at_or_after(wall: datetime, zone: ZoneInfo, lo: int, hi: int) -> int:
    """The first second in (lo, hi] at which the wall clock reads ``wall`` or later.

    Requires the clock to read earlier than ``wall`` at ``lo`` and ``wall`` or later
    at ``hi``. Transitions in tzdata fall on whole seconds, so a binary search over
    seconds finds the jump exactly.
    """
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _wall(datetime.fromtimestamp(mid, UTC), zone) >= wall:
            hi = mid
        else:
            lo = mid
    return hi


EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
"""The proleptic Gregorian ordinal of 1 Jan 1970: day arithmetic on epoch seconds starts here."""


def _offset_seconds(offset: timedelta | None) -> int:
    assert offset is not None  # a ZoneInfo always knows its offset
    return offset.days * 86400 + offset.seconds


def wall_seconds(day: date, minute: int, zone: ZoneInfo, edge: Edge) -> int:
    """Seconds since the Unix epoch of ``minute`` minutes after 00:00 on ``day`` on ``zone``'s
    wall clock. ``minute`` may be 1440 or more (it then lies on a following day). Gaps snap to
    the transition; folds give the first occurrence for ``Edge.START``, the last for ``Edge.END``.
    """
    days, minute_of_day = divmod(minute, 1440)
    if days:
        day = date.fromordinal(day.toordinal() + days)
    hour, minute_of_hour = divmod(minute_of_day, 60)
    as_if_utc = (day.toordinal() - EPOCH_ORDINAL) * 86400 + minute_of_day * 60
    # ZoneInfo reads a naive datetime as a wall time; fold picks the reading on either side of
    # a transition. Outside transitions both readings agree.
    before = _offset_seconds(zone.utcoffset(datetime(day.year, day.month, day.day, hour, minute_of_hour)))
    after = _offset_seconds(
        zone.utcoffset(datetime(day.year, day.month, day.day, hour, minute_of_hour, fold=1))
    )
    if before == after:
        return as_if_utc - before
    first, second = as_if_utc - before, as_if_utc - after
    if first < second:  # a fold: the wall time happens twice
        return first if edge is Edge.START else second
    # A gap: fold=0 reads the wall time with the offset before the jump (an instant after it),
    # fold=1 with the offset after (an instant before it). Find the jump between the two.
    wall = datetime(day.year, day.month, day.day, hour, minute_of_hour)
    return _first_at_or_after(wall, zone, second, first)


def noon_offsets(zone: ZoneInfo, first: int, last: int) -> list[int]:
    """The offset (seconds east of UTC) ``zone``'s clock shows at 12:00 of each local day from ordinal
    ``first`` to ``last`` inclusive.

    No zone changes its offset twice within two days (see :mod:`app.clockchanges`), so when the readings
    of two neighbouring days agree, no change lies between those two noons: over a run of equal
    readings, a wall time maps to an instant by one subtraction, without :func:`wall_seconds`' care.
    """
    found = []
    for ordinal in range(first, last + 1):
        day = date.fromordinal(ordinal)
        found.append(_offset_seconds(zone.utcoffset(datetime(day.year, day.month, day.day, 12))))
    return found


def to_utc(day: date, minute: int, zone: ZoneInfo, edge: Edge) -> datetime:
    """The UTC instant of ``minute`` minutes after 00:00 on ``day`` on ``zone``'s wall clock,
    by the rules of :func:`wall_seconds`."""
    return datetime.fromtimestamp(wall_seconds(day, minute, zone, edge), UTC)


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The date on ``zone``'s wall clock at ``instant``."""
    return instant.astimezone(zone).date()


def utc_offset(instant: datetime, zone: ZoneInfo) -> timedelta:
    """The offset from UTC in force in ``zone`` at ``instant``."""
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None  # a ZoneInfo always knows its offset
    return offset
