"""The daily check-in for the selected client: when to send the progress update, on both clocks, what
clock changes will do to it, and a reminder series for the freelancer's own calendar.

The plan comes from :func:`app.checkin.checkin_time`; the file from
:func:`app.checkin.checkin_calendar`, written atomically to a path the injected chooser gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from app.checkin import (
    CheckinError,
    CheckinPlan,
    ReminderShift,
    away_stretches,
    better_moment,
    checkin_time,
    days_off_dates,
    mostly_outside,
)
from app.overlap import zone_at
from app.people import Person
from app.timeline import wall_clock
from ui.app_messages import error_text
from ui.wall_text import (
    city_text,
    clock_text,
    countdown_text,
    dated_text,
    day_text,
    days_text,
    weekday_name,
    when_text,
)

SHIFTS_SHOWN = 3
"""Clock changes listed; a year holds at most four for two zones, and the next ones matter most."""
DAYS_SHOWN = 4
"""How many days off, and trips, the panel names before it says how many more."""

SavePathChooser = Callable[[QWidget, str], str | None]


class CheckinPanel(QWidget):
    """The suggested daily moment for the selected client, and Export reminder .ics….

    Signals:
        planChanged(object): the plan shown changed; a :class:`~app.checkin.CheckinPlan` or ``None``.
        exported(str): the reminder series was saved at this path.
    """

    planChanged = Signal(object)
    exported = Signal(str)

    def __init__(
        self,
        clock: Callable[[], datetime],
        choose_save_path: SavePathChooser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._choose_save_path = choose_save_path
        self._people: tuple[Person | None, Person | None] = (None, None)
        self._plan: CheckinPlan | None = None

        self.moment = QLabel(self)
        self.moment.setAccessibleName(self.tr("Daily check-in time"))
        self.moment.setWordWrap(True)
        font = self.moment.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.moment.setFont(font)
        self.mine = QLabel(self)
        self.mine.setAccessibleName(self.tr("Daily check-in on your clock"))
        self.mine.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setAccessibleName(self.tr("About the daily check-in"))
        self.details.setWordWrap(True)
        self.warning_icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warning_icon.setPixmap(icon.pixmap(size, size))
        self.warning_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.warning = QLabel(self)
        self.warning.setAccessibleName(self.tr("Clock changes"))
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("E&xport reminder .ics…"), self)
        self.export_button.setAccessibleName(self.tr("Export daily reminder calendar file"))
        self.export_button.setToolTip(
            self.tr(
                "Save a weekly reminder series on the client's working days, with an alarm, for your calendar"
            )
        )
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Export result"))
        self.status.setWordWrap(True)

        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning_icon)
        warning_row.addWidget(self.warning, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.moment)
        layout.addWidget(self.mine)
        layout.addWidget(self.details)
        layout.addLayout(warning_row)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.export_button.clicked.connect(self.export)
        self._show()

    # --- state ---------------------------------------------------------------------------------
    def plan(self) -> CheckinPlan | None:
        return self._plan

    def set_people(self, me: Person | None, client: Person | None) -> None:
        """Plan for ``client`` (``None``: no client with a known zone is selected). Planning a year takes
        milliseconds, so the same pair is not planned again."""
        if (me, client) == self._people:
            return
        self._people = (me, client)
        self._replan()

    def refresh(self) -> None:
        """Called each minute: once the next reminder has passed, plan from now so it shows the one after."""
        plan = self._plan
        if plan is not None and plan.next <= self._clock():
            self._replan()

    def _replan(self) -> None:
        me, client = self._people
        plan: CheckinPlan | None = None
        problem = ""
        if me is not None and client is not None:
            try:
                plan = checkin_time(client, me, self._clock())
            except CheckinError as error:
                problem = self.tr("No daily check-in for {name}: {reason}.").format(
                    name=client.name, reason=error_text(error)
                )
            if plan is not None and not plan.occurrences:
                plan, problem = None, self.tr("No check-in falls in the coming year.")
        self._plan = plan
        self.status.clear()
        self._show(problem)
        self.planChanged.emit(plan)

    # --- text ----------------------------------------------------------------------------------
    def _show(self, problem: str = "") -> None:
        plan = self._plan
        self.export_button.setEnabled(plan is not None)
        self.warning_icon.setVisible(False)
        self.warning.setVisible(False)
        if plan is None:
            self.moment.setText(problem or self.tr("Select a client to plan the daily update."))
            self.mine.clear()
            self.details.clear()
            return
        client = plan.client
        next_client, next_mine = plan.next_client, plan.next_mine
        self.moment.setText(
            self.tr("Send the daily update at {time} {name} time, {days}").format(
                time=clock_text(next_client, self.locale()),
                name=client.name,
                days=days_text(plan.days, self.locale()),
            )
        )
        self.mine.setText(
            self.tr("That is {time} on your clock. Next: {when} your time ({their} theirs).").format(
                time=clock_text(next_mine, self.locale()),
                when=when_text(next_mine, self.locale()),
                their=when_text(next_client, self.locale()),
            )
        )
        lines = self.advice(plan)
        if plan.skipped:
            lines.append(
                self.tr("Not on {days}: their hours start too far from {time} then.").format(
                    days=", ".join(weekday_name(d, self.locale()) for d in plan.skipped),
                    time=clock_text(next_client, self.locale()),
                )
            )
        lines += self.exceptions(plan)
        self.details.setText("\n".join(lines))
        if plan.shifts:
            shifts = [self._shift_line(shift) for shift in plan.shifts[:SHIFTS_SHOWN]]
            self.warning.setText(
                "\n".join(
                    [
                        self.tr("When the clocks change or they travel, it moves on your clock:")
                        if any(shift.trip for shift in plan.shifts[:SHIFTS_SHOWN])
                        else self.tr("When the clocks change, it moves on your clock:"),
                        *shifts,
                    ]
                )
            )
            self.warning.setVisible(True)
            self.warning_icon.setVisible(True)

    def _shift_line(self, shift: ReminderShift) -> str:
        """One move of the update on the freelancer's clock, and why: a clock change, or the client
        going to another zone or coming back from it."""
        locale = self.locale()
        reason = {
            "there": self.tr("they are in {place}"),
            "back": self.tr("they are back from {place}"),
            None: self.tr("{place} changes its clocks"),
        }[shift.trip]
        places = shift.zones[:1] if shift.trip else shift.zones
        return self.tr("From {day}: {after} your time (was {before}) — {reason}.").format(
            day=dated_text(shift.after, locale),
            after=clock_text(shift.after, locale),
            before=clock_text(shift.before, locale),
            reason=reason.format(place=", ".join(city_text(z, locale) for z in places)),
        )

    def exceptions(self, plan: CheckinPlan) -> list[str]:
        """The dates the update leaves out for the client's days off, and where it comes on a trip's
        clock: each named, so that the calendar's gaps and odd hours are no surprise."""
        locale = self.locale()
        lines = []
        off = days_off_dates(plan)
        if off:
            shown = ", ".join(day_text(datetime.combine(d, time()), locale) for d in off[:DAYS_SHOWN])
            more = len(off) - DAYS_SHOWN
            lines.append(
                self.tr("None on their days off: {dates}.").format(dates=shown)
                if more <= 0
                else self.tr("None on their days off: {dates} and {more} more.").format(
                    dates=shown, more=more
                )
            )
        for stretch in away_stretches(plan)[:DAYS_SHOWN]:
            there = stretch.at.astimezone(ZoneInfo(stretch.zone))
            first = day_text(datetime.combine(stretch.first, time()), locale)
            last = day_text(datetime.combine(stretch.last, time()), locale)
            lines.append(
                self.tr("While they are in {place} ({dates}): at {time} there, {mine} your time.").format(
                    place=city_text(stretch.zone, locale),
                    dates=first if stretch.first == stretch.last else f"{first}–{last}",
                    time=clock_text(there, locale),
                    mine=clock_text(stretch.at.astimezone(zone_at(plan.me, stretch.at)), locale),
                )
            )
        return lines

    def advice(self, plan: CheckinPlan) -> list[str]:
        """Why this moment, and whether it suits the freelancer's own hours — with a better moment when it
        mostly does not."""
        locale = self.locale()
        after = int(plan.after_start.total_seconds() // 60)
        lines = [
            self.tr("That is when their working day starts: your update is the first thing they read.")
            if after == 0
            else self.tr(
                "That is {duration} into their working day: your update is among the first things they read."
            ).format(duration=countdown_text(after))
        ]
        total = len(plan.occurrences)
        if plan.inside_mine == total:
            lines.append(self.tr("It falls inside your own working hours every time."))
        elif not mostly_outside(plan):
            lines.append(
                self.tr("It falls inside your own working hours on most days ({count} of {total}).").format(
                    count=plan.inside_mine, total=total
                )
            )
        else:
            lines.append(
                self.tr("That is outside your own working hours on most days.")
                if plan.inside_mine
                else self.tr("That is outside your own working hours every day.")
            )
            better = better_moment(plan, self._clock())
            if better is None:
                lines.append(
                    self.tr("Write it the evening before and let your mail program send it at that time.")
                )
            else:
                mine = wall_clock(better.at, plan.me.zone)
                theirs = wall_clock(better.at, plan.client.zone)
                text = (
                    self.tr(
                        "Better: send it at the end of your day before, {mine} your time ({theirs} theirs), "
                        "so it is waiting when they start."
                    )
                    if better.kind == "end_of_your_day"
                    else self.tr(
                        "Better: send it as your day starts, {mine} your time ({theirs} theirs), while they "
                        "are still at work."
                    )
                )
                lines.append(text.format(mine=clock_text(mine, locale), theirs=clock_text(theirs, locale)))
        return lines

    def warning_text(self) -> str:
        """The clock-change warning as shown ("" when there is none)."""
        return self.warning.text() if self._plan is not None and self._plan.shifts else ""

    # --- export --------------------------------------------------------------------------------
    def suggested_file_name(self) -> str:
        name = self._plan.client.name if self._plan is not None else "client"
        slug = re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-").lower() or "client"
        return f"daily-update-{slug}.ics"

    def export(self) -> None:
        """Ask where, then write the reminder series there atomically; problems are shown in the panel."""
        from app.atomic import write_atomically  # noqa: PLC0415
        from app.checkin import checkin_calendar  # noqa: PLC0415 - loads icalendar, only for a file
        from app.ics import IcsError  # noqa: PLC0415

        plan = self._plan
        if plan is None:
            return
        path = self._choose_save_path(self, self.suggested_file_name())
        if path is None:
            return
        title = self.tr("Send the daily update to {name}").format(name=plan.client.name)
        try:
            write_atomically(path, checkin_calendar(plan, now=self._clock(), title=title))
        except (OSError, CheckinError, IcsError) as error:
            self.status.setText(
                self.tr("The reminder file could not be saved: {error}").format(error=error_text(error))
            )
            return
        self.status.setText(self.tr("Saved {path}").format(path=path))
        self.exported.emit(path)
