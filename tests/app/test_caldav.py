"""A real CalDAV server (Radicale, on loopback, with throw-away storage) accepts every kind of file
Coretime writes, and gives back the same instants."""

from __future__ import annotations

import base64
import http.client
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import vobject

from app.ics import (
    Invite,
    Meeting,
    Weekly,
    holds_calendar,
    invite_calendar,
    meeting_calendar,
    series_calendar,
)
from app.intervals import Interval

NOW = datetime(2026, 3, 1, tzinfo=UTC)
START = datetime(2026, 3, 10, 13, tzinfo=UTC)
USER = "coretime"
# Radicale's "none" authentication takes any user name; the name decides whose collections these are.
AUTH = {"Authorization": "Basic " + base64.b64encode(f"{USER}:x".encode()).decode()}


@dataclass(frozen=True)
class Server:
    port: int

    def request(self, method: str, path: str, body: bytes | None = None, **headers: str) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers={**AUTH, **headers})
            response = connection.getresponse()
            return response.status, response.read()
        finally:
            connection.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    storage = tmp_path_factory.mktemp("radicale")
    port = _free_port()
    log = (storage / "radicale.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", "",  # no system or user configuration
         "--server-hosts", f"127.0.0.1:{port}", "--auth-type", "none",
         "--storage-filesystem-folder", str(storage / "collections"), "--logging-level", "warning"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"Radicale exited: {(storage / 'radicale.log').read_text(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("Radicale did not listen within 30 s")
                time.sleep(0.05)
        yield Server(port)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _split_by_uid(data: bytes) -> list[bytes]:
    """One calendar per event: CalDAV stores one UID per resource (RFC 4791, section 4.1)."""
    calendar = vobject.readOne(data.decode())
    parts = []
    for event in calendar.vevent_list:
        single = vobject.iCalendar()
        single.add("method").value = calendar.method.value
        single.add(event)
        parts.append(single.serialize().encode())
    return parts


def _kinds() -> dict[str, tuple[bytes, list[datetime]]]:
    meeting = Meeting(
        START, timedelta(minutes=45), "Call, part 1; 日本語 🎉", "Agenda:\nA\\B", alarm=timedelta(minutes=15)
    )
    zone = ZoneInfo("Europe/Berlin")
    weekly = Weekly(zone, count=6)  # across Berlin's change to summer time on 29 March
    series_starts = [datetime(2026, 3, 10, 14, tzinfo=zone) + timedelta(weeks=w) for w in range(6)]
    invite = Invite("me@example.com", ("client@example.org",))
    options = [Interval(START + timedelta(days=d), START + timedelta(days=d, minutes=30)) for d in range(3)]
    return {
        "single": (meeting_calendar(meeting=meeting, now=NOW), [START]),
        "series": (series_calendar(meeting=meeting, weekly=weekly, now=NOW), series_starts),
        "invite": (invite_calendar(meeting=meeting, invite=invite, now=NOW), [START]),
        "holds": (holds_calendar(options, title="Hold", now=NOW), [o.start for o in options]),
    }


def test_radicale_accepts_every_kind_and_gives_back_the_same_instants(radicale: Server) -> None:
    for kind, (data, starts) in _kinds().items():
        # A calendar per kind: the invite is the single meeting sent by mail, so it has the same UID,
        # which CalDAV allows only once per calendar.
        status, body = radicale.request("MKCALENDAR", f"/{USER}/{kind}/")
        assert status == 201, body
        resources = _split_by_uid(data) if kind == "holds" else [data]
        found = []
        for index, resource in enumerate(resources):
            path = f"/{USER}/{kind}/{index}.ics"
            status, body = radicale.request("PUT", path, resource, **{"Content-Type": "text/calendar"})
            assert status == 201, f"{kind}: {status} {body!r}"
            status, body = radicale.request("GET", path)
            assert status == 200
            event = vobject.readOne(body.decode()).vevent
            assert event.uid.value == vobject.readOne(resource.decode()).vevent.uid.value
            if hasattr(event, "rrule"):
                found += [s.astimezone(UTC) for s in event.getrruleset()]
            else:
                found.append(event.dtstart.value.astimezone(UTC))
        assert found == [s.astimezone(UTC) for s in starts], kind


def test_radicale_expands_the_series_on_the_clients_clock(radicale: Server) -> None:
    """The server itself expands the series (CalDAV calendar-query with expand), from the file's VTIMEZONE."""
    radicale.request("MKCALENDAR", f"/{USER}/expand/")
    data, starts = _kinds()["series"]
    status, _ = radicale.request(
        "PUT", f"/{USER}/expand/series.ics", data, **{"Content-Type": "text/calendar"}
    )
    assert status == 201
    query = b"""<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><C:calendar-data>
    <C:expand start="20260101T000000Z" end="20270101T000000Z"/>
  </C:calendar-data></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">
    <C:time-range start="20260101T000000Z" end="20270101T000000Z"/>
  </C:comp-filter></C:comp-filter></C:filter>
</C:calendar-query>"""
    status, body = radicale.request(
        "REPORT", f"/{USER}/expand/", query, Depth="1", **{"Content-Type": "application/xml"}
    )
    assert status == 207, body
    text = body.decode()
    calendar = text[text.index("BEGIN:VCALENDAR") : text.index("END:VCALENDAR") + len("END:VCALENDAR")]
    calendar = calendar.replace("&#13;", "").replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    expanded = sorted(e.dtstart.value.astimezone(UTC) for e in vobject.readOne(calendar).vevent_list)
    assert expanded == [s.astimezone(UTC) for s in starts]
