"""Reminders told through the desktop's own notification service: the freedesktop ``Notify`` call on the
session bus (Linux and the BSDs), read and written by ``jeepney`` on the event loop (a socket notifier, no
thread, no blocking call), with a click on a notification coming back as its ``ActionInvoked`` signal.

Where there is no session bus or no notification service, each reminder goes to a fallback the window
gives (the tray icon's own balloon, ``QSystemTrayIcon.showMessage``), so reminders still reach the
freelancer on macOS, on Windows and on a desktop without the service.

QtDBus cannot be used for the call: from Python it writes every whole number as a signed ``i``, and the
services check that ``replaces_id`` is the ``u`` the specification asks for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.low_level import Message
from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
DESKTOP_ENTRY = "io.github.coretime.Coretime"
SessionBus = Callable[[], "DBusConnection | None"]
"""Opens the bus notifications go to (``None``: there is none)."""
Fallback = Callable[[str, str, str], None]
"""Tells a reminder (summary, body, target) another way, when the service cannot."""


def open_session_bus(address: str = "SESSION") -> DBusConnection | None:
    """The session bus (or the bus at ``address``), or ``None`` where there is none."""
    try:
        return open_dbus_connection(bus=address, auth_timeout=2.0)
    except (OSError, KeyError, ValueError, RuntimeError) as error:
        log.info("No session bus for notifications: %s", error)
        return None


class Notifier(QObject):
    """Sends notifications and tells which one was clicked.

    ``connection`` is the bus to use (``None``: none, every reminder goes to ``fallback``). Each
    notification carries a ``target`` (what to open when it is clicked), given back by :attr:`activated`.

    Signals:
        activated(str): the notification for this target was clicked.
        sent(str, str): a notification with this summary and body went to the service.
    """

    activated = Signal(str)
    sent = Signal(str, str)

    def __init__(
        self,
        connection: DBusConnection | None,
        *,
        open_text: str,
        fallback: Fallback | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = connection
        self._open_text = open_text
        self.fallback = fallback
        self._pending: dict[int, tuple[str, str, str]] = {}  # a Notify call's serial → what it tells
        self._shown: dict[int, str] = {}  # a notification's id → its target
        self._reader: QSocketNotifier | None = None
        if connection is not None:
            rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
            connection.send(message_bus.AddMatch(rule))
            self._reader = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
            self._reader.activated.connect(self._read)

    def uses_service(self) -> bool:
        """Whether notifications go to the session bus (else to the fallback)."""
        return self._bus is not None

    def notify(self, summary: str, body: str, target: str) -> None:
        """Tell ``summary`` and ``body``; a click on it comes back as :attr:`activated` with ``target``."""
        if self._bus is None:
            self._fall_back(summary, body, target)
            return
        call = new_method_call(
            NOTIFICATIONS,
            "Notify",
            "susssasa{sv}i",
            (
                "Coretime",
                0,
                DESKTOP_ENTRY,
                summary,
                body,
                ["default", self._open_text],
                {"desktop-entry": ("s", DESKTOP_ENTRY)},
                -1,
            ),
        )
        serial = next(self._bus.outgoing_serial)
        try:
            self._bus.send(call, serial=serial)
        except OSError as error:
            log.info("The session bus went away: %s", error)
            self._lose_bus()
            self._fall_back(summary, body, target)
            return
        self._pending[serial] = (summary, body, target)

    def close(self) -> None:
        """Leave the bus (what is still to come goes to the fallback)."""
        self._lose_bus()

    def _fall_back(self, summary: str, body: str, target: str) -> None:
        if self.fallback is not None:
            self.fallback(summary, body, target)
        else:
            log.info("Reminder with no way to show it: %s — %s", summary, body)

    def _lose_bus(self) -> None:
        if self._reader is not None:
            self._reader.setEnabled(False)
        if self._bus is not None:
            self._bus.close()
        self._bus = None

    def _read(self) -> None:
        bus = self._bus
        if bus is None:
            return
        try:
            data = bus.sock.recv(65536)
        except BlockingIOError:
            return
        except OSError as error:
            log.info("The session bus went away: %s", error)
            data = b""
        if not data:
            pending = list(self._pending.values())
            self._pending.clear()
            self._lose_bus()
            for summary, body, target in pending:
                self._fall_back(summary, body, target)
            return
        bus.parser.add_data(data)
        for _ in range(10_000):  # a bound: a parser never holds more messages than the bytes it was given
            message = bus.parser.get_next_message()
            if message is None:
                break
            self._take(message)

    def _take(self, message: Message) -> None:
        header = message.header
        fields: dict[HeaderFields, Any] = header.fields
        kind = header.message_type
        if kind in {MessageType.method_return, MessageType.error}:
            told = self._pending.pop(fields.get(HeaderFields.reply_serial, -1), None)
            if told is None:
                return
            if kind is MessageType.error:
                log.info(
                    "No notification service (%s): telling it another way",
                    fields.get(HeaderFields.error_name),
                )
                self._fall_back(*told)
                return
            self._shown[int(message.body[0])] = told[2]
            self.sent.emit(told[0], told[1])
        elif kind is MessageType.signal and fields.get(HeaderFields.interface) == SERVICE:
            member = fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                target = self._shown.get(int(message.body[0]))
                if target is not None:
                    self.activated.emit(target)
            elif member == "NotificationClosed":
                self._shown.pop(int(message.body[0]), None)
