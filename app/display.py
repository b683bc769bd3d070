"""Showing text the user typed inside a message: cut short, and with invisible characters made visible."""

from __future__ import annotations


def shown(text: str, limit: int = 40) -> str:
    """``text`` as a message should quote it: at most ``limit`` characters (then "…"), and control
    or other invisible characters written as Python escapes so they can be seen and cannot garble
    the message.

    >>> shown("Asia/Tokyo\\x01")
    'Asia/Tokyo\\\\x01'
    >>> shown("A" * 50, limit=5)
    'AAAAA…'
    """
    cut = text if len(text) <= limit else text[:limit] + "…"
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in cut)
