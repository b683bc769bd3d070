"""One id everywhere: the desktop entry's file name and Icon, the icons, the scripts, the spec and what
the running app tells Qt must agree, or the menu shows a blank icon or a second, unrelated entry."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from app.about import APP_ID, APP_NAME, LICENSE_TEXT, version

ROOT = Path(__file__).resolve().parents[2]


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "resources" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_app_by_its_id() -> None:
    entry = _entry()
    assert re.fullmatch(r"[a-z]+(\.[a-z0-9]+)+\.[A-Za-z]+", APP_ID)
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    # X11 WM_CLASS is Qt's application name: the main window is matched to this entry through it.
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Exec"] == "coretime"


def test_every_file_that_spells_the_id_spells_it_the_same() -> None:
    for relative in (
        "packaging/make_icons.py",
        "packaging/coretime.spec",
        "packaging/linux/install.sh",
        "packaging/linux/uninstall.sh",
        "packaging/check-bundle.sh",
    ):
        text = (ROOT / relative).read_text(encoding="utf-8")
        spelled = re.findall(r"io\.github\.[\w.]+", text)
        ids = {re.sub(r"(\.desktop|\.png|\.svg)?\.?$", "", name) for name in spelled}
        assert ids == {APP_ID}, relative


def test_the_app_tells_qt_its_desktop_file_name_and_name() -> None:
    source = (ROOT / "ui" / "main.py").read_text(encoding="utf-8")
    assert "app.setDesktopFileName(APP_ID)" in source
    assert 'app.setApplicationName("Coretime")' in source


def test_licence_file_is_the_text_the_about_box_shows() -> None:
    assert (ROOT / "LICENSE").read_text(encoding="utf-8") == LICENSE_TEXT


def test_version_comes_from_the_package_metadata() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    declared = re.search(r'^version = "([^"]+)"', pyproject, re.MULTILINE)
    assert declared is not None
    assert version() == declared.group(1)
    assert version("no-such-distribution-for-coretime") == "unknown"
