"""The timeline: everyone's hours on one time axis, read on every clock, with the shared time standing out.

A custom-painted widget. Geometry comes from :func:`ui.timeline_layout.layout_timeline`;
this class keeps the state (facts, selection, options, now), turns mouse and keys into
a selected slot, and paints the layout with palette colours.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.intervals import Interval
from app.timeline import TimelineFacts, move_on_clock, snap, wall_clock
from ui.timeline_colours import PATTERNS, timeline_colours, with_alpha
from ui.timeline_layout import (
    Box,
    Kind,
    Label,
    Metrics,
    TimelineLayout,
    clock_name,
    hover_items,
    layout_timeline,
    reselect,
)
from ui.wall_text import place_text

if TYPE_CHECKING:  # each Qt class costs its enums on first use; these only annotate the handlers
    from PySide6.QtGui import (
        QHideEvent,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
        QShowEvent,
        QWheelEvent,
    )


NOW_REFRESH_MS = 30_000
BACKED = frozenset({Kind.HOLIDAY_LABEL, Kind.SELECTION_LABEL, Kind.HOVER_LABEL, Kind.CLOCK_CHANGE})


_ALIGN = {
    "left": int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
    "right": int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    "center": int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
}


LONGEST_PICK = timedelta(hours=8)
"""The longest slot a drag or the keyboard picks: a working day."""


class TimelineView(QWidget):
    """The day or week on one axis; drag, click or use the keys to pick a slot.

    Signals:
        selectionChanged(object): the picked slot changed; an :class:`Interval` or ``None``.
        slotAccepted(object): the user accepted a slot (Enter, or a click on a suggested option);
            an :class:`Interval`.
        pickRefused(): the user tried to pick a slot that has already begun; the pick stays as it was.
        dayMoved(int): the user moved the day view's 24 hours by this many hours (Shift+wheel, or a
            drag along an hour strip).
        painted(): a frame was painted; ``coretime --smoke`` waits for the first.
    """

    selectionChanged = Signal(object)
    slotAccepted = Signal(object)
    pickRefused = Signal()
    dayMoved = Signal(int)
    painted = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._facts: TimelineFacts | None = None
        self._names: tuple[str, ...] = ()
        self._clocks: tuple[str, ...] = ()
        self._options: tuple[Interval, ...] = ()
        self._selection: Interval | None = None
        self._checkins: tuple[datetime, ...] = ()
        self._busy: tuple[Interval, ...] = ()
        self._busy_titles: tuple[tuple[Interval, str], ...] = ()
        self._meetings: tuple[tuple[Interval, str], ...] = ()
        self._duration = timedelta(minutes=30)
        self._step_minutes = 30
        self._now = clock()
        self._layout: TimelineLayout | None = None
        self._layout_stale = True  # the layout is made when next needed, for all the changes since
        self._layout_painted = False  # whether the layout has been painted once (see paintEvent)
        self._metrics_cache: Metrics | None = None
        self._layers: tuple[tuple[int, int, float], QPixmap, QPixmap] | None = None
        self._drag_anchor: datetime | None = None
        self._dragged = False
        self._strip_drag: float | None = None  # where a drag along an hour strip started (x)
        self._hover_x: float | None = None
        self._place: Callable[[str], str] = place_text  # a traveller's place, where their clock turns
        self.last_paint_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(NOW_REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr(
                "Your hours and your clients' hours on one time axis. Arrow keys move the selected slot, "
                "Shift+arrows resize it, Enter accepts it."
            )
        )

    # --- state ---------------------------------------------------------------------------------
    def set_facts(
        self,
        facts: TimelineFacts,
        names: Sequence[str],
        clocks: Sequence[str],
    ) -> None:
        """Show ``facts``; ``names`` label the rows and ``clocks`` name each row's clock, freelancer first."""
        self._facts = facts
        self._names = tuple(names)
        self._clocks = tuple(clocks)
        self._relayout()

    def set_place_names(self, names: Callable[[str], str]) -> None:
        """Name the place whose clock a row turns to while its person travels by ``names`` (a zone id
        in, its place's name out)."""
        self._place = names
        self._relayout()

    def facts(self) -> TimelineFacts | None:
        return self._facts

    def names(self) -> tuple[str, ...]:
        return self._names

    def clocks(self) -> tuple[str, ...]:
        return self._clocks

    def set_options(self, options: Sequence[Interval]) -> None:
        self._options = tuple(options)
        self._relayout()

    def options(self) -> tuple[Interval, ...]:
        return self._options

    def set_checkins(self, instants: Sequence[datetime]) -> None:
        """Mark the daily check-ins with the first client; those outside the view are not drawn."""
        self._checkins = tuple(instants)
        self._relayout()

    def checkins(self) -> tuple[datetime, ...]:
        return self._checkins

    def set_busy(self, busy: Sequence[Interval], titles: Sequence[tuple[Interval, str]] = ()) -> None:
        """The freelancer's busy time, hatched on their row; ``titles`` (only from the calendars whose
        titles may be shown) are named in the tooltip under the pointer."""
        if tuple(busy) != self._busy or tuple(titles) != self._busy_titles:
            self._busy = tuple(busy)
            self._busy_titles = tuple(titles)
            self._relayout()

    def busy(self) -> tuple[Interval, ...]:
        return self._busy

    def set_meetings(self, meetings: Sequence[tuple[Interval, str]]) -> None:
        """The meetings Coretime booked, each with whom, drawn over the freelancer's row and named."""
        if tuple(meetings) != self._meetings:
            self._meetings = tuple(meetings)
            self._relayout()

    def meetings(self) -> tuple[tuple[Interval, str], ...]:
        return self._meetings

    def set_duration(self, duration: timedelta) -> None:
        self._duration = duration

    def selection(self) -> Interval | None:
        return self._selection

    def set_selection(self, selection: Interval | None) -> None:
        """Select ``selection`` (from outside, e.g. an accepted option), announcing a change."""
        if selection == self._selection:
            return
        self._selection = selection
        self._reselect()
        self.selectionChanged.emit(selection)

    def _offer(self, selection: Interval) -> None:
        """Select ``selection`` for a gesture, unless it has already begun: a past time cannot be proposed.
        A meeting lasts at most :data:`LONGEST_PICK`: a longer drag stops growing there."""
        if selection.start < self._clock():
            self.pickRefused.emit()
            return
        if selection.duration > LONGEST_PICK:
            selection = Interval(selection.start, selection.start + LONGEST_PICK)
        self.set_selection(selection)

    def hover(self) -> tuple[Box, tuple[Label, ...]] | None:
        """The band the pointer draws through every row, with each person's time there; ``None`` while
        the pointer is off the timeline."""
        layout = self._current_layout()
        if self._hover_x is None or layout is None or self._facts is None:
            return None
        return hover_items(layout, self._facts, self._metrics(), self._hover_x)

    def layout_result(self) -> TimelineLayout | None:
        return self._current_layout()

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    # --- time on the client's clock ------------------------------------------------------------
    def _snap_zone(self, instant: datetime) -> ZoneInfo:
        """The clock a slot snaps to at ``instant``: the client's (a trip's while they travel)."""
        assert self._facts is not None
        lanes = self._facts.lanes
        return (lanes[1] if len(lanes) > 1 else lanes[0]).zone_at(instant)

    def _instant_at(self, x: float) -> datetime:
        layout = self._current_layout()
        assert layout is not None
        assert self._facts is not None
        raw = datetime.fromtimestamp(layout.seconds_at(x), UTC)
        return snap(raw, self._snap_zone(raw), self._step_minutes)

    def _move(self, instant: datetime, minutes: int) -> datetime:
        return move_on_clock(instant, self._snap_zone(instant), minutes)

    # --- layout and painting -------------------------------------------------------------------
    def _metrics(self) -> Metrics:
        # Kept until the font or the locale changes: a layout asks for the same few clock texts and
        # widths hundreds of times (every tick on every person's clock), and Qt answers each slowly.
        if self._metrics_cache is not None:
            return self._metrics_cache
        fm = QFontMetricsF(self.font())
        locale = self.locale()
        short = locale.timeFormat(locale.FormatType.ShortFormat)
        clocks: dict[tuple[int, int], str] = {}
        widths: dict[str, float] = {}
        bold_widths: dict[str, float] = {}

        def clock(wall: datetime) -> str:
            key = (wall.hour, wall.minute)
            text = clocks.get(key)
            if text is None:
                text = clocks[key] = locale.toString(QTime(wall.hour, wall.minute), short)
            return text

        def weekday(wall: datetime) -> str:
            return locale.dayName(wall.isoweekday(), locale.FormatType.ShortFormat)

        # Qt has no date skeletons: the pattern of a short day is part of the translation, its names the
        # locale's.
        day_format = self.tr("ddd d MMM", "a day on the timeline as a QDate format: Mon 9 Mar")

        def day(wall: datetime) -> str:
            return locale.toString(QDate(wall.year, wall.month, wall.day), day_format)

        bold = self.font()
        bold.setBold(True)
        bold_fm = QFontMetricsF(bold)

        def text_width(text: str) -> float:
            width = widths.get(text)
            if width is None:
                width = widths[text] = fm.horizontalAdvance(text)
            return width

        def bold_width(text: str) -> float:
            width = bold_widths.get(text)
            if width is None:
                width = bold_widths[text] = bold_fm.horizontalAdvance(text)
            return width

        hours: dict[tuple[int, int], str] = {}
        twelve = "a" in short.lower()
        hour_format = "h AP" if twelve else short

        def hour(wall: datetime) -> str:
            key = (wall.hour, wall.minute)
            text = hours.get(key)
            if text is None:
                pattern = hour_format if wall.minute == 0 else short
                text = hours[key] = locale.toString(QTime(wall.hour, wall.minute), pattern)
            return text

        small_fm = QFontMetricsF(self._small_font())
        small_widths: dict[str, float] = {}

        def small_width(text: str) -> float:
            width = small_widths.get(text)
            if width is None:
                width = small_widths[text] = small_fm.horizontalAdvance(text)
            return width

        # The shortest hour, for a crowded week: "6AM" on a 12-hour clock; else as the language writes it.
        short_format = (
            "hAP" if twelve else self.tr("HH", "a whole hour on a crowded timeline, as a QTime format")
        )
        shorts: dict[int, str] = {}

        def short_hour(wall: datetime) -> str:
            if wall.minute:
                return hour(wall)
            text = shorts.get(wall.hour)
            if text is None:
                text = shorts[wall.hour] = locale.toString(QTime(wall.hour, 0), short_format)
            return text

        self._metrics_cache = Metrics(
            fm.height(), text_width, clock, weekday, day, bold_width,
            hour=hour, small_width=small_width, short_hour=short_hour,
        )  # fmt: skip
        return self._metrics_cache

    def _small_font(self) -> QFont:
        """The hour labels' font: a little smaller than the rest, so a week's six-hourly labels fit."""
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.82)
        return font

    def _relayout(self) -> None:
        """Something the layout shows changed: it is made again when next needed (a paint, a gesture),
        once for every change before then — a refresh sets the facts, the options and the check-ins in
        turn, and a window being shown is laid out at its first size, then at its real one."""
        self._layout_stale = True
        self._layout_painted = False
        self._layers = None
        self.update()

    def _current_layout(self) -> TimelineLayout | None:
        if self._layout_stale:
            self._layout_stale = False
            self._layout = self._make_layout()
        return self._layout

    def _make_layout(self) -> TimelineLayout | None:
        if self._facts is None or self.width() <= 0:
            return None
        return layout_timeline(
            self._facts,
            self._names,
            self._clocks,
            width=self.width(),
            height=self.height(),
            metrics=self._metrics(),
            selection=self._selection,
            options=self._options,
            now=self._now,
            checkins=self._checkins,
            busy=self._busy,
            meetings=self._meetings,
            place=self._place,
        )

    def _reselect(self) -> None:
        """Only the picked slot changed: swap it into the layout, keep the painted layers. A layout not
        made yet is made with the slot in it."""
        if self._layout_stale or self._layout is None or self._facts is None:
            self._relayout()
            return
        self._layout = reselect(
            self._layout, self._facts, self._metrics(), self._selection, self._clocks, place=self._place
        )
        self.update()

    def _tick(self) -> None:
        self._now = self._clock()
        self._relayout()

    def showEvent(self, event: QShowEvent) -> None:
        # The now line only moves while someone can see it: no wake-ups from a hidden window.
        self._now = self._clock()
        self._timer.start()
        self._relayout()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self._metrics_cache = None
            self._relayout()
        super().changeEvent(event)

    def _brushes(self) -> dict[Kind, QColor]:
        return timeline_colours(self.palette())

    def paintEvent(self, event: QPaintEvent) -> None:
        began = time.perf_counter()
        painter = QPainter(self)
        layout = self._current_layout()
        if layout is None:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        else:
            # Everything but the picked slot is painted once per layout into two layers, the slot
            # between them: a repaint, and every frame of a drag, is then two copies and one box. A
            # layout's first paint (the window's first frame among them) goes straight onto the widget
            # in the same order instead, not waiting for the layers, which are made in the event loop's
            # next turn, before a drag could need them.
            layers = self._painted_layers(layout) if self._layout_painted else None
            self._layout_painted = True
            if layers is None:
                painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
                self._paint_under(painter, layout)
                QTimer.singleShot(0, self, self._cache_layers)
            else:
                painter.drawPixmap(0, 0, layers[0])
            picked = [box for box in layout.boxes if box.kind is Kind.SELECTION]
            self._paint_boxes(painter, picked)
            if layers is None:
                self._paint_over(painter, layout)
            else:
                painter.drawPixmap(0, 0, layers[1])
            styles = self._label_styles()
            for label in layout.labels:
                if label.kind is Kind.SELECTION_LABEL:
                    self._paint_label(painter, label, styles)
            hover = self.hover()
            if hover is not None:
                band, labels = hover
                painter.fillRect(
                    QRectF(band.rect.x, band.rect.y, band.rect.w, band.rect.h), self._brushes()[Kind.HOVER]
                )
                for label in labels:
                    self._paint_label(painter, label, styles)
        painter.end()
        self.last_paint_ms = (time.perf_counter() - began) * 1000
        self.painted.emit()

    def _painted_layers(self, layout: TimelineLayout) -> tuple[QPixmap, QPixmap]:
        """The background and boxes beneath the picked slot, and the lines and labels above it; kept
        until the next full layout (new facts, options, size, "now", palette, font or locale)."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio)
        if self._layers is not None and self._layers[0] == key:
            return self._layers[1], self._layers[2]
        pal = self.palette()
        size = QSize(max(round(self.width() * ratio), 1), max(round(self.height() * ratio), 1))
        under = QPixmap(size)
        under.setDevicePixelRatio(ratio)
        under.fill(pal.color(QPalette.ColorRole.Window))
        painter = QPainter(under)
        self._paint_under(painter, layout)
        painter.end()
        over = QPixmap(size)
        over.setDevicePixelRatio(ratio)
        over.fill(Qt.GlobalColor.transparent)
        painter = QPainter(over)
        self._paint_over(painter, layout)
        painter.end()
        self._layers = (key, under, over)
        return under, over

    def _cache_layers(self) -> None:
        """The layers for the layout last painted straight onto the widget, unless it has changed since."""
        if self._layout is not None and not self._layout_stale and self._layout_painted:
            self._painted_layers(self._layout)

    def _paint_under(self, painter: QPainter, layout: TimelineLayout) -> None:
        """The boxes beneath the picked slot."""
        self._paint_boxes(painter, [box for box in layout.boxes if box.kind is not Kind.SELECTION])

    def _paint_over(self, painter: QPainter, layout: TimelineLayout) -> None:
        """The lines and labels above the picked slot (its own label aside)."""
        self._paint_lines(painter, layout)
        styles = self._label_styles()
        for label in layout.labels:
            if label.kind is not Kind.SELECTION_LABEL:
                self._paint_label(painter, label, styles)

    def _paint_boxes(self, painter: QPainter, boxes: Sequence[Box]) -> None:
        pal = self.palette()
        colours = self._brushes()
        painter.setPen(Qt.PenStyle.NoPen)
        for box in boxes:
            r = box.rect
            rect = QRectF(r.x, r.y, r.w, r.h)
            if box.kind in PATTERNS:
                # Days off and holidays hatched, not just tinted, so they read apart in greyscale too.
                painter.setBrush(QBrush(colours[box.kind], PATTERNS[box.kind]))
                painter.drawRect(rect)
            elif box.kind is Kind.SELECTION:
                painter.setBrush(colours[Kind.SELECTION])
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Link), 2))
                painter.drawRect(rect)
                painter.setPen(Qt.PenStyle.NoPen)
            elif box.kind is Kind.OPTION:
                painter.setBrush(colours[Kind.OPTION])
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Link), 1.5, Qt.PenStyle.DashLine))
                painter.drawRect(rect)
                painter.setPen(Qt.PenStyle.NoPen)
            elif box.kind is Kind.OPTION_BADGE:
                painter.setBrush(pal.color(QPalette.ColorRole.Link))
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1.5))
                painter.drawEllipse(rect)
                painter.setPen(Qt.PenStyle.NoPen)
            elif box.kind is Kind.CHECKIN:
                # A diamond, so it reads as a moment, not a stretch of time like the bands and options.
                painter.setBrush(pal.color(QPalette.ColorRole.LinkVisited))
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1))
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(rect.center().x(), rect.top()),
                            QPointF(rect.right(), rect.center().y()),
                            QPointF(rect.center().x(), rect.bottom()),
                            QPointF(rect.left(), rect.center().y()),
                        ]
                    )
                )
                painter.setPen(Qt.PenStyle.NoPen)
            elif box.kind is Kind.MEETING:
                painter.setBrush(colours[Kind.MEETING])
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1))
                painter.drawRoundedRect(rect, 3, 3)
                painter.setPen(Qt.PenStyle.NoPen)
            elif box.kind in (Kind.HOURS, Kind.SHARED, Kind.EDGE):
                painter.setBrush(colours[box.kind])
                painter.drawRoundedRect(rect, 3, 3)
            else:
                painter.fillRect(rect, colours[box.kind])

    def _paint_lines(self, painter: QPainter, layout: TimelineLayout) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        line_pens = {
            Kind.GRID: QPen(with_alpha(text, 28), 1),
            Kind.DAY_LINE: QPen(with_alpha(text, 120), 1.5),
            Kind.CLIENT_DAY: QPen(with_alpha(text, 70), 1, Qt.PenStyle.DotLine),
            Kind.CLOCK_CHANGE: QPen(pal.color(QPalette.ColorRole.Link), 2, Qt.PenStyle.DashLine),
            Kind.CHECKIN: QPen(with_alpha(pal.color(QPalette.ColorRole.LinkVisited), 150), 1),
            Kind.NOW: QPen(text, 2),
        }
        for line in layout.lines:
            painter.setPen(line_pens[line.kind])
            painter.drawLine(QPointF(line.x1, line.y1), QPointF(line.x2, line.y2))

    def _label_styles(self) -> dict[Kind, tuple[QFont, QColor]]:
        """The font and colour of each kind of label, looked up once per painting, not once per label."""
        pal = self.palette()
        regular = self.font()
        bold = self.font()
        bold.setBold(True)
        styles: dict[Kind, tuple[QFont, QColor]] = {}
        for kind in Kind:
            colour = pal.color(QPalette.ColorRole.Text)
            if kind in (Kind.HINT, Kind.PLACE):
                colour = pal.color(QPalette.ColorRole.PlaceholderText)
            elif kind is Kind.SHARED_LABEL:
                colour = pal.color(QPalette.ColorRole.HighlightedText)
            elif kind is Kind.SHARED_TOTAL:
                colour = pal.color(QPalette.ColorRole.Highlight)
            elif kind in (Kind.OPTION_LABEL, Kind.MEETING_LABEL):
                colour = pal.color(QPalette.ColorRole.Base)
            elif kind is Kind.CLOCK_CHANGE:
                colour = pal.color(QPalette.ColorRole.Link)
            bolder = kind in (
                Kind.OPTION_LABEL, Kind.SELECTION_LABEL, Kind.NAME, Kind.NOW, Kind.DAY_LABEL,
                Kind.HOVER_LABEL, Kind.MEETING_LABEL,
            )  # fmt: skip
            styles[kind] = (bold if bolder else regular, colour)
        small = self._small_font()
        for kind in (Kind.AXIS_ME, Kind.AXIS_OTHER):
            styles[kind] = (small, styles[kind][1])
        return styles

    def _paint_label(self, painter: QPainter, label: Label, styles: dict[Kind, tuple[QFont, QColor]]) -> None:
        r = label.rect
        rect = QRectF(r.x, r.y, r.w, r.h)
        if label.kind in BACKED:  # over hatches and bands: on a plate of the base colour, to stay legible
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(with_alpha(self.palette().color(QPalette.ColorRole.Base), 225))
            painter.drawRoundedRect(rect, 3, 3)
        elif label.kind is Kind.MEETING_LABEL:  # the meeting's own colour: whose it is, wherever it lands
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._brushes()[Kind.MEETING])
            painter.drawRoundedRect(rect, 3, 3)
        font, colour = styles[label.kind]
        painter.setFont(font)
        painter.setPen(colour)
        text = label.text
        if label.kind in (Kind.NAME, Kind.PLACE, Kind.HOLIDAY_LABEL, Kind.HINT, Kind.MEETING_LABEL):
            text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, r.w)
        painter.drawText(rect, _ALIGN[label.align], text)

    # --- gestures ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        layout = self._current_layout()
        if layout is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        if layout.in_strip(pos.y()) and self._mode_hours() == 24:
            self._strip_drag = pos.x()
            return
        option = layout.option_at(pos.x(), pos.y())
        if option is not None:
            self.set_selection(self._options[option])
            self.slotAccepted.emit(self._options[option])
            return
        if pos.x() < layout.plot.x:
            return
        self._drag_anchor = self._instant_at(pos.x())
        self._dragged = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        layout = self._current_layout()
        if layout is None:
            return
        pos = event.position()
        if self._strip_drag is not None:
            hours = round((pos.x() - self._strip_drag) / (layout.plot.w / 24))
            if hours:
                self._strip_drag += hours * layout.plot.w / 24
                self.dayMoved.emit(-hours)
            return
        inside = layout.plot.x <= pos.x() <= layout.plot.right
        hover = pos.x() if inside else None
        if hover != self._hover_x:
            self._hover_x = hover
            self.update()
        if self._drag_anchor is not None:  # set by a left press, cleared on release
            here = self._instant_at(pos.x())
            if here != self._drag_anchor:
                if not self._dragged:
                    self._dragged = True
                    if self._drag_anchor < self._clock():
                        self.pickRefused.emit()
                if min(here, self._drag_anchor) >= self._clock():
                    self._offer(Interval(min(here, self._drag_anchor), max(here, self._drag_anchor)))
        # Everyone's time at the pointer is written in their rows (the hover band); a tooltip adds what the
        # rows cannot hold: the public holiday under the pointer, named, with everyone's time.
        if inside and (self._holiday_at(pos.x()) or self._titles_at(pos.x())):
            QToolTip.showText(event.globalPosition().toPoint(), self.describe_at(pos.x()), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover_x is not None:
            self._hover_x = None
            self.update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Shift+wheel moves the day view's 24 hours an hour at a time."""
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self._mode_hours() == 24:
            delta = event.angleDelta().y() or event.angleDelta().x()
            if delta:
                self.dayMoved.emit(-1 if delta > 0 else 1)
            event.accept()
            return
        super().wheelEvent(event)

    def _mode_hours(self) -> float:
        """How many hours the view shows (24 in the day view)."""
        return 0.0 if self._facts is None else self._facts.span.duration.total_seconds() / 3600

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._strip_drag = None
        if self._drag_anchor is not None and not self._dragged:
            # A click without a drag picks a slot of the meeting's length starting there.
            self._offer(Interval(self._drag_anchor, self._drag_anchor + self._duration))
        self._drag_anchor = None

    def _holiday_at(self, x: float) -> bool:
        layout = self._current_layout()
        if layout is None or self._facts is None:
            return False
        instant = datetime.fromtimestamp(layout.seconds_at(x), UTC)
        return any(i.contains(instant) for lane in self._facts.lanes for i, _name in lane.holidays)

    def _titles_at(self, x: float) -> list[str]:
        """The titles of the busy events under ``x`` that may be shown."""
        layout = self._current_layout()
        if layout is None or not self._busy_titles:
            return []
        instant = datetime.fromtimestamp(layout.seconds_at(x), UTC)
        return [title for interval, title in self._busy_titles if title and interval.contains(instant)]

    def describe_at(self, x: float) -> str:
        """Everyone's wall clock at ``x``: what the hover tooltip says."""
        layout = self._current_layout()
        assert layout is not None
        assert self._facts is not None
        instant = datetime.fromtimestamp(layout.seconds_at(x), UTC)
        metrics = self._metrics()
        parts: list[str] = []
        for lane, name in zip(self._facts.lanes, self._clocks, strict=True):
            zone = lane.zone_at(instant)
            wall = wall_clock(instant, zone)
            part = self.tr("{weekday} {time} {clock}", "hover text: Mon 23:00 you").format(
                weekday=metrics.weekday(wall),
                time=metrics.clock(wall),
                clock=clock_name(lane, zone, name, self._place),
            )
            holiday = next((n for i, n in lane.holidays if i.contains(instant)), None)
            if holiday is not None:
                part += self.tr(" — public holiday: {name}").format(name=holiday)
            if not parts and (titles := self._titles_at(x)):
                part += self.tr(" — busy: {titles}").format(titles=", ".join(titles))
            parts.append(part)
        return " · ".join(parts)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._facts is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        step = self._step_minutes
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            current = self._selection or self._default_selection()
            sign = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            minutes = step if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) else 24 * 60
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                end = self._move(current.end, sign * step)
                if end <= current.start:
                    end = self._move(current.start, step)
                self._offer(Interval(current.start, end))
            elif self._selection is None:
                self._offer(current)
            else:
                start = self._move(current.start, sign * minutes)
                self._offer(Interval(start, start + current.duration))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selection is not None:
            self.slotAccepted.emit(self._selection)
            return
        if key == Qt.Key.Key_Escape and self._selection is not None:
            self.set_selection(None)
            return
        super().keyPressEvent(event)

    def _default_selection(self) -> Interval:
        """Where the keyboard starts: the first suggested option, else the first shared time, else
        the first round slot of the view on the client's clock."""
        assert self._facts is not None
        if self._options:
            return self._options[0]
        now = self._clock()
        shared = [w for w in self._facts.shared if w.start >= now]
        if shared:
            start = shared[0].start
        else:
            begin = max(self._facts.span.start, now)
            start = snap(begin, self._snap_zone(begin), self._step_minutes)
            if start < now:
                start = self._move(start, self._step_minutes)
        return Interval(start, start + self._duration)
