"""Importing a spreadsheet into a bank folder: only the questions that changed are rewritten.

The rows are checked first, with the bank's model and its whole-bank rules as if they were
already in the bank (an id used twice, an unknown sector, a baromètre naming a missing question,
a sector left too thin); on any error nothing is written. Then each row is matched by its id: an
unchanged question is left alone, a changed one is rewritten in place in the file that holds it,
a new one is added to the file that holds its sector's questions. A question of the folder that
the spreadsheet does not have is kept as it is (a spreadsheet holding only new questions adds
them; removing a question is done in its file, or by setting ``actif`` to ``non``). The result is
read back in a scratch copy of the folder and must give exactly the expected questions before
any file of the folder is replaced.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from game import resources
from game.rules.bank import checks
from game.rules.bank.blocks import read_bank_file
from game.rules.bank.collect import Collected, collect_file
from game.rules.bank.items import Located, Written
from game.rules.bank.loader import LoadResult, load_bank
from game.rules.bank.model import Question, Sector
from game.rules.bank.problems import Problem, command
from game.rules.bank.schema import SCHEMA_FILE, schema_text
from game.rules.bank.yamlread import EntryBudget
from game.rules.bank.yamlwrite import (
    SCHEMA_LINE,
    TOP,
    Layout,
    blocks_of,
    changed_block,
    layout_of,
    new_block,
    write_atomically,
)
from game.wording import say

SECTORS_FILE = "secteurs.yaml"


@dataclass
class Plan:
    """What an import changes: the questions, and the new text of each file it touches."""

    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    unchanged: int = 0
    only_in_folder: list[str] = field(default_factory=list)
    texts: dict[Path, str] = field(default_factory=dict)
    expected: dict[str, Question] = field(default_factory=dict)  # the bank once written


def default_sectors() -> list[Located[Sector]]:
    """The sectors of the bank the game ships, for a folder that declares none."""
    path = resources.builtin_sectors_file()
    collected = Collected()
    collect_file(read_bank_file(path, path.name, EntryBudget()), path.name, collected)
    return collected.sectors


def plan_import(
    folder: Path,
    rows: Sequence[Located[Question]],
    display: str,
    today: date,
    in_error: Sequence[Written] = (),
) -> tuple[Plan | None, list[Problem]]:
    """Check the rows as part of the folder's bank, then plan the files to write. ``in_error``:
    the rows in error (they keep their ids, and a statement may name them: their own message
    says enough)."""
    current = _current(folder, today)
    # Errors in the folder's files must be fixed there first; a thin sector may be the very
    # thing the spreadsheet fills, so coverage is judged on the result below.
    broken = [p for p in current.errors if p.file != str(folder)] if current else []
    if broken:
        return None, [*broken, folder_has_errors(folder)]
    sectors = (
        list(current.bank.sectors)
        if current and current.bank
        else [s.item for s in default_sectors()]
    )
    existing = list(current.located) if current else []
    candidate = _candidate(existing, rows)
    located_sectors = [Located(s, display, None, {}) for s in sectors]
    files = [*dict.fromkeys(q.file for q in existing), display]
    kept_sectors, kept, problems = checks.cross_file(
        folder, located_sectors, candidate, in_error=in_error, files=files
    )
    problems += [p for p in checks.planning(kept_sectors, kept, today, str(folder)) if p.is_error]
    if any(p.is_error for p in problems):
        return None, problems
    plan = _plan(folder, existing, rows)
    plan.expected = {q.item.id: q.item for q in existing} | {r.item.id: r.item for r in rows}
    return plan, problems


def folder_has_errors(folder: Path) -> Problem:
    """What an import into a folder whose own files have errors says after them (it is not
    one more problem to count: the ones above it are)."""
    return Problem.whole(
        str(folder), say("bank.import.folder_has_errors", command=command("verifier", str(folder)))
    )


def _current(folder: Path, today: date) -> LoadResult | None:
    """The folder's bank as it is, or None for a new bank (no folder, or no .yaml file)."""
    if not folder.is_dir() or not any(folder.glob("*.yaml")):
        return None
    return load_bank(folder, today)


def _candidate(
    existing: Sequence[Located[Question]], rows: Sequence[Located[Question]]
) -> list[Located[Question]]:
    """The folder's questions with the rows in place of the ones they update, then new rows."""
    first_row: dict[str, Located[Question]] = {}
    for row in rows:
        first_row.setdefault(row.item.id, row)
    candidate = [first_row.get(q.item.id, q) for q in existing]
    known = {q.item.id for q in existing}
    candidate += [
        row for row in rows if row.item.id not in known or first_row[row.item.id] is not row
    ]
    return candidate


def _plan(
    folder: Path, existing: Sequence[Located[Question]], rows: Sequence[Located[Question]]
) -> Plan:
    plan = Plan()
    old = {q.item.id: q for q in existing}
    texts: dict[Path, list[str]] = {}
    additions: dict[Path, list[Question]] = {}
    for row in rows:
        question = row.item
        before = old.get(question.id)
        if before is None:
            plan.added.append(question.id)
            additions.setdefault(_home(folder, existing, question), []).append(question)
        elif before.item == question:
            plan.unchanged += 1
        else:
            plan.changed.append(question.id)
            path = Path(before.file)
            lines = texts.setdefault(path, _lines(path))
            _replace(lines, before.item, question)
    in_sheet = {row.item.id for row in rows}
    plan.only_in_folder = [q.item.id for q in existing if q.item.id not in in_sheet]
    for path, questions in additions.items():
        lines = texts.setdefault(path, _opening(path))
        _append(lines, questions)
    plan.texts = {path: "\n".join(lines) for path, lines in texts.items()}
    return plan


def _lines(path: Path) -> list[str]:
    """A file's lines exactly as written: a BOM and Windows line ends (« \\r ») are kept."""
    return path.read_bytes().decode("utf-8").split("\n")


def _ended(lines: list[str], written: list[str]) -> list[str]:
    """New lines ended the way the file ends its own (Windows or not)."""
    windows = sum(line.endswith("\r") for line in lines) > len(lines) // 2
    return [line + "\r" for line in written] if windows else written


def _replace(lines: list[str], old: Question, new: Question) -> None:
    start, end = blocks_of("\n".join(lines)).spans[old.id]
    lines[start:end] = _ended(lines, changed_block(lines[start:end], old, new))


def _opening(path: Path) -> list[str]:
    if path.exists():
        return _lines(path)
    return [SCHEMA_LINE.rstrip("\n"), f"{TOP}:", ""]


def _append(lines: list[str], questions: Sequence[Question]) -> None:
    """New questions after the file's last question, each after a blank line."""
    text = "\n".join(lines)
    found = blocks_of(text)
    if found.end is None:
        if not any(line.startswith(f"{TOP}:") for line in lines):
            while lines and not lines[-1].strip():
                lines.pop()
            lines += _ended(lines, [f"{TOP}:"])
        at, layout = len(lines), Layout()
        while at > 0 and not lines[at - 1].strip():
            at -= 1
    else:
        at = found.end
        first = min(start for start, _ in found.spans.values())
        layout = layout_of(lines[first])
    added: list[str] = []
    for question in questions:
        if at > 0 and lines[at - 1].strip() != f"{TOP}:" or added:
            added.append("")
        added += new_block(question, layout)
    lines[at:at] = _ended(lines, added)
    if lines[-1] not in ("", "\r"):
        lines.append("")


def _home(folder: Path, existing: Sequence[Located[Question]], question: Question) -> Path:
    """The file that holds most questions of the question's sector, else « secteur.yaml »."""
    files = Counter(q.file for q in existing if q.item.sector == question.sector)
    if files:
        return Path(files.most_common(1)[0][0])
    return folder / f"{question.sector}.yaml"


def apply(folder: Path, plan: Plan, today: date) -> None:
    """Check the plan in a scratch copy of the folder, then replace the folder's files."""
    folder.mkdir(parents=True, exist_ok=True)
    extra: dict[Path, str] = {}
    if not _declares_sectors(folder):
        extra[folder / SECTORS_FILE] = resources.builtin_sectors_file().read_text("utf-8")
    if not (folder / SCHEMA_FILE).exists():  # a new bank: the editor's help comes with it
        extra[folder / SCHEMA_FILE] = schema_text()
    writes = {**extra, **plan.texts}
    with tempfile.TemporaryDirectory(prefix="panorama-import-") as scratch:
        copy = Path(scratch) / "banque"
        shutil.copytree(folder, copy)
        for path, text in writes.items():
            (copy / path.name).write_bytes(text.encode("utf-8"))
        result = load_bank(copy, today)
        got = {q.id: q for q in result.bank.questions} if result.bank else {}
        if result.errors or got != plan.expected:
            raise ImportCheckError(say("bank.import.check_failed"))
    for path, text in writes.items():
        write_atomically(folder / path.name, text)


def _declares_sectors(folder: Path) -> bool:
    pattern = re.compile(r"^secteurs\s*:", re.MULTILINE)
    return any(
        pattern.search(p.read_text("utf-8", errors="replace")) for p in folder.glob("*.yaml")
    )


class ImportCheckError(Exception):
    """The files an import would write do not read back as expected; nothing was written."""
