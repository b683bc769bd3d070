"""The people list's rows: the name, and under it where the client is in their day now, with a dot for
"working now".

The status comes from :func:`app.rhythm.client_status`; this delegate only words it
(on the freelancer's locale) and paints it, so the list does no time arithmetic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.timeline import wall_clock
from app.zones import id_place
from ui.people_model import STATUS_ROLE, WORKING_ROLE
from ui.wall_text import clock_text, countdown_text, weekday_text

if TYPE_CHECKING:
    from app.rhythm import ClientStatus  # the statuses come after the first frame, and the module with them

ModelIndex = QModelIndex | QPersistentModelIndex


class ClientStatusDelegate(QStyledItemDelegate):
    """Paints the item as usual, then the status lines in the placeholder colour, the first one led by
    a dot: filled in the highlight colour while the client works, hollow otherwise. No signals.

    ``every_row_lines``: when set (a long list, laid out with uniform row heights), every row is as tall
    as a name with that many status lines, whether its status has been worked out yet or not."""

    every_row_lines: int | None = None

    # --- words ---------------------------------------------------------------------------------
    def describe(self, status: ClientStatus, locale: QLocale) -> str:
        """The status lines: the client's weekday and time now and whether they work; when they do
        not, when their core time starts on the freelancer's clock."""
        local = status.client_local
        now_there = self.tr("{weekday} {time}").format(
            weekday=weekday_text(local, locale), time=clock_text(local, locale)
        )
        if status.away_zone is not None:
            now_there = self.tr("{now} in {place}", "the client's time now, where they are away").format(
                now=now_there, place=id_place(status.away_zone)
            )
        if status.inside:
            if status.ends is None:
                return self.tr("{now} · working now").format(now=now_there)
            until = wall_clock(status.ends, local.tzinfo)  # type: ignore[arg-type]
            return self.tr("{now} · working now, until {time}").format(
                now=now_there, time=clock_text(until, locale)
            )
        why = {
            "holiday": self.tr("public holiday"),
            "weekend": self.tr("their day off"),
            "day_off": self.tr("off today", "a day off the client entered, or time away marked off"),
        }.get(status.reason or "", self.tr("outside core time"))
        head = f"{now_there} · {why}"
        mine, minutes = status.next_start_mine, status.minutes_until
        if mine is None or minutes is None:
            return head + "\n" + self.tr("no core time within a year")
        same_day = wall_clock(status.now, mine.tzinfo).date() == mine.date()  # type: ignore[arg-type]
        when = (
            clock_text(mine, locale)
            if same_day
            else f"{weekday_text(mine, locale)} {clock_text(mine, locale)}"
        )
        starts = self.tr("starts in {countdown} — {time} your time").format(
            countdown=countdown_text(minutes), time=when
        )
        return head + "\n" + starts

    # --- painting ------------------------------------------------------------------------------
    def _status(self, index: ModelIndex) -> str:
        value = index.data(STATUS_ROLE)
        return value if isinstance(value, str) else ""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        status = self._status(index)
        if self.every_row_lines is not None:
            return QSize(size.width(), size.height() + self.every_row_lines * option.fontMetrics.height() + 4)
        if not status:
            return size
        lines = status.count("\n") + 1
        return QSize(size.width(), size.height() + lines * option.fontMetrics.height() + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        status = self._status(index)
        if not status:
            super().paint(painter, option, index)
            return
        # QStyle's Python type, with its many enums, is made here rather than at import: the first
        # frame has no statuses yet, and making it costs about as much as the rest of the list.
        QStyle = QtWidgets.QStyle
        rect = option.rect
        metrics = option.fontMetrics
        line_h = metrics.height()
        lines = status.split("\n")
        # The name keeps the standard look (selection, focus, fonts) in the row's top part; the status
        # lines go below it, inside the same selected background.
        name_option = QStyleOptionViewItem(option)
        self.initStyleOption(name_option, index)
        style = name_option.widget.style() if name_option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, name_option, painter, name_option.widget
            )
        name_rect = rect.adjusted(0, 0, 0, -(len(lines) * line_h + 4))
        name_option.rect = name_rect
        super().paint(painter, name_option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        colour = palette.color(role)
        working = bool(index.data(WORKING_ROLE))
        indent = line_h  # room for the dot, at the same place on every row
        left = rect.left() + 6
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = name_rect.bottom() + 1
        dot = line_h * 0.45
        dot_rect = QRectF(left + (indent - dot) / 2 - 2, top + (line_h - dot) / 2, dot, dot)
        if working:
            painter.setPen(Qt.PenStyle.NoPen)
            dot_colour = palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            )
            painter.setBrush(dot_colour)
        else:
            painter.setPen(colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(dot_rect)
        painter.setPen(colour)
        for number, line in enumerate(lines):
            line_rect = QRectF(left + indent, top + number * line_h, rect.width() - indent - 8, line_h)
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(line_rect.width()))
            painter.drawText(line_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()
