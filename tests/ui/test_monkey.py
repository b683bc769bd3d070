"""Random use: a seeded monkey drives the main window as a restless user would — clicks, drags, key
presses and shortcuts, typing (control characters and all), resizes, the person dialog accepted or
cancelled, removals confirmed or not, exports to a folder — and any unhandled exception fails it.

Events go through the window system (``QTest`` on the ``QWindow``), so modality, focus, popups and
shortcuts work as for a real user. The run is reproducible from its seed; on failure the message
names the seed and the last actions. ``make monkey`` runs 10,000 actions.
"""

from __future__ import annotations

import random
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeySequence, QWheelEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.profiles import ProfileStore
from ui.main_window import MainWindow
from ui.people_list import ID_ROLE
from ui.person_dialog import PersonDialog
from ui.wall_text import place_text

pytestmark = pytest.mark.monkey

GOOD_PEOPLE = [
    ("America/New_York", "mon-fri 09:00-17:00"), ("Europe/Berlin", "mon-thu 09:00-12:00 13:00-17:00"),
    ("Asia/Kathmandu", "sun-fri 10:00-18:00"), ("Pacific/Chatham", "daily 22:00-02:00"),
    ("Australia/Lord_Howe", "mon-fri 08:30-16:30"), ("America/Sao_Paulo", "mon-fri 09:00-18:00"),
]  # fmt: skip
TEXTS = [
    "Acme", "Müller GmbH", "東京", "Tokyo", "New York", "EST", "Asia/Kathmandu", "Pacific/Chatham",
    "Europe/Berln", "Mars/Olympus", "mon-fri 09:00-17:00", "daily 22:00-02:00", "sat 10:00-12:00",
    "mon 24:00-02:00", "9-5", "mon-fri", "de_DE", "ja_JP", "xx_YY", "US", "DE-BY", "XX", "Anna",
    "", " ", "\x00", "\x07", "\x1b[2J", "\t", "\n", "\u202e", "\ud7ff", "🎉👩‍💻", "A" * 3000,
    "'; DROP TABLE", "%s%n{0}", "\\", "0", "-1", "99999999999999999999",
]  # fmt: skip
KEYS = [
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
    Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Delete,
    Qt.Key.Key_Backspace, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
    Qt.Key.Key_A, Qt.Key.Key_Z, Qt.Key.Key_1, Qt.Key.Key_9, Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_Menu,
]  # fmt: skip
MODIFIERS = [
    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
]  # fmt: skip


class Recorder:
    """Collects exceptions that reach ``sys.excepthook`` — where PySide6 sends those raised in slots
    and event handlers."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        self.errors.append("".join(traceback.format_exception(kind, error, tb)))


class Monkey:
    """Chooses and performs one random action at a time; remembers the last ones for the report."""

    def __init__(self, window: MainWindow, rng: random.Random) -> None:
        self.window = window
        self.rng = rng
        self.log: deque[str] = deque(maxlen=25)
        self.counts: dict[str, int] = {}
        self.actions: list[tuple[Callable[[], str], int]] = [
            (self.click, 30),
            (self.drag_timeline, 8),
            (self.key, 25),
            (self.shortcut, 12),
            (self.type_text, 15),
            (self.resize, 3),
            (self.open_dialog, 3),
            (self.finish_dialog, 6),
            (self.fill_dialog, 4),
            (self.remove_client, 2),
            (self.export, 1),
            (self.wheel, 3),
            (self.greet, 3),
            (self.find, 2),
            (self.copy, 2),
            (self.proposal_setting, 3),
            (self.meeting, 3),
        ]

    # --- where events go --------------------------------------------------------------------
    def top(self) -> QWidget:
        """The widget a user could reach now: an open popup, else a modal dialog, else the window."""
        popup = QApplication.activePopupWidget()
        modal = QApplication.activeModalWidget()
        return popup or modal or self.window

    def point_in(self, widget: QWidget) -> QPoint:
        return QPoint(self.rng.randrange(max(widget.width(), 1)), self.rng.randrange(max(widget.height(), 1)))

    # --- actions ----------------------------------------------------------------------------
    def step(self) -> None:
        if isinstance(QApplication.activePopupWidget(), QMenu):
            self.log.append(self.use_menu())
            return
        action = self.rng.choices([a for a, _ in self.actions], [w for _, w in self.actions])[0]
        done = action()
        self.log.append(done)
        name = action.__name__ if "skipped" not in done else "skipped"
        self.counts[name] = self.counts.get(name, 0) + 1

    def use_menu(self) -> str:
        """A context menu deletes itself when it closes, under the feet of QTest's window events (a
        crash in QTest, not in Coretime): choose from it, or close it, as a user would."""
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        usable = [a for a in menu.actions() if a.isEnabled() and not a.isSeparator() and a.menu() is None]
        if usable and self.rng.random() < 0.6:
            chosen = self.rng.choice(usable)
            menu.close()
            chosen.trigger()
            return f"menu: {chosen.text()}"
        menu.close()
        return "menu: closed"

    def click(self) -> str:
        top = self.top()
        point = self.point_in(top)
        button = self.rng.choice([Qt.MouseButton.LeftButton] * 6 + [Qt.MouseButton.RightButton])
        handle = top.windowHandle()
        child = top.childAt(point)
        name = type(child).__name__ if child else type(top).__name__
        if handle is None:
            return f"click skipped: {name} has no window"
        if self.rng.random() < 0.1:
            on_window(handle, lambda h: QTest.mouseDClick(h, button, Qt.KeyboardModifier.NoModifier, point))
            return f"double-click {button.name} at {point.x()},{point.y()} on {name}"
        on_window(handle, lambda h: QTest.mousePress(h, button, Qt.KeyboardModifier.NoModifier, point))
        if shiboken6.isValid(handle):  # the press may have closed the window it went to
            on_window(handle, lambda h: QTest.mouseRelease(h, button, Qt.KeyboardModifier.NoModifier, point))
        return f"click {button.name} at {point.x()},{point.y()} on {name}"

    def drag_timeline(self) -> str:
        timeline = self.window.timeline
        handle = self.window.windowHandle()
        if self.top() is not self.window or handle is None or not timeline.isVisible():
            return "drag skipped: the timeline is covered"
        start = timeline.mapTo(self.window, self.point_in(timeline))
        end = timeline.mapTo(self.window, self.point_in(timeline))
        QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        for fraction in (0.3, 0.7, 1.0):
            QTest.mouseMove(handle, start + (end - start) * fraction)
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        return f"drag {start.x()},{start.y()} → {end.x()},{end.y()}"

    def key(self) -> str:
        top = self.top()
        handle = top.windowHandle()
        key = self.rng.choice(KEYS)
        modifier = self.rng.choice(MODIFIERS) if self.rng.random() < 0.3 else Qt.KeyboardModifier.NoModifier
        if handle is None:
            return "key skipped"
        press_and_release(handle, key, modifier)
        focus = QApplication.focusWidget()
        return f"key {key.name}+{modifier.name} on {type(focus).__name__}"

    def shortcut(self) -> str:
        actions = [a for a in self.window.actions() if not a.shortcut().isEmpty()]
        chosen = self.rng.choice(actions)
        sequence: QKeySequence = chosen.shortcut()
        combined = sequence[0]
        top = self.top()
        handle = top.windowHandle()
        if handle is None:
            return "shortcut skipped"
        press_and_release(handle, combined.key(), combined.keyboardModifiers())
        return f"shortcut {sequence.toString()} ({chosen.text()})"

    def type_text(self) -> str:
        focus = QApplication.focusWidget()
        text = self.rng.choice(TEXTS) if self.rng.random() < 0.8 else self.random_text()
        if isinstance(focus, QLineEdit) and self.rng.random() < 0.5:
            focus.selectAll()
        if not isinstance(focus, QLineEdit | QPlainTextEdit):
            return f"type skipped: focus on {type(focus).__name__}"
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(focus, event)
        return f"type {text[:30]!r} into {focus.accessibleName() or type(focus).__name__}"

    def random_text(self) -> str:
        ranges = [(0x20, 0x7F), (0x80, 0x3000), (0, 0x20)]
        return "".join(
            chr(self.rng.randrange(*self.rng.choice(ranges))) for _ in range(self.rng.randrange(1, 12))
        )

    def resize(self) -> str:
        top = self.top()
        width, height = self.rng.randrange(200, 2200), self.rng.randrange(150, 1500)
        top.resize(width, height)
        return f"resize {type(top).__name__} to {width}×{height}"

    def wheel(self) -> str:
        top = self.top()
        child = top.childAt(self.point_in(top)) or top

        delta = QPoint(0, self.rng.choice([-240, -120, 120, 240]))
        centre = QPointF(child.width() / 2, child.height() / 2)
        event = QWheelEvent(
            centre, child.mapToGlobal(centre), QPoint(), delta, Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(child, event)
        return f"wheel {delta.y()} on {type(child).__name__}"

    def open_dialog(self) -> str:
        if self.top() is not self.window:
            return "open skipped: something is already open"
        choice = self.rng.choice(["new", "me", "edit"])
        if choice == "new":
            self.window.new_client.trigger()
        elif choice == "me":
            self.window.edit_me.trigger()
        else:
            self.window.people.edit_button.click()
        return f"open person dialog ({choice})"

    def finish_dialog(self) -> str:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog):
            return "finish skipped: no dialog"
        buttons = [b for b in modal.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]
        if self.rng.random() < 0.5 and buttons:
            button = self.rng.choice(buttons)
            button.click()
            return f"click '{button.text()}' in {type(modal).__name__}"
        if self.rng.random() < 0.5:
            modal.accept()
            return f"accept {type(modal).__name__}"
        modal.reject()
        return f"reject {type(modal).__name__}"

    def fill_dialog(self) -> str:
        """Fill the person dialog with good values and press OK: how clients get added and edited."""
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PersonDialog):
            return "fill skipped: no person dialog"
        city, hours = self.rng.choice(GOOD_PEOPLE)
        dialog.name.setText(f"{city} client {self.rng.randrange(100)}")
        dialog.zone.set_zone(city)
        dialog.hours.set_text(hours)
        dialog.holidays.setText(self.rng.choice(["", "US", "JP", "DE-BY", "NP"]))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not ok.isEnabled():
            return f"fill: OK stays disabled ({city}, {hours})"
        ok.click()
        return f"fill and accept: {city}, {hours}"

    def remove_client(self) -> str:
        if self.top() is not self.window:
            return "remove skipped"
        self.window.people.remove_button.click()
        return "remove selected client"

    def export(self) -> str:
        if self.top() is not self.window:
            return "export skipped"
        kind = self.rng.choice(["slot", "weekly", "holds"])
        self.window.export(kind)
        return f"export {kind}"

    def greet(self) -> str:
        if self.top() is not self.window or self.window.proposal.greeting.isReadOnly():
            return "greet skipped"
        field = self.window.proposal.greeting
        field.setFocus()
        field.selectAll()
        QTest.keyClick(field, Qt.Key.Key_Backspace)
        text = self.rng.choice(["Sarah", "Ms Miller", "", "Herr Weber", "東京", "\x07", "A" * 120])
        commit(field, text)
        return f"greet as {text[:20]!r}"

    def find(self) -> str:
        if self.top() is not self.window:
            return "find skipped"
        self.window.find_client.trigger()
        filter_ = self.window.people.filter
        filter_.selectAll()
        QTest.keyClick(filter_, Qt.Key.Key_Backspace)
        text = self.rng.choice(["a", "Acme", "New", "zz", "", "東京", "client"])
        commit(filter_, text)
        if self.rng.random() < 0.6:
            QTest.keyClick(filter_, Qt.Key.Key_Return)
        return f"find {text!r}"

    def copy(self) -> str:
        if self.top() is not self.window:
            return "copy skipped"
        QApplication.clipboard().setText("before the copy")
        self.window.copy_action.trigger()
        preview = self.window.proposal.text()
        assert QApplication.clipboard().text() == (preview or "before the copy"), (
            "the clipboard is the preview"
        )
        return "copy proposal"

    def proposal_setting(self) -> str:
        if self.top() is not self.window:
            return "setting skipped"
        panel = self.window.proposal
        which = self.rng.choice(["length", "count", "mine", "view", "next option"])
        if which == "length":
            panel.duration.setCurrentIndex(self.rng.randrange(panel.duration.count()))
        elif which == "count":
            panel.count.setValue(self.rng.randint(1, 5))
        elif which == "mine":
            panel.show_mine.toggle()
        elif which == "view":
            (self.window.day_view if self.rng.random() < 0.5 else self.window.week_view).trigger()
        else:
            self.window.next_option_action.trigger()
        return f"change {which}"

    def meeting(self) -> str:
        """Book an option, or show, move, export or cancel a booked meeting from the Upcoming list (the
        cancellation asks first; the dialog is left to the other actions)."""
        if self.top() is not self.window:
            return "meeting skipped"
        books = [b for b in self.window.proposal.options.book_buttons if b.isEnabled()]
        rows = self.window.upcoming.buttons
        if books and (not rows or self.rng.random() < 0.5):
            number = self.rng.randrange(len(books))
            books[number].click()
            return f"book option {number + 1}"
        if not rows:
            return "meeting skipped: nothing to book or change"
        which = self.rng.choice(["show", "move", "export", "cancel"])
        button = self.rng.choice(rows)[which]
        if not button.isEnabled():
            return f"meeting skipped: {which} is disabled"
        button.click()
        return f"{which} a booked meeting"


def check_the_meetings(window: MainWindow, now: datetime) -> None:
    """What the Upcoming list and the proposal say of the booked meetings, after any step: the tab
    counts the rows; the rows are the meetings not yet over, soonest first; an option over one is
    flagged to the freelancer."""
    if not window.is_ready():
        return
    meetings = window.bookings.meetings()
    rows = window.upcoming.rows()
    ahead = sorted(
        (m for m in meetings if m.start + timedelta(minutes=m.minutes) > now), key=lambda m: m.start
    )
    assert [r.uid for r in rows] == [m.uid for m in ahead], "the list is what is booked and not over"
    assert len(window.upcoming.texts()) == len(rows)
    title = window.tabs.tabText(window.tabs.indexOf(window.upcoming))
    assert title == (f"Upcoming ({len(rows)})" if rows else "Upcoming"), title
    state = window.proposal_state()
    if state is None:
        return
    option_rows = window.proposal.options.rows()
    for choice in state.choices:
        span = choice.interval
        if any(span.start < m.start + timedelta(minutes=m.minutes) and m.start < span.end for m in meetings):
            assert option_rows[choice.number - 1].warning, "an option over a booked meeting is flagged"


def check_the_proposal(window: MainWindow, now: datetime) -> None:
    """What the client would receive, after any step: the selected client's greeting; exactly the
    options numbered on the timeline and in the panel; none in the past; each of the stated length;
    each inside everyone's hours or marked for the freelancer; no note for the freelancer in the text."""
    from app.overlap import inside_hours
    from app.proposal import duration_text, template_texts

    if not window.is_ready():
        return
    state = window.proposal_state()
    text = window.proposal.text()
    clients = [p for p in window.profiles() if p.id in window.people.selected_ids() and not p.is_me]
    people = window.people
    shown = [people.list.item(row).data(ID_ROLE) for row in range(people.list.count())]
    everyone = people.model.profiles()
    wanted = people.filter.text().casefold().strip()
    found = [
        p.id
        for i, p in enumerate(everyone)
        if wanted in f"{people.model.text(i)} {place_text(p.zone or '')}".casefold()
    ]
    assert shown == found, "the list shows exactly the people the filter finds"
    hidden = [i for i in people.selected_ids() if i not in shown]
    assert hidden == [], "a filter never leaves a hidden client selected"
    if state is None:
        assert window.timeline.options() == ()
        return
    assert clients, "a proposal is for a selected client"
    texts = template_texts(state.locale)
    greeted = [c.greeting_name for c in clients if c.zone is not None]
    if len(greeted) == 1:
        first_line = text.splitlines()[0]
        expected = texts["greeting_named"].format(name=greeted[0]) if greeted[0] else texts["greeting"]
        assert first_line == expected.splitlines()[0], (first_line, greeted)
    assert text == state.text
    assert window.proposal.preview.toPlainText() == text, "the preview shows what Copy copies"
    lines = [line for line in text.splitlines() if line.startswith(texts["bullet"])]
    assert len(lines) == len(state.choices)
    assert window.timeline.options() == state.intervals(), "badge n is option n"
    assert [r.number for r in window.proposal.options.rows()] == [c.number for c in state.choices]
    # The stated length, in the words of the client's language (brackets differ: "(7 hours)", "（7 時間）").
    assert duration_text(state.duration, state.locale) in text or not state.choices
    people = window._facts_people
    for choice, line in zip(state.choices, lines, strict=True):
        assert choice.interval.start >= now, "no option in the past"
        assert choice.interval.duration == state.duration
        for index, person in enumerate(people):
            outside = not inside_hours(choice.interval, person)
            assert outside == any(c.kind == "outside_hours" and c.person == index for c in choice.concerns)
        if choice.concerns:
            row = window.proposal.options.rows()[choice.number - 1]
            assert row.warning, "every concern is shown to the freelancer"
        for word in ("holiday", "Feiertag", "your hours", "(outside usual hours)"):
            assert word not in line


def commit(field: QLineEdit, text: str) -> None:
    """Type ``text`` into ``field`` as an input method does (QTest's key clicks know ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def on_window(handle: QWindow, send: Callable[[QWindow], object]) -> None:
    """Send one event to ``handle``. If that event closed and deleted the window (Escape or a click
    in a menu that deletes itself on close), PySide reports the dead window as a RuntimeError when
    the call returns; that is the window going away as asked, not an error in Coretime (which would
    reach ``sys.excepthook``)."""
    try:
        send(handle)
    except RuntimeError:
        if shiboken6.isValid(handle):
            raise


def press_and_release(handle: QWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key click whose press may close the window it went to (Escape, Quit): no release then."""
    on_window(handle, lambda h: QTest.keyPress(h, key, modifiers))
    if shiboken6.isValid(handle):
        on_window(handle, lambda h: QTest.keyRelease(h, key, modifiers))


def close_popups() -> None:
    """Context and toolbar menus run their own event loop; this closes them, as a user moving on would."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()


def test_random_use_never_raises(
    qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions: int = request.config.getoption("--monkey-actions")
    seed: int = request.config.getoption("--monkey-seed")
    rng = random.Random(seed)
    exports = tmp_path / "exports"
    exports.mkdir()
    recorder = Recorder()
    monkeypatch.setattr(sys, "excepthook", recorder)
    make = request.getfixturevalue("make_window")
    window: MainWindow = make(
        # Sometimes the user cancels the save dialog; sometimes picks a file in the exports folder.
        choose_save_path=lambda _parent, name: None if rng.random() < 0.3 else str(exports / name)
    )
    monkey = Monkey(window, rng)
    closer = QTimer()
    closer.timeout.connect(close_popups)
    closer.start(40)
    started = time.perf_counter()
    try:
        for number in range(actions):
            monkey.step()
            QApplication.processEvents()
            if not window.isVisible():  # Quit closes the window: the user starts it again
                window.show()
                monkey.log.append("show the window again")
            if monkey.top() is window and not recorder.errors:
                try:
                    check_the_proposal(window, window._clock())
                    check_the_meetings(window, window._clock())
                except AssertionError as error:
                    pytest.fail(f"seed {seed}, action {number}: {error}\nafter\n  " + "\n  ".join(monkey.log))
            if recorder.errors:
                pytest.fail(
                    f"seed {seed}, action {number}: unhandled exception after\n  "
                    + "\n  ".join(monkey.log)
                    + "\n\n"
                    + recorder.errors[0]
                )
    finally:
        closer.stop()
    elapsed = time.perf_counter() - started
    print(f"\n{actions} actions in {elapsed:.1f} s ({actions / elapsed:.0f}/s), seed {seed}: {monkey.counts}")
    print(f"{len(window.profiles())} people, {len(list(exports.iterdir()))} exports")
    # Nothing lost: what the window shows is what the store holds.
    while QApplication.activeModalWidget() is not None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, QDialog)
        modal.reject()
    # A greeting name is saved once typing pauses: let the last one be saved.
    qtbot.waitUntil(lambda: not window._greeting_save.isActive(), timeout=5000)
    stored = ProfileStore(tmp_path / "profiles.json").load(system_zone="UTC", now=window._clock())
    assert stored.problems == ()
    assert stored.profiles == window.profiles()
    assert stored.meetings == window.bookings.meetings(), "every booking, move and cancellation is saved"
