"""Reading a spreadsheet file and checking its rows with the bank's own model and rules.

The format is told by the file's name and checked against its bytes: a workbook saved under a
.csv name, an old .xls or a LibreOffice .ods is told for what it is, with what to do. Every row
goes through :func:`game.rules.bank.items.check_item`, like a question of a YAML file; problems
name the spreadsheet's row (the header is row 1) and column.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.rules.bank.items import Located, Mark, check_item
from game.rules.bank.model import Question
from game.rules.bank.problems import WARNING, Problem, command
from game.rules.bank.sheet.columns import CHOICE_COLUMNS, REQUIRED, data_of
from game.rules.bank.sheet.csvfile import Row, read_csv
from game.rules.bank.yamlread import decode
from game.wording import say

CSV, XLSX = ".csv", ".xlsx"
SUFFIXES = (CSV, XLSX)
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the old binary .xls


class SheetError(Exception):
    """A spreadsheet file that cannot be read as one; the message is French, for the adviser."""


def kind_of_file(path: Path, reading: bool = True) -> str:
    """``.csv`` or ``.xlsx`` from the name; SheetError for anything else (when reading, an
    .ods or .xls file is told what to do)."""
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return suffix
    if not reading:
        raise SheetError(say("bank.sheet.suffix", name=path.name))
    if suffix == ".ods":
        raise SheetError(say("bank.sheet.ods", name=path.name))
    if suffix == ".xls":
        raise SheetError(say("bank.sheet.xls", name=path.name))
    raise SheetError(say("bank.sheet.suffix", name=path.name))


def read_sheet(
    path: Path, display: str, folder: str = "DOSSIER"
) -> tuple[list[Row], list[Problem]]:
    """The rows of a CSV file or a workbook (SheetError when it cannot be read as one), and the
    problems met: missing columns, or a warning about the file's encoding. ``folder``: the bank
    folder of the import, for the command a message suggests."""
    suffix = kind_of_file(path)
    if not path.is_file():
        raise SheetError(say("bank.sheet.missing", name=str(path)))
    try:
        head = path.read_bytes()[:8]
    except OSError as error:
        raise SheetError(say("bank.sheet.unreadable", name=path.name)) from error
    if suffix == CSV and head.startswith(_ZIP):
        again = _import_as(path, XLSX, folder)
        raise SheetError(say("bank.sheet.workbook_as_csv", name=path.name, command=again))
    if suffix == XLSX and head and not head.startswith((_ZIP, _OLE)):
        again = _import_as(path, CSV, folder)
        raise SheetError(say("bank.sheet.text_as_workbook", name=path.name, command=again))
    if head.startswith(_OLE):
        raise SheetError(say("bank.sheet.xls", name=path.name))
    warnings: list[Problem] = []
    if suffix == XLSX:
        header, rows = _workbook(path)
    else:
        text, warnings = _csv_text(path.read_bytes(), display)
        header, rows = read_csv(text)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [
            Problem.at(
                display, 1, None, say("bank.sheet.missing_columns", columns=", ".join(missing))
            )
        ]
    return rows, warnings


def _import_as(path: Path, suffix: str, folder: str) -> str:
    """The command to type once a misnamed sheet has its right name."""
    return command("importer", path.with_suffix(suffix).name, folder)


def _csv_text(raw: bytes, display: str) -> tuple[str, list[Problem]]:
    """UTF-8 text; or, as Excel's plain « CSV (séparateur : point-virgule) » writes it,
    Windows-1252, said in a warning."""
    text, _ = decode(raw, display)
    if text is not None:
        return text, []
    try:
        return raw.decode("cp1252"), [
            Problem.whole(display, say("bank.sheet.windows_1252"), WARNING)
        ]
    except UnicodeDecodeError as error:
        raise SheetError(say("bank.sheet.not_utf8", name=display)) from error


def _workbook(path: Path) -> tuple[list[str], list[Row]]:
    from game.rules.bank.sheet.xlsxfile import read_xlsx  # openpyxl only when a workbook is read

    try:
        return read_xlsx(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise SheetError(say("bank.sheet.bad_workbook", name=path.name)) from error


@dataclass(frozen=True)
class SheetPlace:
    """A row of a spreadsheet: problems name the row and the column."""

    file: str
    row: int

    @property
    def line(self) -> int | None:
        return self.row

    def column_of(self, loc: tuple[Any, ...]) -> str | None:
        if not loc:
            return None
        if loc[0] == "choix" and len(loc) > 1 and isinstance(loc[1], int) and loc[1] < 4:
            return CHOICE_COLUMNS[loc[1]]
        if loc[0] == "choix":
            return CHOICE_COLUMNS[0]
        return str(loc[0])

    def mark(self, loc: tuple[Any, ...], key: bool) -> Mark:
        return self.row, None  # the field's label names the column

    def label(self, loc: tuple[Any, ...]) -> str | None:
        return self.column_of(loc)

    def fields(self, item: dict[str, Any]) -> dict[str, tuple[int | None, int | None]]:
        return {key: self.mark((key,), True) for key in item}


def check_rows(rows: Sequence[Row], display: str) -> tuple[list[Located[Question]], list[Problem]]:
    """Every row checked by the model: the questions, located at their rows, and the problems."""
    questions: list[Located[Question]] = []
    problems: list[Problem] = []
    for number, cells in rows:
        located, found = check_item(data_of(cells), Question, SheetPlace(display, number))
        problems += found
        if located is not None:
            questions.append(located)
    return questions, problems
