"""The timeline's colours, each meaning one thing, from the palette: shared by the timeline, which paints
them, and the legend, which names them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from ui.timeline_layout import Kind

PATTERNS = {
    Kind.DAY_OFF: Qt.BrushStyle.BDiagPattern,
    Kind.HOLIDAY: Qt.BrushStyle.DiagCrossPattern,
    Kind.BUSY: Qt.BrushStyle.FDiagPattern,
}
"""Kinds painted as hatches, so they read apart from the tints even in greyscale."""


def with_alpha(color: QColor, alpha: int) -> QColor:
    """``color`` with opacity ``alpha`` (0–255)."""
    result = QColor(color)
    result.setAlpha(alpha)
    return result


def timeline_colours(palette: QPalette) -> dict[Kind, QColor]:
    """Working hours green, the edge of the day pale amber, nights a dark shade, days off hatched grey,
    holidays hatched red, busy time from the freelancer's calendars hatched violet the other way,
    meetings Coretime booked solid teal,
    shared time the palette's highlight: hues that stay apart for the common
    colour-vision deficiencies too (green and amber also differ in lightness and in height)."""
    role = QPalette.ColorRole
    light = palette.color(role.Base).lightness() > 128
    text = palette.color(role.Text)
    highlight = palette.color(role.Highlight)
    link = palette.color(role.Link)
    return {
        Kind.LANE: palette.color(role.Base),
        Kind.LANE_ALT: palette.color(role.AlternateBase),
        Kind.NIGHT: QColor(30, 40, 90, 40) if light else QColor(0, 0, 0, 120),
        Kind.DAY_OFF: with_alpha(text, 80),
        Kind.EDGE: QColor(235, 170, 40, 95) if light else QColor(220, 160, 60, 110),
        Kind.HOURS: QColor(46, 150, 80, 190) if light else QColor(90, 190, 120, 190),
        Kind.HOLIDAY: QColor(200, 60, 30, 200) if light else QColor(255, 120, 90, 210),
        Kind.BUSY: QColor(110, 50, 170, 230) if light else QColor(200, 150, 255, 230),
        Kind.MEETING: QColor(0, 110, 140, 235) if light else QColor(70, 190, 215, 235),
        Kind.SHARED: highlight,
        Kind.SHARED_COLUMN: with_alpha(highlight, 45 if light else 60),
        Kind.OPTION: with_alpha(link, 35),
        Kind.OPTION_DAY: with_alpha(link, 40),
        Kind.SELECTION: with_alpha(link, 45),
        Kind.HOVER: with_alpha(text, 170),
    }
