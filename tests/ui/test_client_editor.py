"""The client editor reads whole and holds still: placeholders fit, the problem lines keep their place,
the chosen zone is told plainly, the proposal language follows the zone's country, and 24:00 reads 24:00."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.profiles import Profile
from tests.ui.test_japanese import japanese  # noqa: F401 - a fixture
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog

NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)


def new_client(qtbot: QtBot, hours: str = "mon-fri 09:00-17:00", name: str = "") -> PersonDialog:
    dialog = PersonDialog(Profile(id="c1", name=name, zone=None, hours=hours), lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def placeholders_fit(dialog: PersonDialog) -> None:
    for edit in (dialog.name, dialog.zone.edit, dialog.holidays):
        assert isinstance(edit, QLineEdit)
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert edit.width() >= needed + 10, (edit.placeholderText(), edit.width(), needed)


def test_placeholders_are_read_whole(qtbot: QtBot) -> None:
    placeholders_fit(new_client(qtbot))


@pytest.mark.usefixtures("japanese")
def test_placeholders_are_read_whole_in_japanese(qtbot: QtBot) -> None:
    dialog = new_client(qtbot)
    assert (
        dialog.zone.edit.placeholderText()
        != "Type a city, e.g. New York, Berlin, 東京, or EST, or Asia/Tokyo"
    )
    placeholders_fit(dialog)


def test_the_fields_stay_put_as_problems_come_and_go(qtbot: QtBot) -> None:
    dialog = new_client(qtbot)
    fields = (dialog.zone.edit, dialog.hours, dialog.language, dialog.holidays, dialog.notes)

    def places() -> list[int]:
        QApplication.processEvents()
        return [f.mapTo(dialog, f.rect().topLeft()).y() for f in fields]

    before = places()
    assert dialog.errors["name"].text()  # a blank name is a problem, told under the field
    qtbot.keyClicks(dialog.name, "Anna")
    assert dialog.errors["name"].text() == ""
    assert places() == before
    qtbot.keyClicks(dialog.zone.edit, "Berlin")
    assert dialog.zone.resolved.text()
    assert places() == before
    dialog.name.clear()
    assert dialog.errors["name"].text()
    assert places() == before


def test_a_zone_picked_from_the_list_is_told_plainly(qtbot: QtBot) -> None:
    dialog = new_client(qtbot)
    qtbot.keyClicks(dialog.zone.edit, "New York")
    label = next(t for t in dialog.zone.model.stringList() if "America/New_York" in t)
    dialog.zone.completer.activated[str].emit(label)  # type: ignore[index]
    qtbot.waitUntil(lambda: dialog.zone.edit.text() == "America/New_York")
    assert dialog.zone.resolved.text() == "→ New York (America/New_York, UTC−5/−4)"
    assert dialog.zone.zone() == "America/New_York"


@pytest.mark.parametrize(
    ("place", "language"),
    [("Berlin", "de_DE"), ("Sao Paulo", "pt_BR"), ("Tokyo", "ja_JP"), ("New York", "en_US")],
)
def test_a_new_client_s_language_follows_the_zone_s_country(qtbot: QtBot, place: str, language: str) -> None:
    dialog = new_client(qtbot)
    qtbot.keyClicks(dialog.zone.edit, place)
    assert dialog.profile().language == language


def test_a_language_chosen_stays_chosen(qtbot: QtBot) -> None:
    dialog = new_client(qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("fr_FR"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    qtbot.keyClicks(dialog.zone.edit, "Berlin")
    assert dialog.profile().language == "fr_FR"


def test_an_existing_client_s_language_is_left_alone(qtbot: QtBot) -> None:
    dialog = new_client(qtbot, name="Anna")
    qtbot.keyClicks(dialog.zone.edit, "Berlin")
    assert dialog.profile().language == "en_US"


def test_the_end_of_the_day_reads_24_00_and_the_days_line_up(qtbot: QtBot) -> None:
    dialog = new_client(qtbot, hours="mon-fri 09:00-17:00 19:00-24:00; sat 10:00-12:00")
    QApplication.processEvents()
    monday, saturday = dialog.hours._blocks[0], dialog.hours._blocks[5]
    assert [(b.start.text(), b.end.text()) for b in monday] == [("09:00", "17:00"), ("19:00", "24:00")]
    assert monday[1].next_day.text() == ""
    assert dialog.hours.text() == "mon-fri 09:00-17:00 19:00-24:00; sat 10:00-12:00"
    assert saturday[0].x() == monday[0].x()
    assert saturday[0].end.x() == monday[0].end.x(), "Saturday's block is as wide as Monday's first"


def test_typing_after_new_client_fills_the_name(make_window: Callable[..., MainWindow]) -> None:
    """Ctrl+N, then type: the keys reach the name, not a button of the hours editor. Opening one's own
    hours (Ctrl+,) leaves the name there whole and unselected."""
    window = make_window()
    window.new_client.trigger()
    dialog = window.dialog
    assert dialog is not None
    focused = dialog.focusWidget()
    assert focused is not None
    QTest.keyClicks(focused, "Jonas")
    assert dialog.name.text() == "Jonas"
    dialog.reject()
    window.edit_me.trigger()
    dialog = window.dialog
    assert dialog is not None
    assert dialog.name.text() == next(p for p in window.profiles() if p.is_me).name
    assert not dialog.name.hasSelectedText()
    dialog.reject()
