"""Where everything on the timeline goes: a plain function from the timeline's facts and a size to
rectangles, lines and labels, so the widget's paintEvent only loops and paints (and tests need no screen).

Time runs left to right, linear in real (UTC) time, so a clock change shows as one clock's labels
shifting against the others. One axis row per person labels the same columns on each person's clock
("23:00" in the "you" row above "09:00" in the New York row); below the axes, one lane per person
shows their hours over their nights and weekends, and a last lane shows the time everyone shares.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from enum import Enum, auto
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from app.intervals import Interval
from app.timeline import TimelineFacts, wall_clock


class Kind(Enum):
    """What an item shows; the widget maps each kind to palette colours."""

    LANE = auto()
    LANE_ALT = auto()
    NIGHT = auto()
    WEEKEND = auto()
    HOLIDAY = auto()
    HOURS = auto()
    SHARED = auto()
    SHARED_COLUMN = auto()
    OPTION = auto()
    OPTION_BADGE = auto()
    SELECTION = auto()
    GRID = auto()
    DAY_LINE = auto()
    CLIENT_DAY = auto()
    CLOCK_CHANGE = auto()
    CHECKIN = auto()
    NOW = auto()
    NAME = auto()
    AXIS_ME = auto()
    AXIS_OTHER = auto()
    DAY_LABEL = auto()
    SHARED_LABEL = auto()
    OPTION_LABEL = auto()
    SELECTION_LABEL = auto()
    HINT = auto()


# The records are NamedTuples: a layout makes hundreds of them, which a frozen dataclass builds several
# times slower, and their classes cost a sixth as much to define when the app starts.
class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


class Box(NamedTuple):
    rect: Rect
    kind: Kind


class Line(NamedTuple):
    x1: float
    y1: float
    x2: float
    y2: float
    kind: Kind


class Label(NamedTuple):
    """Text drawn in ``rect``; ``align`` is ``"left"``, ``"center"`` or ``"right"``."""

    rect: Rect
    text: str
    kind: Kind
    align: str = "center"


class Metrics(NamedTuple):
    """What the layout needs to know about text, supplied by the widget (or a test)."""

    line_height: float
    text_width: Callable[[str], float]
    clock: Callable[[datetime], str]
    """A wall time as the freelancer's locale writes it: ``23:00`` or ``11:00 PM``."""
    weekday: Callable[[datetime], str]
    """A short weekday name: ``Mon``."""
    day: Callable[[datetime], str]
    """A short date: ``Mon 9 Mar``."""
    strong_width: Callable[[str], float] | None = None
    """Width of bold text (names, option numbers); ``text_width`` when not given."""

    def bold(self, text: str) -> float:
        return (self.strong_width or self.text_width)(text)


class TimelineLayout(NamedTuple):
    """The painted items, back to front, and what the widget needs to turn positions into time."""

    boxes: tuple[Box, ...]
    lines: tuple[Line, ...]
    labels: tuple[Label, ...]
    plot: Rect
    """The area of the lanes: x maps to time here."""
    start: float
    end: float
    """The view's range in seconds since the epoch."""
    option_hits: tuple[tuple[Rect, int], ...] = ()
    tick_hours: int = 1

    def x_of(self, instant: datetime) -> float:
        return self.plot.x + (instant.timestamp() - self.start) / (self.end - self.start) * self.plot.w

    def seconds_at(self, x: float) -> float:
        """The instant at ``x`` (clamped to the view), in seconds since the epoch."""
        fraction = min(max((x - self.plot.x) / self.plot.w, 0.0), 1.0) if self.plot.w > 0 else 0.0
        return self.start + fraction * (self.end - self.start)

    def option_at(self, x: float, y: float) -> int | None:
        for rect, index in self.option_hits:
            if rect.contains(x, y):
                return index
        return None


TICK_STEPS = (1, 2, 3, 4, 6, 12, 24)


def shift_text(shift: timedelta) -> str:
    minutes = int(shift.total_seconds() // 60)
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    if not rest:
        amount = QCoreApplication.translate("TimelineLayout", "{hours} h").format(hours=hours)
    elif not hours:
        amount = QCoreApplication.translate("TimelineLayout", "{minutes} min").format(minutes=rest)
    else:
        amount = QCoreApplication.translate("TimelineLayout", "{hours} h {minutes} min").format(
            hours=hours, minutes=rest
        )
    return QCoreApplication.translate(
        "TimelineLayout", "clock {sign}{amount}", "a clock change on the timeline: clock +1 h"
    ).format(sign=sign, amount=amount)


def duration_text(seconds: float) -> str:
    minutes = round(seconds / 60)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return QCoreApplication.translate(
            "TimelineLayout", "{hours} h {minutes}", "a length of shared time, minutes in two digits: 2 h 30"
        ).format(hours=hours, minutes=f"{rest:02d}")
    if hours:
        return QCoreApplication.translate("TimelineLayout", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("TimelineLayout", "{minutes} min").format(minutes=rest)


class _Row:
    """Labels placed left to right in one row, skipping any that would overlap one already placed."""

    def __init__(self) -> None:
        self.taken: list[tuple[float, float]] = []

    def fits(self, left: float, right: float) -> bool:
        return all(right <= a or left >= b for a, b in self.taken)

    def take(self, left: float, right: float) -> None:
        self.taken.append((left, right))


def _selection_items(
    facts: TimelineFacts,
    *,
    plot: Rect,
    start: float,
    end: float,
    metrics: Metrics,
    selection: Interval | None,
) -> tuple[Box, Label] | None:
    """The picked slot's box over every lane and its label on the client's clock; ``None`` when
    nothing is picked in the view."""
    if selection is None or selection.end.timestamp() <= start or selection.start.timestamp() >= end:
        return None
    lh = metrics.line_height
    pad = max(4.0, lh * 0.3)

    def x_of(instant: datetime) -> float:
        return plot.x + (instant.timestamp() - start) / (end - start) * plot.w

    left, right = max(x_of(selection.start), plot.x), min(x_of(selection.end), plot.x + plot.w)
    rect = Rect(left, plot.y, max(right - left, 1.0), plot.h)
    zone_lane = facts.lanes[1] if len(facts.lanes) > 1 else facts.lanes[0]
    first = wall_clock(selection.start, zone_lane.person.zone)
    last = wall_clock(selection.end, zone_lane.person.zone)
    text = f"{metrics.clock(first)}–{metrics.clock(last)}"
    w = metrics.bold(text) + pad
    x = rect.right + pad / 2 if rect.right + w <= plot.x + plot.w else rect.x - w - pad / 2
    return Box(rect, Kind.SELECTION), Label(
        Rect(x, plot.bottom - lh, w, lh), text, Kind.SELECTION_LABEL, "left"
    )


def reselect(
    layout: TimelineLayout, facts: TimelineFacts, metrics: Metrics, selection: Interval | None
) -> TimelineLayout:
    """``layout`` (made by :func:`layout_timeline` for ``facts``) with ``selection`` picked instead: the
    same result as laying everything out again, for the cost of one box and one label — a drag changes
    the selection on every mouse move and nothing else."""
    boxes = [b for b in layout.boxes if b.kind is not Kind.SELECTION]
    labels = [label for label in layout.labels if label.kind is not Kind.SELECTION_LABEL]
    picked = _selection_items(
        facts, plot=layout.plot, start=layout.start, end=layout.end, metrics=metrics, selection=selection
    )
    if picked is not None:
        boxes.append(picked[0])
        # Laid out before the "now" label, which is always the last one when there is one.
        at = len(labels) - 1 if labels and labels[-1].kind is Kind.NOW else len(labels)
        labels.insert(at, picked[1])
    return layout._replace(boxes=tuple(boxes), labels=tuple(labels))


def layout_timeline(  # noqa: PLR0912 — one pass, back to front, reads in paint order
    facts: TimelineFacts,
    names: Sequence[str],
    clocks: Sequence[str],
    *,
    width: float,
    height: float,
    metrics: Metrics,
    selection: Interval | None = None,
    options: Sequence[Interval] = (),
    now: datetime | None = None,
    holidays: Sequence[Sequence[Interval]] = (),
    checkins: Sequence[datetime] = (),
) -> TimelineLayout:
    """Place ``facts`` (lanes named ``names``, the freelancer first) in a ``width`` × ``height`` area.

    ``clocks`` names each axis row's clock ("you", "New York").
    ``selection`` is the picked slot, ``options`` the suggested ones (numbered from 1),
    ``holidays`` per lane the public holidays to mark, ``checkins`` the daily check-ins with the first
    client (those outside the view are left out).
    """
    lh = metrics.line_height
    pad = max(4.0, lh * 0.3)
    count = len(facts.lanes)
    shared_name = (
        QCoreApplication.translate("TimelineLayout", "shared", "the timeline row of time everyone shares")
        if count > 1
        else ""
    )
    gutter_text = max((metrics.bold(n) for n in [*names, *clocks, shared_name]), default=0.0)
    gutter = min(max(gutter_text + 3 * pad, lh * 5), max(width * 0.28, lh * 5))
    right_pad = metrics.text_width(metrics.clock(facts.span.start)) / 2 + pad
    plot_x, plot_w = gutter, max(width - gutter - right_pad, 1.0)

    row_h = lh + pad
    days_top = pad
    axis_top = days_top + row_h
    lanes_top = axis_top + row_h * count + pad
    lanes_bottom = max(height - pad - lh, lanes_top + (count + 1) * lh)  # a row below for "now"
    lane_h = (lanes_bottom - lanes_top) / (count + (1 if count > 1 else 0))
    lane_h = min(lane_h, lh * 14)  # beyond this, taller lanes only stretch the bands
    lanes_bottom = lanes_top + lane_h * (count + (1 if count > 1 else 0))
    plot = Rect(plot_x, lanes_top, plot_w, lanes_bottom - lanes_top)
    start, end = facts.span.start.timestamp(), facts.span.end.timestamp()

    def x_of(instant: datetime) -> float:
        return plot_x + (instant.timestamp() - start) / (end - start) * plot_w

    def span_rect(interval: Interval, top: float, h: float) -> Rect:
        left, right = max(x_of(interval.start), plot_x), min(x_of(interval.end), plot_x + plot_w)
        return Rect(left, top, max(right - left, 1.0), h)

    boxes: list[Box] = []
    lines: list[Line] = []
    labels: list[Label] = []
    hits: list[tuple[Rect, int]] = []

    def lane_top(index: int) -> float:
        return lanes_top + index * lane_h

    # Backgrounds: lanes, then nights and weekends and holidays, then the shared columns across all lanes.
    for index, lane in enumerate(facts.lanes):
        top = lane_top(index)
        boxes.append(Box(Rect(plot_x, top, plot_w, lane_h), Kind.LANE if index % 2 == 0 else Kind.LANE_ALT))
        boxes.extend(Box(span_rect(i, top, lane_h), Kind.WEEKEND) for i in lane.weekends)
        if index < len(holidays):
            boxes.extend(Box(span_rect(i, top, lane_h), Kind.HOLIDAY) for i in holidays[index])
        boxes.extend(Box(span_rect(i, top, lane_h), Kind.NIGHT) for i in lane.nights)
    if count > 1:
        boxes.append(Box(Rect(plot_x, lane_top(count), plot_w, lane_h), Kind.LANE_ALT))
        boxes.extend(Box(span_rect(w, lanes_top, lane_h * count), Kind.SHARED_COLUMN) for w in facts.shared)

    # Columns: choose the finest whole-hour step whose labels do not collide at this width.
    sample = max((metrics.clock(t.walls[0]) for t in facts.ticks[:24]), key=len, default="00:00")
    min_gap = metrics.text_width(sample) + 2 * pad
    px_per_hour = plot_w / max((end - start) / 3600, 1e-9)
    step = next((s for s in TICK_STEPS if s * px_per_hour >= min_gap), 24)
    rows = [_Row() for _ in range(count + 1)]
    # Each client's midnight, marked in their own axis row with their weekday.
    for index, lane in enumerate(facts.lanes):
        if index == 0:
            continue
        top = axis_top + index * row_h
        for day_start in lane.day_starts:
            x = x_of(day_start)
            lines.append(Line(x, top, x, lane_top(index) + lane_h, Kind.CLIENT_DAY))
            text = metrics.weekday(day_start)
            w = metrics.text_width(text)
            rows[index + 1].take(x, x + w + pad)
            labels.append(Label(Rect(x + pad / 2, top, w, lh), text, Kind.CLIENT_DAY, "left"))

    for tick in facts.ticks:
        x = x_of(tick.instant)
        mine = tick.walls[0]
        if mine.minute:
            continue
        if mine.hour == 0:
            lines.append(Line(x, days_top, x, lanes_bottom, Kind.DAY_LINE))
            text = metrics.day(mine)
            w = metrics.text_width(text) + pad
            if rows[0].fits(x, x + w):
                rows[0].take(x, x + w)
                labels.append(Label(Rect(x + pad / 2, days_top, w, lh), text, Kind.DAY_LABEL, "left"))
        elif px_per_hour >= lh:  # hour lines only where they are far enough apart not to hum
            lines.append(Line(x, lanes_top, x, lanes_bottom, Kind.GRID))
        if mine.hour % step:
            continue
        if mine.hour and step < 24:
            lines.append(Line(x, axis_top, x, lanes_bottom, Kind.GRID))
        for row, wall in enumerate(tick.walls):
            text = metrics.clock(wall)
            w = metrics.text_width(text)
            left, right = x - w / 2, x + w / 2
            if not rows[row + 1].fits(left - pad / 2, right + pad / 2):
                continue
            rows[row + 1].take(left - pad / 2, right + pad / 2)
            top = axis_top + row * row_h
            labels.append(Label(Rect(left, top, w, lh), text, Kind.AXIS_ME if row == 0 else Kind.AXIS_OTHER))

    # Hours bands, inset so the lane's night and weekend shading shows around them.
    for index, lane in enumerate(facts.lanes):
        top = lane_top(index) + lane_h * 0.2
        boxes.extend(Box(span_rect(i, top, lane_h * 0.6), Kind.HOURS) for i in lane.hours)
        labels.append(
            Label(Rect(pad, lane_top(index), gutter - 2 * pad, lane_h), names[index], Kind.NAME, "left")
        )
        labels.append(
            Label(Rect(pad, axis_top + index * row_h, gutter - 2 * pad, lh), clocks[index], Kind.NAME, "left")
        )
    if count > 1:
        top = lane_top(count)
        labels.append(Label(Rect(pad, top, gutter - 2 * pad, lane_h), shared_name, Kind.NAME, "left"))
        for window in facts.shared:
            rect = span_rect(window, top + lane_h * 0.1, lane_h * 0.8)
            boxes.append(Box(rect, Kind.SHARED))
            text = duration_text(window.duration.total_seconds())
            if metrics.text_width(text) + pad <= rect.w:
                labels.append(Label(rect, text, Kind.SHARED_LABEL))
        if not facts.shared:
            labels.append(
                Label(
                    Rect(plot_x, top, plot_w, lane_h),
                    QCoreApplication.translate(
                        "TimelineLayout", "No shared time in this view — try the week view or the next week"
                    ),
                    Kind.HINT,
                )
            )
    else:
        labels.append(
            Label(
                Rect(plot_x, lanes_bottom, plot_w, lh),
                QCoreApplication.translate("TimelineLayout", "Select a client to see the time you share"),
                Kind.HINT,
            )
        )

    # Clock changes: a line through the person's axis row and lane, with the size of the jump.
    for index, lane in enumerate(facts.lanes):
        for change in lane.changes:
            x = x_of(change.instant)
            lines.append(Line(x, axis_top + index * row_h, x, lane_top(index) + lane_h, Kind.CLOCK_CHANGE))
            text = shift_text(change.shift)
            labels.append(
                Label(
                    Rect(x + pad / 2, lane_top(index), metrics.text_width(text) + pad, lh),
                    text,
                    Kind.CLOCK_CHANGE,
                    "left",
                )
            )

    # Suggested options in the shared lane, numbered; each can be clicked.
    if count > 1:
        top = lane_top(count)
        for number, option in enumerate(options, start=1):
            if option.end.timestamp() <= start or option.start.timestamp() >= end:
                continue
            rect = span_rect(option, top, lane_h)
            boxes.append(Box(rect, Kind.OPTION))
            # A numbered badge at the option's middle: big enough to see and click in a week view.
            size = lh * 1.4
            badge = Rect(rect.x + rect.w / 2 - size / 2, top + lane_h / 2 - size / 2, size, size)
            boxes.append(Box(badge, Kind.OPTION_BADGE))
            labels.append(Label(badge, str(number), Kind.OPTION_LABEL))
            hit_left = min(rect.x, badge.x)
            hits.append((Rect(hit_left, top, max(rect.right, badge.right) - hit_left, lane_h), number - 1))

    # Daily check-ins: a marker at the top of the client's lane and a tick down through the freelancer's,
    # so both clocks can be read off the axis rows above it.
    if count > 1:
        size = max(lh * 0.7, 6.0)
        for instant in checkins:
            if not start <= instant.timestamp() < end:
                continue
            x = x_of(instant)
            lines.append(Line(x, lanes_top, x, lane_top(2), Kind.CHECKIN))
            boxes.append(Box(Rect(x - size / 2, lane_top(1) + pad / 2, size, size), Kind.CHECKIN))

    picked = _selection_items(facts, plot=plot, start=start, end=end, metrics=metrics, selection=selection)
    if picked is not None:
        boxes.append(picked[0])
        labels.append(picked[1])

    if now is not None and start <= now.timestamp() < end:
        x = x_of(now)
        lines.append(Line(x, axis_top, x, lanes_bottom, Kind.NOW))
        now_text = QCoreApplication.translate(
            "TimelineLayout", "now", "the line that marks the present moment"
        )
        w = metrics.bold(now_text) + pad
        labels.append(Label(Rect(x - w / 2, lanes_bottom, w, lh), now_text, Kind.NOW))

    return TimelineLayout(
        tuple(boxes), tuple(lines), tuple(labels), plot, start, end, tuple(hits), tick_hours=step
    )
