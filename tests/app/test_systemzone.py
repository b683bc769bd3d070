"""The machine's zone, from TZ, the /etc/localtime link or /etc/timezone, in the C library's order."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.systemzone import system_zone


@pytest.fixture
def etc(tmp_path: Path) -> Path:
    zoneinfo = tmp_path / "usr" / "share" / "zoneinfo"
    for key in ("Asia/Tokyo", "America/New_York", "posix/Europe/Berlin"):
        (zoneinfo / key).parent.mkdir(parents=True, exist_ok=True)
        (zoneinfo / key).write_bytes(b"TZif")
    (tmp_path / "etc").mkdir()
    return tmp_path


def test_the_localtime_link_names_the_zone(etc: Path) -> None:
    link = etc / "etc" / "localtime"
    link.symlink_to(etc / "usr" / "share" / "zoneinfo" / "Asia" / "Tokyo")
    assert system_zone({}, link, etc / "etc" / "timezone") == "Asia/Tokyo"


def test_a_relative_link_and_the_posix_variant_folder(etc: Path) -> None:
    link = etc / "etc" / "localtime"
    link.symlink_to("../usr/share/zoneinfo/posix/Europe/Berlin")
    assert system_zone({}, link, etc / "etc" / "timezone") == "Europe/Berlin"


def test_tz_wins_over_the_files(etc: Path) -> None:
    link = etc / "etc" / "localtime"
    link.symlink_to(etc / "usr" / "share" / "zoneinfo" / "Asia" / "Tokyo")
    files = (link, etc / "etc" / "timezone")
    assert system_zone({"TZ": "America/Sao_Paulo"}, *files) == "America/Sao_Paulo"
    assert system_zone({"TZ": ":Europe/Paris"}, *files) == "Europe/Paris"
    assert system_zone({"TZ": "/usr/share/zoneinfo/Australia/Lord_Howe"}, *files) == "Australia/Lord_Howe"
    assert system_zone({"TZ": "  "}, *files) == "Asia/Tokyo", "a blank TZ is no TZ"


def test_a_tz_that_names_no_zone_leaves_the_answer_to_the_platform(etc: Path) -> None:
    link = etc / "etc" / "localtime"
    link.symlink_to(etc / "usr" / "share" / "zoneinfo" / "Asia" / "Tokyo")
    assert system_zone({"TZ": "EST5EDT,M3.2.0,M11.1.0"}, link, etc / "etc" / "timezone") is None
    assert system_zone({"TZ": "Mars/Olympus_Mons"}, link, etc / "etc" / "timezone") is None


def test_a_copied_localtime_falls_back_to_etc_timezone(etc: Path) -> None:
    copy = etc / "etc" / "localtime"
    copy.write_bytes(b"TZif")
    named = etc / "etc" / "timezone"
    named.write_text("America/New_York\n", encoding="utf-8")
    assert system_zone({}, copy, named) == "America/New_York"


def test_nothing_readable_gives_none(etc: Path) -> None:
    missing = etc / "etc" / "nothing"
    assert system_zone({}, missing, missing) is None
    odd = etc / "etc" / "timezone"
    odd.write_text("not a zone\n", encoding="utf-8")
    assert system_zone({}, missing, odd) is None
    (etc / "etc" / "localtime").symlink_to("/nowhere/at/all")
    assert system_zone({}, etc / "etc" / "localtime", missing) is None


def test_the_app_passes_on_a_tz_that_names_no_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.main import system_zone_name

    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    assert system_zone_name() == "EST5EDT,M3.2.0,M11.1.0"
