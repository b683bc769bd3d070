"""The people list as model and view: what its rows say, and what the keyboard and the filter do."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.profiles import Profile
from ui.people_list import ID_ROLE, PeopleList

ME = Profile(id="me", name="Me", zone="Asia/Tokyo", hours="mon-fri 19:00-24:00", is_me=True)
SARAH = Profile(id="sarah", name="Sarah", zone="America/New_York", hours="mon-fri 09:00-17:00")
JONAS = Profile(id="jonas", name="Jonas", zone="Europe/Berlin", hours="mon-fri 09:00-17:00", notes="Late")
SAMPLE = Profile(id="s", name="Sample", zone="UTC", hours="mon-fri 09:00-17:00", is_sample=True)


def texts(people: PeopleList) -> list[str]:
    return [people.list.item(row).text() for row in range(people.list.count())]


def made(qtbot: QtBot, profiles: list[Profile], selected: list[str]) -> PeopleList:
    people = PeopleList()
    qtbot.addWidget(people)
    people.set_profiles(profiles, selected)
    people.show()
    return people


def test_the_rows_read_as_before(qtbot: QtBot) -> None:
    people = made(qtbot, [ME, SARAH, JONAS, SAMPLE], ["sarah"])
    assert texts(people) == [
        "Me (you) · Tokyo",
        "Sarah · New York",
        "Jonas · Berlin",
        "Sample · UTC — sample",
    ]
    assert people.list.item(0).data(Qt.ItemDataRole.FontRole).bold()
    assert people.list.item(3).data(Qt.ItemDataRole.FontRole).italic()
    assert people.list.item(2).data(Qt.ItemDataRole.ToolTipRole) == "Late"
    assert people.list.item(1).data(Qt.ItemDataRole.ToolTipRole) == "mon-fri 09:00-17:00"
    assert people.list.item(3).data(Qt.ItemDataRole.ToolTipRole).startswith("A sample client")
    assert [people.list.item(r).isSelected() for r in range(4)] == [False, True, False, False]
    assert people.list.accessibleName() == "People"


def test_arrows_and_shift_move_and_extend_the_selection_and_the_freelancer_is_never_selected(
    qtbot: QtBot,
) -> None:
    people = made(qtbot, [ME, SARAH, JONAS, SAMPLE], ["sarah"])
    seen: list[list[str]] = []
    people.selectionChanged.connect(seen.append)
    people.list.setFocus()
    qtbot.keyClick(people.list, Qt.Key.Key_Down)
    assert people.selected_ids() == ["jonas"]
    qtbot.keyClick(people.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert people.selected_ids() == ["jonas", "s"]
    qtbot.keyClick(people.list, Qt.Key.Key_Home)
    assert "me" not in people.selected_ids()
    qtbot.keyClick(people.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert people.selected_ids() == ["sarah", "jonas", "s"]
    assert seen[0] == ["jonas"]
    assert seen[-1] == ["sarah", "jonas", "s"]


def test_typing_filters_keeps_what_is_still_shown_and_enter_takes_the_first_found(qtbot: QtBot) -> None:
    people = made(qtbot, [ME, SARAH, JONAS, SAMPLE], ["jonas"])
    qtbot.keyClicks(people.filter, "a")  # Sarah, Jonas, Sample
    assert [people.list.item(r).data(ID_ROLE) for r in range(people.list.count())] == ["sarah", "jonas", "s"]
    assert people.selected_ids() == ["jonas"]
    qtbot.keyClicks(people.filter, "r")  # "ar": Sarah only
    assert texts(people) == ["Sarah · New York"]
    assert people.selected_ids() == ["sarah"], "the hidden one is let go, the first found taken"
    people.filter.clear()
    assert len(texts(people)) == 4
    assert people.selected_ids() == ["sarah"]
    qtbot.keyClicks(people.filter, "berlin")
    qtbot.keyClick(people.filter, Qt.Key.Key_Return)
    assert people.selected_ids() == ["jonas"]
    assert people.list.hasFocus() or not people.isActiveWindow()


def test_an_edit_under_a_filter_shows_the_rows_the_filter_now_finds(qtbot: QtBot) -> None:
    people = made(qtbot, [ME, SARAH, JONAS], ["jonas"])
    qtbot.keyClicks(people.filter, "jo")
    assert texts(people) == ["Jonas · Berlin"]
    people.set_profiles([ME, replace(SARAH, name="Joanna"), JONAS], ["jonas"])
    assert texts(people) == ["Joanna · New York", "Jonas · Berlin"]
    assert people.selected_ids() == ["jonas"]


def test_a_double_click_asks_to_edit_that_person(qtbot: QtBot) -> None:
    people = made(qtbot, [ME, SARAH, JONAS], ["sarah"])
    rect = people.list.visualRect(people.model.index(2, 0))
    with qtbot.waitSignal(people.editRequested, timeout=1000) as asked:
        qtbot.mouseClick(people.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(people.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == ["jonas"]


def test_new_place_names_apply_the_filter_typed_again(qtbot: QtBot) -> None:
    people = made(qtbot, [ME, SARAH, JONAS], ["sarah"])
    qtbot.keyClicks(people.filter, "big apple")
    assert texts(people) == []
    people.set_place_names(lambda zone: "Big Apple" if zone == "America/New_York" else zone)
    assert texts(people) == ["Sarah · Big Apple"]
