"""The window with a damaged or failing store: it starts, shows what could be read, says in the notice
bar what happened and where the file is, and a save that fails is a notice too — never a crash."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.profiles import ProfileStore
from tests.ui.conftest import window_options
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
Factory = Callable[..., MainWindow]
ME = {"id": "me", "name": "Aiko", "zone": "Asia/Tokyo", "hours": "mon-fri 19:00-24:00"}
ACME = {"id": "acme", "name": "Acme", "zone": "Europe/Berlin", "hours": "mon-fri 09:00-17:00"}


@pytest.mark.parametrize(
    ("content", "names", "says"),
    [
        (b"", ["Me", "Sample client"], "is empty"),
        (b"\xff\xfe garbage", ["Me", "Sample client"], "is not text"),
        (json.dumps({"schema": 9}).encode(), ["Me", "Sample client"], "newer Coretime"),
        (
            json.dumps(
                {"schema": 2, "me": ME, "clients": [ACME, {**ACME, "id": "b", "name": "Bad", "hours": 9}]}
            ).encode(),
            ["Aiko", "Acme", "Bad"],
            "'Bad': the hours were a number",
        ),
    ],
    ids=["empty", "garbage", "newer", "one bad field"],
)
def test_a_damaged_store_starts_and_says_where_the_file_is(
    make_window: Factory, tmp_path: Path, content: bytes, names: list[str], says: str
) -> None:
    (tmp_path / "profiles.json").write_bytes(content)
    window = make_window()
    assert [p.name for p in window.profiles()] == names
    text = window.notices.label.text()
    assert window.notices.isVisible()
    assert says in text
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("profiles.") and "-2026" in p.name]
    assert len(kept) == 1
    assert str(kept[0]) in text
    assert kept[0].read_bytes() == content


def test_a_failing_save_is_a_notice_and_the_people_stay(
    make_window: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()

    def full_disk(_self: ProfileStore, _profiles: object, **_options: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ProfileStore, "save", full_disk)
    sample = window.profiles()[1]
    window._remove_confirmed(sample.id)
    assert "could not be saved (No space left on device)" in window.notices.label.text()
    assert window.notices.isVisible()
    assert [p.name for p in window.profiles()] == ["Me"], "the change stays in the window"


def test_a_folder_where_the_store_should_be(make_window: Factory, tmp_path: Path) -> None:
    (tmp_path / "profiles.json").mkdir()
    window = make_window()
    assert "could not be read (Is a directory)" in window.notices.label.text()
    assert [p.name for p in window.profiles()] == ["Me", "Sample client"]
    window._remove_confirmed(window.profiles()[1].id)  # saving works again: the folder was moved aside
    assert json.loads((tmp_path / "profiles.json").read_text(encoding="utf-8"))["clients"] == []


def test_a_first_save_that_fails_is_told_beside_what_the_load_found(
    make_window: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A repaired file is saved (after the first frame) so that the next start is quiet.
    bad = {**ACME, "id": "b", "name": "Bad", "hours": 9}
    (tmp_path / "profiles.json").write_text(json.dumps({"schema": 2, "me": ME, "clients": [ACME, bad]}))

    def full_disk(_self: ProfileStore, _profiles: object, **_options: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ProfileStore, "save", full_disk)
    window = make_window()
    text = window.notices.label.text()
    assert "'Bad': the hours were a number" in text
    assert "could not be saved (No space left on device)" in text
    assert [p.name for p in window.profiles()] == ["Aiko", "Acme", "Bad"]


def test_a_window_closed_before_its_first_frame_still_saves_the_first_launch(
    qtbot: QtBot, tmp_path: Path, clock: Callable[[], datetime]
) -> None:
    window = MainWindow(**window_options(tmp_path, clock))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert not (tmp_path / "profiles.json").exists(), "the window does not wait for the disk"
    window.close()
    document = json.loads((tmp_path / "profiles.json").read_text(encoding="utf-8"))
    assert [document["me"]["name"], *(p["name"] for p in document["clients"])] == ["Me", "Sample client"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_the_app_starts_with_a_pipe_as_its_people_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "profiles.json")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "--smoke", "--data", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "first frame after" in result.stderr
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("profiles.unreadable-")]
    assert len(kept) == 1
    assert stat.S_ISFIFO(os.lstat(kept[0]).st_mode), "the pipe is set aside, as it was"
