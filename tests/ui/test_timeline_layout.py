"""The timeline's geometry, computed without a screen: clock changes, 45-minute zones, legibility by width."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.hours import parse_hours
from app.intervals import Interval
from app.people import Person
from app.timeline import ViewMode, timeline_facts, view_span
from ui.timeline_layout import Kind, Metrics, TimelineLayout, layout_timeline, reselect

TOKYO = ZoneInfo("Asia/Tokyo")
NY = ZoneInfo("America/New_York")
KATHMANDU = ZoneInfo("Asia/Kathmandu")

METRICS = Metrics(
    line_height=16.0,
    text_width=lambda text: 7.0 * len(text),
    clock=lambda wall: f"{wall:%H:%M}",
    weekday=lambda wall: f"{wall:%a}",
    day=lambda wall: f"{wall:%a %d %b}",
)


def layout(
    people: list[Person], first: date, mode: ViewMode, width: float = 1200, **extra: object
) -> TimelineLayout:
    facts = timeline_facts(people, view_span(first, mode, people[0].zone))
    names = [p.name for p in people]
    return layout_timeline(facts, names, names, width=width, height=500, metrics=METRICS, **extra)  # type: ignore[arg-type]


def texts(result: TimelineLayout, kind: Kind) -> list[str]:
    return [label.text for label in result.labels if label.kind is kind]


def test_a_column_reads_both_clocks() -> None:
    me = Person("you", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("New York", NY, parse_hours("mon-fri 09:00-17:00"))
    result = layout([me, client], date(2026, 3, 9), ViewMode.DAY)
    mine = {
        round(label.rect.x + label.rect.w / 2): label.text
        for label in result.labels
        if label.kind is Kind.AXIS_ME
    }
    theirs = {
        round(label.rect.x + label.rect.w / 2): label.text
        for label in result.labels
        if label.kind is Kind.AXIS_OTHER
    }
    column = next(x for x, text in mine.items() if text == "23:00")
    assert theirs[column] == "10:00", "23:00 you / 10:00 New York (summer time there since 8 March)"
    shared = [box for box in result.boxes if box.kind is Kind.SHARED]
    assert len(shared) == 1
    assert shared[0].rect.x == pytest.approx(result.x_of(datetime(2026, 3, 9, 13, tzinfo=UTC)))
    assert "2 h" in texts(result, Kind.SHARED_LABEL)


def test_spring_forward_day_marks_the_change_where_it_happens() -> None:
    me = Person("you", NY, parse_hours("daily 09:00-17:00"))
    client = Person("Tokyo", TOKYO, parse_hours("daily 09:00-17:00"))
    result = layout([me, client], date(2026, 3, 8), ViewMode.DAY)
    assert result.end - result.start == 24 * 3600, "24 hours from 00:00, though the day has 23"
    (line,) = [line for line in result.lines if line.kind is Kind.CLOCK_CHANGE]
    assert line.x1 == pytest.approx(result.x_of(datetime(2026, 3, 8, 7, tzinfo=UTC)))
    assert texts(result, Kind.CLOCK_CHANGE) == ["clock +1 h"]
    assert "02:00" not in texts(result, Kind.AXIS_ME), "02:00 never happens in New York that night"
    # The hours band keeps 09:00-17:00 on the New York clock: 13:00-21:00 UTC after the change.
    (band,) = [b for b in result.boxes if b.kind is Kind.HOURS and b.rect.y < result.lane_tops[1]]
    assert band.rect.x == pytest.approx(result.x_of(datetime(2026, 3, 8, 13, tzinfo=UTC)))
    assert band.rect.right == pytest.approx(result.x_of(datetime(2026, 3, 8, 21, tzinfo=UTC)))


def test_fall_back_week_shows_a_negative_change() -> None:
    me = Person("you", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("New York", NY, parse_hours("mon-fri 09:00-17:00"))
    result = layout([me, client], date(2026, 10, 28), ViewMode.WEEK)  # New York falls back on Sun 1 Nov
    assert texts(result, Kind.CLOCK_CHANGE) == ["clock −1 h"]


def test_kathmandu_columns_read_quarter_hours() -> None:
    me = Person("you", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("Kathmandu", KATHMANDU, parse_hours("sun-fri 10:00-18:00"))
    result = layout([me, client], date(2026, 3, 9), ViewMode.DAY)
    theirs = texts(result, Kind.AXIS_OTHER)
    assert theirs
    assert all(text.endswith(":45") for text in theirs), theirs
    (shared,) = [b for b in result.boxes if b.kind is Kind.SHARED]
    # Tokyo 20:00 is 16:45 in Kathmandu; the client's day ends at 18:00, 21:15 in Tokyo.
    assert shared.rect.x == pytest.approx(result.x_of(datetime(2026, 3, 9, 11, tzinfo=UTC)))
    assert shared.rect.right == pytest.approx(result.x_of(datetime(2026, 3, 9, 12, 15, tzinfo=UTC)))


def test_narrow_views_use_coarser_columns() -> None:
    me = Person("you", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    wide = layout([me], date(2026, 3, 9), ViewMode.DAY, width=3840)
    narrow = layout([me], date(2026, 3, 9), ViewMode.DAY, width=500)
    assert wide.tick_hours == 1
    assert narrow.tick_hours > 1


def test_options_selection_and_now_are_placed_and_hit() -> None:
    me = Person("you", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("New York", NY, parse_hours("mon-fri 09:00-17:00"))
    start = datetime(2026, 3, 9, 13, tzinfo=UTC)
    options = [Interval(start, start + timedelta(minutes=30))]
    now = datetime(2026, 3, 9, 3, tzinfo=UTC)
    result = layout(
        [me, client], date(2026, 3, 9), ViewMode.DAY, options=options, selection=options[0], now=now
    )
    (hit, index) = result.option_hits[0]
    assert index == 0
    assert result.option_at(hit.x + hit.w / 2, hit.y + 1) == 0
    assert result.option_at(hit.x - 50, hit.y + 1) is None
    (selection,) = [b for b in result.boxes if b.kind is Kind.SELECTION]
    assert selection.rect.x == pytest.approx(result.x_of(start))
    assert selection.rect.y == result.lane_tops[0], "a band through every row"
    assert texts(result, Kind.SELECTION_LABEL) == ["22:00–22:30 you", "09:00–09:30 New York"], (
        "each row reads the pick on its own clock, and names it"
    )
    now_lines = [line for line in result.lines if line.kind is Kind.NOW]
    assert len(now_lines) == 3, "through both rows' bands and the shared row"
    assert all(line.x1 == pytest.approx(result.x_of(now)) for line in now_lines)
    assert result.seconds_at(result.x_of(start)) == pytest.approx(start.timestamp())


def test_alone_the_freelancer_gets_a_hint() -> None:
    me = Person("you", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    result = layout([me], date(2026, 3, 9), ViewMode.DAY)
    assert texts(result, Kind.HINT) == ["Select a client to see the time you share"]


def test_reselecting_equals_laying_out_again() -> None:
    """A drag only moves the selection, so the view swaps it into the last layout: the result must be
    exactly what a full layout with the new selection gives, selection label before the "now" label."""
    me = Person("you", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("New York", NY, parse_hours("mon-fri 09:00-17:00"))
    facts = timeline_facts([me, client], view_span(date(2026, 3, 9), ViewMode.WEEK, TOKYO))
    start = datetime(2026, 3, 9, 13, tzinfo=UTC)
    picks = [
        None,
        Interval(start, start + timedelta(minutes=30)),
        Interval(
            start + timedelta(days=6, hours=14), start + timedelta(days=6, hours=15)
        ),  # at the right edge
        Interval(start - timedelta(days=30), start - timedelta(days=29)),  # outside the view
    ]
    for now in (None, start + timedelta(hours=2)):
        for before, after in itertools.product(picks, picks):
            common = {"width": 1200.0, "height": 500.0, "metrics": METRICS, "now": now}
            old = layout_timeline(facts, ["you", "NY"], ["you", "NY"], selection=before, **common)  # type: ignore[arg-type]
            new = layout_timeline(facts, ["you", "NY"], ["you", "NY"], selection=after, **common)  # type: ignore[arg-type]
            assert reselect(old, facts, METRICS, after, ["you", "NY"]) == new


def test_busy_time_is_hatched_on_the_freelancers_band_only_where_the_view_shows_it() -> None:
    me = Person("you", TOKYO, parse_hours("mon-fri 20:00-24:00"))
    client = Person("New York", NY, parse_hours("mon-fri 09:00-17:00"))
    block = Interval(datetime(2026, 3, 9, 13, tzinfo=UTC), datetime(2026, 3, 9, 15, tzinfo=UTC))  # 22–24 you
    later = Interval(datetime(2026, 3, 20, 13, tzinfo=UTC), datetime(2026, 3, 20, 15, tzinfo=UTC))
    result = layout([me, client], date(2026, 3, 9), ViewMode.DAY, busy=[block, later])
    (busy,) = [box.rect for box in result.boxes if box.kind is Kind.BUSY]
    assert busy.x == pytest.approx(result.x_of(block.start))
    assert busy.right == pytest.approx(result.x_of(block.end))
    top = result.lane_tops[0] + result.strip  # under the freelancer's hours, above the client's row
    assert busy.y == pytest.approx(top)
    assert busy.bottom == pytest.approx(result.lane_tops[1])
    assert not [
        box for box in layout([me, client], date(2026, 3, 9), ViewMode.DAY).boxes if box.kind is Kind.BUSY
    ]
