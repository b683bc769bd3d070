"""Start at login, the freedesktop way: a desktop entry in ``$XDG_CONFIG_HOME/autostart`` (by default
``~/.config/autostart``) that starts Coretime straight into the tray; switching it off removes the entry.
The folder is an argument: the caller reads the environment."""

from __future__ import annotations

import configparser
import io
import os
import shlex
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.about import APP_ID
from app.atomic import write_atomically

ENTRY_NAME = f"{APP_ID}.desktop"


def config_home(environ: Mapping[str, str], home: Path) -> Path:
    """``$XDG_CONFIG_HOME`` when it is an absolute path, else ``~/.config`` (the XDG base directory rule)."""
    value = environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and os.path.isabs(value) else home / ".config"


def autostart_path(config: Path) -> Path:
    return config / "autostart" / ENTRY_NAME


def autostart_entry(command: Sequence[str]) -> str:
    """The desktop entry that runs ``command`` (its words, quoted as the specification asks) at login.

    >>> print(autostart_entry(["coretime", "--tray"]), end="")
    [Desktop Entry]
    Type=Application
    Name=Coretime
    Exec=coretime --tray
    Icon=io.github.coretime.Coretime
    Terminal=false
    X-GNOME-Autostart-enabled=true
    """
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    entry["Desktop Entry"] = {
        "Type": "Application",
        "Name": "Coretime",
        "Exec": " ".join(shlex.quote(word) for word in command),
        "Icon": APP_ID,
        "Terminal": "false",
        "X-GNOME-Autostart-enabled": "true",
    }
    out = io.StringIO()
    entry.write(out, space_around_delimiters=False)
    return out.getvalue().rstrip("\n") + "\n"


def set_autostart(config: Path, on: bool, command: Sequence[str]) -> Path:
    """Write the entry (``on``) or remove it; the entry's path either way."""
    path = autostart_path(config)
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, autostart_entry(command).encode("utf-8"))
    else:
        path.unlink(missing_ok=True)
    return path


def autostart_on(config: Path) -> bool:
    return autostart_path(config).is_file()
