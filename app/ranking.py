"""Choosing the few meeting times worth proposing from the time people share.

Candidates start on round minutes of the client's clock, no sooner than a notice
period after ``now``, and never on anyone's public holiday. Each is scored by how
comfortable it is for everyone (away from the edges of each person's hours, away
from night hours on each person's clock); the best one of each client day is kept
and the options are spread over different client days where the windows allow.
When no candidate lies wholly inside everyone's hours, the least-bad ones — the
smallest stretch outside someone's hours — come back marked ``outside_hours``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.clockchanges import OffsetTable
from app.intervals import Interval, Span, intersect_spans, seconds, subtract_spans
from app.overlap import hours_spans
from app.people import Person
from app.publicholidays import holiday_spans, parse_holiday_code

STEPS = (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60)
"""Allowed ``step_minutes``: the divisors of an hour, so every hour of the client's clock looks alike."""

# Penalty weights per minute of a meeting spent in a stretch of someone's wall clock.
_SMALL_HOURS = (0, 6 * 60)  # 00:00-06:00
_LATE_OR_EARLY = ((6 * 60, 7 * 60), (22 * 60, 24 * 60))
_SMALL_HOURS_WEIGHT = 3.0
_FREELANCER_SMALL_HOURS_WEIGHT = 6.0  # the freelancer often works beside a day job and must sleep
_LATE_OR_EARLY_WEIGHT = 1.0
# Minutes near the edges of a person's own block that feel rushed; the end weighs more than the start,
# because a meeting in someone's last minutes keeps them past their day when it overruns.
_END_MARGIN = 60
_START_MARGIN = 30
_END_WEIGHT = 1.0
_START_WEIGHT = 0.5
_BUCKET = 15.0  # penalties this close count as equally good, and then the earlier time wins
_NEAR = 3600  # fill-up options this close to a chosen one are taken last
_NO_HOURS = 7 * 86400  # the stretch charged for someone with no hours at all near the meeting
_UNSCORED = 1e9  # the penalty of a start too far outside people's hours to be worth scoring
_FAR = 1 << 62  # an epoch second later than any meeting
_LOOK_AROUND = 2 * 86400  # hours this far beyond the range still tell how far outside a meeting lies


@dataclass(frozen=True, slots=True)
class Option:
    """A proposed meeting time. ``outside_hours`` marks a least-bad option that leaves someone's hours
    by ``outside_minutes`` minutes in total; ``penalty`` is its discomfort score (lower is better)."""

    interval: Interval
    outside_hours: bool = False
    outside_minutes: int = 0
    penalty: float = 0.0


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    day: int  # ordinal of the client's local date at the start
    outside: int  # seconds by which people's hours must stretch to hold it, summed over people
    penalty: float

    def key(self) -> tuple[int, int, int]:
        return self.outside, int(self.penalty // _BUCKET), self.start


@dataclass(frozen=True, slots=True)
class _PersonView:
    """One person's hours and clock over the planning stretch, ready for cheap look-ups."""

    starts: list[int]
    ends: list[int]
    covered_before: list[int]  # covered_before[i]: seconds in spans[0..i)
    clock: OffsetTable
    small_hours_weight: float
    spans: list[Span]
    # The night-time part of the penalty depends only on the local start minute and the length, and
    # the starts worth scoring fall on a few minutes of the day: worked out once per minute.
    _clock_penalties: dict[tuple[int, int], float] = field(default_factory=dict)

    @classmethod
    def build(cls, person: Person, start: int, end: int, small_hours_weight: float) -> _PersonView:
        spans = hours_spans(person.hours, person.zone, start, end)
        totals = [0]
        for s, e in spans:
            totals.append(totals[-1] + e - s)
        return cls(
            [s for s, _ in spans],
            [e for _, e in spans],
            totals,
            OffsetTable.build(person.zone, start, end),
            small_hours_weight,
            spans,
        )

    def outside_each(self, starts: Sequence[int], length: int) -> list[int]:
        """For each of ``starts`` (ascending), how far this person would have to stretch their hours to
        attend ``[start, start + length)``: the meeting's seconds outside their hours, plus, when none of
        it is inside, the gap to their nearest hours — 45 minutes just before someone's day beats 45
        minutes in their night. One sweep over the spans for all starts, not a search per start: the
        least-bad search asks this for every round start of a year."""
        n = len(self.starts)
        if not n:
            return [length + _NO_HOURS] * len(starts)
        found: list[int] = []
        append = found.append
        # A span that starts after every meeting ends both searches below without a bounds check.
        span_starts, span_ends = [*self.starts, _FAR], self.ends
        # Seconds of hours from the stretch's start up to x, for x from the start of span k on: base[k] + x.
        base = [b - s for b, s in zip(self.covered_before, self.starts, strict=False)]
        i = j = 0  # the spans starting at or before a start, and at or before its end
        for start in starts:
            end = start + length
            while span_starts[i] <= start:
                i += 1
            j = max(j, i)
            while span_starts[j] <= end:
                j += 1
            covered = 0
            if j:  # and so the meeting ends at or after some span's start
                e = span_ends[j - 1]
                covered = base[j - 1] + (end if end < e else e)
                if i:
                    e = span_ends[i - 1]
                    covered -= base[i - 1] + (start if start < e else e)
            if covered:
                append(length - covered)
            elif i:
                gap = start - span_ends[i - 1]
                if i < n and span_starts[i] - end < gap:
                    gap = span_starts[i] - end
                append(length + gap)
            else:
                append(length + span_starts[0] - end)
        return found

    def penalty_each(self, starts: Sequence[int], length: int) -> list[float]:
        """For each of ``starts`` (ascending), the discomfort of a meeting of ``length`` seconds then:
        minutes in this person's small hours and late or early hours, and, inside their hours, minutes
        near the edges of their block. One sweep over the clock and the spans for all starts."""
        found: list[float] = []
        minutes = length // 60
        clock_starts, offsets = self.clock.starts, self.clock.offsets
        pieces = len(clock_starts)
        span_starts, span_ends = [*self.starts, _FAR], self.ends
        k = 0  # the clock's piece at the start (its first one for starts before the table)
        i = 0  # the spans starting at or before the start
        for start in starts:
            while k + 1 < pieces and clock_starts[k + 1] <= start:
                k += 1
            local = ((start + offsets[k]) // 60) % 1440
            score = self._clock_penalties.get((local, minutes))
            if score is None:
                score = self.small_hours_weight * _daily_overlap(local, minutes, *_SMALL_HOURS)
                for lo, hi in _LATE_OR_EARLY:
                    score += _LATE_OR_EARLY_WEIGHT * _daily_overlap(local, minutes, lo, hi)
                self._clock_penalties[(local, minutes)] = score
            while span_starts[i] <= start:
                i += 1
            end = start + length
            if i and span_ends[i - 1] >= end:  # edges only mean something inside the person's hours
                score += _START_WEIGHT * max(0, _START_MARGIN - (start - span_starts[i - 1]) // 60)
                score += _END_WEIGHT * max(0, _END_MARGIN - (span_ends[i - 1] - end) // 60)
            found.append(score)
        return found


def _daily_overlap(local: int, minutes: int, lo: int, hi: int) -> int:
    """Minutes of ``[local, local + minutes)`` (counted from a midnight) inside ``[lo, hi)`` of any day."""
    total = 0
    for day in range(0, (local + minutes) // 1440 + 1):
        a, b = max(local, lo + day * 1440), min(local + minutes, hi + day * 1440)
        total += max(0, b - a)
    return total


def _overlap(a: _Candidate, b: _Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _best_spread(candidates: list[_Candidate], count: int) -> list[_Candidate]:
    """The best candidate of each client day, best days first; then, when days run short, the best
    remaining candidates that overlap no chosen one, those far from a chosen one first."""
    ranked = sorted(candidates, key=_Candidate.key)
    by_day: dict[int, list[_Candidate]] = {}
    for c in ranked:
        by_day.setdefault(c.day, []).append(c)
    chosen: list[_Candidate] = []
    for day in sorted(by_day, key=lambda d: by_day[d][0].key()):
        if len(chosen) == count:
            break
        # A day's best may overlap the best of the day before (late one day, early the next).
        pick = next((c for c in by_day[day] if not any(_overlap(c, o) for o in chosen)), None)
        if pick is not None:
            chosen.append(pick)
    rest = ranked
    while len(chosen) < count:
        free = [c for c in rest if not any(_overlap(c, o) for o in chosen)]
        if not free:
            break

        def near(c: _Candidate) -> bool:
            return any(c.end > o.start - _NEAR and c.start < o.end + _NEAR for o in chosen)

        chosen.append(min(free, key=lambda c: (near(c), *c.key())))
    return sorted(chosen, key=lambda c: c.start)


def _check(people: Sequence[Person], client: Person, duration: timedelta, count: int, step: int) -> None:
    if not people:
        raise ValueError("Give at least the freelancer and the client.")
    if client not in people:
        raise ValueError("The client must be one of the people.")
    if not timedelta(0) < duration <= timedelta(days=1):
        raise ValueError(f"A meeting lasts more than nothing and at most a day, not {duration}.")
    if duration % timedelta(minutes=1):
        raise ValueError(f"Use a whole number of minutes for the duration, not {duration}.")
    if count < 1:
        raise ValueError(f"Ask for at least one option, not {count}.")
    if step not in STEPS:
        raise ValueError(
            f"step_minutes must divide an hour: one of {', '.join(map(str, STEPS))}; not {step}."
        )


def rank_options(
    people: Sequence[Person],
    *,
    client: Person,
    start: datetime,
    end: datetime,
    duration: timedelta,
    now: datetime,
    count: int = 3,
    notice: timedelta = timedelta(hours=12),
    step_minutes: int = 30,
) -> list[Option]:
    """Up to ``count`` meeting options of ``duration`` within ``[start, end)``, in time order.

    ``people[0]`` is the freelancer; ``client`` is one of ``people`` and sets the clock on
    which starts are round. Nothing starts before ``now + notice``. Raises
    :class:`~app.publicholidays.HolidayError` for a person's unknown holiday code.
    """
    _check(people, client, duration, count, step_minutes)
    if now.tzinfo is None or start.tzinfo is None or end.tzinfo is None:
        raise ValueError("Use timezone-aware datetimes for start, end and now.")
    codes = [(parse_holiday_code(p.holidays), p.zone) for p in people if p.holidays]
    length = int(duration.total_seconds())
    earliest = now + notice
    lo = max(seconds(start), math.ceil(earliest.timestamp()))
    hi = seconds(end)
    if hi - lo < length:
        return []
    holidays = holiday_spans(codes, lo, hi)

    def candidates_in(spans: list[Span], views: list[_PersonView]) -> list[_Candidate]:
        starts: list[tuple[int, int, int]] = []  # (outside, start, client day)
        step = step_minutes * 60
        for first, last, offset in client_clock.pieces(lo, hi):
            # The starts that read a round minute on the client's clock, within this stretch of one offset.
            candidates = [
                s
                for a, b in spans
                if b - a >= length and a < last and b - length >= first
                for s in range(
                    max(a, first) + (-(max(a, first) + offset)) % step, min(b - length + 1, last), step
                )
            ]
            if not candidates:
                continue
            totals = [0] * len(candidates)
            for view in views:
                totals = [t + o for t, o in zip(totals, view.outside_each(candidates, length), strict=True)]
            starts.extend(
                (outside, s, (s + offset) // 86400) for outside, s in zip(totals, candidates, strict=True)
            )
        # Comfort only breaks ties between equally bad starts, so it is worked out only for starts no
        # worse than the count-th best day needs; the rest rank on how far outside they lie alone.
        best_of_day: dict[int, int] = {}
        for outside, _, day in starts:
            best_of_day[day] = min(outside, best_of_day.get(day, outside))
        needed = sorted(best_of_day.values())[:count][-1] if best_of_day else 0
        scored = [s for outside, s, _ in starts if outside <= needed]
        penalties = [0.0] * len(scored)
        for view in views:  # summed person by person, in the same order as ever
            penalties = [t + p for t, p in zip(penalties, view.penalty_each(scored, length), strict=True)]
        penalty_at = dict(zip(scored, penalties, strict=True))
        return [
            _Candidate(s, s + length, day, outside, penalty_at[s] if outside <= needed else _UNSCORED)
            for outside, s, day in starts
        ]

    views = [
        _PersonView.build(p, lo, hi, _FREELANCER_SMALL_HOURS_WEIGHT if i == 0 else _SMALL_HOURS_WEIGHT)
        for i, p in enumerate(people)
    ]
    client_clock = views[list(people).index(client)].clock
    # The views already hold everyone's hours over the whole stretch: their intersection is the
    # shared time, with no second pass over anyone's hours.
    shared: list[Span] = [(lo, hi)]
    for view in views:
        shared = intersect_spans(shared, view.spans)
    inside = subtract_spans(shared, holidays)
    found = candidates_in(inside, views)
    if not found:
        # Nothing fits: every round start off the holidays competes on its time outside people's hours.
        found = candidates_in(subtract_spans([(lo, hi)], holidays), views)
    return [
        Option(
            Interval.from_span((c.start, c.end)),
            outside_hours=c.outside > 0,
            outside_minutes=-(-c.outside // 60),
            penalty=c.penalty,
        )
        for c in _best_spread(found, count)
    ]
