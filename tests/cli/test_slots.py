"""``coretime-cli slots`` to its contract: JSON shape, readable text, and exit 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.runner import assert_usage_error, run, with_flag

ROOT = Path(__file__).resolve().parents[2]
BASE = [
    "slots", "--me", "Asia/Tokyo", "--my-hours", "mon-fri 20:00-24:00",
    "--client", "America/New_York", "--client-hours", "mon-fri 09:00-17:00",
]  # fmt: skip


def test_json_is_exactly_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *BASE, "--from", "2026-03-09", "--days", "2", "--json")
    assert code == 0
    assert json.loads(out) == {
        "windows": [
            {"start": "2026-03-09T13:00:00Z", "end": "2026-03-09T15:00:00Z"},
            {"start": "2026-03-10T13:00:00Z", "end": "2026-03-10T15:00:00Z"},
        ]
    }


def test_also_adds_a_person_and_days_default_to_seven(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, *BASE, "--from", "2026-03-02", "--json", "--also", "Europe/Berlin=mon,wed 15:30-17:00"
    )
    assert code == 0
    assert json.loads(out)["windows"] == [
        {"start": "2026-03-02T14:30:00Z", "end": "2026-03-02T15:00:00Z"},
        {"start": "2026-03-04T14:30:00Z", "end": "2026-03-04T15:00:00Z"},
    ]
    code, out, _ = run(capsys, *BASE, "--from", "2026-03-02", "--json")
    assert len(json.loads(out)["windows"]) == 5  # Mon..Fri of the default seven days


def test_text_shows_both_clocks(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *BASE, "--from", "2026-03-09", "--days", "1")
    assert code == 0
    assert "Mon 2026-03-09 22:00-24:00" in out  # Tokyo
    assert "Mon 2026-03-09 09:00-11:00" in out  # New York
    assert "2 h" in out


def test_text_says_when_nothing_is_shared(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *BASE, "--from", "2026-03-07", "--days", "2")
    assert code == 0
    assert "No shared time" in out


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (["--me", "Asia/Tkyo"], "unknown time zone 'Asia/Tkyo' — did you mean Asia/Tokyo"),
        (["--client", ""], "the zone is empty"),
        (["--client", "../../etc/passwd"], "unknown time zone"),
        (["--my-hours", "mon-fri 9-5"], "bad hours"),
        (["--client-hours", "weekdays 09:00-17:00"], "'weekdays' is not a day"),
        (["--from", "2026-02-30"], "not a day of the calendar"),
        (["--from", "09/03/2026"], "use YYYY-MM-DD"),
        (["--from", "1066-10-14"], "out of range"),
        (["--days", "0"], "0 days is out of range; use 1 to 3660"),
        (["--days", "-3"], "out of range"),
        (["--days", "99999999"], "out of range"),
        (["--days", "seven"], "not a whole number of days"),
        (["--also", "Europe/Berlin"], "ZONE=HOURS"),
        (["--also", "Europe/Berlin=mon 25:00-26:00"], "bad hours"),
        (["--me", "Asia/Tokyo\x1b[31m"], "unknown time zone"),
    ],
)
def test_bad_input_is_one_error_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], change: list[str], says: str
) -> None:
    argv = with_flag([*BASE, "--from", "2026-03-09"], *change)
    assert_usage_error(*run(capsys, *argv), says)


@pytest.mark.parametrize("missing", ["--me", "--my-hours", "--client", "--client-hours", "--from"])
def test_missing_flag(capsys: pytest.CaptureFixture[str], missing: str) -> None:
    argv = [*BASE, "--from", "2026-03-09"]
    i = argv.index(missing)
    del argv[i : i + 2]
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("error: ")
    assert missing in err


def test_installed_command_runs_without_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", *BASE, "--from", "2026-13-01"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.stderr


def test_a_range_of_a_day_the_clock_skips_is_empty_not_a_crash(capsys: pytest.CaptureFixture[str]) -> None:
    # Samoa went from Thursday 29 to Saturday 31 December 2011: its 30th never happened.
    argv = [
        "slots", "--me", "Pacific/Apia", "--my-hours", "daily 09:00-17:00",
        "--client", "Etc/UTC", "--client-hours", "daily 00:00-24:00", "--from", "2011-12-30", "--days", "1",
    ]  # fmt: skip
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0
    assert json.loads(out) == {"windows": []}
    assert err == (
        "note: Fri 2011-12-30 does not exist on your clock (Pacific/Apia jumps over it): "
        "the range holds no time.\n"
    )
    code, out, err = run(capsys, *argv)
    assert code == 0
    assert "No shared time" in out
    assert "Fri 2011-12-30 does not exist on your clock" in err


def test_a_skipped_day_inside_a_range_leaves_the_days_around_it(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "slots", "--me", "Pacific/Apia", "--my-hours", "daily 09:00-17:00",
        "--client", "Etc/UTC", "--client-hours", "daily 00:00-24:00", "--from", "2011-12-29", "--days", "3",
    ]  # fmt: skip
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0
    assert json.loads(out)["windows"] == [
        {"start": "2011-12-29T19:00:00Z", "end": "2011-12-30T03:00:00Z"},  # Thu 09:00-17:00 at UTC-10
        {"start": "2011-12-30T19:00:00Z", "end": "2011-12-31T03:00:00Z"},  # Sat 09:00-17:00 at UTC+14
    ]
    assert "it holds no hours" in err
