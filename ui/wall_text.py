"""Wall times as the freelancer's locale writes them (``23:00`` or ``11:00 PM``, ``Mon``, ``Mon 9 Mar``),
for the rhythm panels and the people list; the instants are already on the right clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.zones import id_place


def clock_text(wall: datetime, locale: QLocale) -> str:
    return locale.toString(QTime(wall.hour, wall.minute), locale.timeFormat(QLocale.FormatType.ShortFormat))


def weekday_text(wall: datetime, locale: QLocale) -> str:
    return locale.dayName(wall.isoweekday(), QLocale.FormatType.ShortFormat)


def weekday_name(day: int, locale: QLocale) -> str:
    """The short name of weekday ``day`` (0 = Monday, as in :mod:`app.hours`)."""
    return locale.dayName(day + 1, QLocale.FormatType.ShortFormat)


def date_format(locale: QLocale, *, year: bool = False) -> str:
    """The one way ``locale``'s language writes a day (CLDR's ``MMMEd``, or ``yMMMEd`` with the year), as a
    Qt date format: ``ddd d MMM`` in British English, ``ddd, MMM d`` in American, ``M月d日(ddd)`` in
    Japanese. Loads Babel: for after the first frame."""
    from app.datepatterns import locale_date_format  # noqa: PLC0415

    return locale_date_format(locale.name(), "yMMMEd" if year else "MMMEd")


def day_text(wall: datetime, locale: QLocale) -> str:
    """``Mon 9 Mar``, ``Mon, Mar 9``, ``3月9日(月)``: CLDR's pattern, the locale's names."""
    return locale.toString(QDate(wall.year, wall.month, wall.day), date_format(locale))


def dated_text(wall: datetime, locale: QLocale) -> str:
    """``Mon, 15 Mar 2027``: for dates that may lie in another year."""
    return locale.toString(QDate(wall.year, wall.month, wall.day), date_format(locale, year=True))


def when_text(wall: datetime, locale: QLocale) -> str:
    """``Mon 9 Mar 23:00``."""
    return f"{day_text(wall, locale)} {clock_text(wall, locale)}"


def days_text(days: Sequence[int], locale: QLocale) -> str:
    """``Mon–Fri`` for a run of weekdays, else ``Mon, Wed, Fri``."""
    ordered = sorted(days)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{weekday_name(ordered[0], locale)}–{weekday_name(ordered[-1], locale)}"
    return ", ".join(weekday_name(d, locale) for d in ordered)


@lru_cache(maxsize=1024)
def place_text(zone_key: str) -> str:
    """``New York`` for ``America/New_York``: the zone id's own name for its place, which the first frame
    shows (it needs no CLDR data); :func:`city_text` is the name in the interface's language."""
    return id_place(zone_key)


def city_text(zone_key: str, locale: QLocale) -> str:
    """The place of ``zone_key`` as CLDR names it in ``locale``'s language: ``ニューヨーク`` in Japanese,
    ``São Paulo`` and ``Ho Chi Minh City`` in English; :func:`place_text` for a zone CLDR names no city
    for (``UTC``) and for a locale it does not know. Loads Babel: for after the first frame."""
    from babel.core import UnknownLocaleError  # noqa: PLC0415 - Babel is heavy; see app.proposal

    from app.proposal import city  # noqa: PLC0415
    from app.zones import ZoneError, load_zone  # noqa: PLC0415

    try:
        return city(load_zone(zone_key), locale.name()) or place_text(zone_key)
    except (ZoneError, UnknownLocaleError, ValueError):
        return place_text(zone_key)


def countdown_text(minutes: int) -> str:
    """``3 h 10 min``, ``45 min``, ``2 d 4 h``: whole minutes, to the hour once it is days away."""
    days, rest = divmod(max(minutes, 0), 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("countdown", "{days} d {hours} h").format(days=days, hours=hours)
    if hours and mins:
        return QCoreApplication.translate("countdown", "{hours} h {minutes} min").format(
            hours=hours, minutes=mins
        )
    if hours:
        return QCoreApplication.translate("countdown", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("countdown", "{minutes} min").format(minutes=mins)
