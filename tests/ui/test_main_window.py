"""The main window as a user drives it: first launch, people, picking slots, settings across a restart."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.profiles import ProfileStore
from app.timeline import ViewMode
from tests.ui.conftest import window_options
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog

NY = ZoneInfo("America/New_York")
Factory = Callable[..., MainWindow]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method commits it: QTest's key clicks are ASCII only, but users type
    "Müller" and "東京" too."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def ok_button(dialog: PersonDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_first_launch_shows_the_sample_overlap_and_saves_it(make_window: Factory, tmp_path: Path) -> None:
    window = make_window()
    names = [p.name for p in window.profiles()]
    assert names == ["Me", "Sample client"]
    assert window.people.list.item(1).text().endswith("— sample")
    assert window.people.selected_ids() == [window.profiles()[1].id]
    layout = window.timeline.layout_result()
    assert layout is not None
    assert window.timeline._facts is not None
    assert window.timeline._facts.shared, "the first frame already shows shared time"
    document = json.loads((tmp_path / "profiles.json").read_text(encoding="utf-8"))
    assert [document["me"]["name"], *(p["name"] for p in document["clients"])] == names


def open_new_client(window: MainWindow, qtbot: QtBot) -> PersonDialog:
    window.new_client.trigger()
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    assert window.dialog is not None
    return window.dialog


def test_adding_a_client_by_city_name(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window()
    dialog = open_new_client(window, qtbot)
    assert not ok_button(dialog).isEnabled(), "a blank client cannot be saved"  # type: ignore[attr-defined]
    type_text(dialog.name, "Müller GmbH")
    qtbot.keyClicks(dialog.zone.edit, "Berlin")
    assert dialog.zone.zone() == "Europe/Berlin"
    dialog.hours.set_text("mon-thu 08:00-16:00")
    dialog.language.setCurrentIndex(dialog.language.findData("de_DE"))
    qtbot.keyClicks(dialog.holidays, "de-by")
    assert ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.finished):
        ok_button(dialog).click()  # type: ignore[attr-defined]
    added = window.profiles()[-1]
    assert (added.name, added.zone, added.hours, added.language, added.holidays) == (
        "Müller GmbH",
        "Europe/Berlin",
        "mon-thu 08:00-16:00",
        "de_DE",
        "DE-BY",
    )
    assert window.people.selected_ids() == [added.id], "the new client is the one shown"
    stored = ProfileStore(tmp_path / "profiles.json").load(system_zone="UTC", now=datetime.now(UTC))
    assert stored.profiles[-1] == added


def test_the_zone_field_finds_any_place(make_window: Factory, qtbot: QtBot) -> None:
    # GeoNames' cities, countries and states, beyond CLDR's zone cities: Milwaukee is no zone's city.
    window = make_window()
    dialog = open_new_client(window, qtbot)
    qtbot.keyClicks(dialog.zone.edit, "Milwaukee")
    assert dialog.zone.zone() == "America/Chicago"
    assert dialog.zone.resolved.text() == "→ Chicago (America/Chicago, UTC−6/−5)"
    listed = dialog.zone.model.stringList()
    assert listed[0].startswith("Milwaukee, Wisconsin, United States · ミルウォーキー — America/Chicago")
    dialog.zone.edit.clear()
    type_text(dialog.zone.edit, "ドイツ")
    assert dialog.zone.zone() == "Europe/Berlin"
    # A name several places bear: the list offers each, most people first, and the first is taken.
    dialog.zone.edit.clear()
    qtbot.keyClicks(dialog.zone.edit, "Springfield")
    listed = dialog.zone.model.stringList()
    assert listed[0].startswith("Springfield, Missouri, United States")
    assert any(label.startswith("Springfield, Massachusetts") for label in listed)
    assert dialog.zone.zone() == "America/Chicago"


def test_editing_a_client_through_the_day_blocks(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    sample = window.profiles()[1]
    window.edit_person(sample.id)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    dialog = window.dialog
    assert dialog is not None
    friday = dialog.hours._blocks[4][0]
    friday.end.setTime(friday.end.time().addSecs(-3 * 3600))  # Friday ends at 14:00
    assert dialog.hours.text() == "mon-thu 09:00-17:00; fri 09:00-14:00"
    qtbot.keyClicks(dialog.name, " Inc")
    with qtbot.waitSignal(dialog.finished):
        ok_button(dialog).click()  # type: ignore[attr-defined]
    edited = window.profiles()[1]
    assert edited.hours == "mon-thu 09:00-17:00; fri 09:00-14:00"
    assert edited.name == "Sample client Inc"
    assert not edited.is_sample, "an edited sample becomes the user's own client"


def test_invalid_hours_are_rejected_inline(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    dialog = open_new_client(window, qtbot)
    qtbot.keyClicks(dialog.name, "Acme")
    type_text(dialog.zone.edit, "東京")
    assert dialog.zone.zone() == "Asia/Tokyo"
    assert ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    dialog.hours.line.clear()
    qtbot.keyClicks(dialog.hours.line, "mon-fri 9-5")
    assert dialog.hours.error.isVisible()
    assert "'9' is not a time" in dialog.hours.error.text()
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    before = window.profiles()
    dialog.accept()  # Enter in a field, say: still nothing invalid is saved
    assert dialog.isVisible()
    assert window.profiles() == before


def test_unknown_zone_needs_a_choice(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    dialog = open_new_client(window, qtbot)
    qtbot.keyClicks(dialog.name, "Nowhere Ltd")
    qtbot.keyClicks(dialog.zone.edit, "Atlantis Standard")
    assert "No time zone matches 'Atlantis Standard'" in dialog.errors["zone"].text()
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    dialog.zone.unknown.setChecked(True)
    assert ok_button(dialog).isEnabled()  # type: ignore[attr-defined]


def timeline_point(window: MainWindow, instant: datetime) -> QPoint:
    layout = window.timeline.layout_result()
    assert layout is not None
    return QPoint(round(layout.x_of(instant)), round(layout.lane_tops[0] + layout.strip + layout.pad))


def test_dragging_selects_a_slot_snapped_to_the_clients_clock(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    window.set_mode(ViewMode.DAY)
    timeline = window.timeline
    # Monday 9 March in Tokyo; New York is on summer time: 09:00 there is 13:00 UTC.
    start = datetime(2026, 3, 9, 13, 7, tzinfo=UTC)
    end = datetime(2026, 3, 9, 14, 20, tzinfo=UTC)
    with qtbot.waitSignal(timeline.selectionChanged):
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=timeline_point(window, start))
        qtbot.mouseMove(timeline, timeline_point(window, end))
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=timeline_point(window, end))
    selection = timeline.selection()
    assert selection is not None
    assert selection.start.astimezone(NY).strftime("%H:%M") == "09:00"
    assert selection.end.astimezone(NY).strftime("%H:%M") == "10:30"


def test_keyboard_moves_resizes_and_accepts(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    window.set_mode(ViewMode.DAY)
    timeline = window.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    first = timeline.selection()
    assert first is not None
    assert first.duration == timedelta(minutes=30)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    moved = timeline.selection()
    assert moved is not None
    assert moved.start - first.start == timedelta(minutes=30)
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    resized = timeline.selection()
    assert resized is not None
    assert (resized.start, resized.duration) == (moved.start, timedelta(minutes=60))
    with qtbot.waitSignal(timeline.slotAccepted) as accepted:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert accepted.args == [resized]
    assert resized.start.astimezone(NY).minute in (0, 30)


def test_hover_tells_both_local_times(make_window: Factory) -> None:
    window = make_window()
    layout = window.timeline.layout_result()
    assert layout is not None
    text = window.timeline.describe_at(layout.x_of(datetime(2026, 3, 9, 14, tzinfo=UTC)))
    assert text == "Mon 23:00 Tokyo · Mon 10:00 New York"


def test_settings_and_profiles_survive_a_restart(make_window: Factory, qtbot: QtBot) -> None:
    first = make_window()
    first.set_mode(ViewMode.DAY)
    first.main_splitter.setSizes([300, 900])
    sizes = first.main_splitter.sizes()
    first.proposal.count.setValue(5)
    first.resize(1000, 700)
    dialog = open_new_client(first, qtbot)
    qtbot.keyClicks(dialog.name, "Kathmandu Co")
    qtbot.keyClicks(dialog.zone.edit, "Asia/Kathmandu")
    with qtbot.waitSignal(dialog.finished):
        ok_button(dialog).click()  # type: ignore[attr-defined]
    first.close()

    second = make_window()
    assert [p.name for p in second.profiles()] == ["Me", "Sample client", "Kathmandu Co"]
    assert second.people.selected_ids() == [second.profiles()[2].id]
    assert second.day_view.isChecked()
    assert second.main_splitter.sizes() == sizes
    assert second.proposal.count.value() == 5


def test_damaged_store_is_reported_in_the_window(make_window: Factory, tmp_path: Path) -> None:
    (tmp_path / "profiles.json").write_text("{not json", encoding="utf-8")
    window = make_window()
    assert window.notices.isVisible()
    assert "kept, untouched, as" in window.notices.label.text()
    assert [p.name for p in window.profiles()] == ["Me", "Sample client"]


def test_navigation_shortcuts_move_the_view(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    window.set_mode(ViewMode.DAY)
    start = window.view_range().start
    window.next_day.trigger()
    assert window.view_range().start - start == timedelta(days=1)
    window.next_week.trigger()
    assert window.view_range().start - start == timedelta(days=8)
    window.today_action.trigger()
    assert window.view_range().start == start
    window.find_client.trigger()
    qtbot.waitUntil(window.people.filter.hasFocus)


def test_now_line_timer_stops_while_hidden(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    assert window.timeline.timer_active
    window.hide()
    assert not window.timeline.timer_active


def test_exported_file_parses_and_holds_the_selected_instant(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    from icalendar import Calendar

    window = make_window()
    window.set_mode(ViewMode.DAY)
    timeline = window.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    selection = timeline.selection()
    assert selection is not None
    assert window.proposal.export_button.isEnabled()
    window.export_action.trigger()
    (saved,) = tmp_path.glob("call-*.ics")
    calendar = Calendar.from_ical(saved.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == selection.start
    assert event.decoded("dtend") == selection.end
    assert "Sample client" in str(event["summary"])

    window.export("weekly")
    (series,) = tmp_path.glob("weekly-call-*.ics")
    (event,) = Calendar.from_ical(series.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").astimezone(UTC) == selection.start
    assert event["dtstart"].params["TZID"] == "America/New_York", "a series runs on the client's clock"


def test_tab_goes_from_the_people_to_the_timeline_to_the_proposal(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.people.remove_button.setFocus()
    qtbot.keyClick(window.people.remove_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.timeline.hasFocus)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.proposal.duration.hasFocus)
    for widget in (window.timeline, window.people.list, window.proposal.preview, window.proposal.copy_button):
        assert widget.accessibleName()


def wait_for_proposal(window: MainWindow, qtbot: QtBot) -> str:
    qtbot.waitUntil(lambda: bool(window.proposal.text()))
    return window.proposal.text()


def test_copy_puts_exactly_the_previewed_text_on_the_clipboard(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    text = wait_for_proposal(window, qtbot)
    assert "New York" in text
    clipboard = QApplication.clipboard()
    clipboard.setText("something else")
    greeting = window.proposal.greeting
    greeting.selectAll()
    qtbot.keyClicks(greeting, "Anna")
    previewed = window.proposal.text()
    assert previewed.startswith("Hello Anna,")
    with qtbot.waitSignal(window.proposal.copied):
        qtbot.keyClick(
            window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert clipboard.text() == previewed


def test_suggested_options_are_marks_that_accept_on_click(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    wait_for_proposal(window, qtbot)
    options = window.timeline.options()
    assert len(options) == 3
    layout = window.timeline.layout_result()
    assert layout is not None
    rect, index = layout.option_hits[1]
    with qtbot.waitSignal(window.timeline.slotAccepted) as accepted:
        qtbot.mouseClick(
            window.timeline,
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(rect.x + rect.w / 2), round(rect.y + 2)),
        )
    assert accepted.args == [options[index]]
    assert window.timeline.selection() == options[index]
    # The text offers the accepted slot, on the client's clock.
    wall = options[index].start.astimezone(NY)
    assert f"{wall:%-I}:{wall:%M}" in window.proposal.text()


def test_a_client_without_a_zone_gets_the_ask_sentence(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    dialog = open_new_client(window, qtbot)
    qtbot.keyClicks(dialog.name, "Mystery Ltd")
    dialog.zone.unknown.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        ok_button(dialog).click()  # type: ignore[attr-defined]
    text = wait_for_proposal(window, qtbot)
    assert "time zone" in text
    assert "not known" in window.proposal.note.text()


def test_holidays_show_on_the_lanes(make_window: Factory, qtbot: QtBot) -> None:
    from ui.timeline_layout import Kind

    window = make_window()
    window._go(ViewMode.WEEK, 37)  # the week of Thanksgiving, Thursday 26 November 2026
    qtbot.waitUntil(lambda: window.timeline.layout_result() is not None)
    layout = window.timeline.layout_result()
    assert layout is not None
    holidays = [box for box in layout.boxes if box.kind is Kind.HOLIDAY]
    assert holidays, "the sample client's US holiday is marked"
    thanksgiving = datetime(2026, 11, 26, 17, tzinfo=UTC)
    assert any(box.rect.x <= layout.x_of(thanksgiving) <= box.rect.right for box in holidays)


def test_removing_a_client_asks_first(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    sample = window.profiles()[1]
    window.people.remove_button.click()
    assert window.confirm is not None
    qtbot.waitUntil(window.confirm.isVisible)
    window.confirm.button(QMessageBox.StandardButton.No).click()
    assert sample in window.profiles()
    window.people.remove_button.click()
    qtbot.waitUntil(window.confirm.isVisible)
    window.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert [p.name for p in window.profiles()] == ["Me"]


def test_hours_blocks_can_run_past_midnight(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window()
    dialog = open_new_client(window, qtbot)
    dialog.hours.set_text("mon-fri 09:00-17:00")
    dialog.hours._add_block(5, 22 * 60, 2 * 60)
    assert len(dialog.hours._blocks[5]) == 1
    assert dialog.hours.text() == "mon-fri 09:00-17:00; sat 22:00-02:00"
    assert dialog.hours._blocks[5][0].next_day.text() == "next day"


def test_friday_evening_offers_next_weeks_times_not_least_bad_ones(
    make_window: Factory, qtbot: QtBot
) -> None:
    # Friday 27 November 2026, 20:00 in Tokyo: what is left of this week is the client's weekend.
    friday_evening = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)
    window = make_window(clock=lambda: friday_evening)
    qtbot.waitUntil(lambda: bool(window._options))
    assert window.view_range().end < friday_evening + timedelta(days=3), "the view is this week"
    assert not any(o.outside_hours for o in window._options)
    for option in window._options:
        local = option.interval.start.astimezone(NY)
        assert local.weekday() < 5, "on the client's working days"
        assert 9 <= local.hour < 17
        assert option.interval.start >= friday_evening + timedelta(hours=12)
    assert "Unfortunately" not in window.proposal.preview.toPlainText()


def test_the_panels_under_the_timeline_follow_the_first_frame(
    qtbot: QtBot, tmp_path: Path, clock: Callable[[], datetime]
) -> None:
    window = MainWindow(**window_options(tmp_path, clock))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert not window.is_ready()
    assert not hasattr(window, "proposal"), "the first frame shows the people and the timeline only"
    assert window.timeline.facts() is not None
    with qtbot.waitSignal(window.ready):
        window.show()
    assert window.is_ready()
    assert window.tabs.currentWidget() is window.proposal
    assert window.center_splitter.widget(1) is window.tabs
    assert window.timeline.options(), "the ranked options came with the panels"


def test_suggestions_off_screen_are_listed_and_one_key_away(make_window: Factory, qtbot: QtBot) -> None:
    """On a Friday evening this week's view holds only the weekend: the options (next week's) are the
    same in the day and the week view, listed in the panel as not in view, and Next option shows them."""
    friday_evening = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)  # 20:00 in Tokyo
    window = make_window(clock=lambda: friday_evening)
    qtbot.waitUntil(lambda: bool(window.timeline.options()))
    week_options = window.timeline.options()
    window.set_mode(ViewMode.DAY)
    assert window.timeline.options() == week_options, "the view does not change what is suggested"
    window.set_mode(ViewMode.WEEK)
    rows = window.proposal.options.rows()
    assert [r.number for r in rows] == [1, 2, 3]
    assert not any(r.in_view for r in rows)
    assert all(b.isEnabled() and b.text() == "Show" for b in window.proposal.options.show_buttons)
    assert window.statusBar().findChildren(QLabel) == [], "no status line explains this any more"
    window.next_option_action.trigger()
    layout = window.timeline.layout_result()
    assert layout is not None
    assert layout.option_hits, "next week's view shows the suggestions as marks"
    assert window.proposal.options.rows()[0].in_view
