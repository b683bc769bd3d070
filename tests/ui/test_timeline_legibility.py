"""A timeline read at a glance: no text overlaps another or leaves the widget, every row carries its own
clock's hours and dates, holidays are named and take the hours, and days off follow each person's hours.
Checked across zones (half- and quarter-hour ones, the date line), locales, widths and scale factors."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.availability import parse_away
from app.hours import parse_hours
from app.intervals import Interval
from app.people import Person
from app.timeline import ViewMode, day_window_start, lane_holidays, timeline_facts, view_span, with_holidays
from ui.timeline_layout import (
    Kind,
    Metrics,
    Rect,
    TimelineLayout,
    hover_items,
    layout_timeline,
    minimum_height,
)

TEAMS = {
    "Tokyo, New York, Berlin": [
        ("Asia/Tokyo", "mon-fri 07:00-09:00 19:00-24:00; sat 10:00-13:00", "JP"),
        ("America/New_York", "mon-fri 09:00-17:00", "US"),
        ("Europe/Berlin", "mon-fri 09:00-17:00", "DE-BY"),
    ],
    "Tokyo, Kathmandu": [
        ("Asia/Tokyo", "mon-fri 19:00-24:00", None),
        ("Asia/Kathmandu", "sun-fri 10:00-18:00", None),
    ],
    "Tokyo, Chatham": [
        ("Asia/Tokyo", "mon-fri 19:00-24:00", None),
        ("Pacific/Chatham", "mon-fri 09:00-17:00", None),
    ],
    "Honolulu, Kiritimati": [
        ("Pacific/Honolulu", "mon-fri 09:00-17:00", "US"),
        ("Pacific/Kiritimati", "mon-fri 09:00-17:00", None),
    ],
    "Tokyo in Kathmandu, Berlin in Lisbon": [  # both travel: each row turns to another clock and back
        ("Asia/Tokyo", "mon-fri 19:00-24:00", "JP",
         "2026-12-22..2026-12-23 Asia/Kathmandu mon-fri 15:00-20:00"),
        ("Europe/Berlin", "mon-fri 09:00-17:00", "DE-BE", "2026-12-23..2026-12-24 Europe/Lisbon"),
    ],
}  # fmt: skip


def _wide(text: str) -> float:
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in text)


def metrics_for(locale: str, scale: float) -> Metrics:
    """Text the way each locale writes it, at a scale factor: character widths of a proportional font
    (CJK characters twice as wide), bold a little wider, the hour labels a little narrower."""
    em = 7.0 * scale
    if locale == "ja_JP":
        clock: Callable[[datetime], str] = lambda w: f"{w.hour}:{w.minute:02d}"  # noqa: E731
        hour = clock
        day = lambda w: f"{w.month}月{w.day}日({'月火水木金土日'[w.weekday()]})"  # noqa: E731
        weekday = lambda w: "月火水木金土日"[w.weekday()]  # noqa: E731
    else:
        twelve = locale == "en_US"

        def clock(w: datetime) -> str:
            if not twelve:
                return f"{w:%H:%M}"
            return f"{(w.hour - 1) % 12 + 1}:{w.minute:02d} {'AM' if w.hour < 12 else 'PM'}"

        def hour(w: datetime) -> str:
            if not twelve or w.minute:
                return clock(w)
            return f"{(w.hour - 1) % 12 + 1} {'AM' if w.hour < 12 else 'PM'}"

        day = (lambda w: f"{w:%a, %b} {w.day}") if twelve else (lambda w: f"{w:%a} {w.day} {w:%b}")
        weekday = lambda w: f"{w:%a}"  # noqa: E731
    return Metrics(
        line_height=16.0 * scale,
        text_width=lambda t: em * _wide(t),
        clock=clock,
        weekday=weekday,
        day=day,
        strong_width=lambda t: em * 1.1 * _wide(t),
        hour=hour,
        small_width=lambda t: em * 0.88 * _wide(t),
        short_hour=(
            (lambda w: f"{w.hour}")
            if locale == "ja_JP"
            else (lambda w: f"{w:%H}")
            if locale == "en_GB"
            else (lambda w: f"{(w.hour - 1) % 12 + 1}{'AM' if w.hour < 12 else 'PM'}")
        ),
    )


def make(
    team: str, mode: ViewMode, width: float, metrics: Metrics, first: date = date(2026, 12, 21)
) -> TimelineLayout:
    people = [
        Person(f"Person {i}", ZoneInfo(z), parse_hours(h), c, away=parse_away(trip[0]) if trip else ())
        for i, (z, h, c, *trip) in enumerate(TEAMS[team])
    ]
    start_hour = day_window_start(first, people) if mode is ViewMode.DAY else 0
    span = view_span(first, mode, people[0].zone, start_hour)
    facts = with_holidays(timeline_facts(people, span), lane_holidays(people, span))
    names = ["Aiko Tanaka (you)", "Sarah Miller", "Jonas Weber"][: len(people)]
    clocks = [p.zone.key.split("/")[-1].replace("_", " ") for p in people]
    middle = span.start + span.duration / 2
    option = Interval(middle, middle + timedelta(minutes=30))
    return layout_timeline(
        facts, names, clocks, width=width,
        height=max(420.0, minimum_height(len(people), metrics.line_height)),
        metrics=metrics, options=[option],
        selection=Interval(middle - timedelta(hours=3), middle - timedelta(hours=2)),
        now=span.start + timedelta(hours=5), checkins=[span.start + timedelta(hours=7)],
    )  # fmt: skip


def overlapping(rects: list[Rect]) -> list[tuple[Rect, Rect]]:
    found = []
    ordered = sorted(rects, key=lambda r: r.x)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.x >= a.right - 0.01:
                break
            if a.y < b.bottom - 0.01 and b.y < a.bottom - 0.01:
                found.append((a, b))
    return found


WIDTHS = [360, 500, 800, 1100, 1366, 1920, 3840]


@pytest.mark.parametrize("team", list(TEAMS))
@pytest.mark.parametrize("locale", ["en_US", "en_GB", "ja_JP"])
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_no_text_overlaps_another_or_leaves_the_widget(team: str, locale: str, scale: float) -> None:
    metrics = metrics_for(locale, scale)
    for mode, width in itertools.product((ViewMode.DAY, ViewMode.WEEK), WIDTHS):
        result = make(team, mode, width / scale if width > 1000 else width, metrics)
        for label in result.labels:
            r = label.rect
            assert r.x >= -0.01, (mode, width, label)
            assert r.y >= -0.01, (mode, width, label)
            assert r.right <= result.width + 0.01, (mode, width, label)
            assert r.bottom <= result.height + 0.01, (mode, width, label)
        assert overlapping([label.rect for label in result.labels]) == [], (mode, width)


@pytest.mark.parametrize("team", list(TEAMS))
@pytest.mark.parametrize(("locale", "width"), [("en_US", 1100), ("en_GB", 860), ("ja_JP", 860)])
def test_every_row_speaks_its_own_clock(team: str, locale: str, width: int) -> None:
    """In the week view of the first window's size each row carries hour labels at least every 6 hours
    (written shorter where "00:00" would not fit) and its own dates; in the day view at least every
    second hour."""
    metrics = metrics_for(locale, 1.0)
    for mode, most in ((ViewMode.WEEK, 6), (ViewMode.DAY, 2)):
        result = make(team, mode, width, metrics)
        assert result.tick_hours <= most, (mode, result.tick_hours)
        for index, top in enumerate(result.lane_tops):
            row = [lb for lb in result.labels if top <= lb.rect.y < top + result.strip]
            hours = [lb for lb in row if lb.kind in (Kind.AXIS_ME, Kind.AXIS_OTHER)]
            days = [lb for lb in row if lb.kind in (Kind.DAY_LABEL, Kind.CLIENT_DAY)]
            assert len(hours) >= (24 // most) * (6 if mode is ViewMode.WEEK else 1) * 0.6, (mode, index)
            assert days, (mode, index)


def test_quarter_hour_zones_are_labelled_on_their_own_clock() -> None:
    result = make("Tokyo, Kathmandu", ViewMode.DAY, 1920, metrics_for("en_GB", 1.0))
    theirs = [lb.text for lb in result.labels if lb.kind is Kind.AXIS_OTHER]
    assert theirs
    assert all(t.endswith(":45") for t in theirs), theirs
    chatham = make("Tokyo, Chatham", ViewMode.DAY, 1920, metrics_for("en_GB", 1.0))
    assert all(lb.text.endswith(":45") for lb in chatham.labels if lb.kind is Kind.AXIS_OTHER)


def test_holidays_are_named_on_the_row() -> None:
    result = make("Tokyo, New York, Berlin", ViewMode.WEEK, 1920, metrics_for("en_US", 1.0))
    named = [lb.text for lb in result.labels if lb.kind is Kind.HOLIDAY_LABEL]
    assert "Christmas Day" in named
    assert sum(b.kind is Kind.HOLIDAY for b in result.boxes) >= 3, "New York's and Bavaria's days"


def test_the_shared_row_is_compact_and_says_how_long() -> None:
    result = make("Tokyo, New York, Berlin", ViewMode.DAY, 1366, metrics_for("en_US", 1.0))
    assert result.shared_height < result.lane_height / 2
    totals = [lb.text for lb in result.labels if lb.kind in (Kind.SHARED_LABEL, Kind.SHARED_TOTAL)]
    assert totals


def test_hover_is_a_band_with_each_persons_time() -> None:
    metrics = metrics_for("en_US", 1.0)
    result = make("Tokyo, New York, Berlin", ViewMode.DAY, 1366, metrics)
    people = [Person("p", ZoneInfo(z), parse_hours(h), c) for z, h, c in TEAMS["Tokyo, New York, Berlin"]]
    span = view_span(
        date(2026, 12, 21), ViewMode.DAY, people[0].zone, day_window_start(date(2026, 12, 21), people)
    )
    facts = timeline_facts(people, span)
    at = span.start + timedelta(hours=12)
    band, labels = hover_items(result, facts, metrics, result.x_of(at))
    assert band.rect.y == result.lane_tops[0]
    assert [lb.text for lb in labels] == [
        f"{at.astimezone(p.zone):%a} {metrics.clock(at.astimezone(p.zone))}" for p in people
    ]
    assert [lb.rect.y > top for lb, top in zip(labels, result.lane_tops, strict=True)] == [True] * 3


def test_the_day_view_places_the_shared_time_away_from_the_edges() -> None:
    """Tokyo's shared hour with New York (23:00-24:00) sat on the day view's right edge."""
    result = make("Tokyo, New York, Berlin", ViewMode.DAY, 1366, metrics_for("en_US", 1.0), date(2026, 12, 8))
    shared = [b.rect for b in result.boxes if b.kind is Kind.SHARED]
    assert shared
    for rect in shared:
        assert result.plot.x + result.plot.w * 0.2 < rect.x
        assert rect.right < result.plot.right - result.plot.w * 0.2
    assert datetime.fromtimestamp(result.start, UTC).astimezone(ZoneInfo("Asia/Tokyo")).hour != 0


def test_the_week_marks_each_options_day_on_the_clients_calendar() -> None:
    result = make("Tokyo, New York, Berlin", ViewMode.WEEK, 1366, metrics_for("en_US", 1.0))
    (option,) = [b.rect for b in result.boxes if b.kind is Kind.OPTION]
    (day,) = [b.rect for b in result.boxes if b.kind is Kind.OPTION_DAY]
    assert day.y == result.lane_tops[1], "in the client's row, under their dates"
    assert day.x <= option.x, "the client's whole day around it"
    assert option.right <= day.right + 0.01
