"""The domain stays free of Qt: importing all of ``app`` loads no PySide6 module."""

from __future__ import annotations

from tests.fresh_python import fresh_python


def test_app_imports_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, app\n"
        "for m in pkgutil.walk_packages(app.__path__, 'app.'):\n"
        "    if m.name != 'app.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "loaded = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(len([n for n in sys.modules if n.startswith('app.')]), loaded)\n"
    )
    count, loaded = fresh_python(code).split(" ", 1)
    assert int(count) >= 5, "the walk should have imported the app's modules"
    assert loaded.strip() == "[]"
