"""Names as people have them, zones found however "i" is written, and files read as their tools wrote
them: a byte-order mark, a format number written 2.0, a key given twice (read, and said), a system zone
setting that names no zone (said, not silently UTC)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.profiles import Profile, ProfileStore, load, save
from app.zones import load_zone
from app.zonesearch import search_zones

NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
ME = {"id": "me", "name": "Aiko", "zone": "Asia/Tokyo", "hours": "mon-fri 19:00-24:00"}
ACME = {"id": "acme", "name": "Acme", "zone": "Europe/Berlin", "hours": "mon-fri 09:00-17:00"}
NAMES = [
    "نیک\u200cنام",  # Niknam: a Persian name whose parts a zero-width non-joiner keeps apart
    "\U0001f469\u200d\U0001f4bb Studio",  # woman technologist: an emoji sequence held by a zero-width joiner
    "\U0001f3f3\ufe0f\u200d\U0001f308 Pride Café",  # a variation selector inside a flag sequence
    "Ana\u00a0María",  # a no-break space
    "Zoë\u0301",  # a combining mark
    "Şükrü Iğdır",
]


@pytest.mark.parametrize("name", NAMES)
def test_names_people_have_are_accepted_and_kept(tmp_path: Path, name: str) -> None:
    client = Profile(id="c", name=name, zone="Asia/Tehran", hours="sat-wed 09:00-17:00")
    assert client.problems() == {}
    me = Profile(**{**ME, "is_me": True})
    save(tmp_path / "profiles.json", [me, client])
    loaded = load(tmp_path / "profiles.json", system_zone="UTC", now=NOW)
    assert loaded.problems == ()
    assert loaded.profiles[1].name == name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Acme\x07", "U+0007"),
        ("Acme\x85", "U+0085"),
        ("Acme\u202eHbmG", "U+202E"),
        ("\u2066Acme", "U+2066"),
        ("\ufeffAcme", "U+FEFF"),
        ("Acme\ud800", "U+D800"),
    ],
)
def test_controls_overrides_broken_halves_and_the_bom_are_refused(name: str, code: str) -> None:
    problems = Profile(id="c", name=name, zone=None, hours="mon-fri 09:00-17:00").problems()
    assert problems == {"name": f"the name contains a control character ({code}); remove it"}


@pytest.mark.parametrize("typed", ["ıstanbul", "İstanbul", "ISTANBUL", "istanbul"])
def test_zone_search_folds_dotted_and_dotless_i(typed: str) -> None:
    assert "Europe/Istanbul" in [entry.key for entry in search_zones(typed, now=NOW)[:3]]


def test_a_zone_name_in_another_case_matches_with_either_i() -> None:
    assert load_zone("europe/ıstanbul").key == "Europe/Istanbul"
    assert load_zone("EUROPE/İSTANBUL").key == "Europe/Istanbul"


def test_a_file_starting_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"schema": 2, "me": ME, "clients": [ACME]}).encode())
    loaded = load(path, system_zone="UTC", now=NOW)
    assert loaded.problems == ()
    assert [p.name for p in loaded.profiles] == ["Aiko", "Acme"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profiles.json"]


@pytest.mark.parametrize(("schema", "version"), [(2.0, 2), (1.0, 1)])
def test_a_format_number_written_as_a_whole_float_is_read(
    tmp_path: Path, schema: float, version: int
) -> None:
    path = tmp_path / "profiles.json"
    if version == 1:
        document = {"schema": schema, "people": [{**ME, "is_me": True}, ACME]}
    else:
        document = {"schema": schema, "me": ME, "clients": [ACME]}
    path.write_text(json.dumps(document), encoding="utf-8")
    loaded = load(path, system_zone="UTC", now=NOW)
    assert loaded.problems == ()
    assert (loaded.version, [p.name for p in loaded.profiles]) == (version, ["Aiko", "Acme"])


def test_a_key_given_twice_is_read_last_wins_and_said(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    client = '{"id": "a", "name": "Acme Old", "name": "Acme", "zone": "UTC", "hours": "mon-fri 09:00-17:00"}'
    raw = ('{"schema": 2, "me": ' + json.dumps(ME) + ', "clients": [' + client + "]}").encode()
    path.write_bytes(raw)
    loaded = load(path, system_zone="UTC", now=NOW)
    assert [p.name for p in loaded.profiles] == ["Aiko", "Acme"]
    assert len(loaded.problems) == 1
    assert "fields given more than once (name): the last of each was used" in loaded.problems[0]
    assert "hours" not in loaded.problems[0], "nothing else was repaired"
    assert len(loaded.kept) == 1
    assert loaded.kept[0].read_bytes() == raw, "the file as it was, with both values, is kept"


@pytest.mark.parametrize("tz", ["EST5EDT,M3.2.0,M11.1.0", "Mars/Olympus_Mons", ""])
def test_a_system_zone_that_names_no_zone_is_said_not_silently_utc(tmp_path: Path, tz: str) -> None:
    loaded = ProfileStore(tmp_path / "profiles.json").load(system_zone=tz, now=NOW)
    assert loaded.first_launch
    assert loaded.profiles[0].zone == "UTC"
    assert len(loaded.problems) == 1
    assert "names no zone Coretime knows, so your own hours are on UTC for now" in loaded.problems[0]
    assert loaded.needs_save, "the first launch is still saved"


def test_a_known_system_zone_starts_quietly(tmp_path: Path) -> None:
    loaded = load(tmp_path / "profiles.json", system_zone="Asia/Tehran", now=NOW)
    assert (loaded.problems, loaded.profiles[0].zone) == ((), "Asia/Tehran")
