"""Start at login: the XDG autostart entry, where it goes, written and removed."""

from __future__ import annotations

import configparser
from pathlib import Path

from app.autostart import autostart_on, autostart_path, config_home, set_autostart


def test_the_entry_goes_in_the_xdg_config_home_or_dot_config(tmp_path: Path) -> None:
    assert config_home({}, tmp_path) == tmp_path / ".config"
    assert config_home({"XDG_CONFIG_HOME": "relative/dir"}, tmp_path) == tmp_path / ".config"
    assert config_home({"XDG_CONFIG_HOME": str(tmp_path / "c")}, tmp_path) == tmp_path / "c"
    assert autostart_path(tmp_path) == tmp_path / "autostart" / "io.github.coretime.Coretime.desktop"


def test_switching_on_writes_a_desktop_entry_that_starts_into_the_tray_and_off_removes_it(
    tmp_path: Path,
) -> None:
    command = ["/opt/Core time/coretime", "--data", "/home/a b/data", "--tray"]
    path = set_autostart(tmp_path, True, command)
    assert autostart_on(tmp_path)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "'/opt/Core time/coretime' --data '/home/a b/data' --tray"
    set_autostart(tmp_path, False, command)
    assert not path.exists()
    assert not autostart_on(tmp_path)
    set_autostart(tmp_path, False, command)  # already off: nothing to remove
