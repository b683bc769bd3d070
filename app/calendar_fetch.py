"""Fetching a subscribed calendar address into a private cache, and falling back on that cache.

An address is ``https://``, ``http://`` or ``webcal://`` (read as ``https://``, as calendar apps do);
a user and password in it (``https://me:secret@host/…``, a CalDAV collection) are sent as HTTP Basic
authentication.
Each fetch has a timeout, reads at most :data:`MAX_BYTES`, goes straight to the address's host (no
proxy from the environment) and is kept only when the body is a calendar. The copy is written
atomically with mode 0600 in the cache folder given; its modification time is the moment of the last
good fetch. When a fetch fails (an HTTP error, a timeout, no network, a body that is no calendar) the
result says why and carries the last good copy, if any.
"""

from __future__ import annotations

import base64
import hashlib
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.atomic import read_limited, write_atomically
from app.messages import Message, message

MAX_BYTES = 16 * 1024 * 1024
TIMEOUT_SECONDS = 20.0
REFRESH_MINUTES = 15
"""How often the desktop app fetches every address again while it runs."""
_SCHEMES = ("https://", "http://", "webcal://", "webcals://")


def is_address(text: str) -> bool:
    """Whether ``text`` is a calendar address rather than a file name."""
    return text.strip().lower().startswith(_SCHEMES)


def fetch_url(address: str) -> str:
    """The URL fetched for ``address``: ``webcal://`` (and ``webcals://``) become ``https://``."""
    text = address.strip()
    lowered = text.lower()
    for scheme in ("webcal://", "webcals://"):
        if lowered.startswith(scheme):
            return "https://" + text[len(scheme) :]
    return text


def cache_file(cache_dir: Path, address: str) -> Path:
    """Where ``address``'s copy is kept: a name from its hash, so the address itself is not on show."""
    digest = hashlib.sha256(fetch_url(address).encode()).hexdigest()[:32]
    return cache_dir / f"{digest}.ics"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A calendar address's data now: ``data`` (fresh or the cached copy), when it was last fetched
    well (``fetched_at``), and ``problem``, why this fetch failed, if it did."""

    address: str
    data: bytes | None
    fetched_at: datetime | None
    problem: Message | None = None

    @property
    def fresh(self) -> bool:
        return self.problem is None and self.data is not None


def looks_like_calendar(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return head.startswith(b"BEGIN:VCALENDAR")


def cached(address: str, cache_dir: Path | None) -> tuple[bytes | None, datetime | None]:
    """The last good copy of ``address`` and when it was fetched, or ``(None, None)``."""
    if cache_dir is None:
        return None, None
    path = cache_file(cache_dir, address)
    try:
        data = read_limited(path, limit=MAX_BYTES)
        when = datetime.fromtimestamp(os.stat(path).st_mtime, UTC)
    except OSError:
        return None, None
    return data, when


def fetch(
    address: str, *, cache_dir: Path | None, now: datetime, timeout: float = TIMEOUT_SECONDS
) -> Fetched:
    """Fetch ``address`` now; keep a good copy in ``cache_dir`` (when given) dated ``now``."""
    url = fetch_url(address)
    problem = _get(url, timeout)
    if isinstance(problem, bytes):
        data = problem
        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = cache_file(cache_dir, address)
            try:
                write_atomically(path, data, mode=0o600)
                stamp = now.timestamp()
                os.utime(path, (stamp, stamp))
            except OSError as error:
                return Fetched(address, data, now, message("busy.cache_unwritable", reason=str(error)))
        return Fetched(address, data, now)
    copy, when = cached(address, cache_dir)
    return Fetched(address, copy, when, problem)


def _get(url: str, timeout: float) -> bytes | Message:  # noqa: PLR0911 - one return per failure
    """The body at ``url``, or what went wrong, as a message naming the address."""
    if not url.lower().startswith(("https://", "http://")):
        return message("busy.bad_address", source=url)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    headers = {"User-Agent": "Coretime", "Accept": "text/calendar"}
    parts = urllib.parse.urlsplit(url)
    if parts.username is not None:  # a CalDAV collection's address may carry its user and password
        login = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        headers["Authorization"] = "Basic " + base64.b64encode(login.encode()).decode()
        url = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    shown = url  # never the password
    request = urllib.request.Request(url, headers=headers)
    try:
        with opener.open(request, timeout=timeout) as response:
            body: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        return message("busy.http_status", source=shown, status=error.code)
    except TimeoutError:
        return message("busy.timeout", source=shown, seconds=int(timeout) or 1)
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            return message("busy.timeout", source=shown, seconds=int(timeout) or 1)
        return message("busy.unreachable", source=shown, reason=str(error.reason))
    except (OSError, ValueError) as error:  # a connection reset mid-body, a malformed URL
        return message("busy.unreachable", source=shown, reason=str(error) or type(error).__name__)
    if len(body) > MAX_BYTES:
        return message("busy.too_large", source=shown, limit=MAX_BYTES // (1024 * 1024))
    if not looks_like_calendar(body):
        return message("busy.not_a_calendar", source=shown, reason="the server sent no calendar")
    return body
