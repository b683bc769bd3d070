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


def with_flag(argv: list[str], flag: str, value: str | None) -> list[str]:
    """``argv`` with ``flag`` set to ``value`` (replacing its value if present), or removed for None."""
    out = list(argv)
    if flag in out:
        i = out.index(flag)
        del out[i : i + 2]
    return out if value is None else [*out, flag, value]


def assert_usage_error(code: int, out: str, err: str, says: str) -> None:
    """Bad input's contract: exit 2, nothing on stdout, one ``error:`` line naming the problem, with
    control characters shown escaped rather than sent to the terminal."""
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, f"one line only, got: {err!r}"
    assert lines[0].startswith("error: ")
    assert says in lines[0]
    assert all(ch.isprintable() for ch in lines[0]), "control characters are shown escaped"
