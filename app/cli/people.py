"""``coretime-cli people``: the people the desktop app keeps, read from its store without changing them.

Problems with the store (a damaged file kept aside, a repair, a restore from the backup) are
reported as ``note:`` lines on stderr; the listing carries on with what could be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from app.cli.args import argument_type, printable
from app.paths import default_store_path


def _store(text: str) -> Path:
    if not text.strip():
        raise ValueError("the store path is empty; give the path of a profiles.json file")
    if "\x00" in text:
        raise ValueError(f"'{printable(text)}' contains a NUL character; no file can have that name")
    return Path(text)


store_arg = argument_type("store", _store)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "people",
        help="list the people the desktop app keeps",
        description="List the freelancer and the clients kept by the Coretime desktop app.",
    )
    parser.add_argument(
        "--store",
        type=store_arg,
        default=None,
        metavar="PATH",
        help=f"the people file (default: {default_store_path()})",
    )
    parser.add_argument("--json", action="store_true", help='print JSON: {"store": ..., "people": [...]}')
    parser.set_defaults(run=run)


def _note(message: str) -> None:
    print(f"note: {printable(message, limit=2000)}", file=sys.stderr)


def run(args: argparse.Namespace) -> str:
    from app.meetings import meeting_document  # noqa: PLC0415
    from app.profiles import load  # noqa: PLC0415 - only this subcommand reads the store

    path: Path = args.store or default_store_path()
    # The system zone only seeds a first launch, which is not listed; the clock dates kept files.
    loaded = load(path, system_zone="UTC", now=datetime.now(UTC))
    for problem in loaded.problems:
        _note(problem)
    people = [] if loaded.first_launch else list(loaded.profiles)
    if loaded.first_launch and not loaded.problems:
        _note(f"no people are stored yet in {path}")
    if args.json:
        return json.dumps(
            {
                "store": str(path),
                "people": [
                    {
                        "id": p.id,
                        "name": p.name,
                        "me": p.is_me,
                        "zone": p.zone,
                        "hours": p.hours,
                        "language": p.language,
                        "holidays": p.holidays,
                        "notes": p.notes,
                        "sample": p.is_sample,
                        "days_off": p.days_off,
                        "away": p.away,
                    }
                    for p in people
                ],
                "meetings": [meeting_document(m) for m in loaded.meetings],
                "problems": list(loaded.problems),
            },
            ensure_ascii=False,
        )
    lines = []
    for person in people:
        who = f"{person.name} (you)" if person.is_me else person.name
        extras = [person.language, *([f"holidays {person.holidays}"] if person.holidays else [])]
        zone = person.zone or "zone not known yet"
        lines.append(f"{printable(who, 40):<32}  {zone:<22}  {person.hours}  [{', '.join(extras)}]")
    names = {p.id: p.name for p in people}
    for meeting in loaded.meetings:
        with_whom = ", ".join(printable(names.get(c, c), 40) for c in meeting.clients)
        lines.append(f"meeting  {meeting.start:%Y-%m-%d %H:%M} UTC  {meeting.minutes} min  with {with_whom}")
    return "\n".join(lines)
