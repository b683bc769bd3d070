"""The freelancer's calendars in the window: added in Edit → Your calendars…, read off the window's thread,
their busy time kept out of the suggested options, flagged on a picked slot and hatched on the timeline."""

from __future__ import annotations

import stat
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import ThreadingHTTPServer
from pathlib import Path

from icalendar import Calendar, Event
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from app.intervals import Interval
from tests.app.test_calendar_fetch import Site, address, site  # noqa: F401 - site is a fixture
from ui.main_window import MainWindow
from ui.timeline_layout import Kind

Factory = Callable[..., MainWindow]
# Tuesdays 13:00–15:00 UTC (22:00–24:00 in Tokyo, 9:00–11:00 in New York): where the sample client's first
# option (Tuesday 10 March, 9:30 New York) would fall.
BLOCK_START = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
BLOCK = timedelta(hours=2)


def weekly_block() -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Coretime tests//EN")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", "weekly-block@example.com")
    event.add("dtstamp", BLOCK_START)
    event.add("dtstart", BLOCK_START)
    event.add("dtend", BLOCK_START + BLOCK)
    event.add("summary", "Choir practice")
    event.add("rrule", {"freq": "weekly"})
    cal.add_component(event)
    return bytes(cal.to_ical())


def blocked(interval: Interval) -> bool:
    """Whether ``interval`` overlaps a Tuesday block, checked week by week (independent of the reader)."""
    return any(
        interval.start < BLOCK_START + timedelta(weeks=n) + BLOCK
        and BLOCK_START + timedelta(weeks=n) < interval.end
        for n in range(-1, 6)
    )


def test_a_calendar_file_keeps_options_off_its_busy_time(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "mine.ics"
    path.write_bytes(weekly_block())
    window = make_window(choose_calendar_file=lambda _parent: str(path))
    state = window.proposal_state()
    assert state is not None
    before = [c.interval for c in state.choices]
    assert any(blocked(i) for i in before), "the sample's first option falls in the block"

    window.calendars_action.trigger()
    dialog = window.calendars_dialog
    assert dialog is not None
    with qtbot.waitSignal(window.calendar_reader.read, timeout=10_000):
        qtbot.mouseClick(dialog.add_file, Qt.MouseButton.LeftButton)
    assert dialog.lines() == [f"{path}\nEvents read: 1"]
    assert str(path) in str(window.calendar_sources()[0][0].location)

    state = window.proposal_state()
    assert state is not None
    after = [c.interval for c in state.choices]
    assert len(after) == len(before)
    assert not any(blocked(i) for i in after)
    # The block on the freelancer's row, where the Tuesday's 13:00–15:00 UTC is.
    layout = window.timeline.layout_result()
    assert layout is not None
    busy = [box.rect for box in layout.boxes if box.kind is Kind.BUSY]
    assert len(busy) == 1
    assert abs(busy[0].x - layout.x_of(BLOCK_START)) < 1
    assert abs(busy[0].right - layout.x_of(BLOCK_START + BLOCK)) < 1
    row_top, row_bottom = layout.lane_tops[0], layout.lane_tops[0] + layout.lane_height
    assert row_top <= busy[0].y < busy[0].bottom <= row_bottom + 0.01
    # Titles stay hidden unless asked for; once asked for, the tooltip names the event.
    x = busy[0].x + busy[0].w / 2
    assert "Choir practice" not in window.timeline.describe_at(x)
    with qtbot.waitSignal(window.calendar_reader.read, timeout=10_000):
        dialog.titles.setChecked(True)
    assert "busy: Choir practice" in window.timeline.describe_at(x)

    # A slot picked over the block is flagged in the panel.
    window.timeline.set_selection(Interval(BLOCK_START, BLOCK_START + timedelta(minutes=30)))
    row = next(r for r in window.proposal.options.rows() if r.picked)
    assert "you are busy then (your calendar)" in row.warning

    # Removed: the busy time goes with it.
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert dialog.lines() == []
    assert window.timeline.busy() == ()


def test_an_address_is_fetched_off_the_window_thread_and_cached(
    make_window: Factory,
    qtbot: QtBot,
    tmp_path: Path,
    site: tuple[Site, ThreadingHTTPServer],  # noqa: F811 - the fixture imported above
) -> None:
    pages, server = site
    pages.pages["/me.ics"] = (200, weekly_block())
    pages.slow.add("/me.ics")
    window = make_window()
    window.calendars_action.trigger()
    dialog = window.calendars_dialog
    assert dialog is not None
    dialog.address.setText(address(server, "/me.ics"))
    qtbot.mouseClick(dialog.add_address, Qt.MouseButton.LeftButton)
    # The server holds its answer; the window's event loop keeps turning meanwhile.
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(pages.requests) == 1 and len(ticks) >= 5, timeout=5000)
    assert window.calendar_reader.busy
    assert window.timeline.busy() == ()
    with qtbot.waitSignal(window.calendar_reader.read, timeout=10_000):
        pages.release.set()
    timer.stop()

    assert len(window.timeline.busy()) == 1
    state = window.proposal_state()
    assert state is not None
    assert not any(blocked(c.interval) for c in state.choices)
    line = dialog.lines()[0]
    assert line.startswith(address(server, "/me.ics") + "\nEvents read: 1 · fetched ")
    copies = list((tmp_path / "calendars").iterdir())
    assert len(copies) == 1
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600

    # The server gone: the cached copy still counts, with the reason the fetch failed.
    pages.pages["/me.ics"] = (404, b"gone")
    pages.slow.clear()
    with qtbot.waitSignal(window.calendar_reader.read, timeout=10_000):
        window.read_calendars()
    assert len(window.timeline.busy()) == 1
    assert "last fetch failed" in dialog.lines()[0]
    assert "404" in dialog.lines()[0]
