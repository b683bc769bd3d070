"""The options the proposal offers, one row each, numbered as the text and the timeline's badges number
them: when each is on the client's clock and on the freelancer's, what the freelancer should know
about it (whose hours it leaves, whose holiday it is), and buttons to bring it into view or, for the
slot picked on the timeline, to remove it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QWidget


class OptionRow(NamedTuple):
    """One row as the freelancer reads it: ``when`` on the client's clock, ``mine`` on theirs, ``warning``
    (empty when the option is sound), whether it is the ``picked`` slot and whether it is ``in_view``."""

    number: int
    when: str
    mine: str
    warning: str
    picked: bool
    in_view: bool


class OptionList(QWidget):
    """The rows of :class:`OptionRow`, rebuilt whenever the proposal changes.

    Signals:
        showRequested(int): bring the option with this number into view.
        removeRequested(): remove the picked slot from the proposal.
        bookRequested(int): the client accepted the option with this number: book it.
    """

    showRequested = Signal(int)
    removeRequested = Signal()
    bookRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Options in the proposal"))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self._rows: tuple[OptionRow, ...] = ()
        self.labels: list[QLabel] = []
        self.show_buttons: list[QToolButton] = []
        self.book_buttons: list[QToolButton] = []
        self.remove_button: QToolButton | None = None

    def rows(self) -> tuple[OptionRow, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[OptionRow]) -> None:
        rows = tuple(rows)
        if rows == self._rows:
            return
        self._rows = rows
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.labels, self.show_buttons, self.book_buttons, self.remove_button = [], [], [], None
        for line, row in enumerate(rows):
            badge = QLabel(str(row.number), self)
            bold = badge.font()
            bold.setBold(True)
            badge.setFont(bold)
            badge.setAccessibleName(self.tr("Option {number}").format(number=row.number))
            text = QLabel(self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)  # names and places are shown as typed
            picked = self.tr(" — picked on the timeline") if row.picked else ""
            text.setText(f"{row.when}{picked}\n{row.mine}")
            # Both lines whole however little room the window leaves: a squeezed row would paint over the
            # next one's first line.
            text.setMinimumHeight(2 * text.fontMetrics().lineSpacing())
            if row.warning:
                warning = QLabel(f"⚠ {row.warning}", self)
                warning.setTextFormat(Qt.TextFormat.PlainText)
                warning.setWordWrap(True)
                warning.setMinimumHeight(warning.fontMetrics().lineSpacing())
                palette = warning.palette()
                palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Link))
                warning.setPalette(palette)
                self._grid.addWidget(warning, 2 * line + 1, 1, 1, 4)
            spoken = f"{row.when}{picked}. {row.mine}. {row.warning}".strip()
            text.setAccessibleName(spoken)
            show = QToolButton(self)
            show.setText(self.tr("Show") if not row.in_view else self.tr("In view"))
            show.setEnabled(not row.in_view)
            show.setToolTip(self.tr("Bring option {number} into view").format(number=row.number))
            show.setAccessibleName(self.tr("Show option {number}").format(number=row.number))
            show.clicked.connect(lambda _=False, n=row.number: self.showRequested.emit(n))
            self._grid.addWidget(badge, 2 * line, 0)
            self._grid.addWidget(text, 2 * line, 1)
            self._grid.addWidget(show, 2 * line, 2)
            book = QToolButton(self)
            book.setText(self.tr("Book"))
            book.setToolTip(
                self.tr(
                    "Accepted: book option {number}, keep it out of later proposals and save its .ics"
                ).format(number=row.number)
            )
            book.setAccessibleName(self.tr("Book option {number}").format(number=row.number))
            book.clicked.connect(lambda _=False, n=row.number: self.bookRequested.emit(n))
            self._grid.addWidget(book, 2 * line, 3)
            self.labels.append(text)
            self.show_buttons.append(show)
            self.book_buttons.append(book)
            if row.picked:
                remove = QToolButton(self)
                remove.setText("×")
                remove.setToolTip(self.tr("Remove the picked slot from the proposal"))
                remove.setAccessibleName(self.tr("Remove the picked slot"))
                remove.clicked.connect(self.removeRequested)
                self._grid.addWidget(remove, 2 * line, 4)
                self.remove_button = remove

    def texts(self) -> list[str]:
        """What each row says, as plain text (what a screen reader reads)."""
        return [label.accessibleName() for label in self.labels]
