"""Format 4 of the people file: days off, time away, and the meetings Coretime arranged."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.availability import Away, DateRange
from app.meetings import BookedMeeting, upcoming
from app.profiles import SCHEMA_VERSION, ProfileStore, load

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
STAMP = "20261204-120000"
ME = {"id": "me", "name": "Aiko", "zone": "Asia/Tokyo", "hours": "mon-fri 19:00-24:00", "language": "ja_JP"}
SARAH = {"id": "sarah", "name": "Sarah Miller", "zone": "America/New_York", "hours": "mon-fri 09:00-17:00"}
JONAS = {"id": "jonas", "name": "Jonas", "zone": "Europe/Berlin", "hours": "mon-fri 09:00-17:00"}
CALL = BookedMeeting(
    "call-1@coretime", ("sarah",), datetime(2026, 12, 7, 14, 0, tzinfo=UTC), 30, "Call: Aiko / Sarah Miller"
)


def write(path: Path, document: dict[str, Any]) -> bytes:
    data = json.dumps(document).encode("utf-8")
    path.write_bytes(data)
    return data


def test_a_format_3_file_becomes_format_4_with_nothing_off_and_no_meetings(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    original = write(
        path, {"schema": 3, "me": {**ME, "greet_as": None}, "clients": [{**SARAH, "greet_as": "Sarah"}]}
    )
    store = ProfileStore(path)
    loaded = store.load(system_zone="UTC", now=NOW)
    assert (loaded.problems, loaded.version, loaded.needs_save) == ((), 3, True)
    assert [(p.days_off, p.away) for p in loaded.profiles] == [("", ""), ("", "")]
    assert loaded.meetings == ()
    store.save(loaded.profiles)
    assert (tmp_path / f"profiles.v3-{STAMP}.json").read_bytes() == original, (
        "an older Coretime can still read it"
    )
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["schema"] == SCHEMA_VERSION == 4
    assert written["meetings"] == []
    assert written["clients"][0]["greet_as"] == "Sarah"
    assert (written["me"]["days_off"], written["clients"][0]["away"]) == ("", "")


def test_days_off_time_away_and_meetings_come_back_as_saved(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    me = {
        **ME,
        "days_off": "2026-12-24, 2026-12-28..2027-01-01",
        "away": "2027-03-10..2027-03-24 Europe/Lisbon",
    }
    write(path, {"schema": 4, "me": me, "clients": [SARAH], "meetings": []})
    store = ProfileStore(path)
    loaded = store.load(system_zone="UTC", now=NOW)
    assert loaded.problems == ()
    person = loaded.profiles[0].person()
    assert person is not None
    assert person.days_off == (
        DateRange(date(2026, 12, 24), date(2026, 12, 24)),
        DateRange(date(2026, 12, 28), date(2027, 1, 1)),
    )
    assert [str(a) for a in person.away] == ["2027-03-10..2027-03-24 Europe/Lisbon"]
    assert isinstance(person.away[0], Away)
    later = replace(CALL, uid="call-2@coretime", start=CALL.start + timedelta(days=1))
    store.save(loaded.profiles, meetings=[later, CALL])
    again = load(path, system_zone="UTC", now=NOW)
    assert again.problems == ()
    assert again.meetings == (CALL, later), "soonest first"
    assert again.profiles == loaded.profiles
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["meetings"][0] == {
        "uid": "call-1@coretime",
        "with": ["sarah"],
        "start": "2026-12-07T14:00:00Z",
        "minutes": 30,
        "title": "Call: Aiko / Sarah Miller",
        "sequence": 0,
    }
    store.save(loaded.profiles)
    assert load(path, system_zone="UTC", now=NOW).meetings == (CALL, later), (
        "a save of people keeps the meetings"
    )


@pytest.mark.parametrize(
    ("bad", "said"),
    [
        (
            {"uid": "x y", "with": ["sarah"], "start": "2026-12-07T14:00:00Z", "minutes": 30},
            "not a calendar UID",
        ),
        ({"uid": "a", "with": [], "start": "2026-12-07T14:00:00Z", "minutes": 30}, "names no client"),
        ({"uid": "a", "with": ["sarah"], "start": "2026-12-07 14:00", "minutes": 30}, "is not a start time"),
        ({"uid": "a", "with": ["sarah"], "start": "2026-12-07T14:00:00Z", "minutes": 0}, "lasts 1 to 1440"),
        (
            {"uid": "a", "with": ["sarah"], "start": "2026-12-07T14:00:00Z", "minutes": 30, "sequence": -1},
            "SEQUENCE",
        ),
        ("a meeting", "is not an object"),
    ],
)
def test_a_booked_meeting_that_cannot_be_used_is_left_out_and_named(
    tmp_path: Path, bad: object, said: str
) -> None:
    path = tmp_path / "profiles.json"
    good = {"uid": "good@coretime", "with": ["sarah"], "start": "2026-12-08T14:00:00Z", "minutes": 45}
    write(path, {"schema": 4, "me": ME, "clients": [SARAH], "meetings": [bad, good]})
    loaded = load(path, system_zone="UTC", now=NOW)
    assert [m.uid for m in loaded.meetings] == ["good@coretime"]
    assert len(loaded.problems) == 1
    assert "booked meeting 1 was left out" in loaded.problems[0]
    assert said in loaded.problems[0]
    assert loaded.kept, "the file as it was is kept aside before the repair"


def test_bad_days_off_or_away_are_emptied_and_named(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    sarah = {**SARAH, "days_off": "24 Dec", "away": "2027-03-10..2027-03-24 Mars/Olympus"}
    write(path, {"schema": 4, "me": ME, "clients": [sarah], "meetings": []})
    loaded = load(path, system_zone="UTC", now=NOW)
    assert (loaded.profiles[1].days_off, loaded.profiles[1].away) == ("", "")
    assert "'24 Dec' is not a date" in loaded.problems[0]
    assert "Mars/Olympus" in loaded.problems[0]


def test_meetings_booked_in_two_places_are_merged_by_uid(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    write(path, {"schema": 4, "me": ME, "clients": [SARAH, JONAS], "meetings": []})
    here, there = ProfileStore(path), ProfileStore(path)
    mine = here.load(system_zone="UTC", now=NOW)
    theirs = there.load(system_zone="UTC", now=NOW)
    with_jonas = BookedMeeting("jonas-1@coretime", ("jonas",), datetime(2026, 12, 8, 9, tzinfo=UTC), 60)
    there.save(theirs.profiles, meetings=[with_jonas])
    stat = os.stat(path)
    # A file system whose clock is too coarse to tell the two writes apart still sees the change.
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    saved = here.save(mine.profiles, meetings=[CALL])
    assert saved.meetings == (CALL, with_jonas)
    assert load(path, system_zone="UTC", now=NOW).meetings == (CALL, with_jonas), "neither booking is lost"
    moved = CALL.moved(CALL.start + timedelta(hours=1))
    there.load(system_zone="UTC", now=NOW)
    there.save(theirs.profiles, meetings=[moved, with_jonas])
    assert saved.meetings is not None
    after = here.save(mine.profiles, meetings=saved.meetings)  # this window did not touch the call since
    assert after.meetings == (moved, with_jonas), "the move made elsewhere is taken"


def test_upcoming_lists_what_is_not_over_soonest_first() -> None:
    over = replace(CALL, uid="over@coretime", start=NOW - timedelta(hours=1))
    running = replace(CALL, uid="now@coretime", start=NOW - timedelta(minutes=10))
    assert upcoming([CALL, over, running], NOW) == [running, CALL]


def test_a_moved_meeting_is_the_next_revision_of_its_event() -> None:
    moved = CALL.moved(CALL.start + timedelta(days=1), 45)
    assert (moved.uid, moved.sequence, moved.minutes) == (CALL.uid, 1, 45)
    assert moved.moved(moved.start).sequence == 2
