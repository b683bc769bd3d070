"""A chosen zone told plainly (its place, id and offsets over the year), and the proposal language of its
country from CLDR."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from babel.core import get_global
from babel.languages import get_official_languages
from hypothesis import given, settings
from hypothesis import strategies as st

from app.proposal import resolve_locale
from app.templates import supported_locales
from app.zonechoice import year_offsets, zone_language, zone_summary
from app.zones import load_zone
from tests.strategies import zone_names

NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)


def test_the_summary_names_the_place_the_id_and_both_offsets() -> None:
    assert zone_summary("America/New_York", "New York", NOW) == "New York (America/New_York, UTC−5/−4)"
    assert (
        zone_summary("America/New_York", "ニューヨーク", NOW) == "ニューヨーク (America/New_York, UTC−5/−4)"
    )
    assert zone_summary("Australia/Lord_Howe", "Lord Howe", NOW) == (
        "Lord Howe (Australia/Lord_Howe, UTC+10:30/+11)"
    )
    assert zone_summary("Asia/Kathmandu", "Kathmandu", NOW) == "Kathmandu (Asia/Kathmandu, UTC+5:45)"
    assert zone_summary("UTC", None, NOW) == "UTC (UTC+0)"


@settings(max_examples=40, deadline=None)
@given(zone_names, st.integers(min_value=0, max_value=10 * 365))
def test_the_offsets_are_every_offset_the_clock_shows_in_the_year(key: str, days: int) -> None:
    """Against every hour of the year: only a change undone within a day could escape the noon readings."""
    zone = load_zone(key)
    now = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=days)
    start = datetime.combine(now.astimezone(zone).date(), datetime.min.time(), zone).astimezone(UTC)
    hourly = {(start + timedelta(hours=h)).astimezone(zone).utcoffset() for h in range(12, 366 * 24, 24)}
    assert set(year_offsets(key, now)) == hourly
    assert list(year_offsets(key, now)) == sorted(hourly)  # type: ignore[type-var]


def test_the_proposal_language_is_the_country_s() -> None:
    templates = supported_locales()
    assert zone_language("Europe/Berlin", templates) == "de_DE"
    assert zone_language("America/Sao_Paulo", templates) == "pt_BR"
    assert zone_language("Asia/Tokyo", templates) == "ja_JP"
    assert zone_language("America/New_York", templates) == "en_US"
    assert zone_language("Asia/Kolkata", templates) == "en_IN", "Hindi has no template: the next language"
    assert zone_language("Europe/Lisbon", templates) is None, "pt_BR's template writes Brazil's only"
    assert zone_language("UTC", templates) is None


@settings(max_examples=60, deadline=None)
@given(zone_names)
def test_every_zone_s_language_is_official_there_and_has_a_template(key: str) -> None:
    found = zone_language(key, supported_locales())
    territory = get_global("zone_territories").get(key)
    if found is None:
        return
    language, country = found.split("_")
    assert country == territory
    assert language in get_official_languages(territory, de_facto=True)
    assert resolve_locale(found) == found
