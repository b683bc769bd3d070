"""What a chosen zone means to the person choosing it: its place, its id and its offsets over the coming
year (``New York (America/New_York, UTC−5/−4)``), and the proposal language its country speaks.

Babel is imported inside the functions that use it (see :mod:`app.proposal`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from app.proposal import offset_text
from app.zones import load_zone, noon_offsets


def year_offsets(key: str, now: datetime) -> tuple[timedelta, ...]:
    """The offsets from UTC ``key``'s clock shows at noon over the 366 days from ``now``, smallest first
    (standard time before summer time, in both hemispheres)."""
    zone = load_zone(key)
    first = now.astimezone(zone).date().toordinal()
    seconds = sorted(set(noon_offsets(zone, first, first + 365)))
    return tuple(timedelta(seconds=s) for s in seconds)


def offsets_text(offsets: Sequence[timedelta]) -> str:
    """``UTC−5/−4``, ``UTC+9``, ``UTC+10:30/+11``: the first offset in full, the others by their sign and
    hours."""
    texts = [offset_text(o) for o in offsets]
    return "/".join([texts[0], *(t.removeprefix("UTC") for t in texts[1:])]) if texts else ""


def zone_summary(key: str, place: str | None, now: datetime) -> str:
    """``New York (America/New_York, UTC−5/−4)``; ``UTC (UTC+0)`` for a zone without a place.

    >>> from datetime import UTC
    >>> zone_summary("Asia/Tokyo", "東京", datetime(2026, 1, 1, tzinfo=UTC))
    '東京 (Asia/Tokyo, UTC+9)'
    """
    offsets = offsets_text(year_offsets(key, now))
    if not place or place == key:
        return f"{key} ({offsets})"
    return f"{place} ({key}, {offsets})"


def zone_language(key: str, templates: Sequence[str]) -> str | None:
    """The proposal language of the country ``key`` lies in, as a locale (``de_DE`` for Europe/Berlin,
    ``pt_BR`` for America/Sao_Paulo, ``ja_JP`` for Asia/Tokyo, ``en_US`` for America/New_York): CLDR's
    territory of the zone, then its official languages (de facto ones too), most spoken first, the first
    that one of ``templates`` writes (a language such as ``de`` writes any German locale, a locale such as
    ``pt_BR`` only itself). ``None`` for a zone without a country (``UTC``) or a country none is for."""
    from babel import localedata  # noqa: PLC0415
    from babel.core import get_global  # noqa: PLC0415
    from babel.languages import get_official_languages  # noqa: PLC0415

    territory = get_global("zone_territories").get(key)
    if territory is None or territory == "001":
        return None
    for language in get_official_languages(territory, de_facto=True):
        locale = f"{language}_{territory}"
        if (locale in templates or language in templates) and localedata.exists(locale):
            return locale
    return None
