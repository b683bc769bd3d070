"""Days off and time away on the command line: --my-days-off, --my-away, --client-days-off and
--client-away on every command that takes the hours, exit 2 on text that cannot be read, and the plans
that keep off them; deadline --busy."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.profiles import Profile, ProfileStore
from tests.cli.busy_calendar import write_calendar
from tests.cli.runner import PEOPLE, assert_usage_error, run

TOKYO = ZoneInfo("Asia/Tokyo")
COMMANDS = {
    "slots": ["--from", "2026-03-09"],
    "propose": ["--from", "2026-03-09", "--duration", "30"],
    "now": ["--now", "2026-03-09T11:50:00Z"],
    "checkin": ["--now", "2026-03-09T11:50:00Z"],
    "deadline": ["--due", "2026-03-13 eod", "--now", "2026-03-09T00:00:00Z"],
}


@pytest.mark.parametrize("command", [*COMMANDS, "convert"])
@pytest.mark.parametrize(
    ("flag", "text", "says"),
    [
        ("--my-days-off", "2026-13-01", "bad days off: '2026-13-01' is not a date"),
        ("--client-days-off", "tomorrow", "bad days off: 'tomorrow' is not"),
        (
            "--my-away",
            "2026-03-10..2026-03-01",
            "bad time away: '2026-03-10..2026-03-01' ends before it starts",
        ),
        ("--client-away", "2026-03-10 Europe/Lisbn", "bad time away: '2026-03-10 Europe/Lisbn'"),
        (
            "--client-away",
            "2026-03-10 mon-fri 25:00-26:00",
            "bad time away: '2026-03-10 mon-fri 25:00-26:00'",
        ),
    ],
)
def test_text_that_cannot_be_read_is_one_error_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], command: str, flag: str, text: str, says: str
) -> None:
    rest = (
        ["Tue 3pm", "--me", "Asia/Tokyo", "--client", "America/New_York"]
        if command == "convert"
        else [
            *PEOPLE,
            *COMMANDS[command],
        ]
    )
    code, out, err = run(capsys, command, *rest, flag, text)
    assert_usage_error(code, out, err, says)


def _slots(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, str]]:
    code, out, err = run(capsys, "slots", *PEOPLE, "--from", "2026-03-09", "--days", "5", "--json", *extra)
    assert (code, err) == (0, "")
    windows: list[dict[str, str]] = json.loads(out)["windows"]
    return windows


def test_slots_leave_out_the_clients_day_off_on_their_date(capsys: pytest.CaptureFixture[str]) -> None:
    every = _slots(capsys)
    # Tokyo Monday 9 March 22:00 is New York Monday 09:00: their Monday.
    assert {"start": "2026-03-09T13:00:00Z", "end": "2026-03-09T15:00:00Z"} in every
    off = _slots(capsys, "--client-days-off", "2026-03-09")
    assert off == [w for w in every if not w["start"].startswith("2026-03-09")]
    assert len(off) == len(every) - 1


def test_slots_follow_the_freelancer_to_lisbon(capsys: pytest.CaptureFixture[str]) -> None:
    # In Lisbon 9-13 March working 13:00-21:00 there (UTC+0): 13:00-21:00 UTC, which meets New York's
    # 09:00-17:00 (13:00-21:00 UTC after its change on 8 March) all day.
    away = _slots(capsys, "--my-away", "2026-03-09..2026-03-13 Europe/Lisbon mon-fri 13:00-21:00")
    assert away[0] == {"start": "2026-03-09T13:00:00Z", "end": "2026-03-09T21:00:00Z"}
    assert len(away) == 5


def test_propose_keeps_off_a_stretch_away_marked_off(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "propose", *PEOPLE, "--from", "2026-03-09", "--days", "7", "--duration", "60",
        "--now", "2026-03-01T00:00:00Z",
        "--client-away", "2026-03-09..2026-03-11 off", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    starts = [o["start"] for o in json.loads(out)["options"]]
    assert starts
    assert all(s >= "2026-03-12T04:00:00Z" for s in starts)  # after New York's 11 March


def test_now_names_a_day_off_and_the_place_away(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "now", *PEOPLE, "--now", "2026-03-09T14:00:00Z", "--client-days-off", "2026-03-09", "--json"
    )
    assert code == 0
    found = json.loads(out)
    assert (found["inside_core"], found["reason"], found["away_zone"]) == (False, "day_off", None)
    assert found["next_start"] == "2026-03-10T13:00:00Z"
    code, out, _ = run(
        capsys, "now", *PEOPLE, "--now", "2026-03-09T14:00:00Z",
        "--client-away", "2026-03-09..2026-03-20 Europe/Lisbon",
    )  # fmt: skip
    assert code == 0
    assert "away, in Lisbon (Europe/Lisbon): Mon 14:00" in out
    assert "inside core hours" in out  # 09:00-17:00 in Lisbon holds 14:00 UTC


def test_checkin_skips_the_clients_days_off(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["checkin", *PEOPLE, "--now", "2026-03-09T14:00:00Z", "--json"]  # 10:00 in New York
    code, out, _ = run(capsys, *base)
    plain = json.loads(out)
    code, out, _ = run(capsys, *base, "--client-days-off", "2026-03-10, 2026-03-12..2026-03-13")
    assert code == 0
    found = json.loads(out)
    assert found["days_off_skipped"] == ["2026-03-10", "2026-03-12", "2026-03-13"]
    assert found["reminders"] == plain["reminders"] - 3
    assert found["next_client"].startswith("2026-03-11")  # 9 March's has passed, 10 March is off


def test_deadline_moves_off_the_clients_day_off_and_the_busy_time(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = ["deadline", *PEOPLE, "--due", "2026-03-13 eod", "--now", "2026-03-09T00:00:00Z", "--json"]
    code, out, _ = run(capsys, *base)
    assert json.loads(out)["target_client"] == "2026-03-12T16:30:00-04:00"
    code, out, _ = run(capsys, *base, "--client-days-off", "2026-03-12")
    assert code == 0
    assert json.loads(out)["target_client"] == "2026-03-11T16:30:00-04:00"
    # A call booked at 15:00-17:00 their time that Wednesday (04:00-06:00 on Thursday in Tokyo).
    busy = write_calendar(tmp_path / "calls.ics", ("call", datetime(2026, 3, 12, 4, tzinfo=TOKYO), 120))
    code, out, err = run(capsys, *base, "--client-days-off", "2026-03-12", "--busy", busy)
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert found["target_client"] == "2026-03-11T14:30:00-04:00"
    assert found["busy_avoided"] == [["2026-03-11T19:00:00Z", "2026-03-11T21:00:00Z"]]
    code, out, _ = run(capsys, *base[:-1], "--client-days-off", "2026-03-12", "--busy", busy)
    assert "Kept clear of your busy time: Thu 2026-03-12 04:00 to 06:00 your time" in out


def test_convert_judges_the_hours_with_the_time_away(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["convert", "Monday 9 March 2026 3pm", "--me", "Asia/Tokyo", "--client", "America/New_York",
            "--client-hours", "mon-fri 09:00-17:00", "--now", "2026-03-01T00:00:00Z", "--json"]  # fmt: skip
    code, out, _ = run(capsys, *base)
    assert json.loads(out)["inside_client_hours"] is True
    code, out, _ = run(capsys, *base, "--client-days-off", "2026-03-09")
    assert code == 0
    assert json.loads(out)["inside_client_hours"] is False


def test_checkin_while_the_client_is_away_comes_at_its_time_there(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["checkin", *PEOPLE, "--now", "2026-03-09T14:00:00Z"]
    code, out, _ = run(capsys, *base, "--client-away", "2026-03-16..2026-03-17 Europe/Berlin", "--json")
    assert code == 0
    found = json.loads(out)
    hour, minute = map(int, found["client_time"].split(":"))
    berlin = [datetime(2026, 3, day, hour, minute, tzinfo=ZoneInfo("Europe/Berlin")) for day in (16, 17)]
    assert found["away"] == [
        {"day": f"{at:%Y-%m-%d}", "at": f"{at.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"} for at in berlin
    ]
    code, out, _ = run(capsys, *base, "--client-away", "2026-03-16..2026-03-17 Europe/Berlin")
    assert f"On 2 days away it comes at {found['client_time']} on the clock they are on there" in out


def test_people_json_gives_each_persons_days_off_and_time_away(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = tmp_path / "profiles.json"
    me = Profile(
        id="me",
        name="Aiko",
        zone="Asia/Tokyo",
        hours="mon-fri 20:00-24:00",
        is_me=True,
        days_off="2026-12-24",
    )
    sarah = Profile(
        id="s",
        name="Sarah",
        zone="America/New_York",
        hours="mon-fri 09:00-17:00",
        away="2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00",
    )
    ProfileStore(store).save([me, sarah])
    code, out, _ = run(capsys, "people", "--store", str(store), "--json")
    assert code == 0
    people = {p["name"]: p for p in json.loads(out)["people"]}
    assert (people["Aiko"]["days_off"], people["Aiko"]["away"]) == ("2026-12-24", "")
    assert (people["Sarah"]["days_off"], people["Sarah"]["away"]) == (
        "",
        "2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00",
    )


def test_now_says_your_time_on_the_clock_you_are_on(capsys: pytest.CaptureFixture[str]) -> None:
    """Away in Lisbon, the freelancer reads the client's next start on Lisbon's clock, not Tokyo's."""
    base = ["now", *PEOPLE, "--now", "2026-03-09T22:00:00Z"]  # Monday 18:00 in New York: hours are over
    code, out, _ = run(capsys, *base, "--json")
    assert code == 0
    assert json.loads(out)["next_start_mine"] == "2026-03-10T22:00:00+09:00"  # Tuesday 09:00 New York
    away = ["--my-away", "2026-03-09..2026-03-12 Europe/Lisbon mon-fri 09:00-18:00"]
    code, out, _ = run(capsys, *base, *away, "--json")
    assert code == 0
    assert json.loads(out)["next_start_mine"] == "2026-03-10T13:00:00+00:00"
    code, out, _ = run(capsys, *base, *away)
    assert code == 0
    assert "Tue 2026-03-10 13:00 your time (Europe/Lisbon)" in out


def test_checkin_says_a_trip_moves_it_not_a_clock_change(capsys: pytest.CaptureFixture[str]) -> None:
    base = [
        "checkin",
        *PEOPLE,
        "--now",
        "2026-06-01T00:00:00Z",
        "--client-away",
        "2026-06-10..2026-06-12 Europe/Lisbon",
    ]
    code, out, _ = run(capsys, *base, "--json")
    assert code == 0
    trips = [(s["day_client"], s["trip"], s["zones"]) for s in json.loads(out)["shifts"] if s["trip"]]
    assert trips == [
        ("2026-06-10", "there", ["Europe/Lisbon"]),
        ("2026-06-15", "back", ["Europe/Lisbon"]),  # Monday: the trip ended on a Friday
    ]
    code, out, _ = run(capsys, *base)
    assert code == 0
    lines = {line.split(":")[0].strip(): line for line in out.splitlines() if "Lisbon" in line}
    assert lines["from Wed 2026-06-10"].endswith("— they are in Europe/Lisbon")
    assert lines["from Mon 2026-06-15"].endswith("— they are back from Europe/Lisbon")
