"""The app starts whatever its log does, and a ``--data`` it cannot use is a clear error (exit 2), not a
traceback or files written into the current folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.main import bad_data_dialog

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "app" / "samples"


def start(
    *args: str, cwd: Path, home: Path, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [*prefix, sys.executable, "-m", "ui.main", "--smoke", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_data_folder_whose_log_cannot_be_made_still_starts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "logs").write_text("a file where the log folder should be", encoding="utf-8")
    result = start("--data", str(data), cwd=tmp_path, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "first frame after" in result.stderr
    assert "the log file cannot be written" in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="bind mounts are Linux's")
def test_a_read_only_data_folder_still_starts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    shutil.copy(SAMPLES / "profiles-v1.json", data / "profiles.json")
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "mount", "--bind", str(data), str(data)],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(f"bind mounts in a private namespace are not allowed here: {probe.stderr.strip()}")
    readonly = f'mount --bind {data} {data} && mount -o remount,bind,ro {data} && exec "$@"'
    result = start(
        "--data",
        str(data),
        cwd=tmp_path,
        home=tmp_path,
        prefix=("unshare", "--mount", "--propagation", "private", "sh", "-c", readonly, "sh"),
    )
    assert result.returncode == 0, result.stderr
    assert "first frame after" in result.stderr
    assert "Read-only file system" in result.stderr
    assert sorted(p.name for p in (data / "logs").iterdir()) == []


def test_data_naming_a_file_is_an_error_with_exit_2(tmp_path: Path) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("not a folder", encoding="utf-8")
    result = start("--data", str(plain), cwd=tmp_path, home=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"--data {plain}: not a folder" in result.stderr


def test_an_empty_data_is_an_error_not_the_current_folder(tmp_path: Path) -> None:
    result = start("--data", "", cwd=tmp_path, home=tmp_path / "home")
    assert result.returncode == 2
    assert "--data needs a folder" in result.stderr
    assert list(tmp_path.iterdir()) == [], "nothing is written into the current folder"


def test_the_app_says_so_in_a_dialog(qapp: object) -> None:
    dialog = bad_data_dialog("--data /x: not a folder")
    assert dialog.icon() == QMessageBox.Icon.Critical
    assert "Coretime cannot keep its files there: --data /x: not a folder" in dialog.text()
    dialog.deleteLater()
