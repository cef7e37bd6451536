"""A bank as one CSV file, the way a French spreadsheet opens it: UTF-8 with a BOM, « ; » between
cells, a decimal comma. Reading also accepts « , » between cells and files saved without a BOM."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

from game.rules.bank.sheet.columns import COLUMNS, as_text

Row = tuple[int, dict[str, Any]]  # the spreadsheet's row number (header = 1), and its cells


def write_csv(rows: Iterable[Mapping[str, Any]]) -> str:
    """The CSV text (with its BOM) of rows of cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([as_text(row.get(column)) for column in COLUMNS])
    return "\ufeff" + buffer.getvalue()


def read_csv(text: str) -> tuple[list[str], list[Row]]:
    """The header's column names, and every row that is not empty, with its row number."""
    text = text.removeprefix("\ufeff")
    sample = text.split("\n", 1)[0]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip() for name in next(reader, [])]
    rows: list[Row] = []
    # One record is one spreadsheet row, even when a cell's line breaks span lines of the file.
    for number, cells in enumerate(reader, start=2):
        if any(v.strip() for v in cells):
            rows.append((number, dict(zip(header, cells, strict=False))))
    return header, rows
