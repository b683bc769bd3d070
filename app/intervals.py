"""Half-open UTC intervals and the algebra on sorted lists of them: union, intersection, clipping.

The algebra itself runs on spans of whole seconds since the Unix epoch — plain
integer pairs, cheap to compare and build — and :class:`Interval`, the aware
datetime form the rest of the app uses, converts to and from them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

Span = tuple[int, int]
"""``(start, end)`` in seconds since the Unix epoch, ``start < end``."""


@dataclass(frozen=True, order=True, slots=True)
class Interval:
    """The instants ``start <= t < end``; both ends timezone-aware, ``start < end``."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("Use timezone-aware datetimes for an Interval, not naive ones.")
        if not self.start < self.end:
            raise ValueError(f"An interval must end after it starts: {self.start} >= {self.end}.")

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def contains(self, instant: datetime) -> bool:
        return self.start <= instant < self.end

    @property
    def span(self) -> Span:
        return seconds(self.start), seconds(self.end)

    @classmethod
    def from_span(cls, span: Span) -> Interval:
        return cls(datetime.fromtimestamp(span[0], UTC), datetime.fromtimestamp(span[1], UTC))


def seconds(instant: datetime) -> int:
    """Whole seconds since the Unix epoch (sub-second parts are dropped)."""
    return int(instant.timestamp() // 1)


def union_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, disjoint spans covering the same seconds; touching spans merge."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def intersect_spans(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    """Intersection of two sorted, disjoint lists, by one linear sweep."""
    result: list[Span] = []
    i = j = 0
    while i < len(a) and j < len(b):
        a_start, a_end = a[i]
        b_start, b_end = b[j]
        start = a_start if a_start > b_start else b_start
        end = a_end if a_end < b_end else b_end
        if start < end:
            result.append((start, end))
        if a_end <= b_end:
            i += 1
        else:
            j += 1
    return result


def subtract_spans(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    """Seconds in sorted, disjoint ``a`` that are not in sorted, disjoint ``b``."""
    result: list[Span] = []
    j = 0
    for start, end in a:
        cursor = start
        while j < len(b) and b[j][1] <= cursor:
            j += 1
        k = j
        while k < len(b) and b[k][0] < end:
            if b[k][0] > cursor:
                result.append((cursor, b[k][0]))
            cursor = max(cursor, b[k][1])
            k += 1
        if cursor < end:
            result.append((cursor, end))
    return result


def _spans(intervals: Iterable[Interval]) -> list[Span]:
    return [i.span for i in intervals]


def _intervals(spans: Iterable[Span]) -> list[Interval]:
    return [Interval.from_span(s) for s in spans]


def union(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, disjoint intervals covering the same instants; touching intervals merge."""
    return _intervals(union_spans(_spans(intervals)))


def intersect(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """Intersection of two sorted, disjoint lists."""
    return _intervals(intersect_spans(_spans(a), _spans(b)))


def intersect_all(lists: Sequence[Sequence[Interval]]) -> list[Interval]:
    """Instants covered by every list; each list sorted and disjoint. No lists means no time."""
    if not lists:
        return []
    result = _spans(lists[0])
    for other in lists[1:]:
        result = intersect_spans(result, _spans(other))
    return _intervals(result)


def clip(intervals: Sequence[Interval], start: datetime, end: datetime) -> list[Interval]:
    """The parts of sorted ``intervals`` that lie inside ``[start, end)``."""
    if not start < end:
        return []
    return intersect(intervals, [Interval(start, end)])


def subtract(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """Instants in sorted, disjoint ``a`` that are not in sorted, disjoint ``b``."""
    return _intervals(subtract_spans(_spans(a), _spans(b)))
