"""The days off a deadline's target steps back past are named: each a client's day off lying between the
target and the moment the buffer asks for, in every IANA zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.availability import parse_days_off
from app.deadline import Due, days_off_passed, deadline
from app.hours import parse_hours
from app.people import Person
from tests.strategies import dates, zone_names

ME = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("daily 08:00-20:00"))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    zone=zone_names,
    day=dates,
    offs=st.lists(st.integers(-6, 0), min_size=1, max_size=4),
    buffer_hours=st.integers(1, 96),
)
def test_the_days_off_passed_are_those_between_target_and_aim(
    zone: str, day: date, offs: list[int], buffer_hours: int
) -> None:
    days_off = sorted({day + timedelta(days=n) for n in offs})
    client = Person(
        "client",
        ZoneInfo(zone),
        parse_hours("mon-fri 09:00-17:00"),
        days_off=parse_days_off(", ".join(map(str, days_off))),
    )
    now = datetime.combine(day - timedelta(days=10), time(), UTC)
    plan = deadline(client, ME, Due(day, 17 * 60), now, timedelta(hours=buffer_hours))
    named = days_off_passed(plan)
    if plan.target is None or plan.target >= plan.aimed:
        assert named == []
        event("no step back")
        return
    assert named == sorted(set(named))

    def noon(d: date) -> datetime:
        return datetime.combine(d, time(12), client.zone).astimezone(UTC)

    # A day off whose noon lies between them is named; a named one is a day off that does lie between.
    must = {d for d in days_off if plan.target < noon(d) < plan.aimed}
    ends = {plan.target.astimezone(client.zone).date(), plan.aimed.astimezone(client.zone).date()}
    assert must <= set(named) <= must | (ends & set(days_off)), (plan.target, plan.aimed)
    # The target itself is never on a day off.
    assert plan.target.astimezone(client.zone).date() not in days_off
    event("days off named" if named else "none named")
