"""Choosing the few meeting times worth proposing from the time people share.

Candidates start on round minutes of the client's clock, no sooner than a notice
period after ``now``, and never on anyone's public holiday. Each is scored by how
comfortable it is for everyone (away from the edges of each person's hours, away
from night hours on each person's clock); the best one of each client day is kept
and the options are spread over different client days where the windows allow.
Busy time (the freelancer's calendars) and anyone's days off and stretches away marked off are kept
out like a holiday; a stretch away on another clock or hours counts those.
When no candidate lies wholly inside everyone's hours, the least-bad ones — the
smallest stretch outside someone's hours — come back marked ``outside_hours``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.clockchanges import OffsetTable
from app.intervals import Interval, Span, intersect_spans, seconds, subtract_spans, union_spans
from app.overlap import off_spans, person_spans
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


@dataclass(frozen=True, slots=True)
class Option:
    """A proposed meeting time. ``outside_hours`` marks a least-bad option that leaves someone's hours
    by ``outside_minutes`` minutes in total; ``penalty`` is its discomfort score (lower is better)."""

    interval: Interval
    outside_hours: bool = False
    outside_minutes: int = 0
    penalty: float = 0.0


_Candidate = tuple[int, int, int, int, float]
"""A start worth considering: (outside, penalty bucket, start, client day, penalty). ``outside`` is the
seconds by which people's hours must stretch to hold it, summed over people; the bucket is
``int(penalty // _BUCKET)``; the day is the ordinal of the client's local date at the start. Its first
three items are its rank (starts are unique), so candidates compare as plain tuples: there are
thousands of them when nobody shares any time."""


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
        spans = person_spans(person, start, end)
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


def _outside_totals(views: Sequence[_PersonView], starts: Sequence[int], length: int) -> list[int]:
    """For each of ``starts`` (ascending), how far people's hours must stretch, summed over ``views``,
    to hold ``[start, start + length)``: for each person the meeting's seconds outside their hours, plus,
    when none of it is inside, the gap to their nearest hours — 45 minutes just before someone's day
    beats 45 minutes in their night.

    Each person's part is a piecewise-linear function of the start: the seconds outside fall and rise
    with slope 1 around each span's edges, and between spans the gap to the nearer one rises and falls.
    So the sum is piecewise linear too, with its slope changing at a few points per span; one sweep over
    those points and the starts gives every value, where a loop over every person for every start did
    not keep up with the least-bad search (every round start of a year, for ten people).
    """
    if not starts:
        return []
    # Each point where the slope changes, as point * 4 + code: plain ints sort fast, and a year of ten
    # people's hours has tens of thousands of them. Code 0: the slope rises by 1; 1: it falls by 1;
    # 2: it falls by 2 (a gap's peak on a whole second); 3: the same, and the sum drops by 1 there (a
    # peak between two whole seconds).
    points: list[int] = []
    add = points.append
    # The sweep begins where everyone with hours is still before their first span, with the meeting
    # ending before it: there, each such person's part is the distance to it, falling with slope 1.
    x = min([starts[0], *(view.starts[0] - length for view in views if view.starts)])
    value = slope = 0
    for view in views:
        if not view.starts:
            value += length + _NO_HOURS
            continue
        value += view.starts[0] - x
        slope -= 1
        previous_end = None
        for a, e in zip(view.starts, view.ends, strict=True):
            # Seconds outside the span [a, e): start to fall at a - length, stop at a, rise from e -
            # length, stop at e. Before the first span, the fall just goes on (the gap to it ends where
            # the overlap begins).
            if previous_end is not None:
                add((a - length) * 4 + 1)
                left, right = previous_end, a - length  # the starts that fit wholly in the gap
                if left < right:  # the gap to the nearer span rises from left and falls to right
                    add(left * 4)
                    add(right * 4)
                    middle = left + right
                    add((middle + 1) // 2 * 4 + 2 + middle % 2)  # the first whole second past the middle
            add(a * 4)
            add((e - length) * 4)
            add(e * 4 + 1)
            previous_end = e
        if previous_end is not None:  # after the last span the gap grows without end
            add(previous_end * 4)
    points.sort()
    found: list[int] = []
    append = found.append
    count, k = len(points), 0
    for start in starts:
        while k < count and points[k] >> 2 <= start:
            point, code = divmod(points[k], 4)
            value += slope * (point - x) - (code == 3)
            slope += _SLOPE_CHANGE[code]
            x = point
            k += 1
        append(value + slope * (start - x))
    return found


_SLOPE_CHANGE = (1, -1, -2, -2)


def _daily_overlap(local: int, minutes: int, lo: int, hi: int) -> int:
    """Minutes of ``[local, local + minutes)`` (counted from a midnight) inside ``[lo, hi)`` of any day."""
    total = 0
    for day in range(0, (local + minutes) // 1440 + 1):
        a, b = max(local, lo + day * 1440), min(local + minutes, hi + day * 1440)
        total += max(0, b - a)
    return total


def _best_spread(candidates: list[_Candidate], count: int, length: int) -> list[_Candidate]:
    """The best candidate of each client day, best days first; then, when days run short, the best
    remaining candidates that overlap no chosen one, those far from a chosen one first.

    Candidates are tuples whose order is their rank; only each day's best are sorted, not the thousands
    of candidates a least-bad search has.
    """

    def free(c: _Candidate, chosen: list[_Candidate]) -> bool:
        return not any(c[2] < o[2] + length and o[2] < c[2] + length for o in chosen)

    best_of_day: dict[int, _Candidate] = {}
    for c in candidates:
        best = best_of_day.get(c[3])
        if best is None or c < best:
            best_of_day[c[3]] = c
    chosen: list[_Candidate] = []
    for best in sorted(best_of_day.values()):
        if len(chosen) == count:
            break
        # A day's best may overlap the best of the day before (late one day, early the next); then the
        # day's best that does not.
        day = best[3]
        pick = (
            best
            if free(best, chosen)
            else min((c for c in candidates if c[3] == day and free(c, chosen)), default=None)
        )
        if pick is not None:
            chosen.append(pick)
    while len(chosen) < count:
        left = [c for c in candidates if free(c, chosen)]
        if not left:
            break

        def near(c: _Candidate) -> bool:
            return any(c[2] + length > o[2] - _NEAR and c[2] < o[2] + length + _NEAR for o in chosen)

        chosen.append(min(left, key=lambda c: (near(c), c[0], c[1], c[2])))
    return sorted(chosen, key=lambda c: c[2])


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
    busy: Sequence[Span] = (),
) -> list[Option]:
    """Up to ``count`` meeting options of ``duration`` within ``[start, end)``, in time order.

    ``people[0]`` is the freelancer; ``client`` is one of ``people`` and sets the clock on
    which starts are round. Nothing starts before ``now + notice``, and no option overlaps ``busy``
    (sorted, disjoint spans: the freelancer's calendars and booked meetings), not even a least-bad
    one. Raises
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
    # Holidays and busy time are both kept out of every option, the least-bad ones too.
    blocked = holiday_spans(codes, lo, hi)
    # So are everyone's days off and stretches away marked off.
    days_off = [span for p in people for span in off_spans(p, lo, hi)]
    if busy or days_off:
        blocked = union_spans([*blocked, *busy, *days_off])

    def candidates_in(spans: list[Span], views: list[_PersonView], inside: bool) -> list[_Candidate]:
        """The round starts of meetings within ``spans``; ``inside``: the spans are shared time, so
        that every meeting in them lies wholly inside everyone's hours."""
        found: list[int] = []  # the starts, ascending
        days: list[int] = []  # the client's day at each
        step = step_minutes * 60
        for first, last, offset in client_clock.pieces(lo, hi):
            # The starts that read a round minute on the client's clock, within this stretch of one offset.
            piece = [
                s
                for a, b in spans
                if b - a >= length and a < last and b - length >= first
                for s in range(
                    max(a, first) + (-(max(a, first) + offset)) % step, min(b - length + 1, last), step
                )
            ]
            found.extend(piece)
            days.extend([(s + offset) // 86400 for s in piece])
        outsides = [0] * len(found) if inside else _outside_totals(views, found, length)
        # Comfort only breaks ties between equally bad starts, so it is worked out only for starts no
        # worse than the count-th best day needs; the rest rank on how far outside they lie alone.
        best_of_day: dict[int, int] = {}
        for outside, day in zip(outsides, days, strict=True):
            if outside < best_of_day.get(day, _FAR):
                best_of_day[day] = outside
        needed = sorted(best_of_day.values())[:count][-1] if best_of_day else 0
        scored = [s for outside, s in zip(outsides, found, strict=True) if outside <= needed]
        penalties = [0.0] * len(scored)
        for view in views:  # summed person by person, in the same order as ever
            penalties = [t + p for t, p in zip(penalties, view.penalty_each(scored, length), strict=True)]
        penalty_at = dict(zip(scored, penalties, strict=True))
        unscored = int(_UNSCORED // _BUCKET)
        candidates: list[_Candidate] = []
        add = candidates.append
        for outside, s, day in zip(outsides, found, days, strict=True):
            if outside <= needed:
                penalty = penalty_at[s]
                add((outside, int(penalty // _BUCKET), s, day, penalty))
            else:
                add((outside, unscored, s, day, _UNSCORED))
        return candidates

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
    inside = subtract_spans(shared, blocked)
    found = candidates_in(inside, views, inside=True)
    if not found:
        # Nothing fits: every round start off the holidays and busy time competes on its time outside
        # people's hours.
        found = candidates_in(subtract_spans([(lo, hi)], blocked), views, inside=False)
    return [
        Option(
            Interval.from_span((start, start + length)),
            outside_hours=outside > 0,
            outside_minutes=-(-outside // 60),
            penalty=penalty,
        )
        for outside, _, start, _, penalty in _best_spread(found, count, length)
    ]
