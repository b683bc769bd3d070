"""The hours grammar: what parses, what it means, what is refused and how it reads back."""

from __future__ import annotations

import pytest
from hypothesis import given

from app.hours import Block, HoursError, WeeklyHours, format_hours, parse_hours
from tests.strategies import hours_specs


@pytest.mark.parametrize(
    ("spec", "blocks"),
    [
        ("mon-fri 09:00-17:00", [(d, 540, 1020) for d in range(5)]),
        (
            "mon-fri 07:00-09:00 20:00-24:00; sat 09:00-12:00",
            [(d, s, e) for d in range(5) for s, e in ((420, 540), (1200, 1440))] + [(5, 540, 720)],
        ),
        ("mon-fri 22:00-02:00", [(d, 1320, 120) for d in range(5)]),
        ("fri-mon 10:00-11:00", [(d, 600, 660) for d in (4, 5, 6, 0)]),
        ("mon,wed,fri 08:30-12:15", [(d, 510, 735) for d in (0, 2, 4)]),
        ("daily 00:00-24:00", [(d, 0, 1440) for d in range(7)]),
        ("  MON  09:00-10:00 ;; ", [(0, 540, 600)]),
        ("sun 23:00-00:00", [(6, 1380, 1440)]),
        ("mon-wed,sat 09:00-10:00", [(d, 540, 600) for d in (0, 1, 2, 5)]),
    ],
)
def test_parse_means_these_blocks(spec: str, blocks: list[tuple[int, int, int]]) -> None:
    assert parse_hours(spec) == WeeklyHours.of([Block(*b) for b in blocks])


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("", "empty"),
        ("   ;  ", "empty"),
        ("mon-fri", "at least one range"),
        ("09:00-17:00", "at least one range"),
        ("mon-fri 9:00-17:00", "HH:MM"),
        ("mon-fri 09:00-17:60", "minutes run 00..59"),
        ("mon-fri 25:00-26:00", "hours run 00..23"),
        ("mon-fri 24:00-02:00", "cannot start at 24:00"),
        ("mon-fri 09:00-09:00", "00:00-24:00"),
        ("mon-fri 09:00", "HH:MM-HH:MM"),
        ("mon-fri 09:00-10:00-11:00", "HH:MM-HH:MM"),
        ("monday 09:00-10:00", "'monday' is not a day"),
        ("mon-fri-sat 09:00-10:00", "not a day range"),
        ("mon,,fri 09:00-10:00", "empty day"),
        ("mon 09:00-10:00\x00", "control character"),
        ("mon 24:01-02:00", "hours run 00..23"),
    ],
)
def test_bad_hours_say_what_is_wrong(spec: str, says: str) -> None:
    with pytest.raises(HoursError, match=None) as caught:
        parse_hours(spec)
    assert says in str(caught.value)


def test_block_properties() -> None:
    night = Block(0, 1320, 120)
    assert night.crosses_midnight
    assert night.minutes == 240
    assert night.end_day_offset == 1
    day = Block(0, 540, 1440)
    assert not day.crosses_midnight
    assert day.minutes == 900
    assert day.end_day_offset == 0


def test_format_is_canonical_and_compact() -> None:
    assert format_hours(parse_hours("mon-sun 09:00-10:00")) == "daily 09:00-10:00"
    assert format_hours(parse_hours("sat,sun,fri,mon 10:00-11:00")) == "fri-mon 10:00-11:00"
    assert format_hours(parse_hours("mon 20:00-24:00 07:00-09:00")) == "mon 07:00-09:00 20:00-24:00"
    assert format_hours(parse_hours("mon 22:00-00:00")) == "mon 22:00-24:00"
    assert format_hours(parse_hours("tue,thu 09:00-10:00")) == "tue,thu 09:00-10:00"


def test_types_are_checked_with_plain_messages() -> None:
    with pytest.raises(TypeError, match="Use str"):
        parse_hours(42)  # type: ignore[arg-type]
    with pytest.raises(HoursError):
        Block(7, 0, 60)


@given(hours_specs())
def test_parse_means_what_the_text_says(case: tuple[str, list[tuple[int, int, int]]]) -> None:
    spec, blocks = case
    assert sorted((b.weekday, b.start, b.end) for b in parse_hours(spec).blocks) == blocks


@given(hours_specs())
def test_format_reads_back_to_the_same_hours(case: tuple[str, list[tuple[int, int, int]]]) -> None:
    hours = parse_hours(case[0])
    text = format_hours(hours)
    assert parse_hours(text) == hours
    assert format_hours(parse_hours(text)) == text
