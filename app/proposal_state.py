"""What the client will read, as one plain state: the options in the order the text numbers them, each
judged against everyone's real hours, holidays and ``now``, and the text itself.

The desktop app shows this state and edits its inputs; the numbered badges on the timeline, the option
list in the proposal panel, the clipboard and the exported calendar files all come from it, so they
cannot disagree. Notes meant for the freelancer (whose hours an option leaves, whose holiday it falls
on) are :class:`Concern` values for the panel; the text only ever tells the client what concerns the
client (an option outside *their* usual hours).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import NamedTuple

from app.intervals import Interval, Span
from app.overlap import inside_hours
from app.people import Person
from app.publicholidays import holiday_names, parse_holiday_code
from app.ranking import Option


class Concern(NamedTuple):
    """Something the freelancer should know about an option before sending it: ``kind`` is ``"past"``
    (it has begun), ``"busy"`` (it overlaps the freelancer's busy time, from their calendars),
    ``"outside_hours"`` (it leaves ``person``'s hours) or ``"holiday"`` (it falls on ``person``'s public
    holiday, named ``holiday``). ``person`` indexes the people, 0 the freelancer."""

    kind: str
    person: int
    name: str
    holiday: str = ""


class Choice(NamedTuple):
    """One option of the proposal: its ``number`` in the text (from 1, in time order), whether the
    freelancer ``picked`` it on the timeline, and what they should know about it."""

    number: int
    interval: Interval
    picked: bool
    concerns: tuple[Concern, ...]

    @property
    def outside_client_hours(self) -> bool:
        """Whether it leaves the first client's hours, the one thing the text may say about it."""
        return any(c.kind == "outside_hours" and c.person == 1 for c in self.concerns)


class ProposalState(NamedTuple):
    """The proposal the freelancer is about to send: what the text offers and says."""

    choices: tuple[Choice, ...]
    duration: timedelta
    greeting: str | None
    locale: str
    show_mine: bool
    text: str

    def intervals(self) -> tuple[Interval, ...]:
        return tuple(c.interval for c in self.choices)


def holidays_during(interval: Interval, person: Person) -> list[str]:
    """The names of ``person``'s public holidays that ``interval`` touches, on their own clock. Raises
    :class:`~app.publicholidays.HolidayError` for a holiday code the package does not know."""
    if not person.holidays:
        return []
    code = parse_holiday_code(person.holidays)
    first = interval.start.astimezone(person.zone).date()
    last = (interval.end - timedelta(microseconds=1)).astimezone(person.zone).date()
    return list(holiday_names(code, first, last).values())


def concerns(
    interval: Interval, people: Sequence[Person], now: datetime, busy: Sequence[Span] = ()
) -> tuple[Concern, ...]:
    """What the freelancer should know about a meeting at ``interval``: whether it has begun, whether it
    overlaps ``busy`` (the freelancer's busy spans), and, for each of ``people`` (the freelancer first),
    whether it leaves their hours or falls on their holiday. Judged over the meeting's own dates,
    whatever days a view shows."""
    found: list[Concern] = []
    if interval.start < now:
        found.append(Concern("past", 0, people[0].name if people else ""))
    start, end = interval.span
    if any(a < end and start < b for a, b in busy):
        found.append(Concern("busy", 0, people[0].name if people else ""))
    for index, person in enumerate(people):
        if not inside_hours(interval, person):
            found.append(Concern("outside_hours", index, person.name))
        found.extend(
            Concern("holiday", index, person.name, name) for name in holidays_during(interval, person)
        )
    return tuple(found)


def choose(
    ranked: Sequence[Option],
    pick: Interval | None,
    count: int,
    people: Sequence[Person],
    now: datetime,
    *,
    busy: Sequence[Span] = (),
) -> tuple[Choice, ...]:
    """The options the proposal offers: the ``pick`` (if any) and the best ranked options that do not
    overlap it, ``count`` in all, numbered in time order, each with its concerns."""
    chosen = [] if pick is None else [(pick, True)]
    for option in ranked:
        if len(chosen) >= count:
            break
        if pick is not None and option.interval.start < pick.end and pick.start < option.interval.end:
            continue
        chosen.append((option.interval, False))
    chosen.sort(key=lambda item: item[0].start)
    return tuple(
        Choice(number, interval, picked, concerns(interval, people, now, busy))
        for number, (interval, picked) in enumerate(chosen, start=1)
    )


def greeting_for(names: Sequence[str], locale: str) -> str | None:
    """Whom the proposal greets: one client's greeting name, or a team's joined as the language joins a
    list ("Sarah and Tom", "Sarah und Tom"); ``None`` (a greeting without a name) when none has one."""
    from babel.lists import format_list  # noqa: PLC0415 - Babel is heavy

    given = [n.strip() for n in names if n.strip()]
    if not given:
        return None
    return format_list(given, locale=locale) if len(given) > 1 else given[0]


def propose(
    *,
    people: Sequence[Person],
    ranked: Sequence[Option],
    pick: Interval | None,
    count: int,
    duration: timedelta,
    greetings: Sequence[str],
    locale: str,
    show_mine: bool,
    now: datetime,
    busy: Sequence[Span] = (),
) -> ProposalState:
    """The whole proposal to the clients among ``people`` (``people[0]`` is the freelancer, ``people[1]``
    the client whose clock and language the text uses): the choices and the exact text. ``greetings``
    are the selected clients' greeting names. ``locale`` is one :func:`app.proposal.resolve_locale`
    accepts. ``busy`` are the freelancer's busy spans: a picked slot over them gets a ``"busy"``
    concern (the ranked options were kept off them by :func:`app.ranking.rank_options`)."""
    from app.proposal import proposal_text, resolve_locale  # noqa: PLC0415 - Babel is heavy

    locale = resolve_locale(locale)
    choices = choose(ranked, pick, count, people, now, busy=busy)
    greeting = greeting_for(greetings, locale)
    text = proposal_text(
        [Option(c.interval, outside_hours=c.outside_client_hours) for c in choices],
        people=people,
        client=people[1],
        locale=locale,
        now=now,
        duration=duration,
        client_name=greeting,
        show_mine=show_mine,
    )
    return ProposalState(choices, duration, greeting, locale, show_mine, text)


def file_stem(name: str) -> str:
    """``name`` as a piece of a file name: lower case, letters and digits kept (in any script), the rest
    one hyphen.

    >>> file_stem("Sarah Miller"), file_stem("Müller GmbH / Team"), file_stem("東京 株式会社")
    ('sarah-miller', 'müller-gmbh-team', '東京-株式会社')
    """
    text = unicodedata.normalize("NFC", name).casefold()
    return re.sub(r"[^\w]+|_+", "-", text).strip("-")[:40].strip("-") or "client"


def export_file_name(kind: str, client_names: Sequence[str], start: datetime, client: Person) -> str:
    """The file name a calendar export suggests: what it is (``slot``, ``weekly``, ``holds``, and for a
    booked meeting ``update`` or ``cancel``), for whom, and when on the client's clock.

    >>> from datetime import UTC
    >>> from zoneinfo import ZoneInfo
    >>> from app.hours import parse_hours
    >>> sarah = Person("Sarah", ZoneInfo("America/New_York"), parse_hours("mon-fri 09:00-17:00"))
    >>> at = datetime(2026, 12, 7, 14, 0, tzinfo=UTC)
    >>> export_file_name("slot", ["Sarah"], at, sarah), export_file_name("holds", ["Sarah", "Tom"], at, sarah)
    ('call-sarah-2026-12-07-0900.ics', 'options-call-sarah-tom-2026-12-07.ics')
    """
    who = "-".join(file_stem(n) for n in client_names) or "client"
    wall = start.astimezone(client.zone)
    if kind == "holds":
        return f"options-call-{who}-{wall:%Y-%m-%d}.ics"
    prefix = {"weekly": "weekly-call", "update": "moved-call", "cancel": "cancelled-call"}.get(kind, "call")
    return f"{prefix}-{who}-{wall:%Y-%m-%d-%H%M}.ics"


def meeting_description(interval: Interval, people: Sequence[Person], locale: str) -> str:
    """A calendar entry's description: the meeting's length, then its time on each person's clock, one
    line each, the client's first and the freelancer's (``people[0]``) last, each named by its city.

    >>> from datetime import UTC
    >>> from zoneinfo import ZoneInfo
    >>> from app.hours import parse_hours
    >>> hours = parse_hours("daily 00:00-24:00")
    >>> me = Person("me", ZoneInfo("Asia/Tokyo"), hours)
    >>> people = [me, Person("Sarah", ZoneInfo("America/New_York"), hours)]
    >>> call = Interval(datetime(2026, 12, 7, 14, 0, tzinfo=UTC), datetime(2026, 12, 7, 14, 30, tzinfo=UTC))
    >>> print(meeting_description(call, people, "en_US"))
    30 minutes
    New York: Mon, Dec 7, 9:00 – 9:30 AM
    Tokyo: Mon, Dec 7, 11:00 – 11:30 PM
    """
    from app.proposal import city, duration_text, offset_text, short_option_text  # noqa: PLC0415
    from app.zones import utc_offset  # noqa: PLC0415

    option = Option(interval)
    lines = [duration_text(interval.duration, locale)]
    seen: set[str] = set()
    for person in [*people[1:], people[0]]:
        if person.zone.key in seen:
            continue
        seen.add(person.zone.key)
        place = city(person.zone, locale) or offset_text(utc_offset(interval.start, person.zone))
        lines.append(f"{place}: {short_option_text(option, person.zone, locale)}")
    return "\n".join(lines)
