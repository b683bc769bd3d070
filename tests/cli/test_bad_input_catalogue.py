"""A catalogue of malformed input across every ``coretime-cli`` subcommand and flag: each one
ends in exit status 2 and exactly one ``error:`` line that names the problem — never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from tests.cli.runner import with_flag

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = [
    "--me", "Asia/Tokyo", "--my-hours", "mon-fri 20:00-24:00",
    "--client", "America/New_York", "--client-hours", "mon-fri 09:00-17:00",
]  # fmt: skip
SLOTS = ["slots", *PEOPLE, "--from", "2026-03-09"]
PROPOSE = ["propose", *PEOPLE, "--from", "2026-03-09", "--duration", "30", "--now", "2026-03-08T00:00:00Z"]
ICS = ["ics", "--at", "2026-03-10T13:00:00Z", "--duration", "30", "--title", "Call", "--out", "-"]
NOW = ["now", *PEOPLE, "--now", "2026-03-09T11:50:00Z"]
CHECKIN = ["checkin", *PEOPLE, "--now", "2026-03-09T11:50:00Z"]
DEADLINE = ["deadline", *PEOPLE, "--due", "2026-03-13 17:00", "--now", "2026-03-09T11:50:00Z"]


CATALOGUE: list[tuple[str, list[str], str]] = [
    # zones
    ("unknown zone", with_flag(SLOTS, "--me", "Mars/Olympus"), "unknown time zone"),
    ("misspelt zone", with_flag(SLOTS, "--client", "America/NewYork"), "did you mean America/New_York"),
    ("empty zone", with_flag(SLOTS, "--client", ""), "the zone is empty"),
    ("path as zone", with_flag(SLOTS, "--me", "../../../etc/passwd"), "unknown time zone"),
    ("zone with NUL", with_flag(SLOTS, "--me", "Asia/Tokyo\x01"), "unknown time zone"),
    ("huge zone", with_flag(SLOTS, "--me", "A" * 100_000), "unknown time zone"),
    ("offset is not a zone", with_flag(SLOTS, "--me", "+09:00"), "unknown time zone"),
    ("also without hours", [*SLOTS, "--also", "Europe/Berlin"], "ZONE=HOURS"),
    ("also with bad zone", [*SLOTS, "--also", "Europe/Berln=mon 09:00-10:00"], "unknown time zone"),
    ("ics bad zone", [*with_flag(ICS, "--at", "2026-03-10T09:00"), "--zone", "Nowhere"], "unknown time zone"),
    # hours grammar
    ("empty hours", with_flag(SLOTS, "--my-hours", ""), "hours are empty"),
    ("days only", with_flag(SLOTS, "--my-hours", "mon-fri"), "at least one range"),
    ("times only", with_flag(SLOTS, "--client-hours", "09:00-17:00"), "at least one range"),
    ("single digits", with_flag(SLOTS, "--my-hours", "mon 9:00-17:00"), "HH:MM"),
    ("hour 25", with_flag(SLOTS, "--my-hours", "mon 25:00-26:00"), "hours run 00..23"),
    ("minute 60", with_flag(SLOTS, "--my-hours", "mon 09:60-10:00"), "minutes run 00..59"),
    ("start 24:00", with_flag(SLOTS, "--my-hours", "mon 24:00-02:00"), "cannot start at 24:00"),
    ("empty range", with_flag(SLOTS, "--my-hours", "mon 09:00-09:00"), "00:00-24:00"),
    ("bad day", with_flag(SLOTS, "--my-hours", "monday 09:00-10:00"), "'monday' is not a day"),
    ("bad day range", with_flag(SLOTS, "--my-hours", "mon-fri-sun 09:00-10:00"), "not a day range"),
    ("double comma", with_flag(SLOTS, "--my-hours", "mon,,tue 09:00-10:00"), "empty day"),
    ("three times", with_flag(SLOTS, "--my-hours", "mon 09:00-10:00-11:00"), "HH:MM-HH:MM"),
    ("control char in hours", with_flag(SLOTS, "--my-hours", "mon 09:00-10:00\x1b[2J"), "control character"),
    ("huge hours", with_flag(SLOTS, "--my-hours", "mon " + "09:00-10:00 " * 8_000 + "x"), "bad hours"),
    # dates and instants
    ("impossible date", with_flag(SLOTS, "--from", "2026-02-30"), "not a day of the calendar"),
    ("month 13", with_flag(SLOTS, "--from", "2026-13-01"), "not a day of the calendar"),
    ("slashed date", with_flag(SLOTS, "--from", "09/03/2026"), "use YYYY-MM-DD"),
    ("empty date", with_flag(SLOTS, "--from", ""), "use YYYY-MM-DD"),
    ("ancient date", with_flag(SLOTS, "--from", "0001-01-01"), "out of range"),
    ("missing --from", with_flag(SLOTS, "--from", None), "--from"),
    ("bad now", with_flag(PROPOSE, "--now", "yesterday"), "not a date and time"),
    ("empty now", with_flag(PROPOSE, "--now", ""), "not a date and time"),
    ("unparseable at", with_flag(ICS, "--at", "next tuesday"), "is not a time"),
    ("wall time without zone", with_flag(ICS, "--at", "2026-03-10T09:00"), "add --zone"),
    (
        "wall time in a gap",
        [*with_flag(ICS, "--at", "2026-03-08T02:30"), "--zone", "America/New_York"],
        "does not exist",
    ),
    (
        "bad until",
        [*ICS, "--zone", "Europe/Berlin", "--repeat", "weekly", "--until", "2026-02-31"],
        "calendar",
    ),
    # durations and counts
    ("zero days", with_flag(SLOTS, "--days", "0"), "out of range"),
    ("negative days", with_flag(SLOTS, "--days", "-1"), "out of range"),
    ("absurd days", with_flag(SLOTS, "--days", "1000000"), "out of range"),
    ("days in words", with_flag(SLOTS, "--days", "seven"), "not a whole number"),
    ("fractional days", with_flag(SLOTS, "--days", "1.5"), "not a whole number"),
    ("zero duration", with_flag(PROPOSE, "--duration", "0"), "out of range"),
    ("huge duration", with_flag(PROPOSE, "--duration", "99999999999999999999"), "out of range"),
    ("zero count", [*PROPOSE, "--count", "0"], "out of range"),
    ("negative notice", [*PROPOSE, "--notice-hours", "-1"], "notice"),
    ("ics zero duration", with_flag(ICS, "--duration", "0"), "out of range"),
    (
        "ics zero count",
        [*ICS, "--zone", "Europe/Berlin", "--repeat", "weekly", "--count", "0"],
        "out of range",
    ),
    (
        "ics count and until",
        [*ICS, "--zone", "UTC", "--repeat", "weekly", "--count", "2", "--until", "2026-05-01"],
        "--until",
    ),
    ("ics negative alarm", [*ICS, "--alarm", "-5"], "out of range"),
    # locales and holiday codes
    ("unknown locale", [*PROPOSE, "--lang", "xx_YY"], "unknown locale"),
    ("empty locale", [*PROPOSE, "--lang", ""], "locale"),
    ("ask-zone bad locale", ["ask-zone", "--lang", "klingon"], "locale"),
    ("unknown country", [*PROPOSE, "--client-holidays", "XX"], "no public holidays known for country 'XX'"),
    ("unknown subdivision", [*PROPOSE, "--me-holidays", "DE-ZZ"], "has no subdivision 'ZZ'"),
    ("malformed holiday code", [*PROPOSE, "--me-holidays", "Germany"], "not a holiday code"),
    # e-mail addresses
    ("invite without organizer", [*ICS, "--invite", "--attendee", "a@example.com"], "--organizer"),
    (
        "bad organizer",
        [*ICS, "--invite", "--organizer", "me-at-example", "--attendee", "a@example.com"],
        "address",
    ),
    ("bad attendee", [*ICS, "--invite", "--organizer", "me@example.com", "--attendee", "a@@b"], "address"),
    ("empty attendee", [*ICS, "--invite", "--organizer", "me@example.com", "--attendee", ""], "address"),
    # text and files
    ("control char in title", with_flag(ICS, "--title", "Call\x07"), "control character"),
    ("empty title", with_flag(ICS, "--title", ""), "title"),
    ("holds to stdout", [*PROPOSE, "--holds", "-"], "--holds needs a file name"),
    ("unwritable out", with_flag(ICS, "--out", "/nonexistent-dir/x.ics"), "cannot write"),
    # the daily rhythm: now, checkin, deadline
    ("now without offset", with_flag(NOW, "--now", "2026-03-09T11:50"), "no UTC offset"),
    ("now with a range", [*NOW, "--from", "2026-03-09"], "unrecognized arguments"),
    ("now bad holidays", [*NOW, "--client-holidays", "Narnia"], "not a holiday code"),
    ("checkin bad hours", with_flag(CHECKIN, "--client-hours", "weekdays 9-5"), "bad hours"),
    ("checkin calendar and json on stdout", [*CHECKIN, "--out", "-", "--json"], "cannot share stdout"),
    ("checkin unwritable out", [*CHECKIN, "--out", "/nonexistent-dir/x.ics"], "cannot write"),
    ("deadline in words", with_flag(DEADLINE, "--due", "friday 5pm"), "is not a deadline"),
    ("deadline impossible day", with_flag(DEADLINE, "--due", "2026-02-30 eod"), "not a day of the calendar"),
    ("deadline minute 60", with_flag(DEADLINE, "--due", "2026-03-13 17:60"), "not a time"),
    ("end of a day without hours", with_flag(DEADLINE, "--due", "2026-03-14 eod"), "no hours on Sat"),
    ("negative buffer", [*DEADLINE, "--buffer-hours", "-2"], "out of range"),
    ("deadline unknown locale", [*DEADLINE, "--lang", "xx_YY"], "unknown locale"),
    # the people store
    ("empty store path", ["people", "--store", ""], "the store path is empty"),
    ("NUL in store path", ["people", "--store", "a\x00b.json"], "NUL character"),
    ("people with an argument", ["people", "Acme"], "unrecognized arguments"),
    # calendars as busy time
    ("empty busy source", [*SLOTS, "--busy", ""], "is not a calendar file or address"),
    ("busy source with a control character", [*PROPOSE, "--busy", "a\x1b.ics"], "not a calendar file"),
    ("busy without a calendar", ["busy", "--from", "2026-03-09"], "--busy"),
    ("busy without a range", ["busy", "--busy", "a.ics"], "--from"),
    ("busy for too long", ["busy", "--busy", "a.ics", "--from", "2026-03-09", "--days", "400"], "range"),
    ("my address without @", [*NOW, "--busy", "a.ics", "--my-address", "me"], "not an e-mail address"),
    ("too many calendars", [*SLOTS, *["--busy", "a.ics"] * 21], "at most 20 --busy calendars"),
    (
        "convert empty text",
        ["convert", "", "--me", "Asia/Tokyo", "--client", "Europe/Berlin"],
        "no text to read",
    ),
    (
        "convert no time",
        ["convert", "soon", "--me", "Asia/Tokyo", "--client", "Europe/Berlin"],
        "no time of day",
    ),
    (
        "convert bad zone",
        ["convert", "3pm", "--me", "Nowhere", "--client", "Europe/Berlin"],
        "unknown time zone",
    ),
    ("convert without client", ["convert", "3pm", "--me", "Asia/Tokyo"], "--client"),
    # the command line itself
    ("no subcommand", [], "required"),
    ("unknown subcommand", ["meet"], "invalid choice"),
    ("unknown flag", [*SLOTS, "--colour", "blue"], "unrecognized arguments"),
]


def test_catalogue_is_large_and_covers_every_subcommand() -> None:
    assert len(CATALOGUE) >= 50
    import argparse

    from app.cli.main import build_parser

    covered = {argv[0] for _, argv, _ in CATALOGUE if argv}
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    missing = set(commands.choices) - covered
    assert not missing, f"add bad input for {sorted(missing)}"


@pytest.mark.parametrize(("what", "argv", "says"), CATALOGUE, ids=[c[0] for c in CATALOGUE])
def test_bad_input_is_one_clear_error_line(
    capsys: pytest.CaptureFixture[str], what: str, argv: list[str], says: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out, err = capsys.readouterr()
    assert exit_.value.code == 2, what
    assert out == ""
    assert err.endswith("\n")
    assert err.count("\n") == 1, f"one line only, got: {err!r}"
    assert err.startswith("error: ")
    assert says in err
    assert len(err) < 600, "the line stays readable"
    assert all(ch.isprintable() for ch in err.rstrip("\n")), "control characters are shown escaped"


@pytest.mark.parametrize("index", [0, 4, 23, 30, 50])
def test_the_installed_command_never_shows_a_traceback(index: int) -> None:
    _, argv, says = CATALOGUE[index]
    result = subprocess.run(
        [sys.executable, "-m", "app", *argv], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ")
    assert says in result.stderr
