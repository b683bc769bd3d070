"""``coretime-cli busy`` and ``--busy`` on slots, propose, now and checkin: calendars written here with
icalendar, read as busy time; a calendar that cannot be read is a note, and the others still count."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.cli.busy_calendar import write_calendar
from tests.cli.runner import PEOPLE, run

TOKYO = ZoneInfo("Asia/Tokyo")
STAMP = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def sarah(tmp_path: Path) -> str:
    """Monday 22:00-23:00 in Tokyo (09:00 in New York) for three weeks: the first hour both share."""
    return write_calendar(
        tmp_path / "google.ics", ("sarah", datetime(2026, 3, 9, 22, tzinfo=TOKYO), 60), weekly=3
    )


def test_busy_prints_the_merged_intervals_in_utc_with_each_source(
    capsys: pytest.CaptureFixture[str], sarah: str, tmp_path: Path
) -> None:
    outlook = write_calendar(tmp_path / "outlook.ics", ("x", datetime(2026, 3, 9, 22, 30, tzinfo=TOKYO), 60))
    missing = str(tmp_path / "missing.ics")
    code, out, err = run(
        capsys, "busy", "--busy", sarah, "--busy", outlook, "--busy", missing,
        "--me", "Asia/Tokyo", "--from", "2026-03-09", "--days", "14", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {
        "busy": [
            {"start": "2026-03-09T13:00:00Z", "end": "2026-03-09T14:30:00Z"},
            {"start": "2026-03-16T13:00:00Z", "end": "2026-03-16T14:00:00Z"},
        ],
        "sources": [
            {"source": sarah, "events": 2, "error": None},
            {"source": outlook, "events": 1, "error": None},
            {
                "source": missing,
                "events": 0,
                "error": f"{missing}: cannot be read (No such file or directory)",
            },
        ],
    }
    assert err == f"note: {missing}: cannot be read (No such file or directory)\n"


def test_busy_starts_at_midnight_on_the_given_clock(capsys: pytest.CaptureFixture[str], sarah: str) -> None:
    # 2026-03-09 in Honolulu begins after Sarah's first call (13:00 UTC is 03:00 there): it is in range.
    code, out, _ = run(
        capsys, "busy", "--busy", sarah, "--me", "Pacific/Honolulu", "--from", "2026-03-09", "--days", "1"
    )
    assert code == 0
    assert out.splitlines() == [
        "Busy from 2026-03-09 (1 day on Pacific/Honolulu)",
        f"  {sarah}: 1 event",
        "Mon 2026-03-09 03:00-04:00            1 h",
    ]
    code, out, _ = run(
        capsys, "busy", "--busy", sarah, "--me", "Asia/Tokyo", "--from", "2026-03-10", "--days", "1"
    )
    assert out.splitlines()[-1] == "Nothing busy in this range."


def test_propose_avoids_a_booked_call(capsys: pytest.CaptureFixture[str], sarah: str) -> None:
    argv = ["propose", *PEOPLE, "--from", "2026-03-09", "--days", "3", "--duration", "60",
            "--now", "2026-03-08T00:00:00Z", "--json"]  # fmt: skip
    _, before, _ = run(capsys, *argv)
    assert {"start": "2026-03-09T13:00:00Z", "end": "2026-03-09T14:00:00Z"} in json.loads(before)["options"]
    code, after, err = run(capsys, *argv, "--busy", sarah)
    assert code == 0, err
    options = json.loads(after)["options"]
    assert {"start": "2026-03-09T14:00:00Z", "end": "2026-03-09T15:00:00Z"} in options
    assert all(
        not (o["start"] < "2026-03-09T14:00:00Z" and o["end"] > "2026-03-09T13:00:00Z") for o in options
    )


def test_slots_leave_out_busy_time(capsys: pytest.CaptureFixture[str], sarah: str) -> None:
    code, out, _ = run(
        capsys, "slots", *PEOPLE, "--from", "2026-03-09", "--days", "1", "--busy", sarah, "--json"
    )
    assert code == 0
    assert json.loads(out) == {"windows": [{"start": "2026-03-09T14:00:00Z", "end": "2026-03-09T15:00:00Z"}]}


def test_now_says_how_long_the_freelancer_is_busy(capsys: pytest.CaptureFixture[str], sarah: str) -> None:
    argv = ["now", *PEOPLE, "--now", "2026-03-09T13:20:00Z", "--busy", sarah]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert out.splitlines()[-1] == "You are busy until Mon 2026-03-09 23:00 your time (40 min from now)"
    _, out, _ = run(capsys, *argv, "--json")
    found = json.loads(out)
    assert found["inside_core"] is True
    assert (found["busy_until"], found["busy_until_mine"]) == (
        "2026-03-09T14:00:00Z",
        "2026-03-09T23:00:00+09:00",
    )
    _, out, _ = run(capsys, *argv[:-4], "--now", "2026-03-09T14:20:00Z", "--busy", sarah, "--json")
    assert json.loads(out)["busy_until"] is None
    _, out, _ = run(capsys, *argv[:-2], "--json")
    assert "busy_until" not in json.loads(out)


def test_checkin_names_the_days_its_reminder_falls_in_busy_time(
    capsys: pytest.CaptureFixture[str], sarah: str
) -> None:
    argv = ["checkin", *PEOPLE, "--now", "2026-03-08T00:00:00Z", "--busy", sarah]
    code, out, _ = run(capsys, *argv, "--json")
    assert code == 0
    found = json.loads(out)
    assert found["next_mine"] == "2026-03-09T22:00:00+09:00"
    assert found["busy_days"] == ["2026-03-09", "2026-03-16", "2026-03-23"]
    _, out, _ = run(capsys, *argv)
    assert out.splitlines()[-1] == (
        "You are busy at that time on 3 days (their dates): 2026-03-09, 2026-03-16, 2026-03-23"
    )


@pytest.fixture
def served(sarah: str) -> Iterator[str]:
    body = Path(sarah).read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = self.path == "/basic.ics"
            self.send_response(200 if found else 404)
            self.send_header("Content-Length", str(len(body) if found else 0))
            self.end_headers()
            if found:
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_a_calendar_address_is_fetched_and_a_404_is_a_note(
    capsys: pytest.CaptureFixture[str], served: str
) -> None:
    good, gone = f"http://{served}/basic.ics", f"http://{served}/gone.ics"
    code, out, err = run(
        capsys, "busy", "--busy", good, "--busy", gone, "--me", "Asia/Tokyo", "--from", "2026-03-09", "--json"
    )
    assert code == 0
    found = json.loads(out)
    assert found["busy"] == [{"start": "2026-03-09T13:00:00Z", "end": "2026-03-09T14:00:00Z"}]
    assert found["sources"][1] == {
        "source": gone,
        "events": 0,
        "error": f"{gone}: the server answered with status 404",
    }
    assert err == f"note: {gone}: the server answered with status 404\n"
