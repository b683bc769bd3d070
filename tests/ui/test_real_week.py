"""Issue 20's whole story in the window: the freelancer adds their Google calendar's address and an Outlook
export, books a call with Sarah, marks two days in Lisbon, and the next proposal to Jonas keeps clear of all
of it, on both clocks, and still does after a restart with the calendar server gone.

Checked as the freelancer reads it: the option rows (Jonas's clock and theirs), the proposal text Jonas
receives, and an independent minute-by-minute walk over what should be free."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from http.server import ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneStandard
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.intervals import Interval
from tests.app.test_calendar_fetch import Site, address, site  # noqa: F401 - site is a fixture
from tests.ui.trio import PEOPLE
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # Friday: 18:00 in Tokyo, 10:00 in Berlin, 04:00 in New York
TOKYO, BERLIN, LISBON = ZoneInfo("Asia/Tokyo"), ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/Lisbon")
TRIP = "2026-12-10..2026-12-11 Europe/Lisbon thu-fri 15:00-19:00"  # Thursday and Friday in Lisbon


def google_calendar() -> bytes:
    """As Google writes it: the owner's zone with its VTIMEZONE, a weekly series on Tokyo's clock
    (Tuesdays 19:00–22:00 there, 10:00–13:00 UTC), six weeks of it."""
    cal = Calendar()
    cal.add("prodid", "-//Google Inc//Google Calendar 70.9054//EN")
    cal.add("version", "2.0")
    zone = Timezone()
    zone.add("tzid", "Asia/Tokyo")
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", timedelta(hours=9))
    standard.add("tzoffsetto", timedelta(hours=9))
    standard.add("tzname", "JST")
    zone.add_component(standard)
    cal.add_component(zone)
    series = Event()
    series.add("uid", "lessons@google.com")
    series.add("dtstamp", NOW)
    series.add("dtstart", datetime(2026, 12, 1, 19, 0, tzinfo=TOKYO))
    series.add("dtend", datetime(2026, 12, 1, 22, 0, tzinfo=TOKYO))
    series.add("rrule", {"freq": "weekly", "count": 6})
    series.add("summary", "Evening lessons")
    cal.add_component(series)
    return bytes(cal.to_ical())


def outlook_export(path: Path) -> None:
    """As Outlook exports it: Windows zone names in TZID and no VTIMEZONE. Wednesday 9 December
    11:00–14:00 in Berlin (10:00–13:00 UTC)."""
    cal = Calendar()
    cal.add("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", "040000008200E00074C5B7101A82E008@outlook")
    event.add("dtstamp", NOW)
    event.add("dtstart", datetime(2026, 12, 9, 11, 0))
    event.add("dtend", datetime(2026, 12, 9, 14, 0))
    for key in ("DTSTART", "DTEND"):
        event[key].params["TZID"] = "W. Europe Standard Time"
    event.add("summary", "Dentist")
    cal.add_component(event)
    data = bytes(cal.to_ical())
    assert b"VTIMEZONE" not in data
    path.write_bytes(data)


BUSY_FROM_CALENDARS = (
    *(
        Interval(datetime(2026, 12, 1, 10, tzinfo=UTC) + timedelta(weeks=n),
                 datetime(2026, 12, 1, 13, tzinfo=UTC) + timedelta(weeks=n))
        for n in range(6)
    ),
    Interval(datetime(2026, 12, 9, 10, tzinfo=UTC), datetime(2026, 12, 9, 13, tzinfo=UTC)),
)  # fmt: skip


def free_minute(minute: datetime, busy: tuple[Interval, ...]) -> bool:
    """Whether the freelancer (Tokyo, mon-fri 07:00-09:00 19:00-24:00, sat 10:00-13:00; on 10 and 11
    December in Lisbon, 15:00-19:00 on Lisbon's clock) and Jonas (Berlin,
    mon-fri 09:00-17:00, Bavarian holidays — none in these weeks but 24–26 December) both work at
    ``minute`` and nothing is booked: read straight off both clocks, one minute at a time."""
    mine, his, lisbon = minute.astimezone(TOKYO), minute.astimezone(BERLIN), minute.astimezone(LISBON)
    trip = (date(2026, 12, 10), date(2026, 12, 11))
    if mine.date() in trip:  # the Tokyo hours of the trip's dates do not count
        mine_works = False
    else:
        mine_works = (mine.weekday() < 5 and (7 <= mine.hour < 9 or mine.hour >= 19)) or (
            mine.weekday() == 5 and 10 <= mine.hour < 13
        )
    mine_works = mine_works or (lisbon.date() in trip and 15 <= lisbon.hour < 19)
    holiday = (his.month, his.day) in {(12, 24), (12, 25), (12, 26), (1, 1), (1, 6)}
    his_works = his.weekday() < 5 and 9 <= his.hour < 17 and not holiday
    return mine_works and his_works and not any(b.start <= minute < b.end for b in busy)


def test_the_next_proposal_to_jonas_avoids_both_calendars_and_the_call_with_sarah_offline_too(
    make_window: Factory,
    qtbot: QtBot,
    tmp_path: Path,
    site: tuple[Site, ThreadingHTTPServer],  # noqa: F811
) -> None:
    pages, server = site
    pages.pages["/basic.ics"] = (200, google_calendar())
    outlook = tmp_path / "outlook.ics"
    outlook_export(outlook)
    (tmp_path / "profiles.json").write_text(json.dumps(PEOPLE), encoding="utf-8")
    window = make_window(clock=lambda: NOW, choose_calendar_file=lambda _parent: str(outlook))

    # Jonas's proposal before anything is known offers the hours the calendars hold.
    window.people.select(["jonas"])
    state = window.proposal_state()
    assert state is not None
    assert any(
        c.interval.start < b.end and b.start < c.interval.end
        for c in state.choices
        for b in BUSY_FROM_CALENDARS
    )

    # Edit → Your calendars…: the Google address, then the Outlook file.
    window.calendars_action.trigger()
    dialog = window.calendars_dialog
    assert dialog is not None
    dialog.address.setText(address(server, "/basic.ics"))
    with qtbot.waitSignal(window.calendar_reader.read, timeout=10_000):
        qtbot.mouseClick(dialog.add_address, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.calendar_reader.read, timeout=10_000):
        qtbot.mouseClick(dialog.add_file, Qt.MouseButton.LeftButton)
    google_line, outlook_line = dialog.lines()
    assert google_line.startswith(address(server, "/basic.ics") + "\nEvents read: 1 · fetched ")
    assert outlook_line == f"{outlook}\nEvents read: 1"
    dialog.close()

    # A call with Sarah, booked from her first option.
    window.people.select(["sarah"])
    sarah = window.proposal_state()
    assert sarah is not None
    call = sarah.choices[0].interval
    window.proposal.options.book_buttons[0].click()
    assert [(r.theirs, r.minutes) for r in window.upcoming.rows()] == [
        (
            call.start.astimezone(ZoneInfo("America/New_York")),
            int((call.end - call.start).total_seconds() // 60),
        )
    ]
    busy = (*BUSY_FROM_CALENDARS, call)

    # Thursday and Friday in Lisbon, typed in the freelancer's own editor (Ctrl+,).
    window.edit_me.trigger()
    editor = window.dialog
    assert editor is not None
    editor.away.setText(TRIP)
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert next(p for p in window.profiles() if p.is_me).away == TRIP

    def check_jonas(current: MainWindow) -> None:
        current.people.select(["jonas"])
        current.proposal.count.setValue(5)
        state = current.proposal_state()
        assert state is not None
        assert state.choices
        rows = current.proposal.options.rows()
        text = current.proposal_text()[0]
        for choice, row in zip(state.choices, rows, strict=False):
            span = choice.interval
            minutes = int((span.end - span.start).total_seconds() // 60)
            assert all(free_minute(span.start + timedelta(minutes=m), busy) for m in range(minutes)), span
            # On both clocks: Jonas's in his row and in his text, the freelancer's beside it.
            his, mine = span.start.astimezone(BERLIN), span.start.astimezone(TOKYO)
            assert row.when.startswith(f"{his:%a, %b} {his.day}, {his:%-I:%M}"), (row, his)
            assert row.when.endswith(" Berlin")
            assert row.mine.startswith(f"{mine:%a, %b} {mine.day}, {mine:%-I:%M}"), (row, mine)
            assert row.mine.endswith(" you")
            assert f"{his.day}. Dezember" in text, (text, his)
            assert f"{his:%H:%M}" in text, (text, his)

    check_jonas(window)
    # A slot picked in Lisbon's afternoon fits; one in what would be Tokyo's evening that day does not.
    for start, fits in (
        (datetime(2026, 12, 10, 15, tzinfo=UTC), True),
        (datetime(2026, 12, 10, 11, tzinfo=UTC), False),
    ):
        window.timeline.set_selection(Interval(start, start + timedelta(minutes=30)))
        picked = next(r for r in window.proposal.options.rows() if r.picked)
        assert (picked.warning == "") is fits, picked

    # Offline: the server gone, a restart still keeps clear of the Google calendar from the private copy.
    server.shutdown()
    server.server_close()
    again = make_window(clock=lambda: NOW)
    qtbot.waitUntil(lambda: not again.calendar_reader.busy, timeout=10_000)
    again.calendars_action.trigger()
    assert again.calendars_dialog is not None
    google_line, outlook_line = again.calendars_dialog.lines()
    assert "Events read: 1 · fetched Fri, Dec 4 18:00" in google_line
    assert "last fetch failed" in google_line
    assert outlook_line == f"{outlook}\nEvents read: 1"
    check_jonas(again)
