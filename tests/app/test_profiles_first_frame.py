"""A load paused for a first frame (``begin_load``) reads the same people, repairs and notices as a whole
load, and its first part holds what a first frame shows: the freelancer, the first clients in the file,
and the selected ones that need no repair."""

from __future__ import annotations

import contextlib
import itertools
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import profiles
from app.profiles import Loaded, Profile, ProfileStore, begin_load, load

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
ME = {"id": "me", "name": "Me", "zone": "Asia/Tokyo", "hours": "mon-fri 19:00-24:00"}


def sound(number: int) -> dict[str, object]:
    return {
        "id": f"c{number}",
        "name": f"Client {number}",
        "zone": "Europe/Berlin",
        "hours": "mon-fri 09:00-17:00",
        "notes": "",
    }


# Clients as files hold them: mostly sound, some with a field to repair, an id twice or none, not a person.
damaged = st.sampled_from(
    [
        {"name": "Zone on Mars", "zone": "Mars/Crater", "hours": "mon-fri 09:00-17:00"},
        {"name": 7, "hours": "mon-fri 09:00-17:00"},
        {"name": "No hours"},
        {"name": "Bad hours", "hours": "25:00-26:00"},
        {"name": "Odd field", "hours": "mon 09:00-10:00", "colour": "red"},
        {"name": "Bidi\u202e", "hours": "mon 09:00-10:00"},
        "not a person",
        None,
    ]
)
ids = st.sampled_from(["c1", "c2", "c3", "me", "", 5, None])


@st.composite
def client_lists(draw: st.DrawFn) -> list[object]:
    found: list[object] = []
    for number in range(draw(st.integers(0, 14))):
        raw = draw(st.one_of(st.just(sound(number)), damaged))
        if isinstance(raw, dict):
            raw = dict(raw)
            if draw(st.booleans()):
                raw["id"] = draw(ids)  # an id another client has, an unusable one, or none
            elif "id" not in raw:
                raw["id"] = f"d{number}"
        found.append(raw)
    return found


@contextlib.contextmanager
def deterministic_ids() -> Iterator[None]:
    """New ids numbered from 1 afresh: two loads of one file give their repaired people the same ids."""
    counter = itertools.count(1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(profiles, "new_id", lambda: f"new{next(counter)}")
        yield


def loaded_both_ways(path: Path, first: int, wanted: list[str]) -> tuple[Loaded, Loaded, Loaded]:
    with deterministic_ids():
        whole = load(path, system_zone="UTC", now=NOW)
    with deterministic_ids():
        loading = begin_load(path, system_zone="UTC", now=NOW, first=first, wanted=wanted)
        began = loading.first
        finished = loading.finish()
    return whole, began, finished


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(clients=client_lists(), first=st.integers(0, 16), schema=st.sampled_from([3, 4]), data=st.data())
def test_a_paused_load_reads_what_a_whole_load_reads(
    tmp_path: Path, clients: list[object], first: int, schema: int, data: st.DataObject
) -> None:
    present = sorted({str(raw.get("id")) for raw in clients if isinstance(raw, dict)})
    wanted = data.draw(st.lists(st.sampled_from([*present, "me", "nobody"]), max_size=5), label="wanted")
    path = tmp_path / "profiles.json"
    for kept in tmp_path.glob("profiles.*-*.json"):
        kept.unlink()
    document = {"schema": schema, "me": ME, "clients": clients}
    if schema == 4:
        document["meetings"] = [{"uid": 3}]  # a meeting to leave out: its repair is told after the people's
    path.write_text(json.dumps(document), encoding="utf-8")
    whole, began, finished = loaded_both_ways(path, first, wanted)

    assert finished.profiles == whole.profiles
    assert finished.problems == whole.problems
    assert finished.needs_save == whole.needs_save
    assert finished.kept == whole.kept
    assert finished.meetings == whole.meetings == began.meetings
    # The first part: people of the whole load (the very same objects), in the file's order...
    position = {id(p): n for n, p in enumerate(finished.profiles)}
    assert all(id(p) in position for p in began.profiles)
    assert [position[id(p)] for p in began.profiles] == sorted(position[id(p)] for p in began.profiles)
    # ...the freelancer and everyone among the first clients...
    persons_first = sum(isinstance(raw, dict) for raw in clients[:first])
    assert began.profiles[: 1 + persons_first] == finished.profiles[: 1 + persons_first]
    # ...then only clients asked for by id, each needing no repair.
    for later in began.profiles[1 + persons_first :]:
        assert later.id in wanted
        raw = next(r for r in clients[first:] if isinstance(r, dict) and r.get("id") == later.id)
        assert raw.keys() <= sound(0).keys()
        assert later == Profile(**raw)
        assert later.problems() == {}
    # A load with nothing left to read is finished from the start, and tells everything at once.
    if first >= len(clients):
        assert began is finished


def test_a_selected_client_far_down_the_file_is_in_the_first_part(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    clients = [sound(n) for n in range(3_000)]
    path.write_text(json.dumps({"schema": 4, "me": ME, "clients": clients}), encoding="utf-8")
    loading = begin_load(path, system_zone="UTC", now=NOW, first=50, wanted=["c2999", "c10", "nobody"])
    names = [p.name for p in loading.first.profiles]
    assert names == ["Me", *(f"Client {n}" for n in range(50)), "Client 2999"]
    assert not loading.finished
    whole = loading.finish()
    assert [p.name for p in whole.profiles[1:]] == [f"Client {n}" for n in range(3_000)]
    assert whole.profiles[-1] is loading.first.profiles[-1]
    assert loading.finish() is whole  # read once


def test_a_repair_beyond_the_first_part_is_told_and_kept_aside_when_the_load_finishes(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    clients = [sound(n) for n in range(300)]
    clients[250] = {**clients[250], "zone": "Mars/Crater"}
    path.write_text(json.dumps({"schema": 4, "me": ME, "clients": clients}), encoding="utf-8")
    loading = begin_load(path, system_zone="UTC", now=NOW, first=200, wanted=["c250"])
    assert loading.first.problems == ()
    assert [p.name for p in loading.first.profiles][-1] == "Client 199"  # c250 waits for its repair
    assert list(tmp_path.glob("profiles.damaged-*.json")) == []
    finished = loading.finish()
    assert len(finished.problems) == 1
    assert "Client 250" in finished.problems[0]
    assert "Mars/Crater" in finished.problems[0]
    assert finished.profiles[251].zone is None
    assert finished.needs_save
    assert len(list(tmp_path.glob("profiles.damaged-*.json"))) == 1


def test_a_store_saves_onto_the_whole_load_even_when_asked_before_it_finished(tmp_path: Path) -> None:
    """Changes made to the file elsewhere are merged onto everyone read, not onto the first part."""
    path = tmp_path / "profiles.json"
    clients = [sound(n) for n in range(300)]
    path.write_text(json.dumps({"schema": 4, "me": ME, "clients": clients}), encoding="utf-8")
    store = ProfileStore(path)
    loading = store.begin_load(system_zone="UTC", now=NOW, first=10)
    people = list(loading.finish().profiles)
    elsewhere = json.loads(path.read_text(encoding="utf-8"))
    elsewhere["clients"][150]["notes"] = "Changed on the laptop."
    path.write_text(json.dumps(elsewhere), encoding="utf-8")
    people.append(Profile(id="new", name="Added here", zone="UTC", hours="mon-fri 09:00-17:00"))
    store.save(people)
    saved = json.loads(path.read_text(encoding="utf-8"))["clients"]
    assert len(saved) == 301
    assert saved[150]["notes"] == "Changed on the laptop."  # theirs: the window did not change it
    assert saved[-1]["name"] == "Added here"
