"""The people the freelancer plans with, kept in one versioned JSON document written atomically.

The document looks like ``{"schema": 1, "people": [{...}, ...]}``. Loading never
fails: a missing file means a first launch; a damaged file, or one written by a
newer Coretime, is kept aside under a dated name (never overwritten) and the
caller gets a list of plain-language problems to show. Saving writes a temporary
file in the same folder, flushes it to disk and renames it over the old one, so
a crash leaves either the old document or the new one — never half of one.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from app.hours import HoursError, WeeklyHours, parse_hours
from app.people import Person
from app.zones import ZoneError, load_zone

SCHEMA_VERSION = 1
DEFAULT_MY_HOURS = "mon-fri 07:00-09:00 19:00-24:00; sat 10:00-13:00"
"""A freelancer beside a day job: early mornings and evenings, with Saturday late morning. The
evening reaches into American mornings from Asia and Europe, the morning into them from the
Americas and Australia, so the first frame already shows shared time with the sample client."""
SAMPLE_CLIENT_ZONE = "America/New_York"
SAMPLE_CLIENT_HOURS = "mon-fri 09:00-17:00"
_HOLIDAY_CODE = re.compile(r"^[A-Z]{2,3}(-[A-Z0-9]{1,3})?$")


class ProfileError(ValueError):
    """A profile field that cannot be used; the message names the field and says what is accepted."""


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
        if not self.name.strip():
            found["name"] = "give a name, such as the client's company or first name"
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
        if not re.fullmatch(r"[a-z]{2,3}(_[A-Za-z0-9]{2,4})*", self.language):
            found["language"] = f"'{self.language}' is not a locale code; use one like en_US, de_DE or ja_JP"
        if self.holidays is not None and not _HOLIDAY_CODE.match(self.holidays):
            found["holidays"] = (
                f"'{self.holidays}' is not a country code; use a country such as US or JP, "
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


@dataclass(frozen=True, slots=True)
class Loaded:
    """What :func:`load` found: the people (the freelancer first) and problems to tell the user."""

    profiles: tuple[Profile, ...]
    problems: tuple[str, ...] = field(default=())
    first_launch: bool = False


def _profile_from(raw: object) -> Profile:
    if not isinstance(raw, dict):
        raise ProfileError("an entry is not an object")
    fields: dict[str, Any] = {}
    for name, kind in (("id", str), ("name", str), ("hours", str)):
        if not isinstance(raw.get(name), kind):
            raise ProfileError(f"an entry has no valid '{name}'")
        fields[name] = raw[name]
    for name in ("zone", "holidays"):
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            raise ProfileError(f"'{name}' of {fields['name']!r} is not text")
        fields[name] = value
    for name, default in (("language", "en_US"), ("notes", "")):
        value = raw.get(name, default)
        if not isinstance(value, str):
            raise ProfileError(f"'{name}' of {fields['name']!r} is not text")
        fields[name] = value
    for name in ("is_sample", "is_me"):
        value = raw.get(name, False)
        if not isinstance(value, bool):
            raise ProfileError(f"'{name}' of {fields['name']!r} is not true or false")
        fields[name] = value
    return Profile(**fields).validated()


def _aside_path(path: Path, reason: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for number in range(1000):
        suffix = f"-{number}" if number else ""
        candidate = path.with_name(f"{path.stem}.{reason}-{stamp}{suffix}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise OSError(f"too many files kept aside next to {path}")


def _keep_aside(path: Path, reason: str, now: datetime, *, move: bool) -> Path:
    """Copy or move ``path`` to a dated name next to it, never replacing an existing file."""
    target = _aside_path(path, reason, now)
    # Exclusive creation ('x') makes the no-overwrite promise hold even against a racing writer.
    with path.open("rb") as source, target.open("xb") as copy:
        shutil.copyfileobj(source, copy)
        copy.flush()
        os.fsync(copy.fileno())
    os.chmod(target, 0o600)
    if move:
        path.unlink()
    return target


def _ordered(profiles: Sequence[Profile], system_zone: str) -> tuple[Profile, ...]:
    mine = [p for p in profiles if p.is_me]
    me = mine[0] if mine else first_launch(system_zone)[0]
    clients = [replace(p, is_me=False) for p in profiles if p is not me]
    return (me, *clients)


def load(path: Path, *, system_zone: str, now: datetime) -> Loaded:
    """Read the document at ``path``. Never raises for what is in (or missing from) the file.

    ``system_zone`` seeds a first launch; ``now`` dates the name of a file kept aside.
    """
    backup = path.with_name(path.name + ".bak")
    source = path
    if not path.exists():
        if not backup.exists():
            return Loaded(first_launch(system_zone), first_launch=True)
        source = backup
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        if source is backup:
            return Loaded(first_launch(system_zone), first_launch=True)
        kept = _keep_aside(path, "damaged", now, move=True)
        return Loaded(
            first_launch(system_zone),
            (f"Your people file could not be read ({error.__class__.__name__}). It was kept as {kept}.",),
            first_launch=True,
        )
    problems: list[str] = []
    if source is backup:
        problems.append(f"{path.name} was missing; your people were restored from {backup.name}.")
    if not isinstance(document, dict) or not isinstance(document.get("schema"), int):
        kept = _keep_aside(source, "damaged", now, move=source is path)
        problems.append(f"Your people file is not a Coretime document. It was kept as {kept}.")
        return Loaded(first_launch(system_zone), tuple(problems), first_launch=True)
    if document["schema"] > SCHEMA_VERSION:
        kept = _keep_aside(source, "newer", now, move=source is path)
        problems.append(
            f"Your people file was written by a newer Coretime (format {document['schema']}). "
            f"It was kept, untouched, as {kept}; this version starts afresh."
        )
        return Loaded(first_launch(system_zone), tuple(problems), first_launch=True)
    people = document.get("people")
    if not isinstance(people, list):
        people = []
    profiles: list[Profile] = []
    dropped: list[str] = []
    for raw in people:
        try:
            profiles.append(_profile_from(raw))
        except (ProfileError, TypeError) as error:
            dropped.append(str(error))
    if dropped:
        kept = _keep_aside(source, "damaged", now, move=False)
        problems.append(
            f"{len(dropped)} entr{'y' if len(dropped) == 1 else 'ies'} in your people file could not be "
            f"used ({dropped[0]}). The whole file was copied to {kept}."
        )
    return Loaded(_ordered(profiles, system_zone), tuple(problems))


def to_document(profiles: Sequence[Profile]) -> dict[str, Any]:
    people = []
    for profile in profiles:
        profile.validated()
        people.append(
            {
                "id": profile.id,
                "name": profile.name,
                "zone": profile.zone,
                "hours": profile.hours,
                "language": profile.language,
                "holidays": profile.holidays,
                "notes": profile.notes,
                "is_sample": profile.is_sample,
                "is_me": profile.is_me,
            }
        )
    return {"schema": SCHEMA_VERSION, "people": people}


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its rename is durable enough
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def save(path: Path, profiles: Sequence[Profile]) -> None:
    """Write ``profiles`` to ``path`` atomically, mode 0600, keeping the previous file as ``.bak``.

    Raises :class:`ProfileError` (before touching the disk) if any profile is invalid.
    """
    data = json.dumps(to_document(profiles), ensure_ascii=False, indent=2) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        backup = path.with_name(path.name + ".bak")
        fd, staging = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".bak.tmp")
        with os.fdopen(fd, "wb") as copy, path.open("rb") as current:
            shutil.copyfileobj(current, copy)
        os.replace(staging, backup)
    # mkstemp creates the file readable by its owner only (0600), before any data is in it.
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


class ProfileStore:
    """The profiles document at one path: load once, then save the whole list on each change."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self, *, system_zone: str, now: datetime) -> Loaded:
        return load(self.path, system_zone=system_zone, now=now)

    def save(self, profiles: Sequence[Profile]) -> None:
        save(self.path, profiles)
