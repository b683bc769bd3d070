"""Subscribed calendar addresses: fetched from a real HTTP server on 127.0.0.1 (and from Radicale over
CalDAV), kept in a private cache, and read from it when the server is gone or answers badly."""

from __future__ import annotations

import stat
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from app.busy import read_calendar
from app.calendar_fetch import cache_file, fetch, fetch_url, is_address
from tests.app.test_caldav import USER, Server, radicale  # noqa: F401 - radicale is a fixture

NOW = datetime(2026, 3, 1, 8, tzinfo=UTC)
MEETING = datetime(2026, 3, 2, 13, tzinfo=UTC)


def one_event(start: datetime = MEETING) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Coretime tests//EN")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", f"call-{start:%Y%m%d%H%M}@example.com")
    event.add("dtstamp", NOW)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(hours=1))
    cal.add_component(event)
    return bytes(cal.to_ical())


class Site:
    """What the test server answers: path → (status, body); the ``slow`` paths answer only when released."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, bytes]] = {}
        self.slow: set[str] = set()
        self.release = threading.Event()
        self.requests: list[tuple[str, str | None]] = []


@pytest.fixture
def site() -> Iterator[tuple[Site, ThreadingHTTPServer]]:
    pages = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            pages.requests.append((self.path, self.headers.get("Authorization")))
            if self.path in pages.slow:
                pages.release.wait(10)  # bounded: the test releases it as soon as the fetch gave up
            status, body = pages.pages.get(self.path, (404, b"not found"))
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/calendar")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting, as it should
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield pages, server
    finally:
        pages.release.set()
        server.shutdown()
        server.server_close()
        thread.join(10)


def address(server: ThreadingHTTPServer, path: str) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


def test_fetched_cached_privately_and_used_after_the_server_stops(
    site: tuple[Site, ThreadingHTTPServer], tmp_path: Path
) -> None:
    pages, server = site
    pages.pages["/basic.ics"] = (200, one_event())
    url = address(server, "/basic.ics")
    first = fetch(url, cache_dir=tmp_path / "cache", now=NOW, timeout=5)
    assert first.fresh
    assert first.data == one_event()
    assert first.fetched_at == NOW
    copy = cache_file(tmp_path / "cache", url)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert url not in str(copy)
    server.shutdown()
    server.server_close()
    later = NOW + timedelta(hours=2)
    offline = fetch(url, cache_dir=tmp_path / "cache", now=later, timeout=5)
    assert offline.problem is not None
    assert offline.problem.code == "busy.unreachable"
    assert offline.data == one_event()
    assert offline.fetched_at == NOW
    busy = read_calendar(
        offline.data, source=url, start=NOW, end=NOW + timedelta(days=7), zone=ZoneInfo("Asia/Tokyo")
    )
    assert [b.span for b in busy.blocks] == [(int(MEETING.timestamp()), int(MEETING.timestamp()) + 3600)]


@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        ("/gone.ics", None, "busy.http_status"),
        ("/slow", None, "busy.timeout"),
        ("/login", b"<!doctype html><title>Sign in</title>", "busy.not_a_calendar"),
    ],
    ids=["404", "timeout", "not-a-calendar"],
)
def test_a_bad_answer_gives_a_clear_notice_and_keeps_the_last_good_copy(
    site: tuple[Site, ThreadingHTTPServer], tmp_path: Path, path: str, body: bytes | None, code: str
) -> None:
    pages, server = site
    url = address(server, path)
    pages.pages[path] = (200, one_event())
    assert fetch(url, cache_dir=tmp_path, now=NOW, timeout=5).fresh
    if body is None:
        pages.pages.pop(path)
    else:
        pages.pages[path] = (200, body)
    if path == "/slow":
        pages.slow.add(path)
    found = fetch(url, cache_dir=tmp_path, now=NOW + timedelta(minutes=15), timeout=0.3)
    pages.release.set()
    assert found.problem is not None
    assert found.problem.code == code
    assert url in str(found.problem)
    if code == "busy.http_status":
        assert "404" in str(found.problem)
    assert found.data == one_event()
    assert found.fetched_at == NOW
    assert cache_file(tmp_path, url).read_bytes() == one_event()


def test_without_a_cache_a_failure_has_no_data(site: tuple[Site, ThreadingHTTPServer]) -> None:
    _, server = site
    found = fetch(address(server, "/nothing.ics"), cache_dir=None, now=NOW, timeout=5)
    assert found.data is None
    assert found.fetched_at is None
    assert not found.fresh


def test_webcal_is_read_as_https_and_files_are_not_addresses() -> None:
    assert fetch_url("webcal://calendar.example.com/basic.ics") == "https://calendar.example.com/basic.ics"
    assert fetch_url("WEBCAL://x.example/a.ics") == "https://x.example/a.ics"
    assert is_address("webcal://x.example/a.ics")
    assert is_address("https://x.example/a.ics")
    assert not is_address("/home/me/Outlook export.ics")
    assert not is_address("calendar.ics")


def test_a_caldav_collection_from_radicale_read_as_a_calendar_address(
    radicale: Server,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    status, body = radicale.request("MKCALENDAR", f"/{USER}/busy/")
    assert status == 201, body
    for day in (2, 3):
        start = MEETING.replace(day=day)
        status, body = radicale.request(
            "PUT", f"/{USER}/busy/{day}.ics", one_event(start), **{"Content-Type": "text/calendar"}
        )
        assert status == 201, body
    url = f"http://{USER}:secret@127.0.0.1:{radicale.port}/{USER}/busy/"
    found = fetch(url, cache_dir=tmp_path, now=NOW, timeout=10)
    assert found.fresh, found.problem
    assert found.data is not None
    busy = read_calendar(
        found.data, source=url, start=NOW, end=NOW + timedelta(days=7), zone=ZoneInfo("Europe/Berlin")
    )
    assert [datetime.fromtimestamp(b.span[0], UTC) for b in busy.blocks] == [
        MEETING.replace(day=2),
        MEETING.replace(day=3),
    ]
    failed = fetch(
        f"http://{USER}:secret@127.0.0.1:{radicale.port}/{USER}/missing/", cache_dir=tmp_path, now=NOW
    )
    assert failed.problem is not None
    assert "secret" not in str(failed.problem)
