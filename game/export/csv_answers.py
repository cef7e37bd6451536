"""Every answer of a game as a CSV file a spreadsheet opens as is.

Excel in French expects UTF-8 with a byte-order mark and ``;`` between columns: with both,
accents survive and columns split without an import dialog. One row per answer (a team on a
question): team, question id, sector, type, answer given, right or wrong, points, time. The
rows are the debrief model's ``answers`` (``game.rules.debrief.AnswerLine``); the headers and
the words in the cells come from the wording catalogue.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from game.export.files import write_bytes_atomic
from game.rules.debrief import AnswerLine
from game.wording import say

COLUMNS = ("team", "question", "sector", "kind", "given", "right", "points", "time")

Cell = str | int


def header() -> tuple[str, ...]:
    """The header row of the answers CSV."""
    return tuple(say(f"debrief.csv.answers.{column}") for column in COLUMNS)


def csv_bytes(rows: Iterable[Sequence[Cell]], head: Sequence[str]) -> bytes:
    """A UTF-8-with-BOM, ``;``-separated CSV of ``rows`` (already lists of cells)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(list(head))
    for row in rows:
        writer.writerow(list(row))
    return buffer.getvalue().encode("utf-8-sig")


def right_cell(right: bool | None) -> str:
    """« oui », « non », or « — » for a question without a right answer."""
    if right is None:
        return say("debrief.csv.no_right_answer")
    return say("debrief.csv.yes") if right else say("debrief.csv.no")


def answer_cells(row: AnswerLine) -> list[Cell]:
    """The cells of one answer: the sector's label, the type's name, a readable time."""
    return [
        row.team_name,
        row.question_id,
        row.sector_label,
        row.kind,
        row.given,
        right_cell(row.right),
        row.points,
        row.wall.replace("T", " "),
    ]


def answers_csv(rows: Iterable[AnswerLine]) -> bytes:
    """The whole CSV file of the answers, as bytes."""
    return csv_bytes((answer_cells(row) for row in rows), header())


def write_answers_csv(rows: Iterable[AnswerLine], path: Path) -> Path:
    """Write the answers to ``path`` atomically; ``ExportError`` (French) on failure."""
    return write_bytes_atomic(Path(path), answers_csv(rows))
