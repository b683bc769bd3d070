"""``coretime-cli ics`` to its contract: the file it writes, exit 2 with one error line, the DST gap
error, the fold note, ``--out -``, and writes that never leave half a file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import vobject

from app.cli import ics as ics_cli
from app.cli.args import UsageError
from app.cli.main import main
from app.intervals import Interval

AT = ["--at", "2026-03-10T13:00Z"]
BASE = ["ics", "--duration", "45", "--title", "Kick-off; 日本語, 🎉"]


def run(capsys: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err.decode()


def event_of(data: bytes) -> vobject.base.Component:
    return vobject.readOne(data.decode()).vevent


def test_instant_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, err = run(capsysbinary, *BASE, "--at", "2026-03-10T13:00:00Z", "--out", "-")
    assert (code, err) == (0, "")
    assert b"\r\nDTSTART:20260310T130000Z\r\n" in out
    event = event_of(out)
    assert event.summary.value == "Kick-off; 日本語, 🎉"
    assert event.dtend.value - event.dtstart.value == timedelta(minutes=45)


def test_offset_and_wall_time_in_a_zone_give_the_same_instant(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    _, with_offset, _ = run(capsysbinary, *BASE, "--at", "2026-03-10T14:00+01:00", "--out", "-")
    _, wall, _ = run(
        capsysbinary, *BASE, "--at", "2026-03-10T09:00", "--zone", "America/New_York", "--out", "-"
    )
    assert (
        event_of(with_offset).dtstart.value
        == event_of(wall).dtstart.value
        == datetime(2026, 3, 10, 13, tzinfo=UTC)
    )


def test_weekly_series_invite_with_alarm_and_link(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, err = run(
        capsysbinary, *BASE, "--at", "2026-03-03T09:00", "--zone", "America/New_York",
        "--repeat", "weekly", "--count", "4", "--alarm", "15",
        "--location", "https://meet.example.com/x", "--description", "Agenda",
        "--invite", "--organizer", "mailto:me@example.com", "--attendee", "client@example.org",
        "--out", "-",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert b"METHOD:REQUEST\r\n" in out
    assert b"DTSTART;TZID=America/New_York:20260303T090000\r\n" in out
    event = event_of(out)
    assert [s.astimezone(UTC).hour for s in event.getrruleset()] == [14, 13, 13, 13]  # DST began 8 March
    assert event.url.value == "https://meet.example.com/x"
    assert event.valarm.trigger.value == timedelta(minutes=-15)
    assert event.attendee.params["RSVP"] == ["TRUE"]


def test_a_wall_time_in_a_gap_is_an_error_naming_the_gap(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, err = run(capsysbinary, *BASE, "--at", "2026-03-08T02:30", "--zone", "America/New_York",
                         "--out", "-")  # fmt: skip
    assert (code, out) == (2, b"")
    assert err.count("\n") == 1
    assert err.startswith("error: 2026-03-08T02:30 does not exist in America/New_York")
    assert "from 02:00 to 03:00" in err


def test_a_wall_time_in_a_fold_is_the_first_and_says_so(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, err = run(capsysbinary, *BASE, "--at", "2026-11-01T01:30", "--zone", "America/New_York",
                         "--out", "-")  # fmt: skip
    assert code == 0
    assert err.startswith("note: 2026-11-01T01:30 happens twice in America/New_York")
    assert err.count("\n") == 1
    assert "EDT" in err
    assert event_of(out).dtstart.value == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--at", "tomorrow"], "'tomorrow' is not a time"),
        (["--at", "2026-02-30T09:00Z"], "not a moment of the calendar"),
        (["--at", "2026-03-10T09:00"], "has no offset; add --zone"),
        (["--at", "2026-03-10T09:00", "--zone", "Mars/Olympus"], "unknown time zone 'Mars/Olympus'"),
        (["--at", "2026-03-10T13:00Z", "--repeat", "weekly", "--count", "0"], "0 meetings is out of range"),
        (["--at", "2026-03-10T13:00Z", "--repeat", "weekly", "--count", "3"], "needs --zone"),
        (["--at", "2026-03-10T13:00Z", "--zone", "UTC", "--repeat", "weekly"], "needs --count N or --until"),
        (["--at", "2026-03-10T13:00Z", "--zone", "UTC", "--repeat", "weekly", "--count", "3",
          "--until", "2026-05-01"], "not both"),
        (["--at", "2026-03-10T13:00Z", "--count", "3"], "need --repeat weekly"),
        (["--at", "2026-03-10T13:00Z", "--zone", "UTC", "--repeat", "weekly", "--until", "2026-01-01"],
         "before its first meeting"),
        (["--at", "2026-03-10T13:00Z", "--repeat", "monthly"], "invalid choice"),
        (["--at", "2026-03-10T13:00Z", "--invite", "--attendee", "a@example.com"], "needs --organizer"),
        ([*AT, "--invite", "--organizer", "me@example.com"], "at least one --attendee"),
        ([*AT, "--invite", "--organizer", "me@example", "--attendee", "a@example.com"],
         "'me@example' is not an e-mail address"),
        (["--at", "2026-03-10T13:00Z", "--organizer", "me@example.com"], "need --invite"),
        (["--at", "2026-03-10T13:00Z", "--alarm", "-5"], "out of range"),
        (["--at", "2026-03-10T13:00Z", "--description", "bell\x07"], "control character (U+0007)"),
        ([*AT, "--out", "/nonexistent-dir/x.ics"], "cannot write /nonexistent-dir/x.ics"),
    ],
)  # fmt: skip
def test_bad_input_is_one_error_line_and_exit_2(
    capsysbinary: pytest.CaptureFixture[bytes], argv: list[str], says: str
) -> None:
    out_flag = [] if "--out" in argv else ["--out", "-"]
    code, out, err = run(capsysbinary, *BASE, *argv, *out_flag)
    assert code == 2
    assert out == b""
    assert err.startswith("error: ")
    assert err.count("\n") == 1, err
    assert says in err
    assert "Traceback" not in err


def test_writes_the_file_atomically(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes],
                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    target = tmp_path / "call.ics"
    code, _, _ = run(capsysbinary, *BASE, "--at", "2026-03-10T13:00Z", "--out", str(target))
    assert code == 0
    first = target.read_bytes()
    assert first.startswith(b"BEGIN:VCALENDAR\r\n")
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)  # private: it names a client and a time

    def crash(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    code, _, err = run(capsysbinary, *BASE, "--at", "2026-03-11T13:00Z", "--out", str(target))
    assert code == 2
    assert "No space left on device" in err
    assert target.read_bytes() == first  # the old file, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["call.ics"]  # and no temporary left behind


def test_write_holds_is_ready_for_propose(tmp_path: Path) -> None:
    start = datetime(2026, 3, 10, 13, tzinfo=UTC)
    options = [Interval(start + timedelta(days=d), start + timedelta(days=d, hours=1)) for d in range(3)]
    target = tmp_path / "holds.ics"
    ics_cli.write_holds(options, title="Call with Ana", out=str(target), now=start)
    events = vobject.readOne(target.read_text(encoding="utf-8")).vevent_list
    assert [e.dtstart.value for e in events] == [o.start for o in options]
    assert {e.status.value for e in events} == {"TENTATIVE"}
    with pytest.raises(UsageError, match="no options"):
        ics_cli.write_holds([], title="Call", out=str(target), now=start)


def test_the_cli_starts_without_loading_icalendar() -> None:
    code = "import sys, app.cli.main; print('icalendar' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def _read(data: bytes) -> list[tuple[datetime, timedelta]]:
    """Each meeting of a written file as icalendar + recurring-ical-events read it (UTC start, length)."""
    import icalendar
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(data)
    found = []
    for item in recurring_ical_events.of(calendar).between(datetime(2020, 1, 1), datetime(2030, 1, 1)):
        start, end = item["DTSTART"].dt.astimezone(UTC), item["DTEND"].dt.astimezone(UTC)
        found.append((start, end - start))
    return sorted(found)


def test_a_series_from_the_second_pass_of_a_fold_starts_there(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    out = tmp_path / "call.ics"
    code, printed, err = run(
        capsysbinary, "ics", "--at", "2026-11-01T06:30:00Z", "--zone", "America/New_York", "--duration", "30",
        "--title", "Call", "--repeat", "weekly", "--count", "2", "--out", str(out), "--json",
    )  # fmt: skip
    assert code == 0
    first = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)
    assert _read(out.read_bytes()) == [
        (first, timedelta(minutes=30)),
        (first + timedelta(weeks=1), timedelta(minutes=30)),
    ]
    assert err.startswith("note: the first meeting, 2026-11-01 01:30, is a time that happens twice")
    assert json.loads(printed)["clock_dates"] == [
        {"day": "2026-11-01", "time": "01:30", "kind": "fold", "start": "2026-11-01T06:30:00Z", "exact": True,
         "other": None},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("at", "zone", "minutes", "first"),
    [
        ("2026-04-04T23:00", "America/Santiago", 90, datetime(2026, 4, 5, 2, 0, tzinfo=UTC)),
        ("2026-11-01T01:30", "America/New_York", 60, datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
        ("2026-10-31T23:30", "America/New_York", 150, datetime(2026, 11, 1, 3, 30, tzinfo=UTC)),
    ],
)
def test_a_series_whose_first_meeting_ends_in_a_fold_keeps_its_length(
    capsysbinary: pytest.CaptureFixture[bytes], at: str, zone: str, minutes: int, first: datetime
) -> None:
    code, out, _ = run(capsysbinary, "ics", "--at", at, "--zone", zone, "--duration", str(minutes), "--title",
                       "Call", "--repeat", "weekly", "--count", "3", "--out", "-")  # fmt: skip
    assert code == 0
    read = _read(out)
    assert read[0] == (first, timedelta(minutes=minutes))
    assert [length for _, length in read] == [timedelta(minutes=minutes)] * 3


def test_a_later_meeting_in_a_fold_is_noted_with_its_date(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, err = run(capsysbinary, "ics", "--at", "2026-10-25T01:30", "--zone", "America/New_York",
                         "--duration", "30", "--title", "Call", "--repeat", "weekly", "--count", "3",
                         "--out", "-")  # fmt: skip
    assert code == 0
    assert err == (
        "note: the meeting on 2026-11-01 at 01:30 falls on a time that happens twice in America/New_York "
        "(the clocks go back that night): the file means the first (2026-11-01T05:30:00Z), as RFC 5545 reads "
        "it; Thunderbird and Evolution show it at the second, 2026-11-01T06:30:00Z\n"
    )
    assert _read(out)[1][0] == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


def test_json_needs_a_file(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, err = run(capsysbinary, *BASE, *AT, "--out", "-", "--json")
    assert (code, out) == (2, b"")
    assert err == "error: --out - prints the calendar; it cannot share stdout with --json\n"


def test_an_update_keeps_its_uid_and_raises_its_sequence(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, _ = run(capsysbinary, *BASE, *AT, "--out", "-")
    assert code == 0
    first = event_of(out)
    assert first.sequence.value == "0"
    moved = ["--at", "2026-03-11T13:00Z", "--uid", first.uid.value, "--sequence", "1", "--out", "-"]
    code, out, _ = run(capsysbinary, *BASE, *moved)
    assert code == 0
    update = event_of(out)
    assert (update.uid.value, update.sequence.value) == (first.uid.value, "1")
    assert update.dtstart.value == datetime(2026, 3, 11, 13, tzinfo=UTC)
    for bad in (["--sequence", "-1"], ["--uid", "two words"], ["--uid", ""]):
        code, out, err = run(capsysbinary, *BASE, *AT, *bad, "--out", "-")
        assert code == 2, bad
        assert err.count("error:") == 1, err
        assert out == b""
