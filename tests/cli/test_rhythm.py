"""``coretime-cli now``, ``checkin`` and ``deadline`` to their contract: JSON shapes, text, files written
whole, and exit 2 with one ``error:`` line on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
import vobject

from app.cli.main import main
from tests.cli.runner import PEOPLE, run

ROOT = Path(__file__).resolve().parents[2]


def test_now_json_outside_hours(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "now", *PEOPLE, "--now", "2026-03-09T11:50:00Z", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "client_local": "2026-03-09T07:50:00-04:00",
        "weekday": "mon",
        "inside_core": False,
        "core_ends": None,
        "next_start": "2026-03-09T13:00:00Z",
        "next_start_mine": "2026-03-09T22:00:00+09:00",
        "minutes_until": 70,
        "reason": "outside_hours",
        "away_zone": None,
    }


def test_now_json_inside_and_on_a_holiday(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "now", *PEOPLE, "--now", "2026-03-09T14:00:30+01:00", "--json")
    data = json.loads(out)
    assert (data["inside_core"], data["core_ends"], data["next_start"], data["reason"]) == (
        True, "2026-03-09T21:00:00Z", None, None,
    )  # fmt: skip
    assert data["client_local"] == "2026-03-09T09:00:30-04:00"
    _, out, _ = run(
        capsys, "now", *PEOPLE, "--client-holidays", "us", "--now", "2026-11-26T15:00:00Z", "--json"
    )
    data = json.loads(out)
    assert (data["reason"], data["weekday"], data["next_start"]) == ("holiday", "thu", "2026-11-27T14:00:00Z")


def test_now_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "now", *PEOPLE, "--now", "2026-03-07T14:50:00Z")
    assert code == 0
    assert out.splitlines() == [
        "Client (America/New_York): Sat 2026-03-07 09:50 — their weekend (no hours today)",
        "Core time starts in 1 d 22 h 10 min: Mon 2026-03-09 09:00 their time = "
        "Mon 2026-03-09 22:00 your time (Asia/Tokyo)",
    ]


def test_checkin_json_and_calendar_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "checkin.ics"
    code, out, err = run(
        capsys, "checkin", *PEOPLE, "--now", "2026-03-02T00:00:00Z", "--out", str(target), "--json"
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert list(data) == [
        "client_time", "days", "skipped_days", "minutes_after_start", "next", "next_client", "next_mine",
        "reminders", "inside_my_hours", "shifts", "file", "holidays_skipped", "moved",
        "days_off_skipped", "away",
    ]  # fmt: skip
    assert data["moved"] == []
    assert data["client_time"] == "09:00"
    assert data["days"] == ["mon", "tue", "wed", "thu", "fri"]
    assert data["next"] == "2026-03-02T14:00:00Z"
    assert data["next_mine"] == "2026-03-02T23:00:00+09:00"
    assert data["shifts"][0] == {
        "at": "2026-03-09T13:00:00Z",
        "day_client": "2026-03-09",
        "mine_before": "23:00",
        "mine_after": "22:00",
        "zones": ["America/New_York"],
        "trip": None,  # a clock change, not a trip
    }
    assert data["file"] == str(target)
    assert data["holidays_skipped"] == []
    event = vobject.readOne(target.read_text(encoding="utf-8")).vevent
    assert len(list(event.getrruleset())) == data["reminders"]
    assert not [p for p in tmp_path.iterdir() if p.name != "checkin.ics"], "no temporary file left behind"


def test_checkin_with_client_holidays_skips_them_in_json_text_and_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "checkin.ics"
    args = ["checkin", *PEOPLE, "--client-holidays", "us", "--now", "2026-11-02T00:00:00Z"]
    code, out, err = run(capsys, *args, "--out", str(target), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert {"2026-11-26", "2026-12-25"} <= set(data["holidays_skipped"])
    _, plain, _ = run(capsys, "checkin", *PEOPLE, "--now", "2026-11-02T00:00:00Z", "--json")
    assert data["reminders"] == json.loads(plain)["reminders"] - len(data["holidays_skipped"])
    event = vobject.readOne(target.read_text(encoding="utf-8")).vevent
    starts = [s.date() for s in event.getrruleset()]
    assert len(starts) == data["reminders"]
    assert not {str(d) for d in starts} & set(data["holidays_skipped"])
    _, text, _ = run(capsys, *args)
    assert (
        f"No reminder on their {len(data['holidays_skipped'])} public holidays (US) in the coming year"
        in text
    )


def test_checkin_text_names_the_moves(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "checkin", *PEOPLE, "--now", "2026-03-02T00:00:00Z")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Daily check-in: 09:00 on the client's clock (America/New_York), mon,tue,wed")
    assert "  from Mon 2026-03-09: 22:00 your time (was 23:00) — America/New_York changes its clocks" in lines


LONDON_NIGHTS = [
    "--me", "America/New_York", "--my-hours", "daily 18:00-23:00",
    "--client", "Europe/London", "--client-hours", "daily 01:00-09:00", "--now", "2026-01-05T00:00:00Z",
]  # fmt: skip


def test_checkin_shifts_name_the_zone_that_moved_the_time(capsys: pytest.CaptureFixture[str]) -> None:
    # London's 01:00 is skipped on 29 March: that day's reminder comes at the jump (still 21:00 in New
    # York), and from the 30th on it is 20:00 there — London's doing, not nobody's.
    code, out, err = run(capsys, "checkin", *LONDON_NIGHTS, "--json")
    assert (code, err) == (0, "")
    shifts = json.loads(out)["shifts"]
    assert [(s["day_client"], s["mine_before"], s["mine_after"], s["zones"]) for s in shifts] == [
        ("2026-03-09", "20:00", "21:00", ["America/New_York"]),
        ("2026-03-30", "21:00", "20:00", ["Europe/London"]),
        ("2026-10-26", "20:00", "21:00", ["Europe/London"]),
        ("2026-11-02", "21:00", "20:00", ["America/New_York"]),
    ]
    code, out, _ = run(capsys, "checkin", *LONDON_NIGHTS)
    assert "from Mon 2026-03-30: 20:00 your time (was 21:00) — Europe/London changes its clocks" in out
    assert "—  changes" not in out


def test_checkin_whose_time_the_clocks_skip_once_moves_that_reminder_and_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Santiago's day starts at 00:00, and on 6 September 2026 its clocks jump from 00:00 to 01:00.
    out = tmp_path / "checkin.ics"
    argv = [
        "checkin", "--me", "America/New_York", "--my-hours", "daily 18:00-23:00",
        "--client", "America/Santiago", "--client-hours", "daily 00:00-08:00",
        "--now", "2026-01-05T00:00:00Z", "--out", str(out),
    ]  # fmt: skip
    code, printed, err = run(capsys, *argv, "--json")
    assert (code, err) == (0, "")
    data = json.loads(printed)
    assert data["moved"] == [
        {"day_client": "2026-09-06", "at": "2026-09-06T04:00:00Z", "at_client": "2026-09-06T01:00:00-03:00",
         "at_mine": "2026-09-06T00:00:00-04:00"},
    ]  # fmt: skip
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    read = recurring_ical_events.of(calendar).between(datetime(2026, 1, 1), datetime(2027, 2, 1))
    starts = sorted(item["DTSTART"].dt.astimezone(UTC) for item in read)
    assert len(starts) == len(set(starts)) == data["reminders"]
    assert datetime(2026, 9, 6, 4, 0, tzinfo=UTC) in starts
    code, text, _ = run(capsys, *argv)
    assert (
        "On Sun 2026-09-06 their clocks skip 00:00: that reminder comes when they jump, 01:00 their time"
        in text
    )


def test_checkin_calendar_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    try:
        code = main(["checkin", *PEOPLE, "--now", "2026-03-02T00:00:00Z", "--out", "-"])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, _ = capsysbinary.readouterr()
    assert code == 0
    assert out.startswith(b"BEGIN:VCALENDAR\r\n")


def test_checkin_write_failure_leaves_the_old_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "checkin.ics"
    target.write_bytes(b"old")

    def crash(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    code, _, err = run(capsys, "checkin", *PEOPLE, "--now", "2026-03-02T00:00:00Z", "--out", str(target))
    assert code == 2
    assert err.startswith("error: cannot write")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["checkin.ics"]


def test_deadline_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "deadline", *PEOPLE, "--due", "2026-03-13 eod", "--now", "2026-03-09T00:00:00Z",
        "--lang", "ja-jp", "--buffer-hours", "1.5", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "due": "2026-03-13T21:00:00Z",
        "due_client": "2026-03-13T17:00:00-04:00",
        "due_mine": "2026-03-14T06:00:00+09:00",
        "minutes_left": 7020,  # 4 d 21 h
        "target": "2026-03-13T19:30:00Z",
        "target_client": "2026-03-13T15:30:00-04:00",
        "target_mine": "2026-03-14T04:30:00+09:00",
        "buffer_kept": True,
        "end_of_day": True,
        "clock_note": None,
        "confirmation": "3月13日(金) 17:00 UTC−4までに納品いたします。",
        "busy_avoided": [],
    }


def test_deadline_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "deadline", *PEOPLE, "--due", "2026-03-13 17:00", "--now", "2026-03-09T00:00:00Z"
    )
    assert code == 0
    assert out.splitlines() == [
        "Deadline: Fri 2026-03-13 17:00 their time (America/New_York) = Sat 2026-03-14 06:00 your time "
        "(Asia/Tokyo)",
        "Time left: 4 d 21 h",
        "Deliver by: Thu 2026-03-12 16:30 their time = Fri 2026-03-13 05:30 your time "
        "(24 h or more before it, inside their core hours)",
        "Confirm: I will deliver by Fri, Mar 13, 5:00 PM EDT.",
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["now", *PEOPLE, "--now", "2026-03-09T11:50"], "has no UTC offset"),
        (["now", *PEOPLE, "--client-holidays", "XX"], "no public holidays known for country 'XX'"),
        (["now", *PEOPLE, "--from", "2026-03-09"], "unrecognized arguments"),
        (["now", *PEOPLE, "--also", "UTC=daily 09:00-10:00"], "unrecognized arguments"),
        (["checkin", *PEOPLE, "--days", "3"], "unrecognized arguments"),
        (["checkin", *PEOPLE, "--out", "-", "--json"], "cannot share stdout"),
        (["checkin", *PEOPLE, "--out", "/nonexistent-dir/x.ics"], "cannot write"),
        (["deadline", *PEOPLE], "the following arguments are required: --due"),
        (["deadline", *PEOPLE, "--due", "2026-03-14 eod"], "no hours on Sat 2026-03-14"),
        (["deadline", *PEOPLE, "--due", "tomorrow"], "is not a deadline"),
        (["deadline", *PEOPLE, "--due", "2026-03-13 17:00", "--lang", "xx_YY"], "locale"),
        (["deadline", *PEOPLE, "--due", "2026-03-13 17:00", "--buffer-hours", "-1"], "out of range"),
        (["deadline", *PEOPLE, "--due", "2026-03-13 17:00", "--buffer-hours", "nan"], "out of range"),
        (["deadline", "--me", "Mars/Base", "--my-hours", "daily 09:00-10:00", "--client", "UTC",
          "--client-hours", "daily 09:00-10:00", "--due", "2026-03-13 17:00"], "unknown time zone"),
    ],
)  # fmt: skip
def test_bad_input_is_one_error_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("error: ")
    assert message in err


def test_no_traceback_from_the_installed_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "deadline", *PEOPLE, "--due", "2026-03-15 eod"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("error: the client has no hours on Sun 2026-03-15")
    assert result.stderr.count("\n") == 1
