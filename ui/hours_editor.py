"""A person's weekly hours: blocks per weekday that anyone can set, and the same hours as one text line."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.hours import Block, HoursError, WeeklyHours, format_hours, parse_hours
from ui.app_messages import error_text

GRAMMAR_EXAMPLE = "mon-fri 09:00-17:00; sat 10:00-12:00"
"""Hours as text are written in the grammar's own words in every interface language, so not translated."""


class EndTimeEdit(QTimeEdit):
    """The end of a block: the coming midnight reads ``24:00``, as in the hours text, not ``00:00``; it
    takes ``24:00`` typed, and stepping past 23:xx comes round to it."""

    def __init__(self, time: QTime, parent: QWidget | None = None) -> None:
        super().__init__(time, parent)
        self.setWrapping(True)

    def textFromDateTime(self, dt: QDateTime | object) -> str:
        assert isinstance(dt, QDateTime)
        if dt.time() == QTime(0, 0):
            return "24:00"
        return super().textFromDateTime(dt)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if text.startswith("24"):
            state = QValidator.State.Acceptable if text == "24:00" else QValidator.State.Intermediate
            return (state, text, pos)
        return super().validate(text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:
        return super().dateTimeFromText("00" + text[2:] if text.startswith("24") else text)


class _BlockEdit(QWidget):
    """One block: from, to, a note when it ends on the next day, and a button to remove it."""

    changed = Signal()
    removed = Signal()

    def __init__(self, day_name: str, start: int, end: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = QTimeEdit(QTime(start // 60, start % 60), self)
        self.end = EndTimeEdit(QTime((end // 60) % 24, end % 60), self)
        for edit, name in (
            (self.start, self.tr("{day} from").format(day=day_name)),
            (self.end, self.tr("{day} to").format(day=day_name)),
        ):
            # The hours grammar is written on a 24-hour clock in every language, so the blocks are too.
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
            edit.timeChanged.connect(self._changed)
        self.next_day = QLabel(self)
        remove = QToolButton(self)
        remove.setText("×")
        remove.setAccessibleName(self.tr("Remove this {day} block").format(day=day_name))
        remove.setToolTip(self.tr("Remove this block"))
        remove.clicked.connect(self.removed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.end)
        layout.addWidget(self.next_day)
        layout.addWidget(remove)
        self._changed()

    def minutes(self) -> tuple[int, int]:
        start = self.start.time().hour() * 60 + self.start.time().minute()
        end = self.end.time().hour() * 60 + self.end.time().minute()
        return start, end or 1440  # 00:00 as an end is the coming midnight

    def _changed(self) -> None:
        start, end = self.minutes()
        self.next_day.setText(self.tr("next day") if end < start else "")
        self.changed.emit()


def _discard(edit: _BlockEdit) -> None:
    """Take a block out of sight at once; deleting it waits for the event loop, and until then a
    visible block could still be clicked (found by the monkey test: × clicked twice raised)."""
    edit.hide()
    edit.deleteLater()


class HoursEditor(QWidget):
    """Hours per weekday as time blocks, kept in sync with the grammar line under them.

    Signals:
        hoursChanged(str, str): the hours as grammar text, and the problem with them ("" when valid).
    """

    hoursChanged = Signal(str, str)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self._error = ""
        self._rows: list[QHBoxLayout] = []
        self._blocks: list[list[_BlockEdit]] = [[] for _ in range(7)]
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        locale = self.locale()
        self._day_names = [locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in range(7)]
        for day in range(7):
            grid.addWidget(QLabel(self._day_names[day], self), day, 0)
            row = QHBoxLayout()
            row.setSpacing(8)
            # Blocks keep their own width, from the left: a day with one block lines up with the others.
            row.addStretch(1)
            self._rows.append(row)
            grid.addLayout(row, day, 1)
            add = QToolButton(self)
            add.setText("+")
            add.setToolTip(self.tr("Add a block on {day}").format(day=self._day_names[day]))
            add.setAccessibleName(add.toolTip())
            add.clicked.connect(lambda _=False, d=day: self._add_block(d))
            grid.addWidget(add, day, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        copy = QPushButton(self.tr("Copy Monday to Tue–Fri"), self)
        copy.setAccessibleName(self.tr("Copy Monday's blocks to Tuesday to Friday"))
        copy.clicked.connect(self._copy_monday)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(self.tr("Hours as text"))
        self.line.setPlaceholderText(GRAMMAR_EXAMPLE)
        self.line.setToolTip(
            self.tr("The same hours as text, e.g. 'mon-fri 09:00-12:00 13:00-17:00; sat 10:00-12:00'")
        )
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the hours"))
        self.error.setForegroundRole(self.error.foregroundRole())
        # A line kept for it, empty while the hours are fine: nothing under it moves as it comes and goes.
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Or as text:"), self))
        layout.addWidget(self.line)
        layout.addWidget(self.error)
        self.line.textEdited.connect(self._text_edited)
        self.set_text(text)

    # --- public --------------------------------------------------------------------------------
    def text(self) -> str:
        return self.line.text()

    def problem(self) -> str:
        return self._error

    def set_text(self, text: str) -> None:
        self.line.setText(text)
        self._text_edited(text)

    # --- sync ----------------------------------------------------------------------------------
    def _text_edited(self, text: str) -> None:
        try:
            hours = parse_hours(text)
        except HoursError as error:
            self._set_error(
                self.tr("{detail}", "hours cannot be read; {detail} is the parser's reason").format(
                    detail=error_text(error)
                )
            )
            return
        self._show_blocks(hours)
        self._set_error("")

    def _show_blocks(self, hours: WeeklyHours) -> None:
        self._syncing = True
        for day in range(7):
            for edit in self._blocks[day]:
                _discard(edit)
            self._blocks[day] = []
            for block in hours.on(day):
                self._add_block(day, block.start, block.end)
        self._syncing = False

    def _add_block(self, day: int, start: int = 9 * 60, end: int = 17 * 60) -> None:
        edit = _BlockEdit(self._day_names[day], start, end, self)
        edit.changed.connect(self._blocks_changed)
        edit.removed.connect(lambda: self._remove_block(day, edit))
        self._blocks[day].append(edit)
        self._rows[day].insertWidget(len(self._blocks[day]) - 1, edit)
        self._blocks_changed()

    def _remove_block(self, day: int, edit: _BlockEdit) -> None:
        if edit not in self._blocks[day]:  # a second click on × before the block was gone
            return
        self._blocks[day].remove(edit)
        _discard(edit)
        self._blocks_changed()

    def _copy_monday(self) -> None:
        monday = [b.minutes() for b in self._blocks[0]]
        self._syncing = True
        for day in range(1, 5):
            for block in self._blocks[day]:
                _discard(block)
            self._blocks[day] = []
            for start, end in monday:
                self._add_block(day, start, end)
        self._syncing = False
        self._blocks_changed()

    def _blocks_changed(self) -> None:
        if self._syncing:
            return
        blocks: list[Block] = []
        for day in range(7):
            for edit in self._blocks[day]:
                start, end = edit.minutes()
                if start == end % 1440:
                    self._set_error(
                        self.tr("{day}: a block cannot start and end at the same time").format(
                            day=self._day_names[day]
                        )
                    )
                    return
                # The time edits give a minute of the day and an end in 1..1440: a valid block.
                blocks.append(Block(day, start, end))
        text = format_hours(WeeklyHours.of(blocks))
        self.line.setText(text)
        self._set_error("" if blocks else self.tr("Hours are empty; add a block on at least one day."))

    def _set_error(self, message: str) -> None:
        self._error = message
        self.error.setText(message)
        self.hoursChanged.emit(self.line.text(), message)
