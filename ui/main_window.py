"""The main window: the people on the left, the timeline in the middle, the proposal under it.

All connections between the widgets are made in :meth:`MainWindow._connect`, in one place.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QClipboard, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.intervals import Interval, seconds
from app.people import Person
from app.person_cache import PersonCache
from app.profiles import (
    FIRST_PAGE,
    ChangedElsewhere,
    Profile,
    ProfileStore,
    Resolve,
    Samples,
    merge,
    new_id,
)
from app.timeline import ViewMode, day_window_start, step_anchor, timeline_facts, today, view_span
from app.zones import load_zone
from ui.app_messages import error_text, message_text
from ui.bookings import Bookings
from ui.i18n import SETTING, SHIPPED, SYSTEM, interface_locale, language_choice, language_name
from ui.notice_bar import NoticeBar
from ui.people_list import PeopleList
from ui.timeline_view import TimelineView
from ui.wall_text import city_text, clock_text, dated_text, place_text

if TYPE_CHECKING:
    # The dialogs' Python types (each with its enums) are made when first used, not for the first frame.
    from PySide6.QtWidgets import QMessageBox

    from app.calendar_sources import CalendarSource, SourceState
    from app.checkin import CheckinPlan
    from app.convert import Conversion
    from app.meetings import BookedMeeting
    from app.profiles import Loading
    from app.proposal_state import Concern, ProposalState
    from app.ranking import Option  # loads after the first frame, with the rest of the ranking
    from app.reminders import Meeting as ReminderMeeting
    from app.rhythm import ClientStatus
    from ui.calendar_reader import CalendarReader
    from ui.calendars_dialog import CalendarsDialog
    from ui.checkin_panel import CheckinPanel  # the panels under the timeline load after the first frame
    from ui.client_tabs import ClientTabs
    from ui.deadline_panel import DeadlinePanel
    from ui.legend_dialog import LegendDialog
    from ui.minute_ticker import MinuteTicker
    from ui.notifications_dialog import NotificationsDialog
    from ui.notifier import Notifier, SessionBus
    from ui.option_list import OptionRow
    from ui.person_dialog import PersonDialog  # loads when first opened: the first frame has no dialog
    from ui.proposal_panel import ProposalPanel, ProposalSettings
    from ui.reminder_clock import ReminderClock
    from ui.tray import TrayIcon
    from ui.welcome_dialog import Welcome, WelcomeDialog

SavePathChooser = Callable[[QWidget, str], str | None]
SeriesLength = tuple[int, date | None]
"""How long a weekly series runs: a number of meetings, or (when the date is given) until that day."""
SeriesLengthChooser = Callable[[QWidget, date], SeriesLength | None]
FileChooser = Callable[[QWidget], str | None]
WEEKLY_COUNT = 12
"""A weekly series runs for twelve meetings: a quarter, easy to extend or cut from any calendar."""
PLANNING_HORIZON = timedelta(days=14)
"""How far past now the suggested options may lie, whatever the view shows."""
SAVE_RETRY_MS = 30_000
"""How long after a failed save it is tried again (a full disk freed, a folder back online)."""
log = logging.getLogger("coretime.window")


def ask_series_length(parent: QWidget, first: date) -> SeriesLength | None:
    """Ask how long a weekly series starting on ``first`` runs (twelve meetings unless changed)."""
    from ui.series_dialog import SeriesDialog  # noqa: PLC0415 - only when asked for

    dialog = SeriesDialog(first, WEEKLY_COUNT, parent)
    if dialog.exec() != SeriesDialog.DialogCode.Accepted:
        return None
    return dialog.length()


def _save_dialog(parent: QWidget, title: str, suggested: str, kinds: str) -> str | None:
    """The platform's save dialog; ``None`` when cancelled."""
    from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    return path or None


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """The platform's save dialog, for a calendar file."""
    return _save_dialog(
        parent,
        QCoreApplication.translate("MainWindow", "Export calendar file"),
        suggested,
        QCoreApplication.translate("MainWindow", "Calendar (*.ics)"),
    )


def ask_people_path(parent: QWidget, suggested: str) -> str | None:
    """The platform's save dialog, for a copy of the people file."""
    return _save_dialog(
        parent,
        QCoreApplication.translate("MainWindow", "Save your people to another file"),
        suggested,
        QCoreApplication.translate("MainWindow", "Coretime people (*.json)"),
    )


class MainWindow(QMainWindow):
    """Coretime's window. Everything that varies is passed in: the profile store, the settings,
    the clock, the clipboard, the system's zone (for a first launch), how to ask for a file name, and the
    interface locale (which also writes the freelancer's dates and clocks; Qt's default when not given).

    The first frame shows the people and the timeline; the panels under the timeline (the proposal, the
    check-in, the deadline), the minute ticker, and the holidays, ranking and proposal text come right
    after it, in the next turn of the event loop (DESIGN.md: "what is not needed for the first frame
    loads after it"). Until then their attributes do not exist.

    Signals:
        ready(): emitted once, when everything after the first frame is in place.
    """

    ready = Signal()
    proposal: ProposalPanel
    checkin: CheckinPanel
    deadline: DeadlinePanel
    tabs: ClientTabs
    minute: MinuteTicker
    notifier: Notifier
    reminder_clock: ReminderClock
    tray: TrayIcon
    copy_action: QAction
    export_action: QAction
    calendar_reader: CalendarReader
    calendar_timer: QTimer

    def __init__(
        self,
        *,
        store: ProfileStore,
        settings: QSettings,
        clock: Callable[[], datetime],
        clipboard: QClipboard,
        system_zone: str,
        choose_save_path: SavePathChooser = ask_save_path,
        choose_series_length: SeriesLengthChooser = ask_series_length,
        choose_calendar_file: FileChooser | None = None,
        first_run_welcome: bool = True,
        locale: QLocale | None = None,
        notification_bus: SessionBus | None = None,
        login: tuple[Path, Sequence[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._notification_bus = notification_bus  # None: the desktop's session bus
        self._login = login  # the config folder the autostart entry goes in, and the command it runs
        self._quitting = False
        if locale is not None:
            # Children, and the dialogs opened on this window, inherit it.
            self.setLocale(locale)
        self._store = store
        self._settings = settings
        self._clock = clock
        self._choose_save_path = choose_save_path
        self._choose_series_length = choose_series_length
        self._choose_calendar_file = choose_calendar_file  # None: the desktop's file dialog
        self._calendar_states: tuple[SourceState, ...] = ()
        self.calendars_dialog: CalendarsDialog | None = None
        self._state: ProposalState | None = None
        self._convert_key: tuple[Profile, Person] | None = None  # whom the Convert box reads for
        self._export: tuple[str, int, str] | None = None  # the UID, SEQUENCE and look of the file being made
        self.dialog: PersonDialog | None = None
        self.confirm: QMessageBox | None = None
        self.legend: LegendDialog | None = None
        self.notifications: NotificationsDialog | None = None
        self._options: list[Option] = []
        self._problems: list[str] = []
        self._facts_people: list[Person] = []
        self._panels_built = False
        # How the axis and the list name a zone's place: the zone id's name in the first frame, CLDR's
        # in the interface's language once Babel has loaded after it (_after_frame).
        self._place: Callable[[str], str] = place_text
        self._ready = False
        self.setWindowTitle("Coretime")
        self.setAccessibleName("Coretime")

        self.notices = NoticeBar(self)
        # The first frame reads the clients it can show (a screenful, and the ones selected last time);
        # ten thousand more are read right after it (_finish_load).
        self._loading: Loading | None = store.begin_load(
            system_zone=system_zone,
            now=clock(),
            samples=self._samples(),
            first=FIRST_PAGE,
            wanted=self._saved_selection(),
        )
        loaded = self._loading.first
        self._profiles: list[Profile] = list(loaded.profiles)
        # Each person worked out once: an add or an edit works out the one that changed.
        self._persons = PersonCache()
        # The people and meetings the reminders were last planned for (planned again when they change).
        self._reminders_for: tuple[list[Profile], list[ReminderMeeting], date] | None = None
        self.bookings = Bookings(
            loaded.meetings,
            settings=settings,
            clock=clock,
            choose_save_path=lambda parent, name: self._choose_save_path(parent, name),  # noqa: PLW0108 - as set now
            people_of=self._meeting_people,
            parent=self,
        )
        self._save_problem = ""
        self._quit_unsaved = False
        self.quit_question: QMessageBox | None = None
        self.conflict_question: QMessageBox | None = None
        self.cancel_question: QMessageBox | None = None
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(SAVE_RETRY_MS)
        self.retry_timer.timeout.connect(self._retry_save)
        self.choose_people_path: SavePathChooser = ask_people_path
        # A first launch's samples, or a migrated or repaired file, are saved right after the first frame
        # (or when the window closes, should that come first): the window does not wait for the disk.
        self._unsaved = loaded.needs_save
        # A first launch asks who and where the freelancer is, right after the window is ready.
        self._welcome_due = first_run_welcome and loaded.first_launch
        self.welcome: WelcomeDialog | None = None
        self._load_notices = [message_text(notice) for notice in loaded.notices]
        me_zone = load_zone(self._me.zone or "UTC")
        self._mode = ViewMode.DAY if settings.value("view/mode", "week") == "day" else ViewMode.WEEK
        self._anchor: date = today(clock(), me_zone)
        self._day_start: int | None = None  # the day view's first hour; None: placed around the shared time
        self._selected: list[str] = self._restore_selection()
        self._first_selection = list(self._selected)

        self.people = PeopleList(self)
        self.timeline = TimelineView(clock, self)
        self._clipboard = clipboard
        self.range_label = QLabel(self)
        self.range_label.setAccessibleName(self.tr("Shown range"))
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.center_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.center_splitter.addWidget(self.timeline)
        # The panels' place until they are built, after the first frame: the splitter's sizes (and a
        # restored state) apply to it, and the panels take them over.
        self.center_splitter.addWidget(QWidget(self))
        self.center_splitter.setStretchFactor(0, 3)
        self.center_splitter.setStretchFactor(1, 2)
        self.main_splitter.addWidget(self.people)
        self.main_splitter.addWidget(self.center_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([300, 940])  # wide enough for the clients' status lines
        self.center_splitter.setSizes([480, 300])
        self.main_splitter.setObjectName("main_splitter")
        self.center_splitter.setObjectName("center_splitter")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.notices)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self._make_actions()
        self._restore_settings()  # before the connections: restoring is not a change to react to
        self._connect()
        self.notices.show_notices(self._load_notices)
        self.people.set_profiles(self._profiles, self._selected)
        # The first frame needs only the hours; the panels, ranking, holidays and the proposal text (which
        # load Babel and the holidays package) follow right after it.
        self._refresh(details=False)
        self.timeline.painted.connect(self._first_frame_painted)

    def _build_panels(self) -> None:
        """The panels under the timeline, their actions, settings and connections: right after the first
        frame, which does not show them."""
        from ui.checkin_panel import CheckinPanel  # noqa: PLC0415
        from ui.client_tabs import ClientTabs  # noqa: PLC0415
        from ui.deadline_panel import DeadlinePanel  # noqa: PLC0415
        from ui.minute_ticker import MinuteTicker  # noqa: PLC0415
        from ui.proposal_panel import ProposalPanel  # noqa: PLC0415
        from ui.upcoming_panel import UpcomingPanel  # noqa: PLC0415

        languages = self._languages()
        self.proposal = ProposalPanel(self._clipboard, languages, self)
        self.checkin = CheckinPanel(self._clock, self._choose_save_path, self)
        self.deadline = DeadlinePanel(self._clipboard, self._clock, languages, self)
        self.deadline.busy_between = self._busy_between
        self.upcoming = UpcomingPanel(lambda key: self._place(key), self)  # noqa: PLW0108 - CLDR's, once loaded
        self.tabs = ClientTabs(
            [
                (self.proposal, self.tr("Proposal"), self.proposal.duration),
                (self.checkin, self.tr("Daily check-in"), self.checkin.export_button),
                (self.deadline, self.tr("Deadline"), self.deadline.date),
                (self.upcoming, self.tr("Upcoming"), self.upcoming),
            ],
            self,
        )
        stand_in = self.center_splitter.replaceWidget(1, self.tabs)
        if stand_in is not None:
            stand_in.deleteLater()
        self.minute = MinuteTicker(self._clock, self)
        self._build_reminders()
        # A greeting name is saved once typing pauses (or when the window closes), not per key.
        self._greeting_save = QTimer(self)
        self._greeting_save.setSingleShot(True)
        self._greeting_save.setInterval(800)
        self._restore_proposal_settings()  # before the connections: restoring is not a change to react to
        self._build_calendars()
        self._connect_panels()
        self.minute.watch(self)
        self._set_tab_order()
        self._panels_built = True

    # --- profiles ------------------------------------------------------------------------------
    @property
    def _me(self) -> Profile:
        return self._profiles[0]

    def profiles(self) -> tuple[Profile, ...]:
        self._finish_load()
        return tuple(self._profiles)

    def _finish_load(self) -> None:
        """The clients the first frame did not read (see ``__init__``): right after it, and before
        anything is saved. Whatever changed in the window meanwhile is kept (merged by person onto all
        the clients); a selection restored from last time is restored again among all of them."""
        if self._loading is None:
            return
        loading, self._loading = self._loading, None
        if loading.finished and loading.finish() is loading.first:
            return  # everything was read for the first frame
        loaded = loading.finish()
        untouched = self._selected == self._first_selection
        self._profiles, _ = merge(loading.first.profiles, self._profiles, loaded.profiles, resolve="mine")
        self._unsaved = self._unsaved or loaded.needs_save
        if loaded.notices:
            self._load_notices = [message_text(notice) for notice in loaded.notices]
            self.notices.show_notices(self._load_notices)
        known = {p.id for p in self._profiles}
        selected = self._restore_selection() if untouched else [i for i in self._selected if i in known]
        changed = selected != self._selected
        self._selected = selected
        self.people.set_profiles(self._profiles, self._selected)
        if changed:
            self._refresh(details=self._panels_built)

    def _clients(self) -> list[Profile]:
        selected = set(self._selected)
        return [p for p in self._profiles if p.id in selected and not p.is_me]

    def _saved_selection(self) -> list[str]:
        """The ids of the clients selected when the window last closed."""
        saved = self._settings.value("view/selected", [])
        # An ini file gives back a one-element list as a plain string.
        return (
            [saved] if isinstance(saved, str) else [str(i) for i in saved] if isinstance(saved, list) else []
        )

    def _restore_selection(self) -> list[str]:
        ids = self._saved_selection()
        known = [p.id for p in self._profiles if not p.is_me]
        chosen = [i for i in ids if i in known]
        return chosen or known[:1]

    def _save(self, resolve: Resolve | None = None) -> None:
        self._finish_load()  # the store saves the whole list, never the first frame's part of it
        # A full disk or a folder gone read-only must not take the window down: the people stay in
        # memory, the user is told why they are not on disk, and the save is tried again (at the next
        # change, on the retry timer, and when the window closes) until it succeeds. Changes made to the
        # file elsewhere are merged in by the store; people changed on both sides are the user's call.
        self._unsaved = True
        try:
            meetings = self.bookings.meetings()
            saved = (
                self._store.save(self._profiles, meetings=meetings)
                if resolve is None
                else self._store.save(self._profiles, meetings=meetings, resolve=resolve)
            )
        except ChangedElsewhere as conflict:
            self._ask_which_to_keep(conflict.names)
            return
        except OSError as error:
            reason = error.strerror or error_text(error)
            retrying = bool(self._save_problem)
            log.log(
                logging.WARNING,
                "%s %s: %s",
                "save failed again" if retrying else "save failed",
                self._store.path,
                reason,
            )
            previous = self._save_problem
            self._save_problem = self.tr(
                "Your changes could not be saved ({reason}); they are kept in this window, and Coretime "
                "tries again every {seconds} seconds and when you quit."
            ).format(reason=reason, seconds=self.retry_timer.interval() // 1000)
            self._replace_notice(previous, self._save_problem)
            self.retry_timer.start()
            return
        self._unsaved = False
        self.retry_timer.stop()
        told = saved.notices
        if saved.meetings is not None:
            self.bookings.take_in(saved.meetings)
            if saved.merged is None and self._panels_built:
                self._refresh_details()
        if saved.merged is not None:
            self._take_in(saved.merged)
        for notice in told:
            log.log(logging.WARNING, "%s", notice.english())
        if self._save_problem:
            log.info("saved %s after an earlier failure", self._store.path)
            solved, self._save_problem = self._save_problem, ""
            self._replace_notice(solved, None)
        if told:
            self._replace_notice(None, "\n".join(message_text(notice) for notice in told))

    def _take_in(self, merged: tuple[Profile, ...]) -> None:
        """Show the people as saved after changes made to the file elsewhere were merged in."""
        self._profiles = list(merged)
        known = [p.id for p in self._profiles if not p.is_me]
        self._selected = [i for i in self._selected if i in known] or known[:1]
        self.people.set_profiles(self._profiles, self._selected)
        self._refresh()

    def _ask_which_to_keep(self, names: tuple[str, ...]) -> None:
        """People were changed both in this window and in the file (elsewhere): the user picks the side."""
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        if self.conflict_question is not None:
            return
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Changed in two places"),
            self.tr(
                "Your people file was changed outside this window (by another Coretime, the command line or "
                "a synced copy), and these people were changed in both: {names}. Everything else is merged. "
                "Which version of them do you keep?"
            ).format(names=", ".join(names)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        mine = question.addButton(self.tr("Keep this window's"), QMessageBox.ButtonRole.AcceptRole)
        question.addButton(self.tr("Take the file's"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(mine)
        self.conflict_question = question

        def answered() -> None:
            keep_mine = question.clickedButton() is mine
            question.deleteLater()
            self.conflict_question = None
            log.log(logging.WARNING, "conflicting changes settled: %s", "mine" if keep_mine else "theirs")
            self._save(resolve="mine" if keep_mine else "theirs")

        question.finished.connect(answered)
        question.open()

    def _replace_notice(self, old: str | None, new: str | None) -> None:
        """Put ``new`` in place of ``old`` among the notices shown, and hide the bar when nothing is left:
        a notice about a condition that is over goes."""
        shown = self.notices.label.text().split("\n") if not self.notices.isHidden() else []
        lines = [line for line in shown if line and line != old]
        if new:
            lines.append(new)
        if lines:
            self.notices.show_notices(lines)
        else:
            self.notices.label.clear()
            self.notices.hide()

    def bring_to_front(self) -> None:
        """A second start on this folder asked for this window: show it, on top."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def tell_log_problem(self, problem: str) -> None:
        """Tell that the log cannot be written (``problem``: which file, and why); the app runs without it."""
        self._replace_notice(
            None,
            self.tr(
                "Coretime cannot write its log ({problem}); it runs without one, so a problem report would "
                "have less to go on."
            ).format(problem=problem),
        )

    def _make_settings_private(self) -> None:
        """The settings name the clients selected: readable by their owner only, whatever made the file."""
        with contextlib.suppress(OSError):
            path = self._settings.fileName()
            if os.stat(path).st_mode & 0o077:
                os.chmod(path, 0o600)

    def _save_if_unsaved(self) -> None:
        """The save the load asked for (see ``__init__``), or one that failed, unless a change has saved
        since; a problem with it is told beside what the load found."""
        self._finish_load()  # which may find repairs to save
        if self._unsaved:
            self._save()

    def _retry_save(self) -> None:
        if self._unsaved:
            log.info("retrying the save of %s", self._store.path)
            self._save()

    def _ask_before_quitting(self) -> None:
        """The window closes with changes not on disk: retry, save them elsewhere, or quit knowingly."""
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        question = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Changes not saved"),
            self.tr(
                "Your latest changes are not saved: {problem}\n\nTry again, save them to another file, "
                "or quit without them?"
            ).format(problem=self._save_problem),
            QMessageBox.StandardButton.Retry
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        question.button(QMessageBox.StandardButton.Discard).setText(self.tr("Quit without saving"))
        elsewhere = question.addButton(self.tr("Save elsewhere…"), QMessageBox.ButtonRole.ActionRole)
        question.setDefaultButton(QMessageBox.StandardButton.Retry)
        self.quit_question = question

        def answered() -> None:
            clicked = question.clickedButton()
            question.deleteLater()
            self.quit_question = None
            if clicked is elsewhere:
                self._save_elsewhere()
            elif clicked is question.button(QMessageBox.StandardButton.Retry):
                self.close()  # which saves first, and asks again if that fails
            elif clicked is question.button(QMessageBox.StandardButton.Discard):
                log.log(logging.WARNING, "quit without saving %s (%s)", self._store.path, self._save_problem)
                self._quit_unsaved = True
                self.close()

        question.finished.connect(answered)
        question.open()

    def _save_elsewhere(self) -> None:
        from app.profiles import save  # noqa: PLC0415

        chosen = self.choose_people_path(self, str(self._store.path.with_name("profiles-saved.json")))
        if chosen is None:
            return
        try:
            save(Path(chosen), self._profiles)
        except OSError as error:
            log.log(logging.WARNING, "saving elsewhere to %s failed: %s", chosen, error.strerror or error)
            self._save_problem = self.tr("They could not be saved to {path} either ({reason}).").format(
                path=chosen, reason=error.strerror or error_text(error)
            )
            self._ask_before_quitting()
            return
        log.log(logging.WARNING, "changes saved to %s instead of %s", chosen, self._store.path)
        self._quit_unsaved = True
        self.close()

    def _samples(self) -> Samples:
        """The names Coretime gives people it makes up (app.profiles.Samples), in the interface language."""
        return Samples(
            me=self.tr("Me"),
            client=self.tr("Sample client"),
            notes=self.tr("A sample to show how Coretime works. Edit or remove it."),
            unnamed=self.tr("Client {number}", "a client whose name a damaged people file lost"),
        )

    def _languages(self) -> Sequence[str]:
        """The languages proposals can be written in: one per template (``de`` for any German)."""
        from app.templates import supported_locales  # noqa: PLC0415

        return supported_locales()

    # --- actions -------------------------------------------------------------------------------
    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _after_panels(self, act: Callable[[], object]) -> Callable[[], None]:
        """``act`` once the panels under the timeline exist (they come right after the first frame)."""

        def run() -> None:
            if self._panels_built:
                act()

        return run

    def _make_actions(self) -> None:
        """Every action, each in the menu bar with its shortcut (File, Edit, View, People, Help); the
        toolbar repeats the navigation. Plain QActions: the panels and dialogs they reach load later."""
        self.prev_day = self._action(self.tr("Previous day"), "Alt+Left", lambda: self._go(ViewMode.DAY, -1))
        self.next_day = self._action(self.tr("Next day"), "Alt+Right", lambda: self._go(ViewMode.DAY, 1))
        self.prev_week = self._action(
            self.tr("Previous week"), "Alt+PgUp", lambda: self._go(ViewMode.WEEK, -1)
        )
        self.next_week = self._action(self.tr("Next week"), "Alt+PgDown", lambda: self._go(ViewMode.WEEK, 1))
        self.today_action = self._action(self.tr("Today"), "Alt+Home", self.go_today)
        self.new_client = self._action(self.tr("New client…"), QKeySequence.StandardKey.New, self.add_client)
        self.find_client = self._action(
            self.tr("Find client"), QKeySequence.StandardKey.Find, self.people.focus_filter
        )
        self.edit_client = self._action(self.tr("Edit selected…"), "F2", self.people.edit_current)
        self.remove_client = self._action(self.tr("Remove selected…"), "Ctrl+Del", self.people.remove_current)
        self.edit_me = self._action(self.tr("My hours…"), "Ctrl+,", lambda: self.edit_person(self._me.id))
        self.quit_action = self._action(self.tr("Quit"), "Ctrl+Q", self.close)
        self.day_view = self._action(self.tr("Day"), "Ctrl+1", lambda: self.set_mode(ViewMode.DAY))
        self.week_view = self._action(self.tr("Week"), "Ctrl+2", lambda: self.set_mode(ViewMode.WEEK))
        self.export_action = self._action(
            self.tr("Export the chosen slot…"), "Ctrl+E", self._after_panels(lambda: self.export("slot"))
        )
        self.export_weekly_action = self._action(
            self.tr("Export a weekly series from it…"),
            "Ctrl+Shift+E",
            self._after_panels(lambda: self.export("weekly")),
        )
        self.export_holds_action = self._action(
            self.tr("Export tentative holds for every option…"),
            "Ctrl+Alt+E",
            self._after_panels(lambda: self.export("holds")),
        )
        self.export_reminder_action = self._action(
            self.tr("Export the daily check-in reminder…"),
            "Ctrl+Shift+R",
            self._after_panels(lambda: self.checkin.export()),  # noqa: PLW0108 - made after this
        )
        self.copy_action = self._action(
            self.tr("Copy proposal"),
            "Ctrl+Shift+C",
            self._after_panels(lambda: self.proposal.copy()),  # noqa: PLW0108 - made after this
        )
        self.copy_sentence_action = self._action(
            self.tr("Copy deadline sentence"),
            "Ctrl+Shift+D",
            self._after_panels(lambda: self.deadline.copy()),  # noqa: PLW0108 - made after this
        )
        self.next_option_action = self._action(
            self.tr("Next option"), "Ctrl+J", self._after_panels(self.next_option)
        )
        self.convert_action = self._action(
            self.tr("Read a client's time…"), "Ctrl+L", self._after_panels(self.focus_convert)
        )
        self.calendars_action = self._action(
            self.tr("Your calendars…"), "Ctrl+Shift+K", self._after_panels(self.show_calendars)
        )
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), "Ctrl+/", self.show_shortcuts)
        self.notifications_action = QAction(self.tr("&Notifications…"), self)
        self.notifications_action.triggered.connect(self._after_panels(self.show_notifications))
        group = QActionGroup(self)
        for action in (self.day_view, self.week_view):
            action.setCheckable(True)
            group.addAction(action)
        toolbar = QToolBar(self.tr("Navigation"), self)
        toolbar.setObjectName("navigation")
        toolbar.setMovable(False)
        toolbar.setAccessibleName(self.tr("Navigation"))
        for action in (self.prev_week, self.prev_day, self.today_action, self.next_day, self.next_week):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.day_view)
        toolbar.addAction(self.week_view)
        toolbar.addSeparator()
        toolbar.addWidget(self.range_label)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.new_client)
        toolbar.addAction(self.edit_me)
        toolbar.addWidget(self._make_language_button(toolbar))
        self.addToolBar(toolbar)
        self.legend_action = self._action(self.tr("Timeline &legend"), "F1", self.show_legend)
        self._make_menus()
        for action in (self.prev_week, self.prev_day, self.next_day, self.next_week, self.today_action):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(self.tr("{action} ({keys})").format(action=action.text(), keys=keys))
        # The toolbar's short words; the menus keep the full names.
        for action, short in (
            (self.prev_week, self.tr("« Week")),
            (self.prev_day, self.tr("‹ Day")),
            (self.next_day, self.tr("Day ›")),
            (self.next_week, self.tr("Week »")),
        ):
            action.setIconText(short)

    def _make_menus(self) -> None:
        """The menu bar, by desktop convention; a menu item shows its action's shortcut."""
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (
            self.export_action,
            self.export_weekly_action,
            self.export_holds_action,
            self.export_reminder_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.copy_action)
        edit_menu.addAction(self.copy_sentence_action)
        edit_menu.addAction(self.convert_action)
        edit_menu.addAction(self.notifications_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_me)
        edit_menu.addAction(self.calendars_action)
        edit_menu.addMenu(self.language_menu)
        self.view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.day_view, self.week_view):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        for action in (self.today_action, self.prev_day, self.next_day, self.prev_week, self.next_week):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.next_option_action)
        self.view_menu.addAction(self.legend_action)
        people_menu = bar.addMenu(self.tr("&People"))
        for action in (self.new_client, self.edit_client, self.remove_client, self.find_client):
            people_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.legend_action)
        self.welcome_action = help_menu.addAction(self.tr("&Welcome…"))
        self.welcome_action.triggered.connect(self.show_welcome)
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(self.tr("&About Coretime"))
        self.about_action.triggered.connect(self.show_about)
        self.menus = (file_menu, edit_menu, self.view_menu, people_menu, help_menu)

    def _make_language_button(self, parent: QWidget) -> QToolButton:
        """The Language menu: the system's language, or one Coretime ships; it applies at the next start,
        because every label is translated once, when its widget is made."""
        choice = language_choice(self._settings)
        self.language_menu = QMenu(self.tr("&Language"), self)
        self.language_menu.setAccessibleName(self.tr("Interface language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        system = language_name(interface_locale(SYSTEM, QLocale.system()))
        labels = {SYSTEM: self.tr("System ({language})").format(language=system), **SHIPPED}
        for code, label in labels.items():
            action = self.language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == choice)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        self.language_menu.addSeparator()
        note = self.language_menu.addAction(self.tr("Applies when Coretime starts again"))
        note.setEnabled(False)
        button = QToolButton(parent)
        button.setText(self.tr("Language"))
        button.setAccessibleName(self.tr("Interface language"))
        button.setToolTip(self.tr("The language of Coretime's own labels (not of your proposals)"))
        button.setMenu(self.language_menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language_button = button
        return button

    def choose_language(self, choice: str) -> None:
        """Keep ``choice`` for the next start, and say so."""
        if choice == language_choice(self._settings):
            return
        self._settings.setValue(SETTING, choice)
        self._settings.sync()
        self.notices.show_notices(
            [self.tr("The new interface language applies when you start Coretime again.")]
        )

    def show_legend(self) -> None:
        """What each colour and mark on the timeline means, in a window beside it."""
        from ui.legend_dialog import LegendDialog  # noqa: PLC0415 - only when asked for

        if self.legend is None:
            self.legend = LegendDialog(self)
        self.legend.show()
        self.legend.raise_()

    def show_shortcuts(self) -> None:
        """Every shortcut of the menus, and the keys of the window's parts, in a window beside it."""
        from ui.shortcuts_dialog import ShortcutsDialog  # noqa: PLC0415 - only when asked for

        keys = [
            (self.tr("Show the proposal, check-in, deadline or upcoming page"), "Alt+1, Alt+2, Alt+3, Alt+4"),
            (self.tr("Select the first client found"), self.tr("Enter in the find field")),
            (self.tr("Move the day view by an hour"), self.tr("Shift+wheel on the timeline")),
        ]
        self.shortcuts = ShortcutsDialog(self.menus, keys, self)
        self.shortcuts.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts.show()

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog  # noqa: PLC0415 - only when asked for

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _set_tab_order(self) -> None:
        """People, then the timeline, then the proposal: the order of the ten-second job."""
        chain = [
            self.people.filter,
            self.people.list,
            self.people.add_button,
            self.people.edit_button,
            self.people.remove_button,
            self.timeline,
            self.proposal.duration,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        # Then the other pages, each after the last: Tab from the timeline lands in whichever page shows,
        # because hidden widgets are skipped. The tab bar comes last; Alt+1/2/3/4 reach the pages directly.
        for first, second in (
            (self.proposal.export_button, self.checkin.export_button),
            (self.checkin.export_button, self.deadline.date),
            (self.deadline.copy_button, self.tabs.tabBar()),
        ):
            self.setTabOrder(first, second)
        # The toolbar's one focusable control stays last, though it is made before the panels.
        self.setTabOrder(self.tabs, self.language_button)

    def _connect(self) -> None:
        """Every connection between the widgets of the first frame, in one place (the panels under the
        timeline: :meth:`_connect_panels`)."""
        self.people.selectionChanged.connect(self._clients_selected)
        self.timeline.dayMoved.connect(self.move_day)
        self.people.addRequested.connect(self.add_client)
        self.people.editRequested.connect(self.edit_person)
        self.people.removeRequested.connect(self.remove_person)

    def _connect_panels(self) -> None:
        """Every connection to and between the panels under the timeline, in one place."""
        self.timeline.selectionChanged.connect(self._slot_selected)
        self.timeline.slotAccepted.connect(self._slot_accepted)
        self.timeline.pickRefused.connect(self._pick_refused)
        self.proposal.settingsChanged.connect(self._proposal_settings_changed)
        self.proposal.greetingEdited.connect(self._greeting_edited)
        self.proposal.options.showRequested.connect(self.show_option)
        self.proposal.options.bookRequested.connect(self.book_option)
        self.proposal.convert.bookRequested.connect(self.book)
        self.bookings.changed.connect(self._meetings_changed)
        self.bookings.told.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.bookings.failed.connect(lambda text: self.notices.show_notices([text]))
        self.upcoming.showRequested.connect(self.show_meeting)
        self.upcoming.moveRequested.connect(self.move_meeting)
        self.upcoming.exportRequested.connect(self.bookings.export)
        self.upcoming.cancelRequested.connect(self.cancel_meeting)
        self.tray.meetingsRequested.connect(self.open_upcoming)
        self.proposal.convert.pickRequested.connect(self._conversion_picked)
        self.proposal.convert.alternativeChosen.connect(self._conversion_alternative)
        self.proposal.convert.copied.connect(
            lambda _text: self.statusBar().showMessage(self.tr("Reply copied"), 4000)
        )
        self.proposal.options.removeRequested.connect(lambda: self.timeline.set_selection(None))
        self._greeting_save.timeout.connect(self._save_if_unsaved)
        self.proposal.exportRequested.connect(self.export)
        self.proposal.copied.connect(
            lambda _text: self.statusBar().showMessage(self.tr("Proposal copied"), 4000)
        )
        self.checkin.planChanged.connect(self._checkin_planned)
        self.checkin.exported.connect(
            lambda path: self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 6000)
        )
        self.deadline.copied.connect(
            lambda _text: self.statusBar().showMessage(self.tr("Sentence copied"), 4000)
        )
        self.minute.ticked.connect(self._minute_passed)
        self.people.rowsShown.connect(self._show_statuses)
        self.reminder_clock.due.connect(
            lambda r: self.notifier.notify(r.summary, r.body, f"{r.kind}|{r.client}")
        )
        self.notifier.activated.connect(self.open_reminder)
        self.reminder_clock.ticked.connect(self._tray_minute)
        self.tray.openRequested.connect(self.open_window)
        self.tray.clientChosen.connect(lambda client: self.open_reminder(f"client|{client}"))
        self.tray.copyRequested.connect(self.proposal.copy)
        self.tray.pauseToggled.connect(self._pause_reminders)
        self.tray.keepToggled.connect(
            lambda on: self._settings.setValue("tray/keep", "true" if on else "false")
        )
        self.tray.loginToggled.connect(self._start_at_login)
        self.tray.quitRequested.connect(self.quit_from_tray)
        self.tray.messageClicked.connect(lambda: self.open_reminder(self._balloon))

    # --- navigation ----------------------------------------------------------------------------
    def set_mode(self, mode: ViewMode) -> None:
        self._mode = mode
        self._refresh()

    def _go(self, unit: ViewMode, steps: int) -> None:
        self._anchor = step_anchor(self._anchor, unit, steps)
        self._refresh()

    def go_today(self) -> None:
        self._anchor = today(self._clock(), load_zone(self._me.zone or "UTC"))
        self._refresh()

    def view_range(self) -> Interval:
        return view_span(self._anchor, self._mode, load_zone(self._me.zone or "UTC"), self._day_hour())

    def _day_hour(self) -> int:
        """The hour the day view starts at on the freelancer's clock: as the user moved it, else where the
        shared time sits whole and away from the edges."""
        if self._mode is not ViewMode.DAY:
            return 0
        if self._day_start is None:
            people, _unknown = self._people()
            self._day_start = day_window_start(self._anchor, people)
        return self._day_start

    def move_day(self, hours: int) -> None:
        """Move the day view's 24 hours by ``hours`` (Shift+wheel, a drag along an hour strip)."""
        total = self._day_hour() + hours
        self._anchor += timedelta(days=total // 24)
        self._day_start = total % 24
        self._refresh()

    # --- people --------------------------------------------------------------------------------
    def _clients_selected(self, ids: list[str]) -> None:
        self._selected = ids
        self._day_start = None  # the day view finds the new shared time
        self.timeline.set_selection(None)
        self._refresh()

    def add_client(self) -> None:
        blank = Profile(id=new_id(), name="", zone=None, hours="mon-fri 09:00-17:00")
        self._open_dialog(blank)

    def edit_person(self, person_id: str) -> None:
        profile = next((p for p in self._profiles if p.id == person_id), None)
        if profile is not None:
            self._open_dialog(profile)

    def _open_dialog(self, profile: Profile) -> None:
        from ui.person_dialog import PersonDialog  # noqa: PLC0415

        # Window-modal and non-blocking (open, not exec): the event loop keeps running, so tests
        # and accessibility tools can reach the dialog.
        self.dialog = PersonDialog(profile, self._clock, parent=self)
        self.dialog.accepted.connect(lambda d=self.dialog: self._dialog_accepted(d.profile()))
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _dialog_accepted(self, profile: Profile) -> None:
        profile.validated()
        for index, existing in enumerate(self._profiles):
            if existing.id == profile.id:
                self._profiles[index] = profile
                break
        else:
            self._profiles.append(profile)
            self._selected = [profile.id]
        self._save()
        self.people.set_profiles(self._profiles, self._selected)
        # Like any other change of people, at once: holidays, ranking and the text are loaded by now (a
        # change before the panels exist is picked up when they come).
        self._refresh()

    def remove_person(self, person_id: str) -> None:
        """Ask first (without blocking the event loop), then remove the client."""
        profile = next((p for p in self._profiles if p.id == person_id), None)
        if profile is None or profile.is_me:
            return
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        self.confirm = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove client"),
            self.tr("Remove {name}? Their hours and notes will be deleted.").format(name=profile.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.confirm.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm.finished.connect(
            lambda result: (
                self._remove_confirmed(person_id) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        self.confirm.open()

    def _remove_confirmed(self, person_id: str) -> None:
        from app.meetings import without_clients  # noqa: PLC0415

        self._profiles = [p for p in self._profiles if p.id != person_id]
        self._selected = [i for i in self._selected if i != person_id]
        self.bookings.take_in(without_clients(self.bookings.meetings(), {p.id for p in self._profiles}))
        self._save()
        self.people.set_profiles(self._profiles, self._selected)
        self._refresh()

    # --- the picture and the text --------------------------------------------------------------
    def _people(self) -> tuple[list[Person], list[Profile]]:
        """The freelancer and the selected clients whose zones are known; and those whose are not."""
        me = self._me.person()
        assert me is not None  # the freelancer's zone is required by validation
        people = [replace(me, name="you")]
        unknown: list[Profile] = []
        for client in self._clients():
            person = self._persons.person(client)
            if person is None:
                unknown.append(client)
            else:
                people.append(person)
        return people, unknown

    def _refresh(self, *, details: bool = True) -> None:
        self.day_view.setChecked(self._mode is ViewMode.DAY)
        self.week_view.setChecked(self._mode is ViewMode.WEEK)
        people, _unknown = self._people()
        span = self.view_range()
        facts = timeline_facts(people, span)
        clients = [c for c in self._clients() if c.zone is not None]
        names = [self.tr("{name} (you)").format(name=self._me.name), *(c.name for c in clients)]
        self.timeline.set_facts(facts, names, self._clock_names())
        self._facts_people = people
        first = facts.ticks[0].walls[0] if facts.ticks else span.start
        self.range_label.setText(self._range_text(first))
        if details and self._panels_built:  # else they follow the first frame, and this refresh
            self._refresh_details()

    def _first_frame_painted(self) -> None:
        self.timeline.painted.disconnect(self._first_frame_painted)
        QTimer.singleShot(0, self._after_frame)

    def _after_frame(self) -> None:
        """What follows the first frame, painted with the hours only: the panels, the places named in the
        interface's language (CLDR, through Babel), then the holidays, the ranked options and the
        proposal text."""
        self._save_if_unsaved()  # reading first the clients beyond the first frame's
        if not self._panels_built:
            self._build_panels()
        self._place = self._city
        self.people.set_place_names(self._place)
        self.timeline.set_place_names(self._place)
        self._refresh_details()  # which relabels the axis with the new names
        if not self._ready:
            self._ready = True
            self.ready.emit()
            if self._welcome_due and self._settings.value("welcome/done", "false") != "true":
                QTimer.singleShot(0, self.show_welcome)

    def show_welcome(self) -> None:
        """The welcome (first launch, or Help → Welcome): name, zone, hours, interface language, the
        sample client; then on to the first real client."""
        from ui.welcome_dialog import WelcomeDialog  # noqa: PLC0415 - only when asked for

        if self.welcome is not None:
            self.welcome.raise_()
            return
        me = self._me
        self.welcome = WelcomeDialog(
            name=me.name if me.name != self._samples().me else "",
            zone=me.zone or "UTC",
            hours=me.hours,
            language=language_choice(self._settings),
            has_sample=any(p.is_sample for p in self._profiles),
            clock=self._clock,
            parent=self,
        )
        self.welcome.accepted.connect(lambda d=self.welcome: self._welcome_answered(d.answer()))
        self.welcome.finished.connect(self._welcome_closed)
        self.welcome.open()

    def _welcome_closed(self, _result: int) -> None:
        self._settings.setValue("welcome/done", "true")
        self._settings.sync()
        if self.welcome is not None:
            self.welcome.deleteLater()
        self.welcome = None

    def _welcome_answered(self, answer: Welcome) -> None:
        me = replace(self._me, name=answer.name, zone=answer.zone, hours=answer.hours)
        kept = [p for p in self._profiles[1:] if answer.keep_sample or not p.is_sample]
        self._profiles = [me.validated(), *kept]
        self._selected = [i for i in self._selected if any(p.id == i for p in kept)]
        self._save()
        self.people.set_profiles(self._profiles, self._selected)
        self._anchor = today(self._clock(), load_zone(answer.zone))
        self._refresh()
        self.choose_language(answer.language)
        if answer.add_client:
            QTimer.singleShot(0, self.add_client)

    def _clock_names(self) -> list[str]:
        """Each row's clock: the place of the freelancer's zone, then of each selected client whose zone is
        known."""
        zones = [self._me.zone or "UTC", *(c.zone for c in self._clients() if c.zone is not None)]
        return [self._place(zone) for zone in zones]

    def _city(self, zone: str) -> str:
        return city_text(zone, self.locale())

    def is_ready(self) -> bool:
        """Whether everything after the first frame is in place (see :attr:`ready`)."""
        return self._ready

    def _refresh_details(self) -> None:
        """Holidays on the lanes, the ranked options, and the proposal text."""
        from app.publicholidays import HolidayError  # noqa: PLC0415
        from app.timeline import lane_holidays, with_holidays  # noqa: PLC0415

        self._problems = []
        people = self._facts_people
        facts = self.timeline.facts()
        if facts is None:
            return
        try:
            facts = with_holidays(facts, lane_holidays(people, facts.span))
        except HolidayError as error:
            self._problems.append(error_text(error))
        self.timeline.set_facts(facts, self.timeline.names(), self._clock_names())
        self._show_busy(facts.span)
        self._rank()
        self._refresh_proposal()
        self._refresh_rhythm()

    # --- calendars -------------------------------------------------------------------------------
    def _build_calendars(self) -> None:
        """The reader of the freelancer's calendars, off the window's thread: now (after the first frame)
        and every few minutes."""
        from app.calendar_fetch import REFRESH_MINUTES  # noqa: PLC0415
        from ui.calendar_reader import CalendarReader  # noqa: PLC0415

        self.calendar_reader = CalendarReader(self)
        self.calendar_reader.read.connect(self._calendars_read)
        self.calendar_timer = QTimer(self)
        self.calendar_timer.setInterval(REFRESH_MINUTES * 60_000)
        self.calendar_timer.timeout.connect(self.read_calendars)
        self.calendar_timer.start()
        self.read_calendars()

    def calendar_sources(self) -> tuple[list[CalendarSource], str]:
        """The calendar sources kept in the settings, and the freelancer's e-mail address."""
        from app.calendar_sources import source_from_text  # noqa: PLC0415

        saved = self._settings.value("calendars/sources", [])
        lines = (
            [saved] if isinstance(saved, str) else [str(i) for i in saved] if isinstance(saved, list) else []
        )
        sources = [s for s in (source_from_text(line) for line in lines) if s is not None]
        return sources, str(self._settings.value("calendars/address", "") or "")

    def read_calendars(self) -> None:
        """Read every calendar again, in the background; the cached copy stands in for an address offline."""
        from app.calendar_fetch import TIMEOUT_SECONDS  # noqa: PLC0415

        sources, address = self.calendar_sources()
        if not sources:
            if self._calendar_states:
                self._calendars_read(())
            return
        self.calendar_reader.start(
            sources,
            zone=load_zone(self._me.zone or "UTC"),
            my_addresses=[address] if address else [],
            cache_dir=self._store.path.parent / "calendars",
            now=self._clock(),
            timeout=TIMEOUT_SECONDS,
        )

    def _calendars_read(self, states: tuple[SourceState, ...]) -> None:
        self._calendar_states = states
        if self.calendars_dialog is not None:
            self.calendars_dialog.set_states(states, load_zone(self._me.zone or "UTC"))
        self._refresh_details()

    def _calendar_busy(self, start: datetime, end: datetime) -> list[tuple[int, int]]:
        """The freelancer's busy spans within ``[start, end)``, from every calendar read."""
        if not self._calendar_states:
            return []
        from app.calendar_sources import busy_spans  # noqa: PLC0415

        return busy_spans(self._calendar_states, start, end)

    def _busy_between(self, start: datetime, end: datetime) -> list[tuple[int, int]]:
        """What suggestions and checks keep clear of within ``[start, end)``: the calendars' busy time and
        the meetings booked in Coretime."""
        from app.meetings import busy_with_meetings  # noqa: PLC0415

        spans = self._calendar_busy(start, end)
        return busy_with_meetings(spans, self.bookings.meetings(), seconds(start), seconds(end))

    def _show_busy(self, shown: Interval) -> None:
        """The busy time on the freelancer's row, with the titles of the calendars that may show them;
        and the booked meetings over it."""
        self._show_meetings()
        busy = [Interval.from_span(span) for span in self._calendar_busy(shown.start, shown.end)]
        titles = [
            (Interval.from_span(block.span), block.title or "")
            for state in self._calendar_states
            if state.calendar is not None and state.source.titles
            for block in state.calendar.busy(shown.start, shown.end, titles=True).blocks
        ]
        self.timeline.set_busy(busy, titles)

    def show_calendars(self) -> None:
        """Edit → Your calendars…: the sources, their switches and states, the e-mail address."""
        from ui.calendars_dialog import CalendarsDialog, ask_calendar_file  # noqa: PLC0415

        if self.calendars_dialog is None:
            sources, address = self.calendar_sources()
            dialog = CalendarsDialog(sources, address, self._choose_calendar_file or ask_calendar_file, self)
            dialog.set_states(self._calendar_states, load_zone(self._me.zone or "UTC"))
            dialog.changed.connect(self._calendars_changed)
            dialog.finished.connect(lambda _result: setattr(self, "calendars_dialog", None))
            self.calendars_dialog = dialog
        self.calendars_dialog.show()
        self.calendars_dialog.raise_()

    def _calendars_changed(self, sources: Sequence[CalendarSource], address: str) -> None:
        from app.calendar_sources import source_text  # noqa: PLC0415

        self._settings.setValue("calendars/sources", [source_text(s) for s in sources])
        self._settings.setValue("calendars/address", address)
        self._settings.sync()
        self.read_calendars()

    # --- the daily rhythm ------------------------------------------------------------------------
    def _refresh_rhythm(self) -> None:
        """Every client's status now, and the check-in and deadline panels for the first selected client
        whose zone is known (the panels skip the work when that client has not changed)."""
        self._show_statuses()
        # The reminders concern every client, not the selection: planned again, a turn of the event loop
        # later, only when the people or the meetings changed (an add or an edit does not wait for it).
        self._reminder_planning.start()
        me = self._me.person()
        client = next((c for c in self._clients() if c.zone is not None), None)
        person = None if client is None else self._persons.person(client)
        self.checkin.set_people(me, person)
        self.deadline.set_people(me, person, client.language if client is not None else "en_US")
        self._checkin_planned(self.checkin.plan())

    def _show_statuses(self) -> None:
        from app.publicholidays import HolidayError  # noqa: PLC0415
        from app.rhythm import client_status  # noqa: PLC0415

        me = self._me.person()
        assert me is not None  # the freelancer's zone is required by validation
        now = self._clock()
        # Only the rows in view (and the selected clients): a status is worked out when it is shown, and
        # the rows a scroll brings into view get theirs then (PeopleList.rowsShown).
        # (Up to a hundred clients, all of them: the tray lists clients whatever the list shows.)
        clients = self._profiles[1:]
        wanted = (
            {p.id for p in clients} if len(clients) <= 100 else {*self.people.visible_ids(), *self._selected}
        )
        statuses: dict[str, ClientStatus] = {}
        for profile in self._profiles[1:]:
            if profile.id not in wanted:
                continue
            client = self._persons.person(profile)
            if client is None:
                continue
            try:
                statuses[profile.id] = client_status(client, me, now)
            except HolidayError:
                # A holiday code the package does not know is reported with the timeline's lanes; the
                # status still says when the client's hours start.
                statuses[profile.id] = client_status(replace(client, holidays=None), me, now)
        self.people.update_statuses(statuses)
        if self._panels_built:
            self._show_in_tray(statuses)

    def _checkin_planned(self, plan: CheckinPlan | None) -> None:
        """Mark the check-ins on every working day in view, the ones already past too."""
        from app.checkin import checkin_instants  # noqa: PLC0415

        facts = self.timeline.facts()
        instants = (
            () if plan is None or facts is None else checkin_instants(plan, facts.span.start, facts.span.end)
        )
        if instants != self.timeline.checkins():
            self.timeline.set_checkins(instants)

    def _rank(self) -> None:
        """The best options over the planning horizon from now, whatever the view shows: switching
        between the day and the week, or moving through them, never changes what is suggested."""
        from app.publicholidays import HolidayError  # noqa: PLC0415
        from app.ranking import rank_options  # noqa: PLC0415

        people = self._facts_people
        self._options = []
        if len(people) > 1:
            settings = self.proposal.settings()
            now = self._clock()
            try:
                self._options = rank_options(
                    people,
                    client=people[1],
                    start=now,
                    end=now + PLANNING_HORIZON,
                    duration=settings.duration,
                    now=now,
                    count=settings.count,
                    busy=self._busy_between(now, now + PLANNING_HORIZON),
                )
            except HolidayError as error:
                self._problems.append(error_text(error))

    def _range_text(self, first: datetime) -> str:
        locale = self.locale()
        label = locale.toString(QDate(first.year, first.month, first.day), locale.FormatType.LongFormat)
        return self.tr("Week of {date}").format(date=label) if self._mode is ViewMode.WEEK else label

    def proposal_state(self) -> ProposalState | None:
        """The proposal on screen (text, options, badges, files all come from it), or ``None`` when no
        selected client's zone is known."""
        return self._state

    def _make_state(self) -> tuple[ProposalState | None, str, str]:
        """The proposal for the selected clients, its text and a note on how it was written (or why it
        was not)."""
        from app.proposal import LocaleError, ask_zone_text, resolve_locale  # noqa: PLC0415
        from app.proposal_state import propose  # noqa: PLC0415
        from app.publicholidays import HolidayError  # noqa: PLC0415

        settings = self.proposal.settings()
        clients = self._clients()
        if not clients:
            return None, "", self.tr("Select a client to write a proposal.")
        client = clients[0]
        wanted = settings.language or client.language
        note = ""
        try:
            locale = resolve_locale(wanted)
        except LocaleError:
            locale = resolve_locale("en_US")
            note = self.tr("No proposal text in {language} yet; written in English.").format(language=wanted)
            note += " "
        if client.zone is None:
            note += self.tr("{name}'s time zone is not known: ask for it first.").format(name=client.name)
            return None, ask_zone_text(locale, client.greeting_name or None), note
        people = self._facts_people
        if len(people) < 2:
            return None, "", note
        known = [c for c in clients if c.zone is not None]
        now = self._clock()
        shown = self.view_range()
        busy = self._busy_between(min(now, shown.start), max(now + PLANNING_HORIZON, shown.end))

        def write(judged: Sequence[Person]) -> ProposalState:
            return propose(
                people=judged,
                ranked=self._options,
                pick=self.timeline.selection(),
                count=settings.count,
                duration=settings.duration,
                greetings=[c.greeting_name for c in known],
                locale=locale,
                show_mine=settings.show_mine,
                now=now,
                busy=busy,
            )

        try:
            state = write(people)
        except HolidayError as error:  # told with the lanes; the options are judged without holidays
            state = write([replace(p, holidays=None) for p in people])
            if error_text(error) not in self._problems:
                self._problems.append(error_text(error))
        return state, state.text, note + " ".join(self._problems)

    def proposal_text(self) -> tuple[str, str]:
        """The proposal for the selected clients and a note on how it was written (or why it was not)."""
        _state, text, note = self._make_state()
        return text, note

    def _refresh_proposal(self) -> None:
        """Work out the proposal, then show it: the text, its options in the panel, the badges."""
        self.timeline.set_duration(self.proposal.settings().duration)
        state, text, note = self._make_state()
        self._state = state
        intervals = state.intervals() if state is not None else ()
        if intervals != self.timeline.options():
            self.timeline.set_options(intervals)
        clients = self._clients()
        team = len(clients) > 1
        greeting = (state.greeting or "") if team and state is not None else (
            clients[0].greeting_name if clients else ""
        )  # fmt: skip
        self.proposal.set_greeting(greeting, editable=len(clients) == 1)
        self.proposal.show_text(text, note=note, can_export=bool(intervals), rows=self._option_rows(state))
        self._update_convert_box()

    # --- the Convert box ------------------------------------------------------------------------
    def _update_convert_box(self) -> None:
        """Read pasted times for the first selected client whose zone is known (again when they change)."""
        people = self._facts_people
        known = [c for c in self._clients() if c.zone is not None]
        key = None if len(people) < 2 or not known else (known[0], people[0])
        if key == self._convert_key:
            return
        self._convert_key = key
        reader = None if key is None else self._convert
        self.proposal.convert.set_reader(reader, self._conversion_lines, self._mine_text)

    def _convert_locale(self) -> str:
        from app.proposal import LocaleError, resolve_locale  # noqa: PLC0415

        client = next(c for c in self._clients() if c.zone is not None)
        try:
            return resolve_locale(self.proposal.settings().language or client.language)
        except LocaleError:
            return "en_US"

    def _convert(self, text: str) -> Conversion:
        from app.convert import judge, read  # noqa: PLC0415

        people = self._facts_people
        locale, now = self._convert_locale(), self._clock()
        reading = read(text, client=people[1], me=people[0], locale=locale, now=now)
        busy = self._busy_around(reading.interval)
        return judge(reading, client=people[1], me=people[0], locale=locale, now=now, busy=busy)

    def _busy_around(self, interval: Interval) -> list[tuple[int, int]]:
        """The busy time (calendars and booked meetings) a pasted time is judged against, and around it."""
        from app.convert import BUSY_AROUND  # noqa: PLC0415

        return self._busy_between(interval.start - BUSY_AROUND[0], interval.end + BUSY_AROUND[1])

    def _mine_text(self, instant: datetime) -> str:
        wall = instant.astimezone(self._facts_people[0].zone)
        return self.tr("{day} {time} your time").format(
            day=dated_text(wall, self.locale()), time=clock_text(wall, self.locale())
        )

    def _conversion_lines(self, conversion: Conversion) -> list[str]:
        """What a reading understood, for the freelancer: both clocks, the zone read and why, the hours."""
        from app.convert import when_text  # noqa: PLC0415
        from app.proposal import LocaleError, resolve_locale  # noqa: PLC0415

        people = self._facts_people
        me, client = people[0], people[1]
        try:  # the interface's own language where Coretime writes it, else English
            locale = resolve_locale(self.locale().name())
        except LocaleError:
            locale = "en_US"
        interval, ranged = conversion.reading.interval, conversion.reading.ranged
        lines = [
            self.tr("{name}: {when}").format(
                name=self._clients()[0].name, when=when_text(interval, client.zone, locale, ranged=ranged)
            ),
            self.tr("You: {when}").format(when=when_text(interval, me.zone, locale, ranged=ranged)),
        ]
        lines += [
            self.tr("Assumed: {what}").format(what=message_text(m)) for m in conversion.reading.assumptions
        ]
        lines += [message_text(m) for m in conversion.notes]
        if conversion.inside_my_hours and conversion.inside_client_hours:
            lines.append(self.tr("Inside your hours and theirs."))
        elif not conversion.inside_my_hours:
            lines.append(
                self.tr("Outside your hours: the reply offers the nearest times that suit you both.")
            )
        else:
            lines.append(self.tr("Inside your hours, outside their usual hours."))
        return lines

    def _conversion_alternative(self, instant: datetime) -> None:
        from app.convert import choose, judge  # noqa: PLC0415

        current = self.proposal.convert.conversion()
        if current is None:
            return
        people = self._facts_people
        reading = choose(current.reading, instant)
        busy = self._busy_around(reading.interval)
        self.proposal.convert.show_conversion(
            judge(
                reading,
                client=people[1],
                me=people[0],
                locale=self._convert_locale(),
                now=self._clock(),
                busy=busy,
            )
        )

    def _conversion_picked(self, interval: Interval) -> None:
        """The client's time becomes the proposal's slot, shown on the timeline (not a time already begun)."""
        if interval.start < self._clock():
            self._pick_refused()
            return
        self._anchor = interval.start.astimezone(load_zone(self._me.zone or "UTC")).date()
        self._refresh()
        self.timeline.set_selection(interval)

    def focus_convert(self) -> None:
        self.tabs.setCurrentWidget(self.proposal)
        self.proposal.convert.focus_field()

    def _option_rows(self, state: ProposalState | None) -> list[OptionRow]:
        """The panel's rows for ``state``'s options: each on the client's clock and the freelancer's, in
        the interface's language, with what the freelancer should know about it."""
        from app.proposal import short_option_text  # noqa: PLC0415
        from app.ranking import Option  # noqa: PLC0415
        from ui.option_list import OptionRow  # noqa: PLC0415

        if state is None:
            return []
        people = self._facts_people
        view = self.view_range()
        locale = self.locale().name()
        client_place, my_place = self._place(people[1].zone.key), self.tr("you")
        rows = []
        for choice in state.choices:
            option = Option(choice.interval)
            rows.append(
                OptionRow(
                    choice.number,
                    f"{short_option_text(option, people[1].zone, locale)} {client_place}",
                    f"{short_option_text(option, people[0].zone, locale)} {my_place}",
                    self._concerns_text(choice.concerns),
                    choice.picked,
                    choice.interval.start < view.end and choice.interval.end > view.start,
                )
            )
        return rows

    def _concerns_text(self, concerns: Sequence[Concern]) -> str:
        """What the freelancer should know about an option, in a sentence for the panel (never the text)."""
        parts = []
        for concern in concerns:
            if concern.kind == "past":
                parts.append(self.tr("already begun"))
            elif concern.kind == "busy":
                parts.append(self.tr("you are busy then (your calendar)"))
            elif concern.kind == "outside_hours":
                parts.append(
                    self.tr("outside your hours")
                    if concern.person == 0
                    else self.tr("outside {name}'s hours").format(name=concern.name)
                )
            elif concern.person == 0:
                parts.append(self.tr("your public holiday ({holiday})").format(holiday=concern.holiday))
            else:
                parts.append(
                    self.tr("{name}'s public holiday ({holiday})").format(
                        name=concern.name, holiday=concern.holiday
                    )
                )
        return "; ".join(parts)

    def _slot_selected(self, selection: Interval | None) -> None:
        """A slot picked on the timeline sets the meeting's length (the Length control follows it), so
        the text's length, every option's and the calendar file's agree."""
        self._show_meetings()  # a meeting can be moved to it
        if selection is not None and selection.duration != self.proposal.settings().duration:
            self.proposal.set_duration(selection.duration)  # re-ranks, and refreshes the text
            return
        self._refresh_proposal()

    def _slot_accepted(self, selection: Interval) -> None:
        self.timeline.set_selection(selection)
        self.proposal.copy_button.setFocus()

    def _pick_refused(self) -> None:
        self.statusBar().showMessage(self.tr("That time has already begun: pick a time from now on."), 6000)

    def _proposal_settings_changed(self, settings: ProposalSettings) -> None:
        self._rank()
        pick = self.timeline.selection()
        if pick is not None and pick.duration != settings.duration:
            self.timeline.set_selection(Interval(pick.start, pick.start + settings.duration))
        else:
            self._refresh_proposal()

    def _greeting_edited(self, name: str) -> None:
        """Keep what was typed as the selected client's greeting name, and save it shortly after."""
        clients = self._clients()
        if len(clients) != 1:
            return
        client = clients[0]
        updated = replace(client, greet_as=name)
        if updated.problem_messages().get("greet_as"):
            self.proposal.show_text(
                self.proposal.text(),
                note=self.tr("A greeting name cannot hold control characters or more than 100 characters."),
                rows=self.proposal.options.rows(),
            )
            return
        self._profiles = [updated if p.id == client.id else p for p in self._profiles]
        self._unsaved = True
        self._greeting_save.start()
        self._refresh_proposal()

    def show_option(self, number: int) -> None:
        """Bring option ``number`` of the proposal into view: its day, in the current view mode."""
        state = self._state
        choice = next((c for c in state.choices if c.number == number), None) if state else None
        if choice is None:
            return
        self._anchor = choice.interval.start.astimezone(load_zone(self._me.zone or "UTC")).date()
        self._refresh()

    def next_option(self) -> None:
        """Show the next option of the proposal after the view (or the first, after the last)."""
        state = self._state
        if state is None or not state.choices:
            self.statusBar().showMessage(self.tr("The proposal has no options yet"), 4000)
            return
        view = self.view_range()
        later = [c for c in state.choices if c.interval.start >= view.end]
        self.show_option((later or list(state.choices))[0].number)

    def _minute_passed(self) -> None:
        self._show_statuses()
        self._show_meetings()
        self.checkin.refresh()
        self.deadline.refresh()
        pick = self.timeline.selection()
        if pick is not None and pick.start < self._clock():
            self.timeline.set_selection(None)
            self.statusBar().showMessage(
                self.tr("The picked slot has begun, so it is no longer in the proposal."), 8000
            )
        elif self._state is not None and any(c.interval.start < self._clock() for c in self._state.choices):
            self._rank()
            self._refresh_proposal()

    def chosen_slot(self) -> Interval | None:
        """The slot a single-meeting export writes: the one picked on the timeline, else option 1."""
        state = self._state
        if state is None or not state.choices:
            return None
        picked = [c for c in state.choices if c.picked]
        return (picked or list(state.choices))[0].interval

    def _meeting_title(self) -> str:
        clients = [c.name for c in self._clients()]
        return f"Call: {self._me.name} / {', '.join(clients)}" if clients else f"Call with {self._me.name}"

    def calendar_bytes(self, kind: str, weekly_length: SeriesLength | None = None) -> bytes | None:
        """The calendar file for ``kind`` (``slot``, ``weekly``, ``holds``); ``None`` with nothing chosen.
        A weekly series runs ``weekly_length`` (twelve meetings unless told)."""
        from app.ics import (  # noqa: PLC0415
            Meeting,
            Weekly,
            event_uid,
            fingerprint,
            holds_calendar,
            meeting_calendar,
            next_sequence,
            series_calendar,
        )
        from app.proposal_state import meeting_description  # noqa: PLC0415

        state = self._state
        slot = self.chosen_slot()
        if state is None or slot is None:
            return None
        now = self._clock()
        title = self._meeting_title()
        people = self._facts_people
        if kind == "holds":
            count = len(state.choices)
            titles = [
                self.tr("Option {number} of {count} — {title}").format(
                    number=c.number, count=count, title=title
                )
                for c in state.choices
            ]
            descriptions = [meeting_description(c.interval, people, state.locale) for c in state.choices]
            return holds_calendar(
                state.intervals(), title=title, titles=titles, descriptions=descriptions, now=now
            )
        meeting = Meeting(slot.start, slot.duration, title, meeting_description(slot, people, state.locale))
        weekly = None
        if kind == "weekly":
            count, until = weekly_length or (WEEKLY_COUNT, None)
            weekly = Weekly(people[1].zone, count=None if until else count, until=until)
        # An event exported before under the same UID with another length is an update: its SEQUENCE rises.
        uid, shown = event_uid(meeting, weekly), fingerprint(meeting, weekly)
        meeting = replace(meeting, sequence=next_sequence(self._exported(uid), shown))
        self._export = (uid, meeting.sequence, shown)
        if weekly is not None:
            return series_calendar(meeting=meeting, weekly=weekly, now=now)
        return meeting_calendar(meeting=meeting, now=now)

    def _exported(self, uid: str) -> tuple[int, str] | None:
        """The last export of ``uid`` from this window's settings: its SEQUENCE and what it showed."""
        kept = str(self._settings.value(f"exports/{uid}", "") or "")
        number, _, shown = kept.partition("|")
        return (int(number), shown) if number.isdigit() else None

    def series_warnings(self, weekly_length: SeriesLength | None = None) -> list[str]:
        """The weekly series' meetings whose time happens twice on the client's clock (a clock going
        back): calendars such as Thunderbird and Evolution put them an hour later. One line per date."""
        from app.ics import Meeting, Weekly, series_clock_dates  # noqa: PLC0415

        slot = self.chosen_slot()
        if slot is None or len(self._facts_people) < 2:
            return []
        zone = self._facts_people[1].zone
        count, until = weekly_length or (WEEKLY_COUNT, None)
        weekly = Weekly(zone, count=None if until else count, until=until)
        lines = []
        for found in series_clock_dates(Meeting(slot.start, slot.duration, "Call"), weekly):
            if found.exact or found.other is None:
                continue
            lines.append(
                self.tr(
                    "On {day}, {time} happens twice on {place}'s clock: Thunderbird and Evolution show that "
                    "meeting an hour later than Google Calendar and Outlook. Check it with {name} after "
                    "importing."
                ).format(
                    day=dated_text(found.start.astimezone(zone), self.locale()),
                    time=clock_text(found.start.astimezone(zone), self.locale()),
                    place=self._place(zone.key),
                    name=self._clients()[0].name if self._clients() else "",
                )
            )
        return lines

    def export(self, kind: str) -> None:
        from app.atomic import write_atomically  # noqa: PLC0415
        from app.ics import IcsError  # noqa: PLC0415
        from app.proposal_state import export_file_name  # noqa: PLC0415

        slot = self.chosen_slot()
        if slot is None:
            self.statusBar().showMessage(self.tr("Pick a slot on the timeline first"), 4000)
            return
        weekly_length = None
        if kind == "weekly":
            zone = self._facts_people[1].zone
            weekly_length = self._choose_series_length(self, slot.start.astimezone(zone).date())
            if weekly_length is None:
                return
        self._export = None
        try:
            data = self.calendar_bytes(kind, weekly_length)
            warnings = self.series_warnings(weekly_length) if kind == "weekly" else []
        except IcsError as error:  # text the calendar format cannot carry, e.g. from a pasted name
            self.notices.show_notices(
                [self.tr("The calendar file could not be made: {error}").format(error=error_text(error))]
            )
            return
        if data is None:
            return
        names = [c.name for c in self._clients()]
        name = export_file_name(kind, names, slot.start, self._facts_people[1])
        folder = str(self._settings.value("export/folder", "") or "")
        path = self._choose_save_path(self, str(Path(folder) / name) if folder else name)
        if path is None:
            return
        try:
            write_atomically(path, data)
        except OSError as error:
            self.notices.show_notices(
                [self.tr("The calendar file could not be saved: {error}").format(error=error)]
            )
            return
        self._settings.setValue("export/folder", str(Path(path).resolve().parent))
        if self._export is not None:
            uid, sequence, shown = self._export
            self._settings.setValue(f"exports/{uid}", f"{sequence}|{shown}")
            if kind == "slot":  # the meeting is arranged: kept, drawn, reminded of, kept clear of
                self._record_export(slot, uid, sequence)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 6000)
        if warnings:
            self.notices.show_notices(warnings)

    # --- booked meetings -----------------------------------------------------------------------
    def _meeting_people(self, meeting: BookedMeeting) -> tuple[list[Person], list[str], str] | None:
        """The freelancer and the meeting's clients as persons, their names, and the proposal language of
        the first: what its calendar file says."""
        from app.proposal import LocaleError, resolve_locale  # noqa: PLC0415

        me = self._me.person()
        clients = [p for p in self._profiles[1:] if p.id in meeting.clients and p.zone is not None]
        persons = [self._persons.person(c) for c in clients]
        if me is None or not clients:
            return None
        try:
            locale = resolve_locale(clients[0].language)
        except LocaleError:
            locale = "en_US"
        return [me, *(p for p in persons if p is not None)], [c.name for c in clients], locale

    def _meetings_changed(self) -> None:
        """Booked, moved or cancelled: saved, drawn, listed, kept clear of by the options, reminded of."""
        self._save()
        if self._panels_built:
            self._refresh_details()
            self._plan_reminders()

    def _show_meetings(self) -> None:
        """The booked meetings on the timeline, in the Upcoming list (with the time left) and the tray."""
        if not self._panels_built:
            return
        from app.meetings import upcoming_rows  # noqa: PLC0415

        meetings = self.bookings.meetings()
        booked = {client for meeting in meetings for client in meeting.clients}
        profiles = {p.id: p for p in self._profiles[1:] if p.id in booked}
        labels = []
        for meeting in meetings:
            names = [profiles[c].greeting_name or profiles[c].name for c in meeting.clients if c in profiles]
            labels.append((meeting.interval, " & ".join(names)))
        self.timeline.set_meetings(labels)
        now = self._clock()
        people = {p.id: (p.name, None if p.zone is None else load_zone(p.zone)) for p in profiles.values()}
        ahead = [m for m in meetings if m.end > now]
        busy = self._calendar_busy(
            min((m.start for m in ahead), default=now), max((m.end for m in ahead), default=now)
        )
        rows = upcoming_rows(meetings, people, my_zone=load_zone(self._me.zone or "UTC"), now=now, busy=busy)
        self.upcoming.set_rows(rows, can_move=self.timeline.selection() is not None)
        count = len(rows)
        self.tabs.setTabText(
            3, self.tr("Upcoming ({count})").format(count=count) if count else self.tr("Upcoming")
        )
        self.tray.set_meetings([(row.uid, self.upcoming.row_text(row).replace("\n", " · ")) for row in rows])

    def _record_export(self, slot: Interval, uid: str, sequence: int) -> None:
        from app.meetings import BookedMeeting  # noqa: PLC0415

        clients = [c.id for c in self._clients() if c.zone is not None]
        if not clients or slot.start < self._clock():
            return
        minutes = max(int(slot.duration.total_seconds() // 60), 1)
        self.bookings.record(
            BookedMeeting(uid, tuple(clients), slot.start, minutes, self._meeting_title(), sequence)
        )

    def book_option(self, number: int) -> None:
        """The client accepted option ``number``: book it and save its calendar file."""
        state = self._state
        choice = None if state is None else next((c for c in state.choices if c.number == number), None)
        if choice is not None:
            self.book(choice.interval)

    def book(self, interval: Interval) -> None:
        """Book ``interval`` with the selected clients whose zones are known, then offer its .ics file."""
        from app.ics import stable_uid  # noqa: PLC0415

        clients = [c for c in self._clients() if c.zone is not None]
        if not clients:
            self.statusBar().showMessage(self.tr("Select a client to book a meeting with"), 6000)
            return
        title = self._meeting_title()
        meeting = self.bookings.book(
            interval, [c.id for c in clients], title, stable_uid("meeting", interval.start, title)
        )
        if meeting is None:
            return
        if self.timeline.selection() == interval:
            self.timeline.set_selection(None)
        wall = meeting.start.astimezone(load_zone(clients[0].zone or "UTC"))
        self.statusBar().showMessage(
            self.tr("Booked with {names}: {day} {time} on their clock").format(
                names=", ".join(c.name for c in clients),
                day=dated_text(wall, self.locale()),
                time=clock_text(wall, self.locale()),
            ),
            8000,
        )
        self.bookings.export(meeting.uid)

    def show_meeting(self, uid: str) -> None:
        """Bring a booked meeting into view on the timeline."""
        meeting = self.bookings.find(uid)
        if meeting is None:
            return
        self._anchor = meeting.start.astimezone(load_zone(self._me.zone or "UTC")).date()
        self._refresh()

    def move_meeting(self, uid: str) -> None:
        """Move a booked meeting to the slot picked on the timeline, and write the update."""
        picked = self.timeline.selection()
        if picked is None:
            self.statusBar().showMessage(self.tr("Pick a slot on the timeline first"), 4000)
            return
        if self.bookings.move(uid, picked) is not None:
            self.timeline.set_selection(None)

    def cancel_meeting(self, uid: str) -> None:
        """Ask first (without blocking the event loop): cancel with a file for the calendars, or without."""
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        row = next((r for r in self.upcoming.rows() if r.uid == uid), None)
        if row is None:
            return
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel meeting"),
            self.tr(
                "Cancel this meeting?\n{meeting}\n\nCoretime can save a cancellation file: opened in your "
                "calendar, or sent to the client, it takes the meeting off the calendars that hold it."
            ).format(meeting=self.upcoming.row_text(row)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        with_file = question.addButton(
            self.tr("Cancel and save the file…"), QMessageBox.ButtonRole.AcceptRole
        )
        without = question.addButton(self.tr("Cancel without a file"), QMessageBox.ButtonRole.DestructiveRole)
        keep = question.addButton(self.tr("Keep the meeting"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(keep)

        def answered() -> None:
            clicked = question.clickedButton()
            if clicked is with_file:
                self.bookings.cancel(uid, with_file=True)
            elif clicked is without:
                self.bookings.cancel(uid, with_file=False)
            self.cancel_question = None

        question.finished.connect(answered)
        self.cancel_question = question
        question.open()

    def open_upcoming(self) -> None:
        self.open_window()
        self.tabs.show_page(3)

    def _reminder_meetings(self) -> list[ReminderMeeting]:
        from app.reminders import Meeting as ReminderMeeting  # noqa: PLC0415

        return [
            ReminderMeeting(m.clients[0], m.start, timedelta(minutes=m.minutes))
            for m in self.bookings.meetings()
            if m.clients
        ]

    # --- reminders -----------------------------------------------------------------------------
    def _build_reminders(self) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon  # noqa: PLC0415

        from app.autostart import autostart_on  # noqa: PLC0415
        from app.reminders import Formats  # noqa: PLC0415
        from ui.app_icon import app_icon  # noqa: PLC0415
        from ui.notifier import Notifier, open_session_bus  # noqa: PLC0415
        from ui.reminder_clock import ReminderClock  # noqa: PLC0415
        from ui.tray import TrayIcon  # noqa: PLC0415
        from ui.wall_text import day_text  # noqa: PLC0415

        self.tray = TrayIcon(app_icon(), self)
        self.tray.set_switches(
            paused=self._settings.value("notify/paused", "false") == "true",
            keep=self._settings.value("tray/keep", "") == "true",
            login=self._login is not None and autostart_on(self._login[0]),
        )
        self.tray.login_action.setEnabled(self._login is not None)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self._balloon = ""  # what the tray's last message was about
        bus = (self._notification_bus or open_session_bus)()
        self.notifier = Notifier(bus, open_text=self.tr("Open"), fallback=self._tell_in_tray, parent=self)
        formats = Formats(
            clock=lambda w: clock_text(w, self.locale()), day=lambda w: day_text(w, self.locale())
        )
        self.reminder_clock = ReminderClock(self._clock, formats=formats, parent=self)
        self._reminder_planning = QTimer(self)
        self._reminder_planning.setSingleShot(True)
        self._reminder_planning.setInterval(0)
        self._reminder_planning.timeout.connect(self._plan_reminders_if_changed)

    def _plan_reminders(self) -> None:
        """Every client whose zone is known, with the switches kept in the settings."""
        from ui.reminder_clock import reminder_settings  # noqa: PLC0415

        me = self._me.person()
        assert me is not None  # the freelancer's zone is required by validation
        self._reminders_for = (list(self._profiles), self._reminder_meetings(), self._clock().date())
        self._persons.keep_only(self._profiles)
        people = self._persons.person
        clients = [(p.id, person) for p in self._profiles[1:] if (person := people(p)) is not None]
        switches = reminder_settings(self._settings, [key for key, _ in clients])
        self.reminder_clock.set_people(me, clients, self._reminder_meetings(), switches)

    def _plan_reminders_if_changed(self) -> None:
        """Plan the reminders again if the people (any change makes new profile objects), the meetings
        or the day (the check-in plans are a day's) changed since they were last planned."""
        if self._reminders_for is not None:
            profiles, meetings, day = self._reminders_for
            same_people = len(profiles) == len(self._profiles) and all(
                a is b for a, b in zip(profiles, self._profiles, strict=True)
            )
            if same_people and meetings == self._reminder_meetings() and day == self._clock().date():
                return
        self._plan_reminders()

    def _tell_in_tray(self, summary: str, body: str, target: str) -> None:
        """Where the desktop has no notification service: the tray's own message."""
        if self.tray.isVisible():
            self._balloon = target
            self.tray.showMessage(summary, body, self.tray.icon())

    def _tray_minute(self) -> None:
        if not self.isVisible():  # a visible window's minute ticker refreshes the statuses, the tray's too
            self._show_statuses()

    def _show_in_tray(self, statuses: dict[str, ClientStatus]) -> None:
        from ui.tray import MENU_CLIENTS, status_lines  # noqa: PLC0415

        names = {p.id: p.name for p in self._profiles}
        order = [
            *(c for c in self._selected if c in statuses),
            *(c for c in statuses if c not in self._selected),
        ]
        lines = status_lines([(c, names[c], statuses[c]) for c in order[:MENU_CLIENTS]], self.locale())
        first = next((c.id for c in self._clients()), None)
        self.tray.set_lines(lines, first)

    def show_notifications(self) -> None:
        """Which reminders to give, for everyone and for each client; applied on OK."""
        from ui.notifications_dialog import NotificationsDialog  # noqa: PLC0415 - only when asked for

        clients = [(p.id, p.name) for p in self._profiles[1:] if p.zone is not None]
        dialog = NotificationsDialog(self._settings, clients, self)
        dialog.accepted.connect(self._plan_reminders)
        dialog.finished.connect(dialog.deleteLater)
        self.notifications = dialog
        dialog.open()

    def _pause_reminders(self, paused: bool) -> None:
        self._settings.setValue("notify/paused", "true" if paused else "false")
        self._plan_reminders()

    def _start_at_login(self, on: bool) -> None:
        from app.autostart import set_autostart  # noqa: PLC0415

        if self._login is None:
            return
        try:
            set_autostart(self._login[0], on, self._login[1])
        except OSError as error:
            self.statusBar().showMessage(
                self.tr("Could not change the start at login: {error}").format(error=error)
            )

    def open_window(self) -> None:
        if self.isHidden():
            self.show()
        self.bring_to_front()

    def start_in_tray(self) -> None:
        """Started at login: everything but the window, which the tray opens (the window itself where the
        desktop has no tray)."""
        from PySide6.QtWidgets import QSystemTrayIcon  # noqa: PLC0415

        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.show()
        elif not self._panels_built:
            self._after_frame()

    def quit_from_tray(self) -> None:
        self._quitting = True
        if self.close():
            QCoreApplication.quit()
        else:
            self._quitting = False

    def _keep_in_tray(self) -> bool:
        """Whether closing the window leaves Coretime in the tray: asked the first time, then a setting."""
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        if self._quitting or not self._panels_built or not self.tray.isVisible():
            return False
        keep = str(self._settings.value("tray/keep", ""))
        if keep == "":
            answer = QMessageBox.question(
                self,
                self.tr("Keep Coretime in the tray?"),
                self.tr(
                    "Coretime can stay in the tray when its window is closed, to show your clients' times "
                    "and tell you when their day starts, when to send the check-in and before every call."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            keep = "true" if answer == QMessageBox.StandardButton.Yes else "false"
            self._settings.setValue("tray/keep", keep)
            self.tray.set_switches(
                paused=self.tray.pause_action.isChecked(),
                keep=keep == "true",
                login=self.tray.login_action.isChecked(),
            )
        return keep == "true"

    def open_reminder(self, target: str) -> None:
        """A reminder was clicked: show the window with its client selected and the panel it is about (the
        check-in's for the check-in and its clock changes, the proposal's for the rest)."""
        kind, _, client = target.partition("|")
        self.open_window()
        if any(p.id == client for p in self._profiles):
            self.people.select([client])
        pages = {"checkin": 1, "clock_change": 1, "meeting": 3}
        self.tabs.show_page(pages.get(kind, 0))

    # --- settings ------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # A first start fits the screen it opens on, down to 800x600.
            screen = self.screen().availableGeometry()
            self.resize(min(1280, int(screen.width() * 0.92)), min(820, int(screen.height() * 0.9)))
        for splitter in (self.main_splitter, self.center_splitter):
            state = self._settings.value(f"window/{splitter.objectName()}")
            if state is not None:
                splitter.restoreState(state)

    def _restore_proposal_settings(self) -> None:
        self.proposal.count.setValue(int(str(self._settings.value("proposal/count", 3))))
        index = self.proposal.duration.findData(int(str(self._settings.value("proposal/duration", 30))))
        self.proposal.duration.setCurrentIndex(max(index, 0))
        self.proposal.show_mine.setChecked(self._settings.value("proposal/show_mine", "false") == "true")

    def save_settings(self) -> None:
        s = self._settings
        s.setValue("window/geometry", self.saveGeometry())
        for splitter in (self.main_splitter, self.center_splitter):
            s.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        s.setValue("view/mode", "day" if self._mode is ViewMode.DAY else "week")
        s.setValue("view/selected", list(self._selected))
        if not self._panels_built:  # closed before they came: what is stored is still what was chosen
            s.sync()
            return
        settings = self.proposal.settings()
        s.setValue("proposal/count", settings.count)
        s.setValue("proposal/duration", int(settings.duration.total_seconds() // 60))
        s.setValue("proposal/show_mine", "true" if settings.show_mine else "false")
        s.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A notice coming while the window is at its smallest makes it taller, downwards: it is moved up
        # so that its bottom (the buttons) stays on the screen.
        grown = event.size().height() > event.oldSize().height() >= 0
        forced = event.size().height() <= self.minimumSizeHint().height()  # not a user's drag
        if grown and forced and self.isVisible() and not (self.isMaximized() or self.isFullScreen()):
            QTimer.singleShot(0, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        available = self.screen().availableGeometry()
        below = self.frameGeometry().bottom() - available.bottom()
        if below > 0:
            self.move(self.x(), max(available.top(), self.y() - below))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish_load()
        if self._keep_in_tray():
            self._save_if_unsaved()
            self.save_settings()
            event.ignore()
            self.hide()
            return
        self._save_if_unsaved()
        if self.conflict_question is not None and not self._quit_unsaved:
            event.ignore()  # the user settles which changes to keep first
            return
        if self._unsaved and not self._quit_unsaved:
            event.ignore()
            if self.quit_question is None:
                self._ask_before_quitting()
            return
        self.retry_timer.stop()
        if self._panels_built:
            self.notifier.close()
            self.tray.hide()
        self.save_settings()
        self._make_settings_private()
        super().closeEvent(event)


def default_profiles_path(app_data: str) -> Path:
    return Path(app_data) / "profiles.json"
