"""``coretime-cli people`` lists what the desktop app keeps, from the same folder, and reports a
damaged store as ``note:`` lines while listing what could be read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli.main import main
from app.paths import app_data_dir

SAMPLE = Path(__file__).resolve().parents[1] / "app" / "samples" / "profiles-v1.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[str, list[str]]:
    assert main(["people", *argv]) == 0
    out, err = capsys.readouterr()
    return out, err.splitlines()


def test_lists_the_people_of_the_store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    store = tmp_path / "profiles.json"
    shutil.copy(SAMPLE, store)
    out, notes = run(capsys, "--store", str(store))
    assert notes == []
    lines = out.splitlines()
    assert lines[0].startswith("Aiko (you)")
    assert "Asia/Tokyo" in lines[0]
    assert "Acme GmbH" in lines[2]
    assert "holidays DE-BY" in lines[2]
    assert "zone not known yet" in lines[3]
    listed = json.loads(run(capsys, "--store", str(store), "--json")[0])
    assert [p["name"] for p in listed["people"]] == ["Aiko", "Sample client", "Acme GmbH", "Ana (Upwork)"]
    assert listed["people"][0]["me"] is True
    assert store.read_bytes() == SAMPLE.read_bytes(), "listing changes nothing"


def test_reads_the_apps_folder_by_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr("sys.platform", "linux")
    folder = tmp_path / "Coretime" / "Coretime"
    assert app_data_dir() == folder
    out, notes = run(capsys, "--json")
    assert json.loads(out)["people"] == []
    assert notes == [f"note: no people are stored yet in {folder / 'profiles.json'}"]
    folder.mkdir(parents=True)
    shutil.copy(SAMPLE, folder / "profiles.json")
    assert "Aiko (you)" in run(capsys)[0]


def test_a_damaged_store_is_kept_aside_and_noted(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    store = tmp_path / "profiles.json"
    store.write_text(
        '{"schema": 2, "me": {"name": "Aiko", "zone": "Asia/Tokyo", "hours": "mon 09:', encoding="utf-8"
    )
    out, notes = run(capsys, "--store", str(store))
    assert out == ""
    kept = next(tmp_path.glob("profiles.damaged-*.json"))
    assert notes[0].startswith("note: Your people file is not complete JSON")
    assert str(kept) in notes[0]
    assert "starts afresh" in notes[1]


def test_one_bad_person_costs_only_itself(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    store = tmp_path / "profiles.json"
    document = json.loads(SAMPLE.read_text(encoding="utf-8"))
    document["people"][2]["hours"] = 9
    document["people"][3] = "not a person"
    store.write_text(json.dumps(document), encoding="utf-8")
    out, notes = run(capsys, "--store", str(store), "--json")
    listed = json.loads(out)
    assert [p["name"] for p in listed["people"]] == ["Aiko", "Sample client", "Acme GmbH"]
    assert listed["people"][2]["hours"] == "mon-fri 09:00-17:00"
    assert len(notes) == 1
    assert "'Acme GmbH': the hours were a number" in notes[0]
    assert "client 3 was str" in notes[0]
    assert listed["problems"] == [notes[0].removeprefix("note: ")]


def test_a_folder_in_place_of_the_store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    store = tmp_path / "profiles.json"
    store.mkdir()
    out, notes = run(capsys, "--store", str(store))
    assert out == ""
    assert "could not be read (Is a directory)" in notes[0]
    assert all(line.startswith("note: ") for line in notes)


def test_lists_the_meetings_booked_in_the_desktop_app(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = tmp_path / "profiles.json"
    document = {
        "schema": 4,
        "me": {"id": "me", "name": "Aiko", "zone": "Asia/Tokyo", "hours": "mon-fri 19:00-24:00"},
        "clients": [
            {
                "id": "sarah",
                "name": "Sarah Miller",
                "zone": "America/New_York",
                "hours": "mon-fri 09:00-17:00",
            }
        ],
        "meetings": [
            {
                "uid": "a@coretime",
                "with": ["sarah"],
                "start": "2026-12-07T14:00:00Z",
                "minutes": 30,
                "sequence": 1,
            }
        ],
    }
    store.write_text(json.dumps(document), encoding="utf-8")
    out, notes = run(capsys, "--store", str(store))
    assert notes == []
    assert out.splitlines()[-1] == "meeting  2026-12-07 14:00 UTC  30 min  with Sarah Miller"
    listed = json.loads(run(capsys, "--store", str(store), "--json")[0])
    assert [p["id"] for p in listed["people"]] == ["me", "sarah"]
    assert listed["meetings"] == [
        {"uid": "a@coretime", "with": ["sarah"], "start": "2026-12-07T14:00:00Z", "minutes": 30, "title": "",
         "sequence": 1}
    ]  # fmt: skip
