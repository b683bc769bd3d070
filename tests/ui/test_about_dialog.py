"""Help → About Coretime: the version from the metadata, the app's licence and every library's, Qt's LGPL
notice with the way to its source."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.about import COMPONENTS, version
from ui.about_dialog import AboutDialog, licences_html
from ui.main_window import MainWindow


def test_dialog_shows_version_and_every_licence(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert version() in dialog.title.text()
    text = dialog.licences.toPlainText()
    assert "MIT License" in text
    assert "Copyright (c) 2026 Coretime developers" in text
    for component in COMPONENTS:
        assert component.name in text
        assert component.licence in text
    assert "GNU Lesser General Public License version 3" in text
    assert "https://download.qt.io/official_releases/qt/" in text
    assert dialog.about_qt.text() == "About Qt"


def test_versions_of_the_libraries_are_the_installed_ones() -> None:
    from PySide6.QtCore import qVersion

    page = licences_html()
    assert f"Qt 6</b> {qVersion()}" in page
    assert f"Babel</b> {version('babel')}" in page
    assert "unknown" not in page


def test_help_menu_opens_the_dialog(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Help" in menus
    window.about_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, AboutDialog) and w.isVisible() for w in window.children()))
