"""Coretime's benchmarks: prints a table of medians. Not part of the test suite; run ``make bench``."""

from __future__ import annotations

import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.hours import parse_hours
from app.intervals import Interval
from app.overlap import day_range, shared_windows
from app.people import Person
from app.ranking import rank_options
from app.zones import load_zone

TEN_PEOPLE = [
    ("Asia/Tokyo", "mon-fri 07:00-09:00 20:00-24:00; sat 09:00-12:00"),
    ("America/New_York", "mon-fri 09:00-17:00"),
    ("Europe/Berlin", "mon-fri 09:00-18:00"),
    ("America/Los_Angeles", "mon-fri 08:00-16:00"),
    ("Australia/Lord_Howe", "daily 06:00-23:00"),
    ("Asia/Kathmandu", "sun-fri 10:00-22:00"),
    ("Pacific/Chatham", "daily 05:00-02:00"),
    ("Europe/London", "mon-sat 08:00-20:00"),
    ("America/Sao_Paulo", "mon-fri 08:00-12:00 13:00-22:00"),
    ("UTC", "daily 00:00-24:00"),
]


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def overlap_year() -> object:
    people = [Person(z, load_zone(z), parse_hours(h)) for z, h in TEN_PEOPLE]
    span = day_range(date(2026, 1, 1), 366, people[0].zone)
    return shared_windows(people, span.start, span.end)


def ics_holds() -> object:
    from app.ics import holds_calendar

    start = datetime(2026, 3, 10, 13, tzinfo=UTC)
    options = [Interval(start + timedelta(days=d), start + timedelta(days=d, minutes=45)) for d in range(3)]
    return holds_calendar(options, title="Call with Ana — 日本語", description="Agenda", now=start)


def ics_series() -> object:
    from app.ics import Meeting, Weekly, series_calendar

    zone = load_zone("America/New_York")
    meeting = Meeting(datetime(2026, 3, 10, 9, tzinfo=zone), timedelta(minutes=45), "Weekly call")
    return series_calendar(
        meeting=meeting, weekly=Weekly(zone, count=52), now=datetime(2026, 3, 1, tzinfo=UTC)
    )


def rank_year(people_count: int, holidays: bool) -> Callable[[], object]:
    codes = ["JP", "US", "DE-BY", "US", None, "NP", "NZ", "GB", "BR", None]
    people = [
        Person(z, load_zone(z), parse_hours(h), codes[i] if holidays else None)
        for i, (z, h) in enumerate(TEN_PEOPLE[:people_count])
    ]
    span = day_range(date(2026, 1, 1), 366, people[0].zone)

    def work() -> object:
        return rank_options(
            people, client=people[1], start=span.start, end=span.end, duration=timedelta(minutes=30),
            now=datetime(2025, 12, 31, tzinfo=UTC),
        )  # fmt: skip

    return work


BARE_WINDOW = """
import sys, time
began = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
class Painted(QWidget):
    def paintEvent(self, event):
        QTimer.singleShot(0, QApplication.instance().quit)
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(Painted())
window.show()
app.exec()
"""


def start_ms(argv: list[str]) -> tuple[float, str]:
    """Wall time of a fresh process from exec to exit, the way a user waits for it, and its stderr."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    began = time.perf_counter()
    done = subprocess.run(argv, check=True, capture_output=True, env=env, timeout=60, text=True)
    return (time.perf_counter() - began) * 1000, done.stderr


def startup_rows() -> list[tuple[str, float, str]]:
    bare = statistics.median(start_ms([sys.executable, "-c", BARE_WINDOW])[0] for _ in range(5))
    runs = [start_ms([sys.executable, "-m", "ui.main", "--smoke"]) for _ in range(5)]
    whole = statistics.median(ms for ms, _ in runs)
    # The smoke start reports when its first frame was painted, counted from the start of ui.main.
    first = statistics.median(
        float(re.search(r"first frame after (\d+) ms", err).group(1)) for _, err in runs
    )  # type: ignore[union-attr]
    return [
        ("bare PySide6 QMainWindow, process", bare, "baseline"),
        ("coretime --smoke, first frame", first, f"{first / bare:.2f}× baseline, ≤ 2×"),
        ("coretime --smoke, process (+ proposal)", whole, f"{whole / bare:.2f}× baseline"),
    ]


def repaint_rows() -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.profiles import ProfileStore
    from app.timeline import ViewMode
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(
            store=ProfileStore(Path(folder) / "profiles.json"),
            settings=QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat),
            clock=lambda: datetime(2026, 3, 9, 3, tzinfo=UTC),
            clipboard=app.clipboard(),  # type: ignore[attr-defined]
            system_zone="Asia/Tokyo",
        )
        window.show()
        for mode in (ViewMode.DAY, ViewMode.WEEK):
            window.set_mode(mode)
            window.timeline.setFixedSize(1920, 1080)
            app.processEvents()  # type: ignore[attr-defined]
            times = []
            for _ in range(30):
                window.timeline.repaint()
                times.append(window.timeline.last_paint_ms)
            rows.append(
                (f"timeline repaint 1920×1080, {mode.name.lower()}", statistics.median(times), "≤ 16 ms")
            )
        window.close()
    return rows


def main() -> None:
    rows = [
        ("overlap, 10 people, 366 days", median_ms(overlap_year, 30), "≤ 20 ms"),
        ("ics build, 3 options", median_ms(ics_holds, 200), "≤ 10 ms"),
        ("ics build, weekly series, 52 weeks", median_ms(ics_series, 100), "≤ 20 ms"),
        # Ten people share no time at all, so this is the least-bad search over every round start.
        ("rank 3, 10 people, 366 days, none fit", median_ms(rank_year(10, holidays=True), 10), "≤ 250 ms"),
        ("rank 3, 2 people, 366 days", median_ms(rank_year(2, holidays=True), 10), "≤ 100 ms"),
    ]
    rows += startup_rows()
    rows += repaint_rows()
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    print(f"{'benchmark':<40} {'median':>10}  target")
    for name, value, target in rows:
        print(f"{name:<40} {value:>7.2f} ms  {target}")


if __name__ == "__main__":
    main()
