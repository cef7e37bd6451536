"""The bank commands an HR adviser runs: ``verifier``, ``statistiques``, ``schema``,
``secteurs``, ``exporter``, ``importer``, ``chercher``, ``a-revoir`` and ``apercu`` (the names of
earlier versions — validate, stats, export-csv, import-csv — still work).

Output is French and meant for an HR adviser: problems grouped by file, each as
``FILE:LINE:COL: [id] field: message`` followed by the line of the file it points at.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from game import resources
from game.commands.bank_files import given_name, load_given
from game.commands.report import print_problems, summary
from game.rules.bank.files import write_atomically
from game.rules.bank.problems import command
from game.rules.bank.schema import schema_text
from game.rules.bank.stats import bank_stats, format_stats
from game.wording import say, say_n
from game.wording.system import os_reason

__all__ = ["print_problems", "run"]
SECTORS_FILE = "secteurs.yaml"


def validate(args: argparse.Namespace) -> int:
    result = load_given(args)
    print_problems(result.problems, sys.stdout)
    print(summary(result))
    return 0 if result.usable and not result.errors else 1


def stats(args: argparse.Namespace) -> int:
    result = load_given(args)
    if result.bank is None:
        print_problems(result.problems, sys.stderr)
        return 1
    counts = bank_stats(result.bank)
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        print(format_stats(result.bank, counts))
        if result.errors:
            print(
                "\n"
                + say_n(
                    "cli.stats.errors",
                    len(result.errors),
                    command=command("verifier", given_name(args)),
                )
            )
    return 0


def schema(args: argparse.Namespace) -> int:
    text = schema_text()
    if args.output:
        write_atomically(Path(args.output), text)
        print(say("cli.schema.written", file=str(args.output)))
    else:
        sys.stdout.write(text)
    return 0


def restore_sectors(args: argparse.Namespace) -> int:
    """``secteurs DOSSIER``: put back the game's own sectors file (the five sectors)."""
    folder = Path(args.folder)
    target = folder / SECTORS_FILE
    if target.exists() and not args.replace:
        print(
            say(
                "cli.sectors.exists",
                file=str(target),
                command=command("secteurs", str(folder), "--remplacer"),
            ),
            file=sys.stderr,
        )
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    if target.exists():
        shutil.copy2(target, target.with_name(SECTORS_FILE + ".bak"))
    write_atomically(target, resources.builtin_sectors_file().read_text("utf-8"))
    print(say("cli.sectors.written", file=str(target), command=command("verifier", str(folder))))
    return 0


# The spreadsheet route (openpyxl, ruamel.yaml) and the preview (pygame) are imported only by
# the commands that use them: checking a bank stays quick.
def _export(args: argparse.Namespace) -> int:
    from game.commands import sheet_commands

    return sheet_commands.export_sheet(args)


def _import(args: argparse.Namespace) -> int:
    from game.commands import sheet_commands

    return sheet_commands.import_sheet(args)


def _search(args: argparse.Namespace) -> int:
    from game.commands import upkeep

    return upkeep.search(args)


def _recheck(args: argparse.Namespace) -> int:
    from game.commands import upkeep

    return upkeep.recheck(args)


def _preview(args: argparse.Namespace) -> int:
    from game.commands import preview

    return preview.preview(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "validate": validate,
    "stats": stats,
    "schema": schema,
    "secteurs": restore_sectors,
    "export-csv": _export,
    "import-csv": _import,
    "chercher": _search,
    "a-revoir": _recheck,
    "apercu": _preview,
}


def run(args: argparse.Namespace) -> int:
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # the output went to a command that stopped reading (« head »)
        return 1
    except OSError as error:
        text = os_reason(error)
        print(say("cli.os.error", reason=text, file=str(error.filename or "")), file=sys.stderr)
        return 1
