"""Tests of the packaging: the bundle's build helpers, the desktop identity, the install scripts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def packaging_module(name: str) -> ModuleType:
    """``packaging/<name>.py``, a script folder rather than a package, loaded as module ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
