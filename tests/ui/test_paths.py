"""The CLI finds the people file where the desktop app keeps it: ``app.paths`` agrees with Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import app_data_dir

ROOT = Path(__file__).resolve().parents[2]
ASK_QT = """
from PySide6.QtCore import QCoreApplication, QStandardPaths
app = QCoreApplication([])
app.setOrganizationName("Coretime")
app.setApplicationName("Coretime")
print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
"""


@pytest.mark.parametrize("xdg", [None, "data", "relative/ignored"])
def test_app_data_dir_is_where_qt_puts_it(tmp_path: Path, xdg: str | None) -> None:
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
    env["HOME"] = str(tmp_path)
    if xdg is not None:
        env["XDG_DATA_HOME"] = str(tmp_path / xdg) if xdg == "data" else xdg
    qt = subprocess.run(
        [sys.executable, "-c", ASK_QT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert Path(qt.stdout.strip()) == app_data_dir(environ=env)
