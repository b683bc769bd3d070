"""Coretime works offline: no subcommand of the CLI opens a network connection or looks up a host.

Each run happens in a child interpreter with an audit hook that turns any socket
connect, bind or host lookup into a failure (exit 3), so a regression cannot pass quietly.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUARD = """
import sys
def guard(event, args):
    if event in ("socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
                 "socket.sendto", "socket.__new__") and not (event == "socket.__new__" and args[1] == 1):
        sys.stderr.write(f"network use: {event} {args!r}\\n")
        sys.stderr.flush()
        import os
        os._exit(3)
sys.addaudithook(guard)
"""
RUN_CLI = GUARD + "from app.cli.main import main\nraise SystemExit(main(sys.argv[1:]))\n"
PEOPLE = [
    "--me", "Asia/Tokyo", "--my-hours", "mon-fri 20:00-24:00",
    "--client", "America/New_York", "--client-hours", "mon-fri 09:00-17:00",
]  # fmt: skip


@pytest.mark.parametrize(
    "argv",
    [
        ["slots", *PEOPLE, "--from", "2026-03-09"],
        [
            "propose", *PEOPLE, "--from", "2026-03-09", "--duration", "30", "--now", "2026-03-08T00:00:00Z",
            "--me-holidays", "JP", "--client-holidays", "US", "--lang", "ja_JP", "--show-mine",
        ],
        ["ask-zone", "--lang", "de_DE"],
        ["people", "--store", "tests/app/samples/profiles-v1.json", "--json"],
        [
            "ics", "--at", "2026-03-10T09:00", "--zone", "America/New_York", "--duration", "30",
            "--title", "Call",
            "--repeat", "weekly", "--count", "4", "--invite", "--organizer", "me@example.com",
            "--attendee", "client@example.com", "--alarm", "15", "--out", "-",
        ],
    ],
    ids=lambda argv: argv[0],
)  # fmt: skip
def test_cli_opens_no_connection(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", RUN_CLI, *argv], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert "network use" not in result.stderr
    assert result.returncode == 0, result.stderr


def test_the_guard_catches_a_connection() -> None:
    probe = GUARD + "import socket\nsocket.create_connection(('127.0.0.1', 9), timeout=0.1)\n"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.returncode == 3
    assert "network use" in result.stderr


def _calendar(path: Path) -> Path:
    from datetime import UTC, datetime, timedelta

    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Coretime tests//EN")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", "call")
    event.add("dtstamp", datetime(2026, 3, 1, tzinfo=UTC))
    event.add("dtstart", datetime(2026, 3, 9, 13, tzinfo=UTC))
    event.add("dtend", datetime(2026, 3, 9, 13, tzinfo=UTC) + timedelta(hours=1))
    cal.add_component(event)
    path.write_bytes(cal.to_ical())
    return path


def test_calendar_files_open_no_connection(tmp_path: Path) -> None:
    calendar = str(_calendar(tmp_path / "me.ics"))
    for argv in (
        ["busy", "--busy", calendar, "--me", "Asia/Tokyo", "--from", "2026-03-09", "--json"],
        ["propose", *PEOPLE, "--from", "2026-03-09", "--duration", "30", "--now", "2026-03-08T00:00:00Z",
         "--busy", calendar],
        ["now", *PEOPLE, "--now", "2026-03-09T13:00:00Z", "--busy", calendar],
    ):  # fmt: skip
        result = subprocess.run(
            [sys.executable, "-c", RUN_CLI, *argv], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert "network use" not in result.stderr
        assert result.returncode == 0, result.stderr


LOOPBACK_ONLY = """
import sys
PORT = int(sys.argv.pop(1))
def guard(event, args):
    allowed = (
        (event == "socket.connect" and tuple(args[1])[:2] == ("127.0.0.1", PORT))
        or (event == "socket.getaddrinfo" and args[0] == "127.0.0.1" and args[1] == PORT)
        or event == "socket.__new__"
    )
    if event.startswith("socket.") and event not in ("socket.__new__",) and not allowed:
        sys.stderr.write(f"network use: {event} {args!r}\\n")
        sys.stderr.flush()
        import os
        os._exit(3)
sys.addaudithook(guard)
from app.cli.main import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_a_calendar_address_reaches_only_its_own_host(tmp_path: Path) -> None:
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    _calendar(tmp_path / "basic.ics")

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        argv = ["busy", "--busy", f"http://127.0.0.1:{port}/basic.ics", "--me", "UTC", "--from", "2026-03-09",
                "--json"]  # fmt: skip
        result = subprocess.run(
            [sys.executable, "-c", LOOPBACK_ONLY, str(port), *argv],
            cwd=ROOT, capture_output=True, text=True, check=False, timeout=60,
        )  # fmt: skip
        wrong = subprocess.run(
            [sys.executable, "-c", LOOPBACK_ONLY, str(port + 1 if port < 65535 else port - 1), *argv],
            cwd=ROOT, capture_output=True, text=True, check=False, timeout=60,
        )  # fmt: skip
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
    assert result.returncode == 0, result.stderr
    assert '"events": 1, "error": null' in result.stdout
    assert wrong.returncode == 3, "the guard is awake"
    assert "network use: socket." in wrong.stderr
