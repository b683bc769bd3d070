"""Shared by the rhythm GUI tests: a clock the test moves, and an English (UK) locale so the freelancer's
clock reads 24-hour times whatever the machine's locale is."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale


class Clock:
    """The injected clock: reads ``now``, which the test sets."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def english_clock() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)
