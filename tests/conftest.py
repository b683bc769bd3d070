"""Test set-up shared by every test: Qt runs offscreen, set before any Qt module is imported."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

# On a developer's machine hypothesis explores new examples on every run; in CI (CI=true) it draws the
# same examples each time, so a red CI always reproduces and a green one is not luck.
settings.register_profile("ci", derandomize=True, print_blob=True)
# `make quick` (CORETIME_HYPOTHESIS=quick): few examples for the properties that do not set their own count,
# for a fast loop while developing; `make check` keeps the full runs.
settings.register_profile("quick", max_examples=10, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
elif os.environ.get("CORETIME_HYPOTHESIS") == "quick":
    settings.load_profile("quick")


def pytest_addoption(parser: object) -> None:
    """``--monkey-actions N`` and ``--monkey-seed S`` size the random-use test (tests/ui/test_monkey.py);
    CI runs the default, ``make monkey`` a long run."""
    group = parser.getgroup("coretime")  # type: ignore[attr-defined]
    group.addoption("--monkey-actions", type=int, default=4000, help="actions the GUI monkey performs")
    group.addoption("--monkey-seed", type=int, default=20261127, help="seed of the GUI monkey")
