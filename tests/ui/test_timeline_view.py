"""The timeline widget paints from palette roles at any size, light or dark, and picks slots from a click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from app.hours import parse_hours
from app.intervals import Interval
from app.people import Person
from app.timeline import ViewMode, timeline_facts, view_span
from ui.palette import dark_palette
from ui.timeline_layout import layout_timeline
from ui.timeline_view import TimelineView

NOW = datetime(2026, 3, 9, 3, tzinfo=UTC)
TOKYO = ZoneInfo("Asia/Tokyo")
NY = ZoneInfo("America/New_York")


def make_view(qtbot: QtBot, clock: Callable[[], datetime] = lambda: NOW) -> TimelineView:
    view = TimelineView(clock)
    qtbot.addWidget(view)
    people = [
        Person("you", TOKYO, parse_hours("mon-fri 07:00-09:00 19:00-24:00")),
        Person("New York", NY, parse_hours("mon-fri 09:00-17:00")),
    ]
    view.set_facts(
        timeline_facts(people, view_span(date(2026, 3, 9), ViewMode.WEEK, TOKYO)), ["A", "B"], ["you", "NY"]
    )
    return view


@pytest.mark.parametrize(("width", "height"), [(800, 600), (1920, 1080), (3840, 2160)])
@pytest.mark.parametrize("dark", [False, True])
def test_paints_at_every_size_in_light_and_dark(qtbot: QtBot, width: int, height: int, dark: bool) -> None:
    view = make_view(qtbot)
    if dark:
        view.setPalette(dark_palette())
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.painted):
        view.update()
    image = view.grab().toImage()
    background = view.palette().color(QPalette.ColorRole.Window)
    assert image.pixelColor(2, 2) == background
    layout = view.layout_result()
    assert layout is not None
    assert layout.plot.w > width * 0.6, "the timeline keeps most of the width for time"


def test_a_click_picks_a_slot_of_the_meeting_length(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_duration(timedelta(minutes=45))
    view.resize(1600, 500)
    view.show()
    qtbot.waitExposed(view)
    layout = view.layout_result()
    assert layout is not None
    x = round(layout.x_of(datetime(2026, 3, 10, 13, 10, tzinfo=UTC)))
    with qtbot.waitSignal(view.selectionChanged) as changed:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, round(layout.plot.y + 5)))
    (selection,) = changed.args
    assert selection.start == datetime(2026, 3, 10, 13, 0, tzinfo=UTC), (
        "09:00 in New York, the nearest half hour"
    )
    assert selection.duration == timedelta(minutes=45)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selection() is None


def test_changes_before_a_paint_are_laid_out_once_at_the_size_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.timeline_view

    sizes: list[tuple[float, float]] = []
    real = layout_timeline

    def counted(*args: object, **kwargs: object) -> object:
        sizes.append((kwargs["width"], kwargs["height"]))  # type: ignore[arg-type]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ui.timeline_view, "layout_timeline", counted)
    view = make_view(qtbot)  # facts set before the view has its size
    facts = view.facts()
    assert facts is not None
    view.set_options([facts.shared[0]])
    view.set_checkins([facts.shared[0].start])
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.painted):
        view.update()
    assert sizes == [(900, 500)], "one layout, at the size the view is shown at"
    layout = view.layout_result()
    assert layout is not None
    assert layout.plot.right <= 900
    # A new change is laid out when next needed, here by a gesture's hit test.
    view.resize(700, 400)
    assert view.describe_at(layout.plot.x + 5)
    assert sizes[-1] == (700, 400)


@pytest.mark.parametrize("dark", [False, True])
def test_a_layouts_first_paint_matches_the_layered_repaints(qtbot: QtBot, dark: bool) -> None:
    # The first paint after a layout goes straight onto the widget; later ones copy cached layers with
    # the picked slot between them. Both must give the same picture, the slot over options and hours.
    view = make_view(qtbot)
    if dark:
        view.setPalette(dark_palette())
    facts = view.facts()
    assert facts is not None
    shared = facts.shared[0]
    view.set_options([shared, Interval(shared.start + timedelta(days=1), shared.end + timedelta(days=1))])
    view.set_selection(Interval(shared.start, shared.start + timedelta(minutes=30)))
    view.resize(1000, 520)
    view.show()
    qtbot.waitExposed(view)
    view.set_checkins([shared.start])  # a new layout, not yet painted
    direct = view.grab().toImage()
    assert view._layers is None, "the first paint of a layout makes no layers"
    layered = view.grab().toImage()
    assert view._layers is not None
    assert direct.size() == layered.size()
    assert direct.format() == layered.format()
    # Lines and text blended through a transparent layer may round one level apart, nothing more.
    first, then = bytes(direct.constBits()), bytes(layered.constBits())
    assert max(abs(a - b) for a, b in zip(first, then, strict=True)) <= 1


def test_the_layers_are_made_in_the_turn_after_a_layouts_first_paint(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_checkins([])  # a new layout
    view.grab()
    assert view._layers is None
    qtbot.waitUntil(lambda: view._layers is not None, timeout=1000)
