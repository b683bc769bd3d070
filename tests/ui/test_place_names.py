"""Places are named the way the interface's language names them (CLDR), once the first frame is out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.profiles import ProfileStore
from ui.main_window import MainWindow
from ui.people_list import ID_ROLE
from ui.wall_text import city_text, place_text

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
JAPANESE = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
Factory = Callable[..., MainWindow]


def test_cldr_names_places_in_the_interfaces_language() -> None:
    assert city_text("America/New_York", JAPANESE) == "ニューヨーク"
    assert city_text("Asia/Tokyo", JAPANESE) == "東京"
    assert city_text("Asia/Ho_Chi_Minh", ENGLISH) == "Ho Chi Minh City"
    assert city_text("America/Sao_Paulo", ENGLISH) == "São Paulo"
    assert place_text("America/Sao_Paulo") == "Sao Paulo", "the zone id's own name, for the first frame"


def test_a_zone_without_a_city_keeps_its_ids_name() -> None:
    assert city_text("UTC", JAPANESE) == "UTC"
    assert city_text("Not/A_Zone", JAPANESE) == "A Zone"


def test_the_window_names_places_in_japanese_once_ready(make_window: Factory) -> None:
    window = make_window(locale=JAPANESE)
    assert window.is_ready()
    people = window.people
    client = people.list.item(1)
    assert "ニューヨーク" in client.text()
    assert "ニューヨーク" in window.timeline.clocks()

    def shown() -> list[str]:
        return [str(people.list.item(row).data(ID_ROLE)) for row in range(people.list.count())]

    # The zone id's name still finds the client.
    new_york = str(client.data(ID_ROLE))
    people.filter.setText("New York")
    assert new_york in shown()
    people.filter.setText("ニューヨーク")
    assert new_york in shown()
    people.filter.setText("Berlin")
    assert new_york not in shown()


def test_the_first_frame_names_places_by_zone_id(qtbot: QtBot, tmp_path: Path) -> None:
    """Before Babel loads (after the first frame), the list and the axis use the zone id's name."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow(
        store=ProfileStore(tmp_path / "profiles.json"),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        clock=lambda: datetime(2026, 3, 2, 12, tzinfo=UTC),
        clipboard=app.clipboard(),
        system_zone="Asia/Tokyo",
        locale=JAPANESE,
    )
    qtbot.addWidget(window)
    assert not window.is_ready()
    assert "New York" in window.people.list.item(1).text()
    assert "New York" in window.timeline.clocks()
