"""A person as the planner sees them: a name, an IANA zone and weekly wall-clock hours."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from app.availability import Away, DateRange
from app.hours import WeeklyHours


@dataclass(frozen=True, slots=True)
class Person:
    """Someone whose hours take part in a meeting: the freelancer or a client.

    ``holidays`` is a country code with an optional subdivision (``US``, ``JP``,
    ``DE-BY``) or ``None`` when the person's public holidays are not considered. ``days_off`` are
    dates they do not work beyond those; ``away`` stretches of dates on another clock or with other
    hours (:mod:`app.availability` says how they are read).
    """

    name: str
    zone: ZoneInfo
    hours: WeeklyHours
    holidays: str | None = field(default=None)
    days_off: tuple[DateRange, ...] = ()
    away: tuple[Away, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.zone, ZoneInfo):
            raise TypeError(f"Use ZoneInfo for a person's zone, not {type(self.zone).__name__}.")
        if not isinstance(self.hours, WeeklyHours):
            raise TypeError(f"Use WeeklyHours for a person's hours, not {type(self.hours).__name__}.")

    @property
    def usual_week(self) -> bool:
        """Whether the weekly hours on their own clock are all there is: no day off, no stretch away."""
        return not self.days_off and not self.away

    @property
    def zone_name(self) -> str:
        return self.zone.key
