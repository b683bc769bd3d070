"""Meetings Coretime arranged: recorded when a slot is exported or an option accepted, kept in the people
file, shown as Upcoming, drawn on the timeline, kept out of later suggestions, and reminded of.

A booked meeting is an instant, a length, the clients it is with (by person id) and the ``UID`` and
``SEQUENCE`` of the calendar file written for it, so a reschedule writes an update (``SEQUENCE`` + 1)
and a cancellation a ``METHOD:CANCEL`` file that calendars match to the event they hold.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from app.intervals import Interval, Span, seconds, union_spans
from app.messages import AppError

MAX_MINUTES = 24 * 60
"""The longest meeting recorded: a day (the window stops a drag at 8 hours)."""
_UID = re.compile(r"[\x21-\x7e]{1,255}")


class MeetingError(AppError):
    """A booked meeting that cannot be used; the message says which part."""


@dataclass(frozen=True, slots=True)
class BookedMeeting:
    """One meeting the freelancer arranged with ``clients`` (person ids, in the order named)."""

    uid: str
    clients: tuple[str, ...]
    start: datetime
    minutes: int
    title: str = ""
    sequence: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.start, datetime) or self.start.tzinfo is None:
            raise TypeError("Use a timezone-aware datetime for a booked meeting's start.")
        object.__setattr__(self, "start", self.start.astimezone(UTC).replace(second=0, microsecond=0))
        if not _UID.fullmatch(self.uid):
            raise MeetingError("meeting.bad_uid", text=self.uid[:60])
        whole = isinstance(self.minutes, int) and not isinstance(self.minutes, bool)
        if not whole or not 0 < self.minutes <= MAX_MINUTES:
            raise MeetingError("meeting.bad_length", value=str(self.minutes)[:20], limit=MAX_MINUTES)
        if isinstance(self.sequence, bool) or not isinstance(self.sequence, int) or self.sequence < 0:
            raise MeetingError("meeting.bad_sequence", value=str(self.sequence)[:20])

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    @property
    def interval(self) -> Interval:
        return Interval(self.start, self.end)

    def with_client(self, client_id: str) -> bool:
        return client_id in self.clients

    def moved(self, start: datetime, minutes: int | None = None) -> BookedMeeting:
        """The same meeting at ``start`` (and ``minutes`` long): the next revision of its calendar event."""
        return replace(
            self,
            start=start,
            minutes=self.minutes if minutes is None else minutes,
            sequence=self.sequence + 1,
        )


def _utc_text(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def meeting_document(meeting: BookedMeeting) -> dict[str, Any]:
    """``meeting`` as the people file holds it.

    >>> call = BookedMeeting("a@coretime", ("s",), datetime(2026, 12, 7, 14, tzinfo=UTC), 30)
    >>> meeting_document(call)["start"]
    '2026-12-07T14:00:00Z'
    """
    return {
        "uid": meeting.uid,
        "with": list(meeting.clients),
        "start": _utc_text(meeting.start),
        "minutes": meeting.minutes,
        "title": meeting.title,
        "sequence": meeting.sequence,
    }


def meeting_from_document(raw: object) -> BookedMeeting:
    """The meeting in ``raw`` (as :func:`meeting_document` writes it); :class:`MeetingError` naming what is
    wrong otherwise."""
    if not isinstance(raw, dict):
        raise MeetingError("meeting.not_an_object")
    clients = raw.get("with")
    if not isinstance(clients, list) or not clients or not all(isinstance(c, str) and c for c in clients):
        raise MeetingError("meeting.bad_clients")
    start_text = raw.get("start")
    try:
        start = datetime.fromisoformat(start_text) if isinstance(start_text, str) else None
    except ValueError:
        start = None
    if start is None or start.tzinfo is None:
        raise MeetingError("meeting.bad_start", text=str(start_text)[:40])
    uid, title, minutes, sequence = (raw.get(k) for k in ("uid", "title", "minutes", "sequence"))
    if not isinstance(uid, str):
        raise MeetingError("meeting.bad_uid", text=str(uid)[:60])
    if title is not None and not isinstance(title, str):
        raise MeetingError("meeting.bad_title")
    return BookedMeeting(
        uid=uid,
        clients=tuple(clients),
        start=start,
        minutes=minutes,  # type: ignore[arg-type]  # checked by BookedMeeting
        title=title or "",
        sequence=0 if sequence is None else sequence,
    )


def upcoming(meetings: Iterable[BookedMeeting], now: datetime) -> list[BookedMeeting]:
    """The meetings not over at ``now``, soonest first (then by ``UID``, so the order is stable)."""
    return sorted((m for m in meetings if m.end > now), key=lambda m: (m.start, m.uid))


def booked_spans(meetings: Iterable[BookedMeeting], start: int, end: int) -> list[Span]:
    """The merged spans (epoch seconds) the meetings take within ``[start, end)``."""
    found = []
    for meeting in meetings:
        lo, hi = max(seconds(meeting.start), start), min(seconds(meeting.end), end)
        if lo < hi:
            found.append((lo, hi))
    return union_spans(found)


def booked_intervals(meetings: Iterable[BookedMeeting], start: datetime, end: datetime) -> list[Interval]:
    return [Interval.from_span(s) for s in booked_spans(meetings, seconds(start), seconds(end))]


def clashes(
    meetings: Iterable[BookedMeeting], interval: Interval, *, ignore: str | None = None
) -> list[BookedMeeting]:
    """The meetings (other than the one with ``UID`` ``ignore``) that share any minute with ``interval``."""
    return [m for m in meetings if m.uid != ignore and m.start < interval.end and interval.start < m.end]


def merge_meetings(
    base: Sequence[BookedMeeting], mine: Sequence[BookedMeeting], theirs: Sequence[BookedMeeting]
) -> list[BookedMeeting]:
    """Three-way merge by ``UID``: whoever booked, moved or cancelled a meeting since ``base`` wins; a
    meeting both sides changed differently keeps the later revision (the higher ``SEQUENCE``, then this
    side), since a calendar that received both files holds that one."""
    old = {m.uid: m for m in base}
    ours = {m.uid: m for m in mine}
    other = {m.uid: m for m in theirs}
    merged: list[BookedMeeting] = []
    for uid in dict.fromkeys([*other, *ours]):
        was, here, there = old.get(uid), ours.get(uid), other.get(uid)
        if there in (here, was):
            chosen = here
        elif here == was:
            chosen = there
        elif here is None or there is None:
            chosen = here or there  # removed on one side, moved on the other: a meeting is never lost unseen
        else:
            chosen = there if there.sequence > here.sequence else here
        if chosen is not None:
            merged.append(chosen)
    return sorted(merged, key=lambda m: (m.start, m.uid))


def forget_past(
    meetings: Sequence[BookedMeeting], now: datetime, keep: timedelta = timedelta(days=30)
) -> list[BookedMeeting]:
    """The meetings ending after ``now - keep``: the file does not grow with every call ever held."""
    return [m for m in meetings if m.end > now - keep]


def booked(meetings: Sequence[BookedMeeting], meeting: BookedMeeting) -> list[BookedMeeting]:
    """``meetings`` with ``meeting`` recorded: added, or in place of the one with its ``UID`` (a file
    exported again)."""
    return sorted([*(m for m in meetings if m.uid != meeting.uid), meeting], key=lambda m: (m.start, m.uid))


def cancelled(meetings: Sequence[BookedMeeting], uid: str) -> list[BookedMeeting]:
    return [m for m in meetings if m.uid != uid]


def without_clients(meetings: Sequence[BookedMeeting], known: Collection[str]) -> list[BookedMeeting]:
    """The meetings that still name a client in ``known`` (ids), naming only those: a client removed from
    Coretime takes their one-to-one meetings along, and leaves a team call."""
    kept = []
    for meeting in meetings:
        clients = tuple(c for c in meeting.clients if c in known)
        if clients:
            kept.append(meeting if clients == meeting.clients else replace(meeting, clients=clients))
    return kept


def busy_with_meetings(
    spans: Sequence[Span],
    meetings: Iterable[BookedMeeting],
    start: int,
    end: int,
    *,
    ignore: str | None = None,
) -> list[Span]:
    """Busy time from the calendars (``spans``) and the booked meetings (but the one with ``UID``
    ``ignore``, being moved) within ``[start, end)``, merged: what suggestions and checks keep clear of."""
    mine = [m for m in meetings if m.uid != ignore]
    clipped = [(max(a, start), min(b, end)) for a, b in spans if a < end and b > start]
    return union_spans([*clipped, *booked_spans(mine, start, end)])


class UpcomingRow(NamedTuple):
    """One booked meeting as the Upcoming list shows it: when on the (first) client's clock and on the
    freelancer's, with whom, how long, and how far away (``until``; negative while it runs)."""

    uid: str
    names: tuple[str, ...]
    theirs: datetime
    mine: datetime
    minutes: int
    until: timedelta
    clash: bool
    """It shares time with another booked meeting or with busy time from the calendars."""

    @property
    def running(self) -> bool:
        return self.until <= timedelta(0)


def upcoming_rows(
    meetings: Iterable[BookedMeeting],
    people: Mapping[str, tuple[str, ZoneInfo | None]],
    *,
    my_zone: ZoneInfo,
    now: datetime,
    busy: Sequence[Span] = (),
) -> list[UpcomingRow]:
    """The meetings not over at ``now``, soonest first, as rows: ``people`` maps a client id to their name
    and zone (``None`` while not known: the row shows the freelancer's clock twice). A client no longer
    in ``people`` is left out of the names."""
    ahead = upcoming(meetings, now)
    rows = []
    for meeting in ahead:
        named = [people[c] for c in meeting.clients if c in people]
        zone = next((z for _n, z in named if z is not None), my_zone)
        span = (seconds(meeting.start), seconds(meeting.end))
        others = [
            m for m in ahead if m.uid != meeting.uid and m.start < meeting.end and meeting.start < m.end
        ]
        clash = bool(others) or any(a < span[1] and span[0] < b for a, b in busy)
        rows.append(
            UpcomingRow(
                meeting.uid,
                tuple(n for n, _z in named),
                meeting.start.astimezone(zone),
                meeting.start.astimezone(my_zone),
                meeting.minutes,
                meeting.start - now,
                clash,
            )
        )
    return rows
