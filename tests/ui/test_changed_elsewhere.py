"""The people file changed underneath an open window — by another process, as a synced folder or another
machine would change it: the window's next save merges by person instead of overwriting what it has not
seen, and asks when the same person was changed on both sides."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.profiles import Profile, merge
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
Factory = Callable[..., MainWindow]
ACME = Profile(id="acme", name="Acme", zone="Europe/Berlin", hours="mon-fri 09:00-17:00")
ELSEWHERE = """
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from app.profiles import Profile, load, save

path = Path(sys.argv[1])
people = list(load(path, system_zone="UTC", now=datetime.now(UTC)).profiles)
if sys.argv[2] == "add":
    people.append(Profile(id="beta", name="Beta", zone="America/New_York", hours="mon-fri 09:00-12:00"))
else:
    people[1] = replace(people[1], hours="mon-fri 10:00-18:00")
save(path, people)
"""


def change_elsewhere(path: Path, how: str) -> None:
    subprocess.run([sys.executable, "-c", ELSEWHERE, str(path), how], cwd=ROOT, check=True, timeout=60)


def on_disk(path: Path) -> list[tuple[str, str]]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return [(p["name"], p["hours"]) for p in [document["me"], *document["clients"]]]


def test_a_client_added_elsewhere_survives_the_windows_next_save(
    make_window: Factory, tmp_path: Path
) -> None:
    window = make_window()
    change_elsewhere(tmp_path / "profiles.json", "add")
    window._dialog_accepted(ACME)
    names = [name for name, _ in on_disk(tmp_path / "profiles.json")]
    assert names == ["Me", "Sample client", "Beta", "Acme"]
    assert [p.name for p in window.profiles()] == names, "the window shows what was taken in"
    assert "was changed elsewhere" in window.notices.label.text()


def test_the_same_person_changed_on_both_sides_is_asked_about(
    make_window: Factory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    sample = window.profiles()[1]
    change_elsewhere(tmp_path / "profiles.json", "hours")
    window._dialog_accepted(replace(sample, notes="Prefers mornings"))
    assert window.conflict_question is not None
    assert "Sample client" in window.conflict_question.text()
    assert on_disk(tmp_path / "profiles.json")[1] == ("Sample client", "mon-fri 10:00-18:00"), "not yet"
    take_theirs = next(b for b in window.conflict_question.buttons() if b.text() == "Take the file's")
    with qtbot.waitSignal(window.conflict_question.finished):
        take_theirs.click()
    assert on_disk(tmp_path / "profiles.json")[1] == ("Sample client", "mon-fri 10:00-18:00")
    assert window.profiles()[1].hours == "mon-fri 10:00-18:00"
    assert not window._unsaved


def test_merging_by_person() -> None:
    me = Profile(id="m1", name="Me", zone="UTC", hours="mon 09:00-10:00", is_me=True)
    other_me = replace(me, id="m2")  # each first launch makes a new id: still the one freelancer
    a = Profile(id="a", name="A", zone=None, hours="mon 09:00-10:00")
    b = replace(a, id="b", name="B")
    c = replace(a, id="c", name="C")
    base = [me, a, b]
    mine = [me, replace(a, notes="mine"), c]  # edited A, removed B, added C
    theirs = [other_me, a, b, replace(a, id="d", name="D")]  # added D
    merged, conflicts = merge(base, mine, theirs, resolve=None)
    assert conflicts == []
    assert [(p.name, p.notes) for p in merged] == [("Me", ""), ("A", "mine"), ("D", ""), ("C", "")]
    both = [me, a, replace(b, notes="theirs")]  # edited B, which this window removed
    assert merge(base, mine, both, resolve=None)[1] == ["B"]
    assert [p.name for p in merge(base, mine, both, resolve="mine")[0]] == ["Me", "A", "C"]
    assert [p.name for p in merge(base, mine, both, resolve="theirs")[0]] == ["Me", "A", "B", "C"]
