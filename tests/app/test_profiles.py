"""The profile store: first launch, round trips, atomic saves with a backup, and damaged files kept aside."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.overlap import day_range, shared_windows
from app.profiles import (
    SCHEMA_VERSION,
    Profile,
    ProfileError,
    ProfileStore,
    first_launch,
    load,
    save,
)

NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)


def client(name: str = "Acme", **changes: object) -> Profile:
    base = Profile(id=name.lower(), name=name, zone="Europe/Berlin", hours="mon-fri 09:00-17:00")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_missing_file_is_a_first_launch_with_a_sample_client(tmp_path: Path) -> None:
    loaded = load(tmp_path / "people.json", system_zone="Asia/Tokyo", now=NOW)
    assert loaded.first_launch
    assert loaded.problems == ()
    me, sample = loaded.profiles
    assert (me.is_me, me.zone) == (True, "Asia/Tokyo")
    assert (sample.is_sample, sample.is_me, sample.zone) == (True, False, "America/New_York")
    assert list(tmp_path.iterdir()) == [], "loading alone writes nothing"


@pytest.mark.parametrize(
    "zone", ["Asia/Tokyo", "Europe/Berlin", "UTC", "America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney"]
)
@pytest.mark.parametrize("first_day", [datetime(2026, 1, 12).date(), datetime(2026, 7, 13).date()])
def test_first_launch_already_shares_time_with_the_sample(zone: str, first_day: object) -> None:
    people = [p.person() for p in first_launch(zone)]
    assert all(people)
    span = day_range(first_day, 7, people[0].zone)  # type: ignore[arg-type, union-attr]
    assert shared_windows(people, span.start, span.end)  # type: ignore[arg-type]


def test_unknown_system_zone_falls_back_to_utc() -> None:
    assert first_launch("Not/AZone")[0].zone == "UTC"


def test_round_trip_keeps_every_field_and_the_order(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    me = replace(first_launch("Asia/Tokyo")[0], notes="night owl")
    people = [
        me,
        client("Acme", language="de_DE", holidays="DE-BY", notes="Sprint reviews Thu"),
        client("Nozone", zone=None),
        client("東京 Co", zone="Asia/Tokyo", hours="mon-fri 22:00-02:00"),
    ]
    save(path, people)
    loaded = load(path, system_zone="UTC", now=NOW)
    assert loaded.problems == ()
    assert list(loaded.profiles) == people
    assert json.loads(path.read_text(encoding="utf-8"))["schema"] == SCHEMA_VERSION


def test_save_is_private_and_keeps_the_previous_version_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    me = first_launch("UTC")[0]
    save(path, [me, client("First")])
    first_bytes = path.read_bytes()
    save(path, [me, client("Second")])
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    backup = tmp_path / "people.json.bak"
    assert backup.read_bytes() == first_bytes
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
    assert [p.name for p in load(path, system_zone="UTC", now=NOW).profiles] == ["Me", "Second"]
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["people.json", "people.json.bak"], "no temp files left"


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "people.json"
    me = first_launch("UTC")[0]
    save(path, [me, client("Kept")])
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        save(path, [me, client("Lost")])
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_invalid_profiles_are_never_saved(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    with pytest.raises(ProfileError, match="hours"):
        save(path, [first_launch("UTC")[0], client(hours="mon-fri 9-5")])
    assert not path.exists()


def test_corrupt_file_is_kept_aside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    path.write_text('{"schema": 1, "people": [', encoding="utf-8")
    loaded = load(path, system_zone="Europe/Berlin", now=NOW)
    kept = tmp_path / "people.damaged-20260309-120000.json"
    assert kept.read_text(encoding="utf-8") == '{"schema": 1, "people": ['
    assert str(kept) in loaded.problems[0]
    assert loaded.profiles[0].zone == "Europe/Berlin"
    # A second damaged file on the same second gets its own name; the first is not overwritten.
    path.write_text("garbage", encoding="utf-8")
    load(path, system_zone="UTC", now=NOW)
    assert kept.read_text(encoding="utf-8") == '{"schema": 1, "people": ['
    assert (tmp_path / "people.damaged-20260309-120000-1.json").read_text(encoding="utf-8") == "garbage"


def test_newer_version_is_kept_aside_untouched(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    text = json.dumps({"schema": SCHEMA_VERSION + 1, "people": [], "future": True})
    path.write_text(text, encoding="utf-8")
    loaded = load(path, system_zone="UTC", now=NOW + timedelta(seconds=1))
    assert "newer Coretime" in loaded.problems[0]
    assert (tmp_path / "people.newer-20260309-120001.json").read_text(encoding="utf-8") == text
    save(path, loaded.profiles)
    assert (tmp_path / "people.newer-20260309-120001.json").read_text(encoding="utf-8") == text


def test_a_bad_field_is_repaired_but_the_whole_file_is_copied_first(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    good = {"id": "a", "name": "Acme", "zone": "Europe/Berlin", "hours": "mon-fri 09:00-17:00"}
    bad = {"id": "b", "name": "Broken", "zone": "Mars/Olympus", "hours": "mon-fri 09:00-17:00"}
    path.write_text(json.dumps({"schema": 1, "people": [good, bad]}), encoding="utf-8")
    loaded = load(path, system_zone="UTC", now=NOW)
    names = [p.name for p in loaded.profiles]
    assert names == ["Me", "Acme", "Broken"], "a missing 'me' is filled in, first; Broken keeps its name"
    assert loaded.profiles[2].zone is None, "an unknown zone becomes 'not known yet'"
    assert "Mars/Olympus" in loaded.problems[0]
    assert "Broken" in (tmp_path / "people.damaged-20260309-120000.json").read_text(encoding="utf-8")


def test_missing_file_with_a_backup_restores_from_it(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    me = first_launch("UTC")[0]
    save(path, [me, client("Old")])
    save(path, [me, client("New")])
    path.unlink()
    loaded = ProfileStore(path).load(system_zone="UTC", now=NOW)
    assert [p.name for p in loaded.profiles] == ["Me", "Old"]
    assert "restored" in loaded.problems[0]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"zone": "New York"}, "zone"),
        ({"hours": "weekdays 9-5"}, "hours"),
        ({"language": "English"}, "language"),
        ({"holidays": "Bavaria"}, "holidays"),
    ],
)
def test_problems_name_the_field(changes: dict[str, object], field: str) -> None:
    assert list(client(**changes).problems()) == [field]


def test_unknown_zone_has_no_person_yet() -> None:
    assert client(zone=None).person() is None
    assert client().person() is not None
