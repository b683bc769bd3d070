"""The people the freelancer plans with, kept in one versioned JSON document written atomically.

The format and its migrations are in ``docs/profiles-format.md``. Loading never fails and never loses
what it cannot use: a missing file means a first launch; a file that cannot be read, is damaged,
or was written by a newer Coretime is kept aside under a dated name (never overwritten), the
backup is tried next, and the caller gets plain-language problems to show. One bad person or
field does not cost the others: each field that cannot be used is replaced by a safe default
and named in the problems, after the whole file has been copied aside. Older formats are
migrated forward. Saving goes through :func:`app.atomic.write_atomically`: a crash leaves the
old document or the new one, never half of one, and the previous version stays as ``.bak``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple

from app.atomic import (
    backup_path,
    check_readable,
    read_limited,
    remove_stale_temporaries,
    write_atomically,
)
from app.availability import AvailabilityError, parse_away, parse_days_off
from app.hours import HoursError, WeeklyHours, parse_hours
from app.meetings import BookedMeeting, MeetingError, meeting_document, meeting_from_document, merge_meetings
from app.messages import AppError, Listing, Message, message
from app.people import Person
from app.zones import ZoneError, load_zone

log = logging.getLogger("coretime.store")
# Records go wherever the program sends its logging (the desktop app: its log file); a program that sends
# it nowhere (the CLI, which prints notes of its own) gets no stray warnings on stderr.
logging.getLogger("coretime").addHandler(logging.NullHandler())
SCHEMA_VERSION = 4
FILE_MODE = 0o600
"""Client names, notes and hours are the user's business: readable by their owner only."""
MAX_NAME = 100
DEFAULT_MY_HOURS = "mon-fri 07:00-09:00 19:00-24:00; sat 10:00-13:00"
"""A freelancer beside a day job: early mornings and evenings, with Saturday late morning. The
evening reaches into American mornings from Asia and Europe, the morning into them from the
Americas and Australia, so the first frame already shows shared time with the sample client."""
SAMPLE_CLIENT_ZONE = "America/New_York"
SAMPLE_CLIENT_HOURS = "mon-fri 09:00-17:00"
DEFAULT_CLIENT_HOURS = "mon-fri 09:00-17:00"
_HOLIDAY_CODE = re.compile(r"[A-Z]{2,3}(-[A-Z0-9]{1,3})?")
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]{2,4})*")


class ProfileError(AppError):
    """A profile field that cannot be used; the message names the field and says what is accepted."""


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Embeddings, overrides and isolates: they reorder the text around a name (and around it in a proposal)."""


def _refused(char: str) -> bool:
    """A character no name may hold: C0 and C1 controls, bidi overrides, half of a surrogate pair, and
    U+FEFF. Everything else a person's name or an emoji can hold is accepted: joiners (U+200C in Persian
    names, U+200D in emoji sequences), variation selectors, marks, no-break spaces, any script."""
    code = ord(char)
    return (
        code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or code == 0xFEFF
    ) or char in _BIDI_CONTROLS


_REFUSED = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufeff\u202a-\u202e\u2066-\u2069]")
"""The characters :func:`_refused` names, as one pattern: a name is checked in one pass."""
_SURROGATE = re.compile("[\ud800-\udfff]")


def _control_character(text: str) -> str | None:
    """The first character of ``text`` no name may hold, as ``U+XXXX``; ``None`` if there is none.

    >>> _control_character("Kh\u0101n\u0101z\u200c\u0647"), _control_character("\U0001f469\u200d\U0001f4bb")
    (None, None)
    >>> _control_character("Acme\u202eGmbH")
    'U+202E'
    """
    found = _REFUSED.search(text)
    return None if found is None else f"U+{ord(found[0]):04X}"


@dataclass(frozen=True, slots=True)
class Profile:
    """One person: the freelancer (``is_me``) or a client.

    ``zone`` is an IANA name, or ``None`` when a client's zone is not known yet
    (the proposal then asks for it). ``hours`` is the text of the hours grammar
    (:mod:`app.hours`), kept as the person typed it. ``language`` is the Babel
    locale proposals to this person are written in.
    """

    id: str
    name: str
    zone: str | None
    hours: str
    language: str = "en_US"
    holidays: str | None = None
    notes: str = ""
    is_sample: bool = False
    is_me: bool = False
    greet_as: str | None = None
    days_off: str = ""
    """Dates off beyond public holidays, as typed (:func:`app.availability.parse_days_off`)."""
    away: str = ""
    """Stretches on another clock or with other hours, as typed (:func:`app.availability.parse_away`)."""

    @property
    def greeting_name(self) -> str:
        """The name a proposal greets this person by: ``greet_as`` as the user typed it (empty for a
        greeting without a name), else the first word of their name.

        >>> Profile(id="x", name="Sarah Miller", zone=None, hours="daily 09:00-17:00").greeting_name
        'Sarah'
        """
        if self.greet_as is not None:
            return self.greet_as.strip()
        words = self.name.split()
        return words[0] if words else ""

    def problems(self) -> dict[str, str]:
        """Field name → what is wrong with it, in English; empty when the profile can be saved."""
        return {key: found.english() for key, found in self.problem_messages().items()}

    def problem_messages(self, *, suggest_zones: bool = True) -> dict[str, Message]:
        """Field name → what is wrong with it; empty when the profile can be saved. An unknown zone's
        message names the closest zones unless ``suggest_zones`` is false."""
        found: dict[str, Message] = {}
        bad_char = _control_character(self.name)
        if not self.name.strip():
            found["name"] = message("profile.name_empty")
        elif bad_char:
            found["name"] = message("profile.name_control", char=bad_char)
        elif len(self.name) > MAX_NAME:
            found["name"] = message("profile.name_too_long", limit=MAX_NAME)
        if self.greet_as is not None:
            bad_greet = _control_character(self.greet_as)
            if bad_greet:
                found["greet_as"] = message("profile.name_control", char=bad_greet)
            elif len(self.greet_as) > MAX_NAME:
                found["greet_as"] = message("profile.name_too_long", limit=MAX_NAME)
        if self.zone is not None:
            try:
                load_zone(self.zone, suggest=suggest_zones)
            except ZoneError as error:
                found["zone"] = error.message
        elif self.is_me:
            found["zone"] = message("profile.own_zone_needed")
        try:
            parse_hours(self.hours)
        except HoursError as error:
            found["hours"] = error.message
        found.update(self._availability_problems())
        if not _LOCALE.fullmatch(self.language):
            found["language"] = message("profile.bad_language", text=_shown(self.language))
        if self.holidays is not None and not _HOLIDAY_CODE.fullmatch(self.holidays):
            found["holidays"] = message("profile.bad_holidays", text=_shown(self.holidays))
        return found

    def _availability_problems(self) -> dict[str, Message]:
        found: dict[str, Message] = {}
        checks = (("days_off", self.days_off, parse_days_off), ("away", self.away, parse_away))
        for key, text, parse in checks:
            if text:
                try:
                    parse(text)
                except AvailabilityError as error:
                    found[key] = error.message
        return found

    def validated(self) -> Profile:
        """This profile, or a :class:`ProfileError` naming the first field that is wrong."""
        found = self.problem_messages()
        if found:
            field_name, problem = next(iter(found.items()))
            raise ProfileError("profile.invalid_field", field=field_name, problem=problem)
        return self

    @property
    def weekly_hours(self) -> WeeklyHours:
        return parse_hours(self.hours)

    def person(self) -> Person | None:
        """The planner's view of this profile, or ``None`` while the zone is unknown."""
        if self.zone is None:
            return None
        return Person(
            self.name,
            load_zone(self.zone),
            parse_hours(self.hours),
            self.holidays,
            days_off=parse_days_off(self.days_off) if self.days_off else (),
            away=parse_away(self.away) if self.away else (),
        )


def new_id() -> str:
    """A fresh id: 128 random bits as 32 hex digits, like a uuid4's hex without its fixed version bits
    (the uuid module would load ``platform`` into every first launch)."""
    return os.urandom(16).hex()


class Samples(NamedTuple):
    """The words Coretime writes into people it makes up: the freelancer's name, the sample client's
    name and notes on a first launch, and the name of a client whose name a damaged file lost
    (``{number}`` is its place in the file). They are data, stored in the file, but the user reads them
    first in the interface, so the desktop app passes them in its own language; the CLI keeps these."""

    me: str = "Me"
    client: str = "Sample client"
    notes: str = "A sample to show how Coretime works. Edit or remove it."
    unnamed: str = "Client {number}"


ENGLISH_SAMPLES = Samples()
"""The sample words in English, as the CLI writes them."""


def zone_assumed(system_zone: str) -> Message | None:
    """What to tell when ``system_zone`` (the machine's ``TZ`` or setting) names no zone Coretime knows,
    so that a first launch puts the freelancer on UTC; ``None`` when it is a known zone."""
    try:
        load_zone(system_zone)
    except ZoneError:
        return message("store.zone_assumed", given=_shown(system_zone or "(empty)"))
    return None


def first_launch(system_zone: str, samples: Samples = ENGLISH_SAMPLES) -> tuple[Profile, ...]:
    """The freelancer on the system's zone with default hours, and one sample client so the
    very first view already shows an overlap. An unknown system zone falls back to UTC
    (:func:`zone_assumed` says so)."""
    try:
        zone = load_zone(system_zone).key
    except ZoneError:
        zone = "UTC"
    me = Profile(id=new_id(), name=samples.me, zone=zone, hours=DEFAULT_MY_HOURS, is_me=True)
    sample = Profile(
        id=new_id(),
        name=samples.client,
        zone=SAMPLE_CLIENT_ZONE,
        hours=SAMPLE_CLIENT_HOURS,
        language="en_US",
        holidays="US",
        notes=samples.notes,
        is_sample=True,
    )
    return (me, sample)


def _shown(text: str, limit: int = 40) -> str:
    """``text`` fit for a message: cut short, with control characters written as escapes."""
    cut = text if len(text) <= limit else text[:limit] + "…"
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in cut)


# --- loading -----------------------------------------------------------------------------------

Reader = Callable[[Path], bytes]
"""How the store reads a file: :func:`read_file`, or a stand-in in tests (an unreadable disk)."""


def read_file(path: Path) -> bytes:
    """The bytes of a regular file, refusing pipes and devices and capping the size
    (:func:`app.atomic.read_limited`): a people file is never waited for nor read without end."""
    return read_limited(path)


class SaveRefused(OSError):
    """Saving would replace a people file that could not be read or set aside; the message says which."""

    def __init__(self, notice: Message) -> None:
        super().__init__(notice.english())
        self.message = notice


class Loaded(NamedTuple):
    """What :func:`load` found: the people (the freelancer first) and problems to tell the user."""

    profiles: tuple[Profile, ...]
    notices: tuple[Message, ...] = ()
    """Problems to tell the user; :attr:`problems` has them in English."""
    first_launch: bool = False
    kept: tuple[Path, ...] = ()
    """The files set aside during this load: damaged, newer, or copies made before a repair."""
    needs_save: bool = False
    """The document on disk differs from ``profiles`` (a first launch, a migration, a repair, a
    restore from the backup): saving now makes the next start quiet and quick."""
    blocked: Message | None = None
    """Why saving must not happen (a file that could be neither read nor set aside); ``None`` if it may."""
    source: Path | None = None
    """The file the people were read from: the store, or its backup; ``None`` on a first launch."""
    version: int = SCHEMA_VERSION
    """The format ``source`` was written in; older ones were migrated while loading."""
    meetings: tuple[BookedMeeting, ...] = ()
    """The meetings Coretime arranged, soonest first."""

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(notice.english() for notice in self.notices)

    @property
    def save_blocked(self) -> str:
        return "" if self.blocked is None else self.blocked.english()


class _Unusable(Exception):
    """The bytes of a people file cannot be used as a whole; ``reason`` finishes "It ..."."""

    def __init__(self, code: str, *, newer: bool = False, **params: str | int | Message) -> None:
        self.reason = Message(code, params)
        super().__init__(self.reason.english())
        self.newer = newer


_KIND = {bool: "kind.bool", int: "kind.number", float: "kind.number", list: "kind.list", dict: "kind.object"}


def _kind(value: object) -> Message:
    if value is None:
        return message("kind.null")
    code = _KIND.get(type(value))
    return message(code) if code else message("kind.other", name=type(value).__name__)


def _v1_to_v2(document: dict[str, Any], repairs: list[Message]) -> dict[str, Any]:
    """Format 1 kept everyone in one ``people`` list, the freelancer marked ``"is_me": true``; format 2
    keeps the freelancer (``me``) apart from the ``clients``, so there is always exactly one of them."""
    people = document.get("people")
    if not isinstance(people, list):
        repairs.append(message("repair.no_people_list", kind=_kind(people)))
        people = []
    me = next((p for p in people if isinstance(p, dict) and p.get("is_me") is True), None)
    clients: list[object] = []
    for person in people:
        if person is me:
            continue
        clients.append(
            {k: v for k, v in person.items() if k != "is_me"} if isinstance(person, dict) else person
        )
    rest = {k: v for k, v in document.items() if k not in ("schema", "people")}
    mine = None if me is None else {k: v for k, v in me.items() if k != "is_me"}
    return {**rest, "schema": 2, "me": mine, "clients": clients}


def _v2_to_v3(document: dict[str, Any], _repairs: list[Message]) -> dict[str, Any]:
    """Format 3 adds each person's ``greet_as``: ``null`` greets them by the first word of their name,
    which is what format 2's people get."""

    def upgraded(person: object) -> object:
        return {**person, "greet_as": None} if isinstance(person, dict) else person

    clients = document.get("clients")
    return {
        **document,
        "schema": 3,
        "me": upgraded(document.get("me")),
        "clients": [upgraded(c) for c in clients] if isinstance(clients, list) else clients,
    }


def _v3_to_v4(document: dict[str, Any], _repairs: list[Message]) -> dict[str, Any]:
    """Format 4 adds each person's ``days_off`` and ``away`` (none, so far) and the ``meetings`` Coretime
    arranged (none were recorded before)."""

    def upgraded(person: object) -> object:
        return {**person, "days_off": "", "away": ""} if isinstance(person, dict) else person

    clients = document.get("clients")
    return {
        **document,
        "schema": 4,
        "me": upgraded(document.get("me")),
        "clients": [upgraded(c) for c in clients] if isinstance(clients, list) else clients,
        "meetings": [],
    }


MIGRATIONS: dict[int, Callable[[dict[str, Any], list[Message]], dict[str, Any]]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
}
"""Format number → the step that turns a document of that format into the next one."""

_DOCUMENT_KEYS = frozenset({"schema", "me", "clients", "meetings"})
_PERSON_KEYS = frozenset(
    {
        *("id", "name", "zone", "hours", "language", "holidays", "notes", "is_sample", "greet_as"),
        *("days_off", "away"),
    }
)


_SOUND_TYPES: dict[str, frozenset[type]] = {
    **dict.fromkeys(("id", "name", "hours", "language", "notes", "days_off", "away"), frozenset({str})),
    **dict.fromkeys(("zone", "holidays", "greet_as"), frozenset({str, type(None)})),
    "is_sample": frozenset({bool}),
}
"""A client's fields as a sound file holds them, each with the types it may have."""


def _sound_client(raw: dict[str, Any]) -> tuple[Profile, dict[str, Message]] | None:
    """The client in ``raw`` and what is wrong with its values (without zone suggestions) when its
    shape needs no repair (an id, a name and hours, every field known and of its type), else ``None``:
    ten thousand sound clients are read without the repair machinery :func:`_salvage_person` builds
    for each person, and a client with an unknown zone is not checked twice."""
    for key, value in raw.items():
        allowed = _SOUND_TYPES.get(key)
        if allowed is None or type(value) not in allowed:
            return None
    if "name" not in raw or "hours" not in raw:
        return None
    raw_id = raw.get("id")
    if not (isinstance(raw_id, str) and 0 < len(raw_id) <= 200 and raw_id.isprintable()):
        return None
    if "notes" in raw and _SURROGATE.search(raw["notes"]):
        return None
    profile = Profile(**raw) if "zone" in raw else Profile(zone=None, **raw)
    return profile, profile.problem_messages(suggest_zones=False)


def _salvage_person(
    raw: dict[str, Any], number: int, *, me: Profile, repairs: list[Message], samples: Samples
) -> Profile:
    """The person in ``raw``, each field that cannot be used replaced by a safe default and named in
    ``repairs``. ``me`` is the freelancer's fallback when ``number`` is 0, else only lends its zone."""
    is_me = number == 0
    shaped = None if is_me else _sound_client(raw)
    if shaped is not None and not shaped[1]:
        return shaped[0]
    # Its problems as found, unless the notice shows this repair with the closest zones (the first few).
    known_problems = shaped[1] if shaped is not None and len(repairs) >= 3 else None
    fixes: list[Message] = []
    fallback: dict[str, Any] = {
        "name": me.name if is_me else samples.unnamed.format(number=number),
        "zone": me.zone if is_me else None,
        "hours": DEFAULT_MY_HOURS if is_me else DEFAULT_CLIENT_HOURS,
        "language": "en_US",
        "holidays": None,
        "notes": "",
        "greet_as": None,
        "days_off": "",
        "away": "",
    }
    # What each repair did, made only for the fields that need one: with ten thousand good people,
    # building them all up front was a good part of the start.
    actions: dict[str, Callable[[], Message]] = {
        "name": lambda: message("action.called", name=fallback["name"]),
        "zone": lambda: (
            message("action.zone_set", zone=str(me.zone)) if is_me else message("action.zone_unknown")
        ),
        "hours": lambda: message("action.hours_set", hours=fallback["hours"]),
        "language": lambda: message("action.language_set", language=fallback["language"]),
        "holidays": lambda: message("action.removed"),
        "notes": lambda: message("action.emptied"),
        "greet_as": lambda: message("action.greet_by_name"),
        "days_off": lambda: message("action.emptied"),
        "away": lambda: message("action.emptied"),
    }

    def action(key: str) -> Message:
        return actions[key]()

    fields: dict[str, Any] = {"is_me": is_me}
    for key in ("name", "zone", "hours", "language", "holidays", "notes", "greet_as", "days_off", "away"):
        optional = key in ("zone", "holidays", "greet_as")
        if key not in raw:
            fields[key] = fallback[key]
            if key in ("name", "hours") or (key == "zone" and is_me):
                fixes.append(message("repair.missing", field=message(f"field.{key}"), action=action(key)))
            continue
        value = raw[key]
        if isinstance(value, str) or (optional and value is None):
            fields[key] = value
        else:
            fields[key] = fallback[key]
            fixes.append(
                message(
                    "repair.not_text", field=message(f"field.{key}"), kind=_kind(value), action=action(key)
                )
            )
    raw_id = raw.get("id")
    usable_id = isinstance(raw_id, str) and 0 < len(raw_id) <= 200 and raw_id.isprintable()
    fields["id"] = raw_id if usable_id else new_id()
    sample = raw.get("is_sample", False)
    fields["is_sample"] = sample if isinstance(sample, bool) and not is_me else False
    if not isinstance(sample, bool):
        fixes.append(message("repair.sample_mark", kind=_kind(sample)))
    if _SURROGATE.search(fields["notes"]):
        # A lone surrogate (an escape in the JSON that is half a character) cannot be written back.
        fields["notes"] = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in fields["notes"])
        fixes.append(message("repair.broken_notes"))
    profile = Profile(**fields)
    # Suggestions for an unknown zone only where the notice can show them: its first few repairs.
    problems = (
        profile.problem_messages(suggest_zones=len(repairs) < 3) if known_problems is None else known_problems
    )
    for key, problem in problems.items():
        if key == "name" and profile.name.strip():
            # Keep what can be kept of a name: the printable part, cut to length.
            cleaned = "".join(ch for ch in profile.name if not _refused(ch)).strip()[:MAX_NAME]
            fallback["name"] = cleaned or fallback["name"]
            renamed = message("action.renamed", name=_shown(str(fallback["name"])))
            actions["name"] = lambda renamed=renamed: renamed  # type: ignore[misc]
        profile = replace(profile, **{key: fallback[key]})
        fixes.append(message("repair.invalid", problem=problem, action=action(key)))
    unknown = sorted(str(k) for k in raw if k not in _PERSON_KEYS)
    if unknown:
        fixes.append(message("repair.unknown_fields", fields=_shown(", ".join(unknown))))
    if fixes:
        listed = Listing(tuple(fixes))
        repairs.append(
            message("repair.me", fixes=listed)
            if is_me
            else message("repair.client", name=_shown(profile.name), fixes=listed)
        )
    return profile


class _Reading:
    """The people of a document, read in file order: the freelancer at once, then the clients a stretch at
    a time (:meth:`read`), each one that needs it repaired and named in ``repairs`` as it is reached. A
    first frame shows the first stretch; the clients it selects by id are read ahead (:meth:`ahead`) when
    they need no repair, and reused when their turn comes, so the whole read is the same people, in the
    same order, with the same repairs, whether or not it paused."""

    def __init__(
        self, document: dict[str, Any], system_zone: str, repairs: list[Message], samples: Samples
    ) -> None:
        unknown = sorted(str(k) for k in document if k not in _DOCUMENT_KEYS)
        if unknown:
            repairs.append(message("repair.unknown_fields", fields=_shown(", ".join(unknown))))
        default_me = first_launch(system_zone, samples)[0]
        raw_me = document.get("me")
        if isinstance(raw_me, dict):
            me = _salvage_person(raw_me, 0, me=default_me, repairs=repairs, samples=samples)
        else:
            me = default_me
            repairs.append(message("repair.me_replaced", kind=_kind(raw_me), zone=str(default_me.zone)))
            assumed = zone_assumed(system_zone)
            if assumed is not None:
                repairs.append(assumed)
        raw_clients = document.get("clients")
        if not isinstance(raw_clients, list):
            repairs.append(message("repair.no_client_list", kind=_kind(raw_clients)))
            raw_clients = []
        self._me = me
        self._raw: list[Any] = raw_clients
        self._repairs = repairs
        self._samples = samples
        self.profiles: list[Profile] = [me]
        """The freelancer and the clients read so far, in file order."""
        self._ids = {me.id}
        self._next = 0  # the place in the file of the first client not read yet
        self._ahead: dict[int, Profile] = {}  # clients read ahead of their turn, by place in the file

    @property
    def done(self) -> bool:
        return self._next >= len(self._raw)

    def read(self, count: int | None = None) -> list[Profile]:
        """:attr:`profiles` once the first ``count`` clients in the file (all of them: ``None``) are read."""
        end = len(self._raw) if count is None else min(count, len(self._raw))
        for index in range(self._next, end):
            raw = self._raw[index]
            number = index + 1
            if not isinstance(raw, dict):
                self._repairs.append(message("repair.client_not_person", number=number, kind=_kind(raw)))
                continue
            client = self._ahead.pop(index, None) or _salvage_person(
                raw, number, me=self._me, repairs=self._repairs, samples=self._samples
            )
            if client.id in self._ids:  # two people with one id would be edited and selected as one
                client = replace(client, id=new_id())
            self._ids.add(client.id)
            self.profiles.append(client)
        self._next = max(self._next, end)
        return self.profiles

    def ahead(self, ids: Collection[str]) -> list[Profile]:
        """The clients not read yet whose id is in ``ids``, in file order, each the first with its id and
        needing no repair (the others wait for their turn, when the repair is told)."""
        found: list[Profile] = []
        seen = set(self._ids)
        for index in range(self._next, len(self._raw)):
            raw = self._raw[index]
            raw_id = raw.get("id") if isinstance(raw, dict) else None
            if type(raw_id) is not str or raw_id not in ids or raw_id in seen:
                continue
            seen.add(raw_id)
            shaped = _sound_client(raw)
            if shaped is not None and not shaped[1]:
                self._ahead[index] = shaped[0]
                found.append(shaped[0])
        return found


def _salvage_meetings(raw: object, repairs: list[Message]) -> list[BookedMeeting]:
    """The booked meetings in ``raw``, each one that cannot be used left out and named in ``repairs``."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        repairs.append(message("repair.no_meeting_list", kind=_kind(raw)))
        return []
    found: dict[str, BookedMeeting] = {}
    for number, item in enumerate(raw, start=1):
        try:
            meeting = meeting_from_document(item)
        except MeetingError as error:
            repairs.append(message("repair.meeting_left_out", number=number, problem=error.message))
            continue
        found[meeting.uid] = meeting  # one UID is one calendar event: its latest line is kept
    return sorted(found.values(), key=lambda m: (m.start, m.uid))


class _Parsed(NamedTuple):
    profiles: list[Profile]
    version: int
    meetings: list[BookedMeeting]


def _document(data: bytes, repairs: list[Message]) -> tuple[dict[str, Any], int]:
    """The document in ``data``, migrated to the current format, and the format it was written in;
    :class:`_Unusable` if it cannot be read as a whole."""
    if not data or data.isspace():
        raise _Unusable("unusable.empty")
    duplicates: list[str] = []

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found = dict(pairs)
        if len(found) == len(pairs):  # no key twice: as nearly every object is
            return found
        found = {}
        for key, value in pairs:
            if key in found and key not in duplicates:
                duplicates.append(key)
            found[key] = value  # the last one, as JSON readers do; the repair notice says so
        return found

    try:
        # utf-8-sig: a byte-order mark that an editor put at the start is read past, not a damage.
        document = json.loads(data.decode("utf-8-sig"), object_pairs_hook=unique_keys)
    except UnicodeDecodeError:
        raise _Unusable("unusable.not_text") from None
    except json.JSONDecodeError as error:
        raise _Unusable("unusable.incomplete_json", detail=error.msg, line=error.lineno) from None
    except (ValueError, RecursionError) as error:  # a number too long to read, or nesting too deep
        raise _Unusable("unusable.unreadable_json", detail=_shown(str(error), 60)) from None
    if not isinstance(document, dict):
        raise _Unusable("unusable.not_a_document", kind=_kind(document))
    if duplicates:
        repairs.append(message("repair.duplicate_keys", fields=_shown(", ".join(sorted(duplicates)))))
    version = document.get("schema")
    if isinstance(version, float) and version.is_integer():
        version = int(version)  # 2.0, as some tools write every number: the same format
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Unusable("unusable.no_format")
    if version > SCHEMA_VERSION:
        raise _Unusable("unusable.newer", newer=True, version=version, supported=SCHEMA_VERSION)
    if version not in MIGRATIONS and version != SCHEMA_VERSION:
        raise _Unusable("unusable.unknown_format", version=version)
    written_in = version
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](document, repairs)
        version += 1
    return document, written_in


def _parse(data: bytes, system_zone: str, repairs: list[Message], samples: Samples) -> _Parsed:
    """The people and meetings in ``data`` and the format it was written in; :class:`_Unusable` if none
    can be read."""
    document, written_in = _document(data, repairs)
    profiles = _Reading(document, system_zone, repairs, samples).read()
    return _Parsed(profiles, written_in, _salvage_meetings(document.get("meetings"), repairs))


_KEPT_NAME = r"\.[a-z0-9]+-\d{8}-\d{6}(?:-\d+)?"


def _aside_path(path: Path, reason: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for number in range(1000):
        suffix = f"-{number}" if number else ""
        candidate = path.with_name(f"{path.stem}.{reason}-{stamp}{suffix}{path.suffix}")
        if not os.path.lexists(candidate):
            return candidate
    raise OSError(f"too many files kept aside next to {path}")


def _already_kept(path: Path, data: bytes) -> Path | None:
    """A file kept aside earlier with exactly ``data`` in it: keeping it again would only add clutter."""
    pattern = re.compile(re.escape(path.stem) + _KEPT_NAME + re.escape(path.suffix))
    with contextlib.suppress(OSError):
        for entry in sorted(path.parent.iterdir()):
            same_size = entry.is_file() and entry.stat().st_size == len(data)
            if pattern.fullmatch(entry.name) and same_size and entry.read_bytes() == data:
                return entry
    return None


def _keep_copy(path: Path, data: bytes, reason: str, now: datetime) -> Path:
    """Write ``data`` (the bytes of ``path``) to a dated name next to it, never replacing a file."""
    existing = _already_kept(path, data)
    if existing is not None:
        return existing
    target = _aside_path(path, reason, now)
    # Exclusive creation ('x') makes the no-overwrite promise hold even against a racing writer.
    with target.open("xb") as copy:
        copy.write(data)
        copy.flush()
        os.fsync(copy.fileno())
    os.chmod(target, FILE_MODE)
    return target


def _move_aside(path: Path, data: bytes | None, reason: str, now: datetime) -> Path:
    """Move ``path`` to a dated name next to it (whatever it is: even a folder), never replacing a file."""
    if data is not None:
        existing = _already_kept(path, data)
        if existing is not None:
            path.unlink()
            return existing
    target = _aside_path(path, reason, now)
    os.rename(path, target)
    return target


def _reason(error: OSError) -> str | Message:
    found = getattr(error, "message", None)  # Coretime's own reasons: not a regular file, too large
    if isinstance(found, Message):
        return found
    return error.strerror or error.__class__.__name__


_LOGGED_PARAMS = ("path", "backup", "kept", "where", "reason", "move_reason", "version", "supported", "more")
"""What of a store notice goes to the log: paths and reasons, never names or notes."""


def _log(notice: Message) -> None:
    """Record ``notice`` for a support request: its code, the files and the reasons, no personal data."""
    details = []
    for key in _LOGGED_PARAMS:
        value = notice.params.get(key)
        if value is not None:
            details.append(f"{key}={value.english() if isinstance(value, Message) else value}")
    log.warning("%s: %s", notice.code, ", ".join(details))


FIRST_PAGE = 200
"""How many clients a window reads before its first frame: more rows than any screen shows at once."""


def _logged(loaded: Loaded) -> Loaded:
    """``loaded``, its notices and the files it set aside recorded in the ``coretime.store`` log."""
    for notice in loaded.notices:
        _log(notice)
    for kept in loaded.kept:
        log.warning("kept aside: %s", kept)
    return loaded


class Loading:
    """A load under way (:func:`begin_load`). :attr:`first` holds the freelancer, the first clients in the
    file, the clients asked for by id and the meetings: what a first frame shows. :meth:`finish` reads the
    rest and gives the whole :class:`Loaded`, with every repair, the same as :func:`load` would. A load
    with nothing left to read (a small file, a first launch, a damaged file read from its backup) is
    finished from the start."""

    def __init__(self, first: Loaded, rest: Callable[[], Loaded] | None = None) -> None:
        self.first = first
        self._rest = rest
        self._loaded = _logged(first) if rest is None else None

    @property
    def finished(self) -> bool:
        return self._loaded is not None

    def finish(self) -> Loaded:
        """The whole load (read once: later calls give the same :class:`Loaded`, the same people)."""
        if self._loaded is None:
            assert self._rest is not None
            self._loaded = _logged(self._rest())
            self._rest = None
        return self._loaded


def load(
    path: Path,
    *,
    system_zone: str,
    now: datetime,
    read: Reader = read_file,
    samples: Samples = ENGLISH_SAMPLES,
) -> Loaded:
    """Read the document at ``path``. Never raises for what is in (or missing from) the file.

    ``system_zone`` and ``samples`` seed a first launch; ``now`` dates the names of files kept aside;
    ``read`` reads a file's bytes (tests pass one that fails as a broken disk would). Every notice,
    file kept aside and temporary file cleared is also recorded in the ``coretime.store`` log.
    """
    return begin_load(path, system_zone=system_zone, now=now, read=read, samples=samples).finish()


def begin_load(
    path: Path,
    *,
    system_zone: str,
    now: datetime,
    read: Reader = read_file,
    samples: Samples = ENGLISH_SAMPLES,
    first: int | None = None,
    wanted: Collection[str] = (),
) -> Loading:
    """:func:`load`, pausing after the first ``first`` clients in the file (``None``: none of it) and the
    clients whose id is in ``wanted``: ten thousand clients need not be read, checked and made into
    profiles before a window's first frame, which shows a screenful of them."""
    try:
        for removed in remove_stale_temporaries(path):
            log.warning("removed a killed save's temporary file %s", removed)
    except OSError as error:
        log.warning("temporary files next to %s could not be cleared: %s", path, _reason(error))
    return _load(
        path, system_zone=system_zone, now=now, read=read, samples=samples, first=first, wanted=wanted
    )


def _load(
    path: Path,
    *,
    system_zone: str,
    now: datetime,
    read: Reader,
    samples: Samples,
    first: int | None,
    wanted: Collection[str],
) -> Loading:
    problems: list[Message] = []
    kept: list[Path] = []
    blocked: Message | None = None
    backup = backup_path(path)
    try:
        data = read(path)
    except FileNotFoundError:
        pass
    except OSError as error:
        try:
            kept.append(_move_aside(path, None, "unreadable", now))
        except OSError as move_error:
            blocked = message(
                "store.unreadable_blocked",
                path=str(path),
                reason=_reason(error),
                move_reason=_reason(move_error),
            )
            problems.append(blocked)
        else:
            problems.append(
                message("store.unreadable_moved", path=str(path), reason=_reason(error), kept=str(kept[-1]))
            )
    else:
        repairs: list[Message] = []
        try:
            document, version = _document(data, repairs)
        except _Unusable as unusable:
            try:
                kept.append(_move_aside(path, data, "newer" if unusable.newer else "damaged", now))
            except OSError as move_error:
                blocked = message(
                    "store.unusable_blocked",
                    path=str(path),
                    reason=unusable.reason,
                    move_reason=_reason(move_error),
                )
                problems.append(blocked)
            else:
                problems.append(message("store.unusable_kept", reason=unusable.reason, kept=str(kept[-1])))
        else:
            return _reading(
                path,
                data,
                document,
                version,
                repairs,
                system_zone=system_zone,
                now=now,
                samples=samples,
                first=first,
                wanted=wanted,
            )
    return Loading(
        _from_backup(
            path,
            backup,
            system_zone=system_zone,
            now=now,
            read=read,
            problems=problems,
            kept=kept,
            blocked=blocked,
            samples=samples,
        )
    )


def _reading(
    path: Path,
    data: bytes,
    document: dict[str, Any],
    version: int,
    repairs: list[Message],
    *,
    system_zone: str,
    now: datetime,
    samples: Samples,
    first: int | None,
    wanted: Collection[str],
) -> Loading:
    """The load of a readable document, paused after its first ``first`` clients (see :func:`begin_load`).
    The meetings are read at once; their repairs are told after the people's, as :func:`_parse` tells
    them."""
    reading = _Reading(document, system_zone, repairs, samples)
    meeting_repairs: list[Message] = []
    meetings = _salvage_meetings(document.get("meetings"), meeting_repairs)

    def whole() -> Loaded:
        return _loaded_with_repairs(
            path,
            data,
            profiles=reading.read(),
            meetings=meetings,
            version=version,
            repairs=[*repairs, *meeting_repairs],
            problems=[],
            now=now,
            from_backup=False,
        )

    shown = list(reading.read(first))
    if reading.done:
        return Loading(whole())
    shown += reading.ahead(wanted)
    return Loading(Loaded(tuple(shown), source=path, version=version, meetings=tuple(meetings)), whole)


def _loaded_with_repairs(
    source: Path,
    data: bytes,
    *,
    profiles: list[Profile],
    meetings: list[BookedMeeting],
    version: int,
    repairs: list[Message],
    problems: list[Message],
    now: datetime,
    from_backup: bool,
    kept: Sequence[Path] = (),
) -> Loaded:
    """A readable document: copy it aside first if it needed repairs or is an older format."""
    kept = list(kept)
    if repairs:
        try:
            kept.append(_keep_copy(source, data, "damaged", now))
            where = message("store.copy_kept", kept=str(kept[-1]))
        except OSError as error:
            where = message("store.copy_failed", reason=_reason(error))
        shown = Listing(tuple(repairs[:3]))
        problems.append(
            message("store.repaired_more", repairs=shown, more=len(repairs) - 3, where=where)
            if len(repairs) > 3
            else message("store.repaired", repairs=shown, where=where)
        )
    changed = bool(repairs) or version < SCHEMA_VERSION or from_backup
    return Loaded(
        tuple(profiles),
        tuple(problems),
        kept=tuple(kept),
        needs_save=changed,
        source=source,
        version=version,
        meetings=tuple(meetings),
    )


def _from_backup(
    path: Path,
    backup: Path,
    *,
    system_zone: str,
    now: datetime,
    read: Reader,
    problems: list[Message],
    kept: list[Path],
    blocked: Message | None,
    samples: Samples,
) -> Loaded:
    """After the main file was missing or unusable: the people in the backup, or a first launch."""

    def afresh(note: Message | None = None) -> Loaded:
        if note is not None:
            problems.append(note)
        quiet = not problems
        assumed = zone_assumed(system_zone)
        return Loaded(
            first_launch(system_zone, samples),
            (*problems, *([assumed] if assumed else [])),
            first_launch=True,
            kept=tuple(kept),
            needs_save=quiet,
            blocked=blocked,
        )

    try:
        data = read(backup)
    except FileNotFoundError:
        return afresh(message("store.afresh_no_backup") if problems else None)
    except OSError as error:
        return afresh(message("store.backup_unreadable", backup=str(backup), reason=_reason(error)))
    repairs: list[Message] = []
    try:
        profiles, version, meetings = _parse(data, system_zone, repairs, samples)
    except _Unusable as unusable:
        try:
            kept.append(_move_aside(backup, data, "newer" if unusable.newer else "damaged", now))
            where = message("store.backup_kept", kept=str(kept[-1]))
        except OSError as error:
            where = message("store.backup_left", reason=_reason(error))
        return afresh(message("store.backup_unusable", reason=unusable.reason, where=where))
    if problems:
        problems.append(message("store.restored", backup=str(backup)))
    else:
        problems.append(message("store.restored_missing", name=path.name, backup=backup.name))
    loaded = _loaded_with_repairs(
        backup,
        data,
        profiles=profiles,
        meetings=meetings,
        version=version,
        repairs=repairs,
        problems=problems,
        now=now,
        from_backup=True,
        kept=kept,
    )
    return loaded._replace(needs_save=blocked is None, blocked=blocked)


# --- saving ------------------------------------------------------------------------------------


def _person_document(profile: Profile) -> dict[str, Any]:
    return {
        "id": profile.id,
        "name": profile.name,
        "zone": profile.zone,
        "hours": profile.hours,
        "language": profile.language,
        "holidays": profile.holidays,
        "notes": profile.notes,
        "is_sample": profile.is_sample,
        "greet_as": profile.greet_as,
        "days_off": profile.days_off,
        "away": profile.away,
    }


def to_document(
    profiles: Sequence[Profile],
    *,
    checked: Collection[Profile] = (),
    meetings: Sequence[BookedMeeting] = (),
) -> dict[str, Any]:
    """The JSON document for ``profiles`` (exactly one of them the freelancer's) and ``meetings``;
    :class:`ProfileError` if any profile is invalid. Profiles in ``checked`` (by identity: the ones
    saved last time) are known to be valid and not checked again."""
    known = {id(profile) for profile in checked}
    for profile in profiles:
        if id(profile) not in known:
            profile.validated()
    mine = [p for p in profiles if p.is_me]
    if len(mine) != 1:
        raise ProfileError("profile.not_one_me", count=len(mine))
    clients = [_person_document(p) for p in profiles if not p.is_me]
    return {
        "schema": SCHEMA_VERSION,
        "me": _person_document(mine[0]),
        "clients": clients,
        "meetings": [meeting_document(m) for m in sorted(meetings, key=lambda m: (m.start, m.uid))],
    }


def _guard_backup(path: Path) -> tuple[bool, tuple[Message, ...]]:
    """Whether the save may write ``path``'s backup, and what to tell: a backup that cannot be read
    (another user's, a pipe, a folder) is never overwritten. It is set aside under a name dated by
    its last change; if even that fails, this save keeps no backup."""
    backup = backup_path(path)
    try:
        check_readable(backup)
    except FileNotFoundError:
        return True, ()
    except OSError as error:
        try:
            changed = datetime.fromtimestamp(os.lstat(backup).st_mtime, UTC)
            kept = _move_aside(backup, None, "unreadable", changed)
        except OSError as move_error:
            return False, (
                message(
                    "store.backup_unreadable_left",
                    backup=str(backup),
                    reason=_reason(error),
                    move_reason=_reason(move_error),
                ),
            )
        return True, (
            message(
                "store.backup_unreadable_moved", backup=str(backup), reason=_reason(error), kept=str(kept)
            ),
        )
    return True, ()


_ENCODER = json.JSONEncoder(ensure_ascii=False)
"""One encoder for every person of a save (``json.dumps`` with options makes a new one per call)."""


def document_text(document: dict[str, Any]) -> str:
    """``document`` as the file holds it: indented, one person per line. Each person is written by the
    json module's C encoder (``indent`` would fall back to its Python one, which takes a quarter of a
    second for ten thousand clients).

    >>> document = {"schema": 4, "me": {"name": "Me"}, "clients": [{"name": "A"}], "meetings": []}
    >>> print(document_text(document), end="")
    {
      "schema": 4,
      "me": {"name": "Me"},
      "clients": [
        {"name": "A"}
      ],
      "meetings": []
    }
    """
    encode = _ENCODER.encode
    return _laid_out(
        document["schema"],
        encode(document["me"]),
        [encode(client) for client in document["clients"]],
        [encode(meeting) for meeting in document.get("meetings", [])],
    )


def _laid_out(schema: object, me: str, clients: Sequence[str], meetings: Sequence[str]) -> str:
    """The file's text from each part's own JSON text (see :func:`document_text`)."""

    def listed(items: Sequence[str]) -> str:
        joined = ",\n    ".join(items)
        return f"[\n    {joined}\n  ]" if items else "[]"

    return (
        f'{{\n  "schema": {schema},\n  "me": {me},\n  "clients": {listed(clients)},\n'
        f'  "meetings": {listed(meetings)}\n}}\n'
    )


Encoded = dict[int, tuple[Profile, str]]
"""Each profile's JSON text as last saved, by the profile's identity (held with it, so the id is not
reused): a save encodes only the people that changed since."""


def profiles_text(
    profiles: Sequence[Profile],
    *,
    checked: Collection[Profile] = (),
    meetings: Sequence[BookedMeeting] = (),
    encoded: Encoded | None = None,
) -> str:
    """``document_text(to_document(profiles, checked=checked, meetings=meetings))``, with the people
    whose text is in ``encoded`` not encoded again; ``encoded`` is left holding exactly the texts of
    ``profiles``. :class:`ProfileError` as :func:`to_document`.

    >>> sarah = Profile(id="s", name="Sarah", zone="Europe/Berlin", hours="mon-fri 09:00-17:00")
    >>> me = Profile(id="me", name="Me", zone="UTC", hours="mon-fri 09:00-17:00", is_me=True)
    >>> kept: Encoded = {}
    >>> profiles_text([me, sarah], encoded=kept) == document_text(to_document([me, sarah]))
    True
    >>> sorted(text for _, text in kept.values())[0][:25]
    '{"id": "me", "name": "Me"'
    """
    if encoded is None:
        return document_text(to_document(profiles, checked=checked, meetings=meetings))
    # One pass: a profile whose text is kept was valid when it was encoded (profiles do not change), so
    # only the new ones are checked, unless ``checked`` already vouches for them.
    known: set[int] | None = None
    encode = _ENCODER.encode
    texts: Encoded = {}
    mine: list[str] = []
    clients: list[str] = []
    for profile in profiles:
        key = id(profile)
        kept = encoded.get(key)
        if kept is None or kept[0] is not profile:
            if known is None:
                known = {id(p) for p in checked}
            if key not in known:
                profile.validated()
            kept = (profile, encode(_person_document(profile)))
        texts[key] = kept
        (mine if profile.is_me else clients).append(kept[1])
    if len(mine) != 1:
        raise ProfileError("profile.not_one_me", count=len(mine))
    encoded.clear()
    encoded.update(texts)
    in_order = sorted(meetings, key=lambda m: (m.start, m.uid))
    return _laid_out(SCHEMA_VERSION, mine[0], clients, [encode(meeting_document(m)) for m in in_order])


def save(
    path: Path,
    profiles: Sequence[Profile],
    *,
    checked: Collection[Profile] = (),
    meetings: Sequence[BookedMeeting] = (),
    encoded: Encoded | None = None,
) -> tuple[Message, ...]:
    """Write ``profiles`` to ``path`` atomically, mode 0600, keeping the previous file as ``.bak``;
    return what the user should be told (a backup that could not be read was set aside).

    Raises :class:`ProfileError` (before touching the disk) if any profile is invalid (those in
    ``checked`` are known to be valid). ``encoded`` keeps each person's text from one save to the next
    (see :func:`profiles_text`).
    """
    text = profiles_text(profiles, checked=checked, meetings=meetings, encoded=encoded)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate in the notes, say: refuse before the disk
        raise ProfileError("profile.notes_unwritable", reason=error.reason) from None
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    keep_backup, notices = _guard_backup(path)
    for notice in notices:
        _log(notice)
    write_atomically(path, data, mode=FILE_MODE, keep_backup=keep_backup)
    return notices


Resolve = Literal["mine", "theirs"]
"""How a save settles people changed both in the window and in the file since it was read."""


class ChangedElsewhere(Exception):
    """The file changed since it was read (another Coretime, the CLI, a synced copy) and the same people
    were changed both there and here: the caller asks which to keep (``names``: theirs, as shown)."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__(f"changed both here and in the file: {', '.join(names)}")
        self.names = names


class Saved(NamedTuple):
    """What a :meth:`ProfileStore.save` did: what to tell, and the people as saved when changes made to
    the file elsewhere were taken in (``None`` when the window's list was saved as it was)."""

    notices: tuple[Message, ...] = ()
    merged: tuple[Profile, ...] | None = None
    meetings: tuple[BookedMeeting, ...] | None = None
    """The meetings as saved when changes made elsewhere were taken in (``None``: as given)."""


def _key(profile: Profile) -> str:
    # The freelancer is one person whatever id a file gave them (each first launch makes a new one).
    return "\0me" if profile.is_me else profile.id


def merge(
    base: Sequence[Profile], mine: Sequence[Profile], theirs: Sequence[Profile], *, resolve: Resolve | None
) -> tuple[list[Profile], list[str]]:
    """Three-way merge by person: whoever changed a person (or added or removed one) since ``base`` wins;
    a person both sides changed differently is a conflict, settled by ``resolve`` (or listed, by name,
    when ``resolve`` is ``None``). The order is the file's, then this window's additions.

    >>> me = Profile("m", "Me", "UTC", "mon 09:00-10:00", is_me=True)
    >>> a, b = Profile("a", "A", None, "mon 09:00-10:00"), Profile("b", "B", None, "mon 09:00-10:00")
    >>> [p.name for p in merge([me, a], [me, a, b], [me], resolve=None)[0]]
    ['Me', 'B']
    """
    old = {_key(p): p for p in base}
    ours = {_key(p): p for p in mine}
    other = {_key(p): p for p in theirs}
    merged: list[Profile] = []
    conflicts: list[str] = []
    for key in dict.fromkeys([*other, *ours, *old]):
        was, here, there = old.get(key), ours.get(key), other.get(key)
        if there in (here, was):
            chosen = here
        elif here == was:
            chosen = there
        else:
            conflicts.append((there or here or was).name if (there or here or was) else key)  # type: ignore[union-attr]
            chosen = here if resolve == "mine" else there if resolve == "theirs" else here
        if chosen is not None:
            merged.append(chosen)
    merged.sort(key=lambda p: not p.is_me)  # the freelancer first, as everywhere
    return merged, conflicts


def _signature(path: Path) -> tuple[int, int, int] | None:
    """What changes whenever the file is replaced or rewritten; ``None`` when there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns)


class ProfileStore:
    """The profiles document at one path: load once, then save the whole list on each change.

    After a load that found a file it could neither read nor set aside, :meth:`save` refuses
    (:class:`SaveRefused`) rather than replace that file.
    """

    def __init__(self, path: Path, *, read: Reader = read_file) -> None:
        self.path = path
        self._read = read
        self._blocked: Message | None = None
        self._older: tuple[Path, int, datetime] | None = None
        self._seen: tuple[int, int, int] | None = None
        self._base: tuple[Profile, ...] = ()
        self._base_meetings: tuple[BookedMeeting, ...] = ()
        self._encoded: Encoded = {}  # each person's text as last saved: a save encodes the changed ones
        self._loading: Loading | None = None  # a load begun: its people are the base once it finishes

    def load(self, *, system_zone: str, now: datetime, samples: Samples = ENGLISH_SAMPLES) -> Loaded:
        return self.begin_load(system_zone=system_zone, now=now, samples=samples).finish()

    def begin_load(
        self,
        *,
        system_zone: str,
        now: datetime,
        samples: Samples = ENGLISH_SAMPLES,
        first: int | None = None,
        wanted: Collection[str] = (),
    ) -> Loading:
        """:meth:`load` in two steps (see :func:`begin_load`). The store saves what the finished load
        read: whoever saves has taken :meth:`Loading.finish`'s people, not only the first ones."""
        loading = begin_load(
            self.path,
            system_zone=system_zone,
            now=now,
            read=self._read,
            samples=samples,
            first=first,
            wanted=wanted,
        )
        began = loading.first
        self._blocked = began.blocked
        if began.source is not None and began.version < SCHEMA_VERSION:
            self._older = (began.source, began.version, now)
        self._seen = _signature(self.path)  # the file as read: a later change to it is merged at a save
        self._loading = loading
        return loading

    def _base_people(self) -> tuple[tuple[Profile, ...], tuple[BookedMeeting, ...]]:
        """The people and meetings as last read or saved: what a save merges changes made elsewhere onto."""
        if self._loading is not None:
            loaded = self._loading.finish()
            self._base, self._base_meetings = loaded.profiles, loaded.meetings
            self._loading = None
        return self._base, self._base_meetings

    def _changes_elsewhere(self) -> tuple[_Parsed | None, tuple[Message, ...]]:
        """The people in the file when it changed since this store last read or wrote it (``None`` when
        it did not, or holds nothing usable), and what to tell. A file that cannot be read raises: it
        is never replaced (the save fails, and is retried)."""
        if _signature(self.path) in (self._seen, None):
            return None, ()
        log.warning("%s changed since it was read; merging by person", self.path)
        data = self._read(self.path)
        repairs: list[Message] = []
        try:
            theirs: _Parsed | None = _parse(data, "UTC", repairs, ENGLISH_SAMPLES)
        except _Unusable:
            theirs = None
        if theirs is not None and not repairs:
            return theirs, ()
        # Nothing of a damaged file is lost: it is kept aside as it was, then what could be read is merged.
        changed = datetime.fromtimestamp(os.stat(self.path).st_mtime, UTC)
        kept = _keep_copy(self.path, data, "damaged", changed)
        notice = message("store.changed_damaged", path=str(self.path), kept=str(kept))
        _log(notice)
        return theirs, (notice,)

    def save(
        self,
        profiles: Sequence[Profile],
        *,
        meetings: Sequence[BookedMeeting] | None = None,
        resolve: Resolve | None = None,
    ) -> Saved:
        """Save ``profiles`` and ``meetings`` (``None``: the meetings as last loaded or saved) and return
        what was done (see :class:`Saved`). When the file changed since it was read (another Coretime,
        the CLI, a synced copy), the changes are merged first, people by id and meetings by ``UID``;
        people changed on both sides raise :class:`ChangedElsewhere` unless ``resolve`` says which side
        wins. The first save after loading an older format first keeps that file, untouched, as
        ``NAME.v<format>-<date>.json`` so an older Coretime can still read it."""
        if self._blocked is not None:
            raise SaveRefused(self._blocked)
        base, base_meetings = self._base_people()
        booked = base_meetings if meetings is None else tuple(meetings)
        theirs, told = self._changes_elsewhere()
        merged = merged_meetings = None
        if theirs is not None:
            combined, conflicts = merge(base, profiles, theirs.profiles, resolve=resolve)
            if conflicts and resolve is None:
                log.warning(
                    "%s: %d people changed both in the window and in the file", self.path, len(conflicts)
                )
                raise ChangedElsewhere(tuple(conflicts))
            both = merge_meetings(base_meetings, booked, theirs.meetings)
            if combined != list(profiles):
                merged = tuple(combined)
                profiles = combined
            if both != sorted(booked, key=lambda m: (m.start, m.uid)):
                merged_meetings = booked = tuple(both)
            if merged is not None or merged_meetings is not None:
                told = (*told, message("store.merged", path=str(self.path)))
                log.warning("%s: changes made elsewhere were merged in", self.path)
        if self._older is not None:
            source, version, loaded_at = self._older
            _keep_copy(source, self._read(source), f"v{version}", loaded_at)
            self._older = None
        told = (
            *told,
            *save(self.path, profiles, checked=base, meetings=booked, encoded=self._encoded),
        )
        self._seen = _signature(self.path)
        self._base = tuple(profiles)
        self._base_meetings = tuple(booked)
        return Saved(told, merged, merged_meetings)
