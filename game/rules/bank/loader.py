"""Loading a bank folder: every ``*.yaml`` file, every problem of every file in one pass.

Valid questions of a file with one bad question still load, so that the game can run on a bank
with a faulty question once the facilitator accepts a warning. Cross-file rules (unique ids,
known sectors, files that stay inside the bank) and coverage planning live in ``checks``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from game.rules.bank import checks, limits
from game.rules.bank.checks import PICTOGRAM_DIR, Located
from game.rules.bank.model import BankFile, Question, Sector
from game.rules.bank.problems import ERROR, WARNING, Problem, translate
from game.rules.bank.yamlread import EntryBudget, Parsed, Path_, read_yaml

TOP_KEYS = tuple(f.alias or name for name, f in BankFile.model_fields.items())


@dataclass(frozen=True)
class Bank:
    """The valid content of a bank folder."""

    folder: Path
    sectors: tuple[Sector, ...]
    questions: tuple[Question, ...]
    version: str
    date: str

    @property
    def active(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.active)

    def sector(self, sector_id: str) -> Sector:
        return next(s for s in self.sectors if s.id == sector_id)

    def pictogram_path(self, sector: Sector) -> Path:
        return pictogram_path(self.folder, sector.pictogram)

    def image_path(self, question: Question) -> Path | None:
        return self.folder / question.image if question.image else None


@dataclass
class LoadResult:
    """What loading a bank gave: the bank (if any) and every problem, in file order."""

    bank: Bank | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def usable(self) -> bool:
        return self.bank is not None and bool(self.bank.active)


def pictogram_path(folder: Path, name: str) -> Path:
    """A shipped pictogram by name, or an SVG file inside the bank folder."""
    if name.endswith(".svg"):
        return folder / name
    return PICTOGRAM_DIR / f"{name}.svg"


@dataclass
class _Collected:
    sectors: list[Located[Sector]] = field(default_factory=list)
    questions: list[Located[Question]] = field(default_factory=list)


def load_bank(folder: Path, today: date | None = None) -> LoadResult:
    """Load and check every ``*.yaml`` file of ``folder``."""
    today = today or date.today()
    folder = Path(folder)
    files, problems = _bank_files(folder)
    if files is None:
        return LoadResult(None, problems)
    collected = _Collected()
    budget = EntryBudget()
    for path in files:
        display = _display(path, folder)
        parsed, file_problems = read_yaml(path, display, budget)
        if parsed is not None:
            file_problems += _collect(parsed, display, collected)
        problems += _capped(file_problems, display)
    sectors, questions, cross = checks.cross_file(folder, collected.sectors, collected.questions)
    problems += cross
    problems += checks.planning(sectors, questions, today, str(folder))
    questions_only = [located.item for located in questions]
    problems.sort(key=Problem.sort_key)
    if not sectors:
        return LoadResult(None, problems)
    bank = Bank(folder, tuple(sectors), tuple(questions_only), *_version(files))
    return LoadResult(bank, problems)


def _capped(problems: list[Problem], display: str) -> list[Problem]:
    """A file with hundreds of problems is not a bank file: list the first ones only."""
    if len(problems) <= limits.PROBLEMS_PER_FILE_MAX:
        return problems
    more = len(problems) - limits.PROBLEMS_PER_FILE_MAX
    return problems[: limits.PROBLEMS_PER_FILE_MAX] + [
        Problem.whole(
            display,
            f"… et {more} autres problèmes dans ce fichier : corrigez les "
            "premiers, puis relancez la vérification.",
        )
    ]


def _bank_files(folder: Path) -> tuple[list[Path] | None, list[Problem]]:
    display = str(folder)
    if not folder.is_dir():
        return None, [Problem.whole(display, "dossier de banque introuvable : vérifiez le chemin.")]
    root = folder.resolve()
    files: list[Path] = []
    outside: list[Path] = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".yaml", ".yml") or not path.is_file():
            continue
        (files if path.resolve().is_relative_to(root) else outside).append(path)
    if outside:
        return None, [
            Problem.whole(
                str(path),
                "ce fichier est un lien qui sort du dossier de la banque : "
                "copiez le fichier lui-même dans le dossier.",
            )
            for path in outside
        ]
    if not files:
        return None, [
            Problem.whole(display, "aucun fichier .yaml dans ce dossier : la banque est vide.")
        ]
    if len(files) > limits.BANK_FILES_MAX:
        return None, [
            Problem.whole(
                display,
                f"{len(files)} fichiers .yaml : "
                f"{limits.BANK_FILES_MAX} au plus. Est-ce le bon dossier ?",
            )
        ]
    total = sum(p.stat().st_size for p in files)
    if total > limits.BANK_BYTES_MAX:
        return None, [
            Problem.whole(
                display,
                f"banque trop volumineuse ({total // 1_000_000} Mo) : est-ce le bon dossier ?",
            )
        ]
    entries = sum(p.read_bytes().count(b"id:") for p in files)
    if entries > limits.QUESTIONS_MAX + len(files) * 10:
        return None, [
            Problem.whole(
                display,
                f"environ {entries} questions : "
                f"{limits.QUESTIONS_MAX} au plus. Est-ce le bon dossier ?",
            )
        ]
    return files, []


def _display(path: Path, folder: Path) -> str:
    return str(folder / path.name) if not folder.is_absolute() else str(path)


def _version(files: Sequence[Path]) -> tuple[str, str]:
    digest = hashlib.sha256()
    newest = 0.0
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
        newest = max(newest, path.stat().st_mtime)
    return digest.hexdigest()[:8], datetime.fromtimestamp(newest).date().isoformat()


def _collect(parsed: Parsed, display: str, into: _Collected) -> list[Problem]:
    value = parsed.value
    if value is None:
        return [
            Problem.whole(
                display, "fichier vide : il doit contenir « questions: » ou « secteurs: ».", WARNING
            )
        ]
    if not isinstance(value, dict):
        return [
            Problem(
                display,
                1,
                1,
                None,
                None,
                "le fichier doit commencer par "
                "« questions: » (ou « secteurs: ») suivi de la liste.",
                ERROR,
            )
        ]
    problems: list[Problem] = []
    for key in value:
        if key not in TOP_KEYS:
            line, column = parsed.key_marks.get((key,), (None, None))
            err = {"type": "extra_forbidden", "loc": (key,)}
            problems.append(
                Problem(display, line, column, None, key, translate(err, key, TOP_KEYS), ERROR)
            )
    broken = _duplicate_keys(parsed, display, problems)
    for top, model, bucket in (
        ("secteurs", Sector, into.sectors),
        ("questions", Question, into.questions),
    ):
        items = value.get(top)
        if items is None:
            continue
        if not isinstance(items, list):
            line, column = parsed.position((top,)) or (None, None)
            problems.append(
                Problem(
                    display,
                    line,
                    column,
                    None,
                    top,
                    "une liste est attendue : un élément par ligne, commençant par « - ».",
                    ERROR,
                )
            )
            continue
        for index, item in enumerate(items):
            if (top, index) in broken:
                continue
            problems += _validate_item(parsed, display, (top, index), item, model, bucket)
    return problems


def _duplicate_keys(parsed: Parsed, display: str, problems: list[Problem]) -> set[Path_]:
    """Report duplicate keys; the items holding one are left out, like any invalid item."""
    broken: set[Path_] = set()
    for path, key, line, column, first in parsed.duplicates:
        item_id = None
        if len(path) >= 2 and isinstance(parsed.value.get(path[0]), list):
            item = parsed.value[path[0]][path[1]]
            item_id = str(item.get("id")) if isinstance(item, dict) and "id" in item else None
            broken.add(path[:2])
        message = (
            f"clé « {key} » en double (déjà présente ligne {first}) : gardez-en une "
            "seule ; YAML ne garderait que la dernière."
        )
        problems.append(Problem(display, line, column, item_id, key, message, ERROR))
    return broken


def _validate_item(
    parsed: Parsed,
    display: str,
    path: tuple[Any, ...],
    item: Any,
    model: type[BaseModel],
    bucket: list[Any],
) -> list[Problem]:
    item_id = item.get("id") if isinstance(item, dict) else None
    item_id = str(item_id) if item_id is not None else None
    line = (parsed.position(path) or (None, None))[0]
    try:
        valid = model.model_validate(item)
    except ValidationError as error:
        return [_problem(parsed, display, path, item_id, err, model) for err in error.errors()]
    fields = {
        key: parsed.key_marks[(*path, key)] for key in item if (*path, key) in parsed.key_marks
    }
    bucket.append(Located(valid, display, line, fields))
    return []


def _problem(
    parsed: Parsed,
    display: str,
    path: tuple[Any, ...],
    item_id: str | None,
    err: Any,
    model: type[BaseModel],
) -> Problem:
    fields = model.model_fields
    loc = list(err["loc"])
    if loc and loc[0] in fields:
        loc[0] = fields[loc[0]].alias or loc[0]
    known = [f.alias or name for name, f in fields.items()]
    field_name = str(loc[0]) if loc else None
    full = (*path, *loc)
    if err["type"] in ("extra_forbidden", "missing") or not loc:
        mark = parsed.key_marks.get(full) or parsed.position(path)
    else:
        mark = parsed.position(full)
    line, column = mark or (None, None)
    label = field_name
    if len(loc) > 1 and isinstance(loc[1], int):
        label = f"{field_name} n° {loc[1] + 1}"
    message = translate(err, field_name, known)
    return Problem(display, line, column, item_id, label, message, ERROR)
