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
