"""Every option Coretime's own proposal writes (``option_text``), in every proposal language, reads back to
the exact instant it was written from: over random zones, dates and times of the client's clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.convert import read
from app.hours import parse_hours
from app.intervals import Interval
from app.people import Person
from app.proposal import option_text
from app.ranking import Option
from app.zones import Edge, to_utc
from tests.strategies import zone_names

LOCALES = ("en_US", "en_GB", "de", "fr", "es", "pt_BR", "it", "nl", "ja")
ME = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 09:00-17:00"))


def _twice(instant: datetime, zone: ZoneInfo) -> bool:
    """Whether the wall time ``zone`` shows at ``instant`` is shown twice (a fold)."""
    wall = instant.astimezone(zone).replace(tzinfo=None)
    return wall.replace(tzinfo=zone, fold=0).utcoffset() != wall.replace(tzinfo=zone, fold=1).utcoffset()


@pytest.mark.parametrize("locale", LOCALES)
@settings(max_examples=12, deadline=None)
@given(
    zone=zone_names,
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2037, 12, 20)),
    slot=st.integers(0, 47),
    minutes=st.sampled_from([30, 60, 90]),
)
def test_an_option_reads_back_to_its_instant(
    locale: str, zone: str, day: date, slot: int, minutes: int
) -> None:
    client_zone = ZoneInfo(zone)
    start = to_utc(day, slot * 30, client_zone, Edge.START)
    end = start + timedelta(minutes=minutes)
    text = option_text(Option(Interval(start, end)), client_zone, locale)
    client = Person("client", client_zone, parse_hours("mon-fri 09:00-17:00"))
    reading = read(text, client=client, me=ME, locale=locale, now=start - timedelta(days=1))
    assert reading.zone_read == zone
    if _twice(start, client_zone):
        # The text alone cannot tell the two passes apart: the first is read, the other offered
        assert start in {reading.interval.start, *(a.instant for a in reading.alternatives)}, text
        return
    assert reading.interval.start == start, text
    if (
        not _twice(end, client_zone)
        and start.astimezone(client_zone).utcoffset() == end.astimezone(client_zone).utcoffset()
    ):
        assert reading.interval.end == end, text


@pytest.mark.parametrize("locale", LOCALES)
def test_midnight_noon_and_a_night_crossing_midnight_read_back(locale: str) -> None:
    zone = ZoneInfo("America/New_York")
    client = Person("client", zone, parse_hours("mon-fri 09:00-17:00"))
    for wall, minutes in (((0, 0), 30), ((12, 0), 30), ((23, 30), 60), ((11, 30), 60)):
        start = datetime(2026, 12, 31, *wall, tzinfo=zone).astimezone(UTC)
        end = start + timedelta(minutes=minutes)
        text = option_text(Option(Interval(start, end)), zone, locale)
        reading = read(text, client=client, me=ME, locale=locale, now=datetime(2026, 12, 1, tzinfo=UTC))
        assert (reading.interval.start, reading.interval.end) == (start, end), text
