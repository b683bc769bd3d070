"""Babel and holidays are heavy: importing the domain, ranking included, loads neither of them."""

from __future__ import annotations

from tests.fresh_python import fresh_python


def test_ranking_and_proposal_load_babel_and_holidays_only_when_used() -> None:
    code = (
        "import sys, app.overlap, app.ranking, app.proposal, app.publicholidays, app.clockchanges\n"
        "import app.rhythm, app.checkin, app.deadline, app.cli.rhythm\n"
        "import app.timefmt, app.cli.main\n"
        "print(sorted({n.split('.')[0] for n in sys.modules} & {'babel', 'holidays', 'icalendar'}))\n"
    )
    assert fresh_python(code) == "[]"
