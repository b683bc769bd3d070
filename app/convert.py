"""Reading a time the way a client writes it ("Tuesday 3pm EST", "15h00 heure de Paris", "明日の15時") and
placing it on both clocks, with what was assumed, the other readings, and a reply in the client's language.

The clock time, the zone mention and numeric dates are read here (they are written with digits and a few
words that matter: am/pm, Uhr, 時, UTC+2, "my time"); the day in words (weekdays, "tomorrow", month names)
is read by ``dateparser`` in the client's language. Zones come from Coretime's own search: places through
:mod:`app.places`, abbreviations against the IANA database and CLDR, resolved towards the client's zone and
country. Nothing is guessed silently: every choice made is an assumption in the result, and every other
reading an alternative. ``dateparser`` and Babel are imported inside the functions: both are heavy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from app.intervals import Interval, Span, seconds
from app.messages import AppError, Message, message
from app.overlap import inside_hours
from app.people import Person
from app.zones import Edge, id_place, wall_seconds

MAX_LENGTH = 1000
"""Longer text is refused: a sentence from a chat is far shorter, and the reading stays quick."""
DEFAULT_MINUTES = 30
"""How long a meeting given by its start alone is taken to be, for the hours it must fit in."""
MAX_ALTERNATIVES = 4
LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "ja")
"""The languages of the proposal templates, as ``dateparser`` names them."""


class ConvertError(AppError):
    """Text that cannot be read as a day and time; the message quotes what could not be placed."""


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another reading of the same text: its instant and why it could be meant."""

    instant: datetime
    why: Message


@dataclass(frozen=True, slots=True)
class Reading:
    """What the text says: the meeting's interval, the zone it was read in and everything assumed."""

    interval: Interval
    zone_read: str
    """An IANA id (``America/New_York``) or a fixed offset (``UTC+05:30``)."""
    assumptions: tuple[Message, ...]
    alternatives: tuple[Alternative, ...]
    ranged: bool = False
    """Whether the text gave an end (``3–4pm``) rather than a start alone."""


@dataclass(frozen=True, slots=True)
class Conversion:
    """A reading judged against both people's hours and holidays, with the reply to send."""

    reading: Reading
    inside_my_hours: bool
    inside_client_hours: bool
    notes: tuple[Message, ...]
    reply: str
    options: tuple[Interval, ...] = field(default=())
    """The nearest times inside everyone's hours, offered in the reply when the asked time does not fit."""
    busy: bool = False
    """The freelancer is busy then: a meeting booked in Coretime or busy time in their calendars."""

    @property
    def instant(self) -> datetime:
        return self.reading.interval.start


# --- the text -------------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"Use str, not {type(text).__name__}.")
    if len(text) > MAX_LENGTH:
        raise ConvertError("convert.too_long", length=len(text), most=MAX_LENGTH)
    bad = next((ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t\r"), None)
    if bad is not None:
        raise ConvertError("convert.control_character", character=repr(bad)[1:-1])
    normal = unicodedata.normalize("NFKC", text)
    normal = "".join(" " if unicodedata.category(ch) in ("Zs", "Cc") else ch for ch in normal)
    normal = normal.replace("\u2212", "-")
    if not normal.strip():
        raise ConvertError("convert.empty")
    return normal


def quoted(text: str, limit: int = 60) -> str:
    """``text`` on one line and at most ``limit`` characters, for a message that quotes it."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit] + "…"


def _language(locale: str) -> str:
    return "pt" if locale.startswith("pt") else locale.split("_", 1)[0]


# --- the clock time -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Clock:
    start: int
    """Where it starts in the text, and where it ends."""
    end: int
    hour: int
    minute: int
    meridiem: str | None  # "am", "pm" or None for a 24-hour clock or an hour alone
    strong: bool  # written as a time (15:00, 3pm, 15 Uhr); a bare number only pairs in a range
    bare: bool = False  # an hour alone after "at", "um", "alle": a time, but of which half of the day?


_MERIDIEM = r"(?P<mer>[ap])\.?\s?m\b\.?"
_CLOCK = re.compile(
    r"(?P<pre>午前|午後)?(?<![\d:/])(?P<h>\d{1,2})(?!\d)"
    r"(?:(?P<sep>[:h]|\.(?=[0-5]\d(?!\d|\.\d)))\s?(?P<m>[0-5]\d)(?!\d))?"
    r"(?:\s?(?:" + _MERIDIEM + r"|(?P<suffix>(?:uhr|uur|h|heures?|horas?|hrs?|ore|o'clock)\b"
    r"(?!\s*(?:de|d['’]|du|des|do|da|del|di|in)\b))"
    r"|(?P<ji>時)(?:(?P<jm>\d{1,2})分|(?P<half>半))?))?",
    re.IGNORECASE,
)
_BEFORE_HOUR = re.compile(
    r"(?:\bat|\bum|\bà|\bas|\bàs|\ba las|\ba la|\balle|\bore|\bom|\bdalle|\bfrom|\bvon|\bde|\bdas|\bvan)\s*$",
    re.IGNORECASE,
)
_RANGE = re.compile(r"\s*(?:-|–|—|~|〜|to\b|until\b|till\b|bis\b|à\b|a\b|al\b|alle\b|tot\b|até\b|から)\s*")
_NOON = re.compile(
    r"\b(?:noon|midday|mittags?|midi|mediod[ií]a|meio-dia|mezzogiorno|middag)\b|正午|お昼",
    re.IGNORECASE,
)
_MIDNIGHT = re.compile(
    r"\b(?:midnight|mitternacht|minuit|medianoche|meia-noite|mezzanotte|middernacht)\b|深夜0時", re.I
)


def _clocks(text: str) -> list[_Clock]:
    found: list[_Clock] = []
    for match in _CLOCK.finditer(text):
        hour = int(match["h"])
        minute = int(match["m"] or match["jm"] or (30 if match["half"] else 0))
        meridiem = None
        if match["mer"]:
            meridiem = "am" if match["mer"].lower() == "a" else "pm"
        elif match["pre"]:
            meridiem = "am" if match["pre"] == "午前" else "pm"
        separator = match["sep"]
        strong = bool(meridiem or match["suffix"] or match["ji"] or separator)
        if separator == "." and not (match["suffix"] or meridiem) and minute % 15:
            strong = False  # 8.12 is a date more often than twelve past eight
        bare = False
        if not strong and _BEFORE_HOUR.search(text[: match.start()]):
            strong = bare = True  # "at 3", "um 15", "alle 15"
        lowest = 0 if match["pre"] else 1  # 午前0時 is midnight; 0 AM is no time
        if minute > 59 or (meridiem and not lowest <= hour <= 12) or hour > 24 or (hour == 24 and minute):
            if strong:
                raise ConvertError("convert.bad_time", text=quoted(match.group(0).strip()))
            continue
        found.append(_Clock(match.start(), match.end(), hour % 24, minute, meridiem, strong, bare))
    for pattern, hour in ((_NOON, 12), (_MIDNIGHT, 0)):
        for match in pattern.finditer(text):
            found.append(_Clock(match.start(), match.end(), hour, 0, None, True))
    return sorted(found, key=lambda c: c.start)


def _minutes(clock: _Clock, meridiem: str | None) -> int:
    hour = clock.hour
    if meridiem == "am" and hour == 12:
        hour = 0
    elif meridiem == "pm" and hour < 12:
        hour += 12
    return hour * 60 + clock.minute


@dataclass(frozen=True, slots=True)
class _Time:
    start: int  # minutes after 00:00
    end: int | None  # minutes after 00:00 of the same day (may pass 1440), or None
    spans: tuple[tuple[int, int], ...]  # where the text said it
    others: tuple[str, ...]
    bare: str | None = None  # an hour alone from 1 to 12 ("at 3"), as written


def _time(text: str) -> _Time | None:
    clocks = _clocks(text)
    readings: list[tuple[int, int | None, tuple[int, int]]] = []
    bare: list[str | None] = []
    used: set[int] = set()
    for i, first in enumerate(clocks):
        if i in used:
            continue
        second = clocks[i + 1] if i + 1 < len(clocks) else None
        between = text[first.end : second.start] if second else ""
        if second and (first.strong or second.strong) and _RANGE.fullmatch(between):
            used |= {i, i + 1}
            end = _minutes(second, second.meridiem)
            if first.meridiem or second.meridiem is None:
                start = _minutes(first, first.meridiem)
            else:  # "3–4pm", "11–12pm", "11–1pm": the start's half of the day that puts it shortest before
                start = min(
                    (_minutes(first, m) for m in ("am", "pm")),
                    key=lambda s: (end - s) % 1440 or 1440,
                )
            if end <= start:
                end += 1440
            readings.append((start, end, (first.start, second.end)))
            bare.append(None)
        elif first.strong:
            used.add(i)
            readings.append((_minutes(first, first.meridiem), None, (first.start, first.end)))
            bare.append(
                text[first.start : first.end].strip() if first.bare and 1 <= first.hour <= 12 else None
            )
    if not readings:
        return None
    first_start, first_end, _ = readings[0]
    others = tuple(quoted(text[s:e].strip()) for _, _, (s, e) in readings[1:])
    return _Time(first_start, first_end, tuple(r[2] for r in readings), others, bare[0])


def _clock_text(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


# --- the zone -------------------------------------------------------------------------------------------


_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>[0-5]\d))?(?!\d)", re.I)
_UTC = re.compile(r"\b(?:UTC|Z)\b")
_MINE = re.compile(  # the client's words for the client's own clock
    r"\b(?:my time|my local time|our time|local time|(?:meiner|unserer) Zeit|meine Zeit|Ortszeit|"
    r"mon heure|notre heure|heure locale|chez moi|chez nous|mi hora|nuestra hora|hora local|"
    r"(?:meu|nosso) horário|minha hora|nossa hora|horário local|(?:mio|nostro) orario|ora mia|ora locale|"
    r"mijn tijd|onze tijd|lokale tijd)\b|こちらの時間|当方の時間|弊社の時間|現地時間",
    re.IGNORECASE,
)
_YOURS = re.compile(  # the client's words for the freelancer's clock
    r"\b(?:your time|your local time|(?:Ihrer|deiner|eurer) Zeit|Ihre Zeit|deine Zeit|votre heure|"
    r"ton heure|chez vous|tu hora|su hora|vuestra hora|(?:seu|teu) horário|sua hora|"
    r"(?:tuo|suo|vostro) orario|ora tua|ora sua|jouw tijd|uw tijd)\b"
    r"|そちらの時間|貴方の時間|御社の時間|貴社の時間",
    re.IGNORECASE,
)
_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}"
_PLACE_PHRASES = (
    re.compile(r"(?P<place>" + _NAME + r")\s+[Tt]ime\b"),
    re.compile(r"\b[Hh]eure\s+(?:de\s+|d['’]\s?|du\s+|des\s+)(?P<place>" + _NAME + ")"),
    re.compile(r"\b(?:[Hh]ora|[Hh]orário)\s+(?:de\s+|del\s+|do\s+|da\s+)(?P<place>" + _NAME + ")"),
    re.compile(r"\b(?:[Oo]ra|[Oo]rario)\s+(?:di\s+|del\s+|della\s+|dello\s+)(?P<place>" + _NAME + ")"),
    re.compile(r"\b(?:Zeit\s+in|[Tt]ijd\s+in)\s+(?P<place>" + _NAME + ")"),
    re.compile(r"(?P<place>[A-ZÀ-Ý][\w'’.]*)(?:er|-)\s?Zeit\b"),
    re.compile(r"(?P<place>[A-ZÀ-Ý][\w'’.]*)(?:se|-)\s?tijd\b"),
    re.compile(r"(?P<place>[\u3040-\u30ff\u4e00-\u9fff]+?)(?:の)?時間"),
)
_ABBREVIATION = re.compile(r"(?<![\w+-])(?P<abbr>[A-Z]{2,5})(?![\w+-])")


@dataclass(frozen=True, slots=True)
class _Zone:
    tz: tzinfo
    name: str
    span: tuple[int, int] | None
    assumption: Message | None
    literal: timedelta | None = None  # the offset an abbreviation itself names (EST: −5) where it names one
    abbreviation: str | None = None
    others: tuple[tuple[str, timedelta | None, Message], ...] = ()  # other zones the mention may mean


def _fixed(offset: timedelta) -> tuple[tzinfo, str]:
    total = int(offset.total_seconds()) // 60
    if total == 0:
        return UTC, "UTC"
    sign = "-" if total < 0 else "+"
    return timezone(offset), f"UTC{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


def _zone_label(key: str) -> str:
    return id_place(key) if "/" in key else key


@lru_cache(maxsize=4)
def _abbreviation_table(year: int, language: str) -> dict[str, list[tuple[str, timedelta | None]]]:
    """Every abbreviation a zone goes by in ``year`` → the zones and the offset it names (None for a
    generic one such as ``PT``, which follows the zone's clock)."""
    import zoneinfo  # noqa: PLC0415

    from babel import Locale  # noqa: PLC0415
    from babel.core import get_global  # noqa: PLC0415

    from app.zonesearch import zone_index  # noqa: PLC0415

    table: dict[str, list[tuple[str, timedelta | None]]] = {}

    def add(abbr: str, key: str, offset: timedelta | None) -> None:
        if abbr.isalpha() and abbr.isupper() and (key, offset) not in table.setdefault(abbr, []):
            table[abbr].append((key, offset))

    keys = [entry.key for entry in zone_index(year).entries]
    offsets: dict[str, dict[bool, timedelta]] = {}
    for key in keys:
        zone = ZoneInfo(key)
        for month in range(1, 13):
            moment = datetime(year, month, 15, 12, tzinfo=UTC).astimezone(zone)
            offset, dst = moment.utcoffset(), moment.dst()
            assert offset is not None
            offsets.setdefault(key, {})[bool(dst)] = offset
            add(moment.tzname() or "", key, offset)
    known = zoneinfo.available_timezones()
    metazones: dict[str, list[str]] = {}
    for key, meta in get_global("meta_zones").items():
        if key in offsets or key in known:
            metazones.setdefault(meta, []).append(key)
    for lang in dict.fromkeys(("en", language)):
        for meta, names in Locale.parse(lang).meta_zones.items():
            short = names.get("short", {})
            for key in metazones.get(meta, ()):
                if key not in offsets:
                    continue
                for variant, daylight in (("standard", False), ("daylight", True)):
                    if variant in short and daylight in offsets[key]:
                        add(short[variant], key, offsets[key][daylight])
                if "generic" in short:
                    add(short["generic"], key, None)
    return table


def _prominence(key: str) -> int:
    from app.zonesearch import PROMINENT  # noqa: PLC0415

    return PROMINENT.index(key) if key in PROMINENT else len(PROMINENT)


def _territory(key: str) -> str | None:
    from babel.core import get_global  # noqa: PLC0415

    found: str | None = get_global("zone_territories").get(key)
    return found


def _english_zone_name(key: str, at: datetime) -> str:
    from babel.dates import get_timezone_name  # noqa: PLC0415

    zone = ZoneInfo(key)
    generic = get_timezone_name(zone, "long", zone_variant="generic", locale="en")
    return str(generic or get_timezone_name(at.astimezone(zone), "long", locale="en"))


def _abbreviation_zone(abbr: str, span: tuple[int, int], client: Person, year: int, language: str) -> _Zone:
    candidates = _abbreviation_table(year, language).get(abbr, [])
    if abbr in ("UTC", "GMT") and client.zone.key not in {k for k, _ in candidates}:
        return _Zone(UTC, "UTC", span, message("convert.read_utc", abbr=abbr))
    by_key: dict[str, timedelta | None] = {}
    for key, offset in candidates:
        if key not in by_key or (by_key[key] is not None and offset is None):
            by_key[key] = offset
    country = _territory(client.zone.key)

    def rank(key: str) -> tuple[int, int, int, str]:
        return (key != client.zone.key, _territory(key) != country, _prominence(key), key)

    ordered = sorted(by_key, key=rank)
    chosen = ordered[0]
    reason = (
        "convert.abbr_client"
        if chosen == client.zone.key
        else "convert.abbr_country"
        if _territory(chosen) == country
        else "convert.abbr_common"
    )
    others = tuple(
        (
            key,
            by_key[key],
            message(
                "convert.alt_zone",
                abbr=abbr,
                zone=key,
                name=_english_zone_name(key, datetime(year, 1, 15, tzinfo=UTC)),
            ),
        )
        for key in ordered[1:]
    )
    return _Zone(
        ZoneInfo(chosen),
        chosen,
        span,
        message(reason, abbr=abbr, zone=chosen),
        literal=by_key[chosen],
        abbreviation=abbr,
        others=others,
    )


def _zone(text: str, client: Person, me: Person, year: int, language: str) -> _Zone:
    match = _OFFSET.search(text)
    if match:  # found before the clock time by read(); here for a text read in one go
        return _offset_zone(match)
    return _named_zone(text, client, me, year, language)


def _offset_zone(match: re.Match[str]) -> _Zone:
    hours, minutes = int(match["h"]), int(match["m"] or 0)
    if hours > 14 or (hours == 14 and minutes):
        raise ConvertError("convert.bad_offset", text=quoted(match.group(0)))
    offset = timedelta(hours=hours, minutes=minutes) * (-1 if match["sign"] == "-" else 1)
    tz, name = _fixed(offset)
    said = quoted(match.group(0))
    return _Zone(tz, name, match.span(), message("convert.read_offset", phrase=said, offset=name))


def _named_zone(text: str, client: Person, me: Person, year: int, language: str) -> _Zone:
    match = _MINE.search(text)
    if match:
        assumption = message("convert.read_client_phrase", phrase=match.group(0), zone=client.zone.key)
        return _Zone(client.zone, client.zone.key, match.span(), assumption)
    match = _YOURS.search(text)
    if match:
        assumption = message("convert.read_your_phrase", phrase=match.group(0), zone=me.zone.key)
        return _Zone(me.zone, me.zone.key, match.span(), assumption)
    for pattern in _PLACE_PHRASES:
        for match in pattern.finditer(text):
            found = _place(match.group(0), match["place"], year)
            if found is not None:
                key, skipped = found
                span = (match.start() + skipped, match.end())
                said = quoted(match.group(0)[skipped:])
                assumption = message("convert.read_place", phrase=said, zone=key)
                return _Zone(ZoneInfo(key), key, span, assumption)
    table = _abbreviation_table(year, language)
    for match in _ABBREVIATION.finditer(text):
        if match["abbr"] in table or match["abbr"] in ("UTC", "GMT"):
            return _abbreviation_zone(match["abbr"], match.span(), client, year, language)
    match = _UTC.search(text)
    if match:
        return _Zone(UTC, "UTC", match.span(), message("convert.read_utc", abbr=match.group(0)))
    assumption = message("convert.read_client_clock", zone=client.zone.key)
    return _Zone(client.zone, client.zone.key, None, assumption)


def _place(whole: str, place: str, year: int) -> tuple[str, int] | None:
    """The one zone a place mention names (the whole phrase first: "Eastern Time" is a zone's name), and
    how many characters of ``whole`` before the place's first word were not part of it."""
    from app.places import resolve  # noqa: PLC0415 — the places load only for a place mention
    from app.zones import ZoneError, load_zone  # noqa: PLC0415

    words = place.rstrip(".").split()
    tail = whole[whole.index(place) + len(place) :]
    # "Monday London time": the place is the last words before "time" that name one
    start = whole.index(place)
    for first in range(len(words)):
        name = " ".join(words[first:])
        skipped = whole.index(words[first], start) if first else start
        for text in (name + tail, name):
            try:
                return load_zone(text, suggest=False).key, skipped
            except ZoneError:
                pass
            key, _ = resolve(text, year=year)
            if key is not None:
                return key, skipped
    return None


# --- the day --------------------------------------------------------------------------------------------


_NUMERIC_DATE = re.compile(
    r"(?<![\d:.,/-])(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?:(?P=sep)(?P<c>\d{2,4}))?(?P<dot>\.)?(?![\d:])"
)


def _order(locale: str) -> str:
    """``DMY``, ``MDY`` or ``YMD``: the order of the locale's short date pattern."""
    from babel import Locale  # noqa: PLC0415

    pattern = re.sub(r"'[^']*'", "", Locale.parse(locale).date_formats["short"].pattern)
    seen = [ch for ch in pattern if ch in "dMy"]
    return "".join(dict.fromkeys(seen)).upper().replace("D", "D").replace("m", "M")


def _numeric_date(text: str, locale: str, today: date) -> tuple[date, tuple[int, int], bool] | None:
    order = _order(locale)
    for match in _NUMERIC_DATE.finditer(text):
        a, b, c = match["a"], match["b"], match["c"]
        if len(a) == 4:
            parts = {"Y": a, "M": b, "D": c}
        elif c is None:
            two = [x for x in order if x != "Y"]
            parts = {two[0]: a, two[1]: b}
        else:
            parts = dict(zip(order, (a, b, c), strict=True))
        if parts.get("D") is None:
            continue
        year_text = parts.get("Y")
        year = today.year if year_text is None else int(year_text)
        if year_text is not None and len(year_text) == 2:
            year += 2000
        try:
            day = date(year, int(parts["M"]), int(parts["D"]))
        except ValueError:
            raise ConvertError("convert.bad_date", text=quoted(match.group(0))) from None
        return day, match.span(), year_text is not None
    return None


@dataclass(frozen=True, slots=True)
class _Day:
    day: date
    said: str
    explicit_year: bool
    relative: bool  # "today", "tomorrow": a day counted from today, never moved to a later week


_SHORT_WORD = re.compile(r"^\w{1,2}$")
_JAPANESE_PARTICLES = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])(?:の|は|に|で|が|を|も|から|まで)")


def _settings(base: datetime) -> dict[str, Any]:
    return {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}


def _parse(text: str, language: str, base: datetime) -> datetime | None:
    from dateparser import parse  # noqa: PLC0415 — heavy; loaded on the first reading

    languages = list(dict.fromkeys((language, *LANGUAGES)))
    found: datetime | None = parse(text, languages=languages, settings=_settings(base))
    return found


def _names_weekday(said: str, language: str, today: date, weekday: int) -> bool:
    """Whether one of the words of ``said`` alone reads as weekday ``weekday`` ("martes" in "martes 10
    de marzo")."""
    base = datetime(today.year, today.month, today.day)
    split = (
        _JAPANESE_PARTICLES.sub(" ", said).split() if language == "ja" else re.findall(r"[^\W\d]{3,}", said)
    )
    for word in split:
        found = _parse(word, language, base)
        later = _parse(word, language, base + timedelta(days=7))
        if found is not None and later is not None and later.date() == found.date() + timedelta(days=7):
            return found.weekday() == weekday
    return False


def _word_days(text: str, language: str, today: date) -> list[_Day]:
    from dateparser.search import search_dates  # noqa: PLC0415 — heavy; loaded on the first reading

    text = _JAPANESE_PARTICLES.sub(" ", text)
    base = datetime(today.year, today.month, today.day)
    languages = [language]
    found = search_dates(text, languages=languages, settings=_settings(base)) or []
    if not found and re.search(r"[^\W\d_]{2}", text):
        # Written in another of the proposal languages than the client's ("明日" from an English client)
        languages = list(LANGUAGES)
        found = search_dates(text, languages=languages, settings=_settings(base)) or []
    days: list[_Day] = []
    for words, when in found:
        said = _BEFORE_HOUR.sub("", words.strip(" ,.;:!?")).strip(" ,")
        if not said or (language != "ja" and _SHORT_WORD.match(said)):
            continue  # "we", "do", "mar": words of the sentence more often than days
        later = search_dates(said, languages=languages, settings=_settings(base + timedelta(days=1)))
        relative = bool(later) and later[0][1].date() == when.date() + timedelta(days=1)
        days.append(_Day(when.date(), said, bool(re.search(r"\d{4}", said)), relative))
    return days


# --- putting it together ---------------------------------------------------------------------------------


def _wall_to_instant(day: date, minute: int, tz: tzinfo) -> tuple[datetime, str | None, datetime | None]:
    """The instant of a wall time, whether it falls in a fold or a gap, and the other reading there."""
    if not isinstance(tz, ZoneInfo):
        naive = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
        return naive.replace(tzinfo=tz).astimezone(UTC), None, None
    first = datetime.fromtimestamp(wall_seconds(day, minute, tz, Edge.START), UTC)
    last = datetime.fromtimestamp(wall_seconds(day, minute, tz, Edge.END), UTC)
    if first != last:
        return first, "fold", last
    naive = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
    if first.astimezone(tz).replace(tzinfo=None) != naive:
        before = naive.replace(tzinfo=tz).utcoffset()  # the offset before the jump
        assert before is not None
        return first, "gap", (naive - before).replace(tzinfo=UTC)
    return first, None, None


def _abbr_at(instant: datetime, tz: tzinfo) -> str:
    return instant.astimezone(tz).tzname() or ""


def read(text: str, *, client: Person, me: Person, locale: str, now: datetime) -> Reading:
    """What ``text`` says on which clock: see the module docstring. ``locale`` is the client's language
    (a name :func:`app.proposal.resolve_locale` accepts); ``now`` is aware. Raises :class:`ConvertError`
    with a message quoting the text when no day and time can be placed."""
    if now.tzinfo is None:
        raise ValueError("Use a timezone-aware datetime for now.")
    cleaned = _clean(text)
    language = _language(locale)
    offset = _OFFSET.search(cleaned)
    masked = cleaned if offset is None else _mask(cleaned, (offset.span(),))
    time = _time(masked)
    if time is None:
        raise ConvertError("convert.no_time", text=quoted(cleaned))
    masked = _mask(masked, time.spans)
    zone = _offset_zone(offset) if offset else _named_zone(masked, client, me, now.year, language)
    if zone.span is not None:
        masked = _mask(masked, (zone.span,))
    assumptions: list[Message] = [] if zone.assumption is None else [zone.assumption]
    today = now.astimezone(zone.tz).date()
    found, said, movable, relative = _day(masked, locale, language, today, assumptions)
    day = today if found is None else found
    instant, _, _ = _wall_to_instant(day, time.start, zone.tz)
    if said is None:
        if instant < now:  # a time alone: the next time the clock shows it
            day += timedelta(days=1)
        assumptions.append(message("convert.no_day", day=day.isoformat()))
    elif movable and not relative and (day < today or instant < now):
        day = _next_occurrence(day, said, language, today, assumptions)
    instant, trouble, other = _wall_to_instant(day, time.start, zone.tz)
    if instant < now:
        assumptions.append(message("convert.in_past"))
    alternatives = _clock_alternatives(
        instant, trouble=trouble, other=other, day=day, minute=time.start, zone=zone, assumptions=assumptions
    )
    if zone.abbreviation is not None:
        alternatives += _zone_alternatives(instant, day, time.start, zone, assumptions)
    alternatives += _time_alternatives(time, day, zone, locale, assumptions)
    unique: list[Alternative] = []
    for alternative in alternatives:
        if alternative.instant != instant and all(a.instant != alternative.instant for a in unique):
            unique.append(alternative)
    end = instant + timedelta(minutes=DEFAULT_MINUTES)
    if time.end is not None:
        end_instant, _, _ = _wall_to_instant(day, time.end, zone.tz)
        end = max(end_instant, instant + timedelta(minutes=1))
    return Reading(
        Interval(instant, end),
        zone.name,
        tuple(assumptions),
        tuple(unique[:MAX_ALTERNATIVES]),
        time.end is not None,
    )


def _next_occurrence(day: date, said: str, language: str, today: date, assumptions: list[Message]) -> date:
    """The day meant by a weekday or a yearless date that has passed: a weekday alone is the next one (a
    weekday earlier in this week is next week's, as a weekday alone means; today's at a time already
    past is said), a date the next year's — unless the text names the weekday that date had this year."""
    base = datetime(today.year, today.month, today.day)
    later = _parse(said, language, base + timedelta(days=7))
    if later is not None and later.date() == day + timedelta(days=7):
        if day == today:
            assumptions.append(message("convert.moved_week", phrase=quoted(said)))
        return day + timedelta(days=7)
    if _names_weekday(said, language, today, day.weekday()):
        return day  # "martes 10 de marzo": that Tuesday, past
    assumptions.append(message("convert.moved_year", phrase=quoted(said)))
    return _next_year(day)


def _clock_alternatives(
    instant: datetime,
    *,
    trouble: str | None,
    other: datetime | None,
    day: date,
    minute: int,
    zone: _Zone,
    assumptions: list[Message],
) -> list[Alternative]:
    """What a fold or a gap on the zone's clock leaves to choose, said in ``assumptions``."""
    shown = _clock_text(minute)
    if trouble == "fold" and other is not None:
        abbr = _abbr_at(instant, zone.tz)
        assumptions.append(
            message("convert.fold", time=shown, day=day.isoformat(), zone=zone.name, abbr=abbr)
        )
        return [Alternative(other, message("convert.alt_fold", time=shown, abbr=_abbr_at(other, zone.tz)))]
    if trouble == "gap" and other is not None:
        actual = instant.astimezone(zone.tz).strftime("%H:%M")
        assumptions.append(
            message("convert.gap", time=shown, day=day.isoformat(), zone=zone.name, actual=actual)
        )
        return [Alternative(other, message("convert.alt_gap", time=shown))]
    return []


def _zone_alternatives(
    instant: datetime, day: date, minute: int, zone: _Zone, assumptions: list[Message]
) -> list[Alternative]:
    """The other zones an abbreviation may mean, and its own offset where the zone read is on the other
    one that day (EST in July); the zone's assumption names it in full."""
    assert zone.abbreviation is not None
    alternatives = []
    assumptions[0] = message(
        zone.assumption.code if zone.assumption else "convert.abbr_common",
        abbr=zone.abbreviation,
        zone=zone.name,
        name=_english_zone_name(zone.name, instant) if "/" in zone.name else zone.name,
    )
    if zone.literal is not None and instant.astimezone(zone.tz).utcoffset() != zone.literal:
        actual = _abbr_at(instant, zone.tz)
        wall = instant.astimezone(zone.tz).strftime("%H:%M")
        city = _zone_label(zone.name)
        assumptions.append(
            message("convert.abbr_other_variant", abbr=zone.abbreviation, city=city, actual=actual, time=wall)
        )
        naive = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
        literal_tz, literal_name = _fixed(zone.literal)
        why = message("convert.alt_literal", abbr=zone.abbreviation, offset=literal_name)
        alternatives.append(Alternative(naive.replace(tzinfo=literal_tz).astimezone(UTC), why))
    for key, _offset, why in zone.others:
        other_instant, _, _ = _wall_to_instant(day, minute, ZoneInfo(key))
        alternatives.append(Alternative(other_instant, why))
    return alternatives


def _time_alternatives(
    time: _Time, day: date, zone: _Zone, locale: str, assumptions: list[Message]
) -> list[Alternative]:
    """The other times the text mentions, and an hour alone ("at 3") on a 12-hour clock: said, and its
    afternoon reading offered."""
    if time.others:
        assumptions.append(message("convert.other_times", others=", ".join(time.others)))
    if time.bare is None or not _twelve_hour(locale):
        return []
    assumptions.append(message("convert.bare_hour", text=time.bare, time=_clock_text(time.start)))
    later, _, _ = _wall_to_instant(day, time.start + 720, zone.tz)
    return [Alternative(later, message("convert.alt_bare", time=_clock_text(time.start + 720)))]


def _twelve_hour(locale: str) -> bool:
    from app.proposal import time_skeleton  # noqa: PLC0415

    return time_skeleton(locale) == "hm"


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked out, every other character where it was."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _day(
    masked: str, locale: str, language: str, today: date, assumptions: list[Message]
) -> tuple[date | None, str | None, bool, bool]:
    """The day the text names: (day, the words that named it, whether it may move to the next week or
    year when past, whether it counts from today)."""
    numeric = _numeric_date(masked, locale, today)
    if numeric is not None:
        day, span, explicit = numeric
        said = masked[span[0] : span[1]]
        rest = _mask(masked, (span,))
        words = _word_days(rest, language, today)
        named = [w for w in words if w.day.weekday() != day.weekday() and not w.relative]
        if named and (today - named[0].day).days < 7 and abs((named[0].day - day).days) < 14:
            assumptions.append(
                message("convert.weekday_mismatch", phrase=quoted(said), weekday=named[0].said)
            )
        return day, said, not explicit, False
    words = _word_days(masked, language, today)
    if not words and language != "ja" and any("\u3040" <= ch <= "\u9fff" for ch in masked):
        # Japanese script ("明日", "来週の月曜日") in a text for a client of another language: its days are
        # Japanese words, whatever the client's own language.
        words = _word_days(masked, "ja", today)
    if not words:
        return None, None, False, False
    chosen = max(words, key=lambda w: len(w.said))
    others = [w.said for w in words if w is not chosen and w.day != chosen.day]
    if others:
        assumptions.append(message("convert.other_dates", phrase=chosen.said, others=", ".join(others)))
    return chosen.day, chosen.said, not chosen.explicit_year, chosen.relative


# --- judging it, and the reply ---------------------------------------------------------------------------


def convert(
    text: str,
    *,
    client: Person,
    me: Person,
    locale: str,
    now: datetime,
    busy: Sequence[Span] = (),
) -> Conversion:
    """Read ``text`` (:func:`read`) and judge its first reading (:func:`judge`) against ``busy``."""
    reading = read(text, client=client, me=me, locale=locale, now=now)
    return judge(reading, client=client, me=me, locale=locale, now=now, busy=busy)


def choose(reading: Reading, instant: datetime) -> Reading:
    """``reading`` moved to one of its alternatives' ``instant`` (the same length), the first reading
    becoming an alternative in its place."""
    if instant == reading.interval.start:
        return reading
    chosen = next(a for a in reading.alternatives if a.instant == instant)
    first = Alternative(reading.interval.start, message("convert.alt_first"))
    rest = tuple(a for a in reading.alternatives if a is not chosen)
    interval = Interval(instant, instant + reading.interval.duration)
    return replace(reading, interval=interval, alternatives=(first, *rest))


BUSY_AROUND = (timedelta(days=4), timedelta(days=8))
"""How far before and after a reading the busy time must be known to judge it and find the nearest times."""


def judge(
    reading: Reading,
    *,
    client: Person,
    me: Person,
    locale: str,
    now: datetime,
    busy: Sequence[Span] = (),
) -> Conversion:
    """Whether ``reading`` lies inside each person's hours, whose public holiday it is, whether the
    freelancer is ``busy`` then (spans, at least :data:`BUSY_AROUND` the reading), and the reply:
    accepting it, or — outside the freelancer's hours, on a holiday or at a busy time — offering the
    nearest times inside everyone's hours and clear of the busy time."""
    from app.proposal import resolve_locale  # noqa: PLC0415

    locale = resolve_locale(locale)
    interval = reading.interval
    mine = inside_hours(interval, me)
    theirs = inside_hours(interval, client)
    notes = _holiday_notes(interval.start, client=client, me=me)
    lo, hi = seconds(interval.start), seconds(interval.end)
    taken = any(a < hi and lo < b for a, b in busy)
    if taken:
        notes = (*notes, message("convert.busy"))
    options: tuple[Interval, ...] = ()
    if mine and not notes:
        reply = _accept(reading, client=client, locale=locale)
    else:
        options = _nearest(interval, client=client, me=me, now=now, busy=busy)
        reply = _counter(reading, options, client=client, me=me, locale=locale, now=now)
    return Conversion(reading, mine, theirs, notes, reply, options, busy=taken)


def _holiday_notes(instant: datetime, *, client: Person, me: Person) -> tuple[Message, ...]:
    from app.publicholidays import holiday_names, parse_holiday_code  # noqa: PLC0415

    notes = []
    for person, who in ((me, "convert.whose_mine"), (client, "convert.whose_client")):
        if not person.holidays:
            continue
        day = instant.astimezone(person.zone).date()
        names = holiday_names(parse_holiday_code(person.holidays), day, day)
        if day in names:
            notes.append(message("convert.holiday", day=day.isoformat(), who=message(who), name=names[day]))
    return tuple(notes)


def _nearest(
    interval: Interval,
    *,
    client: Person,
    me: Person,
    now: datetime,
    count: int = 3,
    busy: Sequence[Span] = (),
) -> tuple[Interval, ...]:
    from app.ranking import rank_options  # noqa: PLC0415

    start = max(now, interval.start - timedelta(days=3))
    found = rank_options(
        (me, client),
        client=client,
        start=start,
        end=interval.start + timedelta(days=7),
        duration=interval.duration,
        now=now,
        count=count * 2,
        notice=timedelta(0),
        busy=busy,
    )
    fitting = [o for o in found if not o.outside_hours] or found
    nearest = sorted(fitting, key=lambda o: abs(o.interval.start - interval.start))[:count]
    return tuple(sorted(o.interval for o in nearest))


def _reading_tz(reading: Reading) -> tzinfo:
    if reading.zone_read.startswith("UTC") and reading.zone_read != "UTC":
        sign = -1 if reading.zone_read[3] == "-" else 1
        hours, minutes = reading.zone_read[4:].split(":")
        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    return ZoneInfo(reading.zone_read)


def when_text(interval: Interval, tz: tzinfo, locale: str, *, ranged: bool) -> str:
    """``Tuesday, December 8, 2026, 3:00 PM EST``: the full date, the time or the range, and the zone as
    the locale names it (an abbreviation, else the city's time and its offset)."""
    from babel.dates import format_date, format_interval, format_skeleton  # noqa: PLC0415

    from app.proposal import (  # noqa: PLC0415
        city,
        glue_date_time,
        offset_text,
        plain,
        template_texts,
        time_skeleton,
        with_city,
        zone_abbreviation,
    )

    start = interval.start.astimezone(tz)
    day = format_date(start.date(), "full", locale=locale)
    clock = time_skeleton(locale)
    if ranged:
        time = format_interval(interval.start, interval.end, clock, tzinfo=tz, locale=locale)
    else:
        time = format_skeleton(clock, start, locale=locale)
    offset = start.utcoffset()
    assert offset is not None
    if isinstance(tz, ZoneInfo):
        abbreviation = zone_abbreviation(interval.start, tz, locale)
        name = city(tz, locale)
        if abbreviation is not None:
            zone = abbreviation
        elif name is not None:
            label = template_texts(locale)["zone_label"]
            zone = with_city(label, tz, name, locale, offsets=offset_text(offset))
        else:
            zone = offset_text(offset)
    else:
        zone = offset_text(offset)
    return plain(glue_date_time(locale, "medium", day, time) + " " + zone)


def _accept(reading: Reading, *, client: Person, locale: str) -> str:
    from app.proposal import plain, template_texts  # noqa: PLC0415

    texts = template_texts(locale)
    # The reply names the time as the client wrote it: on the clock they named.
    when = when_text(reading.interval, _reading_tz(reading), locale, ranged=reading.ranged)
    lines = [texts["convert_accept"].format(when=when)]
    if texts["signoff"]:
        lines.append(texts["signoff"])
    return plain("\n".join(lines)) + "\n"


def _counter(
    reading: Reading,
    options: Sequence[Interval],
    *,
    client: Person,
    me: Person,
    locale: str,
    now: datetime,
) -> str:
    from app.proposal import option_text, plain, template_texts, zone_label  # noqa: PLC0415
    from app.ranking import Option  # noqa: PLC0415

    texts = template_texts(locale)
    when = when_text(reading.interval, _reading_tz(reading), locale, ranged=reading.ranged)
    if not options:
        lines = [texts["convert_decline"].format(when=when), texts["closing_no_options"]]
    else:
        lines = [texts["convert_counter"].format(when=when), ""]
        lines += [texts["bullet"] + option_text(Option(o), client.zone, locale) for o in options]
        lines += [
            "",
            texts["zone_line"].format(zone=zone_label([Option(o) for o in options], client.zone, locale)),
        ]
    if texts["signoff"]:
        lines.append(texts["signoff"])
    return plain("\n".join(lines)) + "\n"


def conversion_json(conversion: Conversion, *, client: Person, me: Person) -> dict[str, object]:
    """The ``--json`` shape: the instant in UTC and on both clocks, the zone read, what was assumed, the
    other readings, the hours it lies in and the reply (English texts of the messages)."""
    from app.timefmt import iso_utc  # noqa: PLC0415

    reading = conversion.reading
    start = reading.interval.start
    data: dict[str, object] = {
        "instant": iso_utc(start),
        "client_local": start.astimezone(client.zone).isoformat(),
        "mine_local": start.astimezone(me.zone).isoformat(),
        "zone_read": reading.zone_read,
        "assumptions": [str(m) for m in reading.assumptions],
        "alternatives": [{"instant": iso_utc(a.instant), "why": str(a.why)} for a in reading.alternatives],
        "inside_my_hours": conversion.inside_my_hours,
        "inside_client_hours": conversion.inside_client_hours,
        "reply": conversion.reply,
        "busy": conversion.busy,
    }
    if reading.ranged:
        data["end"] = iso_utc(reading.interval.end)
    if conversion.notes:
        data["notes"] = [str(m) for m in conversion.notes]
    return data
