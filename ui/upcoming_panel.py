"""The meetings Coretime arranged that are still ahead, soonest first: each on the client's clock and the
freelancer's, with whom, how long and how far away, and what can be done with it — show it on the
timeline, move it to the slot picked there, write its calendar file again, or cancel it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from app.meetings import UpcomingRow
from ui.wall_text import clock_text, countdown_text, dated_text


class UpcomingPanel(QWidget):
    """Rows of :class:`app.meetings.UpcomingRow`, rebuilt when the meetings or the minute change.

    Signals (each with the meeting's ``UID``):
        showRequested(str): bring the meeting into view on the timeline.
        moveRequested(str): move it to the slot picked on the timeline.
        exportRequested(str): write its calendar file (again).
        cancelRequested(str): cancel it (the window asks first).
    """

    showRequested = Signal(str)
    moveRequested = Signal(str)
    exportRequested = Signal(str)
    cancelRequested = Signal(str)

    def __init__(self, place: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Upcoming meetings"))
        self._place = place  # a zone id → its place, in the interface's language
        self._rows: tuple[UpcomingRow, ...] = ()
        self._can_move = False
        self.empty = QLabel(
            self.tr(
                "No meetings booked yet. Book an option in the Proposal tab, or export a slot, and it is "
                "listed here with a countdown, kept out of later proposals and reminded of."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self._list = QWidget(self)
        self._grid = QGridLayout(self._list)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(scroll)
        inner = QVBoxLayout(holder)
        inner.addWidget(self.empty)
        inner.addWidget(self._list)
        inner.addStretch(1)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.labels: list[QLabel] = []
        self.buttons: list[dict[str, QToolButton]] = []
        self.empty.show()

    def rows(self) -> tuple[UpcomingRow, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[UpcomingRow], *, can_move: bool) -> None:
        """Show ``rows``; ``can_move`` when a slot is picked on the timeline to move a meeting to."""
        rows = tuple(rows)
        if rows == self._rows and can_move == self._can_move:
            return
        self._rows, self._can_move = rows, can_move
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.labels, self.buttons = [], []
        self.empty.setVisible(not rows)
        for line, row in enumerate(rows):
            text = QLabel(self._list)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed
            text.setText(self.row_text(row))
            text.setAccessibleName(self.row_text(row).replace("\n", ". "))
            self._grid.addWidget(text, 2 * line, 0)
            if row.clash:
                warning = QLabel(
                    "⚠ " + self.tr("Overlaps another meeting or busy time in your calendars"), self._list
                )
                warning.setWordWrap(True)
                palette = warning.palette()
                palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Link))
                warning.setPalette(palette)
                self._grid.addWidget(warning, 2 * line + 1, 0, 1, 2)
            self._grid.addWidget(self._actions(row), 2 * line, 1)
            self.labels.append(text)

    def _actions(self, row: UpcomingRow) -> QWidget:
        box = QWidget(self._list)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        found: dict[str, QToolButton] = {}
        for key, text, tip, signal in (
            ("show", self.tr("Show"), self.tr("Show this meeting on the timeline"), self.showRequested),
            (
                "move",
                self.tr("Move here"),
                self.tr("Move this meeting to the slot picked on the timeline, and write the update"),
                self.moveRequested,
            ),
            (
                "export",
                self.tr("Export .ics"),
                self.tr("Write this meeting's calendar file again"),
                self.exportRequested,
            ),
            (
                "cancel",
                self.tr("Cancel…"),
                self.tr("Cancel this meeting and write the cancellation for the calendars"),
                self.cancelRequested,
            ),
        ):
            button = QToolButton(box)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{text} — {', '.join(row.names)}")
            button.clicked.connect(lambda _=False, uid=row.uid, s=signal: s.emit(uid))
            layout.addWidget(button)
            found[key] = button
        found["move"].setEnabled(self._can_move)
        if not self._can_move:
            found["move"].setToolTip(
                self.tr("Pick a slot on the timeline first, then move the meeting to it")
            )
        self.buttons.append(found)
        return box

    def row_text(self, row: UpcomingRow) -> str:
        """Two lines: when on the client's clock, with whom; then on the freelancer's, length, time left."""
        locale = self.locale()
        names = ", ".join(row.names) or self.tr("a client no longer in Coretime")
        theirs = self.tr("{day} {time} in {place} · {names}").format(
            day=dated_text(row.theirs, locale),
            time=clock_text(row.theirs, locale),
            place=self._place(getattr(row.theirs.tzinfo, "key", "UTC")),
            names=names,
        )
        left = (
            self.tr("now, for {minutes} min more").format(
                minutes=max(row.minutes + int(row.until.total_seconds() // 60), 0)
            )
            if row.running
            else self.tr("in {countdown}").format(
                countdown=countdown_text(int(row.until.total_seconds() // 60))
            )
        )
        mine = self.tr("{day} {time} your time · {length} min · {left}").format(
            day=dated_text(row.mine, locale), time=clock_text(row.mine, locale), length=row.minutes, left=left
        )
        return f"{theirs}\n{mine}"

    def texts(self) -> list[str]:
        """What each row says, as the freelancer reads it."""
        return [label.text() for label in self.labels]
