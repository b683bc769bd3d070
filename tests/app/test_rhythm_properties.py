"""Client-now status, check-in plans and deadline targets agree with the minute-by-minute judge in every
IANA zone, 2000–2037."""

from __future__ import annotations

import itertools
import math
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.checkin import CheckinPlan, checkin_calendar, checkin_time
from app.deadline import Due, deadline
from app.hours import parse_hours
from app.people import Person
from app.rhythm import client_status
from app.zones import Edge, wall_seconds
from tests.oracle import Clock, inside_mask
from tests.strategies import clock_changes_in, dates, hours_specs, zone_names

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
    now = datetime.combine(day, time(), UTC) + timedelta(minutes=minute)
    _check_checkin(zone, spec, blocks, me, now)


@st.composite
def checkins_at_a_clock_change(
    draw: st.DrawFn,
) -> tuple[
    str, str, list[tuple[int, int, int]], tuple[str, tuple[str, list[tuple[int, int, int]]]], datetime
]:
    """A client whose day starts at (or a quarter hour either side of) the wall time their clocks change
    at — London's 01:00, Sydney's 02:00, Santiago's and Havana's 00:00 — planned from up to a year ahead."""
    zone = draw(st.sampled_from(CHANGING))
    year = draw(st.integers(2000, 2037))
    changes = next(
        found
        for y in [*range(year, 2038), *range(2000, year)]
        if (found := clock_changes_in(ZoneInfo(zone), y))
    )
    instant, wall = draw(st.sampled_from(changes))
    start = (wall.hour * 60 + wall.minute + draw(st.sampled_from([-15, 0, 0, 0, 15]))) % 1440
    end = (start + draw(st.sampled_from([60, 240, 480]))) % 1440 or 1440
    days = draw(st.sampled_from(["daily", "mon-fri", DAYS[wall.weekday()]]))
    spec = f"{days} {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
    blocks = [(b.weekday, b.start, b.end) for b in parse_hours(spec).blocks]
    now = instant - timedelta(days=draw(st.integers(0, 300)), minutes=draw(st.integers(0, 1439)))
    return zone, spec, blocks, draw(people), now


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=checkins_at_a_clock_change())
def test_checkin_whose_day_starts_at_a_clock_change(
    case: tuple[
        str, str, list[tuple[int, int, int]], tuple[str, tuple[str, list[tuple[int, int, int]]]], datetime
    ],
) -> None:
    plan = _check_checkin(*case)
    if not plan.occurrences:
        return
    # The reminder file holds exactly the plan's reminders, as icalendar + recurring-ical-events read it.
    calendar = icalendar.Calendar.from_ical(checkin_calendar(plan, now=case[-1]))
    read = recurring_ical_events.of(calendar).between(datetime(1999, 1, 1), datetime(2040, 1, 1))
    assert sorted(item["DTSTART"].dt.astimezone(UTC) for item in read) == list(plan.occurrences)


def _check_checkin(
    zone: str,
    spec: str,
    blocks: list[tuple[int, int, int]],
    me: tuple[str, tuple[str, list[tuple[int, int, int]]]],
    now: datetime,
) -> CheckinPlan:
    person = _person("client", zone, spec)
    mine = _person("me", me[0], me[1][0])
    plan = checkin_time(person, mine, now)
    if plan.moved:
        event("a reminder the clocks skip")

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

    # Each shift on the freelancer's clock is named after the clocks that moved it: the freelancer's
    # offset at the reminder, and the client's wall time less the instant it is placed at.
    expected_shifts = []
    for (a, (day_a, _, _)), (b, (day_b, _, _)) in itertools.pairwise(
        zip(plan.occurrences, wanted, strict=True)
    ):
        theirs_a = datetime.combine(day_a, wall) - a.replace(tzinfo=None)
        theirs_b = datetime.combine(day_b, wall) - b.replace(tzinfo=None)
        mine_a, mine_b = a.astimezone(mine.zone).utcoffset(), b.astimezone(mine.zone).utcoffset()
        assert mine_a is not None
        assert mine_b is not None
        if mine_a - theirs_a != mine_b - theirs_b:
            zones = [z for z, x, y in ((zone, theirs_a, theirs_b), (me[0], mine_a, mine_b)) if x != y]
            expected_shifts.append((b, zones))
    # In UTC: PEP 495 makes a wall time that happens twice unequal to every instant of another zone.
    assert [(s.after.astimezone(UTC), list(s.zones)) for s in plan.shifts] == expected_shifts
    assert all(s.zones for s in plan.shifts), "every shift names the clocks that moved it"
    # A reminder whose wall time the clocks skip comes at the jump, and the plan says so.
    skipped = [
        (local, o) for o, (local, _, exists) in zip(plan.occurrences, wanted, strict=True) if not exists
    ]
    assert [(m.day, m.at) for m in plan.moved] == skipped
    return plan


CHANGING = [
    "America/New_York", "Europe/London", "America/Santiago", "America/Havana", "Asia/Tehran",
    "Australia/Sydney", "Antarctica/Troll", "Europe/Dublin", "Australia/Lord_Howe", "Pacific/Chatham",
]  # fmt: skip
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _deliverable(
    person: Person, blocks: list[tuple[int, int, int]], begin: datetime, minutes: int
) -> list[bool]:
    """The judge's delivery moments, per UTC minute from ``begin``: inside core time with the next half
    hour inside too (the margin), and reading :00/:15/:30/:45 on the client's clock or starting a stretch."""
    margin = 30
    mask = inside_mask(person.zone, blocks, begin, minutes + margin)
    walls = Clock(person.zone, begin, minutes).walls
    runs = [0] * (minutes + margin + 1)
    for i in range(minutes + margin - 1, -1, -1):
        runs[i] = runs[i + 1] + 1 if mask[i] else 0
    return [
        runs[i] >= margin
        and ((walls[i].minute % 15 == 0 and walls[i].second == 0) or (i > 0 and not mask[i - 1]))
        for i in range(minutes)
    ]


def _check_deadline(
    person: Person, blocks: list[tuple[int, int, int]], due: Due, now: datetime, buffer: timedelta
) -> None:
    plan = deadline(person, _person("me", "Asia/Tokyo", "daily 08:00-20:00"), due, now, buffer)
    margin = timedelta(minutes=30)
    # Judged from a little before now (the first minute counts as a stretch start only if the one before
    # it is outside) to the deadline.
    begin = now.replace(second=0, microsecond=0) - MINUTE
    if plan.due <= begin:
        assert plan.target is None
        return
    minutes = _index(begin, plan.due) + 1
    good = _deliverable(person, blocks, begin, minutes)
    moments = [begin + i * MINUTE for i in range(minutes) if good[i] and begin + i * MINUTE >= now]
    kept = [m for m in moments if m <= plan.due - buffer]
    late = [m for m in moments if m <= plan.due - margin]
    event("buffer kept" if kept else "buffer not kept" if late else "no target")
    if kept:
        assert plan.buffer_kept
        assert plan.target == kept[-1], f"the judge's latest moment is {kept[-1]}, not {plan.target}"
    elif late:
        assert not plan.buffer_kept
        assert plan.target == late[-1], f"the judge's latest moment is {late[-1]}, not {plan.target}"
    else:
        assert plan.target is None
        assert not plan.buffer_kept


@FAST
@given(
    client=people,
    day=dates,
    due_minute=st.one_of(st.none(), st.integers(0, 1440)),
    ahead_minutes=st.integers(-600, 4 * 1440),
    buffer_hours=st.integers(1, 48),
)
def test_early_delivery_target_agrees_with_the_judge(
    *,
    client: tuple[str, tuple[str, list[tuple[int, int, int]]]],
    day: date,
    due_minute: int | None,
    ahead_minutes: int,
    buffer_hours: int,
) -> None:
    zone, (spec, blocks) = client
    person = _person("client", zone, spec)
    if due_minute is None and not person.hours.on(day.weekday()):
        due_minute = 17 * 60  # "eod" needs hours that day; its error has its own test
    due_at = datetime.combine(day, time(), person.zone)  # only to place now near the deadline
    now = due_at.astimezone(UTC) - timedelta(minutes=ahead_minutes)
    _check_deadline(person, blocks, Due(day, due_minute), now, timedelta(hours=buffer_hours))


@st.composite
def short_stretches(draw: st.DrawFn) -> tuple[Person, list[tuple[int, int, int]], Due, datetime, timedelta]:
    """A client with stretches from 5 minutes to two hours (often under an hour), a deadline at the end
    of one of them or at the end of the day, ``now`` inside the last stretch before it (or just before
    it), and a buffer from nothing to ninety minutes."""
    zone = draw(
        st.one_of(zone_names, st.sampled_from(CHANGING))
    )  # zones whose clock changes fall in the small hours
    day = draw(dates)
    start = draw(st.integers(0, 1439))
    length = draw(st.one_of(st.integers(5, 59), st.integers(30, 59), st.integers(60, 120)))
    end = (start + length) % 1440 or 1440
    days = sorted({day.weekday(), *draw(st.lists(st.integers(0, 6), max_size=3))})
    blocks = [(d, start, end) for d in days]
    spec = (
        ",".join(DAYS[d] for d in days)
        + f" {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
    )
    due = (
        Due(day, None)
        if draw(st.booleans())
        else Due(day, end if start < end else draw(st.integers(0, 1440)))
    )
    person = _person("client", zone, spec)
    stretch_end = wall_seconds(day, start + length, person.zone, Edge.END)
    now = datetime.fromtimestamp(stretch_end, UTC) - timedelta(minutes=draw(st.integers(0, length + 30)))
    buffer = timedelta(minutes=draw(st.sampled_from([0, 1, 6, 15, 29, 30, 31, 45, 90])))
    return person, blocks, due, now, buffer


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=short_stretches())
def test_delivery_in_short_stretches_and_with_now_inside_the_last_one(
    case: tuple[Person, list[tuple[int, int, int]], Due, datetime, timedelta],
) -> None:
    _check_deadline(*case)


def test_a_target_keeps_its_margin_when_now_is_inside_the_last_stretch() -> None:
    # 16:20 in New York, the deadline at 17:00 with six minutes' buffer: 16:30 keeps half an hour.
    client = _person("client", "America/New_York", "mon-fri 09:00-17:00")
    now = datetime(2026, 3, 11, 20, 20, tzinfo=UTC)
    plan = deadline(client, _person("me", "Asia/Tokyo", "mon-fri 09:00-17:00"), "2026-03-11 17:00", now,
                    timedelta(minutes=6))  # fmt: skip
    assert plan.target == datetime(2026, 3, 11, 20, 30, tzinfo=UTC)
    assert plan.buffer_kept


def test_a_stretch_under_an_hour_gives_a_quarter_hour_with_the_margin_or_nothing() -> None:
    me = _person("me", "Asia/Tokyo", "mon-fri 09:00-17:00")
    short = _person("client", "America/New_York", "mon-fri 09:00-09:45")
    plan = deadline(short, me, "2026-03-11 17:00", datetime(2026, 3, 1, tzinfo=UTC))
    assert plan.target_client is not None
    assert f"{plan.target_client:%a %H:%M:%S}" == "Tue 09:15:00"
    shorter = _person("client", "America/New_York", "mon-fri 09:00-09:20")
    assert deadline(shorter, me, "2026-03-11 17:00", datetime(2026, 3, 1, tzinfo=UTC)).target is None
    odd = _person("client", "America/New_York", "mon-fri 09:05-09:40")
    plan = deadline(odd, me, "2026-03-11 17:00", datetime(2026, 3, 1, tzinfo=UTC))
    assert plan.target_client is not None
    assert f"{plan.target_client:%a %H:%M}" == "Tue 09:05", "the start they wrote, when no quarter hour fits"
