"""install.sh and uninstall.sh on a stand-in release (a shell script as the app): what goes where under
the user's home, and that uninstalling takes exactly that away again."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.coretime.Coretime"


def _release(tmp_path: Path) -> Path:
    release = tmp_path / "coretime-0.1.0-linux-x86_64"
    (release / "coretime" / "_internal").mkdir(parents=True)
    app = release / "coretime" / "coretime"
    app.write_text("#!/bin/sh\necho started\n")
    app.chmod(0o755)
    for size in ("16x16", "512x512", "scalable"):
        icons = release / "icons" / "hicolor" / size / "apps"
        icons.mkdir(parents=True)
        (icons / f"{APP_ID}.{'svg' if size == 'scalable' else 'png'}").write_bytes(b"icon")
    shutil.copy(ROOT / "resources" / f"{APP_ID}.desktop", release)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(ROOT / "packaging" / "linux" / script, release)
    return release


def _run(script: Path, home: Path, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
    environment.update(HOME=str(home), **env)
    done = subprocess.run(["bash", str(script)], env=environment, capture_output=True, text=True, check=True)
    return done.stdout


def _files(home: Path) -> set[str]:
    return {str(p.relative_to(home)) for p in home.rglob("*") if p.is_file() or p.is_symlink()}


def test_install_puts_app_launcher_entry_and_icons_in_the_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    _run(_release(tmp_path) / "install.sh", home)
    share = ".local/share"
    assert _files(home) == {
        f"{share}/coretime/coretime",
        f"{share}/coretime/uninstall.sh",
        ".local/bin/coretime",
        f"{share}/applications/{APP_ID}.desktop",
        f"{share}/icons/hicolor/16x16/apps/{APP_ID}.png",
        f"{share}/icons/hicolor/512x512/apps/{APP_ID}.png",
        f"{share}/icons/hicolor/scalable/apps/{APP_ID}.svg",
    }
    launcher = home / ".local" / "bin" / "coretime"
    assert subprocess.run([launcher], capture_output=True, text=True, check=True).stdout == "started\n"
    entry = (home / share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{home}/{share}/coretime/coretime"\n' in entry
    assert f"Icon={APP_ID}\n" in entry


def test_uninstall_removes_exactly_what_install_added(tmp_path: Path) -> None:
    home = tmp_path / "home"
    theirs = home / ".local" / "share" / "applications" / "other.desktop"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Desktop Entry]\n")
    before = _files(home)
    _run(_release(tmp_path) / "install.sh", home)
    _run(home / ".local" / "share" / "coretime" / "uninstall.sh", home)
    assert _files(home) == before


def test_xdg_data_home_is_honoured_and_reinstall_replaces(tmp_path: Path) -> None:
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    release = _release(tmp_path)
    _run(release / "install.sh", home, XDG_DATA_HOME=str(data))
    stale = data / "coretime" / "_internal" / "from-an-older-version"
    stale.write_text("")
    _run(release / "install.sh", home, XDG_DATA_HOME=str(data))
    assert not stale.exists()
    assert (data / "applications" / f"{APP_ID}.desktop").is_file()
    _run(data / "coretime" / "uninstall.sh", home, XDG_DATA_HOME=str(data))
    assert _files(home) == set()
    assert _files(data) == set()


def test_uninstall_leaves_a_coretime_link_of_other_origin(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "coretime").symlink_to("/usr/bin/true")
    _run(ROOT / "packaging" / "linux" / "uninstall.sh", home)
    assert (home / ".local" / "bin" / "coretime").is_symlink()
