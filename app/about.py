"""What Coretime says about itself: its id, its version from the package metadata, and the licences it
ships under — its own and those of every library inside the app."""

from __future__ import annotations

from typing import NamedTuple

APP_NAME = "Coretime"
# Reverse-DNS id: the .desktop file's name, the hicolor icon's name, Qt's desktop file name.
APP_ID = "io.github.coretime.Coretime"
DISTRIBUTION = "coretime"

LICENSE_TEXT = """\
MIT License

Copyright (c) 2026 Coretime developers

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


class Component(NamedTuple):
    """A library shipped inside the app, with the licence it is used under."""

    name: str
    distribution: str  # the name its metadata is installed under, for its version
    licence: str
    url: str
    note: str = ""


COMPONENTS = (
    Component(
        "Qt 6",
        "PySide6-Essentials",
        "GNU LGPL v3",
        "https://www.qt.io/licensing/open-source-lgpl-obligations",
        "Coretime uses Qt under the GNU Lesser General Public License version 3 "
        "(https://www.gnu.org/licenses/lgpl-3.0.html). Qt's libraries are separate shared libraries in "
        "the app's folder; you may replace them with your own build. The complete source of the Qt "
        "version shipped (shown beside its name) is at https://download.qt.io/official_releases/qt/ "
        "and https://code.qt.io/cgit/qt/qt5.git/ .",
    ),
    Component(
        "PySide6 and Shiboken6 (Qt for Python)",
        "PySide6-Essentials",
        "GNU LGPL v3",
        "https://code.qt.io/cgit/pyside/pyside-setup.git/",
        "Used under the same LGPL v3 terms as Qt; source at "
        "https://download.qt.io/official_releases/QtForPython/ .",
    ),
    Component("Python", "", "PSF License", "https://docs.python.org/3/license.html"),
    Component(
        "Babel",
        "babel",
        "BSD 3-Clause",
        "https://github.com/python-babel/babel",
        "Includes Unicode CLDR data, used under the Unicode License v3 (https://www.unicode.org/license.txt).",
    ),
    Component("icalendar", "icalendar", "BSD 2-Clause", "https://github.com/collective/icalendar"),
    Component(
        "python-dateutil",
        "python-dateutil",
        "Apache 2.0 and BSD 3-Clause",
        "https://github.com/dateutil/dateutil",
    ),
    Component("six", "six", "MIT", "https://github.com/benjaminp/six"),
    Component(
        "typing_extensions", "typing_extensions", "PSF License", "https://github.com/python/typing_extensions"
    ),
    Component(
        "tzdata",
        "tzdata",
        "Apache 2.0",
        "https://github.com/python/tzdata",
        "The IANA time zone database inside it is in the public domain.",
    ),
    Component("holidays", "holidays", "MIT", "https://github.com/vacanza/holidays"),
)


def version(distribution: str = DISTRIBUTION) -> str:
    """The installed version of ``distribution``; ``"unknown"`` when its metadata is absent (a source
    checkout that was never installed, or a bundle built without ``copy_metadata``)."""
    if not distribution:
        import platform  # noqa: PLC0415 - only Python's own entry asks

        return platform.python_version()
    from importlib import metadata  # noqa: PLC0415 - 10 ms; the app asks only for --version and About

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"
