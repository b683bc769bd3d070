"""What Coretime writes beside the people file is private too, and the log tells a support request what
happened to the files — their paths and the reasons, never a client's name."""

from __future__ import annotations

import errno
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.profiles import ProfileStore
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]


def test_the_settings_file_is_private_whatever_the_umask(make_window: Factory, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        window = make_window()
        window.close()
    finally:
        os.umask(old)
    assert (tmp_path / "settings.ini").stat().st_mode & 0o777 == 0o600


def test_a_failed_save_and_its_retry_are_logged_without_names(
    make_window: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    window = make_window()
    real_save = ProfileStore.save

    def full_disk(_self: ProfileStore, _profiles: object, **_options: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ProfileStore, "save", full_disk)
    caplog.set_level(logging.INFO)
    window._remove_confirmed(window.profiles()[1].id)
    monkeypatch.setattr(ProfileStore, "save", real_save)
    window.retry_timer.timeout.emit()
    text = caplog.text
    store = str(tmp_path / "profiles.json")
    assert f"save failed {store}: No space left on device" in text
    assert f"retrying the save of {store}" in text
    assert f"saved {store} after an earlier failure" in text
    assert "Sample client" not in text


def test_a_repair_is_logged_with_the_kept_file_and_without_names(
    make_window: Factory, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    me = {"id": "me", "name": "Aiko Secret", "zone": "Asia/Tokyo", "hours": "mon-fri 19:00-24:00"}
    client = {"id": "c", "name": "Confidential GmbH", "zone": "Europe/Berlin", "hours": 9, "notes": "NDA"}
    (tmp_path / "profiles.json").write_text(json.dumps({"schema": 2, "me": me, "clients": [client]}))
    caplog.set_level(logging.INFO)
    make_window()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("profiles.damaged-")]
    assert len(kept) == 1
    assert "store.repaired" in caplog.text
    assert str(kept[0]) in caplog.text
    for private in ("Aiko Secret", "Confidential", "NDA"):
        assert private not in caplog.text
