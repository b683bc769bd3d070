"""Wall times as the freelancer's locale writes them (``23:00`` or ``11:00 PM``, ``Mon``, ``Mon 9 Mar``),
for the rhythm panels and the people list; the instants are already on the right clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime


def clock_text(wall: datetime) -> str:
    locale = QLocale()
    return locale.toString(QTime(wall.hour, wall.minute), locale.timeFormat(QLocale.FormatType.ShortFormat))


def weekday_text(wall: datetime) -> str:
    return QLocale().dayName(wall.isoweekday(), QLocale.FormatType.ShortFormat)


def weekday_name(day: int) -> str:
    """The short name of weekday ``day`` (0 = Monday, as in :mod:`app.hours`)."""
    return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)


def day_text(wall: datetime) -> str:
    """``Mon 9 Mar``: the same short form the timeline's day labels use."""
    month = QLocale().monthName(wall.month, QLocale.FormatType.ShortFormat)
    return f"{weekday_text(wall)} {QLocale().toString(wall.day)} {month}"


def dated_text(wall: datetime) -> str:
    """``Mon 15 Mar 2027``: for dates that may lie in another year."""
    return f"{day_text(wall)} {wall.year}"


def when_text(wall: datetime) -> str:
    """``Mon 9 Mar 23:00``."""
    return f"{day_text(wall)} {clock_text(wall)}"


def days_text(days: Sequence[int]) -> str:
    """``Mon–Fri`` for a run of weekdays, else ``Mon, Wed, Fri``."""
    ordered = sorted(days)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{weekday_name(ordered[0])}–{weekday_name(ordered[-1])}"
    return ", ".join(weekday_name(d) for d in ordered)


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
