"""The one fact about tzdata that the fast paths rely on, checked for every zone, not assumed.

``app.overlap.hours_spans`` and ``app.clockchanges`` read a zone's offset once a
day and treat a day whose neighbouring noon readings agree as free of clock
changes. That is sound only if no zone changes its offset twice within a day;
this test reads every zone's TZif data (explicit transitions, then its POSIX
rule) and requires at least two days between changes over 1900–2200, the whole
range the app accepts.
"""

from __future__ import annotations

import itertools
import zoneinfo
from datetime import UTC, datetime

from app.vtimezone import parse_posix_tz, read_tzif, rule_switches

FIRST, LAST = 1900, 2200


def _epoch(year: int) -> int:
    return int(datetime(year, 1, 1, tzinfo=UTC).timestamp())


def offset_changes(key: str) -> list[int]:
    data = read_tzif(key)
    changes, previous = [], data.initial_offset
    for instant, offset in zip(data.transitions, data.offsets, strict=True):
        if offset != previous:
            changes.append(instant)
        previous = offset
    last = data.transitions[-1] if data.transitions else _epoch(FIRST)
    rule = parse_posix_tz(data.footer) if data.footer else None
    if rule is not None and rule.dst is not None:
        for year in range(datetime.fromtimestamp(max(last, _epoch(FIRST)), UTC).year, LAST + 1):
            switches = rule_switches(rule, year)
            changes.extend(s.instant for s in switches if s.instant > last and s.offset_from != s.offset_to)
    return sorted(c for c in changes if _epoch(FIRST) <= c < _epoch(LAST))


def test_no_zone_changes_its_offset_twice_within_two_days() -> None:
    close = []
    zones = sorted(zoneinfo.available_timezones() - {"localtime"})
    counted = 0
    for key in zones:
        changes = offset_changes(key)
        counted += len(changes)
        close.extend((key, a, b) for a, b in itertools.pairwise(changes) if b - a < 2 * 86400)
    assert counted > 50_000, "the scan must actually see the zones' changes"
    when = datetime.fromtimestamp
    shown = [f"{key}: {when(a, UTC)}, {when(b, UTC)}" for key, a, b in close]
    assert not close, shown[:5]
