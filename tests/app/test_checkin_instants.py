"""The check-ins the timeline marks: every working day in a span, past ones too, across a clock change."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from app.checkin import checkin_instants, checkin_time
from app.hours import parse_hours
from app.people import Person

TOKYO = ZoneInfo("Asia/Tokyo")
NY = ZoneInfo("America/New_York")


def test_the_week_of_the_spring_change_keeps_the_client_wall_time_and_moves_on_mine() -> None:
    me = Person("me", TOKYO, parse_hours("mon-fri 22:00-24:00"))
    client = Person("ny", NY, parse_hours("mon-fri 09:00-17:00"))
    now = datetime(2026, 3, 5, 12, tzinfo=UTC)  # Thursday in New York: Mon-Wed of this week have passed
    plan = checkin_time(client, me, now)
    span = (datetime(2026, 3, 1, 15, tzinfo=UTC), datetime(2026, 3, 15, 15, tzinfo=UTC))  # two Tokyo weeks
    instants = checkin_instants(plan, *span)
    theirs = [i.astimezone(NY) for i in instants]
    assert len(instants) == 10, "all ten working days, the ones before now included"
    assert instants[0] < now
    assert {(t.hour, t.minute) for t in theirs} == {(plan.minute // 60, plan.minute % 60)}
    mine = {i.astimezone(TOKYO).hour for i in instants}
    assert len(mine) == 2, "New York's clocks go forward on 8 March: an hour earlier on the Tokyo clock"
    assert all(span[0] <= i < span[1] for i in instants)


def test_only_the_plan_days() -> None:
    me = Person("me", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("ny", NY, parse_hours("mon-thu 09:00-17:00"))
    plan = checkin_time(client, me, datetime(2026, 3, 2, tzinfo=UTC))
    week = checkin_instants(plan, datetime(2026, 3, 2, 5, tzinfo=UTC), datetime(2026, 3, 9, 5, tzinfo=UTC))
    assert [i.astimezone(NY).weekday() for i in week] == [0, 1, 2, 3]


def test_no_mark_on_the_clients_public_holiday() -> None:
    me = Person("me", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("ny", NY, parse_hours("mon-fri 09:00-17:00"), "US")
    plan = checkin_time(client, me, datetime(2026, 11, 2, tzinfo=UTC))
    span = (datetime(2026, 11, 23, 5, tzinfo=UTC), datetime(2026, 11, 30, 5, tzinfo=UTC))  # Thanksgiving week
    week = checkin_instants(plan, *span)
    assert [i.astimezone(NY).day for i in week] == [23, 24, 25, 27]
    assert all(i in plan.occurrences for i in week)
