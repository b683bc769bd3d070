"""The timeline's legend: every colour, hatch and mark it draws, each named, painted with the timeline's
own colours so the two always agree."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.timeline_colours import PATTERNS, timeline_colours
from ui.timeline_layout import Kind

SWATCH = (44, 20)


class LegendDialog(QDialog):
    """A small window beside the timeline naming what each mark means (F1, or View → Legend)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timeline legend"))
        entries = [
            (Kind.HOURS, self.tr("Working hours, on each person's own clock")),
            (Kind.EDGE, self.tr("Edge of the day: the hour before and after their hours")),
            (Kind.NIGHT, self.tr("Night: 22:00–07:00 on that person's clock")),
            (Kind.DAY_OFF, self.tr("Day off: a weekday without hours for that person")),
            (Kind.HOLIDAY, self.tr("Public holiday, named on the row: no hours that day")),
            (Kind.BUSY, self.tr("Busy in your calendars (Edit → Your calendars…)")),
            (Kind.MEETING, self.tr("A meeting you booked in Coretime, with whom (Upcoming tab)")),
            (Kind.SHARED, self.tr("Time everyone shares, with its length")),
            (
                Kind.OPTION_BADGE,
                self.tr("An option of the proposal, numbered as in the text: click to pick it"),
            ),
            (Kind.SELECTION, self.tr("The slot you picked, with its time on each clock")),
            (Kind.CHECKIN, self.tr("Daily check-in with the client")),
            (Kind.CLOCK_CHANGE, self.tr("A clock change, with the size of the jump")),
            (Kind.NOW, self.tr("Now")),
        ]
        grid = QGridLayout()
        self.texts: list[str] = []
        for row, (kind, text) in enumerate(entries):
            swatch = QLabel(self)
            swatch.setPixmap(self._swatch(kind))
            swatch.setAccessibleName(text)
            label = QLabel(text, self)
            label.setWordWrap(True)
            grid.addWidget(swatch, row, 0)
            grid.addWidget(label, row, 1)
            self.texts.append(text)
        hint = QLabel(
            self.tr(
                "Each row reads its own clock: hours under the person's dates. Hover to see everyone's time "
                "at the pointer; in the day view, Shift+wheel or a drag along the hours moves the 24 hours."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _swatch(self, kind: Kind) -> QPixmap:
        palette = self.palette()
        colours = timeline_colours(palette)
        w, h = SWATCH
        pixmap = QPixmap(w, h)
        pixmap.fill(palette.color(QPalette.ColorRole.Base))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(2, 2, w - 4, h - 4)
        link = palette.color(QPalette.ColorRole.Link)
        if kind in PATTERNS:
            painter.fillRect(rect, QBrush(colours[kind], PATTERNS[kind]))
        elif kind in (Kind.HOURS, Kind.EDGE, Kind.NIGHT, Kind.SHARED, Kind.MEETING):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours[kind])
            painter.drawRoundedRect(rect, 3, 3)
        elif kind is Kind.SELECTION:
            painter.setBrush(colours[kind])
            painter.setPen(QPen(link, 2))
            painter.drawRect(rect)
        elif kind is Kind.OPTION_BADGE:
            painter.setBrush(link)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(w / 2 - 8, h / 2 - 8, 16, 16))
            painter.setPen(palette.color(QPalette.ColorRole.Base))
            painter.drawText(QRectF(w / 2 - 8, h / 2 - 8, 16, 16), int(Qt.AlignmentFlag.AlignCenter), "1")
        elif kind is Kind.CHECKIN:
            painter.setBrush(palette.color(QPalette.ColorRole.LinkVisited))
            painter.setPen(Qt.PenStyle.NoPen)
            c = rect.center()
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(c.x(), 2),
                        QPointF(c.x() + 7, c.y()),
                        QPointF(c.x(), h - 2),
                        QPointF(c.x() - 7, c.y()),
                    ]
                )
            )
        else:
            pen = (
                QPen(link, 2, Qt.PenStyle.DashLine)
                if kind is Kind.CLOCK_CHANGE
                else QPen(palette.color(QPalette.ColorRole.Text), 2)
            )
            painter.setPen(pen)
            painter.drawLine(QPointF(w / 2, 1), QPointF(w / 2, h - 1))
        painter.end()
        return pixmap
