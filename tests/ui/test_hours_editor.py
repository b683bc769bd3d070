"""The hours editor's blocks: removing one is immediate and safe to repeat (a monkey-test finding)."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from ui.hours_editor import HoursEditor


def test_a_second_click_on_a_removed_blocks_button_does_nothing(qtbot: QtBot) -> None:
    editor = HoursEditor("mon 09:00-10:00 13:00-14:00")
    qtbot.addWidget(editor)
    editor.show()
    remove = next(
        b for b in editor.findChildren(QToolButton) if b.accessibleName() == "Remove this Mon block"
    )
    remove.click()
    assert not remove.isVisible(), "the block disappears at once, before it is deleted"
    remove.click()  # raised ValueError from list.remove before the fix
    assert editor.text() == "mon 13:00-14:00"
    assert editor.problem() == ""
