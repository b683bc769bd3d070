"""Running ``coretime-cli`` in-process for tests: exit status, stdout and stderr of one call."""

from __future__ import annotations

import pytest

from app.cli.main import main

PEOPLE = [
    "--me", "Asia/Tokyo", "--my-hours", "mon-fri 20:00-24:00",
    "--client", "America/New_York", "--client-hours", "mon-fri 09:00-17:00",
]  # fmt: skip
"""A Tokyo freelancer's evenings and a New York client's office hours: the flags most tests start from."""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of ``coretime-cli *argv``; an argparse exit counts as a status."""
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
