"""PySide6's Python support package, compiled once at build time instead of at every start.

shiboken6 carries ``shibokensupport`` (signatures, enums, the ``__feature__`` import switch: 13 modules)
as Python source in a zip inside its library, and compiles that source every time a program imports
PySide6: about 13 ms of Coretime's start on a 2-core machine, the same for any PySide6 program. Its
bootstrap (``signature_bootstrap.py``, embedded in shiboken) first looks for a ``files.dir`` folder
beside ``shiboken6/__init__``; when there is one, it imports the package from there, the way any
package is imported, and compiled files are loaded without compiling. That folder is what PySide6's own
``SBK_EMBED=0`` setting unpacks (as source, beside an installed PySide6).

:func:`write_compiled` writes the folder's contents as ``.pyc`` files compiled by the running Python,
which must be the bundle's, for coretime.spec to ship at ``shiboken6/files.dir``. The modules are
PySide6's own, byte for byte, taken from the installed shiboken6; nothing in them is changed.

Run as a script (``python shiboken_support.py OUT``) it writes into OUT and prints the files, one a line:
coretime.spec runs it in a child process so that PySide6 is not loaded into PyInstaller's own.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

FOLDER = "shiboken6/files.dir"
"""Where the compiled package goes in the bundle: beside ``shiboken6/__init__``, as the bootstrap expects."""
PACKAGE = "shibokensupport/"


def embedded_sources() -> dict[str, bytes]:
    """The support package's modules as shiboken6 embeds them: relative path → source."""
    import PySide6.QtCore  # noqa: F401, PLC0415 - loading PySide6 unpacks the embedded zip
    import shibokensupport  # noqa: PLC0415 - a top-level module shiboken6 puts in sys.modules

    archive = getattr(shibokensupport.__loader__, "zfile", None)
    if archive is not None:  # PySide6's EmbeddableZipImporter, the default
        names = [n for n in archive.namelist() if n.startswith(PACKAGE) and n.endswith(".py")]
        return {name: archive.read(name) for name in names}
    # An installation already unpacked with SBK_EMBED=0 imports from files.dir: take the sources there.
    root = Path(shibokensupport.__file__).resolve().parent.parent
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.glob(f"{PACKAGE}**/*.py")}


def write_compiled(out: Path, sources: dict[str, bytes]) -> list[Path]:
    """Compile each module to ``out/<path>.pyc`` (the layout a folder without sources needs)."""
    import py_compile  # noqa: PLC0415

    if not any(name == f"{PACKAGE}__init__.py" for name in sources):
        raise ValueError("the sources hold no shibokensupport/__init__.py")
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, text in sorted(sources.items()):
            source = Path(scratch, name)
            source.parent.mkdir(parents=True, exist_ok=True)
            source.write_bytes(text)
            target = out / f"{name}c"
            target.parent.mkdir(parents=True, exist_ok=True)
            # dfile: tracebacks name the module as the embedded zip does, not a scratch path.
            py_compile.compile(str(source), cfile=str(target), dfile=name, doraise=True)
            written.append(target)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: shiboken_support.py OUT", file=sys.stderr)
        return 2
    for path in write_compiled(Path(argv[0]), embedded_sources()):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
