"""The people filter finds what a naive search over the shown texts finds, in list order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.people_filter import found_rows, search_text, wanted_text

words = st.text(st.sampled_from("aAbBß ẞkK İıi·ニュ"), max_size=8)


@given(st.lists(st.tuples(words, words), max_size=12), words)
def test_the_filter_agrees_with_a_naive_filter(rows: list[tuple[str, str]], typed: str) -> None:
    texts = [search_text(shown, place) for shown, place in rows]
    naive = [
        row
        for row, (shown, place) in enumerate(rows)
        if not typed.strip() or typed.casefold().strip() in f"{shown} {place}".casefold()
    ]
    assert found_rows(texts, typed) == naive


@given(st.lists(st.tuples(words, words), max_size=12), words, words)
def test_typing_more_finds_no_more(rows: list[tuple[str, str]], typed: str, more: str) -> None:
    texts = [search_text(shown, place) for shown, place in rows]
    if wanted_text(typed) and wanted_text(typed + more).startswith(wanted_text(typed)):
        assert set(found_rows(texts, typed + more)) <= set(found_rows(texts, typed))


def test_a_place_is_found_by_its_zone_ids_name_and_case_does_not_matter() -> None:
    texts = [
        search_text("Me (you) · 東京", "Tokyo"),
        search_text("Sarah · ニューヨーク", "New York"),
        search_text("Jonas · ベルリン", "Berlin"),
    ]
    assert found_rows(texts, "new york") == [1]
    assert found_rows(texts, "ニューヨーク") == [1]
    assert found_rows(texts, "  JONAS ") == [2]
    assert found_rows(texts, "Lima") == []
    assert found_rows(texts, "   ") == [0, 1, 2]
