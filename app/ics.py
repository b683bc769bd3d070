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
from typing import Literal
from zoneinfo import ZoneInfo

from dateutil.rrule import WEEKLY, rrule
from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress, vText

from app.intervals import Interval
from app.messages import ENGLISH, AppError, Message, message, weekday
from app.vtimezone import ZoneDefinition, zone_definition
from app.zones import Edge, to_utc

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
    uid: str | None = None
    """The event's ``UID`` when it updates one exported before (:func:`event_uid` makes it otherwise)."""
    sequence: int = 0
    """Its revision: calendars take a file with a higher ``SEQUENCE`` for the same ``UID`` as an update
    (:func:`next_sequence`)."""

    def __post_init__(self) -> None:
        if not isinstance(self.start, datetime) or self.start.tzinfo is None:
            raise TypeError("Use a timezone-aware datetime for a meeting's start.")
        if isinstance(self.sequence, bool) or not isinstance(self.sequence, int) or self.sequence < 0:
            raise IcsError("ics.bad_sequence", value=str(self.sequence)[:20])
        if self.uid is not None and not re.fullmatch(r"[\x21-\x7e]{1,255}", self.uid):
            raise IcsError("ics.bad_uid", text=self.uid[:60])
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
    (``EXDATE``, at the series' wall time in ``zone``); a day the series does not meet on is ignored.
    A meeting whose wall time the clocks skip makes the series an error, unless ``at_jump``: then it
    comes at the moment the clocks jump, written as that exact instant. ``wall_time`` sets the series'
    time on that clock when the first meeting is not at it (with ``at_jump``, a first meeting at the
    jump that skipped it); it must fall on the first meeting's date."""

    zone: ZoneInfo
    count: int | None = None
    until: date | None = None
    days: tuple[int, ...] | None = None
    skip: tuple[date, ...] = ()
    at_jump: bool = False
    wall_time: time | None = None
    extra: tuple[datetime, ...] = ()
    """Meetings added at exact instants (``RDATE``, UTC): a check-in placed on the clock of a client
    away on another zone, whose day at home is in ``skip``."""

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
        if isinstance(self.extra, (str, bytes)) or not all(
            isinstance(at, datetime) and at.tzinfo is not None for at in self.extra
        ):
            raise TypeError("Use a tuple of timezone-aware datetimes for a series' added meetings.")
        object.__setattr__(self, "skip", tuple(sorted(set(self.skip))))
        if self.wall_time is not None and not isinstance(self.wall_time, time):
            raise TypeError(f"Use time for a series' wall time, not {type(self.wall_time).__name__}.")


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


ClockKind = Literal["plain", "fold", "gap"]


def _clock_kind(wall: datetime, zone: ZoneInfo) -> ClockKind:
    """Whether ``wall`` (naive) happens once on ``zone``'s clock, twice (a fold) or not at all (a gap)."""
    first, second = (
        wall.replace(tzinfo=zone, fold=0).utcoffset(),
        wall.replace(tzinfo=zone, fold=1).utcoffset(),
    )
    assert first is not None  # a ZoneInfo always knows its offset
    assert second is not None
    if first == second:
        return "plain"
    return "fold" if first > second else "gap"  # PEP 495: in a gap, fold=0 reads the offset before the jump


@dataclass(frozen=True, slots=True)
class _Occurrence:
    wall: datetime  # naive, on the series' clock
    start: datetime  # UTC
    kind: ClockKind
    skipped: bool


def _walls(meeting: Meeting, weekly: Weekly) -> list[datetime]:
    wall = meeting.start.astimezone(weekly.zone).replace(tzinfo=None)
    if weekly.wall_time is not None:
        wall = datetime.combine(wall.date(), weekly.wall_time)
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
        return walls
    return list(rrule(WEEKLY, dtstart=wall, count=weekly.count, byweekday=weekly.days))


def _occurrences(meeting: Meeting, weekly: Weekly) -> list[_Occurrence]:
    """Every meeting of the series with its wall time, its instant and what the clock does there. The
    first is ``meeting.start`` itself (in a fold, either pass); a later one in a fold is the first
    pass, as RFC 5545 reads a wall time; one in a gap is the moment the clocks jump."""
    zone = weekly.zone
    found = []
    first = meeting.start.astimezone(zone).replace(tzinfo=None)
    for i, wall in enumerate(_walls(meeting, weekly)):
        kind = _clock_kind(wall, zone)
        if i == 0 and wall == first:
            start = meeting.start.astimezone(UTC)
        elif kind == "gap":
            start = to_utc(wall.date(), wall.hour * 60 + wall.minute, zone, Edge.START)
        else:
            start = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
        found.append(_Occurrence(wall, start, kind, wall.date() in weekly.skip))
    return found


def occurrences(meeting: Meeting, weekly: Weekly) -> list[Interval]:
    """Every meeting of the series, each at the first one's wall time on ``weekly.zone``'s clock.

    The first is ``meeting.start`` exactly; a later wall time that happens twice is its first
    occurrence. A meeting whose wall time falls into a clock change's gap is refused (calendars
    disagree on where such a time goes), unless ``weekly.at_jump``: then it is the moment of the jump.
    """
    found = []
    for occurrence in _occurrences(meeting, weekly):
        if occurrence.kind == "gap" and not weekly.at_jump:
            wall = occurrence.wall
            raise IcsError(
                "ics.time_skipped", time=f"{wall:%H:%M}", day=f"{wall:%Y-%m-%d}", zone=weekly.zone.key
            )
        found.append(Interval(occurrence.start, occurrence.start + meeting.duration))
    return found


@dataclass(frozen=True, slots=True)
class SeriesClockDate:
    """A meeting of a weekly series whose wall time a clock change touches.

    ``day`` and ``wall`` are its date and time on the series' clock. ``kind`` is ``fold`` when that
    time happens twice, ``gap`` when the clocks skip it. ``start`` (UTC) is where Coretime places it:
    the first meeting at the instant asked for; a later fold meeting at the first occurrence (RFC
    5545's reading); a gap meeting at the moment the clocks jump. ``exact`` says the file writes it
    as that UTC instant, so every calendar shows it there; otherwise (a fold meeting written on the
    wall clock) calendars disagree: Thunderbird and Evolution take the second occurrence, ``other``.
    A gap meeting that is not ``exact`` makes the series an error (see :attr:`Weekly.at_jump`).
    """

    day: date
    wall: time
    kind: Literal["fold", "gap"]
    start: datetime
    exact: bool
    other: datetime | None


def series_clock_dates(meeting: Meeting, weekly: Weekly) -> tuple[SeriesClockDate, ...]:
    """The meetings of the series (days in ``weekly.skip`` left out) whose wall time falls in a clock
    change's fold or gap, in order — what the CLI's ``note:`` lines and the export panel report.

    Raises :class:`IcsError` only for a series that cannot be formed at all (off its weekdays, ending
    before it starts, too long); a gap meeting is listed, not refused.

    >>> from zoneinfo import ZoneInfo
    >>> ny = ZoneInfo("America/New_York")
    >>> start = datetime(2026, 10, 25, 5, 30, tzinfo=UTC)  # Sunday 01:30 EDT
    >>> [(d.day.isoformat(), d.kind, f"{d.start:%H:%M}", f"{d.other:%H:%M}", d.exact)
    ...  for d in series_clock_dates(Meeting(start, timedelta(minutes=30), "Call"), Weekly(ny, count=3))]
    [('2026-11-01', 'fold', '05:30', '06:30', False)]
    """
    occurrences = _occurrences(meeting, weekly)
    anchor = _anchor(occurrences, meeting.duration, weekly.zone)
    found = []
    for i, occurrence in enumerate(occurrences):
        if occurrence.kind == "plain" or occurrence.skipped:
            continue
        exact = i < anchor or (occurrence.kind == "gap" and weekly.at_jump)
        other = None
        if occurrence.kind == "fold" and not exact:
            other = occurrence.wall.replace(tzinfo=weekly.zone, fold=1).astimezone(UTC)
        found.append(
            SeriesClockDate(
                occurrence.wall.date(),
                occurrence.wall.time(),
                occurrence.kind,
                occurrence.start,
                exact,
                other,
            )
        )
    return tuple(found)


def _anchor(occurrences: Sequence[_Occurrence], duration: timedelta, zone: ZoneInfo) -> int:
    """The index of the meeting the file's ``DTSTART`` names: the first that no reader can misplace or
    mismeasure — its wall time happens exactly once, and so does its end, with no clock change between
    them. A calendar cannot tell which pass of a fold a ``DTSTART`` or ``DTEND`` means, and across a
    clock change some take ``DTEND - DTSTART`` on the wall clock. Meetings before it are written as
    exact UTC instants (``RDATE``); ``len(occurrences)`` when none qualifies."""
    for i, occurrence in enumerate(occurrences):
        if occurrence.kind != "plain":
            continue
        end_wall = (occurrence.start + duration).astimezone(zone).replace(tzinfo=None)
        if _clock_kind(end_wall, zone) == "plain" and end_wall - occurrence.wall == duration:
            return i
    return len(occurrences)


def stable_uid(kind: str, start: datetime, title: str, zone: ZoneInfo | None = None) -> str:
    """The same UID for the same meeting every time it is exported, so a re-import updates it."""
    key = f"{kind}|{start.astimezone(UTC):%Y%m%dT%H%M%SZ}|{zone.key if zone else ''}|{title}"
    return f"{uuid.uuid5(_UID_NAMESPACE, key)}@coretime"


def event_uid(meeting: Meeting, weekly: Weekly | None = None) -> str:
    """The ``UID`` the writers give ``meeting`` (as a weekly series with ``weekly``): its own ``uid`` when
    it has one, else one derived from its start and title, the same at every export."""
    if meeting.uid is not None:
        return meeting.uid
    if weekly is None:
        return stable_uid("meeting", meeting.start, meeting.title)
    return stable_uid("weekly", meeting.start, meeting.title, weekly.zone)


def fingerprint(meeting: Meeting, weekly: Weekly | None = None) -> str:
    """What a calendar shows of an event: its time, length, title and repetition. When a re-export with
    the same ``UID`` changes it, the ``SEQUENCE`` must rise."""
    repeat = "" if weekly is None else f"{weekly.zone.key}|{weekly.count}|{weekly.until}|{weekly.days}"
    return f"{meeting.start.astimezone(UTC):%Y%m%dT%H%M%SZ}|{meeting.duration}|{meeting.title}|{repeat}"


def next_sequence(previous: tuple[int, str] | None, current: str) -> int:
    """The ``SEQUENCE`` of an export whose :func:`fingerprint` is ``current``, given the last export of the
    same ``UID`` as ``(sequence, fingerprint)``: 0 the first time, one more when what it shows changed,
    the same when it did not (a file written again is not an update).

    >>> next_sequence(None, "a"), next_sequence((0, "a"), "a"), next_sequence((2, "a"), "b")
    (0, 0, 3)
    """
    if previous is None:
        return 0
    sequence, shown = previous
    return sequence if shown == current else sequence + 1


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


def _event(
    meeting: Meeting,
    *,
    uid: str,
    now: datetime,
    start: datetime,
    end: datetime,
    length: timedelta | None = None,
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", _stamp(now))
    event.add("dtstart", start)
    if length is None:
        # RFC 5545 gives every meeting of a series the exact (not wall-clock) length DTEND - DTSTART.
        event.add("dtend", end)
    else:  # an end whose wall time happens twice would be read at its first occurrence
        event.add("duration", length)
    event.add("summary", _Text(meeting.title))
    if meeting.description:  # an empty DESCRIPTION makes libical log an error and drop it
        event.add("description", _Text(meeting.description))
    if meeting.location:
        event.add("location", _Text(meeting.location))
    if meeting.url:
        event.add("url", meeting.url)
    event.add("sequence", meeting.sequence)
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


def _rfc_reading(wall: datetime, zone: ZoneInfo) -> datetime:
    """The instant RFC 5545 gives a wall time: a repeated one's first occurrence, a skipped one read with
    the offset before the gap (PEP 495's ``fold=0`` reads both the same way)."""
    return wall.replace(tzinfo=zone, fold=0).astimezone(UTC)


def _added(weekly: Weekly) -> tuple[list[datetime], list[datetime]]:
    """``weekly.extra`` as RDATE values: on the series' own clock where that reading is unique, else in
    UTC. A reader that matches EXDATEs by wall time too (recurring_ical_events) would otherwise take a
    UTC 09:45 for the left-out 09:45 at home more often."""
    walls: list[datetime] = []
    exact: list[datetime] = []
    for at in weekly.extra:
        wall = at.astimezone(weekly.zone).replace(tzinfo=None)
        readings = {wall.replace(tzinfo=weekly.zone, fold=fold).astimezone(UTC) for fold in (0, 1)}
        if readings == {at.astimezone(UTC)}:
            walls.append(wall.replace(tzinfo=weekly.zone))
        else:
            exact.append(_utc(at))
    return walls, exact


def _series_event(meeting: Meeting, weekly: Weekly, *, now: datetime) -> Event:
    """The event of a weekly series, written so that every calendar puts each meeting at the instant
    :func:`occurrences` gives it, for the exact length asked for — but for later meetings in a fold,
    which :func:`series_clock_dates` names.

    ``DTSTART`` and ``DTEND`` are the first meeting no calendar can misplace or mismeasure (see
    :func:`_anchor`), on the zone's clock (``TZID``); meetings before it (a first meeting in a fold,
    either pass, or one that spans a clock change) are exact UTC ``RDATE``s, and a meeting in a gap
    (with ``at_jump``) is excluded at its wall time and added back at the jump."""
    occurrences(meeting, weekly)  # refuses a gap meeting unless weekly.at_jump
    zone = weekly.zone
    found = _occurrences(meeting, weekly)
    anchor = _anchor(found, meeting.duration, zone)
    uid = event_uid(meeting, weekly)
    exdates: list[datetime] = []
    rdates: list[datetime] = []
    if anchor == len(found):
        # No meeting's wall time happens exactly once: each is written as its exact instant.
        first = found[0]
        event = _event(
            meeting, uid=uid, now=now, start=_utc(first.start), end=_utc(first.start + meeting.duration)
        )
        if first.skipped:
            exdates.append(_utc(first.start))
        rdates.extend(_utc(o.start) for o in found[1:] if not o.skipped)
    else:
        # Written on the zone's clock (TZID), so every meeting stays at the client's wall time.
        start = found[anchor].wall.replace(tzinfo=zone)
        end = (found[anchor].start + meeting.duration).astimezone(zone)
        event = _event(meeting, uid=uid, now=now, start=start, end=end)
        rule: dict[str, object] = {"FREQ": "WEEKLY"}
        if weekly.days is not None:
            rule["BYDAY"] = [_BYDAY[d] for d in weekly.days]
        if weekly.count is not None:
            rule["COUNT"] = weekly.count - anchor
        else:
            # UTC, as RFC 5545 requires with TZID; at the later pass of a fold, so either reading is kept.
            last = found[-1].wall
            rule["UNTIL"] = max(last.replace(tzinfo=zone, fold=f).astimezone(UTC) for f in (0, 1))
        event.add("rrule", rule)
        rdates.extend(_utc(o.start) for o in found[:anchor] if not o.skipped)
        for occurrence in found[anchor:]:
            # RFC 5545 reads a wall time in a gap with the offset before it: at the jump itself when the
            # time is the gap's start (00:00 skipped to 01:00), later otherwise. Only a meeting read
            # later than the jump is excluded and added back at it (an EXDATE also removes an RDATE at
            # its own instant).
            moved = occurrence.kind == "gap" and _rfc_reading(occurrence.wall, zone) != occurrence.start
            # RFC 5545: each EXDATE has DTSTART's form — the same TZID and wall time, on the left-out day.
            if occurrence.skipped or moved:
                exdates.append(occurrence.wall.replace(tzinfo=zone))
            if moved and not occurrence.skipped:
                rdates.append(_utc(occurrence.start))
    walls, exact = _added(weekly)
    rdates.extend(exact)
    if exdates:
        event.add("exdate", exdates)
    if rdates:
        event.add("rdate", rdates)
    if walls:
        event.add("rdate", walls)
    return event


def _build(meeting: Meeting, *, now: datetime, weekly: Weekly | None, invite: Invite | None) -> bytes:
    calendar = _calendar("REQUEST" if invite else "PUBLISH")
    if weekly is None:
        first = meeting.interval
        event = _event(meeting, uid=event_uid(meeting), now=now, start=_utc(first.start), end=_utc(first.end))
    else:
        event = _series_event(meeting, weekly, now=now)
        series = occurrences(meeting, weekly)
        # From a day early: a first meeting at the very instant the clocks change must see that change.
        definition = zone_definition(weekly.zone, series[0].start - timedelta(days=1), series[-1].end)
        calendar.add_component(_timezone(definition))
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


def cancel_calendar(*, meeting: Meeting, now: datetime) -> bytes:
    """A ``METHOD:CANCEL`` file for ``meeting`` as exported before: the same ``UID`` (``meeting.uid``, which
    must be given), ``STATUS:CANCELLED`` and a ``SEQUENCE`` above the last one sent, so that a calendar
    which imported the meeting takes it off (RFC 5546 3.2.5)."""
    if meeting.uid is None:
        raise TypeError("Give the UID of the meeting exported before: a cancellation names its event.")
    calendar = _calendar("CANCEL")
    first = meeting.interval
    event = _event(meeting, uid=meeting.uid, now=now, start=_utc(first.start), end=_utc(first.end))
    event.add("status", "CANCELLED")
    for alarm in list(event.subcomponents):  # a cancelled meeting rings no reminder
        event.subcomponents.remove(alarm)
    calendar.add_component(event)
    return bytes(calendar.to_ical())


def holds_calendar(
    options: Sequence[Interval],
    *,
    title: str,
    description: str = "",
    now: datetime,
    location: str | None = None,
    url: str | None = None,
    titles: Sequence[str] | None = None,
    descriptions: Sequence[str] | None = None,
) -> bytes:
    """Tentative holds: one ``STATUS:TENTATIVE`` event per proposed option, in one calendar, so the
    offered times stay blocked until the client picks one. ``titles`` and ``descriptions``, when given,
    are one per option ("Option 1 of 3 — Call …"); the UID stays that of ``title``."""
    if not options:
        raise IcsError("ics.no_options")
    for each in (titles, descriptions):
        if each is not None and (isinstance(each, str) or len(each) != len(options)):
            raise TypeError("Give one title and one description per option.")
    calendar = _calendar("PUBLISH")
    for index, option in enumerate(options):
        if not isinstance(option, Interval):
            raise TypeError(f"Use Interval for an option, not {type(option).__name__}.")
        shown = title if titles is None else titles[index]
        said = description if descriptions is None else descriptions[index]
        meeting = Meeting(option.start, option.duration, shown, said, location, url)
        event = _event(meeting, uid=stable_uid("hold", option.start, clean_text(title, "title")), now=now,
                       start=_utc(option.start), end=_utc(option.end))  # fmt: skip
        event.add("status", "TENTATIVE")
        event.add("transp", "OPAQUE")  # a hold blocks the time, which is its whole point
        calendar.add_component(event)
    return bytes(calendar.to_ical())
