"""Coretime's build step beyond pyproject.toml: the interface's translations are compiled whenever the
package is built — wheel, sdist, editable install, and so the bundle — not only when `make` has run.

The catalogues are `resources/translations/coretime_*.ts` (kept in git); Qt's `lrelease`, from the
PySide6-Essentials that pyproject.toml lists as a build requirement, compiles each into
`ui/translations/coretime_*.qm`, package data the app loads from inside its package.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import Command, setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "ui" / "translations"
# PySide6's own `pyside6-lrelease` entry point, run by this Python: it finds the lrelease binary inside
# whichever PySide6 this build environment has, on every platform.
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def compile_translations() -> list[Path]:
    """Compile every catalogue into the ui package (as `make translations` does); the compiled files."""
    written = []
    for ts in sorted(SOURCES.glob("coretime_*.ts")):
        qm = COMPILED / f"{ts.stem}.qm"
        COMPILED.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file():
            raise RuntimeError(f"lrelease wrote no {qm} from {ts}")
        written.append(qm)
    return written


class CompileTranslations(Command):
    """`python setup.py compile_translations`: the .ts catalogues to .qm files in ui/translations/."""

    description = "compile the interface's Qt translations (.ts) into ui/translations/*.qm"
    user_options: list[tuple[str, str | None, str]] = []  # noqa: RUF012 — setuptools' own protocol

    def initialize_options(self) -> None:
        pass

    def finalize_options(self) -> None:
        pass

    def run(self) -> None:
        compile_translations()


class BuildPy(build_py):
    """The package's modules and data, with the translations compiled first so they go in as data."""

    def run(self) -> None:
        compile_translations()
        # setuptools lists package data the first time it is asked; ask again now that the .qm exist.
        self.__dict__.pop("data_files", None)
        super().run()


class Sdist(sdist):
    """The source archive: the .ts catalogues (MANIFEST.in) and, compiled from them, the .qm files."""

    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildPy, "sdist": Sdist, "compile_translations": CompileTranslations})
