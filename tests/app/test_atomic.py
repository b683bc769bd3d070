"""The one atomic writer: modes, the backup, failures that leave the old file whole, and stale temporaries."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.atomic import STALE_AFTER_SECONDS, backup_path, remove_stale_temporaries, write_atomically


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_private_whatever_the_umask_and_a_replaced_one_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "call.ics"
    old = os.umask(0o022)
    try:
        write_atomically(target, b"one")
    finally:
        os.umask(old)
    assert mode(target) == 0o600
    os.chmod(target, 0o604)
    write_atomically(target, b"two")
    assert (target.read_bytes(), mode(target)) == (b"two", 0o604)


def test_a_private_file_and_its_backup_are_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "people.json"
    write_atomically(target, b"first", mode=0o600, keep_backup=True)
    assert not backup_path(target).exists(), "nothing to back up on the first write"
    write_atomically(target, b"second", mode=0o600, keep_backup=True)
    assert backup_path(target).read_bytes() == b"first"
    assert mode(target) == mode(backup_path(target)) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.json", "people.json.bak"]


@pytest.mark.parametrize("failing", ["fsync", "replace", "chmod"])
def test_a_failure_leaves_the_old_file_and_backup_whole_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "people.json"
    write_atomically(target, b"old", mode=0o600, keep_backup=True)
    write_atomically(target, b"current", mode=0o600, keep_backup=True)

    def broken(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, broken)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, b"new", mode=0o600, keep_backup=True)
    monkeypatch.undo()
    assert target.read_bytes() == b"current"
    assert backup_path(target).read_bytes() in {b"old", b"current"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.json", "people.json.bak"]


def test_a_folder_where_the_file_should_be_is_an_error_not_a_loss(tmp_path: Path) -> None:
    target = tmp_path / "people.json"
    target.mkdir()
    (target / "inside").write_text("keep me", encoding="utf-8")
    with pytest.raises(IsADirectoryError):
        write_atomically(target, b"x", mode=0o600, keep_backup=True)
    assert (target / "inside").read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["people.json"]


def dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], check=True, capture_output=True, text=True
    )
    return int(child.stdout)


def test_stale_temporaries_of_dead_writers_go_and_live_ones_stay(tmp_path: Path) -> None:
    target = tmp_path / "people.json"
    target.write_text("{}", encoding="utf-8")
    gone = dead_pid()
    dead = [
        tmp_path / f".people.json.{gone}.abc123_x.tmp",
        tmp_path / f".people.json.bak.{gone}.q1w2e3r4.tmp",
    ]
    live = tmp_path / f".people.json.{os.getppid()}.zzzzzzzz.tmp"
    unnamed_old = tmp_path / ".people.json.oldstyle.tmp"
    unnamed_new = tmp_path / ".people.json.newstyle.tmp"
    other = [tmp_path / ".other.json.1.abc.tmp", tmp_path / "people.json.tmp", tmp_path / "notes.tmp"]
    for file in [*dead, live, unnamed_old, unnamed_new, *other]:
        file.write_bytes(b"partial")
    hours_ago = time.time() - STALE_AFTER_SECONDS - 60
    os.utime(unnamed_old, (hours_ago, hours_ago))
    removed = remove_stale_temporaries(target)
    assert sorted(removed) == sorted([*dead, unnamed_old])
    assert all(f.exists() for f in [live, unnamed_new, *other, target])
