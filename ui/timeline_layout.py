"""Where everything on the timeline goes: a plain function from the timeline's facts and a size to
rectangles, lines and labels, so the widget's paintEvent only loops and paints (and tests need no screen).

Time runs left to right, linear in real (UTC) time, so a clock change shows as one clock's labels
shifting against the others. Every person's row speaks their own clock: a strip at its top labels the
same columns in that person's hours ("11 PM" in the freelancer's row above "9 AM" in New York's) and
names their own date where their day changes; below it their working hours, the edges of their day,
their nights, their days off and their named public holidays. A compact last row shows the time
everyone shares, with its length, and the numbered options. No label overlaps another or leaves the
widget: every text's rectangle is in the result, and the tests hold them to it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from enum import Enum, auto
from typing import NamedTuple
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from app.intervals import Interval
from app.timeline import Lane, TimelineFacts, wall_clock
from ui.wall_text import place_text


class Kind(Enum):
    """What an item shows; the widget maps each kind to palette colours."""

    LANE = auto()
    LANE_ALT = auto()
    NIGHT = auto()
    DAY_OFF = auto()
    EDGE = auto()
    HOLIDAY = auto()
    HOURS = auto()
    BUSY = auto()
    MEETING = auto()
    SHARED = auto()
    SHARED_COLUMN = auto()
    OPTION = auto()
    OPTION_DAY = auto()
    OPTION_BADGE = auto()
    SELECTION = auto()
    GRID = auto()
    DAY_LINE = auto()
    CLIENT_DAY = auto()
    CLOCK_CHANGE = auto()
    CHECKIN = auto()
    NOW = auto()
    NAME = auto()
    PLACE = auto()
    HOLIDAY_LABEL = auto()
    MEETING_LABEL = auto()
    HOVER = auto()
    HOVER_LABEL = auto()
    AXIS_ME = auto()
    AXIS_OTHER = auto()
    DAY_LABEL = auto()
    SHARED_LABEL = auto()
    SHARED_TOTAL = auto()
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
    hour: Callable[[datetime], str] | None = None
    """A wall time as short as the locale writes it, for the hour labels: ``11 PM``, ``23:00``,
    ``5:45 PM``; ``clock`` when not given."""

    def bold(self, text: str) -> float:
        return (self.strong_width or self.text_width)(text)

    small_width: Callable[[str], float] | None = None
    """Width of the hour labels' smaller text; ``text_width`` when not given."""
    short_hour: Callable[[datetime], str] | None = None
    """A whole hour at its shortest, for a crowded week: ``06``, ``6AM``; none when not given."""

    def hour_text(self, wall: datetime) -> str:
        return (self.hour or self.clock)(wall)

    def small(self, text: str) -> float:
        return (self.small_width or self.text_width)(text)


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
    lane_tops: tuple[float, ...] = ()
    """Where each person's row starts; ``strip`` is the height of the hour strip at its top."""
    lane_height: float = 0.0
    strip: float = 0.0
    shared_top: float = 0.0
    shared_height: float = 0.0
    pad: float = 4.0
    width: float = 0.0
    height: float = 0.0

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

    def in_strip(self, y: float) -> bool:
        """Whether ``y`` lies on a row's hour strip, the part of the timeline that drags the day."""
        return any(top <= y < top + self.strip for top in self.lane_tops)

    def text_rects(self) -> list[Rect]:
        return [label.rect for label in self.labels]


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


class _Placer:
    """Rectangles taken by text so far: a new label goes only where it overlaps none of them and stays
    inside the bounds. Taken rectangles are filed by the columns of :data:`_BUCKET` pixels they cross,
    so a check looks at its neighbours only (a week of ten people places a thousand labels)."""

    def __init__(self, width: float, height: float, taken: Sequence[Rect] = ()) -> None:
        self.width, self.height = width, height
        self._buckets: dict[int, list[Rect]] = {}
        for rect in taken:
            self._file(rect)

    def _columns(self, rect: Rect) -> range:
        return range(int(rect.x // _BUCKET), int(rect.right // _BUCKET) + 1)

    def _file(self, rect: Rect) -> None:
        for column in self._columns(rect):
            self._buckets.setdefault(column, []).append(rect)

    def fits(self, rect: Rect) -> bool:
        if (
            rect.x < -0.01
            or rect.y < -0.01
            or rect.right > self.width + 0.01
            or rect.bottom > self.height + 0.01
        ):
            return False
        for column in self._columns(rect):
            for t in self._buckets.get(column, ()):
                if (
                    rect.right > t.x + 0.01
                    and rect.x < t.right - 0.01
                    and rect.bottom > t.y + 0.01
                    and rect.y < t.bottom - 0.01
                ):
                    return False
        return True

    def take(self, rect: Rect) -> bool:
        if not self.fits(rect):
            return False
        self._file(rect)
        return True

    def first(self, candidates: Sequence[Rect]) -> Rect | None:
        for rect in candidates:
            if self.take(rect):
                return rect
        return None


_BUCKET = 64.0


class _Geometry(NamedTuple):
    plot: Rect
    lane_tops: tuple[float, ...]
    lane_h: float
    strip: float
    shared_top: float
    shared_h: float
    start: float
    end: float
    pad: float

    def x_of(self, instant: datetime) -> float:
        return self.plot.x + (instant.timestamp() - self.start) / (self.end - self.start) * self.plot.w

    def band_top(self, index: int) -> float:
        return self.lane_tops[index] + self.strip

    def span_rect(self, interval: Interval, top: float, h: float) -> Rect:
        left = max(self.x_of(interval.start), self.plot.x)
        right = min(self.x_of(interval.end), self.plot.right)
        return Rect(left, top, max(right - left, 1.0), h)


def clock_name(lane: Lane, zone: ZoneInfo, name: str, place: Callable[[str], str]) -> str:
    """How a row's clock is named at an instant its clock is ``zone``: ``name`` (the row's own clock, as
    the window names it), or the place of a trip's clock while its person travels."""
    return name if zone.key == lane.person.zone.key else place(zone.key)


def _selection_items(
    facts: TimelineFacts,
    *,
    clocks: Sequence[str],
    geometry: _Geometry,
    metrics: Metrics,
    selection: Interval | None,
    placer: _Placer,
    place: Callable[[str], str] = place_text,
) -> tuple[list[Box], list[Label]]:
    """The picked slot: a band through every row, and in each row its time on that person's clock with
    the clock's name ("9:00–9:30 AM New York"), beside the band where that text has room."""
    if (
        selection is None
        or selection.end.timestamp() <= geometry.start
        or selection.start.timestamp() >= geometry.end
    ):
        return [], []
    g = geometry
    lh = metrics.line_height
    band = g.span_rect(selection, g.lane_tops[0], g.shared_top + g.shared_h - g.lane_tops[0])
    labels = []
    for index, lane in enumerate(facts.lanes):
        zone = lane.zone_at(selection.start)
        first, last = wall_clock(selection.start, zone), wall_clock(selection.end, zone)
        text = f"{metrics.clock(first)}–{metrics.clock(last)} {clock_name(lane, zone, clocks[index], place)}"
        w = metrics.bold(text) + g.pad
        top = g.band_top(index) + (g.lane_h - g.strip - lh) / 2
        candidates = [
            Rect(band.right + g.pad / 2, top, w, lh),
            Rect(band.x - w - g.pad / 2, top, w, lh),
            Rect(band.right + g.pad / 2, g.band_top(index), w, lh),
            Rect(band.x - w - g.pad / 2, g.band_top(index), w, lh),
        ]
        rect = placer.first(candidates)
        if rect is not None:
            labels.append(Label(rect, text, Kind.SELECTION_LABEL, "left"))
    return [Box(band, Kind.SELECTION)], labels


def reselect(
    layout: TimelineLayout,
    facts: TimelineFacts,
    metrics: Metrics,
    selection: Interval | None,
    clocks: Sequence[str] = (),
    *,
    place: Callable[[str], str] = place_text,
) -> TimelineLayout:
    """``layout`` (made by :func:`layout_timeline` for ``facts``) with ``selection`` picked instead: the
    same result as laying everything out again, for the cost of one band and its labels — a drag changes
    the selection on every mouse move and nothing else."""
    boxes = [b for b in layout.boxes if b.kind is not Kind.SELECTION]
    labels = [label for label in layout.labels if label.kind is not Kind.SELECTION_LABEL]
    geometry = _geometry_of(layout)
    placer = _Placer(layout.width, layout.height, [label.rect for label in labels])
    names = tuple(clocks) or tuple("" for _ in facts.lanes)
    picked_boxes, picked_labels = _selection_items(
        facts,
        clocks=names,
        geometry=geometry,
        metrics=metrics,
        selection=selection,
        placer=placer,
        place=place,
    )
    return layout._replace(boxes=tuple(boxes + picked_boxes), labels=tuple(labels + picked_labels))


def _geometry_of(layout: TimelineLayout) -> _Geometry:
    return _Geometry(
        layout.plot, layout.lane_tops, layout.lane_height, layout.strip, layout.shared_top,
        layout.shared_height, layout.start, layout.end, layout.pad,
    )  # fmt: skip


def minimum_height(rows: int, line_height: float) -> float:
    """The least height at which :func:`layout_timeline` fits ``rows`` people's rows, the shared row and
    the "now" label without leaving the widget."""
    pad = max(4.0, line_height * 0.3)
    strip = 2 * line_height + pad
    lane = strip + line_height * 1.5 + pad
    shared = line_height * 1.6 + pad if rows > 1 else 0.0
    return pad + rows * lane + shared + line_height + pad / 2 + pad


def _hour_step(
    facts: TimelineFacts, metrics: Metrics, px_per_hour: float, pad: float
) -> tuple[int, Callable[[datetime], str]]:
    """The finest whole-hour step at which the hour labels have room, sized by the freelancer's own (a row
    whose labels are longer, such as Kathmandu's "5:45 PM", then skips those that would touch), and how
    the labels are written: the shortest form when only that keeps them every six hours."""

    def step_for(text: Callable[[datetime], str]) -> int:
        # Labels sit centred on their columns: two neighbours need half of each one's width between the
        # columns, and a gap ("12 AM" beside "6" needs less room than two "12 AM"s).
        walls = [t.walls[0] for t in facts.ticks[:48] if t.walls[0].minute == 0]
        for s in TICK_STEPS:
            widths = [metrics.small(text(w)) for w in walls if w.hour % s == 0]
            pairs = [(a + b) / 2 for a, b in itertools.pairwise(widths)] or widths or [0.0]
            if s * px_per_hour >= max(pairs) + pad:
                return s
        return 24

    step = step_for(metrics.hour_text)
    if step > 6 and metrics.short_hour is not None:
        short = step_for(metrics.short_hour)
        if short <= 6:
            return short, metrics.short_hour
    return step, metrics.hour_text


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
    checkins: Sequence[datetime] = (),
    busy: Sequence[Interval] = (),
    meetings: Sequence[tuple[Interval, str]] = (),
    place: Callable[[str], str] = place_text,
) -> TimelineLayout:
    """Place ``facts`` (rows named ``names``, the freelancer first) in a ``width`` × ``height`` area.

    ``clocks`` names each row's clock ("you", "New York"); ``selection`` is the picked slot, ``options``
    the proposal's options (numbered from 1, in the text's order); ``checkins`` the daily check-ins with
    the first client; ``busy`` the freelancer's busy time from their calendars, hatched over their
    band; ``meetings`` the meetings Coretime booked, with whom, drawn over that band and named; ``place``
    names the place of a zone a row's clock turns to while its person travels. Public holidays come with
    ``facts`` (:func:`app.timeline.with_holidays`).
    """
    lh = metrics.line_height
    pad = max(4.0, lh * 0.3)
    count = len(facts.lanes)
    shared_name = (
        QCoreApplication.translate("TimelineLayout", "shared", "the timeline row of time everyone shares")
        if count > 1
        else ""
    )
    gutter_text = max((metrics.bold(n) for n in [*names, shared_name]), default=0.0)
    # Each row's clock under its name, with the places a traveller's row turns to in the view.
    places = [
        " · ".join(
            dict.fromkeys([clock, *(place(z.key) for _, z in lane.clocks if z.key != lane.person.zone.key)])
        )
        for clock, lane in zip(clocks, facts.lanes, strict=False)
    ]
    gutter_text = max(gutter_text, max((metrics.text_width(c) for c in places), default=0.0))
    gutter = min(gutter_text + 3 * pad, max(width * 0.25, lh * 4))
    plot_x = gutter
    plot_w = max(width - gutter - pad, 1.0)

    strip = 2 * lh + pad  # the person's dates, then their hours
    shared_h = lh * 1.6 + pad if count > 1 else 0.0
    now_h = lh + pad / 2
    lanes_top = pad
    free = height - lanes_top - shared_h - now_h - pad
    min_lane = strip + lh * 1.5 + pad
    lane_h = max(min(free / max(count, 1), lh * 10), min_lane)
    lane_tops = tuple(lanes_top + i * lane_h for i in range(count))
    lanes_bottom = lanes_top + lane_h * count
    shared_top = lanes_bottom
    plot = Rect(plot_x, lanes_top, plot_w, lanes_bottom + shared_h - lanes_top)
    start, end = facts.span.start.timestamp(), facts.span.end.timestamp()
    g = _Geometry(plot, lane_tops, lane_h, strip, shared_top, shared_h, start, end, pad)
    x_of, span_rect = g.x_of, g.span_rect

    boxes: list[Box] = []
    lines: list[Line] = []
    labels: list[Label] = []
    hits: list[tuple[Rect, int]] = []
    placer = _Placer(width, height)

    def put(rect: Rect, text: str, kind: Kind, align: str = "center") -> bool:
        if placer.take(rect):
            labels.append(Label(rect, text, kind, align))
            return True
        return False

    # The names in the gutter: each row's person in bold, their clock's place under it.
    for index, name in enumerate(names):
        top = lane_tops[index]
        put(Rect(pad, top + pad / 2, gutter - 2 * pad, lh), name, Kind.NAME, "left")
        if index < len(places) and lane_h - strip >= lh:
            put(Rect(pad, top + pad / 2 + lh, gutter - 2 * pad, lh), places[index], Kind.PLACE, "left")
    if count > 1:
        put(Rect(pad, shared_top + (shared_h - lh) / 2, gutter - 2 * pad, lh), shared_name, Kind.NAME, "left")

    # Backgrounds of each row's band: nights, days off and holidays over the lane, the day's edges.
    band_h = lane_h - strip
    for index, lane in enumerate(facts.lanes):
        top, band = lane_tops[index], g.band_top(index)
        boxes.append(Box(Rect(plot_x, top, plot_w, lane_h), Kind.LANE if index % 2 == 0 else Kind.LANE_ALT))
        boxes.extend(Box(span_rect(i, band, band_h), Kind.NIGHT) for i in lane.nights)
        boxes.extend(Box(span_rect(i, band, band_h), Kind.DAY_OFF) for i in lane.days_off)
        boxes.extend(Box(span_rect(i, band + band_h * 0.2, band_h * 0.6), Kind.EDGE) for i in lane.edges)
        for interval, _name in lane.holidays:
            boxes.append(Box(span_rect(interval, band, band_h), Kind.HOLIDAY))
    if count > 1:
        boxes.append(Box(Rect(plot_x, shared_top, plot_w, shared_h), Kind.LANE_ALT))
        for window in facts.shared:
            for index in range(count):
                boxes.append(Box(span_rect(window, g.band_top(index), band_h), Kind.SHARED_COLUMN))

    # Each row's own days: a line where the person's day starts, and their date beside it.
    px_per_hour = plot_w / max((end - start) / 3600, 1e-9)
    step, hour_text = _hour_step(facts, metrics, px_per_hour, pad)
    for index, lane in enumerate(facts.lanes):
        top = lane_tops[index]
        kind = Kind.DAY_LINE if index == 0 else Kind.CLIENT_DAY
        label_kind = Kind.DAY_LABEL if index == 0 else Kind.CLIENT_DAY
        # Where the person's day starts first; then, at the left edge, the day the view opens on, if the
        # text has room before the first of those.
        opening_instant = datetime.fromtimestamp(start, UTC)
        opening = opening_instant.astimezone(lane.zone_at(opening_instant))
        # Where a traveller's clock turns in the middle of a day there, the day it is on the new clock.
        turns = [
            turned
            for interval, zone in lane.clocks[1:]
            if (turned := interval.start.astimezone(zone)).hour or turned.minute
        ]
        dated = [(day_start, True) for day_start in lane.day_starts] + [(t, False) for t in [*turns, opening]]
        for day_start, with_line in dated:
            x = x_of(day_start)
            if with_line:
                lines.append(Line(x, top, x, top + lane_h, kind))
            for text in (metrics.day(day_start), metrics.weekday(day_start)):
                w = metrics.text_width(text) + pad
                if put(Rect(max(x, plot_x) + pad / 2, top, w, lh), text, label_kind, "left"):
                    break

    # Hour labels: the same columns in every row, each in that person's time.
    for tick in facts.ticks:
        mine = tick.walls[0]
        if mine.minute or mine.hour % step:
            continue
        x = x_of(tick.instant)
        if step < 24 and px_per_hour >= 2:
            for index in range(count):
                lines.append(Line(x, g.band_top(index), x, lane_tops[index] + lane_h, Kind.GRID))
        for index, wall in enumerate(tick.walls):
            text, at = hour_text(wall), x
            if wall.minute and metrics.small(text) + pad / 2 > step * px_per_hour:
                # No room for "8:45 PM" every few hours (a week of a quarter-hour zone): the row's own
                # nearest whole hour instead, where it falls, a few pixels from the column.
                moved = tick.instant + timedelta(
                    minutes=(60 - wall.minute) if wall.minute >= 30 else -wall.minute
                )
                own = moved.astimezone(wall.tzinfo)
                if own.minute == 0:
                    text, at = hour_text(own), x_of(moved)
            w = metrics.small(text) + pad / 2  # a margin either side, so neighbours never touch
            left = min(max(at - w / 2, plot_x), plot.right - w)
            rect = Rect(left, lane_tops[index] + lh, w, lh)
            put(rect, text, Kind.AXIS_ME if index == 0 else Kind.AXIS_OTHER)

    # Hours bands, inset so the row's night, edge and day-off shading shows around them.
    for index, lane in enumerate(facts.lanes):
        band = g.band_top(index)
        boxes.extend(Box(span_rect(i, band + band_h * 0.15, band_h * 0.7), Kind.HOURS) for i in lane.hours)
    # The freelancer's busy time, hatched over their own band, hours and all.
    if count:
        band = g.band_top(0)
        for interval in busy:
            if interval.end.timestamp() > start and interval.start.timestamp() < end:
                boxes.append(Box(span_rect(interval, band, band_h), Kind.BUSY))
        for interval, who in meetings:
            if interval.end.timestamp() <= start or interval.start.timestamp() >= end:
                continue
            rect = span_rect(interval, band + band_h * 0.1, band_h * 0.8)
            if rect.w < pad:  # a half-hour in a week is a few pixels: kept wide enough to be seen
                rect = Rect(rect.x + rect.w / 2 - pad / 2, rect.y, pad, rect.h)
            boxes.append(Box(rect, Kind.MEETING))
            # Named on a plate of its colour, under the box, the whole name where it has room, else cut.
            top = min(rect.y + rect.h - lh, band + band_h - lh)
            for w in (metrics.bold(who) + pad, metrics.bold("…") * 6):
                left = min(max(rect.x + (rect.w - w) / 2, plot_x), plot.right - w)
                if put(Rect(left, top, w, lh), who, Kind.MEETING_LABEL):
                    break

    # Public holidays, named where they are.
    for index, lane in enumerate(facts.lanes):
        band = g.band_top(index)
        for interval, name in lane.holidays:
            rect = span_rect(interval, band, band_h)
            w = min(metrics.text_width(name) + pad, rect.w - pad)
            if w >= metrics.text_width("…") * 4:
                put(
                    Rect(rect.x + (rect.w - w) / 2, band + (band_h - lh) / 2, w, lh), name, Kind.HOLIDAY_LABEL
                )

    # Clock changes: a dashed line through the person's row, with the size of the jump beside it.
    for index, lane in enumerate(facts.lanes):
        band = g.band_top(index)
        for change in lane.changes:
            x = x_of(change.instant)
            lines.append(Line(x, lane_tops[index], x, lane_tops[index] + lane_h, Kind.CLOCK_CHANGE))
            text = shift_text(change.shift)
            if change.zone is not None:  # a trip starts or ends: whose clock the row reads from here
                text = QCoreApplication.translate(
                    "TimelineLayout",
                    "{place} · {change}",
                    "a traveller's clock on the timeline: Lisbon · clock −9 h",
                ).format(place=place(change.zone), change=text)
            w = metrics.text_width(text) + pad
            for candidate in (Rect(x + pad / 2, band, w, lh), Rect(x - w - pad / 2, band, w, lh)):
                if put(candidate, text, Kind.CLOCK_CHANGE, "left"):
                    break

    # The shared row: the time everyone shares, the options as numbered badges, each stretch's length.
    if count > 1:
        for window in facts.shared:
            boxes.append(Box(span_rect(window, shared_top + pad / 2, shared_h - pad), Kind.SHARED))
        size = min(lh * 1.4, shared_h - pad / 2)
        for number, option in enumerate(options, start=1):
            if option.end.timestamp() <= start or option.start.timestamp() >= end:
                continue
            column = span_rect(option, lanes_top, lanes_bottom + shared_h - lanes_top)
            boxes.append(Box(column, Kind.OPTION))
            # The option's day on the client's own calendar, tinted under their dates.
            local = option.start.astimezone(facts.lanes[1].zone_at(option.start))
            day_start = local.replace(hour=0, minute=0, second=0, microsecond=0)
            day = Interval(day_start.astimezone(UTC), (day_start + timedelta(days=1)).astimezone(UTC))
            boxes.append(Box(span_rect(day, lane_tops[1], strip), Kind.OPTION_DAY))
            middle = min(max(column.x + column.w / 2, plot_x + size / 2), plot.right - size / 2)
            badge = Rect(middle - size / 2, shared_top + (shared_h - size) / 2, size, size)
            if put(badge, str(number), Kind.OPTION_LABEL):
                boxes.append(Box(badge, Kind.OPTION_BADGE))
                hit_left = min(column.x, badge.x)
                hit = Rect(hit_left, shared_top, max(column.right, badge.right) - hit_left, shared_h)
                hits.append((hit, number - 1))
        for window in facts.shared:
            rect = span_rect(window, shared_top + pad / 2, shared_h - pad)
            text = duration_text(window.duration.total_seconds())
            w = metrics.text_width(text) + pad
            top = shared_top + (shared_h - lh) / 2
            candidates = [Rect(rect.right + pad / 2, top, w, lh), Rect(rect.x - w - pad / 2, top, w, lh)]
            if w <= rect.w:
                candidates.insert(0, Rect(rect.x + (rect.w - w) / 2, top, w, lh))
            rect_found = placer.first(candidates)
            if rect_found is not None:
                inside = rect_found.x >= rect.x and rect_found.right <= rect.right
                labels.append(Label(rect_found, text, Kind.SHARED_LABEL if inside else Kind.SHARED_TOTAL))
        if not facts.shared:
            hint = QCoreApplication.translate(
                "TimelineLayout", "No shared time in this view — try the week view or the next week"
            )
            put(Rect(plot_x, shared_top, plot_w, shared_h), hint, Kind.HINT)
    else:
        hint = QCoreApplication.translate("TimelineLayout", "Select a client to see the time you share")
        put(Rect(plot_x, lanes_bottom, plot_w, lh), hint, Kind.HINT)

    # Daily check-ins: a diamond at the top of the client's band and a tick down through the freelancer's.
    if count > 1:
        size = max(lh * 0.7, 6.0)
        for instant in checkins:
            if not start <= instant.timestamp() < end:
                continue
            x = x_of(instant)
            lines.append(Line(x, g.band_top(0), x, lane_tops[1] + lane_h, Kind.CHECKIN))
            boxes.append(Box(Rect(x - size / 2, g.band_top(1), size, size), Kind.CHECKIN))

    if now is not None and start <= now.timestamp() < end:
        x = x_of(now)
        # Through each row's band and the shared row, not across the hour labels above the bands.
        for index in range(count):
            lines.append(Line(x, g.band_top(index), x, lane_tops[index] + lane_h, Kind.NOW))
        lines.append(Line(x, lanes_bottom, x, lanes_bottom + shared_h, Kind.NOW))
        now_text = QCoreApplication.translate(
            "TimelineLayout", "now", "the line that marks the present moment"
        )
        w = metrics.bold(now_text) + pad
        left = min(max(x - w / 2, 0.0), width - w)
        put(Rect(left, lanes_bottom + shared_h + pad / 2, w, lh), now_text, Kind.NOW)

    picked_boxes, picked_labels = _selection_items(
        facts, clocks=clocks, geometry=g, metrics=metrics, selection=selection, placer=placer, place=place
    )
    return TimelineLayout(
        tuple(boxes + picked_boxes),
        tuple(lines),
        tuple(labels + picked_labels),
        plot,
        start,
        end,
        tuple(hits),
        tick_hours=step,
        lane_tops=lane_tops,
        lane_height=lane_h,
        strip=strip,
        shared_top=shared_top,
        shared_height=shared_h,
        pad=pad,
        width=width,
        height=height,
    )


def hover_items(
    layout: TimelineLayout, facts: TimelineFacts, metrics: Metrics, x: float
) -> tuple[Box, tuple[Label, ...]]:
    """The band the pointer draws through every row at ``x``, and each person's time there written in
    their row ("Mon 11:00 PM"), beside the band on the side with room."""
    instant = datetime.fromtimestamp(layout.seconds_at(x), UTC)
    g = _geometry_of(layout)
    lh, pad = metrics.line_height, layout.pad
    x = min(max(x, layout.plot.x), layout.plot.right)
    band = Box(
        Rect(x - 1, layout.lane_tops[0] if layout.lane_tops else layout.plot.y, 2, layout.plot.h), Kind.HOVER
    )
    labels = []
    for index, lane in enumerate(facts.lanes):
        wall = wall_clock(instant, lane.zone_at(instant))
        text = f"{metrics.weekday(wall)} {metrics.clock(wall)}"
        w = metrics.bold(text) + pad
        top = g.band_top(index) + (g.lane_h - g.strip - lh) / 2
        left = x + pad if x + pad + w <= layout.width else x - pad - w
        labels.append(Label(Rect(left, top, w, lh), text, Kind.HOVER_LABEL))
    return band, tuple(labels)
