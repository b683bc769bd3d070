"""The proposal a freelancer pastes into a chat: meeting options in the client's language, zone and clock.

Dates and times come from CLDR through Babel for the chosen locale; the sentences
around them come from one JSON template per language in ``app/locales`` — data,
not code. Babel is imported inside the functions: it is heavy, and the rest of
the domain must stay quick to import.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

from app.clockchanges import offset_changes
from app.intervals import seconds
from app.messages import AppError, Listing, message
from app.overlap import inside_hours, zone_on
from app.people import Person
from app.ranking import Option
from app.templates import supported_locales as supported_locales  # noqa: PLC0414 — a re-export
from app.templates import template_names as _template_names
from app.zones import id_place, utc_offset

TEMPLATE_KEYS = frozenset(
    {
        "greeting",
        "greeting_named",
        "intro",
        "nothing_fits",
        "no_options",
        "bullet",
        "mine",
        "outside_mark",
        "zone_line",
        "zone_line_mine",
        "zone_label",
        "zone_label_offset_only",
        "clock_change",
        "clock_change_item",
        "closing",
        "closing_no_options",
        "signoff",
        "ask_zone",
        "ask_zone_named",
        "deliver_by",
        "convert_accept",
        "convert_counter",
        "convert_decline",
    }
)
_LOCALE = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}|\d{3}))?$")
MINUS = "\u2212"  # the minus sign, as in "UTC−5": unlike a hyphen it cannot be read as a dash


class LocaleError(AppError):
    """Raised for a locale Coretime has no template for, or that CLDR does not know."""


@lru_cache(maxsize=32)
def _template(name: str) -> dict[str, str]:
    text = (resources.files("app") / "locales" / f"{name}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict) or set(data) != TEMPLATE_KEYS:
        raise ValueError(f"template {name}.json must have exactly the keys {sorted(TEMPLATE_KEYS)}")
    return {str(k): str(v) for k, v in data.items()}


def resolve_locale(text: str) -> str:
    """The canonical locale name (``en_US``) for ``text`` (``en_US``, ``en-us``, ``de``), checked
    against CLDR and against the templates; a :class:`LocaleError` naming what is accepted otherwise."""
    from babel import localedata  # noqa: PLC0415 - Babel is heavy; see the module docstring

    if not isinstance(text, str):
        raise TypeError(f"Use str, not {type(text).__name__}.")
    accepted = Listing(
        tuple(
            message("locale.exact" if "_" in n else "locale.any", name=n)
            for n in sorted(_template_names(), key=str.lower)
        ),
        ", ",
    )
    match = _LOCALE.match(text.strip())
    shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text[:30])
    if not match:
        raise LocaleError("locale.not_a_locale", text=shown, accepted=accepted)
    language, territory = match.group(1).lower(), match.group(2)
    name = language if territory is None else f"{language}_{territory.upper()}"
    if not localedata.exists(name):
        raise LocaleError("locale.unknown", text=shown, accepted=accepted)
    if _template_for(name) is None:
        raise LocaleError("locale.no_template", name=name, accepted=accepted)
    return name


def _template_for(locale: str) -> str | None:
    names = _template_names()
    if locale in names:
        return locale
    language = locale.split("_", maxsplit=1)[0]
    return language if language in names else None


def template_texts(locale: str) -> dict[str, str]:
    """The sentences of the template that serves ``locale`` (``en_GB`` is served by ``en``)."""
    name = _template_for(locale)
    if name is None:
        raise LocaleError("locale.no_template_short", name=locale)
    return _template(name)


def plain(text: str) -> str:
    """``text`` with every kind of space made a plain space and invisible format characters removed,
    so that a chat box shows what CLDR meant (it uses narrow no-break spaces, thin spaces, bidi marks).

    >>> plain("9:00\\u2009–\\u20099:30\\u202fAM")
    '9:00 – 9:30 AM'
    """
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Zs":
            out.append(" ")
        elif category != "Cf":
            out.append(ch)
    return "".join(out)


def _clean_name(name: str | None) -> str | None:
    if name is None:
        return None
    cleaned = " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())
    return cleaned or None


def offset_text(offset: timedelta) -> str:
    """``UTC−5``, ``UTC+5:30``, ``UTC+0``.

    >>> offset_text(timedelta(hours=-3, minutes=-30))
    'UTC−3:30'
    """
    total = int(offset.total_seconds()) // 60
    sign = MINUS if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def city(zone: ZoneInfo, locale: str) -> str | None:
    """The zone's exemplar city in ``locale`` (``New York``, ``ニューヨーク``), or ``None`` for zones
    named by an offset or a rule (``UTC``, ``Etc/GMT+5``, ``EST5EDT``) that have no city."""
    from babel.dates import get_timezone_location  # noqa: PLC0415

    key = zone.key
    if "/" not in key or key.startswith("Etc/"):
        return None
    return plain(get_timezone_location(zone, locale=locale, return_city=True))


# French and Italian merge a preposition with the article that starts a city's name: "Le Caire" is "au
# Caire" and "du Caire", "Il Cairo" "al Cairo" and "del Cairo", "L’Avana" "all’Avana". Keyed by the
# language, then by the preposition before {city} in a template, then by the article. Spanish writes "de
# El Cairo" (the article of a proper name does not merge); the other templates' city names have none.
_MERGED: dict[str, dict[str, dict[str, str]]] = {
    "fr": {"à": {"Le ": "au ", "Les ": "aux "}, "de": {"Le ": "du ", "Les ": "des "}},
    "it": {
        "a": {
            "Il ": "al ",
            "Lo ": "allo ",
            "La ": "alla ",
            "L’": "all’",
            "I ": "ai ",
            "Gli ": "agli ",
            "Le ": "alle ",
        },
        "di": {
            "Il ": "del ",
            "Lo ": "dello ",
            "La ": "della ",
            "L’": "dell’",
            "I ": "dei ",
            "Gli ": "degli ",
            "Le ": "delle ",
        },
    },
}
_BEFORE_CITY = re.compile(r"(?<!\S)(\w+) \{city\}")


def with_city(template: str, zone: ZoneInfo, name: str, locale: str, **values: str) -> str:
    """``template`` with ``{city}`` filled by ``name``, the city of ``zone`` in ``locale``, merging the
    preposition before it with the name's article where the language does (``à {city}`` and ``Le Caire``
    give ``au Caire``). Only a name CLDR gives in the language itself can start with that language's
    article: ``La Paz``, taken from the zone's id, stays ``a La Paz`` in Italian.

    >>> with_city("à l'heure de {city}", ZoneInfo("Africa/Cairo"), "Le Caire", "fr_FR")
    "à l'heure du Caire"
    >>> with_city("per me a {city}", ZoneInfo("America/La_Paz"), "La Paz", "it_IT")
    'per me a La Paz'
    """
    rules = _MERGED.get(locale.split("_", 1)[0], {})
    before = _BEFORE_CITY.search(template)
    if before is not None and name != id_place(zone.key):
        for article, merged in rules.get(before.group(1), {}).items():
            if name.startswith(article) and len(name) > len(article):
                template = f"{template[: before.start()]}{merged}{{city}}{template[before.end() :]}"
                name = name[len(article) :]
                break
    return template.format(city=name, **values)


def zone_abbreviation(instant: datetime, zone: ZoneInfo, locale: str) -> str | None:
    """CLDR's short name when it is a real abbreviation (``EST``, ``BST``), not an offset like ``-0500``."""
    from babel.dates import get_timezone_name  # noqa: PLC0415

    name = get_timezone_name(instant.astimezone(zone), width="short", locale=locale)
    return name if name.isalpha() and 2 <= len(name) <= 5 and name != "UTC" else None


def zone_label(options: Sequence[Option], zone: ZoneInfo, locale: str) -> str:
    """How the zone line names ``zone``: its city and the offsets in force at the options."""
    texts = template_texts(locale)
    seen: list[str] = []
    for option in options:
        start = option.interval.start
        offset = utc_offset(start, zone)
        abbreviation = zone_abbreviation(start, zone, locale)
        item = offset_text(offset) if abbreviation is None else f"{abbreviation}, {offset_text(offset)}"
        if item not in seen:
            seen.append(item)
    offsets = "; ".join(seen)
    name = city(zone, locale)
    if name is None:
        return texts["zone_label_offset_only"].format(offsets=offsets)
    return with_city(texts["zone_label"], zone, name, locale, offsets=offsets)


def time_skeleton(locale: str) -> str:
    """``hm`` where the locale's own short time pattern uses a 12-hour clock, ``Hm`` otherwise."""
    from babel import Locale  # noqa: PLC0415

    pattern = Locale.parse(locale).time_formats["short"].pattern
    unquoted = re.sub(r"'[^']*'", "", pattern)
    return "hm" if ("h" in unquoted or "K" in unquoted) else "Hm"


def glue_date_time(locale: str, width: str, day: str, time: str) -> str:
    """A date and a time joined by the locale's own datetime pattern of ``width`` (``{1}, {0}``)."""
    from babel import Locale  # noqa: PLC0415

    return str(Locale.parse(locale).datetime_formats[width]).replace("{1}", day).replace("{0}", time)


def _time_range(option: Option, zone: ZoneInfo, locale: str) -> str:
    from babel.dates import format_interval  # noqa: PLC0415

    return format_interval(
        option.interval.start, option.interval.end, time_skeleton(locale), tzinfo=zone, locale=locale
    )


def option_text(option: Option, zone: ZoneInfo, locale: str) -> str:
    """``Tuesday, March 10, 2026, 9:00 – 9:30 AM``: the full date and the times on ``zone``'s clock."""
    from babel.dates import format_date  # noqa: PLC0415

    day = format_date(option.interval.start.astimezone(zone).date(), "full", locale=locale)
    return plain(glue_date_time(locale, "full", day, _time_range(option, zone, locale)))


def short_option_text(option: Option, zone: ZoneInfo, locale: str) -> str:
    """``Wed, Mar 11, 10:00 – 10:30 PM``: a compact form for the freelancer's own clock."""
    from babel.dates import format_skeleton  # noqa: PLC0415

    day = format_skeleton("MMMEd", option.interval.start.astimezone(zone).date(), locale=locale)
    return plain(glue_date_time(locale, "short", day, _time_range(option, zone, locale)))


def duration_text(duration: timedelta, locale: str) -> str:
    """``30 minutes``, ``1 hour``, ``90 minutes`` in ``locale``."""
    from babel.units import format_unit  # noqa: PLC0415

    minutes = int(duration.total_seconds() // 60)
    if minutes % 60 == 0:
        return plain(format_unit(minutes // 60, "duration-hour", length="long", locale=locale))
    return plain(format_unit(minutes, "duration-minute", length="long", locale=locale))


@dataclass(frozen=True, slots=True)
class ClockChange:
    """A zone's clocks change at ``at`` (UTC); ``day`` is the date on that zone's clock just after."""

    zone: ZoneInfo
    at: datetime
    day: date


def clock_changes(zones: Sequence[ZoneInfo], now: datetime, until: datetime) -> list[ClockChange]:
    """Every change of UTC offset in any of ``zones`` strictly after ``now`` and before ``until``."""
    found: list[ClockChange] = []
    seen: set[str] = set()
    for zone in zones:
        if zone.key in seen:
            continue
        seen.add(zone.key)
        for change in offset_changes(zone, seconds(now), seconds(until)):
            at = datetime.fromtimestamp(change.at, UTC)
            if now < at < until:
                found.append(ClockChange(zone, at, at.astimezone(zone).date()))
    return found


def clock_change_sentence(changes: Sequence[ClockChange], locale: str) -> str | None:
    """One sentence naming each zone whose clocks change and the dates, or ``None`` without changes."""
    from babel.dates import format_date  # noqa: PLC0415
    from babel.lists import format_list  # noqa: PLC0415

    if not changes:
        return None
    texts = template_texts(locale)
    by_zone: dict[str, list[ClockChange]] = {}
    for change in changes:
        by_zone.setdefault(change.zone.key, []).append(change)
    items = []
    for group in by_zone.values():
        zone = group[0].zone
        days = sorted({c.day for c in group})
        dates = format_list([format_date(d, "long", locale=locale) for d in days], locale=locale)
        name = city(zone, locale)
        item = texts["clock_change_item"]
        items.append(
            item.format(city=zone.key, dates=dates)
            if name is None
            else with_city(item, zone, name, locale, dates=dates)
        )
    return plain(texts["clock_change"].format(changes=format_list(items, locale=locale)))


def proposal_text(
    options: Sequence[Option],
    *,
    people: Sequence[Person],
    client: Person,
    locale: str,
    now: datetime,
    duration: timedelta,
    client_name: str | None = None,
    show_mine: bool = False,
) -> str:
    """The proposal: greeting, the options on the client's clock, the zone line, a clock-change
    sentence when any of ``people``'s clocks change between ``now`` and an option, and a closing
    line. ``people[0]`` is the freelancer, whose own times ``show_mine`` adds (on the clock they are on
    that day: another zone's while they are away on it). ``locale`` is a name
    that :func:`resolve_locale` accepts.

    The text tells the client only what concerns the client: an option outside *their* hours is marked
    so ("outside your usual hours"); whose else hours an option leaves is the freelancer's business
    (``Option.outside_hours`` is not read here)."""
    locale = resolve_locale(locale)
    texts = template_texts(locale)
    name = _clean_name(client_name)
    me = people[0] if people else client
    length = duration_text(duration, locale)
    greeting = texts["greeting_named"].format(name=name) if name else texts["greeting"]
    lines = [greeting, ""]
    if not options:
        lines += [texts["no_options"].format(duration=length), "", texts["closing_no_options"]]
        return _finish(lines, texts)
    ordered = sorted(options, key=lambda o: o.interval.start)
    outside = [not inside_hours(o.interval, client) for o in ordered]
    all_outside = all(outside)
    lines.append(texts["nothing_fits" if all_outside else "intro"].format(duration=length))
    lines.append("")
    for option, outside_client in zip(ordered, outside, strict=True):
        line = texts["bullet"] + option_text(option, client.zone, locale)
        if outside_client and not all_outside:
            line += " " + texts["outside_mark"]
        lines.append(line)
        if show_mine:
            # The freelancer's clock that day: another zone's while they are away on it.
            mine_zone = zone_on(me, option.interval.start.astimezone(me.zone).date())
            when = short_option_text(option, mine_zone, locale)
            name = city(mine_zone, locale)
            mine = (
                texts["mine"].format(
                    city=offset_text(utc_offset(option.interval.start, mine_zone)), when=when
                )
                if name is None
                else with_city(texts["mine"], mine_zone, name, locale, when=when)
            )
            lines.append("  " + mine)
    lines.append("")
    zone_line = texts["zone_line_mine" if show_mine else "zone_line"]
    lines.append(zone_line.format(zone=zone_label(options, client.zone, locale)))
    until = max(o.interval.end for o in options)
    sentence = clock_change_sentence(
        clock_changes([*(p.zone for p in people), client.zone], now, until), locale
    )
    if sentence:
        lines.append(sentence)
    lines.append(texts["closing"])
    return _finish(lines, texts)


def _finish(lines: list[str], texts: dict[str, str]) -> str:
    if texts["signoff"]:
        lines.append(texts["signoff"])
    return plain("\n".join(lines)).strip() + "\n"


def ask_zone_text(locale: str, client_name: str | None = None) -> str:
    """A polite, ready sentence asking the client for their time zone and usual working hours."""
    texts = template_texts(resolve_locale(locale))
    name = _clean_name(client_name)
    text = texts["ask_zone_named"].format(name=name) if name else texts["ask_zone"]
    return plain(text)
