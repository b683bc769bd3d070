"""The per-profile cache of planner views: the same answers as Profile.person(), worked out once."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from app.person_cache import PersonCache
from app.profiles import Profile
from tests.strategies import zone_names

HOURS = ["mon-fri 09:00-17:00", "daily 08:00-12:00", "sun-thu 10:00-18:00"]


@given(
    st.lists(
        st.tuples(st.one_of(st.none(), zone_names), st.sampled_from(HOURS), st.booleans()),
        min_size=1,
        max_size=8,
    )
)
def test_every_person_is_what_the_profile_says(rows: list[tuple[str | None, str, bool]]) -> None:
    cache = PersonCache()
    profiles = [
        Profile(id=f"p{n}", name=f"Client {n}", zone=zone, hours=hours, holidays="US" if us else None)
        for n, (zone, hours, us) in enumerate(rows)
    ]
    for _ in range(2):  # worked out, then remembered: the same both times
        assert [cache.person(p) for p in profiles] == [p.person() for p in profiles]


def test_an_edited_profile_is_worked_out_again_and_the_others_are_kept() -> None:
    cache = PersonCache()
    sarah = Profile(id="s", name="Sarah", zone="Europe/Berlin", hours="mon-fri 09:00-17:00")
    jonas = Profile(id="j", name="Jonas", zone="Asia/Tokyo", hours="mon-fri 09:00-17:00")
    kept = cache.person(jonas)
    before = cache.person(sarah)
    moved = replace(sarah, zone="America/New_York")
    after = cache.person(moved)
    assert before is not None
    assert after is not None
    assert before.zone_name == "Europe/Berlin"
    assert after.zone_name == "America/New_York"
    assert cache.person(jonas) is kept


def test_keep_only_forgets_the_profiles_no_longer_in_use() -> None:
    cache = PersonCache()
    sarah = Profile(id="s", name="Sarah", zone="Europe/Berlin", hours="mon-fri 09:00-17:00")
    jonas = Profile(id="j", name="Jonas", zone="Asia/Tokyo", hours="mon-fri 09:00-17:00")
    cache.person(sarah)
    cache.person(jonas)
    cache.keep_only([jonas])
    assert len(cache) == 1
    zone_unknown = Profile(id="u", name="U", zone=None, hours="mon-fri 09:00-17:00")
    assert cache.person(zone_unknown) is None
    assert len(cache) == 2
