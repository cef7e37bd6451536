"""The spreadsheet route: a bank as one CSV (UTF-8 with BOM, ``;``) and back to YAML files.

Excel and LibreOffice in French locales open such a file directly. Choices sit in columns
``choix_a`` to ``choix_d`` and the answer of a choice question is given by its letters, as in
the game; numbers use a decimal comma; dates are ISO (a day-first date that a spreadsheet wrote
back is understood too). Import validates every row before writing anything.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from game.rules.bank.model import LETTERS, Question, Sector
from game.rules.bank.problems import ERROR, Problem, translate

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
SCHEMA_LINE = "# yaml-language-server: $schema=./banque.schema.json\n"


def ordered(sectors: Sequence[Sector], questions: Iterable[Question]) -> list[Question]:
    """Questions by sector (declaration order), then in bank order: independent of file names."""
    rank = {s.id: i for i, s in enumerate(sectors)}
    indexed = list(enumerate(questions))
    indexed.sort(key=lambda pair: (rank.get(pair[1].sector, len(rank)), pair[0]))
    return [q for _, q in indexed]


def to_csv(sectors: Sequence[Sector], questions: Iterable[Question]) -> str:
    """The CSV text (with its BOM) of the questions."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for question in ordered(sectors, questions):
        writer.writerow(_row(question))
    return "\ufeff" + buffer.getvalue()


def _number(value: float | None) -> str:
    if value is None:
        return ""
    text = str(int(value)) if float(value).is_integer() else repr(float(value))
    return text.replace(".", ",")


def _row(q: Question) -> list[str]:
    choices = list(q.choices or ()) + [""] * (4 - len(q.choices or ()))
    if q.type in ("qcm", "qcm_multiple"):
        answer = ", ".join(sorted(q.right_letters))
    elif q.type == "vrai_faux":
        answer = str(q.answer)
    elif q.type == "estimation":
        answer = _number(q.answer)
    else:
        answer = ""
    return [
        q.id,
        q.sector,
        q.type,
        "" if q.difficulty is None else str(q.difficulty),
        q.audience,
        q.prompt,
        *choices,
        answer,
        _number(q.tolerance),
        q.unit or "",
        q.explanation,
        q.source,
        q.link or "",
        q.further or "",
        q.checked_on.isoformat() if q.checked_on else "",
        "oui" if q.to_review else "non",
        "oui" if q.active else "non",
        ", ".join(q.tags),
        q.image or "",
        ", ".join(q.informed_by or ()),
        # One suggestion per line in the cell: they contain commas and colons themselves.
        "\n".join(q.agreement_hints),
    ]


def from_csv(
    text: str, display: str, sector_ids: Sequence[str] = ()
) -> tuple[list[Question], list[Problem]]:
    """Questions read from CSV text; problems name the spreadsheet row (header = row 1)."""
    text = text.removeprefix("\ufeff")
    sample = text.split("\n", 1)[0]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    missing = [
        c for c in ("id", "secteur", "type", "question") if c not in (reader.fieldnames or [])
    ]
    if missing:
        return [], [
            Problem(
                display,
                1,
                None,
                None,
                None,
                "colonnes manquantes dans la première ligne : " + ", ".join(missing) + ".",
                ERROR,
            )
        ]
    questions: list[Question] = []
    problems: list[Problem] = []
    known = [f.alias or n for n, f in Question.model_fields.items()]
    first_rows: dict[str, int] = {}
    for number, row in enumerate(reader, start=2):
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        data = _question_data(row)
        try:
            question = Question.model_validate(data)
            problems += _row_checks(question, number, display, sector_ids, first_rows)
            questions.append(question)
        except ValidationError as error:
            for err in error.errors():
                loc = err["loc"]
                field = str(loc[0]) if loc else None
                if field in Question.model_fields:
                    field = Question.model_fields[field].alias or field
                problems.append(
                    Problem(
                        display,
                        number,
                        None,
                        data.get("id") or None,
                        field,
                        translate(err, field, known),
                        ERROR,
                    )
                )
    return questions, problems


def _row_checks(
    question: Question,
    number: int,
    display: str,
    sector_ids: Sequence[str],
    first_rows: dict[str, int],
) -> list[Problem]:
    """Rules across rows: unique ids, and sectors the bank declares."""
    problems = []
    if question.id in first_rows:
        problems.append(
            Problem(
                display,
                number,
                None,
                question.id,
                "id",
                f"identifiant déjà utilisé ligne {first_rows[question.id]}.",
                ERROR,
            )
        )
    first_rows.setdefault(question.id, number)
    if sector_ids and question.sector not in sector_ids:
        problems.append(
            Problem(
                display,
                number,
                None,
                question.id,
                "secteur",
                f"secteur « {question.sector} » inconnu : secteurs déclarés : "
                + ", ".join(sector_ids)
                + ".",
                ERROR,
            )
        )
    return problems


def _cell(row: dict[str, Any], column: str) -> str:
    value = row.get(column)
    return value.strip() if isinstance(value, str) else ""


def _question_data(row: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for column in (
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
    ):
        if _cell(row, column):
            data[column] = _cell(row, column)
    if _cell(row, "difficulte"):
        data["difficulte"] = _integer(_cell(row, "difficulte"))
    choices = [_cell(row, c) for c in CHOICE_COLUMNS if _cell(row, c)]
    if choices:
        data["choix"] = choices
    answer = _answer(_cell(row, "reponse"), data.get("type"), choices)
    if answer is not None:
        data["reponse"] = answer
    if _cell(row, "tolerance"):
        data["tolerance"] = _decimal(_cell(row, "tolerance"))
    if _cell(row, "verifie_le"):
        data["verifie_le"] = _date(_cell(row, "verifie_le"))
    for column in ("a_revoir", "actif"):
        if _cell(row, column):
            data[column] = _cell(row, column)
    if _cell(row, "tags"):
        data["tags"] = [t.strip() for t in _cell(row, "tags").split(",") if t.strip()]
    if _cell(row, "informe_par"):
        data["informe_par"] = [t for t in re.split(r"[\s,;]+", _cell(row, "informe_par")) if t]
    if _cell(row, "pistes_accord"):
        lines = _cell(row, "pistes_accord").splitlines()
        data["pistes_accord"] = [line.strip() for line in lines if line.strip()]
    return data


def _integer(text: str) -> Any:
    try:
        return int(float(text.replace(",", ".")))
    except ValueError:
        return text


def _decimal(text: str) -> Any:
    try:
        return float(text.replace("\u202f", "").replace(" ", "").replace(",", "."))
    except ValueError:
        return text


def _date(text: str) -> Any:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return text


def _answer(text: str, kind: Any, choices: list[str]) -> Any:
    if not text:
        return None
    if kind == "estimation":
        return _decimal(text)
    if kind in ("qcm", "qcm_multiple"):
        letters = [t for t in re.split(r"[\s,;+/]+", text.upper()) if t]
        if letters and all(len(t) == 1 and t in LETTERS[: len(choices)] for t in letters):
            texts = [choices[LETTERS.index(t)] for t in letters]
            return texts[0] if kind == "qcm" and len(texts) == 1 else texts
    return text


def to_yaml(questions: Sequence[Question]) -> str:
    """A bank file holding these questions, written as an adviser would write it."""
    items = [_yaml_item(q) for q in questions]
    body = yaml.safe_dump(
        {"questions": items},
        allow_unicode=True,
        sort_keys=False,
        width=4096,
        default_flow_style=False,
        indent=2,
    )
    return SCHEMA_LINE + str(body)


def _yaml_item(q: Question) -> dict[str, Any]:
    data = q.model_dump(by_alias=True, exclude_defaults=True, mode="python")
    data = {k: v for k, v in data.items() if v is not None}
    for key in ("reponse", "tolerance"):
        value = data.get(key)
        if isinstance(value, float) and value.is_integer():
            data[key] = int(value)
    for key in ("choix", "tags", "informe_par", "pistes_accord"):
        if key in data:
            data[key] = list(data[key])
    if isinstance(data.get("reponse"), tuple):
        data["reponse"] = list(data["reponse"])
    return data


def write_atomically(path: Path, text: str) -> None:
    """Write a file whole or not at all (temporary file in the same folder, then rename)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
