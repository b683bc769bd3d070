"""What the client receives is what the freelancer meant: one example per thing seen going wrong when the
desktop app was tried with a freelancer in Tokyo, Sarah in New York and Jonas in Berlin."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.intervals import Interval
from app.timeline import ViewMode
from tests.ui.trio import PEOPLE
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]
NY, BERLIN, TOKYO = ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # Friday 18:00 in Tokyo, Friday 04:00 in New York


def trio(make_window: Factory, tmp_path: Path, *, now: datetime = NOW, select: str = "sarah") -> MainWindow:
    (tmp_path / "profiles.json").write_text(json.dumps(PEOPLE), encoding="utf-8")
    window = make_window(clock=lambda: now)
    select_only(window, select)
    return window


def select_only(window: MainWindow, person_id: str) -> None:
    window.people.select([person_id])
    assert window.people.selected_ids() == [person_id]


def bullets(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("- ")]


def point(window: MainWindow, instant: datetime) -> QPoint:
    layout = window.timeline.layout_result()
    assert layout is not None
    return QPoint(round(layout.x_of(instant)), round(layout.lane_tops[0] + layout.strip + layout.pad))


def drag(qtbot: QtBot, window: MainWindow, start: datetime, end: datetime) -> None:
    timeline = window.timeline
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=point(window, start))
    qtbot.mouseMove(timeline, point(window, start + (end - start) / 2))
    qtbot.mouseMove(timeline, point(window, end))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=point(window, end))


def type_greeting(qtbot: QtBot, window: MainWindow, name: str) -> None:
    field = window.proposal.greeting
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, name)


def test_each_client_is_greeted_by_their_own_name(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    window = trio(make_window, tmp_path)
    assert window.proposal.text().startswith("Hello Sarah,\n"), "the first word of the name by default"
    assert window.proposal.greeting.text() == "Sarah"
    type_greeting(qtbot, window, "Ms Miller")
    assert window.proposal.text().startswith("Hello Ms Miller,\n")
    select_only(window, "jonas")
    assert window.proposal.text().startswith("Guten Tag Jonas,\n"), "not the greeting typed for Sarah"
    assert window.proposal.greeting.text() == "Jonas"
    select_only(window, "sarah")
    assert window.proposal.text().startswith("Hello Ms Miller,\n")
    window.close()  # saves what was typed
    stored = json.loads((tmp_path / "profiles.json").read_text(encoding="utf-8"))
    assert [c.get("greet_as") for c in stored["clients"]] == ["Ms Miller", None]


def test_a_team_is_greeted_together_and_its_greeting_is_read_only(
    make_window: Factory, tmp_path: Path
) -> None:
    window = trio(make_window, tmp_path)
    window.people.select(["sarah", "jonas"])
    assert window.proposal.text().startswith("Hello Sarah and Jonas,\n")
    assert window.proposal.greeting.isReadOnly()


def test_a_pick_belongs_to_its_client_and_never_hides(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    """A slot picked earlier stayed in the text after navigating away, shown nowhere; it now shows in
    the panel's list with a button that brings it back into view and one that removes it, and another
    client's selection clears it."""
    window = trio(make_window, tmp_path)
    window.set_mode(ViewMode.WEEK)
    window.next_week.trigger()  # the week of Monday 7 December
    friday = datetime(2026, 12, 11, 9, 0, tzinfo=NY).astimezone(UTC)  # 23:00 in Tokyo: inside both
    window.timeline.set_selection(Interval(friday, friday + timedelta(minutes=30)))
    text = window.proposal.text()
    assert "- Friday, December 11, 2026, 9:00 – 9:30 AM\n" in text, "judged on its own dates: no note"
    picked = [r for r in window.proposal.options.rows() if r.picked]
    assert len(picked) == 1
    assert picked[0].warning == ""
    window.next_week.trigger()
    row = next(r for r in window.proposal.options.rows() if r.picked)
    assert not row.in_view
    button = window.proposal.options.show_buttons[row.number - 1]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert next(r for r in window.proposal.options.rows() if r.picked).in_view
    remove = window.proposal.options.remove_button
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert window.timeline.selection() is None
    assert "December 11" not in window.proposal.text()
    window.timeline.set_selection(Interval(friday, friday + timedelta(minutes=30)))
    select_only(window, "jonas")
    assert window.timeline.selection() is None, "a pick belongs to the client it was made for"


def test_a_past_slot_cannot_be_picked(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    window = trio(make_window, tmp_path)
    window.set_mode(ViewMode.DAY)
    for _ in range(3):
        window.prev_day.trigger()
    past = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
    with qtbot.waitSignal(window.timeline.pickRefused):
        qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=point(window, past))
    assert window.timeline.selection() is None
    assert "already begun" in window.statusBar().currentMessage()
    assert all(c.interval.start >= NOW for c in window.proposal_state().choices)  # type: ignore[union-attr]


def test_a_slot_on_the_clients_holiday_is_marked_for_the_freelancer_only(
    make_window: Factory, tmp_path: Path
) -> None:
    window = trio(make_window, tmp_path)
    christmas = datetime(2026, 12, 25, 9, 0, tzinfo=NY).astimezone(UTC)
    window.timeline.set_selection(Interval(christmas, christmas + timedelta(minutes=30)))
    row = next(r for r in window.proposal.options.rows() if r.picked)
    assert "Sarah Miller's public holiday (Christmas Day)" in row.warning
    text = window.proposal.text()
    assert "- Friday, December 25, 2026, 9:00 – 9:30 AM\n" in text
    assert "holiday" not in text.casefold()


def test_a_drag_sets_the_length_and_the_text_the_options_and_the_file_agree(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    """A two-hour drag gave "a call (30 minutes)" beside "6:00 – 8:00 AM (outside usual hours)"."""
    window = trio(make_window, tmp_path)
    window.set_mode(ViewMode.DAY)
    window.next_day.trigger()
    window.next_day.trigger()  # Sunday 6 December in Tokyo; New York's Sunday 6:00 PM is Monday 08:00
    window.next_day.trigger()  # Monday 7 December in Tokyo
    start = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)  # 06:00 in New York, 20:00 in Tokyo
    drag(qtbot, window, start, start + timedelta(hours=2))
    selection = window.timeline.selection()
    assert selection is not None
    assert selection.duration == timedelta(hours=2)
    assert window.proposal.duration.currentData() == 120
    state = window.proposal_state()
    assert state is not None
    text = window.proposal.text()
    assert "(2 hours)" in text
    assert all(c.interval.duration == timedelta(hours=2) for c in state.choices)
    # No two hours fit both days here: the text says so once, in the client's terms, and marks nothing.
    assert "I could not find a time for a call (2 hours) within your usual hours" in text
    assert "- Monday, December 7, 2026, 6:00 – 8:00 AM\n" in text
    picked = next(r for r in window.proposal.options.rows() if r.picked)
    assert "outside Sarah Miller's hours" in picked.warning
    # Badge n is line n of the text.
    assert window.timeline.options() == state.intervals()
    starts = [c.interval.start for c in state.choices]
    assert starts == sorted(starts)
    assert len(bullets(text)) == len(state.choices)
    window.export("slot")
    (saved,) = tmp_path.glob("call-sarah-miller-2026-12-07-0600.ics")
    (event,) = Calendar.from_ical(saved.read_bytes()).walk("VEVENT")
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=2)
    # An hour fits (9:00 in New York is 23:00 in Tokyo): only the pick leaves Sarah's hours, and the text
    # says so politely, in her terms; that it is inside the freelancer's hours needs no word.
    drag(qtbot, window, start, start + timedelta(hours=1))
    assert window.proposal.duration.currentData() == 60
    text = window.proposal.text()
    assert "(1 hour)" in text
    assert "- Monday, December 7, 2026, 6:00 – 7:00 AM (outside your usual hours)\n" in text
    assert sum("(outside your usual hours)" in line for line in bullets(text)) == 1


def test_changing_the_length_changes_the_pick_too(make_window: Factory, tmp_path: Path) -> None:
    window = trio(make_window, tmp_path)
    start = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)
    window.timeline.set_selection(Interval(start, start + timedelta(minutes=30)))
    window.proposal.duration.setCurrentIndex(window.proposal.duration.findData(90))
    assert window.timeline.selection() == Interval(start, start + timedelta(minutes=90))
    state = window.proposal_state()
    assert state is not None
    assert {c.interval.duration for c in state.choices} == {timedelta(minutes=90)}
    assert "(90 minutes)" in window.proposal.text()


def test_finding_a_client_selects_it(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    window = trio(make_window, tmp_path)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.people.filter.hasFocus)
    qtbot.keyClicks(window.people.filter, "Jonas")
    assert window.people.selected_ids() == ["jonas"], "a filter never leaves a hidden client selected"
    qtbot.keyClick(window.people.filter, Qt.Key.Key_Return)
    assert window.people.selected_ids() == ["jonas"]
    assert window.proposal.text().startswith("Guten Tag Jonas,\n")
    qtbot.keyClicks(window.people.filter, "zzz")
    assert window.people.selected_ids() == []
    assert window.proposal.text() == ""


def test_show_my_time_too_ends_with_a_sentence_that_fits_both_clocks(
    make_window: Factory, tmp_path: Path
) -> None:
    window = trio(make_window, tmp_path)
    window.proposal.show_mine.setChecked(True)
    text = window.proposal.text()
    assert "(for me in Tokyo: " in text
    assert "All times are in" not in text
    assert "Times are in New York time (EST, UTC−5).\nThose in brackets are my own.\n" in text


def test_files_from_the_window_read_well(make_window: Factory, tmp_path: Path) -> None:
    offered: list[str] = []
    folder = tmp_path / "calendar files"
    folder.mkdir()

    def save_to(_parent: object, suggested: str) -> str:
        offered.append(suggested)
        return str(folder / Path(suggested).name)

    (tmp_path / "profiles.json").write_text(json.dumps(PEOPLE), encoding="utf-8")
    window = make_window(
        clock=lambda: NOW, choose_save_path=save_to, choose_series_length=lambda _p, _d: (4, None)
    )
    select_only(window, "sarah")
    state = window.proposal_state()
    assert state is not None
    first = state.choices[0].interval
    window.export("slot")
    wall = first.start.astimezone(NY)
    name = f"call-sarah-miller-{wall:%Y-%m-%d-%H%M}.ics"
    assert offered == [name], "named on the client's clock and date"
    (event,) = Calendar.from_ical((folder / name).read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Call: Aiko Tanaka / Sarah Miller"
    description = str(event["description"])
    assert description.startswith("30 minutes\nNew York: ")
    assert "\nTokyo: " in description
    assert "Would one of these" not in description
    window.export("holds")
    assert Path(offered[-1]).parent == folder, "the last folder is remembered"
    holds = Calendar.from_ical(next(folder.glob("options-call-*.ics")).read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in holds] == [
        f"Option {n} of 3 — Call: Aiko Tanaka / Sarah Miller" for n in (1, 2, 3)
    ]
    window.export("weekly")
    (series,) = Calendar.from_ical(next(folder.glob("weekly-call-*.ics")).read_bytes()).walk("VEVENT")
    assert series["rrule"]["COUNT"] == [4], "the series' length as chosen"


def test_the_clipboard_holds_what_the_preview_shows(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = trio(make_window, tmp_path, select="jonas")
    with qtbot.waitSignal(window.proposal.copied):
        window.copy_action.trigger()
    assert QApplication.clipboard().text() == window.proposal.text()
    assert window.proposal.text().startswith("Guten Tag Jonas,\n")


def test_the_day_view_moves_by_the_hour_and_hover_reads_every_clock(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    window = trio(make_window, tmp_path)
    window.set_mode(ViewMode.DAY)
    window.next_day.trigger()
    window.next_day.trigger()
    window.next_day.trigger()  # Monday 7 December in Tokyo
    before = window.view_range()
    assert before.start.astimezone(TOKYO).hour == 12, "the shared 23:00-24:00 sits in the middle"
    timeline = window.timeline
    layout = timeline.layout_result()
    assert layout is not None
    at = QPointF(layout.plot.x + 50, layout.lane_tops[0] + layout.strip + 4)
    wheel = QWheelEvent(
        at, timeline.mapToGlobal(at), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ShiftModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(timeline, wheel)
    assert window.view_range().start - before.start == timedelta(hours=1)
    layout = timeline.layout_result()
    assert layout is not None
    qtbot.mouseMove(timeline, point(window, before.start + timedelta(hours=12)))
    hover = timeline.hover()
    assert hover is not None
    band, labels = hover
    # Noon + 12 h in Tokyo is Tuesday 00:00 there and Monday 10:00 in New York, each in its own row.
    assert [label.text for label in labels] == ["Tue 00:00", "Mon 10:00"]
    assert [label.rect.y > top for label, top in zip(labels, layout.lane_tops, strict=True)] == [True, True]
    assert band.rect.y == layout.lane_tops[0]


def test_f1_names_every_mark_of_the_timeline(make_window: Factory, qtbot: QtBot, tmp_path: Path) -> None:
    window = trio(make_window, tmp_path)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.legend is not None
    qtbot.waitUntil(window.legend.isVisible)
    assert len(window.legend.texts) == 13
    assert any("holiday" in text for text in window.legend.texts)
    assert any("Busy in your calendars" in text for text in window.legend.texts)
    assert window.legend_action in window.view_menu.actions()


def test_a_changed_re_export_is_an_update_and_a_series_in_a_fold_is_warned_of(
    make_window: Factory, tmp_path: Path
) -> None:
    (tmp_path / "profiles.json").write_text(json.dumps(PEOPLE), encoding="utf-8")
    three = lambda _p, _d: (3, None)  # noqa: E731
    window = make_window(clock=lambda: NOW, choose_series_length=three)
    select_only(window, "sarah")
    start = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)
    window.timeline.set_selection(Interval(start, start + timedelta(minutes=30)))

    def exported() -> tuple[str, int]:
        (path,) = tmp_path.glob("call-sarah-miller-*.ics")
        (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        path.unlink()
        return str(event["uid"]), int(event["sequence"])

    window.export("slot")
    uid, first = exported()
    window.export("slot")
    assert exported() == (uid, first), "the same file again is no update"
    window.proposal.duration.setCurrentIndex(window.proposal.duration.findData(60))
    window.export("slot")
    assert exported() == (uid, first + 1), "a new length for the same event: SEQUENCE rises"

    # Sunday 31 October 2027, 01:30 in New York; a week later 01:30 happens twice there.
    sunday = datetime(2027, 10, 31, 5, 30, tzinfo=UTC)
    window.timeline.set_selection(Interval(sunday, sunday + timedelta(minutes=60)))
    window.export("weekly")
    assert list(tmp_path.glob("weekly-call-*.ics"))
    notice = window.notices.label.text()
    assert "happens twice on New York's clock" in notice
    assert "7 Nov 2027" in notice or "Nov 7" in notice or "2027" in notice


def test_select_all_in_a_filtered_list_leaves_the_hidden_out(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = trio(make_window, tmp_path)
    qtbot.keyClicks(window.people.filter, "Jonas")
    window.people.list.setFocus()
    qtbot.keyClick(window.people.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.people.selected_ids() == ["jonas"], "Sarah, hidden, is not selected with the rest"
    assert window.proposal.text().startswith("Guten Tag Jonas,\n")


def test_nothing_typed_into_the_preview_reaches_the_client(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    """An input method's text (a Japanese IME commits text this way) went into the read-only preview,
    and Copy took it along."""
    from PySide6.QtGui import QInputMethodEvent

    window = trio(make_window, tmp_path)
    written = window.proposal.text()
    window.proposal.preview.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("~")
    QApplication.sendEvent(window.proposal.preview, event)
    assert window.proposal.preview.toPlainText() == written
    with qtbot.waitSignal(window.proposal.copied):
        window.copy_action.trigger()
    assert QApplication.clipboard().text() == written


def test_a_long_list_works_out_the_statuses_it_shows(make_window: Factory, tmp_path: Path) -> None:
    """Ten thousand clients froze every add for a second: each refresh worked out every client's status.
    Now only the rows in view (and the selected) get theirs; a scroll brings the rest."""
    many = [
        {"id": f"c{n:04d}", "name": f"Client {n}", "zone": "Europe/Berlin", "hours": "mon-fri 09:00-17:00"}
        for n in range(600)
    ]
    (tmp_path / "profiles.json").write_text(json.dumps({**PEOPLE, "clients": many}), encoding="utf-8")
    window = make_window(clock=lambda: NOW)
    people = window.people
    assert people.list.uniformItemSizes(), "a long list lays out one row height"
    assert people.status_text("c0000"), "a row in view has its status"
    assert people.status_text("c0599") == "", "a row far below has none worked out yet"
    people.list.scrollToBottom()
    assert people.status_text("c0599"), "scrolled into view, it gets its status"


def test_a_pasted_time_is_read_on_both_clocks_with_a_reply(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = trio(make_window, tmp_path)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    box = window.proposal.convert
    qtbot.waitUntil(box.field.hasFocus)
    QApplication.clipboard().setText("Can we do Tuesday 3pm EST?")
    qtbot.mouseClick(box.paste_button, Qt.MouseButton.LeftButton)
    shown = box.result.text()
    assert "Sarah Miller: Tuesday, December 8, 2026" in shown
    assert "3:00" in shown.splitlines()[0], "the client's clock first"
    assert shown.splitlines()[1].startswith("You: Wednesday, December 9, 2026"), "5:00 AM in Tokyo"
    assert "EST" in shown
    assert "Outside your hours" in shown
    assert box.reply.toPlainText().startswith("Unfortunately"), "it offers the nearest times instead"
    with qtbot.waitSignal(box.copied):
        qtbot.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == box.reply.toPlainText()
    qtbot.mouseClick(box.pick_button, Qt.MouseButton.LeftButton)
    picked = window.timeline.selection()
    assert picked is not None
    assert picked.start == datetime(2026, 12, 8, 20, 0, tzinfo=UTC)
    assert "- Tuesday, December 8, 2026, 3:00 – 3:30 PM" in window.proposal.text()


def test_an_unreadable_time_is_explained_where_it_was_typed(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = trio(make_window, tmp_path)
    box = window.proposal.convert
    qtbot.keyClicks(box.field, "whenever suits")
    qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert box.error.isVisibleTo(window)
    assert "time" in box.error.text()
    assert not box.reply.isVisibleTo(window)


def test_notifications_are_switched_per_kind_and_client_and_kept(
    make_window: Factory, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from ui.reminder_clock import reminder_settings

    window = trio(make_window, tmp_path)
    window.notifications_action.trigger()
    qtbot.waitUntil(lambda: window.notifications is not None and window.notifications.isVisible())
    dialog = window.notifications
    assert dialog is not None
    assert not dialog.per_client["sarah"]["core_start"].isChecked(), "off unless asked for"
    dialog.per_client["sarah"]["core_start"].setChecked(True)
    for box in dialog.per_client["jonas"].values():
        box.setChecked(False)
    dialog.kinds["clock_change"].setChecked(False)
    dialog.lead.setValue(30)
    dialog.accept()
    kept = reminder_settings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), ["sarah", "jonas"]
    )
    assert "core_start" in kept.clients["sarah"]
    assert kept.clients["jonas"] == frozenset(), "none of them, read back from the file as none"
    assert "clock_change" not in kept.kinds
    assert kept.lead.total_seconds() == 30 * 60
