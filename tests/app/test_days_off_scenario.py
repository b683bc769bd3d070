"""Issue 20's end to end: a freelancer's Google calendar (read from its address) and an Outlook export,
a call booked with Sarah in Coretime and a week in Lisbon; the next proposal to Jonas keeps off all of
it and reads inside everyone's hours on both clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from app.availability import parse_away
from app.busy import merged_busy, read_calendar
from app.hours import parse_hours
from app.meetings import BookedMeeting, busy_with_meetings
from app.overlap import day_bounds, person_spans
from app.people import Person
from app.proposal import proposal_text
from app.ranking import rank_options

TOKYO = ZoneInfo("Asia/Tokyo")
LISBON = ZoneInfo("Europe/Lisbon")
BERLIN = ZoneInfo("Europe/Berlin")
HOUR = timedelta(hours=1)


def calendar(*events: tuple[datetime, int]) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Coretime tests//EN")
    cal.add("version", "2.0")
    for number, (start, minutes) in enumerate(events):
        event = Event()
        event.add("uid", f"e{number}")
        event.add("dtstamp", datetime(2027, 1, 1, tzinfo=UTC))
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=minutes))
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def test_the_next_proposal_to_jonas_keeps_off_calendars_the_booked_call_and_the_week_in_lisbon() -> None:
    # Tokyo-based, working 15:00-23:00 there; 15-19 March 2027 in Lisbon, working 09:00-13:00 there.
    me = Person(
        "me",
        TOKYO,
        parse_hours("mon-fri 15:00-23:00"),
        away=parse_away("2027-03-15..2027-03-19 Europe/Lisbon mon-fri 09:00-13:00"),
    )
    jonas = Person("Jonas", BERLIN, parse_hours("mon-fri 09:00-17:00"))
    start, end = day_bounds(date(2027, 3, 15), 5, LISBON)
    google = read_calendar(
        calendar(
            (datetime(2027, 3, 15, 9, tzinfo=LISBON), 120), (datetime(2027, 3, 17, 10, tzinfo=LISBON), 180)
        ),
        source="https://calendar.google.com/calendar/ical/me/basic.ics",
        start=start,
        end=end,
        zone=TOKYO,
    )
    outlook = read_calendar(
        calendar((datetime(2027, 3, 16, 9, tzinfo=LISBON), 240)),
        source="outlook.ics",
        start=start,
        end=end,
        zone=TOKYO,
    )
    assert google.error is None
    assert outlook.error is None
    sarah = BookedMeeting("call-sarah", ("sarah",), datetime(2027, 3, 18, 9, tzinfo=LISBON), 120)
    lo, hi = int(start.timestamp()), int(end.timestamp())
    busy = busy_with_meetings(merged_busy([google, outlook]), [sarah], lo, hi)
    now = datetime(2027, 3, 10, tzinfo=UTC)
    options = rank_options(
        [me, jonas], client=jonas, start=start, end=end, duration=HOUR, now=now, count=3, busy=busy
    )
    assert options
    for option in options:
        s, e = option.interval.span
        assert not option.outside_hours
        assert not any(a < e and s < b for a, b in busy), option
        assert person_spans(me, s, e) == [(s, e)]
        assert person_spans(jonas, s, e) == [(s, e)]
        mine, theirs = option.interval.start.astimezone(LISBON), option.interval.start.astimezone(BERLIN)
        assert 9 <= mine.hour < 13  # in Lisbon, on Lisbon's clock
        assert 10 <= theirs.hour < 14  # the same hour on Jonas's, an hour ahead
    # What is left: Monday 11:00-13:00 and Wednesday 09:00-10:00 and 13:00 in Lisbon, Thursday 11:00-13:00,
    # Friday 09:00-13:00; Tuesday is all Outlook's.
    assert {o.interval.start.astimezone(LISBON).date() for o in options} <= {
        date(2027, 3, 15), date(2027, 3, 17), date(2027, 3, 18), date(2027, 3, 19)
    }  # fmt: skip
    text = proposal_text(
        options, people=[me, jonas], client=jonas, locale="de_DE", now=now, duration=HOUR, show_mine=True
    )
    lines = text.splitlines()
    for option in options:
        at = option.interval.start
        assert any(f"{at.astimezone(BERLIN):%H:%M}–" in line for line in lines)  # on Jonas's clock
        # and on the freelancer's, which is Lisbon's that week, not Tokyo's
        assert any(
            line.startswith("  (für mich in Lissabon:") and f"{at.astimezone(LISBON):%H:%M}–" in line
            for line in lines
        )
    assert "Tokio" not in text
