"""Every answer of a game as a CSV file a spreadsheet opens as is.

Excel in French expects UTF-8 with a byte-order mark and ``;`` between columns: with both,
accents survive and columns split without an import dialog. One row per answer (a team on a
question): team, question id, sector, type, answer given, right or wrong, points, time.
The rows come from the engine's ``answers_table(events)``; any object with the same
attributes will do.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from game.export.files import write_bytes_atomic

HEADER = ("Équipe", "Question", "Secteur", "Type", "Réponse donnée", "Juste", "Points",
          "Horodatage")

TYPE_LABELS = {
    "vrai_faux": "vrai ou faux",
    "qcm": "choix unique",
    "qcm_multiple": "choix multiple",
    "estimation": "estimation",
    "debat": "débat",
}


class AnswerLike(Protocol):
    """What a row of the answers table offers (``game.rules.session.debrief.AnswerRow``)."""

    @property
    def team_name(self) -> str: ...
    @property
    def question_id(self) -> str: ...
    @property
    def sector(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def answer_given(self) -> str: ...
    @property
    def right(self) -> str: ...
    @property
    def points(self) -> int: ...
    @property
    def wall(self) -> str: ...


def csv_bytes(rows: Iterable[Iterable[Any]], header: Iterable[str]) -> bytes:
    """A UTF-8-with-BOM, ``;``-separated CSV of ``rows`` (already lists of cells)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(list(header))
    for row in rows:
        writer.writerow(list(row))
    return buffer.getvalue().encode("utf-8-sig")


def answer_cells(row: AnswerLike, labels: Mapping[str, str] | None = None) -> list[str]:
    """The cells of one answer: the sector's label when known, readable type names."""
    labels = labels or {}
    wall = str(row.wall).replace("T", " ")
    return [row.team_name, row.question_id, labels.get(row.sector, row.sector),
            TYPE_LABELS.get(row.type, row.type), row.answer_given, row.right,
            str(row.points), wall]


def answers_csv(rows: Iterable[AnswerLike], labels: Mapping[str, str] | None = None) -> bytes:
    """The whole CSV file of the answers, as bytes."""
    return csv_bytes((answer_cells(row, labels) for row in rows), HEADER)


def write_answers_csv(
    rows: Iterable[AnswerLike], path: Path, labels: Mapping[str, str] | None = None
) -> Path:
    """Write the answers to ``path`` atomically; ``ExportError`` (French) on failure."""
    return write_bytes_atomic(Path(path), answers_csv(rows, labels))
