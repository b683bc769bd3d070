"""One date format per language, from CLDR: a skeleton (``MMMEd``: a day with its month and weekday)
resolved to the locale's own pattern by Babel, written as a Qt date format (``ddd d MMM`` for en_GB,
``ddd, MMM d`` for en_US, ``M月d日(ddd)`` for ja_JP), so the desktop's labels and date fields write a
date the one way the language does.

Babel is imported inside the function (see :mod:`app.proposal`)."""

from __future__ import annotations

import re
from functools import lru_cache

_FIELD = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*")
_QT = {
    "d": "d",
    "dd": "dd",
    "M": "M",
    "MM": "MM",
    "MMM": "MMM",
    "MMMM": "MMMM",
    "L": "M",
    "LL": "MM",
    "LLL": "MMM",
    "LLLL": "MMMM",
    "E": "ddd",
    "EE": "ddd",
    "EEE": "ddd",
    "EEEE": "dddd",
    "c": "ddd",
    "ccc": "ddd",
    "cccc": "dddd",
    "y": "yyyy",
    "yy": "yy",
    "yyyy": "yyyy",
}


def qt_date_format(pattern: str) -> str:
    """A CLDR (LDML) date pattern as a Qt date format; quoted text stays quoted, fields Qt has no form
    for (eras, week numbers) are left out.

    >>> qt_date_format("EEE d MMM y")
    'ddd d MMM yyyy'
    >>> qt_date_format("y年M月d日(EEE)")
    'yyyy年M月d日(ddd)'
    >>> qt_date_format("EEE, d 'de' MMM 'de' y")
    "ddd, d 'de' MMM 'de' yyyy"
    """
    out: list[str] = []
    position = 0
    for match in _FIELD.finditer(pattern):
        out.append(pattern[position : match.start()])
        token = match.group(0)
        out.append(token if token.startswith("'") else _QT.get(token, ""))
        position = match.end()
    out.append(pattern[position:])
    return " ".join("".join(out).split(" ")).strip(" ,")


@lru_cache(maxsize=64)
def locale_date_format(locale: str, skeleton: str) -> str:
    """``locale``'s CLDR pattern for ``skeleton`` (``MMMEd``, ``yMMMEd``) as a Qt date format; the
    English one for a locale CLDR does not know."""
    from babel.core import Locale, UnknownLocaleError  # noqa: PLC0415
    from babel.dates import match_skeleton  # noqa: PLC0415

    try:
        parsed = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        parsed = Locale.parse("en")
    skeletons = parsed.datetime_skeletons
    found = skeleton if skeleton in skeletons else match_skeleton(skeleton, skeletons)
    pattern = skeletons[found].pattern if found else "EEE d MMM y"
    return qt_date_format(pattern)
