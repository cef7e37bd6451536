"""``exporter`` and ``importer``: the bank as one spreadsheet (.csv or .xlsx) and back.

The file's name says its format: ``banque.csv`` is a CSV file (UTF-8 with a BOM, « ; »),
``banque.xlsx`` a workbook; a workbook is never written under another name. Importing changes only
the questions that changed, in the files that hold them (``game.rules.bank.sheet.merge``).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from game.commands.bank_files import given_name, load_given
from game.commands.report import print_problems
from game.rules.bank import loader
from game.rules.bank.files import write_atomically
from game.rules.bank.items import Written
from game.rules.bank.problems import command
from game.rules.bank.sheet import merge
from game.rules.bank.sheet.columns import allowed_values, cells_of, ordered
from game.rules.bank.sheet.csvfile import write_csv
from game.rules.bank.sheet.rows import XLSX, SheetError, check_rows, kind_of_file, read_sheet
from game.wording import say, say_n

SHOWN_IDS = 8  # ids listed after a count; more are summed up


def export_sheet(args: argparse.Namespace) -> int:
    """``exporter DOSSIER SORTIE.csv|SORTIE.xlsx``."""
    out = Path(args.out)
    try:
        suffix = kind_of_file(out, reading=False)
    except SheetError as error:
        print(str(error), file=sys.stderr)
        return 1
    result = load_given(args)
    if result.bank is None:
        print_problems(result.problems, sys.stderr)
        return 1
    bank = result.bank
    rows = [cells_of(q) for q in ordered(bank.sectors, bank.questions)]
    if suffix == XLSX:
        from game.rules.bank.sheet.xlsxfile import write_xlsx  # openpyxl only for a workbook

        buffer = io.BytesIO()
        write_xlsx(buffer, rows, allowed_values(bank.sectors))
        write_atomically(out, buffer.getvalue())
        print(say_n("cli.export.done_xlsx", len(rows), file=str(out)))
    else:
        write_atomically(out, write_csv(rows))
        print(say_n("cli.export.done_csv", len(rows), file=str(out)))
    if result.errors:
        print(
            say_n(
                "cli.export.left_out",
                len(result.errors),
                command=command("verifier", given_name(args)),
            )
        )
    return 0


def import_sheet(args: argparse.Namespace) -> int:
    """``importer ENTREE.csv|ENTREE.xlsx DOSSIER``: check every row, then write what changed."""
    source, folder = Path(args.csv), Path(args.out)
    display = str(source)
    today = loader.checking_day()
    try:
        rows, problems = read_sheet(source, display, str(folder))
    except SheetError as error:
        print(str(error), file=sys.stderr)
        return 1
    located, found = check_rows(rows, display)
    problems += found
    valid = {q.line for q in located}
    in_error = [
        Written(str(cells["id"]).strip(), display, number)
        for number, cells in rows
        if number not in valid and str(cells.get("id") or "").strip()
    ]
    plan, found = merge.plan_import(folder, located, display, today, in_error)
    problems += found
    errors = [p for p in problems if p.is_error]
    if errors or plan is None:
        print_problems(problems, sys.stdout)
        counted = [p for p in errors if p != merge.folder_has_errors(folder)]
        print(say_n("cli.import.refused", max(1, len(counted))))
        return 1
    if problems:
        print_problems(problems, sys.stdout)  # warnings only (a CSV file in Windows-1252)
    try:
        merge.apply(folder, plan, today)
    except merge.ImportCheckError as error:
        print(str(error), file=sys.stderr)
        return 1
    _report(plan, display, folder)
    return 0


def _ids(ids: list[str]) -> str:
    shown = ", ".join(ids[:SHOWN_IDS])
    return (
        shown
        if len(ids) <= SHOWN_IDS
        else say("cli.import.more_ids", shown=shown, more=len(ids) - SHOWN_IDS)
    )


def _report(plan: merge.Plan, display: str, folder: Path) -> None:
    if not plan.changed and not plan.added:
        print(say("cli.import.nothing_to_do", file=display, folder=str(folder)))
    else:
        parts = []
        if plan.changed:
            parts.append(say_n("cli.import.changed", len(plan.changed), ids=_ids(plan.changed)))
        if plan.added:
            parts.append(say_n("cli.import.added", len(plan.added), ids=_ids(plan.added)))
        parts.append(say_n("cli.import.unchanged", plan.unchanged))
        print(say("cli.import.done", file=display, folder=str(folder), parts=", ".join(parts)))
    if plan.only_in_folder:
        print(say_n("cli.import.kept", len(plan.only_in_folder), ids=_ids(plan.only_in_folder)))
