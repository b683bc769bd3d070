"""Named ranking cases: notice, holidays on each person's own date, comfort, least-bad, bad arguments."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.hours import parse_hours
from app.overlap import day_range
from app.people import Person
from app.publicholidays import HolidayError, parse_holiday_code
from app.ranking import Option, rank_options

TOKYO, NEW_YORK, BERLIN = ZoneInfo("Asia/Tokyo"), ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin")


def _rank(me: Person, client: Person, first: date, days: int, now: datetime, **kw: object) -> list[Option]:
    span = day_range(first, days, me.zone)
    return rank_options(
        [me, client], client=client, start=span.start, end=span.end,
        duration=kw.pop("duration", timedelta(minutes=30)), now=now, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def test_tokyo_and_new_york_spread_over_client_days() -> None:
    me = Person("me", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("client", NEW_YORK, parse_hours("mon-fri 09:00-17:00"))
    options = _rank(me, client, date(2026, 3, 9), 7, datetime(2026, 3, 8, tzinfo=UTC))
    local = [o.interval.start.astimezone(NEW_YORK) for o in options]
    assert len({d.date() for d in local}) == 3
    for start in local:
        assert (start.hour, start.minute) in {(9, 0), (9, 30), (10, 0), (10, 30)}
        assert start.weekday() < 5


def test_notice_keeps_the_first_hours_free() -> None:
    me = Person("me", TOKYO, parse_hours("daily 00:00-24:00"))
    client = Person("client", NEW_YORK, parse_hours("daily 09:00-17:00"))
    now = datetime(2026, 6, 1, 13, 10, tzinfo=UTC)  # 09:10 in New York
    options = _rank(me, client, date(2026, 6, 1), 3, now, notice=timedelta(hours=12), count=5)
    assert all(o.interval.start >= now + timedelta(hours=12) for o in options)
    assert options[0].interval.start.astimezone(NEW_YORK).date() == date(2026, 6, 2)


def test_step_of_fifteen_minutes_allows_quarter_hours() -> None:
    me = Person("me", BERLIN, parse_hours("mon 09:15-09:45"))
    client = Person("client", BERLIN, parse_hours("mon 09:00-10:00"))
    assert all(
        o.outside_hours for o in _rank(me, client, date(2026, 6, 1), 1, datetime(2026, 5, 1, tzinfo=UTC))
    )
    options = _rank(me, client, date(2026, 6, 1), 1, datetime(2026, 5, 1, tzinfo=UTC), step_minutes=15)
    assert [o.interval.start.astimezone(BERLIN).strftime("%H:%M") for o in options] == ["09:15"]


def test_us_thanksgiving_is_not_offered() -> None:
    me = Person("me", BERLIN, parse_hours("mon-fri 14:00-20:00"))
    client = Person("client", NEW_YORK, parse_hours("mon-fri 09:00-13:00"), "US")
    now = datetime(2026, 11, 1, tzinfo=UTC)
    options = _rank(me, client, date(2026, 11, 23), 5, now, count=5)
    days = {o.interval.start.astimezone(NEW_YORK).date() for o in options}
    assert date(2026, 11, 26) not in days
    assert len(days) == 4


def test_a_holiday_is_judged_on_its_owners_own_date() -> None:
    # Sunday evening in New York is Monday morning in Tokyo; Mon 12 Jan 2026 is Coming of Age Day in Japan.
    client = Person("client", NEW_YORK, parse_hours("sun 19:00-22:00"), "US")
    now = datetime(2026, 1, 1, tzinfo=UTC)
    free = _rank(Person("me", TOKYO, parse_hours("mon 09:00-12:00")), client, date(2026, 1, 12), 1, now)
    assert {o.interval.start.astimezone(NEW_YORK).day for o in free} == {11}
    assert not any(o.outside_hours for o in free)
    me = Person("me", TOKYO, parse_hours("mon 09:00-12:00"), "JP")
    blocked = _rank(me, client, date(2026, 1, 12), 1, now)
    assert all(o.outside_hours for o in blocked)
    assert all(o.interval.start.astimezone(TOKYO).date() != date(2026, 1, 12) for o in blocked)


def test_the_freelancers_small_hours_are_avoided_when_possible() -> None:
    me = Person("me", TOKYO, parse_hours("daily 00:00-24:00"))
    client = Person("client", NEW_YORK, parse_hours("mon-fri 09:00-17:00"))
    options = _rank(me, client, date(2026, 1, 12), 5, datetime(2026, 1, 1, tzinfo=UTC))
    assert len(options) == 3
    for option in options:
        assert not 0 <= option.interval.start.astimezone(TOKYO).hour < 6
        assert not 0 < option.interval.end.astimezone(TOKYO).hour < 6


def test_nothing_fits_gives_the_least_bad_marked() -> None:
    me = Person("me", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("client", BERLIN, parse_hours("mon-fri 09:00-12:00"))
    options = _rank(
        me, client, date(2026, 3, 2), 3, datetime(2026, 3, 1, tzinfo=UTC), duration=timedelta(minutes=45)
    )
    assert [o.outside_hours for o in options] == [True, True, True]
    # 11:30-12:15 in Berlin is 19:30-20:15 in Tokyo: 15 minutes over Berlin's day, 30 before Tokyo's.
    assert {o.interval.start.astimezone(BERLIN).strftime("%H:%M") for o in options} == {"11:30"}
    assert {o.outside_minutes for o in options} == {45}


def test_same_input_same_output() -> None:
    me = Person("me", TOKYO, parse_hours("mon-fri 07:00-09:00 20:00-24:00; sat 09:00-12:00"), "JP")
    client = Person("client", NEW_YORK, parse_hours("mon-fri 09:00-17:00"), "US")
    now = datetime(2026, 4, 1, 3, 4, 5, tzinfo=UTC)
    assert _rank(me, client, date(2026, 4, 1), 30, now) == _rank(me, client, date(2026, 4, 1), 30, now)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"count": 0}, "at least one option"),
        ({"duration": timedelta(0)}, "more than nothing"),
        ({"duration": timedelta(days=2)}, "at most a day"),
        ({"duration": timedelta(seconds=90)}, "whole number of minutes"),
        ({"step_minutes": 7}, "must divide an hour"),
        ({"now": datetime(2026, 1, 1)}, "timezone-aware"),
    ],
)
def test_bad_arguments_are_refused(change: dict[str, object], says: str) -> None:
    me = Person("me", TOKYO, parse_hours("daily 00:00-24:00"))
    args: dict[str, object] = {"now": datetime(2026, 1, 1, tzinfo=UTC), **change}
    with pytest.raises(ValueError, match=says):
        _rank(me, me, date(2026, 1, 5), 1, **args)  # type: ignore[arg-type]


def test_the_client_must_take_part() -> None:
    me = Person("me", TOKYO, parse_hours("daily 00:00-24:00"))
    other = Person("client", BERLIN, parse_hours("daily 00:00-24:00"))
    span = day_range(date(2026, 1, 5), 1, TOKYO)
    with pytest.raises(ValueError, match="one of the people"):
        rank_options([me], client=other, start=span.start, end=span.end, duration=timedelta(minutes=30),
                     now=datetime(2026, 1, 1, tzinfo=UTC))  # fmt: skip


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("XX", "no public holidays known for country 'XX'"),
        ("DE-ZZ", "DE has no subdivision 'ZZ'; its subdivisions are: BB, BE, BW, BY"),
        ("usa", "not a holiday code"),
        ("", "not a holiday code"),
        ("DE-BY-X", "not a holiday code"),
    ],
)
def test_bad_holiday_codes_say_what_is_accepted(code: str, says: str) -> None:
    with pytest.raises(HolidayError, match=says):
        parse_holiday_code(code)


def test_holiday_codes_are_case_insensitive() -> None:
    assert str(parse_holiday_code("de-by")) == "DE-BY"
    assert str(parse_holiday_code(" jp ")) == "JP"


def test_an_unknown_holiday_code_on_a_person_is_refused_by_ranking() -> None:
    me = Person("me", TOKYO, parse_hours("daily 00:00-24:00"), "ZZ")
    with pytest.raises(HolidayError):
        _rank(me, me, date(2026, 1, 5), 1, datetime(2026, 1, 1, tzinfo=UTC))
