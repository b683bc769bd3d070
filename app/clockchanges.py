"""Where a zone's UTC offset changes: found by sampling the offset and bisecting each change to the second.

tzdata never changes a zone's offset twice within two days in the years the
app accepts (tests/app/test_zone_data_assumptions.py checks every zone over
1900–2200 on each run), so sampling once a
day sees every change — two samples never have two changes between them — and
the bisection pins it to the exact second.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

SAMPLE_SECONDS = 24 * 3600  # half the shortest gap between two changes; tables sample a year per zone


@dataclass(frozen=True, slots=True)
class OffsetChange:
    """The offset of a zone goes from ``before`` to ``after`` seconds east of UTC at epoch second ``at``."""

    at: int
    before: int
    after: int


def offset_at(zone: ZoneInfo, instant: int) -> int:
    """Seconds east of UTC in force in ``zone`` at epoch second ``instant``."""
    # Asking the zone directly about its own aware datetime is the cheapest of the equivalent spellings
    # (a third of going through UTC and astimezone), and tables sample it hundreds of times per zone.
    offset = zone.utcoffset(datetime.fromtimestamp(instant, zone))
    assert offset is not None  # a ZoneInfo always knows its offset
    return offset.days * 86400 + offset.seconds


def offset_changes(zone: ZoneInfo, start: int, end: int) -> list[OffsetChange]:
    """Every change of ``zone``'s UTC offset at an instant in ``(start, end]``, in order."""
    found: list[OffsetChange] = []
    lo, lo_offset = start, offset_at(zone, start)
    while lo < end:
        hi = min(lo + SAMPLE_SECONDS, end)
        hi_offset = offset_at(zone, hi)
        if hi_offset != lo_offset:
            # Invariant: the offset at a is lo_offset, at b it differs; the change is the first second of b.
            a, b = lo, hi
            while b - a > 1:
                mid = (a + b) // 2
                if offset_at(zone, mid) == lo_offset:
                    a = mid
                else:
                    b = mid
            found.append(OffsetChange(b, lo_offset, offset_at(zone, b)))
            hi, hi_offset = b, offset_at(zone, b)
        lo, lo_offset = hi, hi_offset
    return found


@dataclass(frozen=True, slots=True)
class OffsetTable:
    """A zone's offsets over a stretch of time, for many cheap look-ups by epoch second."""

    starts: tuple[int, ...]
    offsets: tuple[int, ...]

    @classmethod
    def build(cls, zone: ZoneInfo, start: int, end: int) -> OffsetTable:
        changes = offset_changes(zone, start, end)
        return cls(
            (start, *(c.at for c in changes)),
            (offset_at(zone, start), *(c.after for c in changes)),
        )

    def at(self, instant: int) -> int:
        """The offset at ``instant``; instants before the table's start read its first offset."""
        return self.offsets[max(bisect_right(self.starts, instant) - 1, 0)]

    def pieces(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """``(from, to, offset)`` for the constant-offset stretches that cover ``[start, end)``."""
        out: list[tuple[int, int, int]] = []
        i = max(bisect_right(self.starts, start) - 1, 0)
        cursor = start
        while cursor < end:
            upto = self.starts[i + 1] if i + 1 < len(self.starts) else end
            upto = min(upto, end)
            if upto > cursor:
                out.append((cursor, upto, self.offsets[i]))
            cursor = max(cursor, upto)
            i += 1
        return out
