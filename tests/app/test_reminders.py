"""The reminders' schedule: around New York's, Berlin's and Lord Howe's clock changes, across a suspend,
with its switches, and held to the minute-by-minute judge in every IANA zone."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.checkin import checkin_instants, checkin_time
from app.hours import parse_hours
from app.people import Person
from app.reminders import (
    SHIFT_NOTICE,
    Meeting,
    Reminder,
    ReminderClient,
    ReminderSettings,
    due,
    next_wakeup,
    reminders,
    without,
)
from tests.app.test_rhythm_properties import _inside_at
from tests.strategies import dates, hours_specs, zone_names

TOKYO = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 22:30-24:00"))
SARAH = Person("Sarah", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
JONAS = Person("Jonas", ZoneInfo("Europe/Berlin"), parse_hours("mon-fri 09:00-17:00"))
ALL_ON = frozenset({"core_start", "checkin", "meeting", "clock_change"})


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def _shown(found: tuple[Reminder, ...], zone: ZoneInfo = TOKYO.zone) -> list[tuple[str, str, str]]:
    return [(f"{r.at.astimezone(zone):%a %d %H:%M}", r.summary, r.body) for r in found]


def test_new_yorks_change_moves_the_checkin_on_the_freelancers_clock_with_a_weeks_notice() -> None:
    now = _utc(2026, 3, 2)
    plan = checkin_time(SARAH, TOKYO, now)
    found = reminders([ReminderClient("s", SARAH, plan)], TOKYO, (), ReminderSettings(), now)
    assert _shown(found) == [
        (
            "Mon 02 22:30",
            "Clock change ahead: check-in with Sarah",
            "From 2026-03-09 your 09:30 check-in with Sarah is at 22:30, not 23:30.",
        ),
        ("Mon 02 23:30", "Time for the daily update to Sarah", "It is 09:30 for Sarah (23:30 your time)."),
        ("Tue 03 23:30", "Time for the daily update to Sarah", "It is 09:30 for Sarah (23:30 your time)."),
        ("Wed 04 23:30", "Time for the daily update to Sarah", "It is 09:30 for Sarah (23:30 your time)."),
        ("Thu 05 23:30", "Time for the daily update to Sarah", "It is 09:30 for Sarah (23:30 your time)."),
        ("Fri 06 23:30", "Time for the daily update to Sarah", "It is 09:30 for Sarah (23:30 your time)."),
        ("Mon 09 22:30", "Time for the daily update to Sarah", "It is 09:30 for Sarah (22:30 your time)."),
    ]


def test_berlins_change_moves_a_weekly_call_and_is_told_a_week_before() -> None:
    mondays = [datetime(2026, 3, d, 9, 0, tzinfo=JONAS.zone) for d in (16, 23, 30)]
    meetings = [Meeting("Jonas", start, timedelta(minutes=30), series="weekly") for start in mondays]
    now = _utc(2026, 3, 16)
    found = reminders(
        [ReminderClient("j", JONAS)], TOKYO, meetings, ReminderSettings(), now, horizon=timedelta(days=15)
    )
    assert _shown(found) == [
        ("Mon 16 16:45", "Call with Jonas in 15 min", "At 17:00 your time (09:00 for Jonas)."),
        (
            "Mon 23 16:00",
            "Clock change ahead: call with Jonas",
            "From 2026-03-30 your 09:00 call with Jonas is at 16:00, not 17:00.",
        ),
        ("Mon 23 16:45", "Call with Jonas in 15 min", "At 17:00 your time (09:00 for Jonas)."),
        ("Mon 30 15:45", "Call with Jonas in 15 min", "At 16:00 your time (09:00 for Jonas)."),
    ]
    assert found[1].at == mondays[2].astimezone(UTC) - SHIFT_NOTICE  # 7 × 24 hours before the call


def test_lord_howes_half_hour_change_moves_the_start_of_core_time_by_thirty_minutes() -> None:
    client = Person("Mia", ZoneInfo("Australia/Lord_Howe"), parse_hours("mon-fri 09:00-17:00"))
    me = Person("me", ZoneInfo("UTC"), parse_hours("mon-fri 09:00-17:00"))
    on = ReminderSettings(clients={"m": frozenset({"core_start"})})
    # Lord Howe moves from UTC+10:30 to UTC+11 on Sunday 4 October 2026.
    found = reminders(
        [ReminderClient("m", client)], me, (), on, _utc(2026, 10, 1, 12), horizon=timedelta(days=5)
    )
    assert _shown(found, me.zone) == [
        ("Thu 01 22:30", "Mia's day starts", "It is 09:00 for Mia (22:30 your time)."),
        ("Sun 04 22:00", "Mia's day starts", "It is 09:00 for Mia (22:00 your time)."),
        ("Mon 05 22:00", "Mia's day starts", "It is 09:00 for Mia (22:00 your time)."),
    ]


def test_a_suspend_across_new_yorks_change_tells_only_what_is_due_and_then_keeps_the_new_time() -> None:
    before = _utc(2026, 3, 6, 15)  # Friday, after that day's check-in
    plan = checkin_time(SARAH, TOKYO, before)
    clients = [ReminderClient("s", SARAH, plan)]
    planned = reminders(clients, TOKYO, (), ReminderSettings(), before)
    assert next_wakeup(planned, before) == _utc(2026, 3, 9, 13, 30)  # 09:30 in New York, now on summer time
    # Asleep over the weekend and the change, the machine wakes a minute after Monday's check-in ...
    woke = _utc(2026, 3, 9, 13, 31)
    assert [(r.kind, r.at) for r in due(planned, before, woke)] == [("checkin", _utc(2026, 3, 9, 13, 30))]
    # ... or an hour later, at the winter-time instant: the check-in went by while it slept.
    assert due(planned, before, _utc(2026, 3, 9, 14, 31)) == []
    again = reminders(clients, TOKYO, (), ReminderSettings(), woke)
    assert next_wakeup(again, woke) == _utc(2026, 3, 10, 13, 30)
    assert all(r.at > woke for r in again)


def test_nothing_is_told_twice_even_when_the_clock_is_set_back() -> None:
    now = _utc(2026, 3, 2)
    clients = [ReminderClient("s", SARAH, checkin_time(SARAH, TOKYO, now))]
    first = reminders(clients, TOKYO, (), ReminderSettings(), now)
    fired = first[0].at
    told = {r.key for r in due(first, now, fired)}
    assert [key.split("|")[0] for key in told] == ["clock_change"]
    assert all(r.at > fired for r in reminders(clients, TOKYO, (), ReminderSettings(), fired))
    set_back = reminders(clients, TOKYO, (), ReminderSettings(), fired - timedelta(minutes=5))
    assert [r.key for r in without(set_back, told)] == [r.key for r in set_back if r.at > fired]


def test_switches_core_start_off_by_default_per_client_global_and_paused() -> None:
    now = _utc(2026, 3, 2)
    plan = checkin_time(SARAH, TOKYO, now)
    clients = [ReminderClient("s", SARAH, plan), ReminderClient("j", JONAS)]
    meeting = [Meeting("j", _utc(2026, 3, 3, 8), timedelta(hours=1))]

    def kinds(switches: ReminderSettings) -> set[tuple[str, str]]:
        return {(r.kind, r.client) for r in reminders(clients, TOKYO, meeting, switches, now)}

    assert kinds(ReminderSettings()) == {("checkin", "s"), ("clock_change", "s"), ("meeting", "j")}
    assert kinds(ReminderSettings(clients={"j": ALL_ON})) >= {("core_start", "j"), ("meeting", "j")}
    assert ("core_start", "s") not in kinds(ReminderSettings(clients={"j": ALL_ON}))
    assert kinds(ReminderSettings(clients={"s": frozenset()})) == {("meeting", "j")}
    assert kinds(ReminderSettings(kinds=frozenset({"meeting"}))) == {("meeting", "j")}
    assert kinds(ReminderSettings(paused=True)) == set()


def test_the_lead_before_a_meeting_is_a_setting_and_a_reminder_already_past_is_not_told() -> None:
    start = _utc(2026, 3, 3, 8)
    meetings = [Meeting("Sarah", start, timedelta(hours=1))]
    clients = [ReminderClient("s", SARAH)]
    five = ReminderSettings(lead=timedelta(minutes=5))
    found = reminders(clients, TOKYO, meetings, five, _utc(2026, 3, 3))
    assert [(r.at, r.summary, r.client) for r in found] == [
        (start - timedelta(minutes=5), "Call with Sarah in 5 min", "s")
    ]
    assert reminders(clients, TOKYO, meetings, ReminderSettings(), start - timedelta(minutes=10)) == ()


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(TypeError):
        reminders([], TOKYO, (), ReminderSettings(), datetime(2026, 3, 2))


people = st.tuples(zone_names, hours_specs())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    client=people,
    me=zone_names,
    day=dates,
    minute=st.integers(0, 1439),
    starts=st.lists(st.integers(-600, 12_000), max_size=6),
    lead=st.integers(1, 120),
)
def test_every_reminder_is_sorted_unique_ahead_and_at_its_intended_instant(  # noqa: PLR0917
    client: tuple[str, tuple[str, list[tuple[int, int, int]]]],
    me: str,
    day: date,
    minute: int,
    starts: list[int],
    lead: int,
) -> None:
    zone, (spec, blocks) = client
    person = Person("C", ZoneInfo(zone), parse_hours(spec))
    mine = Person("me", ZoneInfo(me), parse_hours("mon-fri 09:00-17:00"))
    now = datetime.combine(day, time(), UTC) + timedelta(minutes=minute, seconds=17)
    plan = checkin_time(person, mine, now)
    meetings = [Meeting("c", now + timedelta(minutes=m), timedelta(minutes=30)) for m in starts]
    switches = ReminderSettings(clients={"c": ALL_ON}, lead=timedelta(minutes=lead))
    horizon = timedelta(days=4)
    found = reminders([ReminderClient("c", person, plan)], mine, meetings, switches, now, horizon=horizon)

    order = [(r.at, r.kind, r.subject) for r in found]
    assert order == sorted(order, key=lambda o: o[0])
    assert len({r.key for r in found}) == len(found)
    assert all(now < r.at <= now + horizon for r in found)
    by_kind: dict[str, list[Reminder]] = {}
    for r in found:
        by_kind.setdefault(r.kind, []).append(r)
    assert [r.at for r in by_kind.get("checkin", [])] == list(
        checkin_instants(plan, now + timedelta(microseconds=1), now + horizon + timedelta(seconds=1))
    )
    assert sorted(r.at for r in by_kind.get("meeting", [])) == sorted(
        {m.start - switches.lead for m in meetings if now < m.start - switches.lead <= now + horizon}
    )
    days = [r.at.astimezone(person.zone).date() for r in by_kind.get("core_start", [])]
    assert len(days) == len(set(days)), "one start of core time a day"
    for r in by_kind.get("core_start", [])[:3]:
        assert r.at.second == 0 or math.isclose(r.at.timestamp() % 60, 0)
        assert _inside_at(person, blocks, r.at), "inside the client's hours when told"
        assert not _inside_at(person, blocks, r.at - timedelta(minutes=1)), "and not a minute before"
    for r in by_kind.get("clock_change", []):
        assert r.subject - r.at == SHIFT_NOTICE
