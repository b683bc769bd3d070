"""packaging/shiboken_support.py: PySide6's support package, compiled at build time for the bundle's
``shiboken6/files.dir`` (the bundle check proves the bundle then loads it from there)."""

from __future__ import annotations

import importlib.util
import marshal
from pathlib import Path

import pytest

from tests.fresh_python import fresh_python
from tests.packaging import packaging_module

shiboken_support = packaging_module("shiboken_support")


def test_the_embedded_package_is_read_whole() -> None:
    sources = shiboken_support.embedded_sources()
    assert "shibokensupport/__init__.py" in sources
    # The modules PySide6's start imports from it, among them the signature loader and __feature__.
    for module in ("signature/loader.py", "signature/parser.py", "feature.py", "signature/lib/enum_sig.py"):
        assert f"shibokensupport/{module}" in sources
    assert all(name.startswith("shibokensupport/") and name.endswith(".py") for name in sources)
    assert b"def " in sources["shibokensupport/signature/loader.py"]


def test_each_module_is_compiled_for_this_python_under_its_own_name(tmp_path: Path) -> None:
    sources = {
        "shibokensupport/__init__.py": b"ANSWER = 42\n",
        "shibokensupport/signature/__init__.py": b"",
        "shibokensupport/signature/loader.py": b"def load():\n    return 'loaded'\n",
    }
    written = shiboken_support.write_compiled(tmp_path, sources)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == sorted(f"{n}c" for n in sources)
    for path in written:
        data = path.read_bytes()
        assert data[:4] == importlib.util.MAGIC_NUMBER
        code = marshal.loads(data[16:])
        # Tracebacks name the module as shiboken's embedded zip does, not the scratch folder.
        assert code.co_filename == path.relative_to(tmp_path).as_posix()[:-1]
    # Without sources, as in the bundle, Python imports the compiled files from a folder on its path.
    printed = fresh_python(
        f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n"
        "import shibokensupport, shibokensupport.signature.loader as loader\n"
        "print(shibokensupport.ANSWER, loader.load(), loader.__file__.endswith('loader.pyc'))\n"
    )
    assert printed == "42 loaded True"


def test_sources_without_the_package_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="__init__"):
        shiboken_support.write_compiled(tmp_path, {"shibokensupport/feature.py": b""})
    assert list(tmp_path.iterdir()) == []
