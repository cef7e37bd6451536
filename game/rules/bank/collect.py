"""From the parts of one bank file to its located sectors and questions, and its problems.

Each ``- id:`` item is checked by the model on its own (:mod:`game.rules.bank.items`); what is
said here concerns the file as a whole: top keys, duplicate keys, and the losses an adviser must
never miss — a file left empty, a file none of whose questions can be played.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.rules.bank.blocks import FileRead
from game.rules.bank.items import Located, Written, YamlPlace, check_item, field_names
from game.rules.bank.model import BankFile, Question, Sector
from game.rules.bank.problems import Problem, did_you_mean
from game.rules.bank.yamlread import Parsed, Path_
from game.wording import say, say_n

TOP_KEYS = tuple(field_names(BankFile))


@dataclass
class Collected:
    """Every valid sector and question of the bank, with where it was written."""

    sectors: list[Located[Sector]] = field(default_factory=list)
    questions: list[Located[Question]] = field(default_factory=list)
    declares_sectors: bool = False  # some file has a « secteurs: » key, valid or not
    in_error: list[Written] = field(default_factory=list)  # questions with an id, in error
    files: list[str] = field(default_factory=list)  # the files, in the order they were read


@dataclass
class _Count:
    entries: int = 0  # sectors and questions
    questions: int = 0
    valid_questions: int = 0


def collect_file(read: FileRead, display: str, into: Collected) -> list[Problem]:
    """Check every item of one file into ``into``; the file's own problems are returned."""
    problems: list[Problem] = []
    count = _Count()
    into.files.append(display)
    into.in_error += [Written(item_id, display, line) for item_id, line in read.lost]
    for part in read.parts:
        problems += _collect_part(part, display, into, count)
    if count.entries == 0 and not any(p.is_error for p in read.problems + problems):
        return [*problems, Problem.whole(display, say("bank.file.empty"))]
    if count.questions >= 2 and count.valid_questions == 0:
        problems.append(Problem.whole(display, say_n("bank.file.nothing_valid", count.questions)))
    return problems


def _collect_part(parsed: Parsed, display: str, into: Collected, count: _Count) -> list[Problem]:
    value = parsed.value
    if value is None or () in parsed.broken:
        return []
    if not isinstance(value, dict):
        return [
            Problem.at(
                display,
                parsed.first_line,
                1,
                say("bank.file.not_a_mapping", questions="questions:", sectors="secteurs:"),
            )
        ]
    problems = _top_keys(parsed, display)
    broken = _duplicate_keys(parsed, display, problems) | parsed.broken
    into.declares_sectors |= "secteurs" in value
    held, sectors = _items(parsed, display, "secteurs", broken, problems)
    written, questions = _items(parsed, display, "questions", broken, problems)
    count.entries += len(held) + len(written)
    count.questions += len(written)
    for index, item in sectors:
        located, found = check_item(item, Sector, YamlPlace(display, parsed, ("secteurs", index)))
        into.sectors += [located] if located else []
        problems += found
    checked = dict(questions)
    for index, item in enumerate(written):
        place = YamlPlace(display, parsed, ("questions", index))
        question, found = check_item(item, Question, place) if index in checked else (None, [])
        into.questions += [question] if question else []
        count.valid_questions += question is not None
        problems += found
        if question is None and isinstance(item, dict) and "id" in item:
            into.in_error.append(Written(str(item["id"]), display, place.line))
    return problems


def _items(
    parsed: Parsed, display: str, top: str, broken: set[Path_], problems: list[Problem]
) -> tuple[list[Any], list[tuple[int, Any]]]:
    """Every entry under ``top``, and those to check (index, value): a refused entry is left
    out of the check but still counts (a file whose entries were all refused has nothing)."""
    items = parsed.value.get(top)
    if items is None or (top,) in broken:
        return [], []
    if not isinstance(items, list):
        line, column = parsed.position((top,)) or (None, None)
        problems.append(Problem(display, line, column, None, top, say("bank.type.list")))
        return [], []
    return items, [(i, item) for i, item in enumerate(items) if (top, i) not in broken]


def _top_keys(parsed: Parsed, display: str) -> list[Problem]:
    problems = []
    for key in parsed.value:
        if key not in TOP_KEYS:
            line, column = parsed.key_marks.get((key,), (None, None))
            hint = did_you_mean(str(key), TOP_KEYS) or say(
                "bank.hint.known_keys", known=", ".join(TOP_KEYS)
            )
            message = say("bank.field.unknown", key=key, hint=hint)
            problems.append(Problem(display, line, column, None, str(key), message))
    return problems


def _duplicate_keys(parsed: Parsed, display: str, problems: list[Problem]) -> set[Path_]:
    """Report duplicate keys; the items holding one are left out, like any invalid item."""
    broken: set[Path_] = set()
    for path, key, line, column, first in parsed.duplicates:
        item_id = None
        if len(path) >= 2 and isinstance(parsed.value.get(path[0]), list):
            item: Any = parsed.value[path[0]][path[1]]
            item_id = str(item.get("id")) if isinstance(item, dict) and "id" in item else None
            broken.add(path[:2])
        message = say("bank.field.twice", key=key, first=first)
        problems.append(Problem(display, line, column, item_id, key, message))
    return broken
