"""The timeline's check-in markers, placed without a screen: one per check-in in view, in the client lane."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.hours import parse_hours
from app.people import Person
from app.timeline import ViewMode, timeline_facts, view_span
from ui.timeline_layout import Kind, Metrics, layout_timeline

METRICS = Metrics(
    line_height=16.0,
    text_width=lambda text: 7.0 * len(text),
    clock=lambda wall: f"{wall:%H:%M}",
    weekday=lambda wall: f"{wall:%a}",
    day=lambda wall: f"{wall:%a %d %b}",
)
ME = Person("you", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 20:00-24:00"))
CLIENT = Person("New York", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
IN_VIEW = [datetime(2026, 3, 9, 13, tzinfo=UTC), datetime(2026, 3, 10, 13, tzinfo=UTC)]
OUTSIDE = [datetime(2026, 3, 2, 14, tzinfo=UTC), datetime(2026, 3, 20, 13, tzinfo=UTC)]


def test_a_marker_in_the_client_lane_for_each_checkin_in_view() -> None:
    facts = timeline_facts([ME, CLIENT], view_span(date(2026, 3, 9), ViewMode.WEEK, ME.zone))
    result = layout_timeline(
        facts,
        ["you", "NY"],
        ["you", "NY"],
        width=1200,
        height=500,
        metrics=METRICS,
        checkins=IN_VIEW + OUTSIDE,
    )
    marks = [b for b in result.boxes if b.kind is Kind.CHECKIN]
    ticks = [line for line in result.lines if line.kind is Kind.CHECKIN]
    assert len(marks) == len(ticks) == 2, "those outside the view are left out"
    for mark, tick, instant in zip(marks, ticks, IN_VIEW, strict=True):
        x = result.x_of(instant)
        assert mark.rect.x + mark.rect.w / 2 == pytest.approx(x)
        assert tick.x1 == tick.x2 == pytest.approx(x)
        client_top = result.lane_tops[1]
        assert client_top + result.strip <= mark.rect.y < client_top + result.lane_height, (
            "in the client's row"
        )
        assert tick.y1 == pytest.approx(result.lane_tops[0] + result.strip), "down from the freelancer's band"


def test_no_markers_without_a_client() -> None:
    facts = timeline_facts([ME], view_span(date(2026, 3, 9), ViewMode.WEEK, ME.zone))
    result = layout_timeline(
        facts, ["you"], ["you"], width=1200, height=500, metrics=METRICS, checkins=IN_VIEW
    )
    assert not [b for b in result.boxes if b.kind is Kind.CHECKIN]
