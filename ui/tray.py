"""Coretime in the system tray: each client's time and status in the tooltip and the menu, and the few
actions wanted with the window closed (open, copy the proposal, pause the reminders, quit)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.rhythm import ClientStatus
from app.zones import id_place
from ui.wall_text import clock_text, countdown_text

MENU_CLIENTS = 12
MENU_MEETINGS = 8
"""The menu lists this many clients at most (the selected first); the window lists them all."""


def tray_line(name: str, status: ClientStatus, locale: QLocale) -> str:
    """``Sarah · 9:41 AM · working until 5 PM`` or ``Jonas · 3:10 PM · starts in 2 h (11 PM your time)``."""
    local = status.client_local
    now_there = clock_text(local, locale)
    if status.away_zone is not None:
        now_there = QCoreApplication.translate("Tray", "{time} in {place}").format(
            time=now_there, place=id_place(status.away_zone)
        )
    if status.inside:
        if status.ends is None:
            return QCoreApplication.translate("Tray", "{name} · {time} · working").format(
                name=name, time=now_there
            )
        until = status.ends.astimezone(local.tzinfo)
        return QCoreApplication.translate("Tray", "{name} · {time} · working until {end}").format(
            name=name, time=now_there, end=clock_text(until, locale)
        )
    mine, minutes = status.next_start_mine, status.minutes_until
    if mine is None or minutes is None:
        return QCoreApplication.translate("Tray", "{name} · {time} · no core time within a year").format(
            name=name, time=now_there
        )
    if status.reason == "day_off":
        return QCoreApplication.translate(
            "Tray", "{name} · {time} · off, back in {countdown} ({mine} your time)"
        ).format(name=name, time=now_there, countdown=countdown_text(minutes), mine=clock_text(mine, locale))
    return QCoreApplication.translate(
        "Tray", "{name} · {time} · starts in {countdown} ({mine} your time)"
    ).format(name=name, time=now_there, countdown=countdown_text(minutes), mine=clock_text(mine, locale))


class TrayIcon(QSystemTrayIcon):
    """The tray icon and its menu. The clients' lines come from :meth:`set_lines`; choosing one selects
    that client in the window.

    Signals:
        openRequested(): show the window.
        clientChosen(str): the client with this id was chosen in the menu.
        copyRequested(): copy the proposal for the selected client.
        pauseToggled(bool): the reminders are paused (True) or told again (False).
        keepToggled(bool): closing the window keeps Coretime in the tray.
        loginToggled(bool): Coretime starts at login, into the tray.
        quitRequested(): quit Coretime.
        meetingsRequested(): show the upcoming meetings in the window.
    """

    openRequested = Signal()
    clientChosen = Signal(str)
    copyRequested = Signal()
    pauseToggled = Signal(bool)
    keepToggled = Signal(bool)
    loginToggled = Signal(bool)
    quitRequested = Signal()
    meetingsRequested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(icon, parent)
        self.menu = QMenu()
        self._clients: list[QAction] = []
        self._ids: list[str] = []
        self.clients_end = self.menu.addSeparator()
        self.open_action = self.menu.addAction(self.tr("Open Coretime"))
        self.copy_action = self.menu.addAction(self.tr("Copy proposal for {name}").format(name="…"))
        self.meetings_menu = QMenu(self.tr("Upcoming meetings"))
        self.meetings_action = self.menu.addMenu(self.meetings_menu)
        self.set_meetings([])
        self.menu.addSeparator()
        self.pause_action = self.menu.addAction(self.tr("Pause notifications"))
        self.pause_action.setCheckable(True)
        self.keep_action = self.menu.addAction(self.tr("Keep in the tray when the window closes"))
        self.keep_action.setCheckable(True)
        self.login_action = self.menu.addAction(self.tr("Start at login"))
        self.login_action.setCheckable(True)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit Coretime"))
        self.setContextMenu(self.menu)
        self.setToolTip("Coretime")
        self.open_action.triggered.connect(self.openRequested)
        self.copy_action.triggered.connect(self.copyRequested)
        self.pause_action.toggled.connect(self.pauseToggled)
        self.keep_action.toggled.connect(self.keepToggled)
        self.login_action.toggled.connect(self.loginToggled)
        self.quit_action.triggered.connect(self.quitRequested)
        self.activated.connect(self._clicked)

    def _clicked(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in {QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick}:
            self.openRequested.emit()

    def set_lines(self, lines: Sequence[tuple[str, str, str]], selected: str | None) -> None:
        """Each client's line (id, name and text) in the tooltip and the menu; ``selected`` names the client
        whose proposal Copy copies (``None``: nothing to copy)."""
        texts = [text for _id, _name, text in lines]
        self.setToolTip("\n".join(["Coretime", *texts[:MENU_CLIENTS]]))
        shown = lines[:MENU_CLIENTS]
        # The actions are kept and relabelled each minute; only a change in the number of clients adds or
        # removes some.
        while len(self._clients) > len(shown):
            action = self._clients.pop()
            self.menu.removeAction(action)
            action.deleteLater()
        while len(self._clients) < len(shown):
            action = QAction(self.menu)
            row = len(self._clients)
            action.triggered.connect(lambda _checked=False, r=row: self.clientChosen.emit(self._ids[r]))
            self.menu.insertAction(self.clients_end, action)
            self._clients.append(action)
        self._ids = [client_id for client_id, _name, _text in shown]
        for action, (_id, _name, text) in zip(self._clients, shown, strict=True):
            if action.text() != text:
                action.setText(text)
        name = next((name for client_id, name, _text in lines if client_id == selected), None)
        self.copy_action.setEnabled(name is not None)
        self.copy_action.setText(
            self.tr("Copy proposal for {name}").format(name=name) if name else self.tr("Copy proposal")
        )

    def set_meetings(self, lines: Sequence[tuple[str, str]]) -> None:
        """The booked meetings still ahead (``UID`` and text), soonest first, in their own submenu; choosing
        one shows the Upcoming list in the window."""
        texts = [text for _uid, text in lines[:MENU_MEETINGS]]
        if texts == self.meeting_lines() and self.meetings_menu.actions():
            return
        self.meetings_menu.clear()
        for text in texts:
            self.meetings_menu.addAction(text, self.meetingsRequested.emit)
        if len(lines) > MENU_MEETINGS:
            more = self.tr("{count} more…").format(count=len(lines) - MENU_MEETINGS)
            self.meetings_menu.addAction(more, self.meetingsRequested.emit)
        if not lines:
            self.meetings_menu.addAction(self.tr("No upcoming meetings")).setEnabled(False)
        self.meetings_action.setText(
            self.tr("Upcoming meetings ({count})").format(count=len(lines))
            if lines
            else self.tr("Upcoming meetings")
        )

    def meeting_lines(self) -> list[str]:
        return [a.text() for a in self.meetings_menu.actions() if a.isEnabled()][:MENU_MEETINGS]

    def set_switches(self, *, paused: bool, keep: bool, login: bool) -> None:
        """Show the switches as they are, without saying they changed."""
        for action, on in ((self.pause_action, paused), (self.keep_action, keep), (self.login_action, login)):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    def client_lines(self) -> list[str]:
        return [action.text() for action in self._clients]


def status_lines(
    clients: Sequence[tuple[str, str, ClientStatus]], locale: QLocale
) -> list[tuple[str, str, str]]:
    """The tray's lines for ``clients`` (id, name, status now)."""
    return [(client_id, name, tray_line(name, status, locale)) for client_id, name, status in clients]
