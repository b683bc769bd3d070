"""Which languages have a proposal template: a listing of ``app/locales``, cheap enough for the first frame.

Kept apart from :mod:`app.proposal` so that the desktop app can fill its language list before the
first frame without loading the proposal's own imports (ranking, clock changes, holidays).
"""

from __future__ import annotations

import os

LOCALES = os.path.join(os.path.dirname(__file__), "locales")
"""The templates' folder, package data beside this module. Listed with ``os`` rather than
``importlib.resources``, whose import alone costs a few milliseconds of start-up."""


def template_names() -> list[str]:
    """The template names, sorted: a language (``de``) or a locale (``pt_BR``)."""
    return sorted(n.removesuffix(".json") for n in os.listdir(LOCALES) if n.endswith(".json"))


def supported_locales() -> tuple[str, ...]:
    """The template names: a language (``de``: any German locale) or a locale (``pt_BR``: only that one)."""
    return tuple(template_names())
