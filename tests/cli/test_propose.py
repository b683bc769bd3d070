"""``coretime-cli propose`` and ``ask-zone`` to their contract: JSON shape, text, and exit 2 on bad input."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from app.proposal import ask_zone_text
from tests.cli.runner import assert_usage_error, run, with_flag

ROOT = Path(__file__).resolve().parents[2]
BASE = [
    "propose", "--me", "Asia/Tokyo", "--my-hours", "mon-fri 20:00-24:00",
    "--client", "America/New_York", "--client-hours", "mon-fri 09:00-17:00",
    "--from", "2026-03-09", "--duration", "30", "--now", "2026-03-08T00:00:00Z",
]  # fmt: skip


def test_json_is_exactly_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *BASE, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert list(data) == ["text", "options"]
    assert data["options"] == [
        {"start": "2026-03-09T13:30:00Z", "end": "2026-03-09T14:00:00Z"},
        {"start": "2026-03-10T13:30:00Z", "end": "2026-03-10T14:00:00Z"},
        {"start": "2026-03-11T13:30:00Z", "end": "2026-03-11T14:00:00Z"},
    ]
    assert "- Monday, March 9, 2026, 9:30 – 10:00 AM\n" in data["text"]
    assert "All times are in New York time (EDT, UTC−4)." in data["text"]


def test_least_bad_options_carry_outside_hours(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [*BASE, "--json", "--count", "2"]
    argv[argv.index("--client-hours") + 1] = "mon-fri 13:00-14:00"
    code, out, _ = run(capsys, *argv)
    assert code == 0
    data = json.loads(out)
    assert len(data["options"]) == 2
    for option in data["options"]:
        assert set(option) == {"start", "end", "outside_hours"}
        assert option["outside_hours"] is True
    assert "I could not find a time for a call (30 minutes) within your usual hours" in data["text"]


def test_text_in_german_with_my_time_and_holidays(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, *BASE, "--lang", "de_DE", "--client-name", "Anna", "--show-mine",
        "--me-holidays", "JP", "--client-holidays", "US-NY", "--count", "2",
    )  # fmt: skip
    assert code == 0
    assert out.startswith("Guten Tag Anna,\n\ngerne schlage ich Ihnen folgende Termine")
    assert (
        "- Montag, 9. März 2026, 09:30–10:00 Uhr\n  (für mich in Tokio: Mo., 9. März, 22:30–23:00 Uhr)\n"
        in out
    )


def test_clock_change_sentence_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [*BASE]
    argv[argv.index("--now") + 1] = "2026-03-01T00:00:00Z"
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert "Please note that the clocks change in New York on March 8, 2026." in out


@pytest.mark.parametrize(
    "lang", ["en_US", "en_GB", "en_AU", "ja_JP", "de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT", "nl_NL"]
)
def test_ask_zone_per_language(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, err = run(capsys, "ask-zone", "--lang", lang, "--client-name", "Kim")
    assert (code, err) == (0, "")
    assert out == ask_zone_text(lang, "Kim") + "\n"
    assert "Kim" in out


def test_ask_zone_defaults_to_american_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask-zone")
    assert code == 0
    assert out.startswith("Hello, could you tell me your time zone")


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (["--lang", "xx_YY"], "unknown locale 'xx_YY'; use one of"),
        (["--lang", "pt_PT"], "no proposal text in 'pt_PT'"),
        (["--duration", "0"], "0 minutes is out of range; use 1 to 720"),
        (["--duration", "100000"], "out of range"),
        (["--duration", "half"], "not a whole number of minutes"),
        (["--count", "0"], "0 options is out of range; use 1 to 20"),
        (["--count", "1000"], "out of range"),
        (["--me-holidays", "XX"], "no public holidays known for country 'XX'"),
        (["--client-holidays", "US-ZZ"], "US has no subdivision 'ZZ'"),
        (["--now", "2026-03-08"], "has no UTC offset"),
        (["--now", "soon"], "not a date and time"),
        (["--now", "2026-03-08T00:00:00Z\x1b[2J"], "not a date and time"),
        (["--client-name", "Ann\x07"], "control character"),
        (["--notice-hours", "-2"], "out of range"),
        (["--days", "400"], "out of range; use 1 to 366"),
        (["--me", "Asia/Tkyo"], "did you mean Asia/Tokyo"),
        (["--client-hours", "weekdays 09:00-17:00"], "'weekdays' is not a day"),
        (["--from", "2026-02-30"], "not a day of the calendar"),
        (["--also", "Europe/Berlin"], "ZONE=HOURS"),
    ],
)
def test_bad_input_is_one_error_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], change: list[str], says: str
) -> None:
    argv = with_flag([*BASE], *change)
    assert_usage_error(*run(capsys, *argv), says)


@pytest.mark.parametrize("args", [["ask-zone", "--lang", "klingon"], ["ask-zone", "--client-name", "a\nb"]])
def test_ask_zone_bad_input(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("error: ")


def test_installed_command_reads_the_clock_and_never_shows_a_traceback() -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "app", *BASE[: BASE.index("--now")], "--from", "2099-01-05"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Hello,")
    bad = subprocess.run(
        [sys.executable, "-m", "app", *BASE, "--lang", "zz"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stderr.startswith("error: ")
    assert "Traceback" not in bad.stderr


def test_holds_file_blocks_exactly_the_offered_options(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import vobject

    holds = tmp_path / "holds.ics"
    code, out, err = run(capsys, *BASE, "--json", "--client-name", "Ana", "--holds", str(holds))
    assert (code, err) == (0, "")
    offered = [(o["start"], o["end"]) for o in json.loads(out)["options"]]
    calendar = vobject.readOne(holds.read_text(encoding="utf-8"))
    events = sorted(calendar.vevent_list, key=lambda e: e.dtstart.value)
    held = [
        (e.dtstart.value.strftime("%Y-%m-%dT%H:%M:%SZ"), e.dtend.value.strftime("%Y-%m-%dT%H:%M:%SZ"))
        for e in events
    ]
    assert held == offered
    assert {e.status.value for e in events} == {"TENTATIVE"}
    assert all("Ana" in e.summary.value for e in events)
    assert events[0].description.value == json.loads(out)["text"]


@pytest.mark.parametrize("target", ["-", ""])
def test_holds_needs_a_file(capsys: pytest.CaptureFixture[str], target: str) -> None:
    code, out, err = run(capsys, *BASE, "--holds", target)
    assert (code, out) == (2, "")
    assert err.startswith("error: ")
    assert err.count("\n") == 1
    assert "--holds needs a file name" in err


def test_a_range_of_a_day_the_clock_skips_offers_nothing_without_a_crash(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Kiritimati went from 30 December 1994 straight to 1 January 1995.
    code, out, err = run(
        capsys,
        "propose", "--me", "Pacific/Kiritimati", "--my-hours", "daily 09:00-17:00",
        "--client", "Etc/UTC", "--client-hours", "daily 00:00-24:00", "--from", "1994-12-31", "--days", "1",
        "--duration", "30", "--now", "1994-12-01T00:00:00Z", "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["options"] == []
    assert "could not find a time" in data["text"]
    assert err == (
        "note: Sat 1994-12-31 does not exist on your clock (Pacific/Kiritimati jumps over it): "
        "the range holds no time.\n"
    )


def test_a_range_before_now_is_said_to_be_so(capsys: pytest.CaptureFixture[str]) -> None:
    late = [*BASE[: BASE.index("--now")], "--now", "2026-12-04T18:00:00Z"]
    code, out, err = run(capsys, *late)
    assert (code, out) == (0, "")
    assert err == (
        "note: the range (2026-03-08 15:00 to 2026-03-15 15:00 UTC) lies before now (2026-12-04 18:00 UTC) "
        "and its 12 h notice, so no meeting can be offered in it: give --from a day from today on, or --now "
        "an earlier instant\n"
    )
    code, out, err = run(capsys, *late, "--json")
    assert json.loads(out) == {"text": "", "options": []}
    assert "could not find" not in out + err


def test_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    from app.about import version

    code, out, err = run(capsys, "--version")
    assert (code, out, err) == (0, f"coretime-cli {version()}\n", "")


def test_readme_s_propose_example_runs_as_shown_on_any_day(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### `propose`") :]
    blocks = section.split("```")
    command = blocks[1].removeprefix("sh\n").replace("\\\n", " ")
    shown = blocks[3].strip("\n")
    argv = shlex.split(re.sub(r"\[[^\]]*\]", "", command))
    assert argv[0] == "coretime-cli"
    assert "--now" in argv, "the example reads the same on any day"
    code, out, err = run(capsys, *argv[1:])
    assert (code, err) == (0, "")
    assert out.strip("\n") == shown
