"""Which people a text typed into the people list's filter finds: a plain function, so that the list
filters ten thousand clients as the user types and the rule is tested without a window."""

from __future__ import annotations

from collections.abc import Sequence


def search_text(shown: str, place: str) -> str:
    """What a row is found by: its shown text and the zone id's own place name (so "New York" finds
    ニューヨーク too), casefolded once.

    >>> search_text("Sarah · ニューヨーク", "New York")
    'sarah · ニューヨーク new york'
    """
    return f"{shown} {place}".casefold()


def wanted_text(typed: str) -> str:
    """The typed text as it is looked for: casefolded, without surrounding spaces ("" finds everyone).

    >>> wanted_text("  STRASSE ")
    'strasse'
    """
    return typed.casefold().strip()


def found_rows(texts: Sequence[str], typed: str) -> list[int]:
    """The rows, in order, whose :func:`search_text` (in ``texts``) holds what was ``typed``; nothing
    typed finds every row. The freelancer's row is found by the same rule as the clients'.

    >>> found_rows(["me tokyo", "sarah new york", "jonas berlin"], "  NEW ")
    [1]
    >>> found_rows(["me tokyo", "sarah new york"], "")
    [0, 1]
    """
    wanted = wanted_text(typed)
    if not wanted:
        return list(range(len(texts)))
    return [row for row, text in enumerate(texts) if wanted in text]
