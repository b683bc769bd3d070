"""The proposal as one plain state: the options the text numbers, what the freelancer should know about
each, and the text — judged on each option's own dates, never on what a view shows."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from app.hours import parse_hours
from app.intervals import Interval
from app.overlap import inside_hours
from app.people import Person
from app.proposal_state import Concern, choose, concerns, export_file_name, greeting_for, propose
from app.ranking import rank_options
from tests.oracle import inside_mask
from tests.strategies import hours_specs, zone_names

MINUTE = timedelta(minutes=1)
NY, BERLIN, TOKYO = ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Tokyo")
ME = Person("Aiko", TOKYO, parse_hours("mon-fri 07:00-09:00 19:00-24:00; sat 10:00-13:00"), "JP")
SARAH = Person("Sarah", NY, parse_hours("mon-fri 09:00-17:00"), "US")
JONAS = Person("Jonas", BERLIN, parse_hours("mon-fri 09:00-17:00"), "DE-BY")
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # Friday evening in Tokyo


def at(zone: ZoneInfo, *fields: int, minutes: int = 30) -> Interval:
    start = datetime(*fields, tzinfo=zone).astimezone(UTC)  # type: ignore[misc]
    return Interval(start, start + timedelta(minutes=minutes))


def test_a_slot_inside_everyones_hours_has_no_concern() -> None:
    slot = at(NY, 2026, 12, 7, 9, 0)  # Mon 9:00 New York, Mon 23:00 Tokyo
    assert concerns(slot, [ME, SARAH], NOW) == ()


def test_the_note_is_judged_on_the_slots_own_dates() -> None:
    """The first round's panel judged a slot against the days on screen: a slot a week ahead, inside
    both people's hours, was marked "outside usual hours" while the view showed this week."""
    slot = at(NY, 2026, 12, 11, 9, 0)  # Friday 11 December, 9:00 New York = Fri 23:00 Tokyo
    assert concerns(slot, [ME, SARAH], NOW) == ()


def test_whose_hours_a_slot_leaves_and_whose_holiday_it_is() -> None:
    christmas = at(NY, 2026, 12, 25, 10, 0)
    found = concerns(christmas, [ME, SARAH, JONAS], NOW)
    assert Concern("holiday", 1, "Sarah", "Christmas Day") in found
    assert Concern("holiday", 2, "Jonas", "Christmas Day") in found
    assert Concern("outside_hours", 0, "Aiko") in found  # midnight in Tokyo
    assert Concern("outside_hours", 2, "Jonas") not in found  # 10:00 New York is 16:00 in Berlin
    late = concerns(at(NY, 2026, 12, 22, 12, 0), [ME, SARAH, JONAS], NOW)  # 18:00 in Berlin
    assert late == (Concern("outside_hours", 0, "Aiko"), Concern("outside_hours", 2, "Jonas"))
    early = concerns(at(NY, 2026, 12, 8, 6, 0), [ME, SARAH], NOW)
    assert early == (Concern("outside_hours", 1, "Sarah"),)


def test_a_slot_that_has_begun_is_past() -> None:
    slot = Interval(NOW - timedelta(days=3), NOW - timedelta(days=3) + timedelta(minutes=30))
    assert concerns(slot, [ME, SARAH], NOW)[0] == Concern("past", 0, "Aiko")


def test_a_slot_over_the_freelancers_busy_time_is_busy() -> None:
    call = at(NY, 2026, 12, 7, 9, 0)  # Mon 9:00-9:30 New York
    start, end = call.span
    assert concerns(call, [ME, SARAH], NOW, busy=[(end - 60, end + 3600)]) == (Concern("busy", 0, "Aiko"),)
    assert concerns(call, [ME, SARAH], NOW, busy=[(end, end + 3600), (start - 3600, start)]) == ()
    state = propose(
        people=[ME, SARAH], ranked=[], pick=call, count=3, duration=timedelta(minutes=30),
        greetings=["Sarah"], locale="en_US", show_mine=False, now=NOW, busy=[(start, end)],
    )  # fmt: skip
    assert state.choices[0].concerns == (Concern("busy", 0, "Aiko"),)
    assert "busy" not in state.text  # the freelancer's calendar is never the client's business


def test_the_pick_comes_with_the_best_options_that_do_not_overlap_it_numbered_in_time_order() -> None:
    ranked = rank_options(
        [ME, SARAH], client=SARAH, start=NOW, end=NOW + timedelta(days=14),
        duration=timedelta(minutes=30), now=NOW, count=3,
    )  # fmt: skip
    assert len(ranked) == 3
    pick = Interval(ranked[1].interval.start, ranked[1].interval.end)
    choices = choose(ranked, pick, 3, [ME, SARAH], NOW)
    assert [c.number for c in choices] == [1, 2, 3]
    assert [c.interval.start for c in choices] == sorted(c.interval.start for c in choices)
    assert sum(c.picked for c in choices) == 1
    overlapping = Interval(
        ranked[0].interval.start + timedelta(minutes=15), ranked[0].interval.end + timedelta(minutes=15)
    )
    choices = choose(ranked, overlapping, 3, [ME, SARAH], NOW)
    assert ranked[0].interval not in [c.interval for c in choices], "an option under the pick is left out"
    assert len(choices) == 3


def test_the_state_text_numbers_the_options_as_the_choices() -> None:
    ranked = rank_options(
        [ME, SARAH], client=SARAH, start=NOW, end=NOW + timedelta(days=14),
        duration=timedelta(minutes=90), now=NOW, count=3,
    )  # fmt: skip
    state = propose(
        people=[ME, SARAH], ranked=ranked, pick=None, count=3, duration=timedelta(minutes=90),
        greetings=["Sarah"], locale="en_US", show_mine=False, now=NOW,
    )  # fmt: skip
    bullets = [line for line in state.text.splitlines() if line.startswith("- ")]
    assert len(bullets) == len(state.choices) == 3
    assert state.text.startswith("Hello Sarah,\n")
    assert "(90 minutes)" in state.text
    assert all(c.interval.duration == timedelta(minutes=90) for c in state.choices)


def test_a_team_is_greeted_together_and_nameless_clients_neutrally() -> None:
    assert greeting_for(["Sarah", "Tom"], "en_US") == "Sarah and Tom"
    assert greeting_for(["Sarah", "Tom"], "de_DE") == "Sarah und Tom"
    assert greeting_for(["", " "], "en_US") is None
    assert greeting_for(["Jonas"], "de_DE") == "Jonas"


def test_file_names_read_on_the_clients_clock() -> None:
    start = datetime(2026, 12, 7, 14, 0, tzinfo=UTC)
    assert export_file_name("slot", ["Sarah"], start, SARAH) == "call-sarah-2026-12-07-0900.ics"
    assert (
        export_file_name("weekly", ["Jonas Weber"], start, JONAS)
        == "weekly-call-jonas-weber-2026-12-07-1500.ics"
    )
    assert not re.search(r"[/\\\x00]", export_file_name("slot", ["a/b\\c\x00"], start, SARAH))


@settings(max_examples=60, deadline=None)
@given(
    zone=zone_names,
    spec=hours_specs(),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2037, 12, 20)),
    minute=st.integers(0, 1439),
    length=st.sampled_from([15, 30, 60, 90, 120, 240]),
)
def test_inside_hours_agrees_with_the_minute_by_minute_judge(
    zone: str, spec: tuple[str, list[tuple[int, int, int]]], day: date, minute: int, length: int
) -> None:
    text, blocks = spec
    person = Person("p", ZoneInfo(zone), parse_hours(text))
    start = datetime.combine(day, datetime.min.time(), UTC) + timedelta(minutes=minute)
    interval = Interval(start, start + timedelta(minutes=length))
    expected = all(inside_mask(person.zone, blocks, start, length))
    assert inside_hours(interval, person) == expected


@settings(max_examples=40, deadline=None)
@given(
    client_zone=zone_names,
    client_spec=hours_specs(),
    my_spec=hours_specs(),
    days_ahead=st.integers(0, 400),
    minutes=st.sampled_from([30, 60, 90]),
    pick_offset=st.one_of(st.none(), st.integers(-3 * 1440, 14 * 1440)),
)
def test_every_choice_is_sound_or_openly_marked(
    *,
    client_zone: str,
    client_spec: tuple[str, list[tuple[int, int, int]]],
    my_spec: tuple[str, list[tuple[int, int, int]]],
    days_ahead: int,
    minutes: int,
    pick_offset: int | None,
) -> None:
    """Whatever the hours and the pick: the text lists exactly the choices, each of the chosen length;
    a choice outside someone's hours (by the minute judge) carries that concern, and the text marks
    only what concerns the client."""
    now = NOW + timedelta(days=days_ahead)
    me = Person("me", TOKYO, parse_hours(my_spec[0]))
    client = Person("client", ZoneInfo(client_zone), parse_hours(client_spec[0]))
    duration = timedelta(minutes=minutes)
    ranked = rank_options([me, client], client=client, start=now, end=now + timedelta(days=14),
                          duration=duration, now=now, count=3)  # fmt: skip
    pick = None
    if pick_offset is not None:
        start = now + timedelta(minutes=pick_offset // 30 * 30)
        pick = Interval(start, start + duration)
    state = propose(people=[me, client], ranked=ranked, pick=pick, count=3, duration=duration,
                    greetings=["Client"], locale="en_US", show_mine=False, now=now)  # fmt: skip
    bullets = [line for line in state.text.splitlines() if line.startswith("- ")]
    assert len(bullets) == len(state.choices)
    for choice, bullet in zip(state.choices, bullets, strict=True):
        assert choice.interval.duration == duration
        for index, (person, spec) in enumerate(((me, my_spec), (client, client_spec))):
            inside = all(inside_mask(person.zone, spec[1], choice.interval.start, minutes))
            marked = Concern("outside_hours", index, person.name) in choice.concerns
            assert marked == (not inside)
        assert ("(outside your usual hours)" in bullet) == (
            choice.outside_client_hours and not all(c.outside_client_hours for c in state.choices)
        )
        assert (Concern("past", 0, "me") in choice.concerns) == (choice.interval.start < now)
        assert choice.picked or choice.interval.start >= now, "suggestions are never in the past"
