"""The IANA zone the machine's clock is set to, read the way the C library finds it.

Used once, to seed a first launch (DESIGN.md, "Time rules": the one default taken from the machine).
Reading two small files here costs microseconds, where Qt's ``QTimeZone.systemTimeZoneId`` takes
milliseconds of the first frame. Everything read is an argument, so tests need no machine settings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from app.zones import ZoneError, load_zone

LOCALTIME = Path("/etc/localtime")
"""The zone file the C library reads; on Linux and macOS a link into the zoneinfo folder."""
TIMEZONE_FILE = Path("/etc/timezone")
"""Debian's plain-text copy of the zone's name, for a ``/etc/localtime`` that is a copy, not a link."""
_VARIANTS = ("posix/", "right/")


def system_zone(
    environ: Mapping[str, str], localtime: Path = LOCALTIME, timezone_file: Path = TIMEZONE_FILE
) -> str | None:
    """The zone's IANA name from ``TZ``, else from where ``localtime`` links, else from
    ``timezone_file``; None when none of them names a known zone (the caller then asks the platform).

    A ``TZ`` that is set but names no IANA zone (a POSIX rule such as ``EST5EDT``) gives None rather
    than the files' zone: the C library follows ``TZ``, so the files would be wrong.
    """
    tz = environ.get("TZ", "").strip().removeprefix(":")
    if tz:
        return _known(_key_of_path(tz) if tz.startswith("/") else tz)
    try:
        target = os.readlink(localtime)
    except OSError:
        target = ""
    if target:
        key = _known(_key_of_path(str(localtime.parent / target)))
        if key is not None:
            return key
    try:
        written = timezone_file.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return _known(written.splitlines()[0].strip()) if written else None


def _key_of_path(path: str) -> str:
    """``Europe/Berlin`` from ``/usr/share/zoneinfo/Europe/Berlin`` (or ``…/zoneinfo/posix/…``)."""
    _, found, rest = os.path.normpath(path).replace(os.sep, "/").partition("/zoneinfo/")
    if not found:
        return ""
    for variant in _VARIANTS:
        rest = rest.removeprefix(variant)
    return rest


def _known(name: str) -> str | None:
    if not name:
        return None
    try:
        return load_zone(name).key
    except ZoneError:
        return None
