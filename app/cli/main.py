"""Entry point of ``coretime-cli``: assembles the subcommands and turns bad input into exit 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli import busy, convert, ics, people, propose, rhythm, slots
from app.cli.args import Parser, UsageError, fail

SUBCOMMANDS = (slots, propose, ics, rhythm, people, busy, convert)


class _VersionAction(argparse.Action):
    """``--version``: ``coretime-cli 1.2.3``, from the package metadata, read only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from app.about import version  # noqa: PLC0415

        sys.stdout.write(f"coretime-cli {version()}\n")
        parser.exit(0)


def build_parser() -> Parser:
    parser = Parser(
        prog="coretime-cli",
        description="Coretime: the time you share with clients in other time zones.",
    )
    parser.add_argument("--version", action=_VersionAction)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for module in SUBCOMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        output = args.run(args)
    except UsageError as error:
        fail(str(error))
    if output:
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
