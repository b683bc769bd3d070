"""Which languages have a proposal template: a listing of ``app/locales``, cheap enough for the first frame.

Kept apart from :mod:`app.proposal` so that the desktop app can fill its language list before the
first frame without loading the proposal's own imports (ranking, clock changes, holidays).
"""

from __future__ import annotations

from importlib import resources


def template_names() -> list[str]:
    """The template names, sorted: a language (``de``) or a locale (``pt_BR``)."""
    folder = resources.files("app") / "locales"
    return sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json"))


def supported_locales() -> tuple[str, ...]:
    """The template names: a language (``de``: any German locale) or a locale (``pt_BR``: only that one)."""
    return tuple(template_names())
