"""Where Coretime keeps the user's files, worked out without Qt so the CLI finds what the app wrote.

The desktop app asks Qt (``QStandardPaths.AppDataLocation`` with organisation and application
both "Coretime"); :func:`app_data_dir` gives the same folder, which a GUI test checks against Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

ORGANIZATION = "Coretime"
APPLICATION = "Coretime"
STORE_NAME = "profiles.json"


def app_data_dir(
    *, platform: str = sys.platform, environ: Mapping[str, str] = os.environ, home: Path | None = None
) -> Path:
    """The per-user application-data folder, as Qt names it on ``platform``.

    >>> app_data_dir(platform="linux", environ={"XDG_DATA_HOME": "/data"}, home=Path("/home/a")).as_posix()
    '/data/Coretime/Coretime'
    >>> app_data_dir(platform="linux", environ={}, home=Path("/home/a")).as_posix()
    '/home/a/.local/share/Coretime/Coretime'
    """
    if home is None:
        home = Path(environ["HOME"]) if environ.get("HOME") else Path.home()
    base = home
    if platform == "win32":
        roaming = environ.get("APPDATA")
        root = Path(roaming) if roaming else base / "AppData" / "Roaming"
    elif platform == "darwin":
        root = base / "Library" / "Application Support"
    else:
        # XDG: a relative XDG_DATA_HOME is invalid and ignored, as Qt does.
        xdg = environ.get("XDG_DATA_HOME", "")
        root = Path(xdg) if xdg and os.path.isabs(xdg) else base / ".local" / "share"
    return root / ORGANIZATION / APPLICATION


def default_store_path() -> Path:
    """The people file the desktop app uses by default."""
    return app_data_dir() / STORE_NAME
