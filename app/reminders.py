"""What Coretime tells the freelancer, and when: the notifications of the coming days, planned from the
people, their check-in plans, the meetings Coretime knows of, the switches and ``now``.

Four kinds, each switchable for everyone and per client:

- ``core_start``: a client's core time starts (the first stretch of each of their days; off unless
  switched on for that client);
- ``checkin``: the daily check-in time (:mod:`app.checkin`);
- ``meeting``: a while (the lead, 15 minutes unless set) before a meeting;
- ``clock_change``: a week before a clock change moves the check-in, or a recurring meeting, on the
  freelancer's clock.

The plan is a sorted tuple of :class:`Reminder`, none at or before ``now``: a time already past is never
told. The window arms one timer for the first one, tells what is due when it fires (:func:`due`), and
plans again from the moment it fired, so nothing is told twice. Texts are the caller's templates (the
window passes its translations) with the wall times written by the caller's formatters.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Literal

from app.checkin import CheckinPlan, checkin_instants
from app.intervals import seconds
from app.people import Person
from app.rhythm import core_spans

Kind = Literal["core_start", "checkin", "meeting", "clock_change"]
KINDS: tuple[Kind, ...] = ("core_start", "checkin", "meeting", "clock_change")
DEFAULT_CLIENT_KINDS: frozenset[Kind] = frozenset({"checkin", "meeting", "clock_change"})
"""What a client's switches are until the freelancer changes them: the start of their core time is off."""
SHIFT_NOTICE = timedelta(days=7)
HORIZON = timedelta(days=8)
"""Far enough to hold a week's notice of a clock change; the window plans again long before it ends."""
GRACE = timedelta(minutes=2)
"""A reminder found due later than this after its time (the machine slept through it) is not told."""


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting Coretime knows of: with ``client`` (a client's key or name), from ``start`` (aware) for
    ``length``. Meetings of one recurring ``series`` (any stable text) are compared with each other: when
    the next one comes at another time on the freelancer's clock, a week's notice is given."""

    client: str
    start: datetime
    length: timedelta
    series: str | None = None


@dataclass(frozen=True, slots=True)
class ReminderClient:
    """A client as the schedule sees them: a stable ``key`` (the profile's id), the person (name, zone,
    hours, holidays) and their check-in plan (``None``: no check-in)."""

    key: str
    person: Person
    plan: CheckinPlan | None = None


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """The switches: ``kinds`` on for everyone, each client's own (by key; a client not listed has
    :data:`DEFAULT_CLIENT_KINDS`), a global pause, and the lead before a meeting."""

    kinds: frozenset[Kind] = frozenset(KINDS)
    clients: Mapping[str, frozenset[Kind]] = field(default_factory=dict)
    paused: bool = False
    lead: timedelta = timedelta(minutes=15)

    def wants(self, client: str, kind: Kind) -> bool:
        return (
            not self.paused and kind in self.kinds and kind in self.clients.get(client, DEFAULT_CLIENT_KINDS)
        )


@dataclass(frozen=True, slots=True)
class ReminderTexts:
    """The templates, with ``{name}`` (the client), ``{theirs}`` (the wall time on the client's clock),
    ``{mine}`` (on the freelancer's), ``{minutes}`` (the lead), ``{day}`` (the day a change takes effect),
    ``{before}`` and ``{after}`` (the freelancer's old and new time)."""

    core_start_summary: str = "{name}'s day starts"
    core_start_body: str = "It is {theirs} for {name} ({mine} your time)."
    checkin_summary: str = "Time for the daily update to {name}"
    checkin_body: str = "It is {theirs} for {name} ({mine} your time)."
    meeting_summary: str = "Call with {name} in {minutes} min"
    meeting_body: str = "At {mine} your time ({theirs} for {name})."
    checkin_shift_summary: str = "Clock change ahead: check-in with {name}"
    checkin_shift_body: str = "From {day} your {theirs} check-in with {name} is at {after}, not {before}."
    meeting_shift_summary: str = "Clock change ahead: call with {name}"
    meeting_shift_body: str = "From {day} your {theirs} call with {name} is at {after}, not {before}."


def _clock(wall: datetime) -> str:
    return f"{wall:%H:%M}"


def _day(wall: datetime) -> str:
    return f"{wall:%Y-%m-%d}"


@dataclass(frozen=True, slots=True)
class Formats:
    """How wall times (already on the right clock) are written: a clock time and a day."""

    clock: Callable[[datetime], str] = _clock
    day: Callable[[datetime], str] = _day


@dataclass(frozen=True, slots=True, order=True)
class Reminder:
    """One notification: told at ``at`` (UTC) about ``subject`` (the instant it concerns: the start of core
    time, the check-in, the meeting, or the first meeting or check-in at its new time), for ``client``
    (a key). ``key`` names it for good: the same reminder planned again has the same key."""

    at: datetime
    kind: Kind
    client: str
    subject: datetime
    summary: str = field(compare=False)
    body: str = field(compare=False)

    @property
    def key(self) -> str:
        return f"{self.kind}|{self.client}|{seconds(self.at)}|{seconds(self.subject)}"


def _aware(now: datetime) -> datetime:
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise TypeError("Use a timezone-aware datetime for now.")
    return now.astimezone(UTC)


def _utc(moment: int) -> datetime:
    return datetime.fromtimestamp(moment, UTC)


def reminders(
    clients: Sequence[ReminderClient],
    me: Person,
    meetings: Sequence[Meeting],
    settings: ReminderSettings,
    now: datetime,
    *,
    horizon: timedelta = HORIZON,
    texts: ReminderTexts = ReminderTexts(),
    formats: Formats = Formats(),
) -> tuple[Reminder, ...]:
    """Every reminder told after ``now`` and up to ``now + horizon``, in time order (then by kind and
    client), none twice.

    >>> from zoneinfo import ZoneInfo
    >>> from app.hours import parse_hours
    >>> me = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 20:00-24:00"))
    >>> sarah = Person("Sarah", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
    >>> on = ReminderSettings(clients={"s": frozenset({"core_start"})})
    >>> now = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    >>> found = reminders([ReminderClient("s", sarah)], me, (), on, now)
    >>> [(f"{r.at:%a %H:%M}", r.summary, r.body) for r in found][:2]  # doctest: +NORMALIZE_WHITESPACE
    [('Mon 13:00', "Sarah's day starts", 'It is 09:00 for Sarah (22:00 your time).'),
     ('Tue 13:00', "Sarah's day starts", 'It is 09:00 for Sarah (22:00 your time).')]
    """
    now = _aware(now)
    if not isinstance(horizon, timedelta) or horizon <= timedelta(0):
        raise ValueError("The horizon must be a positive timedelta.")
    end = now + horizon
    found: dict[str, Reminder] = {}
    templates: dict[tuple[Kind, bool], tuple[str, str]] = {
        ("core_start", False): (texts.core_start_summary, texts.core_start_body),
        ("checkin", False): (texts.checkin_summary, texts.checkin_body),
        ("meeting", False): (texts.meeting_summary, texts.meeting_body),
        ("clock_change", False): (texts.checkin_shift_summary, texts.checkin_shift_body),
        ("clock_change", True): (texts.meeting_shift_summary, texts.meeting_shift_body),
    }

    def add(
        at: datetime, kind: Kind, client: ReminderClient, subject: datetime, words: dict[str, str]
    ) -> None:
        if not now < at <= end or not settings.wants(client.key, kind):
            return
        summary, body = templates[kind, "shift" in words]
        reminder = Reminder(at, kind, client.key, subject, summary.format(**words), body.format(**words))
        found.setdefault(reminder.key, reminder)

    def walls(client: ReminderClient, instant: datetime) -> dict[str, str]:
        return {
            "name": client.person.name,
            "theirs": formats.clock(instant.astimezone(client.person.zone)),
            "mine": formats.clock(instant.astimezone(me.zone)),
            "minutes": str(int(settings.lead.total_seconds() // 60)),
        }

    for client in clients:
        if settings.wants(client.key, "core_start"):
            for at in _core_starts(client.person, now, end):
                add(at, "core_start", client, at, walls(client, at))
        plan = client.plan
        if plan is not None:
            for at in checkin_instants(plan, now, end + timedelta(seconds=1)):
                add(at, "checkin", client, at, walls(client, at))
            for shift in plan.shifts:
                after = shift.after.astimezone(UTC)
                words = walls(client, after) | _shift_words(shift.before, shift.after, formats)
                add(after - SHIFT_NOTICE, "clock_change", client, after, words)
    by_name = {c.key: c for c in clients} | {c.person.name: c for c in clients if c.person.name}
    series: dict[tuple[str, str], list[Meeting]] = {}
    for meeting in meetings:
        client = by_name.get(meeting.client) or ReminderClient(
            meeting.client, Person(meeting.client, me.zone, me.hours)
        )
        start = _aware(meeting.start)
        add(start - settings.lead, "meeting", client, start, walls(client, start))
        if meeting.series is not None:
            series.setdefault((client.key, meeting.series), []).append(meeting)
    for (key, _name), group in series.items():
        client = by_name.get(key) or ReminderClient(key, Person(key, me.zone, me.hours))
        ordered = sorted(_aware(m.start) for m in group)
        for previous, current in pairwise(ordered):
            before, after = previous.astimezone(me.zone), current.astimezone(me.zone)
            if (before.hour, before.minute) != (after.hour, after.minute):
                words = walls(client, current) | _shift_words(before, after, formats) | {"shift": "meeting"}
                add(current - SHIFT_NOTICE, "clock_change", client, current, words)
    return tuple(sorted(found.values(), key=lambda r: (r.at, KINDS.index(r.kind), r.client, r.subject)))


def _shift_words(before: datetime, after: datetime, formats: Formats) -> dict[str, str]:
    return {"before": formats.clock(before), "after": formats.clock(after), "day": formats.day(after)}


def _core_starts(person: Person, now: datetime, end: datetime) -> list[datetime]:
    """The first start of core time on each of the client's days, from a little before ``now`` to
    ``end`` (the caller keeps those after ``now``)."""
    found: list[datetime] = []
    spans = core_spans(person, seconds(now) - 2 * 86400, seconds(end) + 1)
    last_day = None
    for start, _stop in spans:
        day = _utc(start).astimezone(person.zone).date()
        if day != last_day:
            found.append(_utc(start))
        last_day = day
    return found


def due(
    planned: Sequence[Reminder], since: datetime, now: datetime, grace: timedelta = GRACE
) -> list[Reminder]:
    """The reminders to tell at ``now``, the last telling having been at ``since``: those after ``since``
    and at or before ``now``, but not those more than ``grace`` ago (the machine slept through them, or
    the clock jumped past them)."""
    since, now = _aware(since), _aware(now)
    return [r for r in planned if since < r.at <= now and now - r.at <= grace]


def next_wakeup(planned: Sequence[Reminder], now: datetime) -> datetime | None:
    """When the first reminder after ``now`` is due, or ``None``."""
    now = _aware(now)
    return next((r.at for r in planned if r.at > now), None)


def without(planned: Sequence[Reminder], told: Collection[str]) -> tuple[Reminder, ...]:
    """``planned`` less the reminders already told (by key): after the clock is set back, a reminder
    already told comes round again and must stay quiet."""
    return tuple(r for r in planned if r.key not in told)
