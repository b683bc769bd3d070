"""The menu bar holds every action, each with its shortcut shown, and Help lists them all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog
from ui.shortcuts_dialog import ShortcutsDialog, plain

Factory = Callable[..., MainWindow]


def menu_items(window: MainWindow) -> dict[str, list[tuple[str, str]]]:
    """What a person reads in each menu: the items and their shortcuts."""
    found: dict[str, list[tuple[str, str]]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found[plain(top.text())] = [
            (plain(a.text()), a.shortcut().toString(QKeySequence.SequenceFormat.PortableText))
            for a in menu.actions()
            if not a.isSeparator()
        ]
    return found


def test_the_menus_follow_desktop_convention_with_their_shortcuts(make_window: Factory) -> None:
    items = menu_items(make_window())
    assert list(items) == ["File", "Edit", "View", "People", "Help"]
    assert items["File"] == [
        ("Export the chosen slot…", "Ctrl+E"),
        ("Export a weekly series from it…", "Ctrl+Shift+E"),
        ("Export tentative holds for every option…", "Ctrl+Alt+E"),
        ("Export the daily check-in reminder…", "Ctrl+Shift+R"),
        ("Quit", "Ctrl+Q"),
    ]
    assert items["Edit"] == [
        ("Copy proposal", "Ctrl+Shift+C"),
        ("Copy deadline sentence", "Ctrl+Shift+D"),
        ("Read a client's time…", "Ctrl+L"),
        ("Notifications…", ""),
        ("My hours…", "Ctrl+,"),
        ("Your calendars…", "Ctrl+Shift+K"),
        ("Language", ""),
    ]
    assert ("Day", "Ctrl+1") in items["View"]
    assert ("Today", "Alt+Home") in items["View"]
    assert ("Previous week", "Alt+PgUp") in items["View"], "the menu names it in full"
    assert ("Next option", "Ctrl+J") in items["View"]
    assert items["People"] == [
        ("New client…", "Ctrl+N"),
        ("Edit selected…", "F2"),
        ("Remove selected…", "Ctrl+Del"),
        ("Find client", "Ctrl+F"),
    ]
    assert ("Keyboard shortcuts", "Ctrl+/") in items["Help"]
    assert ("Timeline legend", "F1") in items["Help"]


def test_every_shortcut_of_the_window_is_in_a_menu(make_window: Factory) -> None:
    window = make_window()
    in_menus = {key for items in menu_items(window).values() for _text, key in items if key}
    page_keys = {"Alt+1", "Alt+2", "Alt+3", "Alt+4"}  # the tabs' own, listed in Help → Keyboard shortcuts
    for action in window.findChildren(type(window.copy_action)):
        key = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        if key and key not in page_keys:
            assert key in in_menus, f"{action.text()} ({key}) is in no menu"


def test_no_button_is_the_only_way(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    """What the panels' and the list's buttons do, the menus do too."""
    window = make_window()
    window.deadline.date.setDate(window.deadline.date.date().addDays(3))
    qtbot.waitUntil(lambda: bool(window.deadline.sentence.text()))
    QApplication.clipboard().clear()
    window.copy_sentence_action.trigger()
    assert QApplication.clipboard().text() == window.deadline.sentence.text()
    window.people.list.setFocus()
    window.people.select([window.profiles()[1].id])
    window.edit_client.trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialog, PersonDialog) and window.dialog.isVisible())
    assert window.dialog is not None
    assert window.dialog.name.text() == "Sample client"
    window.dialog.reject()
    window.export_reminder_action.trigger()
    assert list(tmp_path.glob("*.ics")), "the daily reminder was saved"


def test_help_lists_every_shortcut_of_the_menus(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    listed = {(action, keys) for _menu, action, keys in dialog.rows()}
    for items in menu_items(window).values():
        for text, key in items:
            if key:
                native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
                assert (text, native) in listed
    assert ("Show the proposal, check-in, deadline or upcoming page", "Alt+1, Alt+2, Alt+3, Alt+4") in listed
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is None or not dialog.isVisible())
