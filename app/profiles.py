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
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from app.atomic import backup_path, remove_stale_temporaries, write_atomically
from app.hours import HoursError, WeeklyHours, parse_hours
from app.people import Person
from app.zones import ZoneError, load_zone

SCHEMA_VERSION = 2
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


class ProfileError(ValueError):
    """A profile field that cannot be used; the message names the field and says what is accepted."""


def _control_character(text: str) -> str | None:
    """The first character of ``text`` that is not printable text, as ``U+XXXX``; ``None`` if all are."""
    for char in text:
        if not char.isprintable():
            return f"U+{ord(char):04X}"
    return None


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

    def problems(self) -> dict[str, str]:
        """Field name → what is wrong with it; empty when the profile can be saved."""
        found: dict[str, str] = {}
        bad_char = _control_character(self.name)
        if not self.name.strip():
            found["name"] = "give a name, such as the client's company or first name"
        elif bad_char:
            found["name"] = f"the name contains a control character ({bad_char}); remove it"
        elif len(self.name) > MAX_NAME:
            found["name"] = f"the name is longer than {MAX_NAME} characters"
        if self.zone is not None:
            try:
                load_zone(self.zone)
            except ZoneError as error:
                found["zone"] = str(error)
        elif self.is_me:
            found["zone"] = "your own time zone is needed"
        try:
            parse_hours(self.hours)
        except HoursError as error:
            found["hours"] = str(error)
        if not _LOCALE.fullmatch(self.language):
            shown = _shown(self.language)
            found["language"] = f"'{shown}' is not a locale code; use one like en_US, de_DE or ja_JP"
        if self.holidays is not None and not _HOLIDAY_CODE.fullmatch(self.holidays):
            found["holidays"] = (
                f"'{_shown(self.holidays)}' is not a country code; use a country such as US or JP, "
                "or a country and subdivision such as DE-BY"
            )
        return found

    def validated(self) -> Profile:
        """This profile, or a :class:`ProfileError` naming the first field that is wrong."""
        found = self.problems()
        if found:
            field_name, message = next(iter(found.items()))
            raise ProfileError(f"{field_name}: {message}")
        return self

    @property
    def weekly_hours(self) -> WeeklyHours:
        return parse_hours(self.hours)

    def person(self) -> Person | None:
        """The planner's view of this profile, or ``None`` while the zone is unknown."""
        if self.zone is None:
            return None
        return Person(self.name, load_zone(self.zone), parse_hours(self.hours), self.holidays)


def new_id() -> str:
    import uuid  # noqa: PLC0415 — only a first launch or a new client needs one; it loads `platform`

    return uuid.uuid4().hex


def first_launch(system_zone: str) -> tuple[Profile, ...]:
    """The freelancer on the system's zone with default hours, and one sample client so the
    very first view already shows an overlap. An unknown system zone falls back to UTC."""
    try:
        zone = load_zone(system_zone).key
    except ZoneError:
        zone = "UTC"
    me = Profile(id=new_id(), name="Me", zone=zone, hours=DEFAULT_MY_HOURS, is_me=True)
    sample = Profile(
        id=new_id(),
        name="Sample client",
        zone=SAMPLE_CLIENT_ZONE,
        hours=SAMPLE_CLIENT_HOURS,
        language="en_US",
        holidays="US",
        notes="A sample to show how Coretime works. Edit or remove it.",
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
    return path.read_bytes()


class SaveRefused(OSError):
    """Saving would replace a people file that could not be read or set aside; the message says which."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """What :func:`load` found: the people (the freelancer first) and problems to tell the user."""

    profiles: tuple[Profile, ...]
    problems: tuple[str, ...] = field(default=())
    first_launch: bool = False
    kept: tuple[Path, ...] = field(default=())
    """The files set aside during this load: damaged, newer, or copies made before a repair."""
    needs_save: bool = False
    """The document on disk differs from ``profiles`` (a first launch, a migration, a repair, a
    restore from the backup): saving now makes the next start quiet and quick."""
    save_blocked: str = ""
    """Why saving must not happen (a file that could be neither read nor set aside); ``""`` if it may."""
    source: Path | None = None
    """The file the people were read from: the store, or its backup; ``None`` on a first launch."""
    version: int = SCHEMA_VERSION
    """The format ``source`` was written in; older ones were migrated while loading."""


class _Unusable(Exception):
    """The bytes of a people file cannot be used as a whole; ``reason`` finishes "It ..."."""

    def __init__(self, reason: str, *, newer: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.newer = newer


_KIND = {bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object"}


def _kind(value: object) -> str:
    return "empty (null)" if value is None else _KIND.get(type(value), type(value).__name__)


def _v1_to_v2(document: dict[str, Any], repairs: list[str]) -> dict[str, Any]:
    """Format 1 kept everyone in one ``people`` list, the freelancer marked ``"is_me": true``; format 2
    keeps the freelancer (``me``) apart from the ``clients``, so there is always exactly one of them."""
    people = document.get("people")
    if not isinstance(people, list):
        repairs.append(f"the list of people was {_kind(people)}, so no clients could be read")
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


MIGRATIONS: dict[int, Callable[[dict[str, Any], list[str]], dict[str, Any]]] = {1: _v1_to_v2}
"""Format number → the step that turns a document of that format into the next one."""

_DOCUMENT_KEYS = frozenset({"schema", "me", "clients"})
_PERSON_KEYS = frozenset({"id", "name", "zone", "hours", "language", "holidays", "notes", "is_sample"})
_LABELS = {
    "name": "name was",
    "zone": "time zone was",
    "hours": "hours were",
    "language": "proposal language was",
    "holidays": "holiday code was",
    "notes": "notes were",
}


def _salvage_person(raw: dict[str, Any], number: int, *, me: Profile, repairs: list[str]) -> Profile:
    """The person in ``raw``, each field that cannot be used replaced by a safe default and named in
    ``repairs``. ``me`` is the freelancer's fallback when ``number`` is 0, else only lends its zone."""
    is_me = number == 0
    fixes: list[str] = []
    fallback: dict[str, Any] = {
        "name": "Me" if is_me else f"Client {number}",
        "zone": me.zone if is_me else None,
        "hours": DEFAULT_MY_HOURS if is_me else DEFAULT_CLIENT_HOURS,
        "language": "en_US",
        "holidays": None,
        "notes": "",
    }
    action = {
        "name": f"called '{fallback['name']}' for now",
        "zone": f"set to {me.zone}" if is_me else "marked as not known yet",
        "hours": f"set to '{fallback['hours']}'",
        "language": "set to en_US",
        "holidays": "removed",
        "notes": "emptied",
    }
    fields: dict[str, Any] = {"is_me": is_me}
    for key in ("name", "zone", "hours", "language", "holidays", "notes"):
        optional = key in ("zone", "holidays")
        if key not in raw:
            fields[key] = fallback[key]
            if key in ("name", "hours") or (key == "zone" and is_me):
                fixes.append(f"the {_LABELS[key]} missing — {action[key]}")
            continue
        value = raw[key]
        if isinstance(value, str) or (optional and value is None):
            fields[key] = value
        else:
            fields[key] = fallback[key]
            fixes.append(f"the {_LABELS[key]} {_kind(value)}, not text — {action[key]}")
    raw_id = raw.get("id")
    usable_id = isinstance(raw_id, str) and 0 < len(raw_id) <= 200 and raw_id.isprintable()
    fields["id"] = raw_id if usable_id else new_id()
    sample = raw.get("is_sample", False)
    fields["is_sample"] = sample if isinstance(sample, bool) and not is_me else False
    if not isinstance(sample, bool):
        fixes.append(f"the sample mark was {_kind(sample)}, not true or false — cleared")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in fields["notes"]):
        # A lone surrogate (an escape in the JSON that is half a character) cannot be written back.
        fields["notes"] = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in fields["notes"])
        fixes.append("the notes held a broken character — replaced by �")
    profile = Profile(**fields)
    for key, message in profile.problems().items():
        if key == "name" and profile.name.strip():
            # Keep what can be kept of a name: the printable part, cut to length.
            cleaned = "".join(ch for ch in profile.name if ch.isprintable()).strip()[:MAX_NAME]
            fallback["name"] = cleaned or fallback["name"]
            action["name"] = f"now '{_shown(str(fallback['name']))}'"
        profile = replace(profile, **{key: fallback[key]})
        fixes.append(f"{message} — {action[key]}")
    unknown = sorted(str(k) for k in raw if k not in _PERSON_KEYS)
    if unknown:
        fixes.append(f"fields Coretime does not know were left out ({_shown(', '.join(unknown))})")
    if fixes:
        who = "your own profile" if is_me else f"'{_shown(profile.name)}'"
        repairs.append(f"{who}: {'; '.join(fixes)}")
    return profile


def _salvage(document: dict[str, Any], system_zone: str, repairs: list[str]) -> list[Profile]:
    unknown = sorted(str(k) for k in document if k not in _DOCUMENT_KEYS)
    if unknown:
        repairs.append(f"fields Coretime does not know were left out ({_shown(', '.join(unknown))})")
    default_me = first_launch(system_zone)[0]
    raw_me = document.get("me")
    if isinstance(raw_me, dict):
        me = _salvage_person(raw_me, 0, me=default_me, repairs=repairs)
    else:
        me = default_me
        repairs.append(f"your own profile was {_kind(raw_me)} — set to default hours on {default_me.zone}")
    raw_clients = document.get("clients")
    if not isinstance(raw_clients, list):
        repairs.append(f"the client list was {_kind(raw_clients)}, so no clients could be read")
        raw_clients = []
    profiles = [me]
    ids = {me.id}
    for number, raw in enumerate(raw_clients, start=1):
        if not isinstance(raw, dict):
            repairs.append(f"client {number} was {_kind(raw)}, not a person — left out")
            continue
        client = _salvage_person(raw, number, me=me, repairs=repairs)
        if client.id in ids:  # two people with one id would be edited and selected as one
            client = replace(client, id=new_id())
        ids.add(client.id)
        profiles.append(client)
    return profiles


def _parse(data: bytes, system_zone: str, repairs: list[str]) -> tuple[list[Profile], int]:
    """The people in ``data`` and the format it was written in; :class:`_Unusable` if none can be read."""
    if not data.strip():
        raise _Unusable("is empty")
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise _Unusable("is not text") from None
    except json.JSONDecodeError as error:
        raise _Unusable(f"is not complete JSON ({error.msg}, line {error.lineno})") from None
    except (ValueError, RecursionError) as error:  # a number too long to read, or nesting too deep
        raise _Unusable(f"is not JSON Coretime can read ({_shown(str(error), 60)})") from None
    if not isinstance(document, dict):
        raise _Unusable(f"is {_kind(document)}, not a Coretime people file")
    version = document.get("schema")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Unusable("has no format number, so it is not a Coretime people file")
    if version > SCHEMA_VERSION:
        raise _Unusable(
            f"was written by a newer Coretime (format {version}; this one reads up to {SCHEMA_VERSION})",
            newer=True,
        )
    if version not in MIGRATIONS and version != SCHEMA_VERSION:
        raise _Unusable(f"has format number {version}, which no Coretime has written")
    written_in = version
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](document, repairs)
        version += 1
    return _salvage(document, system_zone, repairs), written_in


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


def _reason(error: OSError) -> str:
    return error.strerror or error.__class__.__name__


def load(path: Path, *, system_zone: str, now: datetime, read: Reader = read_file) -> Loaded:
    """Read the document at ``path``. Never raises for what is in (or missing from) the file.

    ``system_zone`` seeds a first launch; ``now`` dates the names of files kept aside; ``read``
    reads a file's bytes (tests pass one that fails as a broken disk would).
    """
    with contextlib.suppress(OSError):
        remove_stale_temporaries(path)
    problems: list[str] = []
    kept: list[Path] = []
    blocked = ""
    backup = backup_path(path)
    try:
        data = read(path)
    except FileNotFoundError:
        pass
    except OSError as error:
        try:
            kept.append(_move_aside(path, None, "unreadable", now))
        except OSError as move_error:
            blocked = (
                f"Your people file {path} could not be read ({_reason(error)}) nor set aside "
                f"({_reason(move_error)}). Changes are not saved until it can be read, so that it is not "
                "overwritten."
            )
            problems.append(blocked)
        else:
            problems.append(
                f"Your people file {path} could not be read ({_reason(error)}). "
                f"It was moved, as it was, to {kept[-1]}."
            )
    else:
        repairs: list[str] = []
        try:
            profiles, version = _parse(data, system_zone, repairs)
        except _Unusable as unusable:
            try:
                kept.append(_move_aside(path, data, "newer" if unusable.newer else "damaged", now))
            except OSError as move_error:
                blocked = (
                    f"Your people file {path} {unusable.reason}, and could not be set aside "
                    f"({_reason(move_error)}). Changes are not saved, so that it is not overwritten."
                )
                problems.append(blocked)
            else:
                problems.append(f"Your people file {unusable.reason}. It was kept, untouched, as {kept[-1]}.")
        else:
            return _loaded_with_repairs(
                path,
                data,
                profiles=profiles,
                version=version,
                repairs=repairs,
                problems=problems,
                now=now,
                from_backup=False,
            )
    return _from_backup(
        path,
        backup,
        system_zone=system_zone,
        now=now,
        read=read,
        problems=problems,
        kept=kept,
        blocked=blocked,
    )


def _loaded_with_repairs(
    source: Path,
    data: bytes,
    *,
    profiles: list[Profile],
    version: int,
    repairs: list[str],
    problems: list[str],
    now: datetime,
    from_backup: bool,
    kept: Sequence[Path] = (),
) -> Loaded:
    """A readable document: copy it aside first if it needed repairs or is an older format."""
    kept = list(kept)
    if repairs:
        try:
            kept.append(_keep_copy(source, data, "damaged", now))
            where = f"The file as it was is kept as {kept[-1]}."
        except OSError as error:
            where = f"A copy of the file as it was could not be kept ({_reason(error)})."
        shown = "; ".join(repairs[:3]) + (f"; and {len(repairs) - 3} more" if len(repairs) > 3 else "")
        problems.append(f"Parts of your people file could not be used and were repaired: {shown}. {where}")
    changed = bool(repairs) or version < SCHEMA_VERSION or from_backup
    return Loaded(
        tuple(profiles), tuple(problems), kept=tuple(kept), needs_save=changed, source=source, version=version
    )


def _from_backup(
    path: Path,
    backup: Path,
    *,
    system_zone: str,
    now: datetime,
    read: Reader,
    problems: list[str],
    kept: list[Path],
    blocked: str,
) -> Loaded:
    """After the main file was missing or unusable: the people in the backup, or a first launch."""

    def afresh(note: str = "") -> Loaded:
        if note:
            problems.append(note)
        return Loaded(
            first_launch(system_zone),
            tuple(problems),
            first_launch=True,
            kept=tuple(kept),
            needs_save=not problems,
            save_blocked=blocked,
        )

    try:
        data = read(backup)
    except FileNotFoundError:
        return afresh("Coretime starts afresh: there is no backup to restore from." if problems else "")
    except OSError as error:
        return afresh(
            f"The backup {backup} could not be read either ({_reason(error)}); Coretime starts afresh."
        )
    repairs: list[str] = []
    try:
        profiles, version = _parse(data, system_zone, repairs)
    except _Unusable as unusable:
        try:
            kept.append(_move_aside(backup, data, "newer" if unusable.newer else "damaged", now))
            where = f"kept as {kept[-1]}"
        except OSError as error:
            where = f"left in place ({_reason(error)})"
        return afresh(f"The backup {unusable.reason} as well ({where}); Coretime starts afresh.")
    if problems:
        problems.append(f"Your people were restored from the backup {backup}.")
    else:
        problems.append(f"{path.name} was missing; your people were restored from {backup.name}.")
    loaded = _loaded_with_repairs(
        backup,
        data,
        profiles=profiles,
        version=version,
        repairs=repairs,
        problems=problems,
        now=now,
        from_backup=True,
        kept=kept,
    )
    return replace(loaded, needs_save=not blocked, save_blocked=blocked)


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
    }


def to_document(profiles: Sequence[Profile]) -> dict[str, Any]:
    """The JSON document for ``profiles`` (exactly one of them the freelancer's); :class:`ProfileError`
    if any profile is invalid."""
    for profile in profiles:
        profile.validated()
    mine = [p for p in profiles if p.is_me]
    if len(mine) != 1:
        raise ProfileError(f"exactly one profile is the freelancer's own, not {len(mine)}")
    clients = [_person_document(p) for p in profiles if not p.is_me]
    return {"schema": SCHEMA_VERSION, "me": _person_document(mine[0]), "clients": clients}


def save(path: Path, profiles: Sequence[Profile]) -> None:
    """Write ``profiles`` to ``path`` atomically, mode 0600, keeping the previous file as ``.bak``.

    Raises :class:`ProfileError` (before touching the disk) if any profile is invalid.
    """
    text = json.dumps(to_document(profiles), ensure_ascii=False, indent=2) + "\n"
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate in the notes, say: refuse before the disk
        raise ProfileError(f"notes: a character cannot be written ({error.reason})") from None
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_atomically(path, data, mode=FILE_MODE, keep_backup=True)


class ProfileStore:
    """The profiles document at one path: load once, then save the whole list on each change.

    After a load that found a file it could neither read nor set aside, :meth:`save` refuses
    (:class:`SaveRefused`) rather than replace that file.
    """

    def __init__(self, path: Path, *, read: Reader = read_file) -> None:
        self.path = path
        self._read = read
        self._blocked = ""
        self._older: tuple[Path, int, datetime] | None = None

    def load(self, *, system_zone: str, now: datetime) -> Loaded:
        loaded = load(self.path, system_zone=system_zone, now=now, read=self._read)
        self._blocked = loaded.save_blocked
        if loaded.source is not None and loaded.version < SCHEMA_VERSION:
            self._older = (loaded.source, loaded.version, now)
        return loaded

    def save(self, profiles: Sequence[Profile]) -> None:
        """Save ``profiles``; the first save after loading an older format first keeps that file,
        untouched, as ``NAME.v<format>-<date>.json`` so an older Coretime can still read it."""
        if self._blocked:
            raise SaveRefused(self._blocked)
        if self._older is not None:
            source, version, loaded_at = self._older
            _keep_copy(source, self._read(source), f"v{version}", loaded_at)
            self._older = None
        save(self.path, profiles)
