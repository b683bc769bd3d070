"""One date format per language, CLDR's, as a Qt date format."""

from __future__ import annotations

import pytest

from app.datepatterns import locale_date_format, qt_date_format


@pytest.mark.parametrize(
    ("locale", "day", "dated"),
    [
        ("en_US", "ddd, MMM d", "ddd, MMM d, yyyy"),
        ("en_GB", "ddd d MMM", "ddd, d MMM yyyy"),
        ("ja_JP", "M月d日(ddd)", "yyyy年M月d日(ddd)"),
        ("de_DE", "ddd, d. MMM", "ddd, d. MMM yyyy"),
        ("pt_BR", "ddd, d 'de' MMM", "ddd, d 'de' MMM 'de' yyyy"),
    ],
)
def test_each_language_writes_a_day_its_own_way(locale: str, day: str, dated: str) -> None:
    assert locale_date_format(locale, "MMMEd") == day
    assert locale_date_format(locale, "yMMMEd") == dated


def test_fields_qt_cannot_write_are_left_out_and_quotes_kept() -> None:
    assert qt_date_format("G y MMMM d, EEEE") == "yyyy MMMM d, dddd"
    assert qt_date_format("d 'de' MMMM") == "d 'de' MMMM"


def test_an_unknown_locale_falls_back_to_english() -> None:
    assert locale_date_format("zz_ZZ", "MMMEd") == "ddd, MMM d"
