"""Named cases: the weeks and zones where meetings get missed, with the windows worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.hours import parse_hours
from app.intervals import Interval
from app.overlap import day_range, materialise, shared_windows
from app.people import Person
from app.zones import Edge, load_zone, to_utc


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def person(zone: str, spec: str) -> Person:
    return Person(zone, load_zone(zone), parse_hours(spec))


def windows(people: list[Person], first_day: date, days: int) -> list[tuple[str, str]]:
    span = day_range(first_day, days, people[0].zone)
    return [
        (w.start.strftime("%m-%d %H:%M"), w.end.strftime("%m-%d %H:%M"))
        for w in shared_windows(people, span.start, span.end)
    ]


def test_us_eu_mismatch_weeks_widen_the_overlap() -> None:
    # New York moves to summer time on 8 March 2026, Berlin only on 29 March.
    ny, berlin = (
        person("America/New_York", "mon-fri 09:00-17:00"),
        person("Europe/Berlin", "mon-fri 09:00-17:00"),
    )
    assert windows([ny, berlin], date(2026, 3, 2), 1) == [("03-02 14:00", "03-02 16:00")]  # EST/CET: 2 h
    assert windows([ny, berlin], date(2026, 3, 9), 1) == [("03-09 13:00", "03-09 16:00")]  # EDT/CET: 3 h
    assert windows([ny, berlin], date(2026, 3, 30), 1) == [("03-30 13:00", "03-30 15:00")]  # EDT/CEST: 2 h


def test_client_keeps_their_nine_oclock_when_their_clock_changes() -> None:
    tokyo, ny = person("Asia/Tokyo", "daily 00:00-24:00"), person("America/New_York", "mon-fri 09:00-10:00")
    got = windows([tokyo, ny], date(2026, 3, 6), 4)  # Fri .. Mon in Tokyo
    assert got == [("03-06 14:00", "03-06 15:00"), ("03-09 13:00", "03-09 14:00")]


def test_lord_howe_half_hour_fold() -> None:
    # Lord Howe leaves summer time (+11) for +10:30 at 02:00 on 5 April 2026: 01:30-02:00 happens twice.
    howe = person("Australia/Lord_Howe", "sun 01:00-01:45")
    span = day_range(date(2026, 4, 5), 1, howe.zone)
    assert materialise(howe.hours, howe.zone, span.start, span.end) == [
        Interval(utc("2026-04-04T14:00"), utc("2026-04-04T15:15"))  # 01:00 +11 .. last 01:45 (+10:30)
    ]


def test_lord_howe_half_hour_gap() -> None:
    # Summer time starts at 02:00 on 4 October 2026: the clock jumps to 02:30.
    howe = person("Australia/Lord_Howe", "sun 02:10-03:00")
    span = day_range(date(2026, 10, 4), 1, howe.zone)
    assert materialise(howe.hours, howe.zone, span.start, span.end) == [
        Interval(utc("2026-10-03T15:30"), utc("2026-10-03T16:00"))  # snapped to the jump .. 03:00 +11
    ]


def test_kathmandu_quarter_hour_offset() -> None:
    ktm, london = (
        person("Asia/Kathmandu", "mon-fri 09:00-17:00"),
        person("Europe/London", "mon-fri 09:00-17:00"),
    )
    assert windows([ktm, london], date(2026, 1, 12), 1) == [("01-12 09:00", "01-12 11:15")]


def test_chatham_both_offsets() -> None:
    chatham, utc_person = person("Pacific/Chatham", "daily 09:00-10:00"), person("UTC", "daily 00:00-24:00")
    assert windows([chatham, utc_person], date(2026, 1, 15), 1) == [("01-14 19:15", "01-14 20:15")]  # +13:45
    assert windows([chatham, utc_person], date(2026, 6, 15), 1) == [("06-14 20:15", "06-14 21:15")]  # +12:45


def test_samoa_skipped_friday_30_december_2011() -> None:
    apia = person("Pacific/Apia", "daily 09:00-17:00")
    span = day_range(date(2011, 12, 29), 3, apia.zone)
    assert span.duration.total_seconds() == 2 * 86400  # three calendar days, one of them never happened
    assert materialise(apia.hours, apia.zone, span.start, span.end) == [
        Interval(utc("2011-12-29T19:00"), utc("2011-12-30T03:00")),  # Thu at -10 (summer time)
        Interval(utc("2011-12-30T19:00"), utc("2011-12-31T03:00")),  # Sat at +14
    ]


def test_spring_forward_gap_inside_hours() -> None:
    ny = person("America/New_York", "sun 01:00-04:00")
    span = day_range(date(2026, 3, 8), 1, ny.zone)
    assert materialise(ny.hours, ny.zone, span.start, span.end) == [
        Interval(utc("2026-03-08T06:00"), utc("2026-03-08T08:00"))  # two real hours
    ]


def test_start_inside_the_gap_snaps_to_the_jump() -> None:
    zone = load_zone("America/New_York")
    assert to_utc(date(2026, 3, 8), 150, zone, Edge.START) == utc("2026-03-08T07:00")
    assert to_utc(date(2026, 3, 8), 150, zone, Edge.END) == utc("2026-03-08T07:00")


def test_fall_back_fold_inside_hours() -> None:
    ny = person("America/New_York", "sun 01:30-01:45")
    span = day_range(date(2026, 11, 1), 1, ny.zone)
    assert materialise(ny.hours, ny.zone, span.start, span.end) == [
        Interval(utc("2026-11-01T05:30"), utc("2026-11-01T06:45"))  # first 01:30 EDT .. last 01:45 EST
    ]
    assert span.duration.total_seconds() == 25 * 3600


def test_hours_past_midnight_belong_to_the_day_they_start() -> None:
    tokyo = person("Asia/Tokyo", "mon-fri 22:00-02:00")
    span = day_range(date(2026, 3, 8), 7, tokyo.zone)  # Sunday .. Saturday
    got = materialise(tokyo.hours, tokyo.zone, span.start, span.end)
    assert [
        (i.start.astimezone(tokyo.zone).strftime("%a %H:%M"), i.duration.seconds // 3600) for i in got
    ] == [("Mon 22:00", 4), ("Tue 22:00", 4), ("Wed 22:00", 4), ("Thu 22:00", 4), ("Fri 22:00", 4)]


def test_three_people() -> None:
    tokyo = person("Asia/Tokyo", "mon-fri 20:00-24:00; sat 09:00-12:00")
    ny = person("America/New_York", "mon-fri 08:00-17:00")
    berlin = person("Europe/Berlin", "mon-fri 09:00-18:00")
    # Winter: Tokyo 20:00-24:00 = 11:00-15:00 UTC; NY 13:00-22:00 UTC; Berlin 08:00-17:00 UTC.
    assert windows([tokyo, ny, berlin], date(2026, 1, 12), 1) == [("01-12 13:00", "01-12 15:00")]


def test_freelancers_monday_is_the_clients_sunday() -> None:
    tokyo = person("Asia/Tokyo", "mon 06:00-09:00")
    la = person("America/Los_Angeles", "sun 13:00-17:00")
    got = windows([tokyo, la], date(2026, 1, 12), 1)
    assert got == [("01-11 21:00", "01-12 00:00")]  # Mon 06:00-09:00 JST = Sun 13:00-16:00 PST


def test_touching_blocks_merge_into_one_window() -> None:
    me = person("UTC", "mon 20:00-24:00; tue 00:00-02:00")
    other = person("UTC", "daily 00:00-24:00")
    assert windows([me, other], date(2026, 1, 12), 2) == [("01-12 20:00", "01-13 02:00")]


def test_nobody_shares_time() -> None:
    assert (
        windows([person("UTC", "mon 09:00-10:00"), person("UTC", "tue 09:00-10:00")], date(2026, 1, 12), 7)
        == []
    )
