"""app.messages: every English text is a well-formed template, every code app/ raises exists, and an
error's str() is its message's English."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from app.hours import HoursError, parse_hours
from app.messages import ENGLISH, Listing, Message, message
from app.zones import ZoneError, load_zone

APP = Path(__file__).resolve().parents[2] / "app"
CODE = re.compile(r"[a-z]+(\.[a-z0-9_]+)+")
PREFIXES = {code.split(".")[0] for code in ENGLISH}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_every_english_text_fills_from_named_parameters(code: str) -> None:
    names = placeholders(ENGLISH[code])
    assert all(name.isidentifier() for name in names), "named placeholders only, as the translations use"
    text = Message(code, dict.fromkeys(names, "X")).english()
    assert "{" not in text, text
    assert "}" not in text, text


def test_every_code_in_app_exists() -> None:
    """A code is checked when its message is made; this finds a misspelt one on a path no test takes."""
    used = set()
    for path in APP.rglob("*.py"):
        if path.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # Whole codes only: a code built in an f-string ("field.{key}") is checked when made.
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and CODE.fullmatch(text) and text.split(".")[0] in PREFIXES:
                used.add(text)
    assert len(used) > 100
    assert used - set(ENGLISH) == set()


def test_an_unknown_code_is_refused_where_it_is_made() -> None:
    with pytest.raises(KeyError):
        message("hours.no_such_message")


def test_an_error_reads_as_its_english_message() -> None:
    with pytest.raises(HoursError) as caught:
        parse_hours("mon 09:00-17:00; tue 9-5")
    error = caught.value
    assert error.code == "hours.not_a_time"
    assert error.params["where"] == message("hours.where_segment", number=2, text="tue 9-5")
    assert str(error) == (
        "segment 2 ('tue 9-5'): '9' is not a time; use HH:MM with two digits each, like 09:00"
    )
    with pytest.raises(ZoneError) as unknown:
        load_zone("Europe/Berlinn")
    assert unknown.value.code == "zone.unknown_close"
    assert str(unknown.value).startswith("unknown time zone 'Europe/Berlinn' — did you mean Europe/Berlin")


def test_a_listing_joins_its_items() -> None:
    items = (message("locale.any", name="de"), message("locale.exact", name="pt_BR"))
    assert Message("locale.unknown", {"text": "xx", "accepted": Listing(items, ", ")}).english() == (
        "unknown locale 'xx'; use one of de (any de_XX), pt_BR"
    )
