"""Client-now status, check-in plans and deadline targets agree with the minute-by-minute judge in every
IANA zone, 2000–2037."""

from __future__ import annotations

import itertools
import math
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.checkin import checkin_time
from app.deadline import Due, deadline
from app.hours import parse_hours
from app.people import Person
from app.rhythm import client_status
from tests.oracle import inside_mask
from tests.strategies import dates, hours_specs, zone_names

MINUTE = timedelta(minutes=1)
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

people = st.tuples(zone_names, hours_specs())


def _person(name: str, zone: str, spec: str) -> Person:
    return Person(name, ZoneInfo(zone), parse_hours(spec))


def _index(begin: datetime, instant: datetime) -> int:
    return math.floor((instant - begin) / MINUTE)


def _context_minutes(zone: ZoneInfo, instant: datetime) -> int:
    """How much of the clock's history the judge needs around ``instant``: a quarter hour, plus the
    largest step back the clock takes within a day of it — in a fold the judge must see the first
    pass to place the second (Havana, Troll and Casey fall back by one to three hours)."""
    offsets = [(instant + timedelta(hours=h)).astimezone(zone).utcoffset() for h in range(-26, 27, 2)]
    drops = [a - b for a, b in itertools.pairwise(offsets) if a is not None and b is not None]
    return 15 + max(0, *(int(d.total_seconds() // 60) for d in drops))


def _inside_at(person: Person, blocks: list[tuple[int, int, int]], instant: datetime) -> bool:
    """The judge's verdict for the minute holding ``instant``, with enough of the clock either side."""
    context = _context_minutes(person.zone, instant)
    begin = instant.replace(second=0, microsecond=0) - timedelta(minutes=context)
    return inside_mask(person.zone, blocks, begin, 2 * context + 1)[context]


@FAST
@given(
    client=people,
    me=zone_names,
    day=dates,
    minute=st.integers(0, 1439),
    second=st.integers(0, 59),
)
def test_status_agrees_with_the_judge(
    client: tuple[str, tuple[str, list[tuple[int, int, int]]]], me: str, day: date, minute: int, second: int
) -> None:
    zone, (spec, blocks) = client
    person = _person("client", zone, spec)
    mine = _person("me", me, "mon-fri 09:00-17:00")
    now = datetime.combine(day, time(), UTC) + timedelta(minutes=minute, seconds=second)
    status = client_status(person, mine, now)

    begin = now.replace(second=0) - timedelta(days=2)
    minutes = 12 * 1440
    mask = inside_mask(person.zone, blocks, begin, minutes)
    here = _index(begin, now)
    assert status.inside == mask[here]
    assert status.client_local == now.astimezone(person.zone)
    if status.inside:
        assert status.reason is None
        assert status.next_start is None
        ends = next((j for j in range(here, minutes) if not mask[j]), None)
        if ends is not None:
            assert status.ends == begin + ends * MINUTE
    else:
        later = next((j for j in range(here, minutes) if mask[j]), None)
        assert later is not None, "weekly hours recur within the judged stretch"
        assert status.next_start == begin + later * MINUTE
        assert status.next_start_mine is not None
        assert status.next_start_mine.utcoffset() == status.next_start.astimezone(mine.zone).utcoffset()
        assert status.minutes_until == math.ceil((status.next_start - now).total_seconds() / 60)
        local_day = now.astimezone(person.zone).weekday()
        has_hours_today = any(b[0] == local_day for b in blocks)
        assert status.reason == ("outside_hours" if has_hours_today else "weekend")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(client=people, me=people, day=dates, minute=st.integers(0, 1439))
def test_checkin_is_inside_the_clients_hours_on_every_one_of_its_days_for_a_year(
    client: tuple[str, tuple[str, list[tuple[int, int, int]]]],
    me: tuple[str, tuple[str, list[tuple[int, int, int]]]],
    day: date,
    minute: int,
) -> None:
    zone, (spec, blocks) = client
    person = _person("client", zone, spec)
    mine = _person("me", me[0], me[1][0])
    now = datetime.combine(day, time(), UTC) + timedelta(minutes=minute)
    plan = checkin_time(person, mine, now)

    starts = {d: min(s for w, s, _ in blocks if w == d) for d in {b[0] for b in blocks}}
    assert plan.days
    assert set(plan.days) | set(plan.skipped) == set(starts)
    for d in plan.days:
        assert 0 <= plan.minute - starts[d] < 60, "early in the client's day"

    # Every date of the coming year on one of the plan's weekdays has its reminder, placed independently.
    wall = plan.client_time
    expected = []
    first = now.astimezone(person.zone).date()
    for offset in range(366):
        local = first + timedelta(days=offset)
        if local.weekday() in plan.days:
            naive = datetime.combine(local, wall)
            instant = naive.replace(tzinfo=person.zone).astimezone(UTC)
            exists = instant.astimezone(person.zone).replace(tzinfo=None) == naive
            expected.append((local, instant, exists))
    wanted = [(local, instant, exists) for local, instant, exists in expected if not exists or instant > now]
    if (
        wanted
        and not wanted[0][2]
        and wanted[0][0] == first
        and plan.occurrences
        and plan.occurrences[0].astimezone(person.zone).date() != first
    ):
        wanted = wanted[1:]  # today's skipped time was placed at a jump already past
    assert [o.astimezone(person.zone).date() for o in plan.occurrences] == [w[0] for w in wanted]
    for occurrence, (_, instant, exists) in zip(plan.occurrences, wanted, strict=True):
        assert occurrence > now
        if exists:
            assert occurrence == instant
        verdict = _inside_at(person, blocks, occurrence)
        # A time the clocks skip is placed at the jump (the design's rule), inside unless the whole
        # stretch lies in the gap; a calendar file then refuses it, which is the honest outcome.
        assert verdict or not exists, f"{occurrence} is outside the client's hours"
    assert all(a < b for a, b in itertools.pairwise(plan.occurrences))
    assert plan.inside_mine == sum(_inside_at(mine, me[1][1], o) for o in plan.occurrences)


@FAST
@given(
    client=people,
    me=zone_names,
    day=dates,
    due_minute=st.one_of(st.none(), st.integers(0, 1440)),
    ahead_minutes=st.integers(-600, 6 * 1440),
    buffer_hours=st.integers(1, 72),
)
def test_early_delivery_target_is_before_the_deadline_inside_core_time(
    *,
    client: tuple[str, tuple[str, list[tuple[int, int, int]]]],
    me: str,
    day: date,
    due_minute: int | None,
    ahead_minutes: int,
    buffer_hours: int,
) -> None:
    zone, (spec, blocks) = client
    person = _person("client", zone, spec)
    mine = _person("me", me, "daily 08:00-20:00")
    if due_minute is None and not person.hours.on(day.weekday()):
        due_minute = 17 * 60  # "eod" needs hours that day; its error has its own test
    due_at = datetime.combine(day, time(), person.zone)  # only to place now near the deadline
    now = due_at.astimezone(UTC) - timedelta(minutes=ahead_minutes)
    buffer = timedelta(hours=buffer_hours)
    plan = deadline(person, mine, Due(day, due_minute), now, buffer)
    margin = timedelta(minutes=30)

    if plan.target is None:
        assert not plan.buffer_kept
        # No core minute at all from now to a margin before the deadline.
        if plan.due - margin > now:
            begin = now.replace(second=0, microsecond=0)
            minutes = _index(begin, plan.due - margin) + 1
            mask = inside_mask(person.zone, blocks, begin, minutes)
            assert not any(mask[1:]), "a core minute lay ahead of the deadline, yet no target"
        return
    target = plan.target
    assert now <= target < plan.due
    assert _inside_at(person, blocks, target), "the target lies outside the client's core time"
    limit = plan.due - buffer if plan.buffer_kept else plan.due - margin
    assert target <= limit
    if plan.buffer_kept or target > now:
        # Moved back no further than needed: from a margin after the target up to the limit the
        # client is not at work (else a later target would do).
        begin = target.replace(second=0, microsecond=0)
        minutes = _index(begin, limit) + 1
        if minutes > 1:
            mask = inside_mask(person.zone, blocks, begin, minutes)
            after = _index(begin, target + margin) + 1
            assert not any(mask[after:minutes]), "a later moment inside core time was passed over"
