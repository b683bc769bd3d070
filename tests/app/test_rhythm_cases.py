"""Named cases for the client's rhythm: clock changes in New York and Berlin in March 2026, the date line
(Tokyo ↔ Honolulu, Auckland ↔ Los Angeles), public holidays, odd deadlines, golden confirmation sentences,
and the check-in reminder series read back by two independent calendar libraries."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
import vobject
from icalendar import Calendar

from app.checkin import CheckinError, checkin_calendar, checkin_time
from app.deadline import DeadlineError, Due, confirmation_text, deadline, parse_due
from app.hours import WeeklyHours, parse_hours
from app.ics import IcsError, Meeting, Weekly, series_calendar
from app.people import Person
from app.rhythm import client_status

NINE_TO_FIVE = "mon-fri 09:00-17:00"


def person(zone: str, hours: str = NINE_TO_FIVE, holidays: str | None = None) -> Person:
    return Person(zone.rsplit("/", 1)[-1], ZoneInfo(zone), parse_hours(hours), holidays)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def mine(instant: datetime | None, zone: str) -> str:
    assert instant is not None
    return f"{instant.astimezone(ZoneInfo(zone)):%a %Y-%m-%d %H:%M}"


# --- New York client, Berlin freelancer, March 2026 (US clocks change 8 March, EU clocks 29 March) ---

NEW_YORK = person("America/New_York")
BERLIN = person("Europe/Berlin", "mon-fri 09:00-18:00")


def test_status_before_and_after_new_york_springs_forward() -> None:

    before = client_status(NEW_YORK, BERLIN, utc(2026, 3, 6, 13, 30))  # 08:30 EST
    assert (before.inside, before.reason, before.minutes_until) == (False, "outside_hours", 30)
    assert mine(before.next_start_mine, "Europe/Berlin") == "Fri 2026-03-06 15:00"
    after = client_status(NEW_YORK, BERLIN, utc(2026, 3, 9, 13, 30))  # 09:30 EDT
    assert after.inside
    assert after.reason is None
    assert after.ends == utc(2026, 3, 9, 21)
    assert mine(after.ends, "Europe/Berlin") == "Mon 2026-03-09 22:00"  # Berlin still on winter time
    weekend = client_status(NEW_YORK, BERLIN, utc(2026, 3, 8, 12))
    assert weekend.reason == "weekend"
    assert weekend.next_start == utc(2026, 3, 9, 13)
    assert weekend.weekday == 6


def test_checkin_moves_on_the_freelancers_clock_with_each_zones_changes() -> None:
    plan = checkin_time(NEW_YORK, BERLIN, utc(2026, 3, 2))
    assert plan.client_time.isoformat() == "09:00:00"
    assert plan.days == (0, 1, 2, 3, 4)
    assert plan.after_start == timedelta(0)
    assert mine(plan.next_mine, "Europe/Berlin") == "Mon 2026-03-02 15:00"
    moves = [(f"{s.after:%Y-%m-%d}", f"{s.before:%H:%M}", f"{s.after:%H:%M}", s.zones) for s in plan.shifts]
    assert moves == [
        ("2026-03-09", "15:00", "14:00", ("America/New_York",)),
        ("2026-03-30", "14:00", "15:00", ("Europe/Berlin",)),
        ("2026-10-26", "15:00", "14:00", ("Europe/Berlin",)),
        ("2026-11-02", "14:00", "15:00", ("America/New_York",)),
    ]
    assert plan.inside_mine == len(plan.occurrences) == 261


def test_deadline_across_new_york_springing_forward() -> None:
    plan = deadline(NEW_YORK, BERLIN, "2026-03-09 eod", utc(2026, 3, 5))
    assert plan.due == utc(2026, 3, 9, 21)  # 17:00 EDT
    assert mine(plan.due_mine, "Europe/Berlin") == "Mon 2026-03-09 22:00"
    # 24 h earlier is Sunday; the latest moment of Friday's core time, half an hour before it ends.
    assert plan.target == utc(2026, 3, 6, 21, 30)  # 16:30 EST
    assert mine(plan.target_mine, "Europe/Berlin") == "Fri 2026-03-06 22:30"
    assert plan.buffer_kept
    assert plan.left == timedelta(days=4, hours=21)


def test_berlin_client_in_the_week_europe_changes() -> None:
    client = person("Europe/Berlin")
    me = person("America/New_York", "mon-fri 03:00-12:00")
    plan = deadline(client, me, "2026-03-30 10:00", utc(2026, 3, 20))
    assert plan.due == utc(2026, 3, 30, 8)  # CEST from 29 March
    assert plan.target == utc(2026, 3, 27, 15, 30)  # Fri 16:30 CET: Sunday 10:00 is no working time
    assert mine(plan.target_mine, "America/New_York") == "Fri 2026-03-27 11:30"


# --- Across the date line ---


def test_tokyo_saturday_morning_is_honolulu_friday_afternoon() -> None:

    honolulu = person("Pacific/Honolulu")
    tokyo = person("Asia/Tokyo", "tue-sat 04:00-12:00")
    status = client_status(honolulu, tokyo, datetime(2026, 3, 14, 10, tzinfo=ZoneInfo("Asia/Tokyo")))
    assert f"{status.client_local:%a %H:%M}" == "Fri 15:00"
    assert status.inside
    assert status.ends == datetime(2026, 3, 14, 12, tzinfo=ZoneInfo("Asia/Tokyo"))
    plan = checkin_time(honolulu, tokyo, utc(2026, 3, 1))
    assert plan.client_time.isoformat() == "09:00:00"
    assert f"{plan.next_client:%a %H:%M}" == "Mon 09:00"
    assert mine(plan.next_mine, "Asia/Tokyo") == "Tue 2026-03-03 04:00"
    assert plan.shifts == ()  # neither zone changes its clocks
    assert plan.inside_mine == len(plan.occurrences)


def test_auckland_client_los_angeles_freelancer_four_moves_a_year() -> None:
    auckland = person("Pacific/Auckland")
    los_angeles = person("America/Los_Angeles", "sun-thu 12:00-22:00")
    plan = checkin_time(auckland, los_angeles, utc(2026, 3, 1))
    assert plan.client_time.isoformat() == "09:00:00"
    assert mine(plan.next_mine, "America/Los_Angeles") == "Sun 2026-03-01 12:00"  # their Monday
    moves = [(f"{s.after:%Y-%m-%d}", f"{s.before:%H:%M}", f"{s.after:%H:%M}", s.zones) for s in plan.shifts]
    assert moves == [
        ("2026-03-08", "12:00", "13:00", ("America/Los_Angeles",)),
        ("2026-04-05", "13:00", "14:00", ("Pacific/Auckland",)),
        ("2026-09-27", "14:00", "13:00", ("Pacific/Auckland",)),
        ("2026-11-01", "13:00", "12:00", ("America/Los_Angeles",)),
    ]
    due = deadline(auckland, los_angeles, "2026-03-16 eod", utc(2026, 3, 10))
    assert mine(due.due_mine, "America/Los_Angeles") == "Sun 2026-03-15 21:00"
    assert f"{due.target_client:%a %H:%M}" == "Fri 16:30"
    assert mine(due.target_mine, "America/Los_Angeles") == "Thu 2026-03-12 20:30"


# --- Holidays ---


def test_thanksgiving_is_a_holiday_and_the_target_avoids_it() -> None:

    client = person("America/New_York", holidays="US")
    status = client_status(client, BERLIN, utc(2026, 11, 26, 15))
    assert (status.inside, status.reason) == (False, "holiday")
    assert status.next_start == utc(2026, 11, 27, 14)
    plain_client = client_status(NEW_YORK, BERLIN, utc(2026, 11, 26, 15))
    assert plain_client.inside
    plan = deadline(client, BERLIN, "2026-11-27 12:00", utc(2026, 11, 20))
    assert plan.target == utc(2026, 11, 25, 21, 30)  # Wednesday 16:30: Thursday noon is Thanksgiving


# --- Odd deadlines and refusals ---


def test_deadline_in_a_gap_and_in_a_fold() -> None:
    gap = deadline(NEW_YORK, BERLIN, "2026-03-08 02:30", utc(2026, 3, 1))
    assert (gap.due, gap.clock_note) == (utc(2026, 3, 8, 7), "gap")
    fold = deadline(NEW_YORK, BERLIN, "2026-11-01 01:30", utc(2026, 10, 20))
    assert (fold.due, fold.clock_note) == (utc(2026, 11, 1, 5, 30), "fold")  # the first 01:30, EDT
    plain_time = deadline(NEW_YORK, BERLIN, "2026-11-02 24:00", utc(2026, 10, 20))
    assert (plain_time.due, plain_time.clock_note) == (utc(2026, 11, 3, 5), None)


def test_end_of_day_uses_the_latest_end_even_past_midnight() -> None:
    client = person("America/New_York", "mon 09:00-12:00 20:00-01:00")
    plan = deadline(client, BERLIN, Due(date(2026, 3, 16), None), utc(2026, 3, 1))
    assert plan.due == utc(2026, 3, 17, 5)  # 01:00 EDT on Tuesday
    assert plan.end_of_day


def test_deadline_with_no_core_time_left_and_overdue() -> None:
    late = deadline(NEW_YORK, BERLIN, "2026-03-13 17:00", utc(2026, 3, 13, 20))  # 16:00 EDT
    assert not late.buffer_kept
    assert late.target == utc(2026, 3, 13, 20, 30)  # the latest moment half an hour before the end
    past = deadline(NEW_YORK, BERLIN, "2026-03-13 17:00", utc(2026, 3, 14))
    assert past.target is None
    assert past.left == -timedelta(hours=3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-03-14 eod", "no hours on Sat 2026-03-14"),
        ("2026-02-30 17:00", "not a day of the calendar"),
        ("2026-03-13 17:60", "not a time"),
        ("2026-03-13 24:01", "not a time"),
        ("2026-03-13", "is not a deadline"),
        ("friday 17:00", "is not a deadline"),
        ("2300-01-01 10:00", "out of range"),
    ],
)
def test_bad_deadlines_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(DeadlineError, match=message):
        deadline(NEW_YORK, BERLIN, text, utc(2026, 3, 1))


def test_parse_due_accepts_both_forms() -> None:
    assert parse_due(" 2026-03-13t09:05 ") == Due(date(2026, 3, 13), 545)
    assert parse_due("2026-03-13 EOD") == Due(date(2026, 3, 13), None)


def test_naive_now_and_empty_hours_are_refused() -> None:

    with pytest.raises(TypeError, match="timezone-aware"):
        client_status(NEW_YORK, BERLIN, datetime(2026, 3, 1))  # naive on purpose
    nobody = Person("x", ZoneInfo("UTC"), WeeklyHours(()))
    with pytest.raises(CheckinError, match="no hours"):
        checkin_time(nobody, BERLIN, utc(2026, 3, 1))


def test_round_the_clock_client_is_inside_with_no_end_in_sight() -> None:

    status = client_status(person("UTC", "daily 00:00-24:00"), BERLIN, utc(2026, 3, 1, 12))
    assert (status.inside, status.ends, status.next_start, status.reason) == (True, None, None, None)


def test_checkin_skips_days_whose_hours_start_far_from_the_rest() -> None:
    client = person("Europe/Berlin", "mon-fri 09:00-17:00; sat 14:00-16:00")
    plan = checkin_time(client, BERLIN, utc(2026, 3, 2))
    assert (plan.days, plan.skipped) == ((0, 1, 2, 3, 4), (5,))


def test_checkin_prefers_a_later_round_minute_inside_the_freelancers_hours() -> None:
    # New York 09:00 is 23:00 in Tokyo in winter and 22:00 in summer; 09:30 is inside 22:30-24:00 all year.
    me = person("Asia/Tokyo", "mon-fri 22:30-24:00")
    plan = checkin_time(NEW_YORK, me, utc(2026, 1, 5))
    assert plan.client_time.isoformat() == "09:30:00"
    assert plan.after_start == timedelta(minutes=30)
    assert plan.inside_mine == len(plan.occurrences)


# --- Golden confirmation sentences, one per language ---


@pytest.mark.parametrize(
    ("locale", "zone", "expected"),
    [
        ("en_US", "America/New_York", "I will deliver by Thu, Mar 5, 5:00 PM EST."),
        ("en_GB", "Europe/London", "I will deliver by Thu 5 Mar, 22:00 GMT."),
        ("en_AU", "Australia/Sydney", "I will deliver by Fri 6 Mar, 9:00 am AEDT."),
        ("ja_JP", "Asia/Tokyo", "3月6日(金) 7:00 JSTまでに納品いたします。"),
        ("de_DE", "Europe/Berlin", "Ich liefere bis spätestens Do., 5. März, 23:00 MEZ."),
        ("fr_FR", "Europe/Paris", "Je livrerai au plus tard le jeu. 5 mars 23:00 UTC+1."),
        ("es_ES", "Europe/Madrid", "Haré la entrega como muy tarde el jue, 5 mar, 23:00 CET."),
        ("pt_BR", "America/Sao_Paulo", "Farei a entrega até qui., 5 de mar. 19:00 BRT."),
        ("it_IT", "Europe/Rome", "Consegnerò entro gio 5 mar, 23:00 CET."),
        ("nl_NL", "Europe/Amsterdam", "Ik lever uiterlijk do 5 mrt, 23:00 CET."),
    ],
)
def test_golden_confirmation_sentences(locale: str, zone: str, expected: str) -> None:
    text = confirmation_text(utc(2026, 3, 5, 22), ZoneInfo(zone), locale)
    assert text == expected
    assert text.isprintable()
    assert "\u202f" not in text
    assert "\u00a0" not in text


def test_confirmation_names_summer_time_and_unnamed_offsets() -> None:
    assert confirmation_text(utc(2026, 7, 5, 22), ZoneInfo("Europe/London"), "en_GB").endswith("23:00 BST.")
    assert confirmation_text(utc(2026, 7, 5, 22), ZoneInfo("Asia/Kolkata"), "en_US").endswith(
        "3:30 AM UTC+5:30."
    )


# --- The reminder series ---


def test_reminder_series_reads_back_as_the_plan_in_two_libraries() -> None:
    me = person("Asia/Tokyo", "mon-fri 20:00-24:00")
    plan = checkin_time(NEW_YORK, me, utc(2026, 3, 2))
    data = checkin_calendar(plan, now=utc(2026, 3, 1))
    text = data.decode()
    assert "DTSTART;TZID=America/New_York:20260302T090000\r\n" in text
    assert "BYDAY=MO,TU,WE,TH,FR" in text
    assert "BEGIN:VTIMEZONE\r\n" in text
    assert "BEGIN:VALARM\r\n" in text
    expanded = recurring_ical_events.of(Calendar.from_ical(data)).between(utc(2026, 1, 1), utc(2028, 1, 1))
    starts = sorted(event["DTSTART"].dt.astimezone(UTC) for event in expanded)
    assert starts == list(plan.occurrences)
    event = vobject.readOne(text).vevent
    assert sorted(s.astimezone(UTC) for s in event.getrruleset()) == list(plan.occurrences)


def _expanded(data: bytes) -> list[datetime]:
    expanded = recurring_ical_events.of(Calendar.from_ical(data)).between(utc(2026, 1, 1), utc(2028, 1, 1))
    return sorted(event["DTSTART"].dt.astimezone(UTC) for event in expanded)


def test_reminder_series_leaves_out_the_us_clients_thanksgiving_and_christmas() -> None:
    me = person("Europe/Berlin", "mon-fri 13:00-22:00")
    client = person("America/New_York", holidays="US")
    plan = checkin_time(client, me, utc(2026, 11, 2))
    ny = client.zone
    days = [o.astimezone(ny).date() for o in plan.occurrences]
    off = [h.astimezone(ny).date() for h in plan.holidays]
    assert {date(2026, 11, 26), date(2026, 12, 25)} <= set(off)
    assert not {date(2026, 11, 26), date(2026, 12, 25)} & set(days)
    assert {date(2026, 11, 25), date(2026, 11, 27)} <= set(days)
    assert all(h.astimezone(ny).time() == plan.client_time for h in plan.holidays)
    data = checkin_calendar(plan, now=utc(2026, 11, 1))
    text = data.decode()
    assert "EXDATE;TZID=America/New_York:" in text
    unfolded = text.replace("\r\n ", "")
    assert {"20261126T090000", "20261225T090000"} <= set(re.findall(r"\d{8}T\d{6}", unfolded))
    assert _expanded(data) == list(plan.occurrences)
    event = vobject.readOne(text).vevent
    assert sorted(s.astimezone(UTC) for s in event.getrruleset()) == list(plan.occurrences)
    # Without the holiday code the same client gets exactly those days back, and nothing else changes.
    plain = checkin_time(person("America/New_York"), me, utc(2026, 11, 2))
    assert sorted(plain.occurrences) == sorted(plan.occurrences + plan.holidays)
    assert (plain.minute, plain.days, plain.holidays) == (plan.minute, plan.days, ())


def test_reminder_series_of_a_client_without_a_holiday_code_has_no_exdate() -> None:
    me = person("Asia/Tokyo", "mon-fri 20:00-24:00")
    plan = checkin_time(NEW_YORK, me, utc(2026, 11, 2))
    assert plan.holidays == ()
    days = {o.astimezone(NEW_YORK.zone).date() for o in plan.occurrences}
    assert {date(2026, 11, 26), date(2026, 12, 25)} <= days
    data = checkin_calendar(plan, now=utc(2026, 11, 1))
    assert b"EXDATE" not in data
    assert _expanded(data) == list(plan.occurrences)


def test_a_holiday_on_the_first_day_moves_the_series_start_to_the_next_working_day() -> None:
    client = person("America/New_York", holidays="US")
    plan = checkin_time(client, person("America/New_York"), utc(2026, 11, 26, 5))  # Thanksgiving, 00:00 NY
    assert plan.next_client.date() == date(2026, 11, 27)
    assert plan.holidays[0].astimezone(client.zone).date() == date(2026, 11, 26)
    data = checkin_calendar(plan, now=utc(2026, 11, 26, 5))
    assert "DTSTART;TZID=America/New_York:20261127T" in data.decode()
    assert _expanded(data) == list(plan.occurrences)


def test_weekly_days_must_include_the_first_meeting() -> None:
    meeting = Meeting(utc(2026, 3, 7, 14), timedelta(minutes=15), "x")  # a Saturday
    with pytest.raises(IcsError, match="not on one of its weekdays"):
        series_calendar(
            meeting=meeting, weekly=Weekly(ZoneInfo("UTC"), count=3, days=(0, 1)), now=utc(2026, 3, 1)
        )
    with pytest.raises(IcsError, match="at least one weekday"):
        Weekly(ZoneInfo("UTC"), count=3, days=())
    with pytest.raises(TypeError, match="weekdays"):
        Weekly(ZoneInfo("UTC"), count=3, days=(7,))
