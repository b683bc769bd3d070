"""The real window, driven as a person drives it: Coretime on an X server (Xvfb) with a window manager
(openbox), keys from xdotool, and what reached the clipboard read back with xclip."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.trio import PEOPLE

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "openbox", "xdotool", "xclip")


def run(*args: str, env: dict[str, str], timeout: float = 20) -> str:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout, check=True).stdout


@pytest.fixture
def display(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X server with a window manager; the environment to reach it."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    assert not missing, f"packaging/system-deps.sh installs these: {missing}"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not say its display"
    env = {
        **os.environ,
        "DISPLAY": f":{number}",
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "LANG": "en_US.UTF-8",
        "LC_ALL": "en_US.UTF-8",
        "TZ": "Asia/Tokyo",
    }
    env.pop("QT_QPA_PLATFORM", None)
    manager = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
    try:
        yield env
    finally:
        manager.terminate()
        server.terminate()
        manager.wait(10)
        server.wait(10)


def clipboard(env: dict[str, str]) -> str:
    return run("xclip", "-o", "-selection", "clipboard", env=env)


def test_find_a_client_and_copy_what_they_will_read(display: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "profiles.json").write_text(json.dumps(PEOPLE), encoding="utf-8")
    env = {**display, "PYTHONPATH": str(ROOT)}
    app = subprocess.Popen(
        [sys.executable, "-m", "ui.main", "--data", str(data)], env=env, cwd=ROOT, stderr=subprocess.PIPE
    )
    try:
        window = run("xdotool", "search", "--sync", "--onlyvisible", "--class", "Coretime", env=env).split()[
            0
        ]
        run("xdotool", "windowactivate", "--sync", window, env=env)
        time.sleep(1.5)  # the panels and the proposal follow the first frame
        subprocess.run(["xclip", "-selection", "clipboard"], input="before", text=True, env=env, check=True)
        run("xdotool", "key", "--clearmodifiers", "ctrl+shift+c", env=env)
        sarah = ""
        for _ in range(50):
            sarah = clipboard(env)
            if sarah != "before":
                break
            time.sleep(0.1)
        assert sarah.startswith("Hello Sarah,\n"), sarah
        run("xdotool", "key", "--clearmodifiers", "ctrl+f", env=env)
        run("xdotool", "type", "--delay", "30", "Jonas", env=env)
        run("xdotool", "key", "Return", env=env)
        time.sleep(0.5)
        run("xdotool", "key", "--clearmodifiers", "ctrl+shift+c", env=env)
        jonas = sarah
        for _ in range(50):
            jonas = clipboard(env)
            if jonas != sarah:
                break
            time.sleep(0.1)
        assert jonas.startswith("Guten Tag Jonas,\n"), "found, selected, and greeted by his own name"
        assert "Sarah" not in jonas
        bullets = [line for line in jonas.splitlines() if line.startswith("- ")]
        assert 1 <= len(bullets) <= 3
        assert "Ortszeit in Berlin" in jonas
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=20)
    assert b"Traceback" not in err, err.decode(errors="replace")
