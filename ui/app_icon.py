"""The application icon, drawn from resources/icons/coretime.svg wherever the app runs from."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

from app.about import APP_ID

_RELATIVE = Path("resources") / "icons" / "coretime.svg"


def icon_file() -> Path | None:
    """The SVG inside a PyInstaller bundle (next to the libraries) or in a source checkout; None for an
    installed wheel, which does not carry resources/."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / _RELATIVE] if bundle else []
    candidates.append(Path(__file__).resolve().parent.parent / _RELATIVE)
    return next((path for path in candidates if path.is_file()), None)


def app_icon() -> QIcon:
    """The icon from the SVG, else the one the desktop installed under the app's id (hicolor theme)."""
    path = icon_file()
    return QIcon(str(path)) if path is not None else QIcon.fromTheme(APP_ID)
