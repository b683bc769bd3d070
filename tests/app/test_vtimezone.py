"""VTIMEZONEs from POSIX TZ rules: the parser, the yearly RRULEs, and agreement with zoneinfo for
every zone, read back by RFC 5545's own semantics (vobject's parser, dateutil's rrule)."""

from __future__ import annotations

import bisect
import uuid
import zoneinfo
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import vobject
from dateutil.rrule import rrulestr

from app.ics import Meeting, Weekly, series_calendar
from app.vtimezone import (
    DaylightRule,
    PosixTz,
    SwitchDay,
    YearlyRule,
    ZoneRuleError,
    parse_posix_tz,
    parse_tzif,
    read_tzif,
    yearly_rule,
    zone_definition,
)

NOW = datetime(2026, 1, 1, tzinfo=UTC)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# --- POSIX TZ strings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UTC0", PosixTz("UTC", 0)),
        ("<+0545>-5:45", PosixTz("+0545", 5 * 3600 + 45 * 60)),
        ("<-0930>9:30", PosixTz("-0930", -(9 * 3600 + 30 * 60))),
        (
            "EST5EDT,M3.2.0,M11.1.0",
            PosixTz("EST", -5 * 3600, DaylightRule("EDT", -4 * 3600, SwitchDay("M", 3, 2, 0),
                                                   SwitchDay("M", 11, 1, 0))),
        ),
        (
            "<-02>2<-01>,M3.5.0/-1,M10.5.0/0",
            PosixTz("-02", -7200, DaylightRule("-01", -3600, SwitchDay("M", 3, 5, 0, time=-3600),
                                               SwitchDay("M", 10, 5, 0, time=0))),
        ),
        (
            "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45",
            PosixTz("+1245", 45900, DaylightRule("+1345", 49500, SwitchDay("M", 9, 5, 0, time=9900),
                                                 SwitchDay("M", 4, 1, 0, time=13500))),
        ),
        (
            "XXX3YYY,J60/25,300/-2:30:15",
            PosixTz("XXX", -10800, DaylightRule("YYY", -7200, SwitchDay("J", day=60, time=90000),
                                                SwitchDay("n", day=300, time=-9015))),
        ),
    ],
)  # fmt: skip
def test_posix_tz_strings_parse(text: str, expected: PosixTz) -> None:
    assert parse_posix_tz(text) == expected


@pytest.mark.parametrize("text", ["", "EST", "5EDT", "EST5EDT,M13.1.0,M11.1.0", "EST5EDT,M3.6.0,M11.1.0",
                                  "EST5EDT,J0,J365", "<+05", "EST5EDT,M3.2.0/168,M11.1.0"])  # fmt: skip
def test_bad_posix_tz_strings_are_refused(text: str) -> None:
    with pytest.raises(ZoneRuleError):
        parse_posix_tz(text)


def test_switch_days_follow_posix() -> None:
    # Israel: the Friday before the last Sunday of March, written as the 4th Thursday at 26:00.
    israel = SwitchDay("M", 3, 4, 4, time=26 * 3600)
    assert [israel.wall(y) for y in (2024, 2026, 2027)] == [
        datetime(2024, 3, 29, 2), datetime(2026, 3, 27, 2), datetime(2027, 3, 26, 2)
    ]  # fmt: skip
    assert SwitchDay("M", 2, 5, 0).wall(2032) == datetime(2032, 2, 29, 2)  # a fifth Sunday exists
    assert SwitchDay("J", day=60).wall(2028) == datetime(2028, 3, 1, 2)  # Jn never counts 29 Feb
    assert SwitchDay("n", day=59).wall(2028) == datetime(2028, 2, 29, 2)  # n does


@pytest.mark.parametrize(
    "day",
    [
        SwitchDay("M", 3, 2, 0), SwitchDay("M", 10, 5, 0, time=3 * 3600),
        SwitchDay("M", 3, 4, 4, time=26 * 3600), SwitchDay("M", 3, 4, 4, time=50 * 3600),
        SwitchDay("M", 10, 5, 4, time=24 * 3600), SwitchDay("M", 3, 5, 0, time=-3600),
        SwitchDay("M", 9, 1, 6, time=24 * 3600), SwitchDay("M", 4, 1, 0, time=-30 * 3600),
        SwitchDay("M", 2, 5, 3, time=-24 * 3600), SwitchDay("J", day=59, time=30 * 3600),
        SwitchDay("J", day=100, time=-5 * 3600), SwitchDay("n", day=59), SwitchDay("n", day=300),
    ],
)  # fmt: skip
def test_yearly_rules_land_on_the_posix_day_every_year(day: SwitchDay) -> None:
    rule = yearly_rule(day)
    if rule is None:  # only where no RRULE can do it: a window across 29 February
        assert day.kind == "J" or day.month in (2, 3)
        return
    first = day.wall(1990)
    parts = [f"{k}={','.join(map(str, v)) if isinstance(v, list) else v}" for k, v in rule.as_dict().items()]
    expanded = list(rrulestr(";".join([*parts, "COUNT=60"]), dtstart=first))
    assert expanded == [day.wall(year) for year in range(1990, 2050)]


def test_yearly_rule_forms() -> None:
    assert yearly_rule(SwitchDay("M", 10, 5, 0)) == YearlyRule(10, "-1SU")
    # Egypt: the last Thursday of October at 24:00 may be 1 November: counted from the year's end.
    assert yearly_rule(SwitchDay("M", 10, 5, 4, time=86400)) == YearlyRule(
        None, "FR", yeardays=(-67, -66, -65, -64, -63, -62, -61)
    )


# --- TZif data --------------------------------------------------------------------------------------


def test_tzif_is_the_data_zoneinfo_uses() -> None:
    data = read_tzif("America/New_York")
    assert data.footer == "EST5EDT,M3.2.0,M11.1.0"
    zone = ZoneInfo("America/New_York")
    for instant, offset in zip(data.transitions, data.offsets, strict=True):
        if instant > 0:
            moment = EPOCH + timedelta(seconds=instant)
            assert moment.astimezone(zone).utcoffset() == timedelta(seconds=offset)
            assert (moment - timedelta(seconds=1)).astimezone(zone).utcoffset() != timedelta(seconds=offset)


def test_tzif_refuses_other_data() -> None:
    with pytest.raises(ZoneRuleError):
        parse_tzif(b"TZif\0" + bytes(39))
    with pytest.raises(ZoneRuleError):
        read_tzif("../../etc/passwd")


# --- VTIMEZONE read back by RFC 5545 ----------------------------------------------------------------


def _vtimezone_offsets(ics: bytes, until: datetime) -> tuple[list[int], list[int]]:
    """Onsets (UTC seconds, sorted) and the offset each brings, from the file's VTIMEZONE as RFC 5545
    defines it: each observance from DTSTART (wall time on TZOFFSETFROM), repeated by its RRULE."""
    calendar = vobject.readOne(ics.decode(), transform=False)
    onsets: list[tuple[int, int]] = []
    for observance in calendar.vtimezone.getChildren():
        if observance.name not in ("STANDARD", "DAYLIGHT"):
            continue
        start = datetime.strptime(observance.dtstart.value, "%Y%m%dT%H%M%S")
        before = _offset(observance.tzoffsetfrom.value)
        after = _offset(observance.tzoffsetto.value)
        walls = [start]
        if hasattr(observance, "rrule"):
            rule = rrulestr(observance.rrule.value, dtstart=start)
            walls = list(rule.between(start, until.replace(tzinfo=None) + timedelta(days=2), inc=True))
        onsets += [(int((w - datetime(1970, 1, 1)).total_seconds()) - before, after) for w in walls]
    onsets.sort()
    return [o[0] for o in onsets], [o[1] for o in onsets]


def _offset(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-")
    seconds = int(digits[:2]) * 3600 + int(digits[2:4]) * 60 + (int(digits[4:6]) if len(digits) > 4 else 0)
    return sign * seconds


def _zone_changes(zone: ZoneInfo, start: datetime, end: datetime) -> list[datetime]:
    """The instants zoneinfo's offset changes in [start, end], found by a six-hourly scan and bisection."""
    changes = []
    step = timedelta(hours=6)
    moment = start
    while moment < end:
        following = moment + step
        if moment.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            lo, hi = int(moment.timestamp()), int(following.timestamp())
            while hi - lo > 1:
                mid = (lo + hi) // 2
                same = (EPOCH + timedelta(seconds=mid)).astimezone(zone).utcoffset() == moment.astimezone(
                    zone
                ).utcoffset()
                lo, hi = (mid, hi) if same else (lo, mid)
            changes.append(EPOCH + timedelta(seconds=hi))
        moment = following
    return changes


def assert_vtimezone_agrees(zone: ZoneInfo, ics: bytes, start: datetime, end: datetime) -> None:
    instants, offsets = _vtimezone_offsets(ics, end)
    checks = [start, end]
    for change in _zone_changes(zone, start, end):
        checks += [change - timedelta(seconds=1), change, change + timedelta(seconds=1)]
    moment = start
    while moment < end:  # and a sample between the changes
        checks.append(moment)
        moment += timedelta(days=5, hours=7)
    for instant in checks:
        index = bisect.bisect_right(instants, int(instant.timestamp())) - 1
        assert index >= 0, f"{zone.key}: no observance has begun at {instant}"
        expected = instant.astimezone(zone).utcoffset()
        assert timedelta(seconds=offsets[index]) == expected, f"{zone.key} at {instant:%Y-%m-%dT%H:%M:%SZ}"


ALL_ZONES = sorted(zoneinfo.available_timezones())


def test_every_zone_has_a_current_rule_or_is_listed() -> None:
    with_rule = [k for k in ALL_ZONES if read_tzif(k).footer]
    assert len(with_rule) > 400  # the loop below covers the whole database, not a handful


# Morocco's and Palestine's Ramadan changes are listed one by one until the 2080s; no yearly rule
# describes them, so their files list the switches (and Outlook may show those meetings an hour off).
LISTED_AHEAD = {"Africa/Casablanca", "Africa/El_Aaiun", "Asia/Gaza", "Asia/Hebron"}


@pytest.mark.parametrize("key", ALL_ZONES)
def test_series_vtimezone_agrees_with_zoneinfo(key: str) -> None:
    """Two four-year weekly series. From 2023: crosses the recent rule changes (Greenland 2023,
    Kazakhstan and Paraguay 2024). From 2027: after them, so the file must be in yearly-rule form —
    one STANDARD and one DAYLIGHT observance with RRULEs, or one observance for a zone without DST."""
    zone = ZoneInfo(key)
    for year in (2023, 2027):
        first = datetime(year, 1, 4, 12, tzinfo=zone)
        ics = series_calendar(meeting=Meeting(first, timedelta(minutes=30), "Weekly"),
                              weekly=Weekly(zone, count=209), now=NOW)  # fmt: skip
        end = first.astimezone(UTC) + timedelta(weeks=209)
        assert_vtimezone_agrees(zone, ics, first.astimezone(UTC), end)
    if key in LISTED_AHEAD:
        return
    observances = [c for c in vobject.readOne(ics.decode(), transform=False).vtimezone.getChildren()
                   if c.name in ("STANDARD", "DAYLIGHT")]  # fmt: skip
    if _zone_changes(zone, first.astimezone(UTC), end):
        assert sorted(o.name for o in observances) == ["DAYLIGHT", "STANDARD"]
        assert all(o.rrule.value.startswith("FREQ=YEARLY") for o in observances)
        assert not any(hasattr(o, "rdate") for o in observances)
    else:
        assert [o.name for o in observances] == ["STANDARD"]


@pytest.mark.parametrize(
    ("key", "first", "weeks"),
    [
        ("America/New_York", datetime(2005, 6, 6, 9), 200),  # the US rule changed in 2007
        ("America/Mexico_City", datetime(2021, 1, 4, 9), 150),  # DST abolished in October 2022
        ("Africa/Casablanca", datetime(2026, 1, 5, 9), 400),  # Ramadan changes listed year by year
        ("Europe/Moscow", datetime(2010, 1, 4, 9), 300),  # permanent +04 (2011), then +03 (2014)
    ],
)
def test_vtimezone_across_rule_changes(key: str, first: datetime, weeks: int) -> None:
    zone = ZoneInfo(key)
    start = first.replace(tzinfo=zone)
    meeting = Meeting(start, timedelta(hours=1), "Call")
    ics = series_calendar(meeting=meeting, weekly=Weekly(zone, count=weeks), now=NOW)
    assert_vtimezone_agrees(zone, ics, start.astimezone(UTC), start.astimezone(UTC) + timedelta(weeks=weeks))


def test_current_rule_gives_one_standard_and_one_daylight_block() -> None:
    zone = ZoneInfo("Europe/Berlin")
    definition = zone_definition(zone, datetime(2026, 3, 1, tzinfo=UTC), datetime(2028, 3, 1, tzinfo=UTC))
    assert definition.yearly
    assert sorted(o.daylight for o in definition.observances) == [False, True]
    assert all(o.rule is not None for o in definition.observances)
    kathmandu = zone_definition(ZoneInfo("Asia/Kathmandu"), NOW, NOW + timedelta(days=400))
    assert len(kathmandu.observances) == 1
    assert kathmandu.observances[0].offset_to == 5 * 3600 + 45 * 60


# --- series expanded by parsers that do not share icalendar's code ------------------------------------


SERIES_ZONES = [
    ("America/New_York", 9, 0), ("Europe/Berlin", 17, 30), ("Asia/Jerusalem", 10, 0),
    ("Africa/Cairo", 8, 0), ("America/Nuuk", 23, 30), ("Pacific/Chatham", 9, 45),
    ("Australia/Lord_Howe", 7, 0), ("America/Santiago", 0, 30), ("Europe/Dublin", 12, 0),
    ("Africa/Casablanca", 14, 0), ("Asia/Tokyo", 20, 0),
]  # fmt: skip


def _renamed(ics: bytes, key: str) -> tuple[bytes, str]:
    # A TZID no library knows by name, so the only way to read it is the file's own VTIMEZONE.
    alias = f"Coretime-Test/{uuid.uuid4()}"
    return ics.replace(f"TZID:{key}\r\n".encode(), f"TZID:{alias}\r\n".encode()).replace(
        f"TZID={key}:".encode(), f"TZID={alias}:".encode()
    ), alias


def _series(key: str, hour: int, minute: int, weeks: int = 120) -> tuple[ZoneInfo, datetime, bytes]:
    zone = ZoneInfo(key)
    first = datetime(2026, 1, 6, hour, minute, tzinfo=zone)
    ics = series_calendar(meeting=Meeting(first, timedelta(minutes=50), "Weekly call"),
                          weekly=Weekly(zone, count=weeks), now=NOW)  # fmt: skip
    return zone, first, ics


@pytest.mark.parametrize(("key", "hour", "minute"), SERIES_ZONES)
def test_recurring_ical_events_keeps_the_wall_time(key: str, hour: int, minute: int) -> None:
    import icalendar
    import recurring_ical_events

    zone, first, ics = _series(key, hour, minute)
    renamed, alias = _renamed(ics, key)
    calendar = icalendar.Calendar.from_ical(renamed)
    found = recurring_ical_events.of(calendar).between(datetime(2025, 12, 1), datetime(2029, 1, 1))
    assert len(found) == 120
    for week, event in enumerate(found):
        start = event["DTSTART"].dt
        assert getattr(start.tzinfo, "_tzid", None) == alias  # the file's own VTIMEZONE, read by dateutil
        expected = datetime.combine(first.date() + timedelta(weeks=week), first.time(), zone)
        assert start.astimezone(UTC) == expected.astimezone(UTC), f"week {week}"
        assert start.astimezone(zone).time() == first.time().replace(tzinfo=None)
        assert event["DTEND"].dt - start == timedelta(minutes=50)


@pytest.mark.parametrize(("key", "hour", "minute"), SERIES_ZONES)
def test_vobject_keeps_the_wall_time_with_the_files_own_vtimezone(key: str, hour: int, minute: int) -> None:
    zone, first, ics = _series(key, hour, minute)
    renamed, _ = _renamed(ics, key)
    event = vobject.readOne(renamed.decode()).vevent
    assert event.dtstart.value.tzinfo is not None
    assert not isinstance(event.dtstart.value.tzinfo, ZoneInfo)
    starts = list(event.getrruleset())
    assert len(starts) == 120
    offsets = set()
    for week, start in enumerate(starts):
        expected = datetime.combine(first.date() + timedelta(weeks=week), first.time(), zone)
        assert start.astimezone(UTC) == expected.astimezone(UTC), f"week {week}"
        offsets.add(expected.utcoffset())
    if key not in ("Asia/Tokyo",):
        assert len(offsets) == 2, "the series should cross clock changes"
