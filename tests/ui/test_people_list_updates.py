"""The people list updates only the rows that changed (an edit, a client added at the end) and still
shows exactly what a full rebuild would: texts, order, selection."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from app.profiles import Profile
from ui.people_list import ID_ROLE, PeopleList

ME = Profile(id="me", name="Me", zone="Asia/Tokyo", hours="mon-fri 19:00-24:00", is_me=True)
CLIENTS = [
    Profile(id=f"c{n}", name=f"Client {n}", zone="Europe/Berlin", hours="mon 09:00-17:00") for n in range(5)
]


def shown(people: PeopleList) -> list[tuple[str, str, bool]]:
    return [
        (item.data(ID_ROLE), item.text(), item.isSelected())
        for item in (people.list.item(row) for row in range(people.list.count()))
    ]


def rebuilt(qtbot: QtBot, profiles: list[Profile], selected: list[str]) -> list[tuple[str, str, bool]]:
    fresh = PeopleList()
    qtbot.addWidget(fresh)
    fresh.set_profiles(profiles, selected)
    return shown(fresh)


def test_an_edit_an_addition_and_a_reorder_show_what_a_rebuild_would(qtbot: QtBot) -> None:
    people = PeopleList()
    qtbot.addWidget(people)
    profiles = [ME, *CLIENTS]
    people.set_profiles(profiles, ["c1"])
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    people.model.modelReset.connect(lambda: resets.append(True))
    people.model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))

    edited = [*profiles]
    edited[3] = replace(edited[3], name="Renamed")
    people.set_profiles(edited, ["c1"])
    assert shown(people) == rebuilt(qtbot, edited, ["c1"])
    assert (resets, changed) == ([], [(3, 3)]), "only the edited row changes; the others are kept"

    added = [*edited, Profile(id="new", name="New", zone=None, hours="mon 09:00-17:00")]
    people.set_profiles(added, ["new"])
    assert shown(people) == rebuilt(qtbot, added, ["new"])
    assert people.selected_ids() == ["new"]

    reordered = [ME, *reversed(added[1:])]
    people.set_profiles(reordered, ["c0", "c2"])
    assert shown(people) == rebuilt(qtbot, reordered, ["c0", "c2"])
