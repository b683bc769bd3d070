"""The deadline converter: the client's deadline, stated on their clock, on the freelancer's clock with a
countdown, an early-delivery target on both clocks, and a confirmation sentence in the client's language.

The plan comes from :func:`app.deadline.deadline` and the sentence from
:func:`app.deadline.confirmation_text`; Copy puts exactly the shown sentence on the injected clipboard.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.deadline import DeadlineError, DeadlinePlan, Due, days_off_passed, deadline
from app.overlap import zone_at
from app.people import Person
from app.timeline import today, wall_clock
from ui.app_messages import error_text
from ui.wall_text import city_text, clock_text, countdown_text, date_format, day_text, when_text

DEFAULT_BUFFER_HOURS = 24
MAX_BUFFER_HOURS = 24 * 30
DEFAULT_DUE = time(17, 0)
DEFAULT_DAYS_AHEAD = 3


class DeadlinePanel(QWidget):
    """The client's deadline in, the freelancer's deadline, target and sentence out.

    Signals:
        copied(str): the confirmation sentence was put on the clipboard.
    """

    copied = Signal(str)

    def __init__(
        self,
        clipboard: QClipboard,
        clock: Callable[[], datetime],
        languages: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._clock = clock
        self._me: Person | None = None
        self._client: Person | None = None
        self._client_language = "en_US"
        self._plan: DeadlinePlan | None = None
        self.busy_between: Callable[[datetime, datetime], list[tuple[int, int]]] | None = None
        """The freelancer's busy time and booked meetings in a stretch, kept clear of by the target."""

        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        # The weekday too (clients state deadlines as "Friday 17:00"), written as every date in the panel.
        self.date.setDisplayFormat(date_format(self.locale(), year=True))
        self.date.setAccessibleName(self.tr("Deadline day, on the client's clock"))
        self.time = QTimeEdit(QTime(DEFAULT_DUE.hour, DEFAULT_DUE.minute), self)
        self.time.setAccessibleName(self.tr("Deadline time, on the client's clock"))
        self.end_of_day = QCheckBox(self.tr("End of &their day"), self)
        self.end_of_day.setAccessibleName(self.tr("End of their day"))
        self.end_of_day.setToolTip(self.tr("The end of the client's core hours that day"))
        self.buffer = QSpinBox(self)
        self.buffer.setRange(0, MAX_BUFFER_HOURS)
        self.buffer.setValue(DEFAULT_BUFFER_HOURS)
        self.buffer.setSuffix(self.tr(" h earlier"))
        self.buffer.setAccessibleName(self.tr("Deliver this many hours early"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Confirmation language"))
        self.language.addItem(self.tr("The client's language"), None)
        for code in languages:
            self.language.addItem(f"{QLocale(code).nativeLanguageName()} ({code})", code)

        self.error = QLabel(self)
        self.error.setAccessibleName(self.tr("Deadline problem"))
        self.error.setWordWrap(True)
        bold = self.error.font()
        bold.setBold(True)
        self.error.setFont(bold)
        self.due_mine = QLabel(self)
        self.due_mine.setAccessibleName(self.tr("Deadline on your clock"))
        self.due_mine.setWordWrap(True)
        font = self.due_mine.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.due_mine.setFont(font)
        self.due_client = QLabel(self)
        self.due_client.setAccessibleName(self.tr("Deadline on the client's clock"))
        self.due_client.setWordWrap(True)
        self.countdown = QLabel(self)
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.target = QLabel(self)
        self.target.setAccessibleName(self.tr("Early-delivery target"))
        self.target.setWordWrap(True)
        strong = self.target.font()
        strong.setBold(True)
        self.target.setFont(strong)  # the moment to act on
        self.note = QLabel(self)
        self.note.setAccessibleName(self.tr("About the target"))
        self.note.setWordWrap(True)
        self.sentence = QLineEdit(self)
        self.sentence.setReadOnly(True)
        self.sentence.setAccessibleName(self.tr("Confirmation sentence"))
        self.copy_button = QPushButton(self.tr("Cop&y sentence"), self)
        self.copy_button.setAccessibleName(self.tr("Copy confirmation sentence"))
        self.copy_button.setToolTip(self.tr("Copy the sentence exactly as shown"))

        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(self.end_of_day)
        when.addStretch(1)
        form = QFormLayout()
        due_label = QLabel(self.tr("&Due (their clock):"), self)
        due_label.setBuddy(self.date)
        form.addRow(due_label, when)
        buffer_label = QLabel(self.tr("&Buffer:"), self)
        buffer_label.setBuddy(self.buffer)
        form.addRow(buffer_label, self.buffer)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        settings = QVBoxLayout()
        settings.addLayout(form)
        settings.addWidget(self.error)
        settings.addStretch(1)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.sentence, 1)
        copy_row.addWidget(self.copy_button)
        results = QVBoxLayout()
        results.addWidget(self.due_mine)
        results.addWidget(self.due_client)
        results.addWidget(self.countdown)
        results.addWidget(self.target)
        results.addWidget(self.note)
        results.addLayout(copy_row)
        results.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(settings)
        layout.addLayout(results, 1)
        for first, second in (
            (self.date, self.time),
            (self.time, self.end_of_day),
            (self.end_of_day, self.buffer),
            (self.buffer, self.language),
            (self.language, self.sentence),
            (self.sentence, self.copy_button),
        ):
            self.setTabOrder(first, second)

        self.date.dateChanged.connect(self._recompute)
        self.time.timeChanged.connect(self._recompute)
        self.end_of_day.toggled.connect(self._end_of_day_toggled)
        self.buffer.valueChanged.connect(self._recompute)
        self.language.currentIndexChanged.connect(self._recompute)
        self.copy_button.clicked.connect(self.copy)
        self._recompute()

    # --- state ---------------------------------------------------------------------------------
    def plan(self) -> DeadlinePlan | None:
        return self._plan

    def set_people(self, me: Person | None, client: Person | None, language: str = "en_US") -> None:
        """Convert for ``client`` (``None``: no client with a known zone is selected), whose proposals are
        written in ``language``. The first client also sets the day: a few days ahead on their calendar, a
        typical deadline, which the user then changes."""
        if (me, client, language) == (self._me, self._client, self._client_language):
            return
        first = self._client is None and client is not None
        self._me, self._client, self._client_language = me, client, language
        self.language.setItemText(0, self.tr("The client's language ({code})").format(code=language))
        if first and client is not None:
            day = today(self._clock(), client.zone)
            self.date.blockSignals(True)
            self.date.setDate(QDate(day.year, day.month, day.day).addDays(DEFAULT_DAYS_AHEAD))
            self.date.blockSignals(False)
        self._recompute()

    def due(self) -> Due:
        picked = self.date.date()
        day = date(picked.year(), picked.month(), picked.day())
        if self.end_of_day.isChecked():
            return Due(day, None)
        return Due(day, self.time.time().hour() * 60 + self.time.time().minute())

    def refresh(self) -> None:
        """Called each minute: the countdown moves on; a target that has passed gives way to a later one."""
        self._recompute()

    def _end_of_day_toggled(self, checked: bool) -> None:
        self.time.setEnabled(not checked)
        self._recompute()

    # --- text ----------------------------------------------------------------------------------
    def _locale(self) -> tuple[str, str]:
        """The sentence's locale and a note when the chosen language has no template yet."""
        from app.proposal import LocaleError, resolve_locale  # noqa: PLC0415 - loads Babel

        wanted = self.language.currentData() or self._client_language
        try:
            return resolve_locale(wanted), ""
        except LocaleError:
            note = self.tr("No sentence in {language} yet; written in English.").format(language=wanted)
            return resolve_locale("en_US"), note

    def _clear(self, error: str = "") -> None:
        self._plan = None
        self.error.setText(error)
        self.error.setVisible(bool(error))
        for label in (self.due_mine, self.due_client, self.countdown, self.target, self.note):
            label.clear()
        self.sentence.clear()
        self.copy_button.setEnabled(False)

    def _recompute(self) -> None:
        from app.deadline import confirmation_text  # noqa: PLC0415 - loads Babel

        me, client = self._me, self._client
        if me is None or client is None:
            self._clear()
            self.due_mine.setText(self.tr("Select a client to convert their deadline."))
            return
        try:
            now, buffer = self._clock(), timedelta(hours=self.buffer.value())
            plan = deadline(client, me, self.due(), now, buffer)
            if self.busy_between is not None and plan.due > now:
                busy = self.busy_between(now, plan.due)
                if busy:
                    plan = deadline(client, me, self.due(), now, buffer, busy=busy)
        except DeadlineError as error:
            self._clear(self.tr("This deadline cannot be placed: {reason}.").format(reason=error_text(error)))
            return
        self._plan = plan
        self.error.clear()
        self.error.setVisible(False)
        their = self.tr("end of their day") if plan.end_of_day else self.tr("their time")
        self.due_mine.setText(
            self.tr("Deadline: {when} your time").format(
                when=when_text(wall_clock(plan.due, zone_at(me, plan.due)), self.locale())
            )
        )
        self.due_client.setText(
            self.tr("= {when} {their} ({zone})").format(
                when=when_text(wall_clock(plan.due, client.zone), self.locale()),
                their=their,
                zone=city_text(client.zone_name, self.locale()),
            )
        )
        left = plan.left
        minutes = -(-int(abs(left).total_seconds()) // 60)  # rounded up: 20 s to go is still 1 min to go
        self.countdown.setText(
            self.tr("{countdown} left").format(countdown=countdown_text(minutes))
            if left > timedelta(0)
            else self.tr("Overdue by {countdown}").format(countdown=countdown_text(minutes))
        )
        notes: list[str] = []
        if plan.clock_note == "gap":
            notes.append(self.tr("Their clocks skip that time that night; the deadline is when they jump."))
        elif plan.clock_note == "fold":
            notes.append(self.tr("That time happens twice that night; this is the first."))
        if plan.target is None:
            self.target.setText(self.tr("Deliver as soon as you can."))
            notes.insert(
                0,
                self.tr(
                    "Their working hours before the deadline leave no stretch with half an hour to spare, "
                    "so there is no earlier target."
                ),
            )
        else:
            self.target.setText(
                self.tr("Deliver by {mine} your time = {theirs} their time").format(
                    mine=when_text(wall_clock(plan.target, zone_at(me, plan.target)), self.locale()),
                    theirs=when_text(wall_clock(plan.target, zone_at(client, plan.target)), self.locale()),
                )
            )
            notes.insert(0, self.reason(plan))
            for start, end in plan.avoided:
                notes.insert(
                    1,
                    self.tr("Kept clear of your busy time, {start} to {end} your time.").format(
                        start=when_text(wall_clock(start, zone_at(me, start)), self.locale()),
                        end=clock_text(wall_clock(end, zone_at(me, end)), self.locale()),
                    ),
                )
            off = days_off_passed(plan)
            if off:
                dates = ", ".join(day_text(datetime.combine(d, time()), self.locale()) for d in off)
                notes.insert(1, self.tr("Before their days off: {dates}.").format(dates=dates))
        locale, language_note = self._locale()
        if language_note:
            notes.append(language_note)
        self.note.setText("\n".join(notes))
        self.sentence.setText(confirmation_text(plan.due, client.zone, locale))
        self.sentence.setCursorPosition(0)
        self.copy_button.setEnabled(True)

    def reason(self, plan: DeadlinePlan) -> str:
        """Why the target is where it is, in one sentence."""
        assert plan.target is not None
        locale = self.locale()
        target = wall_clock(plan.target, zone_at(plan.client, plan.target))
        moved_to = self.tr("{day} {time}", "a day and a time on the client's clock").format(
            day=day_text(target, locale), time=clock_text(target, locale)
        )
        # The buffer as it was set, in hours ("24 h", not "1 d 0 h").
        buffer = QCoreApplication.translate("countdown", "{hours} h").format(
            hours=int(plan.buffer.total_seconds() // 3600)
        )
        if plan.why == "buffer":
            return self.tr("{buffer} before the deadline, inside their working hours.").format(buffer=buffer)
        if plan.why == "rounded":
            return self.tr(
                "{buffer} before the deadline, kept on a quarter hour of their clock and half an hour before "
                "their day ends."
            ).format(buffer=buffer)
        if plan.why == "moved":
            return self.tr(
                "{buffer} before the deadline falls outside their working hours, so the target moved to "
                "{when} their time: it arrives while they are at work, half an hour before their day ends."
            ).format(buffer=buffer, when=moved_to)
        return self.tr(
            "{buffer} before the deadline has already passed: this is the latest time in their working hours "
            "that still leaves half an hour before their day ends."
        ).format(buffer=buffer)

    def copy(self) -> None:
        text = self.sentence.text()
        if text:
            self._clipboard.setText(text)
            self.copied.emit(text)
