"""``coretime``: starts the desktop app; ``coretime --smoke`` paints the first frame and exits 0."""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.systemzone import system_zone

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.single_instance import Claim

STARTED = time.perf_counter()


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="coretime", description="Coretime: meetings across time zones.")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, paint the first frame of the main window, and exit 0 (uses a throw-away profile folder)",
    )
    parser.add_argument("--dark", action="store_true", help="use a dark colour scheme (Fusion style)")
    parser.add_argument("--data", metavar="DIR", help="keep profiles and settings in DIR")
    parser.add_argument(
        "--tray", action="store_true", help="start into the tray, without the window (as at login)"
    )
    parser.add_argument("--version", action=_VersionAction)
    return parser.parse_args(argv)


def _login_command(args: argparse.Namespace) -> list[str]:
    """What the autostart entry runs: this bundle, or the installed ``coretime``, or this Python running
    Coretime from its source; with this start's data folder, into the tray."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    elif shutil.which("coretime"):
        command = ["coretime"]
    else:
        command = [sys.executable, "-m", "ui.main"]
    if args.data:
        command += ["--data", str(Path(args.data).resolve())]
    return [*command, "--tray"]


class _VersionAction(argparse.Action):
    """``--version``, reading the package metadata only when asked: it costs start-up time otherwise."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from app.about import version  # noqa: PLC0415

        sys.stdout.write(f"coretime {version()}\n")
        parser.exit()


def system_zone_name() -> str:
    """The system's IANA zone, the one default taken from the machine (DESIGN.md, "Time rules"): from
    the files the C library reads, else from Qt, which also knows Windows' own settings. A ``TZ`` that
    names no zone is returned as it is, for the first launch to say so."""
    found = system_zone(os.environ)
    if found is not None:
        return found
    tz = os.environ.get("TZ", "").strip()
    if tz:
        # A TZ that names no zone (a POSIX rule, a typo) is what the machine says: passed on, so a first
        # launch tells the user it could not be used, rather than Qt's guess (often UTC) passing silently.
        return tz
    from PySide6.QtCore import QTimeZone  # noqa: PLC0415

    return bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"


def data_folder(text: str) -> Path:
    """The folder ``--data`` names, made (0700) if it is missing; :class:`ValueError` saying what is wrong
    when it cannot be used: empty, not a folder, or impossible to make."""
    if not text.strip():
        raise ValueError("--data needs a folder; it was empty")
    folder = Path(text)
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"--data {text}: not a folder")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise ValueError(f"--data {text}: the folder cannot be made ({error.strerror or error})") from None
    return folder


def bad_data_dialog(problem: str) -> QMessageBox:
    """The dialog a start with an unusable ``--data`` shows before it exits."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    return QMessageBox(
        QMessageBox.Icon.Critical,
        "Coretime",
        QCoreApplication.translate("Startup", "Coretime cannot keep its files there: {problem}").format(
            problem=problem
        ),
        QMessageBox.StandardButton.Close,
    )


def _claim(folder: Path, *, show: bool) -> tuple[Claim | None, int | None]:
    """Become ``folder``'s one writer: the claim, or the exit code when this start must leave (another
    Coretime has the folder, or it cannot be made or locked). A fresh throw-away folder skips this."""
    from ui.single_instance import claim_folder  # noqa: PLC0415

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        claim = claim_folder(folder)
    except OSError as error:  # a folder that cannot be made or locked: tell, and keep nothing there
        print(f"coretime: {folder}: {error.strerror or error}", file=sys.stderr)
        if show:
            bad_data_dialog(f"{folder}: {error.strerror or error}").exec()
        return None, 2
    if not claim.may_start:
        return None, _second_start(claim.handed_over, claim.holder, folder, show=show)
    return claim, None


def _second_start(handed_over: bool, holder: str, folder: Path, *, show: bool) -> int:
    """A start on a folder another Coretime writes to: 0 when that one came to the front, else 1 with a
    clear message (and a dialog unless ``show`` is false)."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    if handed_over:
        print(f"coretime: already open on {folder}; that window was brought to the front", file=sys.stderr)
        return 0
    print(f"coretime: {folder} is in use by another Coretime (process {holder}), which did not answer",
          file=sys.stderr)  # fmt: skip
    if show:
        QMessageBox(
            QMessageBox.Icon.Warning,
            "Coretime",
            QCoreApplication.translate(
                "Startup",
                "Another Coretime (process {holder}) is using {folder} and does not answer. Close it, or "
                "start Coretime with --data on another folder.",
            ).format(holder=holder, folder=str(folder)),
            QMessageBox.StandardButton.Close,
        ).exec()
    return 1


def _set_icon(app: QApplication) -> None:
    from ui.app_icon import app_icon  # noqa: PLC0415 - QIcon's Python type costs the first frame 1 ms

    app.setWindowIcon(app_icon())


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes objects that live as long as the app (modules, classes, PySide6's enum types for
    # every Qt class the window uses) and next to no garbage, yet Python's cyclic collector would walk
    # them some 60 times before the first frame: about 5 ms of the start. It is paused until the window
    # is built (the bundle pauses it before PySide6 loads: packaging/pyi_rth_coretime_gc.py), then what
    # start-up made is frozen out of every later pass. Reference counting frees other objects meanwhile.
    gc.disable()
    # What Coretime creates (the log and its folders, settings, a new data folder) is its user's alone.
    os.umask(0o077)
    # The domain before Qt: once PySide6.QtCore is loaded, it reads the source of every module imported
    # after it (looking for "PySide6", for its __feature__ switches), which costs each pure-Python module
    # the first frame needs a file read. The ui modules need Qt and pay it anyway. (The window lists the
    # templates' languages right after the first frame.)
    from app import templates, timeline  # noqa: F401, PLC0415
    from app.about import APP_ID  # noqa: PLC0415
    from app.profiles import ProfileStore  # noqa: PLC0415
    from ui.logging_setup import LogSession, default_log_folder, ensure_streams  # noqa: PLC0415

    ensure_streams()
    args = _parse(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QLocale, QSettings, QStandardPaths, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from ui.i18n import install_translators, interface_locale, language_choice  # noqa: PLC0415
    from ui.main_window import MainWindow  # noqa: PLC0415
    from ui.palette import dark_palette  # noqa: PLC0415

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Coretime")
    app.setApplicationName("Coretime")
    app.setApplicationDisplayName("Coretime")
    # The .desktop file's name: Wayland's app id and the menu entry the window belongs to. X11's
    # WM_CLASS comes from the application name, matching the entry's StartupWMClass=Coretime.
    app.setDesktopFileName(APP_ID)
    if args.dark or os.environ.get("CORETIME_DARK") == "1":
        from ui.dark_style import DarkStyle  # noqa: PLC0415 - only for the dark scheme

        app.setStyle(DarkStyle())
        app.setPalette(dark_palette())

    try:
        chosen = None if args.data is None else data_folder(args.data)
    except ValueError as error:
        print(f"coretime: {error}", file=sys.stderr)
        if not args.smoke:
            install_translators(app, interface_locale(language_choice(QSettings()), QLocale.system()))
            bad_data_dialog(str(error)).exec()
        return 2
    scratch = tempfile.TemporaryDirectory(prefix="coretime-smoke-") if args.smoke and not chosen else None
    folder = Path(scratch.name) if scratch else chosen
    if folder is not None:
        store = ProfileStore(folder / "profiles.json")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    else:
        data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        store = ProfileStore(Path(data) / "profiles.json")
        settings = QSettings()
    log = LogSession(folder / "logs" if folder is not None else default_log_folder())
    claim, refused = (None, None) if scratch else _claim(store.path.parent, show=not args.smoke)
    if refused is not None:
        log.close()
        return refused

    # The system's language, or the one chosen in the Language menu; its locale also writes the
    # freelancer's dates and clocks, and is Qt's default for anything made without a parent.
    locale = interface_locale(language_choice(settings), QLocale.system())
    QLocale.setDefault(locale)
    install_translators(app, locale)

    def clock() -> datetime:
        return datetime.now(UTC)

    from app.autostart import config_home  # noqa: PLC0415

    window = MainWindow(
        store=store,
        settings=settings,
        clock=clock,
        clipboard=app.clipboard(),
        system_zone=system_zone_name(),
        locale=locale,
        # XDG autostart: Linux and the BSDs; elsewhere the tray offers no start at login yet.
        login=None
        if scratch or sys.platform in {"win32", "darwin"}
        else (config_home(os.environ, Path.home()), _login_command(args)),
    )
    if log.problem:
        window.tell_log_problem(log.problem)
    if claim is not None and claim.lock is not None:
        from ui.single_instance import RaiseRequests  # noqa: PLC0415

        RaiseRequests(store.path.parent, window).requested.connect(window.bring_to_front)
    # The icon's SVG engine loads after the first frame: the window is on screen a few ms sooner, and the
    # icon follows before anyone could look for it.
    window.ready.connect(lambda: _set_icon(app))
    if args.smoke:
        painted: list[float] = []
        painted_at: list[float] = []

        def first_frame() -> None:
            if not painted:
                painted.append(time.perf_counter())
                painted_at.append(time.time())
                # Leave as soon as control is back in the event loop: the rest of the window finishes
                # this frame first, and what loads after the first frame (holidays, ranking, the
                # proposal text) is not part of a start-up. (exit, not quit: quit first asks the window
                # to close, which a window holding changes it could not save declines.)
                app.exit(0)

        window.timeline.painted.connect(first_frame)
        QTimer.singleShot(10_000, lambda: app.exit(1))
    (window.start_in_tray if args.tray and not args.smoke else window.show)()
    gc.freeze()
    gc.enable()
    code = app.exec()
    if args.smoke:
        if not painted:
            print("coretime --smoke: no frame was painted within 10 s", file=sys.stderr)
            return 1
        # The wall-clock instant lets a caller time the whole start, from exec to frame (check-bundle.sh).
        print(
            f"first frame after {(painted[0] - STARTED) * 1000:.0f} ms (at {painted_at[0]:.3f})",
            file=sys.stderr,
        )
        window.close()
    log.close()
    if scratch is not None:
        scratch.cleanup()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
