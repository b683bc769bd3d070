"""The people the desktop tests meet: a freelancer in Tokyo, Sarah in New York and Jonas in Berlin, as a
people file (format 3)."""

from __future__ import annotations

PEOPLE = {
    "schema": 3,
    "me": {"id": "me", "name": "Aiko Tanaka", "zone": "Asia/Tokyo", "language": "ja_JP",
           "hours": "mon-fri 07:00-09:00 19:00-24:00; sat 10:00-13:00"},
    "clients": [
        {"id": "sarah", "name": "Sarah Miller", "zone": "America/New_York", "hours": "mon-fri 09:00-17:00",
         "language": "en_US", "holidays": "US"},
        {"id": "jonas", "name": "Jonas Weber", "zone": "Europe/Berlin", "hours": "mon-fri 09:00-17:00",
         "language": "de_DE", "holidays": "DE-BY"},
    ],
}  # fmt: skip
