"""A client on a trip, as the window shows him: his row reads Lisbon's clock on the trip's dates, the
place is named under his name and where the clock turns, and the hover and a picked slot say Lisbon."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.intervals import Interval
from app.profiles import Profile, ProfileStore
from ui.main_window import MainWindow
from ui.timeline_layout import Kind

ME = Profile(id="me", name="Aiko", zone="Asia/Tokyo", hours="mon-fri 19:00-24:00", is_me=True)
JONAS = Profile(
    id="jonas",
    name="Jonas",
    zone="Europe/Berlin",
    hours="mon-fri 09:00-17:00",
    away="2026-12-10..2026-12-11 Europe/Lisbon mon-fri 10:00-18:00",
)
MONDAY = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)  # Monday noon in Tokyo
THURSDAY_NOON_LISBON = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)
WEDNESDAY_NOON_BERLIN = datetime(2026, 12, 9, 11, 0, tzinfo=UTC)


def test_the_row_of_a_travelling_client_reads_lisbon_on_the_trip(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    ProfileStore(tmp_path / "profiles.json").save([ME, JONAS])
    window = make_window(clock=lambda: MONDAY)
    timeline = window.timeline
    result = timeline.layout_result()
    assert result is not None
    texts = {kind: [label.text for label in result.labels if label.kind is kind] for kind in Kind}
    # Under his name: his own clock and the trip's.
    assert "Berlin · Lisbon" in texts[Kind.PLACE]
    # Where his clock turns, going and coming back.
    assert "Lisbon · clock −1 h" in texts[Kind.CLOCK_CHANGE]
    assert "Berlin · clock +1 h" in texts[Kind.CLOCK_CHANGE]
    # Every date of his week is on his row, Saturday too: his clock turns back at 01:00 that day.
    days = texts[Kind.CLIENT_DAY]
    assert [f"{d} Dec" in " ".join(days) for d in range(7, 14)] == [True] * 7, days
    # The hover reads his clock at that instant: Lisbon on Thursday, Berlin on Wednesday.
    thursday = timeline.describe_at(result.x_of(THURSDAY_NOON_LISBON))
    wednesday = timeline.describe_at(result.x_of(WEDNESDAY_NOON_BERLIN))
    assert thursday.endswith("Thu 12:00 Lisbon"), thursday
    assert wednesday.endswith("Wed 12:00 Berlin"), wednesday
    # A slot picked on Thursday is labelled on Lisbon's clock in his row.
    timeline.set_selection(Interval(THURSDAY_NOON_LISBON, THURSDAY_NOON_LISBON.replace(hour=13)))
    picked = timeline.layout_result()
    assert picked is not None
    slot = [label.text for label in picked.labels if label.kind is Kind.SELECTION_LABEL]
    assert "12:00–13:00 Lisbon" in slot, slot
    assert "21:00–22:00 Tokyo" in slot, slot
