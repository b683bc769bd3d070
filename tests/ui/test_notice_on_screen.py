"""A notice that comes while the window is at its smallest makes it taller: its bottom (the buttons)
stays on the screen."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def test_a_late_notice_keeps_the_window_on_its_screen(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    available = window.screen().availableGeometry()
    window.resize(900, window.minimumSizeHint().height())
    qtbot.waitUntil(lambda: window.height() == window.minimumSizeHint().height())
    # Its bottom edge on the screen's: the place a window the user dragged down would have.
    window.move(window.x(), available.bottom() - window.frameGeometry().height() + 1)
    qtbot.waitUntil(lambda: window.frameGeometry().bottom() == available.bottom())
    before = window.height()
    window.notices.show_notices(["The booking file could not be written: disk full. " * 4, "A second line."])
    qtbot.waitUntil(lambda: window.height() > before)
    qtbot.waitUntil(lambda: window.frameGeometry().bottom() <= available.bottom())
    assert window.notices.isVisible()
    assert window.frameGeometry().top() >= available.top()


def test_at_its_smallest_with_a_long_notice_no_option_row_covers_another(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.notices.show_notices(
        ["Parts of your people file could not be used and were repaired. " * 4, "Two."]
    )
    window.resize(900, 100)  # as small as it goes
    qtbot.waitUntil(lambda: window.height() == window.minimumSizeHint().height())
    qtbot.wait(50)
    labels = window.proposal.options.labels
    assert len(labels) == 3
    for label in labels:
        assert label.height() >= 2 * label.fontMetrics().lineSpacing(), label.text()
    for upper, lower in itertools.pairwise(labels):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper.text(), lower.text())
    # Nothing under the notice is squeezed below what it needs.
    splitter = window.main_splitter
    assert splitter.height() >= splitter.minimumSizeHint().height()
