"""A bank as one workbook (.xlsx), with openpyxl: the same columns as the CSV file, the header row
frozen and bold, columns wide enough to read, long texts wrapped, and a drop-down list on the
columns that take one of a few values (secteur, type, difficulte, public, a_revoir, actif)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from game.rules.bank.sheet.columns import COLUMNS, width
from game.rules.bank.sheet.csvfile import Row
from game.wording import say

SHEET = "Questions"
WRAPPED = ("question", "explication", "source", "pour_aller_plus_loin", "pistes_accord")
LAST_ROW = 5000  # drop-downs reach this far, enough for every question an adviser adds


def write_xlsx(
    target: Path | BinaryIO,
    rows: Iterable[Mapping[str, Any]],
    allowed: Mapping[str, tuple[str, ...]],
) -> None:
    """Write the workbook to a file or a buffer (the caller makes the writing atomic)."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"  # the header row and the id column stay in view
    for row in rows:
        sheet.append([row.get(column) for column in COLUMNS])
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width(column)
        if column in WRAPPED:
            for cell in sheet[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        if column == "verifie_le":
            for cell in sheet[letter][1:]:
                cell.number_format = "yyyy-mm-dd"
        if column in allowed:
            _drop_down(sheet, letter, column, allowed[column])
    book.save(target)


def _drop_down(sheet: Any, letter: str, column: str, values: tuple[str, ...]) -> None:
    check = DataValidation(
        type="list", formula1='"' + ",".join(values) + '"', allow_blank=True, showErrorMessage=True
    )
    check.errorTitle = column
    check.error = say("bank.sheet.drop_down", values=", ".join(values))
    sheet.add_data_validation(check)
    check.add(f"{letter}2:{letter}{LAST_ROW}")


def read_xlsx(path: Path) -> tuple[list[str], list[Row]]:
    """The header's column names and every row that is not empty, from the first sheet (or the
    one named « Questions »)."""
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        header = [str(v).strip() if v is not None else "" for v in next(lines, ())]
        rows: list[Row] = []
        for number, values in enumerate(lines, start=2):
            cells = dict(zip(header, values, strict=False))
            if any(_filled(v) for v in values):
                rows.append((number, cells))
        return header, rows
    finally:
        book.close()


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())
