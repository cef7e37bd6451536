"""How the bank commands show problems to an HR adviser: grouped by file, Ren'Py style, each as
``FILE:LINE:COL: [id] field: message`` followed by the line of the file it points at, then one
line that counts what can be played and says whether the bank is ready."""

from __future__ import annotations

import zipfile
from itertools import groupby
from pathlib import Path
from typing import TextIO

from game.rules.bank.loader import LoadResult
from game.rules.bank.problems import Problem
from game.wording import say, say_n


def print_problems(problems: list[Problem], out: TextIO) -> None:
    """Problems grouped by file, with the source line they point at, a blank line between
    two files and after the last one."""
    lines_cache: dict[str, list[str]] = {}
    for number, (file, group) in enumerate(
        groupby(sorted(problems, key=Problem.sort_key), key=lambda p: p.file)
    ):
        print(f"\n── {file}" if number else f"── {file}", file=out)
        for problem in group:
            print(problem.format(), file=out)
            source = _source_line(file, problem.line, lines_cache)
            if source is not None:
                print(f"    {problem.line:>4} | {source}", file=out)
    if problems:
        print(file=out)


def _source_line(file: str, line: int | None, cache: dict[str, list[str]]) -> str | None:
    if line is None:
        return None
    if file not in cache:
        cache[file] = _numbered_lines(Path(file))
    lines = cache[file]
    return lines[line - 1].rstrip()[:100] if 0 < line <= len(lines) else None


def _numbered_lines(path: Path) -> list[str]:
    """The file's lines as its problems number them: lines of a YAML file (also inside a
    .zip: « banque.zip:technique.yaml »); rows of a CSV file, where a cell with line breaks
    keeps its row on one line (a workbook has none)."""
    try:
        raw = _inside_zip(str(path)) or path.read_bytes()
    except (OSError, zipfile.BadZipFile):
        return []
    if path.suffix.lower() != ".csv":
        try:
            return raw.decode("utf-8-sig").split("\n")
        except UnicodeDecodeError:
            return []
    from game.rules.bank.sheet.csvfile import read_csv

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    header, rows = read_csv(text)
    lines = [";".join(header)] + [""] * (rows[-1][0] - 1 if rows else 0)
    for number, cells in rows:
        lines[number - 1] = " ".join(";".join(cells.values()).split())
    return lines


def _inside_zip(name: str) -> bytes | None:
    """The bytes of « banque.zip:technique.yaml », read from the archive (the bank's file
    at its top, or in its one top folder); None for a plain path."""
    cut = name.lower().rfind(".zip:")
    if cut < 0:
        return None
    archive, member = name[: cut + 4], name[cut + 5 :]
    with zipfile.ZipFile(archive) as bank:
        names = [n for n in bank.namelist() if n == member or n.endswith("/" + member)]
        return bank.read(min(names, key=len)) if names else b""


def counts(result: LoadResult) -> str:
    """« 110 questions jouables et 15 affirmations du baromètre » (or « aucune question »)."""
    bank = result.bank
    if bank is None:
        return say("cli.validate.nothing")
    playable = sum(1 for q in bank.active if q.kind.on_wheel)
    statements = len(bank.active) - playable
    text = say_n("cli.count.playable", playable)
    if statements:
        text = say("cli.count.and", first=text, second=say_n("cli.count.statements", statements))
    return text


def summary(result: LoadResult) -> str:
    """The last line of ``verifier``: what can be played, errors, warnings, and the verdict."""
    errors, warnings = len(result.errors), len(result.warnings)
    if not errors:
        verdict = say("cli.validate.ready")
    elif result.usable:
        verdict = say("cli.validate.to_fix")
    else:
        verdict = say("cli.validate.unusable")
    return say(
        "cli.validate.summary",
        counts=counts(result),
        errors=say_n("cli.count.errors", errors),
        warnings=say_n("cli.count.warnings", warnings),
        verdict=verdict,
    )
