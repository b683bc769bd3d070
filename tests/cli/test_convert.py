"""``coretime-cli convert``: a client's sentence on both clocks, what was assumed, and the reply; bad and odd
text ends in exit 2 and one ``error:`` line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar, Event

from tests.cli.runner import assert_usage_error, run

NOW = ["--now", "2026-12-04T17:00:00Z"]
TOKYO_NEW_YORK = ["--me", "Asia/Tokyo", "--client", "America/New_York", *NOW]
KEYS = {
    "instant",
    "client_local",
    "mine_local",
    "zone_read",
    "assumptions",
    "alternatives",
    "inside_my_hours",
    "inside_client_hours",
    "reply",
    "busy",
}


def test_the_issue_sentence_reads_on_both_clocks_with_a_reply(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "convert", "Can we do Tuesday 3pm EST?", *TOKYO_NEW_YORK, "--my-hours", "mon-sun 00:00-24:00"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[:5] == [
        "client (America/New_York): Tuesday, December 8, 2026, 3:00 PM EST",
        "you (Asia/Tokyo): Wednesday, December 9, 2026, 5:00 AM Tokyo time (UTC+9)",
        "zone read: America/New_York",
        "assumed: EST read as Eastern Time (America/New_York), from the client's zone",
        "inside your hours: yes; inside the client's hours: yes",
    ]
    assert out.endswith("reply:\nTuesday, December 8, 2026, 3:00 PM EST works for me.\n")


def test_json_has_exactly_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "convert", "July 14 3pm EST", *TOKYO_NEW_YORK, "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == KEYS
    assert data["instant"] == "2027-07-14T19:00:00Z"
    assert data["client_local"] == "2027-07-14T15:00:00-04:00"
    assert data["mine_local"] == "2027-07-15T04:00:00+09:00"
    assert data["zone_read"] == "America/New_York"
    assert "EST read as New York time, which is on EDT on that date — 15:00 EDT" in data["assumptions"]
    assert {"instant": "2027-07-14T20:00:00Z", "why": "EST as its own offset, UTC-05:00"} in data[
        "alternatives"
    ]
    assert (data["inside_my_hours"], data["inside_client_hours"]) == (False, True)
    # outside the freelancer's hours: the reply offers the nearest times inside everyone's
    assert data["reply"].startswith("Unfortunately, Wednesday, July 14, 2027, 3:00 PM EDT is outside my")


def test_ist_from_a_client_in_berlin_offers_the_other_meanings(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--me", "Asia/Tokyo", "--my-hours", "mon-fri 09:00-23:00", "--client", "Europe/Berlin", *NOW]
    code, out, _ = run(capsys, "convert", "Tuesday 3pm IST", *argv, "--json")
    data = json.loads(out)
    assert (code, data["zone_read"], data["instant"]) == (0, "Asia/Kolkata", "2026-12-08T09:30:00Z")
    assert data["assumptions"] == ["IST read as India Time (Asia/Kolkata), its most common meaning"]
    assert [a["instant"] for a in data["alternatives"]] == ["2026-12-08T13:00:00Z", "2026-12-08T15:00:00Z"]
    assert data["reply"] == "Tuesday, December 8, 2026, 3:00 PM Kolkata time (UTC+5:30) works for me.\n"


@pytest.mark.parametrize(
    ("text", "lang", "client", "instant", "reply_start"),
    [
        ("tomorrow 10am my time", "en_US", "America/Los_Angeles", "2026-12-05T18:00:00Z", "Unfortunately"),
        ("15h00 heure de Paris", "fr_FR", "Europe/Paris", "2026-12-05T14:00:00Z", "Malheureusement, samedi"),
        (
            "明日の15時はいかがですか",
            "ja_JP",
            "Asia/Tokyo",
            "2026-12-06T06:00:00Z",
            "恐れ入りますが、2026年12月6日",
        ),
        (
            "Donnerstag um 15 Uhr",
            "de_DE",
            "Europe/Berlin",
            "2026-12-10T14:00:00Z",
            "Donnerstag, 10. Dezember",
        ),
    ],
)
def test_the_issue_sentences_in_their_languages(  # noqa: PLR0917 — a parameter for each column
    capsys: pytest.CaptureFixture[str], text: str, lang: str, client: str, instant: str, reply_start: str
) -> None:
    argv = [
        "--me",
        "Asia/Tokyo",
        "--my-hours",
        "mon-fri 16:00-24:00",
        "--client",
        client,
        *NOW,
        "--lang",
        lang,
    ]
    code, out, _ = run(capsys, "convert", text, *argv, "--json")
    data = json.loads(out)
    assert (code, data["instant"]) == (0, instant)
    assert data["reply"].startswith(reply_start), data["reply"]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "there is no text to read"),
        ("   \n ", "there is no text to read"),
        ("x" * 10_000, "the text is 10000 characters long"),
        ("3pm " * 2_500, "the text is 10000 characters long"),
        ("Let's talk soon!", "found no time of day in 'Let's talk soon!'"),
        ("Tuesday", "found no time of day in 'Tuesday'"),
        ("Tuesday 3pm\x00", "control character (\\x00)"),
        ("Tue\x1b[31m 3pm", "control character (\\x1b)"),
        ("Tuesday 25:00", "'25:00' is not a time of day"),
        ("Tuesday 13pm", "'13pm' is not a time of day"),
        ("31/02 at 3pm", "'31/02' is not a day of the calendar"),
        ("Monday 9am UTC+15", "'UTC+15' is not an offset from UTC"),
    ],
)
def test_bad_and_odd_text_is_one_error_line(capsys: pytest.CaptureFixture[str], text: str, says: str) -> None:
    assert_usage_error(*run(capsys, "convert", text, *TOKYO_NEW_YORK), says)


def test_a_japanese_sentence_names_its_day_for_a_client_of_another_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """ "明日の15時" from a client whose language is not Japanese: 明日 is still tomorrow, on their clock."""
    code, out, _ = run(
        capsys, "convert", "明日の15時はいかがですか", "--me", "Asia/Tokyo", "--client", "Europe/Berlin",
        "--now", "2026-12-04T09:00:00Z", "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["instant"] == "2026-12-05T14:00:00Z", "tomorrow in Berlin, 15:00 there"


def test_busy_time_in_a_calendar_is_said_and_the_reply_offers_other_times(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    calendar = Calendar()
    calendar.add("prodid", "-//Coretime tests//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", "taken@example.com")
    event.add("dtstamp", datetime(2026, 12, 1, tzinfo=UTC))
    event.add("dtstart", datetime(2026, 12, 8, 19, 30, tzinfo=UTC))  # Tuesday 14:30 in New York
    event.add("dtend", datetime(2026, 12, 8, 20, 30, tzinfo=UTC))
    calendar.add_component(event)
    path = tmp_path / "mine.ics"
    path.write_bytes(calendar.to_ical())
    anytime = ["--my-hours", "mon-sun 00:00-24:00"]
    code, out, err = run(
        capsys, "convert", "Tuesday 3pm EST", *TOKYO_NEW_YORK, *anytime, "--busy", str(path), "--json"
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["busy"] is True
    assert "you are busy then" in " ".join(data["notes"])
    assert "works for me" not in data["reply"]
    offered = [line for line in data["reply"].splitlines() if line.startswith("- ")]
    assert offered, "the nearest free times are offered"
    assert "3:00 PM" not in " ".join(offered), "no option starts or ends inside the busy hour"
    code, out, _ = run(capsys, "convert", "Tuesday 4pm EST", *TOKYO_NEW_YORK, *anytime, "--busy", str(path))
    assert code == 0
    assert "inside your hours: yes; inside the client's hours: yes; busy then: no" in out
    assert out.endswith("4:00 PM EST works for me.\n")
