"""The Convert box above the proposal: a time as the client wrote it ("Tue 3pm EST works?") read on both
clocks, with what was assumed, the other readings a click away, and a reply in the client's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QClipboard, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from datetime import datetime

    from app.convert import Conversion
    from app.intervals import Interval

Reader = Callable[[str], "Conversion"]
"""Reads a client's sentence for the selected client (raises app.convert.ConvertError)."""
Describer = Callable[["Conversion"], list[str]]
"""The lines that say what a conversion understood, in the interface language."""
Naming = Callable[["datetime"], str]
"""An instant as the freelancer reads it, for the buttons of the other readings."""


class ConvertBox(QWidget):
    """A field for the client's words, a line per thing understood, buttons for the other readings, and
    the reply with Copy and Pick.

    Signals:
        pickRequested(object): put this :class:`~app.intervals.Interval` on the timeline as the slot.
        alternativeChosen(object): read the text again at this other instant (a ``datetime``).
        copied(str): the reply was put on the clipboard.
        bookRequested(object): the client's time is agreed: book this :class:`~app.intervals.Interval`.
    """

    pickRequested = Signal(object)
    alternativeChosen = Signal(object)
    copied = Signal(str)
    bookRequested = Signal(object)

    def __init__(self, clipboard: QClipboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._reader: Reader | None = None
        self._describe: Describer | None = None
        self._name: Naming | None = None
        self._conversion: Conversion | None = None
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Paste the client's time here, e.g. 'Tue 3pm EST works?'"))
        self.field.setAccessibleName(self.tr("The client's time, as they wrote it"))
        self.field.setClearButtonEnabled(True)
        self.paste_button = QPushButton(self.tr("Paste and read"), self)
        self.paste_button.setToolTip(self.tr("Read the time on the clipboard"))
        self.read_button = QPushButton(self.tr("Read"), self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the time could not be read"))
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Link))
        self.error.setPalette(palette)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("What the time is on both clocks"))
        self.alternatives = QHBoxLayout()
        self.reply = QPlainTextEdit(self)
        self.reply.setReadOnly(True)
        self.reply.setMaximumHeight(self.fontMetrics().height() * 5)
        self.reply.setAccessibleName(self.tr("Reply to the client"))
        self.copy_button = QPushButton(self.tr("Copy reply"), self)
        self.pick_button = QPushButton(self.tr("Pick on the timeline"), self)
        self.pick_button.setToolTip(self.tr("Make it the proposal's slot, to export or propose"))
        self.book_button = QPushButton(self.tr("Book and save .ics"), self)
        self.book_button.setToolTip(
            self.tr("The time is agreed: book it, keep it out of later proposals and save its calendar file")
        )

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.read_button)
        row.addWidget(self.paste_button)
        buttons = QHBoxLayout()
        buttons.addLayout(self.alternatives)
        buttons.addStretch(1)
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(self.reply)
        layout.addLayout(buttons)

        self.field.returnPressed.connect(self.read)
        self.read_button.clicked.connect(self.read)
        self.paste_button.clicked.connect(self.paste_and_read)
        self.copy_button.clicked.connect(self.copy)
        self.pick_button.clicked.connect(self._pick)
        self.book_button.clicked.connect(self._book)
        self._show(None)

    def set_reader(self, reader: Reader | None, describe: Describer, name: Naming) -> None:
        """Read with ``reader`` (``None``: no client whose zone is known is selected); ``describe`` says
        what a reading understood, ``name`` writes an instant for the other readings' buttons."""
        self._reader = reader
        self._describe = describe
        self._name = name
        self.setEnabled(reader is not None)
        if self.field.text().strip() and reader is not None:
            self.read()
        else:
            self._show(None)

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def paste_and_read(self) -> None:
        self.field.setText(" ".join(self._clipboard.text().split())[:2000])
        self.read()

    def read(self) -> None:
        """Read the field; an error is said under it, in words, and nothing else is shown."""
        from app.messages import AppError  # noqa: PLC0415
        from ui.app_messages import error_text  # noqa: PLC0415

        if self._reader is None:
            return
        try:
            conversion = self._reader(self.field.text())
        except AppError as error:
            self._show(None)
            self.error.setText(error_text(error))
            self.error.show()
            return
        self._show(conversion)

    def show_conversion(self, conversion: Conversion) -> None:
        self._show(conversion)

    def conversion(self) -> Conversion | None:
        return self._conversion

    def _show(self, conversion: Conversion | None) -> None:
        self._conversion = conversion
        self.error.hide()
        while self.alternatives.count():
            item = self.alternatives.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        shown = conversion is not None
        for widget in (self.result, self.reply, self.copy_button, self.pick_button, self.book_button):
            widget.setVisible(shown)
        if conversion is None or self._describe is None:
            self.result.clear()
            self.reply.clear()
            return
        self.result.setText("\n".join(self._describe(conversion)))
        self.reply.setPlainText(conversion.reply)
        from ui.app_messages import message_text  # noqa: PLC0415

        for alternative in conversion.reading.alternatives[:3]:
            button = QToolButton(self)
            when = self._name(alternative.instant) if self._name else str(alternative.instant)
            button.setText(self.tr("Or: {when}").format(when=when))
            button.setToolTip(message_text(alternative.why))
            button.setAccessibleName(f"{button.text()} — {message_text(alternative.why)}")
            button.clicked.connect(lambda _=False, at=alternative.instant: self.alternativeChosen.emit(at))
            self.alternatives.addWidget(button)

    def copy(self) -> None:
        if self._conversion is not None:
            self._clipboard.setText(self._conversion.reply)
            self.copied.emit(self._conversion.reply)

    def _pick(self) -> None:
        if self._conversion is not None:
            interval: Interval = self._conversion.reading.interval
            self.pickRequested.emit(interval)

    def _book(self) -> None:
        if self._conversion is not None:
            interval: Interval = self._conversion.reading.interval
            self.bookRequested.emit(interval)
