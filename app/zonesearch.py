"""Finding a time zone by what a person types: a city in English or Japanese ("New York", "東京"),
an abbreviation ("EST", "JST"), a zone's common name ("Eastern Time") or an IANA name.

The index is built from the IANA database and CLDR (through Babel) on first use — not at import,
so the app starts without paying for it.
"""

from __future__ import annotations

import unicodedata
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.zones import fold_case

PROMINENT = (
    "America/New_York",
    "America/Los_Angeles",
    "America/Chicago",
    "America/Denver",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Asia/Shanghai",
    "Australia/Sydney",
    "Asia/Singapore",
    "America/Sao_Paulo",
    "America/Toronto",
    "Asia/Seoul",
    "Asia/Dubai",
    "UTC",
)
"""Where several zones match equally well (``EST``), these come first: where most clients are."""
_SKIPPED_PREFIXES = ("Etc/", "SystemV/", "US/", "posix", "right", "Canada/", "Brazil/", "Chile/", "Mexico/")


@dataclass(frozen=True, slots=True)
class ZoneEntry:
    """One canonical zone and the words that find it."""

    key: str
    city: str
    city_ja: str
    name: str
    abbreviations: tuple[str, ...]
    terms: tuple[str, ...]

    @property
    def label(self) -> str:
        """``New York (東京 …) — America/New_York``: what a picker lists."""
        local = f" · {self.city_ja}" if self.city_ja and self.city_ja != self.city else ""
        abbrs = f" · {'/'.join(self.abbreviations)}" if self.abbreviations else ""
        return f"{self.city}{local} — {self.key}{abbrs}"


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "sao paulo" finds "São Paulo" and "ıstanbul" (dotless i)
    finds "Istanbul"; CJK text is unchanged."""
    decomposed = unicodedata.normalize("NFKD", fold_case(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("_", " ").strip()


def _abbreviations(zone: ZoneInfo, year: int) -> tuple[str, ...]:
    found: list[str] = []
    for month in (1, 7):
        name = datetime(year, month, 15, 12, tzinfo=UTC).astimezone(zone).tzname() or ""
        # tzdata writes "+09" where no abbreviation is in common use; only letters are worth matching.
        if name.isalpha() and name not in found:
            found.append(name)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class ZoneIndex:
    entries: tuple[ZoneEntry, ...]

    def search(self, query: str, limit: int = 30) -> list[ZoneEntry]:
        """Zones matching ``query``: exact words first, then words that start with it, then the rest."""
        wanted = fold(query)
        if not wanted:
            return []
        scored: list[tuple[int, int, str, ZoneEntry]] = []
        for entry in self.entries:
            best = None
            for term in entry.terms:
                if term == wanted:
                    rank = 0
                elif term.startswith(wanted) or any(w.startswith(wanted) for w in term.split(" ")):
                    rank = 1
                elif wanted in term:
                    rank = 2
                else:
                    continue
                best = rank if best is None else min(best, rank)
            if best is not None:
                prominence = PROMINENT.index(entry.key) if entry.key in PROMINENT else len(PROMINENT)
                scored.append((best, prominence, entry.key, entry))
        scored.sort(key=lambda item: item[:3])
        return [item[3] for item in scored[:limit]]

    def get(self, key: str) -> ZoneEntry | None:
        return next((e for e in self.entries if e.key == key), None)


@lru_cache(maxsize=2)
def zone_index(year: int) -> ZoneIndex:
    """The index, with abbreviations as used in ``year`` (they change rarely, but they do change)."""
    from babel.core import get_global  # noqa: PLC0415 — Babel's CLDR data loads only when searched
    from babel.dates import get_timezone_location, get_timezone_name  # noqa: PLC0415

    aliases: dict[str, list[str]] = {}
    for alias, canonical in get_global("zone_aliases").items():
        aliases.setdefault(canonical, []).append(alias)
    keys = sorted(
        k for k in zoneinfo.available_timezones() if "/" in k and not k.startswith(_SKIPPED_PREFIXES)
    )
    canonical_keys = [k for k in keys if k not in get_global("zone_aliases")] + ["UTC"]
    entries = []
    for key in canonical_keys:
        zone = ZoneInfo(key)
        if key == "UTC":
            city, city_ja, name = "UTC", "協定世界時", "Coordinated Universal Time"
        else:
            city = get_timezone_location(zone, locale="en", return_city=True)
            city_ja = get_timezone_location(zone, locale="ja", return_city=True)
            name = get_timezone_name(zone, "long", locale="en", zone_variant="generic")
        abbrs = _abbreviations(zone, year)
        words = [city, city_ja, name, key, key.rsplit("/", 1)[-1], *abbrs, *aliases.get(key, ())]
        terms = tuple(dict.fromkeys(fold(w) for w in words if w))
        entries.append(ZoneEntry(key, city, city_ja, name, abbrs, terms))
    return ZoneIndex(tuple(entries))


def search_zones(query: str, *, now: datetime, limit: int = 30) -> list[ZoneEntry]:
    """Zones matching ``query``, best first, with abbreviations as used in ``now``'s year.

    >>> [e.key for e in search_zones("東京", now=datetime(2026, 1, 1, tzinfo=UTC))]
    ['Asia/Tokyo']
    """
    return zone_index(now.year).search(query, limit)
