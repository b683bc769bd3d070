"""A client's words, as clients write them in the eight proposal languages, read to the right instant.

Each row gives the text, the client's zone and language, the instant expected (a wall time on the clock of
the zone expected, or a UTC instant where the wall time alone is ambiguous: folds and gaps), the zone read
and the assumption that must be said. The expected instants come from ``zoneinfo`` here, not from the
reader's own arithmetic. ``now`` is Friday 4 December 2026, 17:00 UTC unless a row says otherwise.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from app.convert import read
from app.hours import parse_hours
from app.people import Person

NOW = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
BEFORE_NOVEMBER = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)
ME = Person("me", ZoneInfo("Asia/Tokyo"), parse_hours("mon-fri 09:00-23:00"))

NY, LA, BER, PAR = "America/New_York", "America/Los_Angeles", "Europe/Berlin", "Europe/Paris"
MAD, SAO, ROM, AMS, TYO = (
    "Europe/Madrid",
    "America/Sao_Paulo",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Asia/Tokyo",
)
DUB, KOL, SHA, CHI = "Europe/Dublin", "Asia/Kolkata", "Asia/Shanghai", "America/Chicago"
LON = "Europe/London"

# (language, client's zone, text, expected instant, zone read, an assumption's code or None, now)
ROWS: list[tuple[str, str, str, str, str, str | None, datetime]] = [
    # English
    ("en_US", NY, "Can we do Tuesday 3pm EST?", "2026-12-08 15:00", NY, "convert.abbr_client", NOW),
    ("en_US", NY, "Tue 3pm EST works?", "2026-12-08 15:00", NY, "convert.abbr_client", NOW),
    ("en_US", LA, "tomorrow 10am my time", "2026-12-05 10:00", LA, "convert.read_client_phrase", NOW),
    ("en_US", NY, "Monday at noon", "2026-12-07 12:00", NY, "convert.read_client_clock", NOW),
    ("en_US", NY, "Monday 12 AM", "2026-12-07 00:00", NY, None, NOW),
    ("en_US", NY, "Monday 12 PM", "2026-12-07 12:00", NY, None, NOW),
    ("en_US", NY, "Monday 12:30 AM", "2026-12-07 00:30", NY, None, NOW),
    ("en_US", NY, "Monday 12:30 p.m.", "2026-12-07 12:30", NY, None, NOW),
    ("en_US", NY, "3–4pm PT on Friday", "2026-12-04 15:00", LA, "convert.abbr_country", NOW),
    ("en_US", NY, "July 14 3pm EST", "2027-07-14 15:00", NY, "convert.abbr_other_variant", NOW),
    ("en_US", NY, "EDT 10am Jan 5", "2027-01-05 10:00", NY, "convert.abbr_other_variant", NOW),
    ("en_US", NY, "Jan 3 at 12 AM", "2027-01-03 00:00", NY, "convert.moved_year", NOW),
    ("en_US", NY, "Dec 31 11:30pm", "2026-12-31 23:30", NY, None, NOW),
    ("en_US", NY, "12/31 at 11pm", "2026-12-31 23:00", NY, None, NOW),
    ("en_US", NY, "1/2/2027 9am", "2027-01-02 09:00", NY, None, NOW),
    ("en_US", NY, "2026-12-08 15:00", "2026-12-08 15:00", NY, None, NOW),
    ("en_US", NY, "Dec 8, 2026 3 PM", "2026-12-08 15:00", NY, None, NOW),
    ("en_US", BER, "Tuesday 3pm IST", "2026-12-08 15:00", KOL, "convert.abbr_common", NOW),
    ("en_GB", DUB, "Tuesday 3pm IST", "2026-12-08 15:00", DUB, "convert.abbr_client", NOW),
    ("en_US", KOL, "Tuesday 3pm IST", "2026-12-08 15:00", KOL, "convert.abbr_client", NOW),
    ("en_US", SHA, "CST 9am Monday", "2026-12-07 09:00", SHA, "convert.abbr_client", NOW),
    ("en_US", NY, "CST 9am Monday", "2026-12-07 09:00", CHI, "convert.abbr_country", NOW),
    ("en_US", BER, "CST 9am Monday", "2026-12-07 09:00", CHI, "convert.abbr_common", NOW),
    ("en_US", NY, "Tuesday 3pm ET", "2026-12-08 15:00", NY, "convert.abbr_client", NOW),
    ("en_US", NY, "Tuesday 3pm JST", "2026-12-08 15:00", TYO, "convert.abbr_common", NOW),
    ("en_AU", "Australia/Sydney", "Tuesday 9am AEST", "2026-12-08 09:00", "Australia/Sydney",
     "convert.abbr_other_variant", NOW),
    ("en_GB", LON, "Wednesday 10am GMT+5:30", "2026-12-09T04:30Z", "UTC+05:30", "convert.read_offset",
     NOW),
    ("en_US", NY, "Thursday 14:00 UTC+2", "2026-12-10T12:00Z", "UTC+02:00", "convert.read_offset", NOW),
    ("en_US", NY, "Thursday 14:00 UTC-3", "2026-12-10T17:00Z", "UTC-03:00", "convert.read_offset", NOW),
    ("en_US", NY, "Thursday 14:00 UTC", "2026-12-10T14:00Z", "UTC", "convert.read_utc", NOW),
    ("en_US", NY, "Friday 9am your time", "2026-12-11 09:00", TYO, "convert.read_your_phrase", NOW),
    ("en_US", NY, "Monday 3pm London time", "2026-12-07 15:00", "Europe/London", "convert.read_place", NOW),
    ("en_US", BER, "Monday 3pm New York time", "2026-12-07 15:00", NY, "convert.read_place", NOW),
    ("en_US", NY, "3pm", "2026-12-04 15:00", NY, "convert.no_day", NOW),
    ("en_US", NY, "10am works", "2026-12-05 10:00", NY, "convert.no_day", NOW),
    ("en_US", NY, "Friday 9am", "2026-12-11 09:00", NY, "convert.moved_week", NOW),
    ("en_US", NY, "Friday 11pm-1am", "2026-12-04 23:00", NY, None, NOW),
    ("en_US", NY, "Saturday 8:30 p.m.", "2026-12-05 20:30", NY, None, NOW),
    ("en_US", NY, "tomorrow at 3", "2026-12-05 03:00", NY, "convert.bare_hour", NOW),
    # a fold: 1:30 AM happens twice in New York on 1 November 2026; the first is EDT (UTC−4)
    ("en_US", NY, "November 1 at 1:30 AM", "2026-11-01T05:30Z", NY, "convert.fold", BEFORE_NOVEMBER),
    # a gap: 2:30 AM does not exist on 14 March 2027 in New York; it snaps to the jump, 3:00 AM EDT
    ("en_US", NY, "March 14, 2027 at 2:30 AM", "2027-03-14T07:00Z", NY, "convert.gap", BEFORE_NOVEMBER),
    # Berlin falls back on 25 October 2026: 02:30 happens twice, first in CEST (UTC+2)
    ("de", BER, "Sonntag, 25. Oktober 2026, 2:30 Uhr", "2026-10-25T00:30Z", BER, "convert.fold",
     BEFORE_NOVEMBER),
    # German
    ("de", BER, "Donnerstag um 15 Uhr", "2026-12-10 15:00", BER, "convert.read_client_clock", NOW),
    ("de", BER, "morgen um 10 Uhr", "2026-12-05 10:00", BER, None, NOW),
    ("de", BER, "übermorgen 9:30", "2026-12-06 09:30", BER, None, NOW),
    ("de", BER, "Dienstag, 8. Dezember, 14:00", "2026-12-08 14:00", BER, None, NOW),
    ("de", BER, "am 8.12. um 15.30 Uhr", "2026-12-08 15:30", BER, None, NOW),
    ("de", BER, "Mittwoch 10 Uhr MEZ", "2026-12-09 10:00", BER, "convert.abbr_client", NOW),
    ("de", BER, "Montag 9 Uhr Londoner Zeit", "2026-12-07 09:00", "Europe/London", "convert.read_place", NOW),
    ("de", BER, "Donnerstag 24.12. um 10 Uhr", "2026-12-24 10:00", BER, None, NOW),
    ("de", BER, "heute 20 Uhr", "2026-12-04 20:00", BER, None, NOW),
    ("de", BER, "Montag 15 Uhr meiner Zeit", "2026-12-07 15:00", BER, "convert.read_client_phrase", NOW),
    ("de", BER, "Montag 15 Uhr Ihrer Zeit", "2026-12-07 15:00", TYO, "convert.read_your_phrase", NOW),
    ("de", BER, "31.12. von 10-11 Uhr", "2026-12-31 10:00", BER, None, NOW),
    # French
    ("fr", PAR, "15h00 heure de Paris", "2026-12-05 15:00", PAR, "convert.read_place", NOW),
    ("fr", PAR, "mardi 8 décembre à 15h", "2026-12-08 15:00", PAR, None, NOW),
    ("fr", PAR, "demain à 10h30", "2026-12-05 10:30", PAR, None, NOW),
    ("fr", PAR, "mardi 8/12 à 15h", "2026-12-08 15:00", PAR, None, NOW),
    ("fr", PAR, "jeudi à midi", "2026-12-10 12:00", PAR, None, NOW),
    ("fr", PAR, "après-demain 9h", "2026-12-06 09:00", PAR, None, NOW),
    ("fr", PAR, "lundi 14h heure de New York", "2026-12-07 14:00", NY, "convert.read_place", NOW),
    ("fr", PAR, "31/12 à 23h", "2026-12-31 23:00", PAR, None, NOW),
    ("fr", PAR, "le 2 janvier à 9h", "2027-01-02 09:00", PAR, "convert.moved_year", NOW),
    # Spanish
    ("es", MAD, "martes a las 15:00", "2026-12-08 15:00", MAD, None, NOW),
    ("es", MAD, "mañana a las 10", "2026-12-05 10:00", MAD, None, NOW),
    ("es", MAD, "el jueves de 15 a 16h", "2026-12-10 15:00", MAD, None, NOW),
    ("es", MAD, "lunes 9:30 hora de Madrid", "2026-12-07 09:30", MAD, "convert.read_place", NOW),
    ("es", MAD, "8/12 a las 17:00", "2026-12-08 17:00", MAD, None, NOW),
    ("es", MAD, "miércoles a mediodía", "2026-12-09 12:00", MAD, None, NOW),
    ("es", "America/Mexico_City", "el lunes a las 11:00 mi hora", "2026-12-07 11:00", "America/Mexico_City",
     "convert.read_client_phrase", NOW),
    # Brazilian Portuguese
    ("pt_BR", SAO, "terça às 15h", "2026-12-08 15:00", SAO, None, NOW),
    ("pt_BR", SAO, "amanhã às 10:00", "2026-12-05 10:00", SAO, None, NOW),
    ("pt_BR", SAO, "quinta-feira, 10 de dezembro, 14h30", "2026-12-10 14:30", SAO, None, NOW),
    ("pt_BR", SAO, "segunda ao meio-dia", "2026-12-07 12:00", SAO, None, NOW),
    ("pt_BR", SAO, "sexta 16h horário de Brasília", "2026-12-04 16:00", SAO, "convert.read_place", NOW),
    ("pt_BR", SAO, "31/12 às 9h", "2026-12-31 09:00", SAO, None, NOW),
    # Italian
    ("it", ROM, "martedì alle 15", "2026-12-08 15:00", ROM, None, NOW),
    ("it", ROM, "domani alle 10:30", "2026-12-05 10:30", ROM, None, NOW),
    ("it", ROM, "giovedì 10 dicembre ore 14", "2026-12-10 14:00", ROM, None, NOW),
    ("it", ROM, "lunedì a mezzogiorno", "2026-12-07 12:00", ROM, None, NOW),
    ("it", ROM, "venerdì 11/12 alle 9", "2026-12-11 09:00", ROM, None, NOW),
    ("it", ROM, "mercoledì dalle 15 alle 16", "2026-12-09 15:00", ROM, None, NOW),
    # Dutch
    ("nl", AMS, "dinsdag om 15:00", "2026-12-08 15:00", AMS, None, NOW),
    ("nl", AMS, "morgen om 10 uur", "2026-12-05 10:00", AMS, None, NOW),
    ("nl", AMS, "donderdag 10 december 14.30 uur", "2026-12-10 14:30", AMS, None, NOW),
    ("nl", AMS, "overmorgen om 9 uur", "2026-12-06 09:00", AMS, None, NOW),
    ("nl", AMS, "maandag 15:00 mijn tijd", "2026-12-07 15:00", AMS, "convert.read_client_phrase", NOW),
    # Japanese (it is already Saturday 5 December in Tokyo)
    ("ja", TYO, "明日の15時はいかがですか", "2026-12-06 15:00", TYO, "convert.read_client_clock", NOW),
    ("ja", TYO, "12月8日 午後3時", "2026-12-08 15:00", TYO, None, NOW),
    ("ja", TYO, "火曜日の10時半", "2026-12-08 10:30", TYO, None, NOW),
    ("ja", TYO, "金曜日 正午", "2026-12-11 12:00", TYO, None, NOW),
    ("ja", TYO, "12月31日 午前0時", "2026-12-31 00:00", TYO, None, NOW),
    ("ja", NY, "日本時間で12月10日 午後3時", "2026-12-10 15:00", TYO, "convert.read_place", NOW),
    ("ja", NY, "12/10 15:00 JST", "2026-12-10 15:00", TYO, "convert.abbr_common", NOW),
    ("ja", TYO, "2027年1月4日 9:30～10:30", "2027-01-04 09:30", TYO, None, NOW),
]  # fmt: skip


def _expected(text: str, zone: str) -> datetime:
    if text.endswith("Z"):
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def test_the_table_covers_every_language_and_eighty_phrasings() -> None:
    assert len(ROWS) >= 80
    assert {row[0].split("_")[0] for row in ROWS} == {"en", "de", "fr", "es", "pt", "it", "nl", "ja"}


@pytest.mark.parametrize("row", ROWS, ids=[f"{row[0]}-{row[2]}" for row in ROWS])
def test_a_phrasing_reads_to_its_instant(row: tuple[str, str, str, str, str, str | None, datetime]) -> None:
    locale, zone, text, expected, zone_read, assumed, now = row
    client = Person("client", ZoneInfo(zone), parse_hours("mon-fri 09:00-17:00"))
    reading = read(text, client=client, me=ME, locale=locale, now=now)
    assert reading.interval.start == _expected(expected, zone_read), [str(m) for m in reading.assumptions]
    assert reading.zone_read == zone_read
    if assumed is not None:
        assert assumed in [m.code for m in reading.assumptions], [str(m) for m in reading.assumptions]
