"""The one timer behind the reminders: armed for the next one planned by :mod:`app.reminders`, never more
than a minute ahead, so a machine waking from sleep or a clock set by hand is noticed within a minute.

On each wake-up it compares the wall clock with the monotonic one (which stands still while the machine
sleeps): when they disagree, the plan is made again from the wall clock's now. What is due is told once
(:func:`app.reminders.due`); a reminder found long after its time (the machine slept through it) is not.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal

from app.checkin import CheckinPlan
from app.people import Person
from app.reminders import (
    KINDS,
    Formats,
    Kind,
    Meeting,
    Reminder,
    ReminderClient,
    ReminderSettings,
    ReminderTexts,
    due,
    next_wakeup,
    reminders,
    without,
)

MINUTE_MS = 60_000
SLACK_MS = 250
"""Wake a little after the minute turns: a timer that fires a hair early would show the old minute."""
JUMP = timedelta(seconds=5)
"""How far the wall clock may drift from the monotonic one between two wake-ups before the plan is
remade (a sleep, or a clock set by hand or by the network)."""


def reminder_texts() -> ReminderTexts:
    """The reminders' templates in the interface's language."""
    return ReminderTexts(
        core_start_summary=QCoreApplication.translate("ReminderClock", "{name}'s day starts"),
        core_start_body=QCoreApplication.translate(
            "ReminderClock", "It is {theirs} for {name} ({mine} your time)."
        ),
        checkin_summary=QCoreApplication.translate("ReminderClock", "Time for the daily update to {name}"),
        checkin_body=QCoreApplication.translate(
            "ReminderClock", "It is {theirs} for {name} ({mine} your time)."
        ),
        meeting_summary=QCoreApplication.translate("ReminderClock", "Call with {name} in {minutes} min"),
        meeting_body=QCoreApplication.translate(
            "ReminderClock", "At {mine} your time ({theirs} for {name})."
        ),
        checkin_shift_summary=QCoreApplication.translate(
            "ReminderClock", "Clock change ahead: check-in with {name}"
        ),
        checkin_shift_body=QCoreApplication.translate(
            "ReminderClock", "From {day} your {theirs} check-in with {name} is at {after}, not {before}."
        ),
        meeting_shift_summary=QCoreApplication.translate(
            "ReminderClock", "Clock change ahead: call with {name}"
        ),
        meeting_shift_body=QCoreApplication.translate(
            "ReminderClock", "From {day} your {theirs} call with {name} is at {after}, not {before}."
        ),
    )


def _kinds(value: object, default: frozenset[Kind]) -> frozenset[Kind]:
    if value is None:
        return default
    # An ini file gives back a one-element list as a plain string, and an empty one as an empty string.
    words = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return frozenset(k for k in KINDS if k in {str(w) for w in words})


def reminder_settings(settings: QSettings, client_keys: Sequence[str]) -> ReminderSettings:
    """The switches as kept in ``settings``: ``notify/paused``, ``notify/lead`` (minutes), ``notify/kinds``
    (on for everyone) and ``notify/client/<id>`` (on for that client)."""
    from app.reminders import DEFAULT_CLIENT_KINDS  # noqa: PLC0415

    try:
        lead = max(0, min(int(str(settings.value("notify/lead", 15))), 24 * 60))
    except ValueError:
        lead = 15
    return ReminderSettings(
        kinds=_kinds(settings.value("notify/kinds"), frozenset(KINDS)),
        clients={
            key: _kinds(settings.value(f"notify/client/{key}"), DEFAULT_CLIENT_KINDS) for key in client_keys
        },
        paused=settings.value("notify/paused", "false") in {"true", True},
        lead=timedelta(minutes=lead),
    )


class ReminderClock(QObject):
    """Tells each reminder at its minute: :attr:`due` carries it. It wakes just after each minute turns
    (and at a reminder, which falls on a minute too), so what shows the time with the window closed (the
    tray) follows :attr:`ticked` rather than a timer of its own: one wake-up a minute in all.

    Signals:
        due(object): this :class:`app.reminders.Reminder` is due now.
        ticked(): a minute has turned.
    """

    due = Signal(object)
    ticked = Signal()

    def __init__(
        self,
        clock: Callable[[], datetime],
        *,
        monotonic: Callable[[], float] = time.monotonic,
        formats: Formats | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.monotonic = monotonic
        self._formats = formats or Formats()
        self._inputs: tuple[list[ReminderClient], Person, Sequence[Meeting], ReminderSettings] | None = None
        self._planned: tuple[Reminder, ...] = ()
        self._told: dict[str, datetime] = {}
        self._since = clock()
        self._minute = self._since.replace(second=0, microsecond=0)
        self._checked = (self._since, monotonic())
        self.wakeups = 0
        """How many times the timer woke up (``make bench`` counts them over a day in the tray)."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._wake)
        # Each client's check-in plan (a year's search, a few milliseconds) is made one client per turn of
        # the event loop, and kept until the day changes or the person does. They are kept by client key,
        # with the people they were made for: ten thousand clients are looked up without hashing each.
        self._plans: dict[str, tuple[Person, Person, date, CheckinPlan | None]] = {}
        self._people: tuple[Person, list[tuple[str, Person]], Sequence[Meeting], ReminderSettings] | None = (
            None
        )
        self._queue: list[tuple[str, Person]] = []
        self.planner = QTimer(self)
        self.planner.setSingleShot(True)
        self.planner.setInterval(0)
        self.planner.timeout.connect(self._plan_next_client)

    def planned(self) -> tuple[Reminder, ...]:
        return self._planned

    def set_people(
        self,
        me: Person,
        clients: Sequence[tuple[str, Person]],
        meetings: Sequence[Meeting],
        settings: ReminderSettings,
    ) -> None:
        """Plan for the freelancer ``me`` and ``clients`` (each a key and a person); their check-in plans are
        made in the following turns of the event loop, and the reminders planned again once they are."""
        self._people = (me, list(clients), meetings, settings)
        today = self._clock().date()
        self._queue = [
            (key, person)
            for key, person in clients
            if (settings.wants(key, "checkin") or settings.wants(key, "clock_change"))
            and self._plan_for(key, person, me, today) is None
        ]
        if self._queue:
            self.planner.start()
        self._plan_with_known()

    def _plan_next_client(self) -> None:
        from app.checkin import CheckinError, checkin_time  # noqa: PLC0415
        from app.publicholidays import HolidayError  # noqa: PLC0415

        if self._people is None or not self._queue:
            return
        me = self._people[0]
        key, person = self._queue.pop(0)
        now = self._clock()
        try:
            plan: CheckinPlan | None = checkin_time(person, me, now)
        except (CheckinError, HolidayError):
            plan = None
        self._plans[key] = (person, me, now.date(), plan)
        if self._queue:
            self.planner.start()
        else:
            self._plan_with_known()

    def _plan_for(
        self, key: str, person: Person, me: Person, day: date | None
    ) -> tuple[date, CheckinPlan | None] | None:
        """The check-in plan kept for ``key``, when made for these people (and on ``day``, unless
        ``None``)."""
        kept = self._plans.get(key)
        if kept is None:
            return None
        for_person, for_me, made, plan = kept
        if (day is not None and made != day) or for_person != person or for_me != me:
            return None
        return made, plan

    def _known_plan(self, key: str, person: Person, me: Person) -> CheckinPlan | None:
        kept = self._plan_for(key, person, me, None)
        return None if kept is None else kept[1]

    def _plan_with_known(self) -> None:
        if self._people is None:
            return
        me, clients, meetings, settings = self._people
        known = [ReminderClient(key, person, self._known_plan(key, person, me)) for key, person in clients]
        self.set_inputs(known, me, meetings, settings)

    def set_inputs(
        self,
        clients: list[ReminderClient],
        me: Person,
        meetings: Sequence[Meeting],
        settings: ReminderSettings,
    ) -> None:
        """Plan from these people, meetings and switches (what is past stays untold)."""
        self._inputs = (clients, me, meetings, settings)
        self._plan(self._clock())

    def _plan(self, now: datetime) -> None:
        if self._inputs is None:
            return
        clients, me, meetings, settings = self._inputs
        self._since = min(self._since, now)  # a clock set back plans from its new now
        found = reminders(
            clients, me, meetings, settings, self._since, texts=reminder_texts(), formats=self._formats
        )
        self._planned = without(found, self._told)
        self._checked = (now, self.monotonic())
        self._arm(now)

    def _arm(self, now: datetime) -> None:
        """Wake up for the first reminder not yet told (at once when it is already due), or in a minute."""
        wakeup = next_wakeup(self._planned, self._since)
        turn = MINUTE_MS - (now.second * 1000 + now.microsecond // 1000) + SLACK_MS
        wait = turn if wakeup is None else int((wakeup - now).total_seconds() * 1000) + 1
        if wait >= turn - SLACK_MS:  # a reminder on the minute is told by the minute's own wake-up
            wait = turn
        self.timer.start(max(1, wait))

    def _wake(self) -> None:
        self.wakeups += 1
        now = self._clock()
        minute = now.replace(second=0, microsecond=0)
        if minute != self._minute:
            self._minute = minute
            self.ticked.emit()
        wall, tick = self._checked
        expected = wall + timedelta(seconds=self.monotonic() - tick)
        jumped = abs(now - expected) > JUMP
        told = due(self._planned, self._since, now)
        for reminder in told:
            self._told[reminder.key] = reminder.at
            self.due.emit(reminder)
        # A day's memory of what was told is enough to keep a clock set back by hand quiet.
        self._told = {k: at for k, at in self._told.items() if now - at < timedelta(days=1)}
        self._since = max(self._since, now)
        if told or jumped or not self._planned or self._planned[-1].at <= now:
            self._plan(now)
        else:
            self._checked = (now, self.monotonic())
            self._arm(now)
