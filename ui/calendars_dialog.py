"""Your calendars (Edit → Your calendars…): the .ics files and addresses whose events are busy time, each
with its switches and what reading it gave, and your own e-mail address (for declined invitations)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.calendar_fetch import is_address
from app.calendar_sources import CalendarSource, SourceState
from ui.app_messages import message_text
from ui.wall_text import when_text

FileChooser = Callable[[QWidget], str | None]


def ask_calendar_file(parent: QWidget) -> str | None:
    """An .ics file chosen in the desktop's file dialog, or ``None``."""
    title = QCoreApplication.translate("CalendarsDialog", "Add a calendar file")
    kinds = QCoreApplication.translate("CalendarsDialog", "Calendars (*.ics);;All files (*)")
    path, _kind = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path or None


class CalendarsDialog(QDialog):
    """The calendar sources and the freelancer's e-mail address; every edit is announced at once.

    Signals:
        changed(sources, address): the sources (a tuple of :class:`CalendarSource`) and the e-mail address.
    """

    changed = Signal(object, str)

    def __init__(
        self,
        sources: Sequence[CalendarSource],
        address: str,
        choose_file: FileChooser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your calendars"))
        self._choose_file = choose_file
        self._sources = list(sources)
        self._states: dict[CalendarSource, SourceState] = {}
        self._zone: ZoneInfo | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Calendars"))
        self.add_file = QPushButton(self.tr("Add a file…"), self)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("https://… or webcal://…"))
        self.address.setAccessibleName(self.tr("Calendar address"))
        self.add_address = QPushButton(self.tr("Add address"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.all_day = QCheckBox(self.tr("Count all-day events as busy"), self)
        self.titles = QCheckBox(self.tr("Show event titles on the timeline"), self)
        self.email = QLineEdit(address, self)
        self.email.setAccessibleName(self.tr("Your e-mail address"))
        self.email.setToolTip(self.tr("Invitations you declined with this address are not busy time."))
        adding = QHBoxLayout()
        adding.addWidget(self.address, 1)
        adding.addWidget(self.add_address)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Your e-mail address:"), self.email)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "Your own calendars, so that no time you are already busy is offered: calendar files "
                "(.ics) and the addresses of subscribed calendars. Only start and end times are used."
            ),
            self,
        )
        intro.setWordWrap(True)
        # Wide enough for its title, an address and the explanation in either language.
        self.setMinimumWidth(round(self.fontMetrics().averageCharWidth() * 64))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(adding)
        layout.addWidget(self.all_day)
        layout.addWidget(self.titles)
        layout.addLayout(form)
        layout.addWidget(close)
        self.add_file.clicked.connect(self._add_file)
        self.add_address.clicked.connect(self._add_address)
        self.address.returnPressed.connect(self._add_address)
        self.remove.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(lambda _row: self._show_switches())
        self.all_day.toggled.connect(lambda on: self._switch(all_day=on))
        self.titles.toggled.connect(lambda on: self._switch(titles=on))
        self.email.editingFinished.connect(self._announce)
        self._fill()

    def sources(self) -> tuple[CalendarSource, ...]:
        return tuple(self._sources)

    def lines(self) -> list[str]:
        """Each source's row as shown: its name and, under it, what reading it gave."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_states(self, states: Sequence[SourceState], zone: ZoneInfo) -> None:
        """What the last reading gave, shown under each source."""
        self._states = {state.source: state for state in states}
        self._zone = zone
        for row, source in enumerate(self._sources):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._row_text(source))

    def _row_text(self, source: CalendarSource) -> str:
        state = self._states.get(source)
        if state is None:
            status = self.tr("Not read yet")
        elif state.calendar is None:
            reason = message_text(state.problem) if state.problem is not None else ""
            status = self.tr("Cannot be read: {reason}").format(reason=reason)
        else:
            status = self.tr("Events read: {count}").format(count=state.events)
            if state.fetched_at is not None and self._zone is not None:
                when = when_text(state.fetched_at.astimezone(self._zone), self.locale())
                status += " · " + self.tr("fetched {when}").format(when=when)
            if state.problem is not None:
                status += " · " + self.tr("last fetch failed: {reason}").format(
                    reason=message_text(state.problem)
                )
        return f"{source.location}\n{status}"

    def _fill(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for source in self._sources:
            item = QListWidgetItem(self._row_text(source), self.list)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if self._sources:
            self.list.setCurrentRow(min(max(row, 0), len(self._sources) - 1))
        self._show_switches()

    def _show_switches(self) -> None:
        row = self.list.currentRow()
        chosen = self._sources[row] if 0 <= row < len(self._sources) else None
        for box, on in ((self.all_day, chosen is not None and chosen.all_day),
                        (self.titles, chosen is not None and chosen.titles)):  # fmt: skip
            box.blockSignals(True)
            box.setChecked(on)
            box.setEnabled(chosen is not None)
            box.blockSignals(False)
        self.remove.setEnabled(chosen is not None)

    def _add(self, location: str) -> None:
        if not location or any(s.location == location for s in self._sources):
            return
        self._sources.append(CalendarSource(location))
        self._fill()
        self.list.setCurrentRow(len(self._sources) - 1)
        self._announce()

    def _add_file(self) -> None:
        chosen = self._choose_file(self)
        if chosen:
            self._add(chosen)

    def _add_address(self) -> None:
        text = self.address.text().strip()
        if is_address(text):
            self.address.clear()
            self._add(text)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._sources):
            del self._sources[row]
            self._fill()
            self._announce()

    def _switch(self, **changes: bool) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._sources):
            self._sources[row] = replace(self._sources[row], **changes)  # type: ignore[arg-type]
            self._announce()

    def _announce(self) -> None:
        self.changed.emit(tuple(self._sources), self.email.text().strip())
