"""Calendar files (.ics) that land at the right minute in Google Calendar, Outlook, Apple Calendar and
Thunderbird: single meetings, weekly series, e-mail invites and tentative holds.

Built with ``icalendar`` (which escapes text, writes CRLF and folds lines at 75
octets between characters). The rules each file follows, and why, are in
DESIGN.md, ".ics files". This is the only module that imports icalendar, so the
rest of the app starts without it.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import WEEKLY, rrule
from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress, vText

from app.intervals import Interval
from app.messages import ENGLISH, AppError, Message, message, weekday
from app.vtimezone import ZoneDefinition, zone_definition

PRODID = "-//Coretime//Coretime//EN"
# Fixed forever: UIDs are derived from it, and a changed UID makes a calendar show a second copy.
_UID_NAMESPACE = uuid.UUID("6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f")
MAX_WEEKS = 1000  # meetings in one series
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class _Text(vText):
    r"""A TEXT value written as typed. icalendar's escaping first reads a backslash before a capital N as
    a line break (the way RFC 5545 writes one), so a description holding ``C:\Notes`` would reach the
    calendar as "C:" and "otes" on a new line. Each stretch between such pairs is escaped by icalendar;
    the pairs are written as an escaped backslash and the N."""

    def to_ical(self) -> bytes:
        return rb"\\N".join(vText(part).to_ical() for part in str(self).split("\\N"))


class IcsError(AppError):
    """Input that would make a wrong or unreadable calendar file; the message says which and why."""


def clean_text(text: str, what: str) -> str:
    """``text`` ready for a TEXT property: line breaks normalised to ``\\n``; other control
    characters refused, because calendars drop or mangle them differently.

    >>> clean_text("Call\\r\\nAgenda", "description")
    'Call\\nAgenda'
    >>> clean_text("a\\x07b", "title")
    Traceback (most recent call last):
    ...
    app.ics.IcsError: the title contains a control character (U+0007); remove it
    """
    if not isinstance(text, str):
        raise TypeError(f"Use str for the {what}, not {type(text).__name__}.")
    text = text.replace("\r\n", "\n")
    for char in text:
        category = unicodedata.category(char)
        if char not in "\n\t" and category == "Cc":
            raise IcsError("ics.control_character", what=_what(what), char=f"U+{ord(char):04X}")
        if category == "Cs":  # half of a UTF-16 pair, left by a broken paste or file: no UTF-8 for it
            raise IcsError("ics.broken_character", what=_what(what), char=f"U+{ord(char):04X}")
        if char == "\ufeff":  # icalendar drops it at the start of a value: it would not come back
            raise IcsError("ics.byte_order_mark", what=_what(what))
    return text


def _what(what: str) -> Message:
    """The field a text problem is in, as a message: the ones :class:`Meeting` checks have their own."""
    code = f"ics.what.{what}"
    return message(code) if code in ENGLISH else message("ics.what.other", name=what)


_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"^[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]+@{_LABEL}(?:\.{_LABEL})+$")


def email_address(text: str) -> str:
    """A plain e-mail address (``name@example.com``, an optional ``mailto:`` dropped), or :class:`IcsError`.

    Deliberately narrow — ASCII, a dotted domain, no display name — because the
    address ends up in a ``mailto:`` URI that every calendar must read back.

    >>> email_address("MAILTO:ana@example.com")
    'ana@example.com'
    """
    if not isinstance(text, str):
        raise TypeError(f"Use str for an e-mail address, not {type(text).__name__}.")
    address = text.strip()
    if address[:7].casefold() == "mailto:":
        address = address[7:]
    if len(address) > 254 or not _ADDRESS.fullmatch(address) or ".." in address or address.startswith("."):
        shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:60])
        raise IcsError("ics.not_an_email", text=shown)
    return address


@dataclass(frozen=True, slots=True)
class Meeting:
    """What one meeting is: when, how long, and the words and links that go with it."""

    start: datetime
    duration: timedelta
    title: str
    description: str = ""
    location: str | None = None
    url: str | None = None
    alarm: timedelta | None = None  # how long before the start a reminder shows

    def __post_init__(self) -> None:
        if not isinstance(self.start, datetime) or self.start.tzinfo is None:
            raise TypeError("Use a timezone-aware datetime for a meeting's start.")
        if not isinstance(self.duration, timedelta):
            raise TypeError(f"Use timedelta for a meeting's duration, not {type(self.duration).__name__}.")
        if self.duration <= timedelta(0):
            raise IcsError("ics.zero_length")
        if self.alarm is not None and (not isinstance(self.alarm, timedelta) or self.alarm < timedelta(0)):
            raise IcsError("ics.alarm_after")
        object.__setattr__(self, "title", clean_text(self.title, "title"))
        if not self.title.strip():
            raise IcsError("ics.no_title")
        object.__setattr__(self, "description", clean_text(self.description, "description"))
        if self.location is not None:
            object.__setattr__(self, "location", clean_text(self.location, "location"))
        if self.url is not None and not re.match(r"^https?://[^\s\"<>\\^`{|}]+$", self.url):
            raise IcsError("ics.not_a_url", text=self.url[:60])

    @property
    def interval(self) -> Interval:
        return Interval(self.start, self.start + self.duration)


@dataclass(frozen=True, slots=True)
class Weekly:
    """A weekly repetition at the meeting's wall time in ``zone``, ``count`` times or until ``until``
    (a last day on that clock, inclusive). ``days`` (0 = Monday) repeats it on several weekdays of
    each week (``BYDAY``); the first meeting must fall on one of them. Without ``days`` it repeats
    on the first meeting's weekday. ``skip`` are days (on that clock) whose meeting is left out
    (``EXDATE``, at the series' wall time in ``zone``); a day the series does not meet on is ignored."""

    zone: ZoneInfo
    count: int | None = None
    until: date | None = None
    days: tuple[int, ...] | None = None
    skip: tuple[date, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.zone, ZoneInfo):
            raise TypeError(f"Use ZoneInfo for a series' zone, not {type(self.zone).__name__}.")
        if (self.count is None) == (self.until is None):
            raise IcsError("ics.count_or_until")
        if self.count is not None and not 1 <= self.count <= MAX_WEEKS:
            raise IcsError("ics.count_range", most=MAX_WEEKS, count=self.count)
        if self.days is not None:
            if isinstance(self.days, (str, bytes)) or not all(
                isinstance(d, int) and 0 <= d <= 6 for d in self.days
            ):
                raise TypeError("Use a tuple of weekdays 0 (Monday) .. 6 (Sunday) for a series' days.")
            if not self.days:
                raise IcsError("ics.no_weekdays")
            object.__setattr__(self, "days", tuple(sorted(set(self.days))))
        if isinstance(self.skip, (str, bytes)) or not all(
            isinstance(d, date) and not isinstance(d, datetime) for d in self.skip
        ):
            raise TypeError("Use a tuple of dates for the days a series skips.")
        object.__setattr__(self, "skip", tuple(sorted(set(self.skip))))


@dataclass(frozen=True, slots=True)
class Invite:
    """Who sends the invitation and who is asked to come."""

    organizer: str
    attendees: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "organizer", email_address(self.organizer))
        if isinstance(self.attendees, str):
            raise TypeError("Use a sequence of addresses for the attendees, not one str.")
        seen: dict[str, str] = {}
        for attendee in self.attendees:
            address = email_address(attendee)
            seen.setdefault(address.casefold(), address)
        if not seen:
            raise IcsError("ics.no_attendee")
        object.__setattr__(self, "attendees", tuple(seen.values()))


def occurrences(meeting: Meeting, weekly: Weekly) -> list[Interval]:
    """Every meeting of the series, each at the first one's wall time on ``weekly.zone``'s clock.

    A meeting whose wall time falls into a clock change's gap is refused: calendars
    disagree on where such a time goes.
    """
    zone = weekly.zone
    wall = meeting.start.astimezone(zone).replace(tzinfo=None)
    if weekly.days is not None and wall.weekday() not in weekly.days:
        # RFC 5545 counts DTSTART as the first meeting even off BYDAY; calendars then disagree.
        raise IcsError("ics.first_off_weekdays", weekday=weekday(wall.weekday()), day=f"{wall:%Y-%m-%d}")
    if weekly.until is not None:
        if weekly.until < wall.date():
            raise IcsError("ics.ends_before", until=str(weekly.until), day=str(wall.date()))
        until = datetime.combine(weekly.until, time(23, 59, 59))
        walls = list(rrule(WEEKLY, dtstart=wall, until=until, byweekday=weekly.days))
        if len(walls) > MAX_WEEKS:
            raise IcsError("ics.too_many", most=MAX_WEEKS, count=len(walls))
    else:
        walls = list(rrule(WEEKLY, dtstart=wall, count=weekly.count, byweekday=weekly.days))
    found = []
    for moment in walls:
        aware = moment.replace(tzinfo=zone)
        if aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment:
            raise IcsError(
                "ics.time_skipped", time=f"{moment:%H:%M}", day=f"{moment:%Y-%m-%d}", zone=zone.key
            )
        found.append(Interval(aware.astimezone(UTC), aware.astimezone(UTC) + meeting.duration))
    return found


def stable_uid(kind: str, start: datetime, title: str, zone: ZoneInfo | None = None) -> str:
    """The same UID for the same meeting every time it is exported, so a re-import updates it."""
    key = f"{kind}|{start.astimezone(UTC):%Y%m%dT%H%M%SZ}|{zone.key if zone else ''}|{title}"
    return f"{uuid.uuid5(_UID_NAMESPACE, key)}@coretime"


def _calendar(method: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def _stamp(now: datetime) -> datetime:
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise TypeError("Use a timezone-aware datetime for now.")
    return now.astimezone(UTC).replace(microsecond=0)


def _event(meeting: Meeting, *, uid: str, now: datetime, start: datetime, end: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", _stamp(now))
    event.add("dtstart", start)
    # RFC 5545 gives every meeting of a series the exact (not wall-clock) length DTEND - DTSTART.
    event.add("dtend", end)
    event.add("summary", _Text(meeting.title))
    if meeting.description:  # an empty DESCRIPTION makes libical log an error and drop it
        event.add("description", _Text(meeting.description))
    if meeting.location:
        event.add("location", _Text(meeting.location))
    if meeting.url:
        event.add("url", meeting.url)
    event.add("sequence", 0)
    if meeting.alarm is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _Text(meeting.title))  # DISPLAY alarms must say something (RFC 5545)
        alarm.add("trigger", -meeting.alarm)
        event.add_component(alarm)
    return event


def _timezone(definition: ZoneDefinition) -> Timezone:
    component = Timezone()
    component.add("tzid", definition.key)
    for observance in definition.observances:
        block = TimezoneDaylight() if observance.daylight else TimezoneStandard()
        block.add("dtstart", observance.start)
        block.add("tzoffsetfrom", timedelta(seconds=observance.offset_from))
        block.add("tzoffsetto", timedelta(seconds=observance.offset_to))
        block.add("tzname", observance.name)
        if observance.rule is not None:
            block.add("rrule", observance.rule.as_dict())
        component.add_component(block)
    return component


def _utc(instant: datetime) -> datetime:
    return instant.astimezone(UTC).replace(microsecond=0)


def _invite(event: Event, invite: Invite) -> None:
    event.add("organizer", vCalAddress(f"mailto:{invite.organizer}"))
    for address in invite.attendees:
        attendee = vCalAddress(f"mailto:{address}")
        attendee.params["CUTYPE"] = "INDIVIDUAL"
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        attendee.params["PARTSTAT"] = "NEEDS-ACTION"
        attendee.params["RSVP"] = "TRUE"
        event.add("attendee", attendee)


def _build(meeting: Meeting, *, now: datetime, weekly: Weekly | None, invite: Invite | None) -> bytes:
    calendar = _calendar("REQUEST" if invite else "PUBLISH")
    if weekly is None:
        first = meeting.interval
        event = _event(meeting, uid=stable_uid("meeting", meeting.start, meeting.title), now=now,
                       start=_utc(first.start), end=_utc(first.end))  # fmt: skip
    else:
        series = occurrences(meeting, weekly)
        zone = weekly.zone
        definition = zone_definition(zone, series[0].start, series[-1].end)
        calendar.add_component(_timezone(definition))
        # Written on the zone's clock (TZID), so every meeting stays at the client's wall time.
        uid = stable_uid("weekly", meeting.start, meeting.title, zone)
        first = series[0]
        event = _event(
            meeting, uid=uid, now=now, start=first.start.astimezone(zone), end=first.end.astimezone(zone)
        )
        rule: dict[str, object] = {"FREQ": "WEEKLY"}
        if weekly.days is not None:
            rule["BYDAY"] = [_BYDAY[d] for d in weekly.days]
        if weekly.count is not None:
            rule["COUNT"] = weekly.count
        else:
            rule["UNTIL"] = series[-1].start.astimezone(UTC)  # UTC, as RFC 5545 requires with TZID
        event.add("rrule", rule)
        # RFC 5545: each EXDATE has DTSTART's form — the same TZID and wall time, on the skipped day.
        skipped = [m.start.astimezone(zone) for m in series if m.start.astimezone(zone).date() in weekly.skip]
        if skipped:
            event.add("exdate", skipped)
    if invite is not None:
        _invite(event, invite)
    calendar.add_component(event)
    return bytes(calendar.to_ical())


def meeting_calendar(*, meeting: Meeting, now: datetime) -> bytes:
    """One meeting, in UTC (``DTSTART:…Z``), ``METHOD:PUBLISH`` — imports the same everywhere."""
    return _build(meeting, now=now, weekly=None, invite=None)


def series_calendar(*, meeting: Meeting, weekly: Weekly, now: datetime) -> bytes:
    """A weekly series at the first meeting's wall time in ``weekly.zone``, with that zone's VTIMEZONE."""
    return _build(meeting, now=now, weekly=weekly, invite=None)


def invite_calendar(
    *, meeting: Meeting, invite: Invite, now: datetime, weekly: Weekly | None = None
) -> bytes:
    """A ``METHOD:REQUEST`` invitation (a single meeting or a weekly series) to attach to an e-mail."""
    return _build(meeting, now=now, weekly=weekly, invite=invite)


def holds_calendar(
    options: Sequence[Interval],
    *,
    title: str,
    description: str = "",
    now: datetime,
    location: str | None = None,
    url: str | None = None,
) -> bytes:
    """Tentative holds: one ``STATUS:TENTATIVE`` event per proposed option, in one calendar, so the
    offered times stay blocked until the client picks one."""
    if not options:
        raise IcsError("ics.no_options")
    calendar = _calendar("PUBLISH")
    for option in options:
        if not isinstance(option, Interval):
            raise TypeError(f"Use Interval for an option, not {type(option).__name__}.")
        meeting = Meeting(option.start, option.duration, title, description, location, url)
        event = _event(meeting, uid=stable_uid("hold", option.start, meeting.title), now=now,
                       start=_utc(option.start), end=_utc(option.end))  # fmt: skip
        event.add("status", "TENTATIVE")
        event.add("transp", "OPAQUE")  # a hold blocks the time, which is its whole point
        calendar.add_component(event)
    return bytes(calendar.to_ical())
