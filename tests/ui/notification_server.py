"""A notification server for the tests: ``org.freedesktop.Notifications`` on the bus at ``argv[1]``.

It answers ``Notify`` (writing each notification as one JSON line to ``argv[2]``), ``GetCapabilities``,
``GetServerInformation`` and ``CloseNotification``, and clicks a notification when told so on standard
input (``click ID``): it emits ``ActionInvoked(ID, "default")`` as a desktop does. It prints ``ready``
once it owns the name, and stops on end of input or after two minutes at most.
"""

from __future__ import annotations

import json
import selectors
import sys
import time
from pathlib import Path

from jeepney import HeaderFields, MessageType, message_bus, new_error, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import DBusAddress

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
EMITTER = DBusAddress(PATH, interface=SERVICE)
LIFETIME = 120.0


def main() -> int:  # noqa: PLR0912 - one branch per method of the service
    address, record = sys.argv[1], Path(sys.argv[2])
    bus = open_dbus_connection(bus=address)
    reply = bus.send_and_get_reply(message_bus.RequestName(SERVICE, 4), timeout=5)  # 4: do not queue
    if reply.body != (1,):  # 1: the primary owner
        print(f"could not own {SERVICE}: {reply.body}", flush=True)
        return 1
    print("ready", flush=True)
    selector = selectors.DefaultSelector()
    selector.register(bus.sock, selectors.EVENT_READ, "bus")
    selector.register(sys.stdin, selectors.EVENT_READ, "stdin")
    last_id = 0
    deadline = time.monotonic() + LIFETIME
    while time.monotonic() < deadline:
        for key, _ in selector.select(timeout=1.0):
            if key.data == "stdin":
                line = sys.stdin.readline()
                if not line:
                    return 0
                command, _, value = line.strip().partition(" ")
                if command == "click":
                    bus.send(new_signal(EMITTER, "ActionInvoked", "us", (int(value), "default")))
                continue
            data = bus.sock.recv(65536)
            if not data:
                return 0
            bus.parser.add_data(data)
            while (message := bus.parser.get_next_message()) is not None:
                if message.header.message_type is not MessageType.method_call:
                    continue
                member = message.header.fields.get(HeaderFields.member)
                if member == "Notify":
                    last_id += 1
                    app, replaces, icon, summary, body, actions, hints, timeout = message.body
                    entry = {
                        "id": last_id,
                        "app": app,
                        "replaces": replaces,
                        "icon": icon,
                        "summary": summary,
                        "body": body,
                        "actions": actions,
                        "hints": sorted(hints),
                        "timeout": timeout,
                        "signature": message.header.fields.get(HeaderFields.signature),
                    }
                    with record.open("a", encoding="utf-8") as out:
                        out.write(json.dumps(entry) + "\n")
                    bus.send(new_method_return(message, "u", (last_id,)))
                elif member == "GetCapabilities":
                    bus.send(new_method_return(message, "as", (["actions", "body"],)))
                elif member == "GetServerInformation":
                    bus.send(new_method_return(message, "ssss", ("test", "Coretime tests", "1", "1.2")))
                elif member == "CloseNotification":
                    (closed,) = message.body
                    bus.send(new_method_return(message))
                    bus.send(new_signal(EMITTER, "NotificationClosed", "uu", (closed, 3)))
                else:
                    bus.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
