"""The backup's rules: it is written only once the new file is safely in place, and a backup that cannot
be read (another user's file) is set aside, never overwritten. Holds as root: the writer drops its
privileges to a user who cannot read the backup."""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.profiles import Profile, save, to_document

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534
ME = Profile(id="me", name="Aiko", zone="Asia/Tokyo", hours="mon-fri 19:00-24:00", is_me=True)
ACME = Profile(id="acme", name="Acme", zone="Europe/Berlin", hours="mon-fri 09:00-17:00")
BETA = Profile(id="beta", name="Beta", zone="America/New_York", hours="mon-fri 09:00-12:00")
WRITER = """
import os, sys
from pathlib import Path
from app.profiles import save
from tests.app.test_profiles_backup import ME, ACME, BETA

folder = Path(sys.argv[1])
save(folder / "warm-up" / "profiles.json", [ME])  # zone data read while it still may be
if os.getuid() == 0:
    os.setgroups([])
    os.setgid(int(sys.argv[2]))
    os.setuid(int(sys.argv[2]))
path = folder / "profiles.json"
for people in ([ME], [ME, ACME], [ME, ACME, BETA]):
    for notice in save(path, people):
        print(notice.english())
"""


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder the unprivileged writer can reach (pytest's own folders are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="coretime-backup-"))
    try:
        if os.getuid() == 0:
            os.chown(folder, NOBODY, NOBODY)
        yield folder
    finally:
        shutil.rmtree(folder)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file ownership is POSIX's")
def test_an_unreadable_backup_is_set_aside_not_overwritten(shared_folder: Path) -> None:
    backup = shared_folder / "profiles.json.bak"
    backup.write_bytes(b"another user's backup")
    os.chmod(backup, 0)  # as root: owned by root, unreadable to the writer below; else unreadable to us
    done = subprocess.run(
        [sys.executable, "-c", WRITER, str(shared_folder), str(NOBODY)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "could not be read (Permission denied), so it was not overwritten" in done.stdout
    kept = [p for p in shared_folder.iterdir() if p.name.startswith("profiles.json.unreadable-")]
    assert len(kept) == 1, sorted(p.name for p in shared_folder.iterdir())
    os.chmod(kept[0], 0o600)
    assert kept[0].read_bytes() == b"another user's backup"
    assert json.loads(backup.read_bytes()) == to_document([ME, ACME]), "backups go on once it is aside"


def test_a_failed_save_leaves_the_backup_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "profiles.json"
    save(path, [ME])
    save(path, [ME, ACME])
    real_replace = os.replace

    def full_disk(source: str, target: str) -> None:
        if Path(target) == path:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        save(path, [ME, ACME, BETA])
    monkeypatch.undo()
    assert json.loads(path.read_bytes()) == to_document([ME, ACME])
    assert json.loads((tmp_path / "profiles.json.bak").read_bytes()) == to_document([ME]), (
        "the previous generation is still there"
    )


def test_setting_a_backup_aside_is_logged_with_its_paths(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "profiles.json"
    save(path, [ME])
    (tmp_path / "profiles.json.bak").mkdir()  # unreadable whoever runs the test
    caplog.set_level(logging.INFO)
    told = save(path, [ME, ACME])
    assert [notice.code for notice in told] == ["store.backup_unreadable_moved"]
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("profiles.json.unreadable-")]
    assert len(kept) == 1
    assert kept[0].is_dir()
    assert f"store.backup_unreadable_moved: backup={tmp_path / 'profiles.json.bak'}" in caplog.text
    assert str(kept[0]) in caplog.text
    assert "Acme" not in caplog.text
