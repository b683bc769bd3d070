"""ui.app_messages: every code app/ can raise has an interface text — the CLI's English in an English
window, a Japanese one in a Japanese window — and a code or translation that goes wrong shows English."""

from __future__ import annotations

import re

import pytest

from app.hours import HoursError, parse_hours
from app.messages import ENGLISH, Message, message
from app.proposal import LocaleError, resolve_locale
from app.zones import ZoneError, load_zone
from tests.ui.test_japanese import ENGLISH_WORD, japanese  # noqa: F401 - a fixture, used by name
from ui import app_messages
from ui.app_messages import catalogue, error_text, message_text

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
LATIN_ON_PURPOSE = {
    # Notation and names a Japanese text keeps: the hours grammar and the deadline's format, zone
    # names, standards and formats (a calendar file's property names), the product, an example address
    # and a web address's start.
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "daily", "off", "YYYY", "eod",
    "America", "New", "York", "Europe", "Berlin", "Asia", "Tokyo", "IANA", "ISO", "JSON", "FEFF",
    "UID", "SEQUENCE", "ASCII", "UTC",
    "Coretime", "name", "example", "com", "https", "webcal",
}  # fmt: skip


def test_every_code_has_an_interface_text() -> None:
    assert set(catalogue()) == set(ENGLISH)


def test_an_english_window_shows_the_cli_text() -> None:
    texts = catalogue()
    assert {code: texts[code] for code in ENGLISH} == ENGLISH
    with pytest.raises(HoursError) as hours:
        parse_hours("mon 09:00-17:00; 月 09:00-17:00")
    with pytest.raises(LocaleError) as locale:
        resolve_locale("xx_YY")
    for error in (hours.value, locale.value):
        assert error_text(error) == str(error), "nested messages and lists too"


@pytest.mark.usefixtures("japanese")
def test_every_code_is_translated_to_japanese() -> None:
    texts = catalogue()
    untranslated = [
        code
        for code, english in ENGLISH.items()
        if texts[code] == english and ENGLISH_WORD.search(PLACEHOLDER.sub("", english))
    ]
    assert untranslated == []


@pytest.mark.usefixtures("japanese")
def test_japanese_texts_keep_only_names_and_notation_in_latin_letters() -> None:
    left = {
        code: found
        for code, text in catalogue().items()
        if (found := set(ENGLISH_WORD.findall(PLACEHOLDER.sub("", text))) - LATIN_ON_PURPOSE)
    }
    assert left == {}


@pytest.mark.usefixtures("japanese")
def test_nested_messages_and_lists_are_translated_too() -> None:
    with pytest.raises(HoursError) as hours:
        parse_hours("mon 09:00-17:00; 月 09:00-17:00")
    assert error_text(hours.value).startswith(
        "2 番目の区切り（「月 09:00-17:00」）：「月」は曜日ではありません。"
    )
    with pytest.raises(LocaleError) as locale:
        resolve_locale("xx_YY")
    assert "de（de_XX のすべて）、" in error_text(locale.value)
    with pytest.raises(ZoneError) as zone:
        load_zone("Mars/Olympus")
    assert error_text(zone.value).startswith("「Mars/Olympus」というタイムゾーンはありません。")


def test_other_errors_keep_their_own_text() -> None:
    assert error_text(OSError(28, "No space left on device")) == "[Errno 28] No space left on device"


def test_a_code_without_a_text_shows_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_messages, "catalogue", dict)
    assert message_text(message("zone.empty")) == ENGLISH["zone.empty"]


def test_a_translation_with_a_wrong_placeholder_shows_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_messages, "catalogue", lambda: {"profile.name_too_long": "{limt} 文字"})
    assert message_text(Message("profile.name_too_long", {"limit": 100})) == (
        "the name is longer than 100 characters"
    )
