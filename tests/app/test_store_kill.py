"""The people store survives SIGKILL at any moment of a save: the old document or the new one, never a mix.

A helper process (single-threaded, so forking it is safe) forks a writer that saves generation
after generation of a known document; the test kills the writer with SIGKILL after a random delay,
then loads the store as the app would. Every kill must leave the main file and its backup each a
complete generation, in one of the three states a save passes through, and the next load must
clear the writer's temporary files. Seeded; set CORETIME_KILL_SEED, CORETIME_KILL_SECONDS to vary.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from app.profiles import Profile, load, save, to_document

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
SEED = int(os.environ.get("CORETIME_KILL_SEED", "20261127"))
SECONDS = float(os.environ.get("CORETIME_KILL_SECONDS", "8"))
MAX_ROUNDS = 1500
WRITER = """
import os, sys
from pathlib import Path
from app.profiles import save
from tests.app.test_store_kill import generation

path = Path(sys.argv[1])
for line in sys.stdin:
    first = int(line)
    pid = os.fork()
    if pid == 0:
        number = first
        while True:
            save(path, generation(number))
            os.write(1, f"saved {number}\\n".encode())
            number += 1
    os.write(1, f"pid {pid}\\n".encode())
    os.waitpid(pid, 0)
    os.write(1, f"dead {pid}\\n".encode())
"""


def generation(number: int) -> list[Profile]:
    """The document a writer saves as its ``number``-th: sizes vary from a few hundred bytes to
    tens of kilobytes, so a torn write shows as a file that matches no generation."""
    me = Profile(id="me", name="Me", zone="Asia/Tokyo", hours="mon-fri 19:00-24:00", is_me=True)
    notes = f"generation {number}; " * ((number * 7919) % 2500)
    client = Profile(
        id="client", name=f"Client {number}", zone="Europe/Berlin", hours="mon-fri 09:00-17:00", notes=notes
    )
    return [me, client]


def generation_of(data: bytes) -> int:
    """Which generation ``data`` holds whole; fails the test for anything else."""
    document = json.loads(data.decode("utf-8"))
    number = int(document["clients"][0]["name"].removeprefix("Client "))
    assert document == to_document(generation(number)), f"not a whole generation {number}"
    return number


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_sigkill_during_saves_leaves_the_old_or_the_new_document(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    backup = tmp_path / "profiles.json.bak"
    save(path, generation(0))
    save(path, generation(0))  # the backup exists from the start, as after any second save
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    ) as helper:
        rounds, completed_saves, mid_save = _kill_writers(helper, path, backup)
    print(f"{rounds} kills, {completed_saves} saves completed, {mid_save} kills left a temporary file")
    assert rounds >= 40, f"only {rounds} kills in {SECONDS} s"
    assert completed_saves > 0, "the writer never finished a save: the kills prove nothing"
    assert mid_save > 0, "no kill landed inside a save: the kills prove nothing"


def _kill_writers(helper: subprocess.Popen[str], path: Path, backup: Path) -> tuple[int, int, int]:
    tmp_path = path.parent
    rng = random.Random(SEED)
    assert helper.stdin is not None
    assert helper.stdout is not None
    current = 0
    state = (0, 0)  # (main, backup) generations: two saves of generation 0 came first
    rounds = mid_save = completed_saves = 0
    deadline = time.monotonic() + SECONDS
    try:
        while rounds < MAX_ROUNDS and time.monotonic() < deadline:
            helper.stdin.write(f"{current + 1}\n")
            saved = [current]
            line = helper.stdout.readline()
            while line.startswith("saved"):
                saved.append(int(line.split()[1]))
                line = helper.stdout.readline()
            assert line.startswith("pid "), line
            pid = int(line.split()[1])
            # Saves take a few milliseconds here (three fsyncs); delays up to 40 ms land anywhere in
            # the first few saves, including before the first one starts.
            time.sleep(rng.uniform(0, 0.04))
            os.kill(pid, signal.SIGKILL)
            for line in iter(helper.stdout.readline, ""):
                if line.startswith("dead"):
                    break
                saved.append(int(line.split()[1]))
            else:
                raise AssertionError("the helper process ended early")
            rounds += 1
            completed_saves += len(saved) - 1
            where = f"seed {SEED}, round {rounds}"
            main, previous = generation_of(path.read_bytes()), generation_of(backup.read_bytes())
            last = saved[-1]
            # A save replaces main, then writes the generation it replaced to the backup (never before the
            # new one is safely in place): these are the only states. Before this round's first save
            # completes, the backup is what the last round left.
            done = (last, last - 1) if len(saved) > 1 else (last, state[1])
            states = {done, (last + 1, done[1]), (last + 1, last)}
            assert (main, previous) in states, where
            state = (main, previous)
            if temporaries(tmp_path):
                mid_save += 1
            loaded = load(path, system_zone="UTC", now=NOW)
            assert loaded.problems == (), where
            assert list(loaded.profiles) == generation(main), where
            assert temporaries(tmp_path) == [], (
                f"{where}: the killed writer's temporaries are cleared on load"
            )
            assert sorted(p.name for p in tmp_path.iterdir()) == ["profiles.json", "profiles.json.bak"], where
            current = main
    finally:
        helper.stdin.close()
        helper.wait(timeout=10)
    return rounds, completed_saves, mid_save
