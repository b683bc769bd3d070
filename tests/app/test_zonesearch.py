"""Zone search finds a zone by city (English or Japanese), abbreviation, common name or IANA name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.zonesearch import fold, search_zones

NOW = datetime(2026, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("New York", "America/New_York"),
        ("new york", "America/New_York"),
        ("Berlin", "Europe/Berlin"),
        ("東京", "Asia/Tokyo"),
        ("Tokyo", "Asia/Tokyo"),
        ("ニューヨーク", "America/New_York"),
        ("EST", "America/New_York"),
        ("JST", "Asia/Tokyo"),
        ("America/New_York", "America/New_York"),
        ("asia/kathmandu", "Asia/Kathmandu"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("Calcutta", "Asia/Kolkata"),
        ("Eastern Time", "America/New_York"),
        ("utc", "UTC"),
    ],
)
def test_finds(query: str, first: str) -> None:
    assert search_zones(query, now=NOW)[0].key == first


def test_ambiguous_abbreviations_list_every_zone_that_uses_them() -> None:
    keys = [e.key for e in search_zones("IST", now=NOW)]
    assert {"Asia/Kolkata", "Asia/Jerusalem", "Europe/Dublin"} <= set(keys)


def test_aliases_are_folded_into_their_zone() -> None:
    keys = [e.key for e in search_zones("Kolkata", now=NOW)]
    assert keys == ["Asia/Kolkata"]


def test_nothing_for_nothing() -> None:
    assert search_zones("  ", now=NOW) == []
    assert search_zones("Atlantis Standard", now=NOW) == []


def test_fold_ignores_case_accents_and_underscores() -> None:
    assert fold("São_Paulo") == "sao paulo"
    assert fold("東京") == "東京"
