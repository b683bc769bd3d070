"""Damaged people files: each is kept aside untouched, the user is told where, and whatever can be read
is kept — down to the single field. Older formats migrate forward from a committed sample of each."""

from __future__ import annotations

import errno
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.profiles import (
    DEFAULT_CLIENT_HOURS,
    SCHEMA_VERSION,
    Profile,
    ProfileStore,
    SaveRefused,
    load,
    save,
)

NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
SAMPLES = Path(__file__).parent / "samples"
STAMP = "20260309-120000"
ME = {"id": "me", "name": "Aiko", "zone": "Asia/Tokyo", "hours": "mon-fri 19:00-24:00", "language": "ja_JP"}
ACME = {
    "id": "acme",
    "name": "Acme",
    "zone": "Europe/Berlin",
    "hours": "mon-fri 09:00-17:00",
    "holidays": "DE",
}
BETA = {"id": "beta", "name": "Beta", "zone": "America/New_York", "hours": "mon-fri 09:00-12:00"}


def document(**changes: object) -> dict[str, Any]:
    doc: dict[str, Any] = {"schema": SCHEMA_VERSION, "me": dict(ME), "clients": [dict(ACME), dict(BETA)]}
    doc.update(changes)
    return doc


def write(path: Path, content: bytes | str | dict[str, Any]) -> bytes:
    data = (
        content
        if isinstance(content, bytes)
        else (content if isinstance(content, str) else json.dumps(content)).encode("utf-8")
    )
    path.write_bytes(data)
    return data


def kept_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name not in {"people.json", "people.json.bak"})


VALID = json.dumps(document()).encode("utf-8")
UNUSABLE: list[tuple[str, bytes, str]] = [
    ("truncated", VALID[: len(VALID) // 2], "is not complete JSON"),
    ("cut after one byte", VALID[:1], "is not complete JSON"),
    ("garbage", bytes(range(256)) * 4, "is not text"),
    ("empty", b"", "is empty"),
    ("only spaces", b"  \n\t ", "is empty"),
    ("zero bytes", b"\x00" * 4096, "is not complete JSON"),
    ("a list", b"[1, 2]", "is a list, not a Coretime people file"),
    ("a string", b'"people"', "is str, not a Coretime people file"),
    ("null", b"null", "is empty (null), not a Coretime people file"),
    ("no format number", b'{"people": []}', "has no format number"),
    ("format as text", b'{"schema": "2", "me": {}}', "has no format number"),
    ("format as true", b'{"schema": true}', "has no format number"),
    ("format 0", b'{"schema": 0}', "which no Coretime has written"),
    ("negative format", b'{"schema": -1}', "which no Coretime has written"),
    ("endless number", b'{"schema": 1' + b"0" * 5000 + b"}", "is not JSON Coretime can read"),
    ("deep nesting", b"[" * 100_000, "is not"),
    (
        "latin-1",
        json.dumps(document(), ensure_ascii=False).replace("Aiko", "Aïko").encode("latin-1"),
        "not text",
    ),
    ("a newer format", json.dumps({"schema": SCHEMA_VERSION + 1, "me": ME}).encode(), "newer Coretime"),
]


@pytest.mark.parametrize(("what", "data", "says"), UNUSABLE, ids=[u[0] for u in UNUSABLE])
def test_an_unusable_file_is_kept_aside_untouched_and_the_app_starts(
    tmp_path: Path, what: str, data: bytes, says: str
) -> None:
    path = tmp_path / "people.json"
    path.write_bytes(data)
    loaded = load(path, system_zone="Europe/Berlin", now=NOW)
    reason = "newer" if "newer" in what else "damaged"
    kept = tmp_path / f"people.{reason}-{STAMP}.json"
    assert loaded.kept == (kept,)
    assert kept.read_bytes() == data, "kept byte for byte"
    assert not path.exists(), "moved aside, so the next save cannot overwrite it"
    assert says in loaded.problems[0]
    assert str(kept) in loaded.problems[0], "the user is told where the file is"
    assert loaded.first_launch
    assert loaded.profiles[0].zone == "Europe/Berlin"
    save(path, loaded.profiles)
    assert kept.read_bytes() == data, "saving afresh leaves the kept file alone"


def test_a_damaged_file_falls_back_to_a_good_backup_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    write(path, document())
    save(path, load(path, system_zone="UTC", now=NOW).profiles)  # the good file becomes the backup
    damaged = write(path, VALID[:40])
    loaded = load(path, system_zone="UTC", now=NOW)
    assert [p.name for p in loaded.profiles] == ["Aiko", "Acme", "Beta"]
    assert loaded.needs_save
    assert not loaded.first_launch
    assert (tmp_path / f"people.damaged-{STAMP}.json").read_bytes() == damaged
    text = " ".join(loaded.problems)
    assert "is not complete JSON" in text
    assert f"restored from the backup {tmp_path / 'people.json.bak'}" in text


def test_a_damaged_backup_too_is_kept_aside_and_the_app_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    main = write(path, b"garbage")
    bak = write(tmp_path / "people.json.bak", b'{"schema": 2, "me": ')
    loaded = load(path, system_zone="UTC", now=NOW)
    assert loaded.first_launch
    assert [p.read_bytes() for p in loaded.kept] == [main, bak]
    assert "The backup is not complete JSON" in loaded.problems[1]
    assert "starts afresh" in loaded.problems[1]


def test_a_folder_where_the_file_should_be_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    path.mkdir()
    (path / "mine.txt").write_text("do not lose", encoding="utf-8")
    loaded = load(path, system_zone="UTC", now=NOW)
    kept = tmp_path / f"people.unreadable-{STAMP}.json"
    assert (kept / "mine.txt").read_text(encoding="utf-8") == "do not lose"
    assert "could not be read (Is a directory)" in loaded.problems[0]
    assert str(kept) in loaded.problems[0]
    ProfileStore(path).save(loaded.profiles)  # saving works again
    assert path.is_file()


def unreadable(*broken: Path) -> Any:
    """A reader for which ``broken`` fail as a disk or a permission would (root reads anything, so
    tests cannot rely on chmod 000)."""

    def read(path: Path) -> bytes:
        if path in broken:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return path.read_bytes()

    return read


def test_an_unreadable_file_is_moved_aside_and_the_backup_used(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    write(path, document())
    save(path, load(path, system_zone="UTC", now=NOW).profiles)
    original = path.read_bytes()
    store = ProfileStore(path, read=unreadable(path))
    loaded = store.load(system_zone="UTC", now=NOW)
    kept = tmp_path / f"people.unreadable-{STAMP}.json"
    assert kept.read_bytes() == original
    assert "could not be read (Permission denied)" in loaded.problems[0]
    assert [p.name for p in loaded.profiles] == ["Aiko", "Acme", "Beta"], "from the backup"
    store.save(loaded.profiles)


def test_a_file_neither_readable_nor_movable_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "people.json"
    original = write(path, document())

    def no_rename(*_: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "rename", no_rename)
    store = ProfileStore(path, read=unreadable(path, tmp_path / "people.json.bak"))
    loaded = store.load(system_zone="UTC", now=NOW)
    assert loaded.save_blocked
    assert "Changes are not saved" in loaded.problems[0]
    assert loaded.first_launch
    assert not loaded.needs_save
    with pytest.raises(SaveRefused, match="could not be read"):
        store.save(loaded.profiles)
    assert path.read_bytes() == original


def test_an_unusable_folder_is_reported_and_saving_fails_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "Coretime"
    folder.write_text("a file where the folder should be", encoding="utf-8")
    store = ProfileStore(folder / "people.json")
    loaded = store.load(system_zone="UTC", now=NOW)
    assert "Not a directory" in loaded.problems[0]
    with pytest.raises(OSError):  # noqa: PT011 — whichever OSError the platform gives, it is raised, not lost
        store.save(loaded.profiles)
    assert folder.read_text(encoding="utf-8") == "a file where the folder should be"


REPAIRS: list[tuple[str, dict[str, Any], str, list[str]]] = [
    (
        "hours as a number",
        document(clients=[{**ACME, "hours": 9}, BETA]),
        "hours were a number",
        ["Acme", "Beta"],
    ),
    (
        "hours unreadable",
        document(clients=[{**ACME, "hours": "9-5"}, BETA]),
        "'9-5': give the days",
        ["Acme", "Beta"],
    ),
    ("clients not a list", document(clients={"Acme": ACME}), "client list was an object", []),
    ("a client is text", document(clients=["Acme", BETA]), "client 1 was str", ["Beta"]),
    (
        "client without a name",
        document(clients=[{**ACME, "name": None}, BETA]),
        "Client 1",
        ["Client 1", "Beta"],
    ),
    (
        "control characters in a name",
        document(clients=[{**ACME, "name": "Ac\x1b[31mme\x00"}, BETA]),
        "control character",
        ["Ac[31mme", "Beta"],
    ),
    (
        "unknown zone",
        document(clients=[{**ACME, "zone": "Mars/Olympus"}, BETA]),
        "Mars/Olympus",
        ["Acme", "Beta"],
    ),
    (
        "zone as a list",
        document(clients=[{**ACME, "zone": ["Europe/Berlin"]}, BETA]),
        "was a list",
        ["Acme", "Beta"],
    ),
    (
        "bad language",
        document(clients=[{**ACME, "language": "Deutsch"}, BETA]),
        "not a locale",
        ["Acme", "Beta"],
    ),
    (
        "bad holidays",
        document(clients=[{**ACME, "holidays": "Bavaria"}, BETA]),
        "not a country",
        ["Acme", "Beta"],
    ),
    (
        "sample as text",
        document(clients=[{**ACME, "is_sample": "yes"}, BETA]),
        "sample mark was str",
        ["Acme", "Beta"],
    ),
    ("unknown person key", document(clients=[{**ACME, "colour": "red"}, BETA]), "colour", ["Acme", "Beta"]),
    ("unknown top key", document(theme="dark"), "theme", ["Acme", "Beta"]),
    ("me missing", document(me=None), "your own profile was empty", ["Acme", "Beta"]),
    ("my zone unknown", document(me={**ME, "zone": "Nowhere"}), "set to UTC", ["Acme", "Beta"]),
    (
        "broken character in notes",
        document(clients=[{**ACME, "notes": "a\ud800b"}, BETA]),
        "broken",
        ["Acme", "Beta"],
    ),
    (
        "huge name",
        document(clients=[{**ACME, "name": "A" * 5000}, BETA]),
        "longer than 100",
        ["A" * 100, "Beta"],
    ),
]


@pytest.mark.parametrize(("what", "doc", "says", "clients"), REPAIRS, ids=[r[0] for r in REPAIRS])
def test_one_bad_field_or_person_costs_only_itself(
    tmp_path: Path, what: str, doc: dict[str, Any], says: str, clients: list[str]
) -> None:
    path = tmp_path / "people.json"
    data = write(path, doc)
    loaded = load(path, system_zone="UTC", now=NOW)
    assert [p.name for p in loaded.profiles[1:]] == clients
    assert loaded.profiles[0].is_me
    assert all(not p.problems() for p in loaded.profiles), "every repaired profile is valid"
    kept = tmp_path / f"people.damaged-{STAMP}.json"
    assert kept.read_bytes() == data, "the file as it was is kept before anything is repaired"
    assert path.read_bytes() == data, "the file itself is not rewritten by loading"
    assert len(loaded.problems) == 1
    assert says in loaded.problems[0]
    assert str(kept) in loaded.problems[0]
    assert loaded.needs_save
    save(path, loaded.profiles)
    again = load(path, system_zone="UTC", now=NOW)
    assert again.problems == ()
    assert again.profiles == loaded.profiles


def test_repairs_keep_the_rest_of_a_person() -> None:
    doc = document(clients=[{**ACME, "hours": 9, "notes": "weekly sync"}])
    path = Path(__file__)  # never written: load only reads it through the reader below
    loaded = load(
        path / "x.json",
        system_zone="UTC",
        now=NOW,
        read=lambda p: json.dumps(doc).encode() if p.name == "x.json" else b"",
    )
    acme = loaded.profiles[1]
    assert (acme.zone, acme.holidays, acme.notes, acme.hours) == (
        "Europe/Berlin",
        "DE",
        "weekly sync",
        DEFAULT_CLIENT_HOURS,
    )


def test_loading_the_same_damaged_file_twice_keeps_one_copy(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    write(path, document(theme="dark"))
    first = load(path, system_zone="UTC", now=NOW)
    second = load(path, system_zone="UTC", now=datetime(2026, 3, 10, tzinfo=UTC))
    assert first.kept == second.kept
    assert len(kept_files(tmp_path)) == 1


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
person_fields = st.sampled_from(
    ["id", "name", "zone", "hours", "language", "holidays", "notes", "is_sample", "x"]
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    changes=st.lists(st.tuples(st.integers(0, 2), person_fields, json_values), max_size=6),
    drop=st.lists(st.tuples(st.integers(0, 2), person_fields), max_size=3),
)
def test_any_damage_to_fields_loads_and_saves_again(
    tmp_path_factory: pytest.TempPathFactory,
    changes: list[tuple[int, str, object]],
    drop: list[tuple[int, str]],
) -> None:
    doc = document()
    people = [doc["me"], *doc["clients"]]
    for index, key, value in changes:
        people[index][key] = value
    for index, key in drop:
        people[index].pop(key, None)
    path = tmp_path_factory.mktemp("fuzz") / "people.json"
    write(path, doc)
    loaded = load(path, system_zone="UTC", now=NOW)
    assert len(loaded.profiles) == 3, "nobody is lost to a bad field"
    assert all(not p.problems() for p in loaded.profiles)
    save(path, loaded.profiles)
    assert load(path, system_zone="UTC", now=NOW).profiles == loaded.profiles


def test_format_1_sample_migrates_forward(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    sample = (SAMPLES / "profiles-v1.json").read_bytes()
    path.write_bytes(sample)
    store = ProfileStore(path)
    loaded = store.load(system_zone="UTC", now=NOW)
    assert loaded.problems == ()
    assert loaded.needs_save
    assert loaded.version == 1
    assert [(p.name, p.zone, p.is_me, p.is_sample) for p in loaded.profiles] == [
        ("Aiko", "Asia/Tokyo", True, False),
        ("Sample client", "America/New_York", False, True),
        ("Acme GmbH", "Europe/Berlin", False, False),
        ("Ana (Upwork)", None, False, False),
    ]
    acme = loaded.profiles[2]
    assert (acme.language, acme.holidays) == ("de_DE", "DE-BY")
    assert acme.notes == "Sprint review Thursdays.\nInvoices to billing@acme.example."
    assert acme.hours == "mon-thu 09:00-12:00 13:00-17:00; fri 09:00-14:00"
    assert loaded.kept == ()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profiles.json"], "reading alone writes nothing"
    store.save(loaded.profiles)
    kept = tmp_path / f"profiles.v1-{STAMP}.json"
    assert kept.read_bytes() == sample, "before the first save, a copy an older Coretime can still read"
    store.save(loaded.profiles)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profiles.json", "profiles.json.bak", kept.name]
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["schema"] == SCHEMA_VERSION == 4
    assert written["me"]["name"] == "Aiko"
    assert "is_me" not in written["me"]
    assert load(path, system_zone="UTC", now=NOW).profiles == loaded.profiles


def test_format_1_without_the_freelancer_gets_one_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    people = [{**ACME, "is_me": False}, {**BETA, "is_me": False}]
    write(path, {"schema": 1, "people": people})
    loaded = load(path, system_zone="Asia/Tokyo", now=NOW)
    assert [p.name for p in loaded.profiles] == ["Me", "Acme", "Beta"]
    assert loaded.profiles[0].zone == "Asia/Tokyo"
    assert "your own profile was empty" in loaded.problems[0]


def test_the_store_file_is_never_readable_by_others(tmp_path: Path) -> None:
    path = tmp_path / "new" / "people.json"
    save(path, [Profile(id="m", name="Me", zone="UTC", hours="mon 09:00-10:00", is_me=True)])
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    assert oct(path.parent.stat().st_mode & 0o777) == oct(0o700), "a new folder is private too"


def test_format_2_migrates_to_3_greeting_everyone_by_their_first_name(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    clients = [{**ACME, "name": "Sarah Miller"}, {**BETA, "name": "Jonas"}]
    original = write(path, {"schema": 2, "me": ME, "clients": clients})
    store = ProfileStore(path)
    loaded = store.load(system_zone="UTC", now=NOW)
    assert loaded.problems == ()
    assert loaded.version == 2
    assert loaded.needs_save
    assert [(p.greet_as, p.greeting_name) for p in loaded.profiles[1:]] == [(None, "Sarah"), (None, "Jonas")]
    store.save(loaded.profiles)
    assert (tmp_path / f"profiles.v2-{STAMP}.json").read_bytes() == original
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["schema"] == 4
    assert [c["greet_as"] for c in written["clients"]] == [None, None]


def test_a_greeting_name_is_kept_and_a_bad_one_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    clients = [{**ACME, "greet_as": "Ms Acme"}, {**BETA, "greet_as": ""}, {**BETA, "id": "b2", "greet_as": 7}]
    write(path, document(clients=clients))
    loaded = load(path, system_zone="UTC", now=NOW)
    greetings = [p.greeting_name for p in loaded.profiles[1:]]
    assert greetings == ["Ms Acme", "", "Beta"], "typed, none at all, and the name's first word"
    assert len(loaded.problems) == 1
    assert "greeting name was" in loaded.problems[0]
