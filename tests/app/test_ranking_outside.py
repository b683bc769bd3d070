"""How far a meeting lies outside people's hours, summed over people: the ranking's sweep over slope
changes agrees with the plain definition, worked out second by second for each person and start."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from app.clockchanges import OffsetTable
from app.ranking import _NO_HOURS, _outside_totals, _PersonView

Span = tuple[int, int]


def outside_by_definition(spans: list[Span], start: int, length: int) -> int:
    """The meeting's seconds outside ``spans``, plus, when none of it is inside, the gap to the
    nearest span; ``length`` plus a week for someone without hours."""
    if not spans:
        return length + _NO_HOURS
    end = start + length
    covered = sum(max(0, min(end, e) - max(start, a)) for a, e in spans)
    if covered:
        return length - covered
    gaps = [start - e for _, e in spans if e <= start] + [a - end for a, _ in spans if a >= end]
    return length + min(gaps)


def view(spans: list[Span]) -> _PersonView:
    totals = [0]
    for a, e in spans:
        totals.append(totals[-1] + e - a)
    clock = OffsetTable.build(ZoneInfo("UTC"), 0, 1)
    return _PersonView([a for a, _ in spans], [e for _, e in spans], totals, clock, 3.0, spans)


@st.composite
def span_lists(draw: st.DrawFn) -> list[Span]:
    """Sorted spans that do not overlap (they may touch), with gaps shorter and longer than a meeting."""
    spans: list[Span] = []
    at = draw(st.integers(-50, 50))
    for _ in range(draw(st.integers(0, 6))):
        at += draw(st.integers(0, 40))  # 0: touching the span before
        length = draw(st.integers(1, 30))
        spans.append((at, at + length))
        at += length
    return spans


@given(
    people=st.lists(span_lists(), min_size=1, max_size=4),
    length=st.integers(1, 25),
    starts=st.lists(st.integers(-120, 320), min_size=0, max_size=40, unique=True).map(sorted),
)
def test_the_sweep_agrees_with_the_definition(
    people: list[list[Span]], length: int, starts: list[int]
) -> None:
    expected = [sum(outside_by_definition(spans, s, length) for spans in people) for s in starts]
    assert _outside_totals([view(spans) for spans in people], starts, length) == expected


def test_a_gap_whose_middle_falls_between_two_seconds() -> None:
    # Starts 10..15 fit in the gap [10, 20) for a 5-second meeting; the middle, 12.5, is no whole second.
    spans = [(0, 10), (20, 30)]
    starts = list(range(8, 18))
    expected = [outside_by_definition(spans, s, 5) for s in starts]
    assert expected == [3, 4, 5, 6, 7, 7, 6, 5, 4, 3]
    assert _outside_totals([view(spans)], starts, 5) == expected
