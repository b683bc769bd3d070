"""A save encodes only the people that changed: the text is the same as encoding everyone afresh."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.profiles import (
    Encoded,
    Profile,
    ProfileError,
    ProfileStore,
    document_text,
    profiles_text,
    to_document,
)

ME = Profile(id="me", name="Me", zone="Asia/Tokyo", hours="mon-fri 19:00-24:00", is_me=True)
names = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=12).filter(str.strip)


def clients(count: int) -> list[Profile]:
    return [
        Profile(id=f"c{n}", name=f"Client {n}", zone="Europe/Berlin", hours="mon-fri 09:00-17:00")
        for n in range(count)
    ]


@given(
    st.integers(0, 6),
    st.lists(st.tuples(st.integers(0, 10), names, st.text(max_size=20)), max_size=6),
)
def test_the_text_with_kept_encodings_is_the_text_of_everyone_encoded(
    count: int, edits: list[tuple[int, str, str]]
) -> None:
    people = [ME, *clients(count)]
    kept: Encoded = {}
    assert profiles_text(people, encoded=kept) == document_text(to_document(people))
    for row, name, notes in edits:
        if row < len(people) - 1:
            people[row + 1] = replace(people[row + 1], name=name, notes=notes)
        else:
            people.append(Profile(id=f"new{row}", name=name, zone="UTC", hours="daily 09:00-17:00"))
        assert profiles_text(people, encoded=kept) == document_text(to_document(people))
        assert {id(p) for p in people} == set(kept)  # the removed and replaced ones are let go


def test_an_edit_saved_through_the_store_is_read_back_with_the_others_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    store = ProfileStore(path)
    people = [ME, *clients(50)]
    store.save(people)
    people[20] = replace(people[20], notes="Prefers mornings.")
    people.append(Profile(id="late", name="Late", zone="America/Lima", hours="mon-fri 09:00-17:00"))
    store.save(people)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["clients"][19]["notes"] == "Prefers mornings."
    assert document["clients"][18]["notes"] == ""
    assert [c["id"] for c in document["clients"]] == [p.id for p in people[1:]]
    assert path.read_text(encoding="utf-8") == document_text(to_document(people))


def test_an_invalid_person_is_refused_even_with_the_others_kept() -> None:
    people = [ME, *clients(3)]
    kept: Encoded = {}
    profiles_text(people, encoded=kept)
    people[2] = replace(people[2], zone="Mars/Crater")
    with pytest.raises(ProfileError):
        profiles_text(people, checked=[ME, *people[1:2], *people[3:]], encoded=kept)


# --- reading: a sound client is read as the repairing reader reads it ----------------------------------
field_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 2),
    st.sampled_from(["", "x", "Europe/Berlin", "Mars/Crater", "mon-fri 09:00-17:00", "25:00", "en_US"]),
    st.sampled_from(["US", "DE-BY", "c1", "\x07", "Ann\u202e", "2026-01-05", "\ud800"]),
)
raw_clients = st.dictionaries(
    st.sampled_from(
        [
            *("id", "name", "zone", "hours", "language", "holidays", "notes", "is_sample", "greet_as"),
            *("days_off", "away", "colour"),
        ]
    ),
    field_values,
)
sound_clients = st.fixed_dictionaries(
    {"id": st.just("c1"), "name": st.just("Ann"), "hours": st.just("mon-fri 09:00-17:00")},
    optional={
        "zone": st.sampled_from([None, "Europe/Berlin", "Asia/Tokyo"]),
        "language": st.just("ja_JP"),
        "holidays": st.sampled_from([None, "US"]),
        "notes": st.text(max_size=10),
        "is_sample": st.booleans(),
        "greet_as": st.sampled_from([None, "Dr Ann"]),
    },
)


@given(st.one_of(raw_clients, sound_clients))
def test_a_client_read_at_speed_is_the_client_the_repairing_reader_reads(raw: dict[str, object]) -> None:
    from app import profiles

    me = profiles.first_launch("UTC")[0]
    quick_repairs: list[object] = []
    quick = profiles._salvage_person(raw, 1, me=me, repairs=quick_repairs, samples=profiles.ENGLISH_SAMPLES)
    slow_repairs: list[object] = []
    sound = profiles._sound_client
    profiles._sound_client = lambda _raw: None  # type: ignore[assignment]
    try:
        slow = profiles._salvage_person(raw, 1, me=me, repairs=slow_repairs, samples=profiles.ENGLISH_SAMPLES)
    finally:
        profiles._sound_client = sound
    assert quick_repairs == slow_repairs
    if slow_repairs:
        shaped = sound(raw)
        assert shaped is None or shaped[1], "whatever needs a repair goes the repairing way"
    elif "id" in raw and raw["id"] == slow.id:
        assert quick == slow
