"""A save that fails is tried again — at the next change, on a timer, and when the window closes, where
the user may retry, save elsewhere or quit knowingly — and its notice goes once a save succeeds. The full
disk is real: a small tmpfs the test mounts (skipped where mounting is not allowed)."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.profiles import Profile, ProfileStore
from ui.main_window import MainWindow

Factory = Callable[..., MainWindow]
ACME = Profile(id="acme", name="Acme", zone="Europe/Berlin", hours="mon-fri 09:00-17:00")
BETA = Profile(id="beta", name="Beta", zone="America/New_York", hours="mon-fri 09:00-12:00")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs mounted on a folder of ``tmp_path``, unmounted afterwards."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if sys.platform != "linux":
        pytest.skip("tmpfs is Linux's")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "coretime-test", str(disk)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not allowed here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "--lazy", str(disk)], check=True)


def fill(disk: Path) -> Path:
    """Fill ``disk`` to the last byte; the filler's path, to free the space again."""
    filler = disk / "filler"
    with filler.open("wb") as stream:
        failure: OSError | None = None
        for _ in range(1024):  # 256 KiB in 4 KiB blocks, and then some
            try:
                stream.write(b"\0" * 4096)
                stream.flush()
            except OSError as error:
                failure = error
                break
        assert failure is not None, "the disk never filled"
        assert failure.errno == errno.ENOSPC
        with contextlib.suppress(OSError):  # what the buffer still holds cannot go anywhere
            stream.close()
    return filler


def names_on_disk(path: Path) -> list[str]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return [document["me"]["name"], *(c["name"] for c in document["clients"])]


def test_a_full_disk_is_retried_on_a_timer_and_the_notice_goes(
    make_window: Factory, small_disk: Path
) -> None:
    window = make_window(store=ProfileStore(small_disk / "profiles.json"))
    window.retry_timer.setInterval(50)
    filler = fill(small_disk)
    window._dialog_accepted(ACME)
    assert "could not be saved (No space left on device)" in window.notices.label.text()
    assert names_on_disk(small_disk / "profiles.json") == ["Me", "Sample client"]
    filler.unlink()
    QtBot(window).waitUntil(lambda: not window._unsaved, timeout=5000)
    assert names_on_disk(small_disk / "profiles.json") == ["Me", "Sample client", "Acme"]
    assert window.notices.isHidden(), "the notice goes with the condition"


def test_a_good_save_after_a_failed_one_clears_the_notice(
    make_window: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    real_save = ProfileStore.save

    def full_disk(_self: ProfileStore, _profiles: object, **_options: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ProfileStore, "save", full_disk)
    window._dialog_accepted(ACME)
    assert window.retry_timer.isActive()
    monkeypatch.setattr(ProfileStore, "save", real_save)
    window._dialog_accepted(BETA)
    assert not window.retry_timer.isActive()
    assert "could not be saved" not in window.notices.label.text()
    assert window.notices.isHidden()
    assert names_on_disk(tmp_path / "profiles.json") == ["Me", "Sample client", "Acme", "Beta"]


def test_quitting_with_a_full_disk_asks_and_retry_saves_once_space_is_freed(
    make_window: Factory, small_disk: Path, qtbot: QtBot
) -> None:
    window = make_window(store=ProfileStore(small_disk / "profiles.json"))
    filler = fill(small_disk)
    window._dialog_accepted(ACME)
    assert not window.close(), "the window stays while its changes are not on disk"
    assert window.quit_question is not None
    assert window.isVisible()
    filler.unlink()
    with qtbot.waitSignal(window.quit_question.finished):
        window.quit_question.button(QMessageBox.StandardButton.Retry).click()
    assert not window.isVisible()
    assert names_on_disk(small_disk / "profiles.json") == ["Me", "Sample client", "Acme"]


def test_quitting_unsaved_can_save_elsewhere_or_quit_knowingly(
    make_window: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def full_disk(_self: ProfileStore, _profiles: object, **_options: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ProfileStore, "save", full_disk)
    first = make_window()
    first._dialog_accepted(ACME)
    assert not first.close()
    assert first.quit_question is not None
    elsewhere = tmp_path / "elsewhere" / "people.json"
    first.choose_people_path = lambda _parent, _name: str(elsewhere)
    button = next(b for b in first.quit_question.buttons() if b.text() == "Save elsewhere…")
    with qtbot.waitSignal(first.quit_question.finished):
        button.click()
    assert not first.isVisible()
    assert names_on_disk(elsewhere) == ["Me", "Sample client", "Acme"]
    assert os.stat(elsewhere).st_mode & 0o777 == 0o600

    second = make_window()
    second._dialog_accepted(BETA)
    assert not second.close()
    assert second.quit_question is not None
    with qtbot.waitSignal(second.quit_question.finished):
        second.quit_question.button(QMessageBox.StandardButton.Discard).click()
    assert not second.isVisible()
