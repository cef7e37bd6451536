"""The spreadsheet's columns, and the one translation between a row and a question's data.

A row has the same columns in a CSV file and in a workbook. Going out, a question becomes cells
(numbers and dates typed, so a workbook shows them the spreadsheet's way); coming back, cells
become the plain data the bank's model checks — the same data a YAML file gives. What a French
spreadsheet does to a row is accepted here: VRAI/FAUX or TRUE/FALSE, decimal commas, dates as the
spreadsheet writes them, numbers where text was, line breaks inside a cell.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from game.rules.bank.model import AUDIENCES, Question, Sector
from game.rules.kinds import KINDS, TYPE_IDS
from game.wording.numbers import NBSP, number

COLUMNS = (
    "id",
    "secteur",
    "type",
    "difficulte",
    "public",
    "question",
    "choix_a",
    "choix_b",
    "choix_c",
    "choix_d",
    "reponse",
    "tolerance",
    "unite",
    "explication",
    "source",
    "lien",
    "pour_aller_plus_loin",
    "verifie_le",
    "a_revoir",
    "actif",
    "tags",
    "image",
    "informe_par",
    "pistes_accord",
)
CHOICE_COLUMNS = COLUMNS[6:10]
REQUIRED = ("id", "secteur", "type", "question")
TEXT_COLUMNS = (
    "id",
    "secteur",
    "type",
    "public",
    "question",
    "unite",
    "explication",
    "source",
    "lien",
    "pour_aller_plus_loin",
    "image",
)
FLAG_COLUMNS = ("a_revoir", "actif")
YES, NO = "oui", "non"
# Widths in characters, for a workbook an adviser reads without resizing anything.
WIDTHS = {
    "id": 32,
    "secteur": 16,
    "type": 13,
    "difficulte": 11,
    "public": 11,
    "question": 60,
    "reponse": 10,
    "tolerance": 10,
    "unite": 10,
    "explication": 70,
    "source": 45,
    "lien": 30,
    "pour_aller_plus_loin": 50,
    "verifie_le": 12,
    "a_revoir": 9,
    "actif": 7,
    "tags": 30,
    "image": 14,
    "informe_par": 30,
    "pistes_accord": 50,
}
CHOICE_WIDTH = 28
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S")


def width(column: str) -> int:
    return WIDTHS.get(column, CHOICE_WIDTH)


def allowed_values(sectors: Sequence[Sector]) -> dict[str, tuple[str, ...]]:
    """The values a drop-down offers, per column."""
    return {
        "secteur": tuple(s.id for s in sectors),
        "type": TYPE_IDS,
        "difficulte": ("1", "2", "3"),
        "public": AUDIENCES,
        "a_revoir": (YES, NO),
        "actif": (YES, NO),
    }


def ordered(sectors: Sequence[Sector], questions: Iterable[Question]) -> list[Question]:
    """Questions by sector (declaration order), then in bank order: independent of file names."""
    rank = {s.id: i for i, s in enumerate(sectors)}
    indexed = list(enumerate(questions))
    indexed.sort(key=lambda pair: (rank.get(pair[1].sector, len(rank)), pair[0]))
    return [q for _, q in indexed]


# --- going out --------------------------------------------------------------------------------


def cells_of(q: Question) -> dict[str, Any]:
    """A question's cells: text, except numbers and dates, typed."""
    choices = list(q.choices or ())
    answer: Any = q.kind.answer_cell(q)
    if isinstance(q.answer, float):
        answer = _whole(q.answer)
    cells: dict[str, Any] = {
        "id": q.id,
        "secteur": q.sector,
        "type": q.type,
        "difficulte": q.difficulty,
        "public": q.audience,
        "question": q.prompt,
        "reponse": answer or None,
        "tolerance": None if q.tolerance is None else _whole(q.tolerance),
        "unite": q.unit,
        "explication": q.explanation,
        "source": q.source,
        "lien": q.link,
        "pour_aller_plus_loin": q.further,
        "verifie_le": q.checked_on,
        "a_revoir": YES if q.to_review else NO,
        "actif": YES if q.active else NO,
        "tags": ", ".join(q.tags) or None,
        "image": q.image,
        "informe_par": ", ".join(q.informed_by or ()) or None,
        # One suggestion per line in the cell: they hold commas and colons themselves.
        "pistes_accord": "\n".join(q.agreement_hints) or None,
    }
    for column, choice in zip(CHOICE_COLUMNS, choices + [None] * 4, strict=False):
        cells[column] = choice
    return cells


def _whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def as_text(value: Any) -> str:
    """A cell as text, the French way: « 2,88 », dates ISO, VRAI/FAUX for booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return str(value)
        if float(value).is_integer():
            return str(int(value))
        return number(value, decimals=10).replace(NBSP, "")
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- coming back -------------------------------------------------------------------------------

_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def _text(value: Any) -> str:
    """A one-line text: line breaks typed in a cell become spaces (no-break spaces stay)."""
    return _LINE_BREAKS.sub(" ", as_text(value)).strip(" \t\r\n")


def data_of(row: Mapping[str, Any]) -> dict[str, Any]:
    """The question data of one row, as a YAML file would give it (empty cells left out)."""
    data: dict[str, Any] = {}
    for column in TEXT_COLUMNS:
        if _text(row.get(column)):
            data[column] = _text(row.get(column))
    if _text(row.get("difficulte")):
        data["difficulte"] = _integer(row.get("difficulte"))
    choices = [_text(row.get(c)) for c in CHOICE_COLUMNS if _text(row.get(c))]
    if choices:
        data["choix"] = choices
    answer = _answer(row.get("reponse"), data.get("type"), tuple(choices))
    if answer is not None:
        data["reponse"] = answer
    if _text(row.get("tolerance")):
        data["tolerance"] = _decimal(row.get("tolerance"))
    if _text(row.get("verifie_le")):
        data["verifie_le"] = read_date(row.get("verifie_le"))
    for column in FLAG_COLUMNS:
        if _text(row.get(column)):
            data[column] = _flag(row.get(column))
    lists = {"tags": r",", "informe_par": r"[\s,;]+"}
    for column, separator in lists.items():
        items = [t.strip() for t in re.split(separator, _text(row.get(column))) if t.strip()]
        if items:
            data[column] = items
    hints = [line.strip() for line in as_text(row.get("pistes_accord")).splitlines()]
    if any(hints):
        data["pistes_accord"] = [line for line in hints if line]
    return data


def _integer(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value) if float(value).is_integer() else value
    text = _text(value).replace(",", ".")
    try:
        parsed = float(text)
    except ValueError:
        return text
    return int(parsed) if parsed.is_integer() else parsed


def _decimal(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = re.sub(r"\s", "", _text(value))
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return _text(value)


def _flag(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    return _text(value)  # oui/non, vrai/faux, VRAI/FAUX, TRUE/FALSE: the model reads them all


def read_date(value: Any) -> Any:
    """A date cell: a date, or text the way spreadsheets write dates (left as is otherwise,
    for the model to explain what is expected)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return text


def _answer(value: Any, kind_id: Any, choices: tuple[str, ...]) -> Any:
    if value is None or not _text(value):
        return None
    kind = KINDS.get(kind_id) if isinstance(kind_id, str) else None
    if kind is None:
        return _text(value)
    return kind.answer_from_cell(_text(value), choices or None)
