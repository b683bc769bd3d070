"""Babel and holidays are heavy: importing the domain, ranking included, loads neither of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ranking_and_proposal_load_babel_and_holidays_only_when_used() -> None:
    code = (
        "import sys, app.overlap, app.ranking, app.proposal, app.publicholidays, app.clockchanges\n"
        "import app.rhythm, app.checkin, app.deadline, app.cli.rhythm\n"
        "import app.timefmt, app.cli.main\n"
        "print(sorted({n.split('.')[0] for n in sys.modules} & {'babel', 'holidays', 'icalendar'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
