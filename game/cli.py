"""The command line: parses arguments and hands over. Nothing heavy is imported here.

``python main.py`` (or the ``panorama`` command) opens the game; subcommands check and convert
the question bank, render screenshots and rebuild debriefs. Each subcommand's module is imported
only when it runs, so that starting the game never pays for the PDF library, and checking the
bank never pays for pygame.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from game import resources
from game.commands.arguments import BANK_COMMANDS, FrenchParser, add_bank_commands
from game.rules.bank.problems import command as command_line
from game.wording import say

DEFAULT_BANK = resources.builtin_bank()


def _parser() -> argparse.ArgumentParser:
    parser = FrenchParser(prog=command_line(), description=say("cli.help.program"))
    parser.add_argument("--fullscreen", action="store_true", help=say("cli.help.fullscreen"))
    parser.add_argument("--version", action="store_true", help=say("cli.help.version"))
    parser.add_argument(
        "--bank",
        type=Path,
        default=None,
        metavar=say("cli.metavar.folder"),
        help=say("cli.help.bank"),
    )
    parser.add_argument("--teams", metavar=say("cli.metavar.names"), help=say("cli.help.teams"))
    parser.add_argument("--duration", type=int, metavar="MIN", help=say("cli.help.duration"))
    parser.add_argument("--seed", type=int, metavar="N", help=say("cli.help.seed"))
    sub = parser.add_subparsers(
        dest="command", metavar=say("cli.metavar.command"), title=say("cli.argparse.commands")
    )

    add_bank_commands(sub, DEFAULT_BANK)

    p = sub.add_parser("emballer", help=say("cli.help.pack"), description=say("cli.help.pack"))
    p.add_argument(
        "folder", type=Path, metavar=say("cli.metavar.folder"), help=say("cli.help.pack_folder")
    )
    p.add_argument(
        "out", type=Path, metavar=say("cli.metavar.zip_out"), help=say("cli.help.pack_out")
    )

    p = sub.add_parser(
        "screenshots", help=say("cli.help.screenshots"), description=say("cli.help.screenshots")
    )
    p.add_argument(
        "outdir", type=Path, metavar=say("cli.metavar.folder"), help=say("cli.help.shots_out")
    )
    p.add_argument(
        "--sizes",
        default="1024x768,1280x720,1366x768,1920x1080,2560x1600,3840x2160",
        metavar=say("cli.metavar.sizes"),
        help=say("cli.help.sizes"),
    )

    p = sub.add_parser("debrief", help=say("cli.help.debrief"), description=say("cli.help.debrief"))
    p.add_argument(
        "journal", type=Path, metavar=say("cli.metavar.journal"), help=say("cli.help.journal")
    )
    p.add_argument(
        "--pdf", type=Path, metavar=say("cli.metavar.pdf_out"), help=say("cli.help.debrief_pdf")
    )
    p.add_argument(
        "--csv", type=Path, metavar=say("cli.metavar.csv_out"), help=say("cli.help.debrief_csv")
    )
    p.add_argument(
        "--accords", type=Path, metavar=say("cli.metavar.docx_out"), help=say("cli.help.agreements")
    )

    p = sub.add_parser("rapport", help=say("cli.help.report"), description=say("cli.help.report"))
    p.add_argument(
        "journals",
        type=Path,
        nargs="*",
        metavar=say("cli.metavar.journals"),
        help=say("cli.help.report_journals"),
    )
    p.add_argument(
        "--pdf", type=Path, metavar=say("cli.metavar.pdf_out"), help=say("cli.help.report_pdf")
    )
    p.add_argument(
        "--csv", type=Path, metavar=say("cli.metavar.csv_out"), help=say("cli.help.report_csv")
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the game or a command; Ctrl+C in the terminal stops it without a Python traceback
    (the game's journal is on disk at every action: « Reprendre la partie » finds it)."""
    try:
        return _run(argv)
    except KeyboardInterrupt:
        print(say("cli.interrupted"), file=sys.stderr)
        return 130


def _run(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    command = args.command
    from game.commands import bank_files

    if args.version:
        return bank_files.version(args)
    if command == "emballer":
        return bank_files.pack_bank(args)
    refused = bank_files.open_given_banks(args)
    if refused is not None:
        return refused
    if command in BANK_COMMANDS:
        from game.commands import bank_commands

        return bank_commands.run(args)
    if command in (None, "screenshots"):
        from game import shutdown, startup, terminal

        terminal.quiet()
        if command is None:
            shutdown.install()
            startup.begin()
    if command == "screenshots":
        from game.ui import screenshots

        return screenshots.run(args)
    if command in ("debrief", "rapport"):
        from game.export import commands as export_commands

        return export_commands.run(args)
    from game.ui import app

    return app.run(args)
