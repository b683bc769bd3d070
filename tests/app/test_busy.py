"""Busy time from calendar files: the calendars are written here with icalendar, the way Google,
Outlook, Apple Calendar and Thunderbird export them, and the busy spans are checked against an
independent minute-by-minute expansion of what each fixture says (plain loops over local dates, no
rrule)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event, vCalAddress

from app.busy import BusyRead, merged_busy, read_calendar
from app.intervals import Span

TOKYO = ZoneInfo("Asia/Tokyo")
NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
# Four weeks around both spring changes: New York's on 8 March, Berlin's on 29 March 2026.
START = datetime(2026, 3, 2, tzinfo=UTC)
END = datetime(2026, 4, 6, tzinfo=UTC)
STAMP = datetime(2026, 1, 1, tzinfo=UTC)
ME = "me@example.com"


def calendar(*events: Event, timezones: bool = True) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Coretime tests//EN")
    cal.add("version", "2.0")
    for event in events:
        cal.add_component(event)
    if timezones:
        cal.add_missing_timezones()
    return bytes(cal.to_ical())


def event(uid: str, start: datetime | date, end: datetime | date, **extra: object) -> Event:
    found = Event()
    found.add("uid", uid)
    found.add("dtstamp", STAMP)
    found.add("summary", f"Meeting {uid}")
    found.add("dtstart", start)
    found.add("dtend", end)
    for key, value in extra.items():
        found.add(key.replace("_", "-"), value)
    return found


def weekly_local(
    zone: ZoneInfo, first: date, weeks: int, at: time, minutes: int, *, skip: Iterable[date] = ()
) -> list[tuple[datetime, datetime]]:
    """The oracle's expansion of a weekly series: each week's local date at the same wall time."""
    found = []
    for week in range(weeks):
        day = first + timedelta(days=7 * week)
        if day in set(skip):
            continue
        begin = datetime.combine(day, at, zone)
        found.append((begin, begin + timedelta(minutes=minutes)))
    return found


def minutes_of(spans: Iterable[Span]) -> set[int]:
    return {m for a, b in spans for m in range(a // 60, -(-b // 60))}


def oracle_minutes(intervals: Iterable[tuple[datetime, datetime]]) -> set[int]:
    """Every UTC minute of the range inside one of ``intervals``, found by walking the range."""
    lo, hi = int(START.timestamp()) // 60, int(END.timestamp()) // 60
    instants = [(int(a.timestamp()) // 60, int(b.timestamp()) // 60) for a, b in intervals]
    return {m for m in range(lo, hi) if any(a <= m < b for a, b in instants)}


def read(data: bytes, **options: object) -> BusyRead:
    return read_calendar(data, source="test.ics", start=START, end=END, zone=TOKYO, **options)  # type: ignore[arg-type]


def test_weekly_series_across_both_spring_changes_stay_on_their_own_clocks() -> None:
    new_york = event(
        "ny",
        datetime(2026, 3, 2, 9, 0, tzinfo=NEW_YORK),
        datetime(2026, 3, 2, 10, 0, tzinfo=NEW_YORK),
        rrule={"freq": "weekly", "count": 5},
    )
    berlin = event(
        "berlin",
        datetime(2026, 3, 4, 17, 30, tzinfo=BERLIN),
        datetime(2026, 3, 4, 18, 15, tzinfo=BERLIN),
        rrule={"freq": "weekly", "until": datetime(2026, 4, 30, tzinfo=UTC)},
    )
    found = read(calendar(new_york, berlin))
    assert found.error is None
    expected = weekly_local(NEW_YORK, date(2026, 3, 2), 5, time(9), 60) + weekly_local(
        BERLIN, date(2026, 3, 4), 5, time(17, 30), 45
    )
    assert minutes_of(merged_busy([found])) == oracle_minutes(expected)
    assert found.events == 10
    # New York's 09:00 is 14:00 UTC before its change and 13:00 after it.
    starts = [datetime.fromtimestamp(b.span[0], UTC).hour for b in found.blocks if b.span[0] % 86400]
    assert 14 in starts
    assert 13 in starts


def test_exdate_and_a_moved_instance() -> None:
    series = event(
        "s",
        datetime(2026, 3, 3, 11, 0, tzinfo=BERLIN),
        datetime(2026, 3, 3, 12, 0, tzinfo=BERLIN),
        rrule={"freq": "weekly", "count": 5},
        exdate=datetime(2026, 3, 10, 11, 0, tzinfo=BERLIN),
    )
    moved = event(
        "s",
        datetime(2026, 3, 18, 15, 0, tzinfo=BERLIN),
        datetime(2026, 3, 18, 16, 30, tzinfo=BERLIN),
        recurrence_id=datetime(2026, 3, 17, 11, 0, tzinfo=BERLIN),
    )
    found = read(calendar(series, moved))
    expected = weekly_local(
        BERLIN, date(2026, 3, 3), 5, time(11), 60, skip=[date(2026, 3, 10), date(2026, 3, 17)]
    )
    expected.append(
        (datetime(2026, 3, 18, 15, 0, tzinfo=BERLIN), datetime(2026, 3, 18, 16, 30, tzinfo=BERLIN))
    )
    assert minutes_of(merged_busy([found])) == oracle_minutes(expected)
    assert found.events == 4


def test_transparent_cancelled_and_declined_events_are_not_busy() -> None:
    def at(day: int) -> tuple[datetime, datetime]:
        return datetime(2026, 3, day, 10, tzinfo=UTC), datetime(2026, 3, day, 11, tzinfo=UTC)

    declined = event("declined", *at(4))
    me = vCalAddress(f"mailto:{ME.upper()}")
    me.params["PARTSTAT"] = "DECLINED"
    declined.add("attendee", me)
    accepted_by_me_declined_by_other = event("other", *at(5))
    other = vCalAddress("mailto:someone@example.com")
    other.params["PARTSTAT"] = "DECLINED"
    accepted_by_me_declined_by_other.add("attendee", other)
    data = calendar(
        event("free", *at(2), transp="TRANSPARENT"),
        event("cancelled", *at(3), status="CANCELLED"),
        declined,
        accepted_by_me_declined_by_other,
        event("busy", *at(6), transp="OPAQUE"),
    )
    found = read(data, my_addresses=[ME])
    assert [b.span for b in found.blocks] == [
        (int(at(5)[0].timestamp()), int(at(5)[1].timestamp())),
        (int(at(6)[0].timestamp()), int(at(6)[1].timestamp())),
    ]
    # Without the freelancer's address, a declined invitation cannot be told apart: it counts.
    assert read(data).events == 3


def test_all_day_events_count_only_when_asked_and_then_on_the_freelancers_days() -> None:
    data = calendar(event("holiday", date(2026, 3, 10), date(2026, 3, 12)))
    assert read(data).blocks == ()
    found = read(data, all_day=True)
    begin = datetime(2026, 3, 10, tzinfo=TOKYO)
    assert [b.span for b in found.blocks] == [
        (int(begin.timestamp()), int((begin + timedelta(days=2)).timestamp()))
    ]


def test_outlooks_windows_zone_names_and_a_missing_vtimezone() -> None:
    windows = event(
        "win", datetime(2026, 3, 2, 9, 0), datetime(2026, 3, 2, 10, 0), rrule={"freq": "daily", "count": 40}
    )
    windows["DTSTART"].params["TZID"] = "W. Europe Standard Time"
    windows["DTEND"].params["TZID"] = "W. Europe Standard Time"
    iana = event(
        "iana", datetime(2026, 3, 2, 20, 0), datetime(2026, 3, 2, 21, 0), rrule={"freq": "weekly", "count": 5}
    )
    iana["DTSTART"].params["TZID"] = "America/New_York"
    iana["DTEND"].params["TZID"] = "America/New_York"
    data = calendar(windows, iana, timezones=False)
    assert b"BEGIN:VTIMEZONE" not in data
    found = read(data)
    assert found.error is None
    assert found.notes == ()
    expected = [
        (datetime.combine(date(2026, 3, 2) + timedelta(days=d), time(9), BERLIN),
         datetime.combine(date(2026, 3, 2) + timedelta(days=d), time(10), BERLIN))
        for d in range(40)
        if date(2026, 3, 2) + timedelta(days=d) < date(2026, 4, 6)
    ] + weekly_local(NEW_YORK, date(2026, 3, 2), 5, time(20), 60)  # fmt: skip
    assert minutes_of(merged_busy([found])) == oracle_minutes(expected)


def test_an_unknown_zone_is_read_on_the_freelancers_clock_with_a_note() -> None:
    odd = event("odd", datetime(2026, 3, 2, 9, 0), datetime(2026, 3, 2, 10, 0))
    odd["DTSTART"].params["TZID"] = "Customized Time Zone 7"
    odd["DTEND"].params["TZID"] = "Customized Time Zone 7"
    found = read(calendar(odd, timezones=False))
    begin = datetime(2026, 3, 2, 9, tzinfo=TOKYO)
    assert [b.span for b in found.blocks] == [(int(begin.timestamp()), int(begin.timestamp()) + 3600)]
    assert [n.code for n in found.notes] == ["busy.unknown_zone"]
    assert "Customized Time Zone 7" in str(found.notes[0])


@pytest.mark.parametrize(
    "data",
    [b"", b"<html><body>Sign in</body></html>", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\n",
     b"\xff\xfe\x00"],
    ids=["empty", "html", "broken", "binary"],
)  # fmt: skip
def test_a_broken_file_is_named_with_its_reason_and_the_others_still_count(data: bytes) -> None:
    broken = read_calendar(data, source="broken.ics", start=START, end=END, zone=TOKYO)
    assert broken.error is not None
    assert broken.blocks == ()
    assert str(broken.error).startswith("broken.ics: not a calendar (")
    good = read(
        calendar(event("a", datetime(2026, 3, 2, 10, tzinfo=UTC), datetime(2026, 3, 2, 11, tzinfo=UTC)))
    )
    assert merged_busy([broken, good]) == [b.span for b in good.blocks]


def test_only_start_and_end_unless_titles_are_asked_for() -> None:
    data = calendar(event("a", datetime(2026, 3, 2, 10, tzinfo=UTC), datetime(2026, 3, 2, 11, tzinfo=UTC)))
    assert read(data).blocks[0].title is None
    assert read(data, titles=True).blocks[0].title == "Meeting a"


def test_events_crossing_the_range_edges_are_clipped() -> None:
    data = calendar(
        event("before", START - timedelta(hours=1), START + timedelta(hours=1)),
        event("after", END - timedelta(hours=1), END + timedelta(hours=1)),
        event("outside", END + timedelta(hours=1), END + timedelta(hours=2)),
    )
    found = read(data)
    lo, hi = int(START.timestamp()), int(END.timestamp())
    assert [b.span for b in found.blocks] == [(lo, lo + 3600), (hi - 3600, hi)]


def test_merging_joins_overlapping_and_touching_events_of_several_calendars() -> None:
    one = read(
        calendar(event("a", datetime(2026, 3, 2, 10, tzinfo=UTC), datetime(2026, 3, 2, 11, tzinfo=UTC)))
    )
    two = read(calendar(
        event("b", datetime(2026, 3, 2, 10, 30, tzinfo=UTC), datetime(2026, 3, 2, 12, tzinfo=UTC)),
        event("c", datetime(2026, 3, 2, 12, tzinfo=UTC), datetime(2026, 3, 2, 12, 30, tzinfo=UTC)),
    ))  # fmt: skip
    begin = int(datetime(2026, 3, 2, 10, tzinfo=UTC).timestamp())
    assert merged_busy([one, two]) == [(begin, begin + 9000)]
    assert two.json() == {"source": "test.ics", "events": 2, "error": None}
