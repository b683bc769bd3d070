"""A person as the planner sees them: a name, an IANA zone and weekly wall-clock hours."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from app.hours import WeeklyHours


@dataclass(frozen=True, slots=True)
class Person:
    """Someone whose hours take part in a meeting: the freelancer or a client.

    ``holidays`` is a country code with an optional subdivision (``US``, ``JP``,
    ``DE-BY``) or ``None`` when the person's public holidays are not considered.
    """

    name: str
    zone: ZoneInfo
    hours: WeeklyHours
    holidays: str | None = field(default=None)

    def __post_init__(self) -> None:
        if not isinstance(self.zone, ZoneInfo):
            raise TypeError(f"Use ZoneInfo for a person's zone, not {type(self.zone).__name__}.")
        if not isinstance(self.hours, WeeklyHours):
            raise TypeError(f"Use WeeklyHours for a person's hours, not {type(self.hours).__name__}.")

    @property
    def zone_name(self) -> str:
        return self.zone.key
