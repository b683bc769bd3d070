"""The person editor rejects, inline and without a crash, the kinds of bad input the CLI catalogue
covers: each is typed (committed as an input method or a paste delivers it, control characters and
all) into its field, and the field's message appears while OK stays disabled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.profiles import Profile
from ui.person_dialog import PersonDialog

VALID = {
    "name": "Acme",
    "zone": "Europe/Berlin",
    "hours": "mon-fri 09:00-17:00",
    "language": "de_DE",
    "holidays": "DE",
    "days_off": "2026-12-24",
    "away": "2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00",
}
BAD: list[tuple[str, str, str]] = [
    # zones
    ("zone", "Mars/Olympus", "No time zone matches 'Mars/Olympus'"),
    ("zone", "America/NewYork", "No time zone matches"),
    ("zone", "../../../etc/passwd", "No time zone matches"),
    ("zone", "Asia/Tokyo\x01", "No time zone matches"),
    ("zone", "A" * 100_000, "No time zone matches"),
    ("zone", "+09:00", "No time zone matches"),
    ("zone", "\x00", "No time zone matches"),
    ("zone", "   ", "Type a city"),
    ("zone", "東京\u202e", "No time zone matches"),
    # hours grammar
    ("hours", "", "hours are empty"),
    ("hours", "mon-fri", "at least one range"),
    ("hours", "09:00-17:00", "at least one range"),
    ("hours", "mon 9:00-17:00", "HH:MM"),
    ("hours", "mon 25:00-26:00", "hours run 00..23"),
    ("hours", "mon 09:60-10:00", "minutes run 00..59"),
    ("hours", "mon 24:00-02:00", "cannot start at 24:00"),
    ("hours", "mon 09:00-09:00", "00:00-24:00"),
    ("hours", "monday 09:00-10:00", "'monday' is not a day"),
    ("hours", "mon-fri-sun 09:00-10:00", "not a day range"),
    ("hours", "mon,,tue 09:00-10:00", "empty day"),
    ("hours", "mon 09:00-10:00-11:00", "HH:MM-HH:MM"),
    ("hours", "mon 09:00-10:00\x1b[2J", "control character"),
    ("hours", "mon 09:00-10:00\x00", "control character"),
    ("hours", "mon " + "09:00-10:00 " * 8_000 + "x", "is not"),
    ("hours", "mon 99999999999999999999:00-10:00", "HH:MM"),
    # proposal languages
    ("language", "xx_YY", "unknown locale"),
    ("language", "klingon", "not a locale code"),
    ("language", "", "not a locale code"),
    ("language", "en_US\x00", "not a locale code"),
    ("language", "de_DE" * 5_000, "is not a locale"),
    # public holidays
    ("holidays", "XX", "no public holidays known for country 'XX'"),
    ("holidays", "DE-ZZ", "has no subdivision 'ZZ'"),
    ("holidays", "Germany", "is not a country code"),
    ("holidays", "US\x07", "is not a country code"),
    ("holidays", "U" * 5_000, "is not a country code"),
    # days off and time away
    ("days_off", "24 December", "'24 December' is not a date or a range of dates"),
    ("days_off", "2026-02-30", "'2026-02-30' is not a date"),
    ("days_off", "2027-01-02..2026-12-28", "ends before it starts"),
    ("days_off", "2026-01-01..2029-01-01", "covers more than 732 days"),
    ("days_off", "2026-12-24\x07", "control character"),
    (
        "away",
        "2027-03-10..2027-03-24 Europe/Lisbn",
        "time zone 'Europe/Lisbn' — did you mean Europe/Lisbon",
    ),
    ("away", "2027-03-10 mon-fri 25:00-26:00", "(24:00 only as an end); or write off for days without hours"),
    ("away", "2027-03-10..2027-03-20; 2027-03-15", "2027-03-10..2027-03-20 and 2027-03-15 share dates"),
    ("away", "next week Lisbon", "is not a date or a range of dates"),
    # names
    ("name", "Ac\x07me", "control character (U+0007)"),
    ("name", "\x1b[31mRed", "control character (U+001B)"),
    ("name", "Line\nbreak", "control character (U+000A)"),
    ("name", "Right\u202eto left", "control character (U+202E)"),
    ("name", "   ", "Give a name"),
    ("name", "A" * 101, "longer than 100 characters"),
]


def commit(widget: QWidget, text: str) -> None:
    """Replace the field's text as an input method (or a paste) would: any characters, in one go."""
    widget.selectAll()  # type: ignore[attr-defined]
    QTest.keyClick(widget, Qt.Key.Key_Backspace)  # an empty commit would leave the selection in place
    if text:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


@pytest.fixture
def dialog(qtbot: QtBot, clock: Callable[[], datetime]) -> PersonDialog:
    blank = Profile(id="new", name="", zone=None, hours="mon-fri 09:00-17:00")
    dialog = PersonDialog(blank, clock)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    for field, text in VALID.items():
        commit(field_widget(dialog, field), text)
    assert ok_enabled(dialog), "the valid values are accepted"
    return dialog


def field_widget(dialog: PersonDialog, field: str) -> QWidget:
    widgets: dict[str, QWidget] = {
        "name": dialog.name,
        "zone": dialog.zone.edit,
        "hours": dialog.hours.line,
        "language": dialog.language.lineEdit(),
        "holidays": dialog.holidays,
        "days_off": dialog.days_off,
        "away": dialog.away,
    }
    return widgets[field]


def message_label(dialog: PersonDialog, field: str) -> QLabel:
    return dialog.hours.error if field == "hours" else dialog.errors[field]


def ok_enabled(dialog: PersonDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


@pytest.mark.parametrize(("field", "text", "says"), BAD, ids=[f"{f}:{t[:20]!r}" for f, t, _ in BAD])
def test_bad_input_is_rejected_inline(dialog: PersonDialog, field: str, text: str, says: str) -> None:
    commit(field_widget(dialog, field), text)
    label = message_label(dialog, field)
    assert label.isVisible()
    assert says in label.text()
    assert all(ch.isprintable() for ch in label.text().replace("\n", "")), (
        "control characters are shown escaped"
    )
    assert len(label.text()) < 600, "the message stays readable"
    assert not ok_enabled(dialog)
    dialog.accept()  # Enter in a field: nothing invalid gets through
    assert dialog.isVisible()
    assert dialog.result() == 0
    commit(field_widget(dialog, field), VALID[field])
    assert label.text() == "", "fixing the field clears its message (its line stays, so nothing moves)"
    assert ok_enabled(dialog)


def test_days_off_and_time_away_are_saved_as_typed(dialog: PersonDialog) -> None:
    commit(dialog.days_off, " 2026-12-24, 2026-12-28..2027-01-01 ")
    commit(dialog.away, "2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00; 2027-04-01 off")
    assert dialog.errors["days_off"].text() == dialog.errors["away"].text() == ""
    saved = dialog.profile()
    assert saved.days_off == "2026-12-24, 2026-12-28..2027-01-01"
    assert saved.away == "2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00; 2027-04-01 off"
    person = saved.person()
    assert person is not None
    assert [str(r) for r in person.days_off] == ["2026-12-24", "2026-12-28..2027-01-01"]
    assert [str(a) for a in person.away] == [
        "2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00",
        "2027-04-01 off",
    ]


def test_the_placeholders_show_the_syntax(dialog: PersonDialog) -> None:
    assert "2026-12-28..2027-01-01" in dialog.days_off.placeholderText()
    assert "Europe/Lisbon mon-fri 10:00-18:00" in dialog.away.placeholderText()


def test_the_catalogue_covers_every_field() -> None:
    assert {field for field, _, _ in BAD} == set(VALID)
    assert len(BAD) >= 40
