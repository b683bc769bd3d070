"""One writer per data folder, with real processes: a second start on a folder a running Coretime writes
to brings that window to the front and leaves, instead of a second window whose saves would silently
replace the first one's; and a running Coretime killed while a second one starts leaves a folder the
second one can take over, with the people file whole. Seeded; CORETIME_TAKEOVER_ROUNDS sets the rounds."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("CORETIME_TAKEOVER_ROUNDS", "6"))
SEED = int(os.environ.get("CORETIME_KILL_SEED", "20261127"))


def env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "PYTHONPATH": str(ROOT),
    }


def start_app(folder: Path, home: Path) -> subprocess.Popen[str]:
    """A real Coretime window on ``folder``, running until killed; returns once it holds the folder."""
    app = subprocess.Popen(
        [sys.executable, "-m", "ui.main", "--data", str(folder)],
        cwd=ROOT,
        env=env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    for _ in range(400):  # up to 20 s for the lock and the first save of a first launch
        if (folder / ".coretime.lock").exists() and (folder / "profiles.json").exists():
            return app
        if app.poll() is not None:
            raise AssertionError(f"the first Coretime ended with {app.returncode}")
        time.sleep(0.05)
    app.kill()
    raise AssertionError("the first Coretime never took its folder")


def second_start(folder: Path, home: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", "--data", str(folder), *extra],
        cwd=ROOT,
        env=env(home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def stop(app: subprocess.Popen[str]) -> None:
    if app.poll() is None:
        app.send_signal(signal.SIGKILL)
    app.wait(timeout=30)


def test_a_second_start_brings_the_running_window_to_the_front_and_leaves(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = start_app(folder, tmp_path)
    try:
        before = (folder / "profiles.json").read_bytes()
        second = second_start(folder, tmp_path)
        assert second.returncode == 0, second.stderr
        assert "already open on" in second.stderr
        assert "brought to the front" in second.stderr
        assert first.poll() is None, "the first window runs on"
        log = (folder / "logs" / "coretime.log").read_text(encoding="utf-8")
        assert "a second start on" in log
        assert "is in use by another Coretime" in log, "the lock conflict is logged"
        assert (folder / "profiles.json").read_bytes() == before, "the second start wrote nothing"
    finally:
        stop(first)


def test_killing_the_running_coretime_while_a_second_starts_loses_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    folder = tmp_path / "data"
    outcomes = {"took over": 0, "handed over": 0}
    for round_number in range(ROUNDS):
        first = start_app(folder, tmp_path)
        document = json.loads((folder / "profiles.json").read_text(encoding="utf-8"))
        second = subprocess.Popen(
            [sys.executable, "-m", "ui.main", "--data", str(folder), "--smoke"],
            cwd=ROOT,
            env=env(tmp_path),
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        time.sleep(rng.uniform(0, 0.6))  # the second start takes about this long to reach the lock
        stop(first)
        _, err = second.communicate(timeout=60)
        where = f"seed {SEED}, round {round_number}: {err}"
        assert second.returncode == 0, where
        if "first frame after" in err:
            outcomes["took over"] += 1
        else:
            assert "brought to the front" in err, where
            outcomes["handed over"] += 1
        assert json.loads((folder / "profiles.json").read_text(encoding="utf-8")) == document, where
    print(outcomes)
    assert outcomes["took over"] > 0, "no round killed the first before the second reached it"
