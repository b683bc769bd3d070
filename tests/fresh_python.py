"""A fresh interpreter in the checkout, for what importing a module loads (the process running the tests
has long since imported everything)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fresh_python(code: str) -> str:
    """What ``code`` prints, run by a new Python in the project's root; a failure raises."""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.strip()
