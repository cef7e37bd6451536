"""Loading a bank folder: every ``*.yaml`` file, every problem of every file in one pass.

Each file is read so that a mistake hides as little as possible (``blocks``), each item is
checked by the model (``collect``, ``items``), then the rules that span files and the coverage
of the sectors (``checks``). Valid questions of a file with one bad question still load, so the
game can run once the facilitator accepts the warning; what cannot be played is always said.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from game.rules.bank import checks, limits
from game.rules.bank.blocks import read_bank_file
from game.rules.bank.checks import PICTOGRAM_DIR
from game.rules.bank.collect import Collected, collect_file
from game.rules.bank.items import Located
from game.rules.bank.model import Question, Sector
from game.rules.bank.problems import ERROR, WARNING, Problem
from game.rules.bank.yamlread import EntryBudget
from game.wording import say, say_n


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
    located: list[Located[Question]] = field(default_factory=list)  # the bank's, where written

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def places(self) -> dict[str, tuple[str, int | None]]:
        """Where each question of the bank was written: its file and the line of its id."""
        return {q.item.id: (q.file, q.line) for q in self.located}

    @property
    def usable(self) -> bool:
        return self.bank is not None and bool(self.bank.active)


def pictogram_path(folder: Path, name: str) -> Path:
    """A shipped pictogram by name, or an SVG file inside the bank folder."""
    if name.endswith(".svg"):
        return folder / name
    return PICTOGRAM_DIR / f"{name}.svg"


def checking_day() -> date:
    """The day the checks are made (one place, so that the guide's samples can fix it)."""
    return date.today()


def load_bank(folder: Path, today: date | None = None, shown_as: Path | None = None) -> LoadResult:
    """Load and check every ``*.yaml`` file of ``folder``. ``shown_as``: the .zip the folder was
    unpacked from; the files are then named inside it (« banque.zip:technique.yaml »), never by
    the working copy the adviser must not edit."""
    with _collector_paused():
        result = _load(Path(folder), today or checking_day())
    return result if shown_as is None else _named_in(result, Path(folder), shown_as)


def _named_in(result: LoadResult, folder: Path, archive: Path) -> LoadResult:
    def name(file: str) -> str:
        inside = Path(file)
        if inside == folder:
            return str(archive)
        return f"{archive}:{inside.name}" if inside.parent == folder else file

    def text(message: str) -> str:  # a message may name a file: the first one of an id…
        for path in sorted(folder.iterdir(), key=lambda p: -len(p.name)):
            message = message.replace(str(path), name(str(path)))
        return message.replace(str(folder), str(archive))

    return LoadResult(
        result.bank,
        [replace(p, file=name(p.file), message=text(p.message)) for p in result.problems],
        [replace(q, file=name(q.file)) for q in result.located],
    )


def _load(folder: Path, today: date) -> LoadResult:
    files, problems = _bank_files(folder)
    if files is None:
        return LoadResult(None, problems)
    collected = Collected()
    budget = EntryBudget()
    for path in files:
        display = _display(path, folder)
        read = read_bank_file(path, display, budget)
        file_problems = read.problems + collect_file(read, display, collected)
        problems += _capped(list(dict.fromkeys(file_problems)), display)
    sectors, questions, cross = checks.cross_file(
        folder,
        collected.sectors,
        collected.questions,
        collected.declares_sectors,
        collected.in_error,
        collected.files,
    )
    problems += cross
    problems += checks.planning(sectors, questions, today, str(folder))
    problems.sort(key=Problem.sort_key)
    if not sectors:
        return LoadResult(None, problems)
    kept = tuple(q.item for q in questions)
    bank = Bank(folder, tuple(sectors), kept, *_version(files, kept))
    return LoadResult(bank, problems, questions)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a bank is loaded. Loading builds many new objects
    that hold no cycle, and each of the collector's full passes walks all of them again: a
    sixth of the time of a 10,000-question bank, and the time grew faster than the bank. What
    became garbage meanwhile is collected on the collector's next pass."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _capped(problems: list[Problem], display: str) -> list[Problem]:
    """A file with hundreds of problems is not a bank file: list the first ones only."""
    if len(problems) <= limits.PROBLEMS_PER_FILE_MAX:
        return problems
    more = len(problems) - limits.PROBLEMS_PER_FILE_MAX
    return problems[: limits.PROBLEMS_PER_FILE_MAX] + [
        Problem.whole(display, say_n("bank.file.more_problems", more))
    ]


def _bank_files(folder: Path) -> tuple[list[Path] | None, list[Problem]]:
    display = str(folder)
    if not folder.is_dir():
        return None, [Problem.whole(display, say("bank.folder.missing"))]
    root = folder.resolve()
    files: list[Path] = []
    outside: list[Path] = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".yaml", ".yml") or not path.is_file():
            continue
        (files if path.resolve().is_relative_to(root) else outside).append(path)
    if outside:
        return None, [Problem.whole(str(path), say("bank.folder.link_outside")) for path in outside]
    if not files:
        return None, [Problem.whole(display, say("bank.folder.no_yaml"))]
    if len(files) > limits.BANK_FILES_MAX:
        return None, [
            Problem.whole(
                display,
                say("bank.folder.too_many_files", count=len(files), most=limits.BANK_FILES_MAX),
            )
        ]
    total = sum(p.stat().st_size for p in files)
    if total > limits.BANK_BYTES_MAX:
        return None, [
            Problem.whole(display, say("bank.folder.too_big", megabytes=total // 1_000_000))
        ]
    entries = sum(p.read_bytes().count(b"id:") for p in files)
    if entries > limits.QUESTIONS_MAX + len(files) * 10:
        return None, [
            Problem.whole(
                display,
                say("bank.folder.too_many_questions", count=entries, most=limits.QUESTIONS_MAX),
            )
        ]
    return files, []


def _display(path: Path, folder: Path) -> str:
    return str(folder / path.name) if not folder.is_absolute() else str(path)


def _version(files: Sequence[Path], questions: Sequence[Question]) -> tuple[str, str]:
    """The bank's version: a digest of its files, and its date — the day its sources were last
    checked (the newest ``verifie_le``), which a copy, a checkout or an install keeps; the
    files' own dates only when no question says when it was checked."""
    digest = hashlib.sha256()
    newest = 0.0
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
        newest = max(newest, path.stat().st_mtime)
    checked = [q.checked_on for q in questions if q.checked_on is not None]
    day = max(checked) if checked else datetime.fromtimestamp(newest).date()
    return digest.hexdigest()[:8], day.isoformat()
