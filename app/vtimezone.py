"""A zone's rules as iCalendar VTIMEZONE observances, read from its TZif data and POSIX TZ rule.

Outlook understands a VTIMEZONE only in yearly-rule form: one STANDARD and one
DAYLIGHT observance, each with a yearly ``RRULE``. The zone's *current* rule is
the POSIX TZ string at the end of its TZif file (RFC 8536, section 3.3), so the
rule comes from there. A span that reaches back before that rule took over (a
zone that changed its clocks recently, or Morocco, whose Ramadan changes are
listed one by one for decades ahead) also gets one observance per listed
transition before the rule's reign, so every offset inside the span is right;
such a definition is flagged ``yearly=False``.

Nothing here imports icalendar: :mod:`app.ics` turns these values into components.
"""

from __future__ import annotations

import calendar
import importlib.resources
import os
import re
import struct
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

DAY = 86400
RULE_SINCE = 1970  # the year a rule's observances start from, when the span allows
_RFC_WEEKDAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")  # POSIX counts weekdays from Sunday


class ZoneRuleError(ValueError):
    """The zone's TZif data or POSIX TZ string cannot be read as a rule."""


# --- POSIX TZ strings ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SwitchDay:
    """When in a year a POSIX rule switches: ``Mm.w.d``, ``Jn`` or ``n``, and a local time.

    ``time`` is in seconds of the wall clock *before* the switch and may be
    negative or reach past 24 hours (RFC 8536 allows -167..167 hours), so the
    switch can land on a neighbouring day.
    """

    kind: str  # "M" (month, week, weekday), "J" (1..365, 29 Feb never counted) or "n" (0..365)
    month: int = 0
    week: int = 0  # 1..4, or 5 for the last
    weekday: int = 0  # 0 is Sunday
    day: int = 0
    time: int = 2 * 3600

    def base_date(self, year: int) -> date:
        """The day the rule names in ``year``, before ``time`` moves it."""
        if self.kind == "M":
            first_weekday = (calendar.weekday(year, self.month, 1) + 1) % 7  # Monday=0 → Sunday=0
            day = 1 + (self.weekday - first_weekday) % 7 + 7 * (self.week - 1)
            last = calendar.monthrange(year, self.month)[1]
            while day > last:
                day -= 7
            return date(year, self.month, day)
        if self.kind == "J":
            leap_shift = 1 if calendar.isleap(year) and self.day >= 60 else 0
            return date(year, 1, 1) + timedelta(days=self.day - 1 + leap_shift)
        return date(year, 1, 1) + timedelta(days=self.day)

    def wall(self, year: int) -> datetime:
        """The naive wall-clock moment of the switch in ``year``, on the clock before it."""
        day = self.base_date(year)
        return datetime(day.year, day.month, day.day) + timedelta(seconds=self.time)


@dataclass(frozen=True, slots=True)
class DaylightRule:
    """The second time a POSIX rule keeps each year, and the days it starts and ends."""

    name: str
    offset: int
    start: SwitchDay
    end: SwitchDay


@dataclass(frozen=True, slots=True)
class PosixTz:
    """A POSIX TZ rule; offsets are seconds *east* of UTC (the string itself counts west)."""

    std_name: str
    std_offset: int
    dst: DaylightRule | None = None


_NAME = r"(?:<(?P<{0}q>[A-Za-z0-9+\-]+)>|(?P<{0}a>[A-Za-z]{{3,}}))"
_OFFSET = r"[+-]?\d{1,3}(?::\d{1,2}){0,2}"
_POSIX = re.compile(
    rf"^{_NAME.format('std')}(?P<stdoff>{_OFFSET})"
    rf"(?:{_NAME.format('dst')}(?P<dstoff>{_OFFSET})?"
    r"(?:,(?P<start>[^,]+),(?P<end>[^,]+))?)?$"
)
_SWITCH = re.compile(
    r"^(?:M(?P<m>\d{1,2})\.(?P<w>\d)\.(?P<d>\d)|J(?P<j>\d{1,3})|(?P<n>\d{1,3}))" rf"(?:/(?P<t>{_OFFSET}))?$"
)


def _seconds(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")]
    hours, minutes, secs = (*parts, 0, 0)[:3]
    if hours > 167 or minutes > 59 or secs > 59:
        raise ZoneRuleError(f"'{text}' is out of range for a POSIX TZ time")
    return sign * (hours * 3600 + minutes * 60 + secs)


def _switch(text: str) -> SwitchDay:
    match = _SWITCH.match(text)
    if not match:
        raise ZoneRuleError(f"'{text}' is not a POSIX TZ switch date (Mm.w.d, Jn or n)")
    time = _seconds(match["t"]) if match["t"] else 2 * 3600
    if match["m"]:
        month, week, weekday = int(match["m"]), int(match["w"]), int(match["d"])
        if not (1 <= month <= 12 and 1 <= week <= 5 and 0 <= weekday <= 6):
            raise ZoneRuleError(f"'{text}' names no day (Mm.w.d needs m 1-12, w 1-5, d 0-6)")
        return SwitchDay("M", month=month, week=week, weekday=weekday, time=time)
    if match["j"]:
        day = int(match["j"])
        if not 1 <= day <= 365:
            raise ZoneRuleError(f"'{text}' names no day (Jn needs n 1-365)")
        return SwitchDay("J", day=day, time=time)
    day = int(match["n"])
    if not 0 <= day <= 365:
        raise ZoneRuleError(f"'{text}' names no day (n needs 0-365)")
    return SwitchDay("n", day=day, time=time)


def parse_posix_tz(text: str) -> PosixTz:
    """Read a POSIX TZ string such as ``EST5EDT,M3.2.0,M11.1.0`` or ``<+0545>-5:45``.

    >>> parse_posix_tz("<+0545>-5:45")
    PosixTz(std_name='+0545', std_offset=20700, dst=None)
    >>> parse_posix_tz("IST-2IDT,M3.4.4/26,M10.5.0").dst.start
    SwitchDay(kind='M', month=3, week=4, weekday=4, day=0, time=93600)
    """
    match = _POSIX.match(text.strip())
    if not match:
        raise ZoneRuleError(f"'{text}' is not a POSIX TZ string")
    std_name = match["stdq"] or match["stda"]
    std_offset = -_seconds(match["stdoff"])
    dst_name = match["dstq"] or match["dsta"]
    if not dst_name:
        return PosixTz(std_name, std_offset)
    # POSIX: DST is one hour ahead of standard time unless an offset says otherwise.
    dst_offset = -_seconds(match["dstoff"]) if match["dstoff"] else std_offset + 3600
    if not match["start"]:
        # No switch days: POSIX leaves them to the implementation; tzcode uses the US rule.
        start, end = _switch("M3.2.0"), _switch("M11.1.0")
    else:
        start, end = _switch(match["start"]), _switch(match["end"])
    return PosixTz(std_name, std_offset, DaylightRule(dst_name, dst_offset, start, end))


@dataclass(frozen=True, slots=True)
class Switch:
    """One change of a zone's clock: at ``instant`` (UTC seconds) from one offset to another."""

    instant: int
    offset_from: int
    offset_to: int
    name: str
    is_dst: bool


def rule_switches(rule: PosixTz, year: int) -> list[Switch]:
    """The switches ``rule`` makes in ``year`` (by the year of the day it names), in time order."""
    dst = rule.dst
    if dst is None:
        return []
    to_dst = dst.start.wall(year) - timedelta(seconds=rule.std_offset)
    to_std = dst.end.wall(year) - timedelta(seconds=dst.offset)
    switches = [
        Switch(_epoch(to_dst), rule.std_offset, dst.offset, dst.name, True),
        Switch(_epoch(to_std), dst.offset, rule.std_offset, rule.std_name, False),
    ]
    return sorted(switches, key=lambda s: s.instant)


def rule_offset(rule: PosixTz, instant: int) -> int:
    """The offset ``rule`` gives at ``instant`` (UTC seconds)."""
    if rule.dst is None:
        return rule.std_offset
    year = datetime.fromtimestamp(instant, UTC).year
    offset = rule.std_offset
    for switch in [
        *rule_switches(rule, year - 1),
        *rule_switches(rule, year),
        *rule_switches(rule, year + 1),
    ]:
        if switch.instant <= instant:
            offset = switch.offset_to
    return offset


def _epoch(naive_utc: datetime) -> int:
    return int(naive_utc.replace(tzinfo=UTC).timestamp())


# --- TZif files --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TzifData:
    """The listed transitions of a TZif file (version 2+) and the POSIX TZ string after them."""

    transitions: tuple[int, ...]  # UTC seconds, ascending
    offsets: tuple[int, ...]  # the offset from each transition on
    names: tuple[str, ...]
    is_dst: tuple[bool, ...]
    initial_offset: int
    initial_name: str
    footer: str


_HEADER = struct.Struct(">4sc15x6l")


def _tzif_bytes(key: str) -> bytes:
    # Read the file zoneinfo itself reads — the system database first, then the tzdata
    # package — so the definition never disagrees with the app's own arithmetic.
    if not key or key.startswith("/") or ".." in key.split("/") or "\\" in key:
        raise ZoneRuleError(f"'{key}' is not a zone key")
    for folder in zoneinfo.TZPATH:
        path = os.path.join(folder, key)
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                return handle.read()
    package, _, name = f"tzdata.zoneinfo.{key}".replace("/", ".").rpartition(".")
    try:
        return importlib.resources.files(package).joinpath(name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise ZoneRuleError(f"no TZif data for '{key}'") from error


def parse_tzif(data: bytes) -> TzifData:
    """Read the 64-bit part of a TZif file (RFC 8536) and its footer."""
    magic, version, *counts = _HEADER.unpack_from(data, 0)
    if magic != b"TZif" or version == b"\0":
        raise ZoneRuleError("not TZif data of version 2 or later")
    isut, isstd, leap, time_count, type_count, chars = counts
    offset = _HEADER.size + time_count * 5 + type_count * 6 + chars + leap * 8 + isstd + isut
    magic, version, *counts = _HEADER.unpack_from(data, offset)
    isut, isstd, leap, time_count, type_count, chars = counts
    offset += _HEADER.size
    times = struct.unpack_from(f">{time_count}q", data, offset)
    offset += time_count * 8
    indices = data[offset : offset + time_count]
    offset += time_count
    types = [struct.unpack_from(">lBB", data, offset + 6 * i) for i in range(type_count)]
    offset += type_count * 6
    abbreviations = data[offset : offset + chars]
    offset += chars + leap * 12 + isstd + isut
    footer = data[offset:].strip(b"\n").decode("ascii")

    def name(index: int) -> str:
        start = types[index][2]
        return abbreviations[start : abbreviations.index(b"\0", start)].decode("ascii")

    return TzifData(
        transitions=tuple(times),
        offsets=tuple(types[i][0] for i in indices),
        names=tuple(name(i) for i in indices),
        is_dst=tuple(bool(types[i][1]) for i in indices),
        initial_offset=types[0][0],
        initial_name=name(0),
        footer=footer,
    )


@lru_cache(maxsize=64)
def read_tzif(key: str) -> TzifData:
    """The TZif data zoneinfo uses for ``key``."""
    return parse_tzif(_tzif_bytes(key))


def rule_reign_start(data: TzifData, rule: PosixTz) -> int | None:
    """The earliest listed transition from which on the POSIX rule describes every offset.

    zoneinfo applies the rule after the last listed transition; databases built
    "fat" also list decades of transitions the rule would make anyway, so walk
    back while the listed offsets are what the rule says. ``None`` when nothing
    is listed.
    """
    if not data.transitions:
        return None
    first = len(data.transitions) - 1
    while first > 0:
        begin, end = data.transitions[first - 1], data.transitions[first]
        if data.offsets[first - 1] != rule_offset(rule, begin) or any(
            begin < s.instant < end for s in _switches_between(rule, begin, end)
        ):
            break
        first -= 1
    return data.transitions[first]


def _switches_between(rule: PosixTz, begin: int, end: int) -> list[Switch]:
    first = datetime.fromtimestamp(begin, UTC).year - 1
    last = datetime.fromtimestamp(end, UTC).year + 1
    return [s for year in range(first, last + 1) for s in rule_switches(rule, year)]


# --- VTIMEZONE observances --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class YearlyRule:
    """An ``RRULE:FREQ=YEARLY`` for an observance: ``BYMONTH``, ``BYDAY`` and optional day lists."""

    month: int | None
    byday: str | None  # "2SU", "-1SU" or a plain weekday such as "FR" that the day list narrows
    monthdays: tuple[int, ...] = ()
    yeardays: tuple[int, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """The rule in the shape ``icalendar.vRecur`` takes."""
        parts: dict[str, object] = {"FREQ": "YEARLY"}
        if self.month is not None:
            parts["BYMONTH"] = self.month
        if self.byday is not None:
            parts["BYDAY"] = self.byday
        if self.monthdays:
            parts["BYMONTHDAY"] = list(self.monthdays)
        if self.yeardays:
            parts["BYYEARDAY"] = list(self.yeardays)
        return parts


@dataclass(frozen=True, slots=True)
class Observance:
    """One STANDARD or DAYLIGHT block: from ``start`` (wall clock on ``offset_from``) on."""

    daylight: bool
    start: datetime  # naive
    offset_from: int
    offset_to: int
    name: str
    rule: YearlyRule | None = None


@dataclass(frozen=True, slots=True)
class ZoneDefinition:
    """What a VTIMEZONE for ``key`` says; right for every instant of the span it was made for."""

    key: str
    observances: tuple[Observance, ...]
    yearly: bool  # True when every observance is a yearly rule (or the zone keeps one offset)


_CUMULATIVE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)  # days before each month


def yearly_rule(day: SwitchDay) -> YearlyRule | None:
    """The ``RRULE`` that lands on the same day as ``day`` every year, or ``None`` if none can.

    A switch time of 24:00 or more (or below 0) moves the day, so "the Thursday in
    the last week, at 24:00" becomes "the Friday on one of these seven days".

    >>> yearly_rule(SwitchDay("M", month=3, week=2, weekday=0))
    YearlyRule(month=3, byday='2SU', monthdays=(), yeardays=())
    >>> yearly_rule(SwitchDay("M", month=3, week=4, weekday=4, time=26 * 3600))
    YearlyRule(month=3, byday='FR', monthdays=(23, 24, 25, 26, 27, 28, 29), yeardays=())
    """
    shift = day.time // DAY
    if day.kind == "M":
        return _weekday_rule(day, shift)
    if day.kind == "J":
        yearday = day.day + shift  # counted as in a common year
        # Moving across 29 February would land a day off in leap years.
        if 1 <= yearday <= 365 and (yearday <= 59) == (day.day <= 59):
            moment = date(2001, 1, 1) + timedelta(days=yearday - 1)
            return YearlyRule(moment.month, None, monthdays=(moment.day,))
        return None
    yearday = day.day + 1 + shift  # counts 29 February, as BYYEARDAY does
    return YearlyRule(None, None, yeardays=(yearday,)) if 1 <= yearday <= 365 else None


def _weekday_rule(day: SwitchDay, shift: int) -> YearlyRule | None:
    """The rule for ``Mm.w.d`` moved by ``shift`` days: a plain "nth weekday" when unmoved,
    else the moved weekday narrowed to seven days of the month, or of the year."""
    weekday = _RFC_WEEKDAYS[(day.weekday + shift) % 7]
    if shift == 0:
        return YearlyRule(day.month, f"{day.week if day.week < 5 else -1}{weekday}")
    shortest = 28 if day.month == 2 else calendar.monthrange(2001, day.month)[1]
    if day.week < 5:
        days = range(7 * (day.week - 1) + 1 + shift, 7 * day.week + 1 + shift)
        if days[0] >= 1 and days[-1] <= shortest:
            return YearlyRule(day.month, weekday, monthdays=tuple(days))
        yeardays = [_CUMULATIVE[day.month - 1] + d for d in days]
    else:
        days = range(-7 + shift, shift)
        if days[0] >= -shortest and days[-1] <= -1:
            return YearlyRule(day.month, weekday, monthdays=tuple(days))
        if day.month == 2:
            return None  # the month's length moves the window across 29 February
        end = _CUMULATIVE[day.month - 1] + calendar.monthrange(2001, day.month)[1]
        yeardays = [end + 1 + d for d in days]
    return _by_yearday(yeardays, weekday)


def _by_yearday(common_year_days: list[int], weekday: str) -> YearlyRule | None:
    # Counted from the end of the year, days from 1 March on are the same in leap years.
    if all(60 <= d <= 365 for d in common_year_days):
        return YearlyRule(None, weekday, yeardays=tuple(d - 366 for d in common_year_days))
    if all(1 <= d <= 59 for d in common_year_days):
        return YearlyRule(None, weekday, yeardays=tuple(common_year_days))
    return None


def _wall(instant: int, offset: int) -> datetime:
    return datetime(1970, 1, 1) + timedelta(seconds=instant + offset)


def zone_definition(zone: ZoneInfo, start: datetime, end: datetime) -> ZoneDefinition:
    """The observances that give ``zone``'s offset at every instant from ``start`` to ``end``.

    From the current rule's reign on, one observance per kind of time, in
    yearly-rule form. Listed transitions before the reign, where the span
    reaches them, come first, one observance each.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("Use timezone-aware datetimes for a zone's span, not naive ones.")
    key = zone.key
    if key is None:
        raise ZoneRuleError("the zone has no IANA key to name it by")
    data = read_tzif(key)
    first, last = int(start.timestamp()), int(end.timestamp())
    if not data.footer:
        return ZoneDefinition(key, tuple(_listed(data, first, last)), yearly=False)
    rule = parse_posix_tz(data.footer)
    reign = rule_reign_start(data, rule)
    if reign is None or first >= reign:
        observances, as_rules = _ruled(rule, first, last, in_reign_only=False)
        return ZoneDefinition(key, tuple(observances), yearly=as_rules)
    listed = _listed(data, first, min(last, reign))
    if last < reign:
        return ZoneDefinition(key, tuple(listed), yearly=False)
    observances, _ = _ruled(rule, reign, last, in_reign_only=True)
    return ZoneDefinition(key, (*listed, *observances), yearly=False)


def _listed(data: TzifData, first: int, last: int) -> list[Observance]:
    """One observance per listed transition in force somewhere in ``[first, last]``."""
    offset, name = data.initial_offset, data.initial_name
    # Before anything listed (or with nothing listed) one offset holds; begin it before the span.
    in_force = Observance(False, _wall(first, offset) - timedelta(days=1), offset, offset, name)
    found: list[Observance] = []
    for instant, offset_to, name_to, dst_to in zip(
        data.transitions, data.offsets, data.names, data.is_dst, strict=True
    ):
        if instant > last:
            break
        observance = Observance(dst_to, _wall(instant, offset), offset, offset_to, name_to)
        if instant <= first:
            in_force = observance
        else:
            found.append(observance)
        offset = offset_to
    return [in_force, *found]


def _ruled(rule: PosixTz, after: int, last: int, *, in_reign_only: bool) -> tuple[list[Observance], bool]:
    """The rule's observances, starting so that the rule holds from ``after`` on.

    With ``in_reign_only`` (a listed transition already covers ``after``), each
    observance starts at its first switch after ``after``. Otherwise it starts in
    1970 (or the year before ``after``, if earlier), as most generators write it:
    the offset must be defined from the span's first instant on, and some readers
    judge a zone by earlier years too (vobject takes a zone that matches UTC from
    2000 to 2020 for UTC itself, so a Dublin defined only from 2025 would be lost).
    """
    dst = rule.dst
    if dst is None:
        if in_reign_only:
            return [], True
        day_start = datetime(min(RULE_SINCE, _wall(after, rule.std_offset).year - 1), 1, 1)
        return [Observance(False, day_start, rule.std_offset, rule.std_offset, rule.std_name)], True
    span_year = datetime.fromtimestamp(after, UTC).year - (0 if in_reign_only else 1)
    rule_year = span_year if in_reign_only else min(RULE_SINCE, span_year)
    last_year = datetime.fromtimestamp(last, UTC).year + 1
    # Which of the two is "daylight" only labels the block; calendars go by the offsets. The
    # larger offset is called daylight even where the law says otherwise (Dublin's winter GMT is
    # the negative "daylight" time in tzdata), because that is what Windows and Outlook expect.
    dst_is_daylight = dst.offset > rule.std_offset
    blocks = [
        (dst.start, rule.std_offset, dst.offset, dst.name, dst_is_daylight),
        (dst.end, dst.offset, rule.std_offset, rule.std_name, not dst_is_daylight),
    ]
    observances: list[Observance] = []
    as_rules = True
    for day, offset_from, offset_to, name, daylight in blocks:
        rrule = yearly_rule(day)
        onsets = [
            day.wall(y)
            for y in range(rule_year if rrule else span_year, last_year + 1)
            if not in_reign_only or _epoch(day.wall(y) - timedelta(seconds=offset_from)) > after
        ]
        if not onsets:
            continue
        if rrule is not None:
            observances.append(Observance(daylight, onsets[0], offset_from, offset_to, name, rrule))
        else:  # no RRULE lands on this day every year: list the switches of the span instead
            as_rules = False
            observances.extend(Observance(daylight, o, offset_from, offset_to, name) for o in onsets)
    return observances, as_rules
